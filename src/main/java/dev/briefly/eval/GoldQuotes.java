package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold quotes from one JSON Lines row: GenderGapTracker rows ({@code quotes[]} with {@code quote_start},
 * {@code quote_end}, {@code speaker_resolved}) or PolNeAR rows ({@code attributions[]} with {@code content_spans},
 * {@code source_text}, {@code direct}; only direct ones count).
 *
 * <p>Spans are trimmed of white space, quote marks and {@code , ; :} at both ends (gold spans include the marks,
 * found ones do not). PolNeAR content pieces separated only by non-letters are joined first (a quote running over
 * paragraphs is one piece); pieces split by an attribution stay separate quotes.
 *
 * <p>Stateless and thread-safe.
 */
final class GoldQuotes {

    private static final String MARKS = "\"'“”‘’«»„‚‹›「」『』";

    private GoldQuotes() {
    }

    /** One gold quote: its trimmed span, its speaker as the data writes it, the subsets it belongs to. */
    record Gold(int start, int end, String speaker, List<String> subsets) {
    }

    /** Returns the gold quotes of {@code row}, GenderGapTracker or PolNeAR (direct attributions only). */
    static List<Gold> read(JsonNode row, String text) {
        return row.has("attributions") ? polnear(row, text) : ggt(row, text);
    }

    /** Returns the content spans of gold attributions not labelled direct: {@code [start, end]} pairs. */
    static List<int[]> unlabelled(JsonNode row) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode a : row.path("attributions")) {
            if (!a.path("direct").asBoolean(false) && a.path("content_start").isInt()) {
                out.add(new int[]{a.path("content_start").asInt(), a.path("content_end").asInt()});
            }
        }
        return out;
    }

    /** Returns {@code [s, e]} clamped to {@code text} and trimmed of white space, quote marks and {@code , ; :}. */
    static int[] trim(String text, int s, int e) {
        s = Math.max(0, Math.min(s, text.length()));
        e = Math.max(s, Math.min(e, text.length()));
        while (s < e && (Character.isWhitespace(text.charAt(s)) || MARKS.indexOf(text.charAt(s)) >= 0
                || ",;:".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || MARKS.indexOf(text.charAt(e - 1)) >= 0
                || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new int[]{s, e};
    }

    private static List<Gold> ggt(JsonNode row, String text) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode q : row.path("quotes")) {
            String quote = q.path("quote").asText("");
            List<String> subsets = new ArrayList<>();
            subsets.add("all");
            boolean marked = quote.chars().anyMatch(c -> "\"“”«»„".indexOf(c) >= 0);
            if (marked) {
                subsets.add("with quote marks");
            }
            if (!quote.isEmpty() && "\"“«„".indexOf(quote.charAt(0)) >= 0) {
                subsets.add("opening with a quote mark");
            }
            int[] span = trim(text, q.path("quote_start").asInt(), q.path("quote_end").asInt());
            String speaker = q.path("speaker_resolved").isTextual() ? q.path("speaker_resolved").asText() : null;
            out.add(new Gold(span[0], span[1], speaker, subsets));
        }
        return out;
    }

    private static List<Gold> polnear(JsonNode row, String text) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode a : row.path("attributions")) {
            if (!a.path("direct").asBoolean(false)) {
                continue;
            }
            String speaker = a.path("source_text").isTextual() ? a.path("source_text").asText() : null;
            int s = -1;
            int e = -1;
            for (JsonNode piece : a.path("content_spans")) {
                int ps = piece.path(0).asInt();
                int pe = piece.path(1).asInt();
                if (s >= 0 && hasLetter(text, e, ps)) {
                    out.add(direct(text, s, e, speaker));
                    s = -1;
                }
                if (s < 0) {
                    s = ps;
                }
                e = pe;
            }
            if (s >= 0) {
                out.add(direct(text, s, e, speaker));
            }
        }
        return out;
    }

    private static Gold direct(String text, int s, int e, String speaker) {
        int[] span = trim(text, s, e);
        return new Gold(span[0], span[1], speaker, List.of("direct"));
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
