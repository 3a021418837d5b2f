package dev.briefly.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mojibake and ligatures repaired by the text stage, with their spans; correct text left alone. */
class MojibakeTest {

    private static final TextRepair REPAIR = new TextRepair(WordChecker.none());
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static TextRepair.Result repaired(String... paragraphs) {
        return REPAIR.repair(List.of(paragraphs), "en", "\n\n");
    }

    private static String text(TextRepair.Result r) {
        return String.join("\n\n", r.paragraphs());
    }

    /** Returns {@code s} as a program shows it after reading its UTF-8 bytes as Windows-1252 (Latin-1 where 1252 has none). */
    static String misread(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            String c = new String(new byte[] {x}, CP1252);
            b.append(c.equals("\uFFFD") ? (char) (x & 0xFF) : c.charAt(0));
        }
        return b.toString();
    }

    @Test
    void realMisreadTextIsDecodedBackWithEachRunRecordedWhereItNowStands() {
        TextRepair.Result out = repaired("The cafÃ© in MÃ¼nchen said itâ€™s open: â€œAll dayâ€\u009D.");
        assertEquals("The caf\u00E9 in M\u00FCnchen said it\u2019s open: \u201CAll day\u201D.", text(out));
        List<String> originals = out.repairs().stream().map(Repair::original).toList();
        assertEquals(List.of("Ã©", "Ã¼", "â€™", "â€œ", "â€\u009D"), originals);
        for (Repair r : out.repairs()) {
            assertEquals(Repair.Kind.MOJIBAKE, r.kind());
            assertEquals(r.replacement(), text(out).substring(r.start(), r.end()), r.toString());
        }
        assertEquals("informaci\u00F3n del d\u00EDa", text(repaired("informaciÃ³n del dÃ\u00ADa")));
        assertEquals("It was 25\u00B0C in S\u00E3o Paulo", text(repaired("It was 25Â°C in SÃ£o Paulo")));
        assertEquals("Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144",
                text(repaired(misread("Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144"))));
        assertEquals("\u041F\u0440\u0438\u0432\u0435\u0442, \u4E2D\u6587 and \uD83D\uDE00",
                text(repaired(misread("\u041F\u0440\u0438\u0432\u0435\u0442, \u4E2D\u6587 and \uD83D\uDE00"))));
    }

    @Test
    void textMisreadTwiceIsDecodedTwiceAsOneRepair() {
        String twice = misread(misread("caf\u00E9 d\u00E9j\u00E0 vu"));
        TextRepair.Result out = repaired(twice);
        assertEquals("caf\u00E9 d\u00E9j\u00E0 vu", text(out));
        assertTrue(out.repairs().stream().allMatch(r -> r.kind() == Repair.Kind.MOJIBAKE), out.repairs().toString());
        assertEquals("ÃƒÂ©", out.repairs().get(0).original());
    }

    @Test
    void correctTextThatLooksLikeMojibakeIsLeftAlone() {
        for (String correct : List.of("S\u00C3O PAULO e a IRM\u00C3 do BRAS\u00C3O", "\u00BBFu\u00DF\u00AB sagte er",
                "Han sa \u00ABP\u00C5\u00BB og gikk", "N\u00BA 5 e 1\u00AA vez", "\u00BFQu\u00E9? \u00A1S\u00ED!",
                "caf\u00E9\u00BB et \u00ABth\u00E9", "\u00C4\u00B0stanbul", "col\u00B7legi i l\u00B7l",
                "\u201CCAF\u00C9\u201D and NESCAF\u00C9\u00AE", "Fu\u00DF\u2019 and G\u00DC\u2019",
                "He said \u2018caf\u00E9\u2019\u201D", "P\u00C5\u2026 and \u00C5\u2026",
                "V\u00CD\u0160, N\u00CD\u017DE a P\u00CD\u0160E", "\u201Ev\u00ED\u0161\u201C a v\u00ED\u0161\u2026",
                "\u00ABYa est\u00E1\u00BB\u2014dijo \u00E9l", "\u00ABJ\u00E1 est\u00E1\u00BB\u2013disse ela")) {
            TextRepair.Result out = repaired(correct);
            assertEquals(correct, text(out));
            assertEquals(List.of(), out.repairs(), correct);
        }
        // "Ã" before an accented letter of its own is not a run that decodes: the whole run stays.
        assertEquals("Ã©é", text(repaired("Ã©é")));
    }

    @Test
    void aLoneMarkOfAnotherScriptsBlockBetweenLatinLettersIsLeftAlone() {
        // "á", a no-break space and "‚" are also the UTF-8 bytes of the Mongolian comma U+1802.
        TextRepair.Result out = repaired("hozz\u00E1\u00A0\u201APL");
        assertEquals(List.of(), out.repairs().stream().filter(x -> x.kind() == Repair.Kind.MOJIBAKE).toList());
    }

    @Test
    void aWeakRunIsRepairedOnlyInADocumentWithStrongEvidenceAndInTheScriptOfItsWord() {
        assertEquals("Ä°stanbul", text(repaired("Ä°stanbul")));
        assertEquals("\u0130stanbul\n\ncaf\u00E9", text(repaired("Ä°stanbul", "cafÃ©")));
        // An NKo mark on a Latin letter ("ß«" as UTF-8) is no repair, evidence or not.
        assertEquals("Fu\u00DF\u00AB\n\ncaf\u00E9", text(repaired("Fu\u00DF\u00AB", "cafÃ©")));
    }

    @Test
    void ligaturesAreSpelledOutEachRecordedWhereItNowStands() {
        TextRepair.Result out = repaired("The \uFB01nancial \uFB02ow, its e\uFB00ect on the o\uFB03ce, ba\uFB04ing "
                + "and \uFB06able \uFB05");
        assertEquals("The financial flow, its effect on the office, baffling and stable st", text(out));
        assertEquals(7, out.repairs().size(), out.repairs().toString());
        Repair first = out.repairs().get(0);
        assertEquals(new Repair(Repair.Kind.LIGATURE, 4, 6, "\uFB01", "fi"), first);
        for (Repair r : out.repairs()) {
            assertEquals(r.replacement(), text(out).substring(r.start(), r.end()), r.toString());
        }
    }

    @Test
    void aLigatureInAHyphenatedWordIsSpelledOutBeforeTheWordIsJoined() {
        TextRepair knows = new TextRepair((w, l) -> w.equals("financial"));
        TextRepair.Result out = knows.repair(List.of("the \uFB01nan-\ncial year"), "en", "\n\n");
        assertEquals("the financial year", out.paragraphs().get(0));
        assertEquals(1, out.repairs().size(), "the two changes overlap and make one repair: " + out.repairs());
        assertEquals("\uFB01nan-\ncial", out.repairs().get(0).original());
    }

    @Test
    void randomTextMisreadAsWindows1252IsDecodedBackExactly() {
        Random r = new Random(19);
        String[] alphabets = {"abcdefz", "\u00E0\u00E9\u00E8\u00EA\u00EB\u00EE\u00EF\u00F4\u00FB\u00E7\u00F1\u00FCab",
            "\u0105\u0119\u0142\u0144\u015B\u017A\u017Cwz", "\u0430\u0431\u0432\u043B\u043C\u043A\u044F\u0451",
            "\u03B1\u03B2\u03BB\u03BC\u03AC\u03C9", "\u4E2D\u6587\u65E5\u672C\u8A9E", "\u0645\u0631\u062D\u0628\u0627"};
        String[] punctuation = {"", "", ",", ".", "\u2019s", "\u2026", "\u201D", "!"};
        for (int n = 0; n < 2000; n++) {
            List<String> paragraphs = new ArrayList<>();
            for (int k = r.nextInt(3) + 1; k > 0; k--) {
                StringBuilder p = new StringBuilder(k == 1 ? "caf\u00E9" : "");
                for (int w = r.nextInt(8); w >= 0; w--) {
                    String alphabet = alphabets[r.nextInt(alphabets.length)];
                    p.append(p.length() == 0 ? "" : " ").append(r.nextInt(6) == 0 ? "\u201C" : "");
                    for (int i = r.nextInt(6) + 1; i > 0; i--) {
                        p.append(alphabet.charAt(r.nextInt(alphabet.length())));
                    }
                    p.append(punctuation[r.nextInt(punctuation.length)]);
                }
                paragraphs.add(p.toString());
            }
            List<String> misread = paragraphs.stream().map(MojibakeTest::misread).toList();
            TextRepair.Result out = REPAIR.repair(misread, "en", "\n\n");
            assertEquals(String.join("\n\n", paragraphs), text(out), String.join("\n\n", misread));
            for (Repair rep : out.repairs()) {
                assertEquals(Repair.Kind.MOJIBAKE, rep.kind());
                assertEquals(rep.replacement(), text(out).substring(rep.start(), rep.end()), rep.toString());
                assertEquals(misread(rep.replacement()), rep.original(), rep.toString());
            }
        }
    }

    @Test
    void randomTextOfRealWordsInThirtyThreeLanguagesIsNeverChanged() throws IOException {
        // Real words with their accents: the word lists of resources/ (titles, speech verbs, place words...).
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("resources"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (String w : line.split("[\\s*#@,;:()]+")) {
                        if (w.codePoints().anyMatch(Character::isLetter)) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        assertTrue(words.stream().filter(w -> w.codePoints().anyMatch(c -> c > 0x7F)).count() > 1000, "accented words");
        Random r = new Random(23);
        String open = "\u00AB\u00BB\u00BF\u00A1\u201C\u2018\u201E\u201A\u2039(\"";
        String[] close = {"\u00BB", "\u00AB", "\u201D", "\u2019", "\u201C", "\u2026", "\u2122", "\u00AE", "\u00A9",
            "\u00B2", "\u2019\u201D", "\u201C\u2026", ".", ",", "!", "?", "\u00A0:", "\u00A0\u00BB", "\u203A", "\u2020"};
        String[] between = {" ", " ", " ", "\u00A0", " \u2013 ", " \u2014 ", "\u2014", " \u00B7 ", " \u20AC5 ", " 25\u00B0 ",
            " N\u00BA ", " 1\u00AA ", " \u00A33 ", " 3\u00BD ", " \u00A75 ", "/"};
        int suspect = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder p = new StringBuilder();
            for (int w = r.nextInt(12); w >= 0; w--) {
                p.append(p.length() == 0 ? "" : between[r.nextInt(between.length)]);
                if (r.nextInt(4) == 0) {
                    p.append(open.charAt(r.nextInt(open.length())));
                }
                String word = words.get(r.nextInt(words.size()));
                int shape = r.nextInt(4);
                p.append(shape == 0 ? word.toUpperCase(Locale.ROOT) : shape == 1
                        ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word);
                if (r.nextInt(3) == 0) {
                    p.append(close[r.nextInt(close.length)]);
                }
            }
            String in = p.toString();
            TextRepair.Result out = REPAIR.repair(List.of(in), "en", "\n\n");
            assertEquals(List.of(), out.repairs().stream().filter(x -> x.kind() == Repair.Kind.MOJIBAKE).toList(), in);
            suspect += Mojibake.suspect(in) ? 1 : 0;
        }
        // A lead letter before a symbol or letter that UTF-8 could continue it with: the shapes that risk a change.
        assertTrue(suspect > 500, suspect + " of 20000 texts looked like mojibake at first sight");
    }
}
