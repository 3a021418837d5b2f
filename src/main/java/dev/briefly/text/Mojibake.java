package dev.briefly.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Repairs mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 ({@code "cafÃ©"} for "café",
 * {@code "â€™"} for "’"), recording each run it decodes back.
 *
 * <p>A run is a stretch of characters that all stand for bytes 0x80–0xFF in Windows-1252 (or, for the five bytes
 * it leaves undefined, Latin-1). A run is repaired only when all of it is well-formed UTF-8 and the result is more
 * plausible: no control, unassigned or private-use character, a combining mark only on a letter of its own script,
 * one writing system, that of the letters beside it (when it decodes to one character of that system only), and a
 * byte that correct text does not put there (a Windows-1252 punctuation byte 0x80–0x9F, a symbol like "©" or "±",
 * or "Â"/"Ã" and a symbol inside a word, "SÃ£o"). A run with weaker evidence ("Å»", which could be Norwegian
 * "«PÅ»"; an all-capital word's last letter and a symbol, "CAFÉ”") is repaired only when the document already
 * holds a strong run. So Portuguese "SÃO" (a lead and an ASCII letter) and French "«café»" stay as they are.
 *
 * <p>Stateless and thread-safe.
 */
final class Mojibake {

    /** Windows-1252's characters for bytes 0x80–0x9F, at {@code byte - 0x80} (0 where it defines none). */
    private static final String CP1252_HIGH = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\0\u017D\0\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0"
            + "\u017E\u0178";

    /** Latin-1 symbols that correct text does not put right after a letter ("¡" and "¿" open a sentence). */
    private static final String STRONG_SYMBOLS = "\u00A1\u00BF\u00A4\u00A6\u00A8\u00A9\u00AC\u00AE\u00AF\u00B1\u00B2"
            + "\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BC\u00BD\u00BE";

    /** Leads of the mojibake of Latin-1, Central European, Romanian, Greek and Cyrillic letters. */
    private static final String LATIN_LEADS = "\u00C3\u00C4\u00C5\u00C8\u00CE\u00CF\u00D0\u00D1";

    /** Marks that follow a word in correct text. */
    private static final String WORD_FOLLOWERS = "\u00AE\u00A9\u2122\u2019\u201D\u00BB\u00AB\u2026\u2013\u2014"
            + "\u2030\u2020\u2021\u2022\u203A\u2039\u201A\u201E\u201C\u2018\u02DC\u02C6\u00B9\u00B2\u00B3";

    /** Scripts written together in one run (Japanese mixes three, Korean may mix Hangul and Han). */
    private static final Set<Character.UnicodeScript> CJK = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO);

    private Mojibake() {
    }

    /** Returns the byte {@code c} stands for in Windows-1252 (Latin-1 for its undefined five), or -1. */
    static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        int i = CP1252_HIGH.indexOf(c);
        return i >= 0 && c != 0 ? 0x80 + i : -1;
    }

    /** Returns whether {@code s} holds a character standing for a UTF-8 lead byte, so may hold mojibake. */
    static boolean suspect(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 && byteOf(s.charAt(i + 1)) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether {@code s} holds a run repaired on its own evidence, which makes weaker runs credible. */
    static boolean hasStrongRun(String s) {
        if (!suspect(s)) {
            return false;
        }
        for (int start = 0; start < s.length(); ) {
            int end = runEnd(s, start);
            if (end > start && decode(s, start, end, false, true) != null) {
                return true;
            }
            start = Math.max(end, start + 1);
        }
        return false;
    }

    /**
     * Returns {@code s} with its mojibake runs decoded, each recorded in {@code edits}; with {@code evidence} (the
     * document holds a strong run) weaker runs are repaired too. Returns {@code s} itself when nothing changed.
     */
    static String repair(String s, boolean evidence, Edits edits) {
        if (!suspect(s)) {
            return s;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int start = 0; start < s.length(); ) {
            int end = runEnd(s, start);
            String decoded = end > start ? decode(s, start, end, evidence, false) : null;
            if (decoded != null) {
                out = out == null ? new StringBuilder(s.length()) : out;
                out.append(s, copied, start);
                edits.add(start, end, out.length(), out.length() + decoded.length(), Repair.Kind.MOJIBAKE);
                out.append(decoded);
                copied = end;
            }
            start = Math.max(end, start + 1);
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Returns where the run of characters standing for bytes 0x80–0xFF that starts at {@code start} ends. */
    private static int runEnd(String s, int start) {
        int end = start;
        while (end < s.length() && byteOf(s.charAt(end)) >= 0x80) {
            end++;
        }
        return end;
    }

    /**
     * Returns the run {@code s[start, end)} decoded as UTF-8 when all of it decodes and the result is plausible,
     * else null; {@code strongOnly} asks for a run with evidence of its own, {@code evidence} admits a weaker one.
     */
    private static String decode(String s, int start, int end, boolean evidence, boolean strongOnly) {
        boolean strong = strong(s, start, end);
        if (!strong && (strongOnly || !evidence)) {
            return null;
        }
        byte[] bytes = new byte[end - start];
        for (int i = start; i < end; i++) {
            bytes[i - start] = (byte) byteOf(s.charAt(i));
        }
        String decoded;
        try {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes));
            decoded = chars.toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
        int before = start > 0 ? s.codePointBefore(start) : ' ';
        int after = end < s.length() ? s.codePointAt(end) : ' ';
        return plausible(decoded, before, after) ? decoded : null;
    }

    /**
     * Tells whether the run {@code s[start, end)} is mojibake on its own evidence: it holds a byte correct text
     * does not put after a letter (a punctuation byte 0x80–0x9F, a symbol like "©"), or "Ã"/"Â" and a symbol, which no word spells
     * ("cafÃ©", "pÃ¥", "Ã " for "à"), or any symbol inside a word. What correct text does write there is left to
     * the document's evidence: a capital word's last letter and marks after it ("«IRMÃ»", "CAFÉ”", "NESCAFÉ®",
     * "Å…"; a lowercase word does not end in a capital, so "sakÄ—" is "sakė"), and two capitals ("VÍŠ", "NÍŽE" in
     * Czech, "ÄŠ" in Estonian) unless the first is a lead no word puts before such a letter ("ÅŸ", "ÎŸ", "ÐŸ").
     */
    private static boolean strong(String s, int start, int end) {
        int before = start > 0 ? s.codePointBefore(start) : ' ';
        int after = end < s.length() ? s.codePointAt(end) : ' ';
        boolean wordEnd = !Character.isLetter(after) || s.charAt(end - 1) == '\u00A0';
        char lead = s.charAt(start);
        // A lowercase word does not end in a capital: "sakÄ—" is "sakė", where "CAFÉ”", "Å…" and "LUNEDÌ—of" may
        // be words. A dash at the end of the marks may open the next word, as Spanish and Portuguese write a
        // dialogue's attribution ("está»—dijo"), so the letter after it does not put the run inside a word.
        char last = s.charAt(end - 1);
        boolean capitalEnd = Character.isLetter(lead) && followers(s, start + 1, end)
                && (Character.isLowerCase(lead) || !Character.isLowerCase(before))
                && (wordEnd || last == '\u2013' || last == '\u2014');
        if (end - start == 2 && (lead == '\u00C2' || lead == '\u00C3')) {
            return !(capitalEnd && Character.isUpperCase(before)); // "Ã©" alone is Portuguese "é"
        }
        // Inside a word ("DrÄ«mers", "xáº£y") any symbol but a soft hyphen is out of place. Windows-1252's letters
        // (š, ž, œ) are evidence only after the lead of Latin-1, Central European, Romanian, Greek or Cyrillic
        // mojibake in a word in small letters ("DupÄƒ", "ÄŒetiri", "ÐŸÑ"): Czech words in capitals have them
        // ("VÍŠ", "NÍŽE"), and after a small letter they are Czech or French ("ížž", "sœur").
        boolean inWord = Character.isLetter(before) && !wordEnd;
        boolean small = Character.isLowerCase(before) || Character.isLowerCase(after);
        boolean evidence = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean symbol = !Character.isLetter(c) && c != '\u00AD';
            boolean afterCapital = i > start && small && LATIN_LEADS.indexOf(s.charAt(i - 1)) >= 0;
            evidence |= byteOf(c) < 0xA0 && (symbol || afterCapital) || STRONG_SYMBOLS.indexOf(c) >= 0
                    || inWord && symbol || (c == '\u00C2' || c == '\u00C3') && i + 1 < end;
        }
        return evidence && !capitalEnd;
    }

    /** Tells whether {@code s[from, to)} are all marks that follow a word (no-break spaces included). */
    private static boolean followers(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (WORD_FOLLOWERS.indexOf(s.charAt(i)) < 0 && s.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return from < to;
    }

    /**
     * Tells whether {@code decoded} reads as text between {@code before} and {@code after}: nothing a text does not
     * hold, one writing system, and, for one character of it, that of a letter beside it: one Korean or Chinese
     * character after a Latin letter is as likely Czech "víš“" as "PA는", and is left alone.
     */
    private static boolean plausible(String decoded, int before, int after) {
        Character.UnicodeScript script = null;
        int previous = before;
        int scripted = 0;
        for (int i = 0; i < decoded.length(); i += Character.charCount(decoded.codePointAt(i))) {
            int c = decoded.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE) {
                return false;
            }
            Character.UnicodeScript sc = scriptOf(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                // On the last letter before it, past other marks and joiners (Bengali "রিং", "র‌্যা").
                if (!Character.isLetter(previous)
                        || sc != Character.UnicodeScript.INHERITED && !same(sc, scriptOf(previous))) {
                    return false;
                }
                continue;
            }
            if (type == Character.FORMAT) {
                continue;
            }
            if (scripted(c)) {
                if (sc == Character.UnicodeScript.UNKNOWN || script != null && !same(script, sc)) {
                    return false;
                }
                script = sc;
                scripted++;
            }
            previous = c;
        }
        // A mark from one writing system's own block (Mongolian comma "᠂", Arabic comma "،") written by no other
        // belongs beside that system's letters: between Latin ones "á\u00A0‚" is a Hungarian word and a quote.
        if (script == null) {
            for (int i = 0; i < decoded.length(); i += Character.charCount(decoded.codePointAt(i))) {
                Character.UnicodeScript own = blockScript(decoded.codePointAt(i));
                if (own != null && !fits(own, before) && !fits(own, after)) {
                    return false;
                }
            }
            return true;
        }
        // Two characters or more of one writing system decoded from one run are no accident ("iPhone手机", "الH").
        if (scripted > 1) {
            return true;
        }
        // A letter beside the run touches it only where the decoded text starts or ends with a letter of its own.
        return (!scripted(decoded.codePointAt(0)) || fits(script, before))
                && (!scripted(decoded.codePointBefore(decoded.length())) || fits(script, after));
    }

    /** Returns the script of {@code c}, with full-width Latin letters and digits common to all ("Ｇ" in Japanese). */
    private static Character.UnicodeScript scriptOf(int c) {
        return c >= 0xFF00 && c <= 0xFFEF ? Character.UnicodeScript.COMMON : Character.UnicodeScript.of(c);
    }

    private static boolean scripted(int c) {
        Character.UnicodeScript sc = scriptOf(c);
        return sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED;
    }

    /** Returns the writing system whose block holds {@code c} ("᠂" in Mongolian), or null for a shared block. */
    private static Character.UnicodeScript blockScript(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        try {
            return block == null ? null : Character.UnicodeScript.forName(block.toString());
        } catch (IllegalArgumentException shared) {
            return null; // "GENERAL_PUNCTUATION", "CURRENCY_SYMBOLS": no script of that name
        }
    }

    /** Tells whether {@code side}, beside a run in {@code script}, may stand there: not a letter of another script. */
    private static boolean fits(Character.UnicodeScript script, int side) {
        return !Character.isLetter(side) || !scripted(side) || same(script, scriptOf(side));
    }

    private static boolean same(Character.UnicodeScript a, Character.UnicodeScript b) {
        return a == b || CJK.contains(a) && CJK.contains(b);
    }
}
