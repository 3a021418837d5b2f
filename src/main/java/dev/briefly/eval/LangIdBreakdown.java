package dev.briefly.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Breaks a language-identification run down by language, and shows how the pairs that are hard for any detector
 * (Bosnian-Croatian-Serbian, Indonesian-Malay, Danish-Norwegian) are confused. Stateless and thread-safe.
 */
public final class LangIdBreakdown {

    /** The groups of close languages whose confusion is reported. */
    public static final List<List<String>> HARD_GROUPS = List.of(List.of("bs", "hr", "sr"), List.of("id", "ms"),
            List.of("da", "nb"));

    private LangIdBreakdown() {
    }

    /**
     * Holds one language's figures.
     *
     * @param text accuracy on the full sentence (an empty answer counts as wrong)
     * @param shortText accuracy on the short prefix
     * @param textBestGuess accuracy on the full sentence before the confidence threshold
     * @param shortBestGuess the same on the short prefix
     */
    public record Language(String lang, int rows, double text, double shortText, double textBestGuess,
            double shortBestGuess) {
    }

    /**
     * Holds how often each gold language of a hard group got each answer: a member of the group, {@code other},
     * or {@code none} (no answer).
     */
    public record Confusion(String field, List<String> group, Map<String, Map<String, Integer>> counts) {
    }

    /** Holds the per-language rows, in code order, and the confusion of the hard groups present in the data. */
    public record Result(List<Language> languages, List<Confusion> confusions) {
    }

    /** Computes the breakdown from the answers and best guesses of each row (null for none). */
    static Result of(List<LangIdEval.Row> rows, String[] text, String[] textGuess, String[] shortText,
            String[] shortGuess) {
        Map<String, int[]> per = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String gold = rows.get(i).lang();
            int[] c = per.computeIfAbsent(gold, k -> new int[5]);
            c[0]++;
            c[1] += gold.equals(text[i]) ? 1 : 0;
            c[2] += gold.equals(shortText[i]) ? 1 : 0;
            c[3] += gold.equals(textGuess[i]) ? 1 : 0;
            c[4] += gold.equals(shortGuess[i]) ? 1 : 0;
        }
        List<Language> languages = new ArrayList<>();
        per.forEach((lang, c) -> languages.add(new Language(lang, c[0], (double) c[1] / c[0], (double) c[2] / c[0],
                (double) c[3] / c[0], (double) c[4] / c[0])));
        List<Confusion> confusions = new ArrayList<>();
        for (List<String> group : HARD_GROUPS) {
            if (group.stream().filter(per::containsKey).count() < 2) {
                continue;
            }
            confusions.add(confusion("text", group, rows, text));
            confusions.add(confusion("short", group, rows, shortText));
        }
        return new Result(languages, confusions);
    }

    private static Confusion confusion(String field, List<String> group, List<LangIdEval.Row> rows,
            String[] answers) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String gold : group) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (String g : group) {
                row.put(g, 0);
            }
            row.put("other", 0);
            row.put("none", 0);
            counts.put(gold, row);
        }
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Integer> row = counts.get(rows.get(i).lang());
            if (row != null) {
                String a = answers[i];
                row.merge(a == null ? "none" : group.contains(a) ? a : "other", 1, Integer::sum);
            }
        }
        counts.values().removeIf(r -> r.values().stream().mapToInt(Integer::intValue).sum() == 0);
        return new Confusion(field, group, counts);
    }

    /** Formats {@code result} as two small tables for people. */
    static String toText(Result result) {
        StringBuilder b = new StringBuilder("\nper language (accuracy; best-guess before the threshold)\n");
        b.append(String.format(Locale.ROOT, "%-5s %5s %6s %6s %10s %10s%n", "lang", "rows", "text", "short",
                "text-best", "short-best"));
        for (Language l : result.languages()) {
            b.append(String.format(Locale.ROOT, "%-5s %5d %6.2f %6.2f %10.2f %10.2f%n", l.lang(), l.rows(), l.text(),
                    l.shortText(), l.textBestGuess(), l.shortBestGuess()));
        }
        for (Confusion c : result.confusions()) {
            b.append(String.format(Locale.ROOT, "%nconfusion %s, %s (rows: gold; columns: answer)%n",
                    String.join("-", c.group()), c.field()));
            List<String> columns = new ArrayList<>(c.group());
            columns.add("other");
            columns.add("none");
            b.append(String.format(Locale.ROOT, "%-5s", "gold"));
            columns.forEach(col -> b.append(String.format(Locale.ROOT, " %5s", col)));
            b.append('\n');
            c.counts().forEach((gold, row) -> {
                b.append(String.format(Locale.ROOT, "%-5s", gold));
                columns.forEach(col -> b.append(String.format(Locale.ROOT, " %5d", row.get(col))));
                b.append('\n');
            });
        }
        return b.toString();
    }
}
