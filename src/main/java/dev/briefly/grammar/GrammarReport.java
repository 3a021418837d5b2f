package dev.briefly.grammar;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * Holds the outcome of the grammar stage: whether the summary was checked, the issues found, the fixes applied
 * and, when the whole article was checked too, the number of article issues per category.
 */
public record GrammarReport(boolean checked, List<GrammarIssue> issues, List<GrammarFix> fixes,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            Map<String, Integer> articleIssuesByCategory) {

    /** Copies the collections so the record stays immutable. */
    public GrammarReport {
        issues = List.copyOf(issues);
        fixes = List.copyOf(fixes);
        articleIssuesByCategory = articleIssuesByCategory == null ? null : Map.copyOf(articleIssuesByCategory);
    }

    /** Returns the report of a stage that did not run. */
    public static GrammarReport notChecked() {
        return new GrammarReport(false, List.of(), List.of(), null);
    }
}
