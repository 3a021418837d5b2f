package dev.briefly.grammar;

import java.util.List;

/**
 * Holds one problem LanguageTool reported: the summary sentence it is in (0-based position in the summary),
 * its span in the normalised text, the rule, its category, the message and the suggested replacements.
 */
public record GrammarIssue(int sentence, int start, int end, String rule, String category, String message,
                           List<String> suggestions) {

    /** Copies the suggestions so the record stays immutable. */
    public GrammarIssue {
        suggestions = List.copyOf(suggestions);
    }
}
