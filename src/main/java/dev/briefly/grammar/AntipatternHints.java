package dev.briefly.grammar;

import org.languagetool.rules.patterns.AbstractPatternRule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each {@code <antipattern>} element of a rule file the word hints LanguageTool's own loader computed for it,
 * for {@link RuleIndexCompiler}. LanguageTool numbers antipatterns in the order they stand, group-level and
 * rule-level alike ({@code GROUP_antipattern:3}, {@code GROUP[2]_antipattern:4}, {@code RULE_antipattern:5}),
 * starting again after each rule group, and gives each rule its group's antipatterns read so far, then its own. An
 * element is matched with the parsed antipattern of that number only when every id of the unit lines up; a unit
 * where one does not (antipatterns brought in by an XML entity, a duplicated id) keeps all its antipatterns
 * ({@link RuleIndex.Hints#ALWAYS}). Not thread-safe; build time only.
 */
final class AntipatternHints {

    private record Parsed(String id, String[][] hints) {
    }

    /** Per rule id and sub-id, the antipatterns of each parsed rule, in the order the loader made them. */
    private final Map<String, ArrayDeque<List<Parsed>>> byRule = new HashMap<>();
    /** Antipattern elements given hints, and those kept whatever the words because their unit did not line up. */
    private int matched;
    /**
     * LanguageTool's antipattern counter before the next unit: it runs on over rules outside groups and starts again
     * after each rule group.
     */
    private int counter;
    private int unmatched;

    /** Records the antipatterns of the parsed rule {@code rule}, in file order. */
    void add(AbstractPatternRule rule) throws ReflectiveOperationException {
        List<Parsed> aps = new ArrayList<>();
        for (AbstractPatternRule a : rule.getAntiPatterns()) {
            aps.add(new Parsed(a.getId(), RuleIndexCompiler.hints(a)));
        }
        byRule.computeIfAbsent(key(rule.getId(), rule.getSubId()), k -> new ArrayDeque<>()).add(aps);
    }

    /**
     * Returns the hints of every antipattern element of {@code unit}, a rule group ({@code group}) or a rule outside
     * one, taking the unit's parsed rules in file order.
     */
    Map<RuleFileLayout.Element, RuleIndex.Hints> unit(RuleFileLayout.Element unit, boolean group) {
        Map<RuleFileLayout.Element, Integer> ordinal = new IdentityHashMap<>();
        List<RuleFileLayout.Element> members = group ? unit.children : List.of(unit);
        int first = counter;
        for (RuleFileLayout.Element c : members) {
            if (group && c.name.equals("antipattern")) {
                ordinal.put(c, first + ordinal.size() + 1);
            } else if (c.name.equals("rule")) {
                for (RuleFileLayout.Element a : antipatterns(c)) {
                    ordinal.put(a, first + ordinal.size() + 1);
                }
            }
        }
        // Where the unit does not line up (antipatterns from an XML entity), the next unit's numbers follow the
        // last one LanguageTool gave here.
        int last = first + ordinal.size();
        Map<RuleFileLayout.Element, List<String[][]>> collected = new IdentityHashMap<>();
        boolean lined = true;
        List<RuleFileLayout.Element> groupSoFar = new ArrayList<>();
        int n = 0;
        for (RuleFileLayout.Element c : members) {
            if (group && c.name.equals("antipattern")) {
                groupSoFar.add(c);
                continue;
            }
            if (!c.name.equals("rule")) {
                continue;
            }
            n++;
            String id = c.id != null ? c.id : unit.id;
            ArrayDeque<List<Parsed>> queue = byRule.get(key(id, group ? Integer.toString(n) : "1"));
            List<Parsed> parsed = queue == null ? null : queue.poll();
            List<RuleFileLayout.Element> expected = new ArrayList<>(groupSoFar);
            expected.addAll(antipatterns(c));
            if (parsed == null || parsed.size() != expected.size()) {
                lined = false;
                continue;
            }
            for (Parsed p : parsed) {
                last = Math.max(last, number(p.id()));
            }
            for (int i = 0; i < expected.size(); i++) {
                RuleFileLayout.Element e = expected.get(i);
                String prefix = i < groupSoFar.size() ? unit.id : group ? id + "[" + n + "]" : id;
                if (!parsed.get(i).id().equals(prefix + "_antipattern:" + ordinal.get(e))) {
                    lined = false;
                }
                collected.computeIfAbsent(e, k -> new ArrayList<>()).add(parsed.get(i).hints());
            }
        }
        counter = group ? 0 : last;
        Map<RuleFileLayout.Element, RuleIndex.Hints> out = new IdentityHashMap<>();
        for (RuleFileLayout.Element e : ordinal.keySet()) {
            List<String[][]> h = collected.get(e);
            if (!lined || h == null) {
                unmatched++;
            } else {
                matched++;
            }
            out.put(e, !lined || h == null ? RuleIndex.Hints.ALWAYS
                    : new RuleIndex.Hints(h.toArray(String[][][]::new)));
        }
        return out;
    }

    /** Returns how many antipattern elements were matched with their parsed antipatterns and how many were not. */
    String summary() {
        return matched + " antipatterns matched with LanguageTool's, " + unmatched + " kept always";
    }

    /** Returns the antipattern children of the rule element {@code rule}. */
    static List<RuleFileLayout.Element> antipatterns(RuleFileLayout.Element rule) {
        List<RuleFileLayout.Element> out = new ArrayList<>();
        for (RuleFileLayout.Element c : rule.children) {
            if (c.name.equals("antipattern")) {
                out.add(c);
            }
        }
        return out;
    }

    /** Returns the number at the end of an antipattern's id ({@code …_antipattern:N}), 0 if none. */
    private static int number(String id) {
        int colon = id.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(id.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String key(String id, String subId) {
        return id + '\u0000' + subId;
    }
}
