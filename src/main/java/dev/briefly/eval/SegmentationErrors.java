package dev.briefly.eval;

import dev.briefly.Span;
import dev.briefly.text.LanguageResources;
import dev.briefly.text.Languages;
import dev.briefly.text.SentenceSplitter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the wrong boundaries of a splitter on FLORES paragraphs and sorts each into a kind by what surrounds it:
 * a line that holds two sentences, a line that opens with the mark of the line before, a line without an end
 * mark, an abbreviation or initial, an ordinal, an ellipsis, a closing quote or bracket, a script's own end mark,
 * or other. The kind is read off the text, not judged: {@code docs/language.md} says which ones a reader
 * confirmed. Stateless and thread-safe.
 */
public final class SegmentationErrors {

    /** End marks the rules know in every script. */
    private static final String COMMON_MARKS = ".!?…";
    /** End marks of one script or another, the danda typed as | and marks no splitter here knows included. */
    private static final String SCRIPT_MARKS = "。！？।॥؟|။።۔‼⁇⁈⁉։";
    /** Closing quotes and brackets that may stand after an end mark. */
    private static final String CLOSERS = "\"'”’»›」』)]“‘";

    private SegmentationErrors() {
    }

    /** Names the cause of a wrong boundary, and whether it lies in the data rather than in the splitter. */
    public enum Kind {
        /** A split inside a line after an end mark and a whole word: the translation wrote two sentences. */
        TWO_SENTENCES("two-sentences", true),
        /** The line opens with the end mark or closing quote of the line before ({@code plaatsing. |. Volgens}). */
        MARK_OPENS_LINE("mark-opens-line", true),
        /** The line before has no end mark, so nothing in the text marks the boundary. */
        NO_END_MARK("no-end-mark", true),
        /** The next line starts in lower case: the line break falls inside a sentence. */
        LOWER_CASE("lower-case", true),
        /** A dot after an abbreviation or initial (a listed one, a lone letter, a short word, inner dots). */
        ABBREVIATION("abbreviation", false),
        /** A dot after an ordinal number ({@code 3.}, {@code II.}). */
        NUMBER("ordinal", false),
        /** An ellipsis before a capital: a pause or a sentence end, the splitter cannot tell. */
        ELLIPSIS("ellipsis", false),
        /** A closing quote or bracket after the end mark (a quote and its attribution, a quote pairing). */
        CLOSING_MARK("closing-mark", false),
        /** An end mark of one script (। 。 ؟, the danda typed as |) or one the splitter does not know. */
        SCRIPT_MARK("script-mark", false),
        /** None of these. */
        OTHER("other", false);

        private final String label;
        private final boolean data;

        Kind(String label, boolean data) {
            this.label = label;
            this.data = data;
        }

        /** Returns the kind's name as printed. */
        public String label() {
            return label;
        }

        /** Returns whether the cause lies in the data (the line breaks) rather than in the splitter. */
        public boolean data() {
            return data;
        }
    }

    /** Holds one wrong boundary: a false split or a missed join, its kind and the text around it. */
    public record Error(String language, boolean missed, Kind kind, String context) {

        /** Returns the error as one line: FALSE or MISS, the language, the text with | at the place, the kind. */
        public String line() {
            return (missed ? "MISS  " : "FALSE ") + language + " " + context + "  [" + kind.label() + "]";
        }
    }

    /**
     * Returns each wrong boundary of {@code language}: false splits (an excused one left out, as the scores do)
     * and missed joins, with {@code width} characters either side and {@code |} at the place.
     */
    public static List<Error> of(List<List<SegmentationEval.Line>> paragraphs, String language,
                                 SentenceSplitter splitter, int width) {
        Classifier classify = new Classifier(language);
        List<Error> out = new ArrayList<>();
        for (List<SegmentationEval.Line> lines : paragraphs) {
            SegmentationEval.Joined joined = SegmentationEval.Joined.of(lines, language);
            String t = joined.text();
            Set<Integer> starts = joined.starts();
            Set<Integer> found = new TreeSet<>();
            List<Span> spans = splitter.split(t, List.of(new Span(0, t.length())));
            for (int i = 1; i < spans.size(); i++) {
                int at = spans.get(i).start();
                found.add(at);
                if (!starts.contains(at) && joined.multi().stream().noneMatch(m -> m.start() < at && at < m.end())) {
                    Span line = joined.lineAt(at);
                    out.add(new Error(language, false, classify.falseSplit(t, line, at), around(t, at, width)));
                }
            }
            for (int at : starts) {
                if (!found.contains(at)) {
                    Span line = joined.lineAt(at);
                    Span before = joined.lineAt(at - 1 - SegmentationEval.separator(language).length());
                    out.add(new Error(language, true, classify.missed(t, before, line), around(t, at, width)));
                }
            }
        }
        return out;
    }

    /**
     * Returns a table of the errors of each language by kind, one language a line, then all together: the counts,
     * how many lie in the data, F1 as scored and F1 with those excused too ({@code scores} gives the counts).
     */
    public static String table(Map<String, List<Error>> byLanguage, List<SegmentationEval.Scores> scores) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-5s %5s %5s", "lang", "false", "miss"));
        for (Kind k : Kind.values()) {
            b.append(' ').append(k.label());
        }
        b.append(" data     F1 F1-data-excused").append(System.lineSeparator());
        List<Error> all = new ArrayList<>();
        int[] sum = new int[4];
        for (SegmentationEval.Scores s : scores) {
            List<Error> errors = byLanguage.get(s.language());
            if (errors == null) {
                continue;
            }
            all.addAll(errors);
            row(b, s.language(), errors, s);
            sum[0] += s.gold();
            sum[1] += s.found();
            sum[2] += s.correct();
            sum[3] += s.excused();
        }
        row(b, "all", all, new SegmentationEval.Scores("all", "", 0, sum[0], sum[1], sum[2], sum[3]));
        return b.toString();
    }

    private static void row(StringBuilder b, String lang, List<Error> errors, SegmentationEval.Scores s) {
        int falses = (int) errors.stream().filter(e -> !e.missed()).count();
        int dataFalse = (int) errors.stream().filter(e -> !e.missed() && e.kind().data()).count();
        int dataMiss = (int) errors.stream().filter(e -> e.missed() && e.kind().data()).count();
        b.append(String.format(Locale.ROOT, "%-5s %5d %5d", lang, falses, errors.size() - falses));
        for (Kind k : Kind.values()) {
            int n = (int) errors.stream().filter(e -> e.kind() == k).count();
            b.append(String.format(Locale.ROOT, " %" + k.label().length() + "d", n));
        }
        double p = s.correct() == 0 ? 0 : (double) s.correct() / (s.found() - s.excused() - dataFalse);
        double r = s.correct() == 0 ? 0 : (double) s.correct() / (s.gold() - dataMiss);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        b.append(String.format(Locale.ROOT, " %4d %6.3f %15.3f%n", dataFalse + dataMiss, s.f1(), f1));
    }

    static String around(String text, int at, int width) {
        return (text.substring(Math.max(0, at - width), at) + "|" + text.substring(at,
                Math.min(text.length(), at + width))).replace('\n', ' ');
    }

    /** Sorts errors of one language into kinds, knowing its abbreviations. */
    private static final class Classifier {

        private final Locale locale;
        private final Set<String> abbreviations;
        /** Whether the language ends sentences with a space and no mark (Thai). */
        private final boolean spaces;

        Classifier(String language) {
            this.spaces = Languages.isSupported(language)
                    && Languages.sentences(language) == Languages.Sentences.SPACES;
            this.locale = Locale.forLanguageTag(language);
            this.abbreviations = new HashSet<>();
            for (String a : LanguageResources.lines(language, "abbreviations")) {
                abbreviations.add((a.endsWith(" *") ? a.substring(0, a.length() - 2).strip() : a).toLowerCase(locale));
            }
        }

        /** Returns the kind of a split at {@code at} inside {@code line}. */
        Kind falseSplit(String t, Span line, int at) {
            if (opensWithMark(t, line.start()) && at - line.start() <= 3) {
                return Kind.MARK_OPENS_LINE;
            }
            return atEnd(t, line.start(), at, false);
        }

        /** Returns the kind of a join not split between {@code before} and {@code line}. */
        Kind missed(String t, Span before, Span line) {
            if (opensWithMark(t, line.start())) {
                return Kind.MARK_OPENS_LINE;
            }
            int e = before.end();
            int p = e;
            while (p > before.start() && CLOSERS.indexOf(t.charAt(p - 1)) >= 0) {
                p--;
            }
            char last = p > before.start() ? t.charAt(p - 1) : ' ';
            if (COMMON_MARKS.indexOf(last) < 0 && SCRIPT_MARKS.indexOf(last) < 0) {
                return spaces ? Kind.OTHER : Kind.NO_END_MARK; // Thai writes no end mark: the splitter's miss
            }
            if (Character.isLowerCase(t.codePointAt(line.start()))) {
                return Kind.LOWER_CASE;
            }
            return atEnd(t, before.start(), e, true);
        }

        /** Returns the kind of a boundary at {@code at}, found or missed, by the marks and word before it. */
        private Kind atEnd(String t, int lineStart, int at, boolean missed) {
            int p = at;
            while (p > lineStart && Character.isWhitespace(t.charAt(p - 1))) {
                p--;
            }
            int marksEnd = p;
            while (p > lineStart && CLOSERS.indexOf(t.charAt(p - 1)) >= 0) {
                p--;
            }
            boolean closer = p < marksEnd;
            if (p == lineStart) {
                return Kind.OTHER;
            }
            char mark = t.charAt(p - 1);
            if (SCRIPT_MARKS.indexOf(mark) >= 0 && (missed || mark == '|')) {
                return Kind.SCRIPT_MARK;
            }
            if (COMMON_MARKS.indexOf(mark) < 0 && SCRIPT_MARKS.indexOf(mark) < 0) {
                return Kind.OTHER; // a cut of an over-long run, or a space in Thai
            }
            if (mark == '…' || mark == '.' && p >= lineStart + 3 && t.startsWith("...", p - 3)) {
                return Kind.ELLIPSIS;
            }
            if (mark == '.') {
                Kind dot = afterDot(t, lineStart, p - 1);
                if (dot != null) {
                    return dot;
                }
            }
            if (closer && missed) {
                return Kind.CLOSING_MARK;
            }
            return missed ? Kind.OTHER : Kind.TWO_SENTENCES;
        }

        /**
         * Returns NUMBER after an ordinal, ABBREVIATION after a listed abbreviation, a lone letter, a word with
         * inner dots or a Latin word without a vowel (Dr, St), else null.
         */
        private Kind afterDot(String t, int lineStart, int dot) {
            int s = dot;
            while (s > lineStart && !Character.isWhitespace(t.charAt(s - 1))) {
                s--;
            }
            String word = t.substring(s, dot + 1);
            String bare = word.replaceAll("^[\\p{Ps}\\p{Pi}\"'«„]+", "");
            if (bare.matches("\\d{1,3}\\.|[IVX]+\\.")) {
                return Kind.NUMBER; // an ordinal; a longer number (a year, a time) ends sentences as any word
            }
            String letters = bare.substring(0, bare.length() - 1);
            boolean abbreviation = abbreviations.contains(bare.toLowerCase(locale)) || letters.contains(".")
                    || letters.codePointCount(0, letters.length()) == 1
                    || letters.matches("\\p{IsLatin}{2,3}") && !Normalizer.normalize(letters, Normalizer.Form.NFD)
                    .toLowerCase(Locale.ROOT).matches(".*[aeiouy].*");
            return abbreviation ? Kind.ABBREVIATION : null;
        }

        private static boolean opensWithMark(String t, int lineStart) {
            char c = t.charAt(lineStart);
            return COMMON_MARKS.indexOf(c) >= 0 || SCRIPT_MARKS.indexOf(c) >= 0 && c != '|' || "”’」』".indexOf(c) >= 0;
        }
    }
}
