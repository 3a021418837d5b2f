package dev.briefly.text;

/**
 * Spells out the Latin typographic ligatures a PDF's text layer leaves in words (U+FB00–U+FB06: "ﬁ" for "fi"),
 * recording each one, so that "ﬁnance" is found, matched and checked as "finance".
 *
 * <p>NFC keeps these characters (they are compatibility characters), and NFKC would change much else (superscripts,
 * fractions, full-width forms), so they are replaced one by one. Stateless and thread-safe.
 */
final class Ligatures {

    /** The letters of U+FB00–U+FB06 in order: ff, fi, fl, ffi, ffl, long s t, st. */
    private static final String[] LETTERS = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

    private Ligatures() {
    }

    /** Returns {@code s} with its ligatures spelled out, each recorded in {@code edits}; {@code s} if it has none. */
    static String repair(String s, Edits edits) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\uFB00' || c > '\uFB06') {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            String letters = LETTERS[c - '\uFB00'];
            edits.add(i, i + 1, out.length(), out.length() + letters.length(), Repair.Kind.LIGATURE);
            out.append(letters);
        }
        return out == null ? s : out.toString();
    }
}
