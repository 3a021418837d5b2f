package dev.briefly.text;

import java.text.Normalizer;

/**
 * Normalises one paragraph, recording each change: NFC, no soft hyphens, zero-width spaces or control characters,
 * single spaces, no line breaks.
 *
 * <p>Stateless and thread-safe.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    /**
     * Returns {@code paragraph} cleaned, its changes added to {@code edits} (input: {@code paragraph}). White space
     * folded is recorded only when {@code spaces} says an earlier step's changes must be mapped through this one:
     * the changes reported carry their own places, and most paragraphs need no more.
     */
    static String clean(String paragraph, Edits edits, boolean spaces) {
        if (Normalizer.isNormalized(paragraph, Normalizer.Form.NFC)) {
            return scan(paragraph, edits, spaces);
        }
        Edits composed = new Edits();
        String s = compose(paragraph, composed);
        Edits scanned = new Edits();
        String out = scan(s, scanned, true);
        edits.addAll(Edits.compose(composed, scanned));
        return out;
    }

    /**
     * Returns {@code s} in NFC, normalised segment by segment so that each changed segment is recorded where it
     * is. A segment starts at a character that composes with nothing before it (neither a mark nor a Hangul
     * vowel or final jamo); should that ever disagree with normalising the whole (a future Unicode version), the
     * whole paragraph is one change.
     */
    private static String compose(String s, Edits edits) {
        String whole = Normalizer.normalize(s, Normalizer.Form.NFC);
        Edits segments = new Edits();
        StringBuilder out = new StringBuilder(s.length());
        int p = 0;
        while (p < s.length()) {
            int q = p + Character.charCount(s.codePointAt(p));
            while (q < s.length() && !startsSegment(s.codePointAt(q))) {
                q += Character.charCount(s.codePointAt(q));
            }
            String segment = s.substring(p, q);
            if (Normalizer.isNormalized(segment, Normalizer.Form.NFC)) {
                out.append(segment);
            } else {
                String n = Normalizer.normalize(segment, Normalizer.Form.NFC);
                segments.add(p, q, out.length(), out.length() + n.length(), Repair.Kind.NORMALIZATION);
                out.append(n);
            }
            p = q;
        }
        if (out.toString().equals(whole)) {
            edits.addAll(segments);
        } else {
            edits.add(0, s.length(), 0, whole.length(), Repair.Kind.NORMALIZATION);
        }
        return whole;
    }

    private static boolean startsSegment(int c) {
        int type = Character.getType(c);
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && !(c >= 0x1160 && c <= 0x11FF) && !(c >= 0xD7B0 && c <= 0xD7FF);
    }

    /**
     * Drops invisible and control characters and folds white space, recording every stretch between two kept
     * characters that changed.
     */
    private static String scan(String s, Edits edits, boolean spaces) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        // The input and output positions just after the last character copied unchanged, and the strongest kind
        // of change since then (null: white space only).
        int syncIn = 0;
        int syncOut = 0;
        Repair.Kind kind = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Zero-width (non-)joiners (U+200C, U+200D) are kept: Persian, Hindi and Bengali spell words with them.
            // Direction marks (U+200E, U+200F, U+061C) and isolates are kept too: right-to-left text needs them.
            if (c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
                kind = kind == Repair.Kind.CONTROL ? kind : Repair.Kind.INVISIBLE;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED
                    || Character.getType(c) == Character.PRIVATE_USE) {
                kind = Repair.Kind.CONTROL;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            // One ordinary space between two words is the common case and no change.
            if (i != syncIn + 1 || out.length() != syncOut + 1 || kind != null || s.charAt(syncIn) != ' ') {
                if ((i != syncIn || out.length() != syncOut) && (kind != null || spaces)) {
                    edits.add(syncIn, i, syncOut, out.length(), kind);
                }
            }
            out.append(c);
            syncIn = i + 1;
            syncOut = out.length();
            kind = null;
        }
        if ((syncIn < s.length() || syncOut < out.length()) && (kind != null || spaces)) {
            edits.add(syncIn, s.length(), syncOut, out.length(), kind);
        }
        return out.toString();
    }
}
