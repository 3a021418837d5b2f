package dev.briefly.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRepairTest {

    private static final TextRepair SPELLER = new TextRepair(SpellerWordChecker.shared());

    private static String repair(TextRepair r, String paragraph, String language) {
        return r.repair(List.of(paragraph), language).get(0);
    }

    @Test
    void joinsWordBrokenInsideALineWhenOnlyTheJoinedFormIsAWord() {
        assertEquals("an international investigation into the attack",
                repair(SPELLER, "an international investig-ation into the attack", "en"));
    }

    @Test
    void joinsWordBrokenAtALineBreak() {
        assertEquals("an international inquiry", repair(SPELLER, "an interna-\ntional inquiry", "en"));
        assertEquals("an international inquiry", repair(SPELLER, "an interna- \n  tional inquiry", "en"));
    }

    @Test
    void keepsRealCompounds() {
        assertEquals("a well-known figure", repair(SPELLER, "a well-known figure", "en"));
        assertEquals("President Bashar al-Assad", repair(SPELLER, "President Bashar al-Assad", "en"));
        assertEquals("the pre-war order and co-operation", repair(SPELLER, "the pre-war order and co-operation", "en"));
        assertEquals("Der G7-Gipfel beginnt", repair(SPELLER, "Der G7-Gipfel beginnt", "de"));
    }

    @Test
    void keepsHyphenOfACompoundBrokenAtALineBreak() {
        assertEquals("a well-known figure", repair(SPELLER, "a well-\nknown figure", "en"));
    }

    @Test
    void keepsSuspendedCompoundsAndTheirSpace() {
        assertEquals("Ein- und Ausgang", repair(SPELLER, "Ein- und Ausgang", "de"));
        assertEquals("pre- and post-war", repair(SPELLER, "pre- and post-war", "en"));
    }

    @Test
    void keepsHyphenatedFormTheDocumentUsesInsideALine() {
        TextRepair none = new TextRepair(WordChecker.none());
        List<String> out = none.repair(List.of("the e-\nmail arrived", "an e-mail again"), "en");
        assertEquals("the e-mail arrived", out.get(0));
    }

    @Test
    void joinsAtSoftHyphenWithoutADictionary() {
        TextRepair none = new TextRepair(WordChecker.none());
        assertEquals("an international inquiry", repair(none, "an interna\u00AD\ntional inquiry", "en"));
    }

    @Test
    void repairsGermanWithTheGermanDictionary() {
        assertEquals("Die Bundesregierung tagt", repair(SPELLER, "Die Bundes-\nregierung tagt", "de"));
    }

    @Test
    void consultsTheDictionaryOnlyForHyphenationCandidates() {
        AtomicInteger asked = new AtomicInteger();
        TextRepair counting = new TextRepair((w, l) -> {
            asked.incrementAndGet();
            return false;
        });
        counting.repair(List.of("No hyphen here.", "Nor – here, with a dash – nor G7-Gipfel."), "de");
        assertEquals(0, asked.get());
    }

    @Test
    void randomInputNeverFailsAndKeepsLetters() {
        Random r = new Random(7);
        String alphabet = "abcXY-\u00AD\n \t.é";
        TextRepair repair = new TextRepair((w, l) -> Set.of("ab", "abc", "xab").contains(w));
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(30);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String in = b.toString();
            for (String out : repair.repair(List.of(in), "en")) {
                assertFalse(out.contains("\n"), out);
                assertEquals(in.replaceAll("[^\\p{L}]", ""), out.replaceAll("[^\\p{L}]", ""), in);
                assertTrue(out.equals(out.strip()), out);
            }
        }
    }

    private static TextRepair.Result repaired(TextRepair r, String language, String... paragraphs) {
        return r.repair(List.of(paragraphs), language, "\n\n");
    }

    private static void assertRepair(Repair r, Repair.Kind kind, String original, String replacement, String text) {
        assertEquals(kind, r.kind(), r.toString());
        assertEquals(original, r.original(), r.toString());
        assertEquals(replacement, r.replacement(), r.toString());
        assertEquals(replacement, text.substring(r.start(), r.end()), "the span points at the replacement");
    }

    @Test
    void recordsAWordJoinedAtALineBreakWhereItNowStands() {
        TextRepair.Result out = repaired(SPELLER, "en", "an interna-\ntional inquiry");
        assertEquals(1, out.repairs().size());
        Repair r = out.repairs().get(0);
        assertRepair(r, Repair.Kind.HYPHENATION, "interna-\ntional", "international", out.paragraphs().get(0));
        assertEquals(3, r.start());
        assertEquals(16, r.end());
    }

    @Test
    void recordsACompoundBrokenAtItsHyphenAndASoftHyphenJoin() {
        TextRepair none = new TextRepair(WordChecker.none());
        TextRepair.Result out = repaired(SPELLER, "en", "a well-\nknown figure");
        assertRepair(out.repairs().get(0), Repair.Kind.COMPOUND_BREAK, "well-\nknown", "well-known",
                out.paragraphs().get(0));
        out = repaired(none, "en", "an interna\u00AD\ntional inquiry");
        assertRepair(out.repairs().get(0), Repair.Kind.HYPHENATION, "interna\u00AD\ntional", "international",
                out.paragraphs().get(0));
    }

    @Test
    void recordsRemovedInvisibleAndControlCharactersAsEmptySpansWhereTheyStood() {
        TextRepair none = new TextRepair(WordChecker.none());
        TextRepair.Result out = repaired(none, "en", "inter\u200B\u200Bnational \u0007bell\uE000");
        assertEquals("international bell", out.paragraphs().get(0));
        assertEquals(3, out.repairs().size(), out.repairs().toString());
        assertRepair(out.repairs().get(0), Repair.Kind.INVISIBLE, "\u200B\u200B", "", out.paragraphs().get(0));
        assertEquals(5, out.repairs().get(0).start());
        assertRepair(out.repairs().get(1), Repair.Kind.CONTROL, "\u0007", "", out.paragraphs().get(0));
        assertEquals(14, out.repairs().get(1).start());
        assertRepair(out.repairs().get(2), Repair.Kind.CONTROL, "\uE000", "", out.paragraphs().get(0));
        assertEquals(18, out.repairs().get(2).start());
    }

    @Test
    void recordsComposedAccentsAsNormalization() {
        TextRepair none = new TextRepair(WordChecker.none());
        TextRepair.Result out = repaired(none, "fr", "Le cafe\u0301 et l'\u212Bngstr\u00F6m");
        assertEquals("Le caf\u00E9 et l'\u00C5ngstr\u00F6m", out.paragraphs().get(0));
        assertEquals(2, out.repairs().size(), out.repairs().toString());
        assertRepair(out.repairs().get(0), Repair.Kind.NORMALIZATION, "e\u0301", "\u00E9", out.paragraphs().get(0));
        assertRepair(out.repairs().get(1), Repair.Kind.NORMALIZATION, "\u212B", "\u00C5", out.paragraphs().get(0));
    }

    @Test
    void aRepairOverlappingAnotherBecomesOneWithTheFirstStepsKind() {
        TextRepair knows = new TextRepair((w, l) -> w.equals("internationale"));
        TextRepair.Result out = repaired(knows, "fr", "l'interna-\ntionale\u0301 chante");
        assertEquals("l'international\u00E9 chante", out.paragraphs().get(0));
        assertEquals(1, out.repairs().size(), out.repairs().toString());
        assertRepair(out.repairs().get(0), Repair.Kind.HYPHENATION, "interna-\ntionale\u0301", "international\u00E9",
                out.paragraphs().get(0));
    }

    @Test
    void spansPointIntoTheParagraphsJoinedByBlankLinesPastFoldedWhiteSpace() {
        TextRepair.Result out = repaired(SPELLER, "en", "  Wrapped   line\nand  tab\there. ", "\u200B", "An interna-\n"
                + "tional  inquiry, a well-\nknown  figure.");
        String text = String.join("\n\n", out.paragraphs());
        assertEquals("Wrapped line and tab here.\n\nAn international inquiry, a well-known figure.", text);
        assertEquals(2, out.repairs().size(), "white space folded and an empty paragraph are not reported: "
                + out.repairs());
        assertRepair(out.repairs().get(0), Repair.Kind.HYPHENATION, "interna-\ntional", "international", text);
        assertRepair(out.repairs().get(1), Repair.Kind.COMPOUND_BREAK, "well-\nknown", "well-known", text);
    }

    @Test
    void aCleanTextHasNoRepairs() {
        assertTrue(repaired(SPELLER, "en", "A clean text, with a well-known figure.", "And a second one.")
                .repairs().isEmpty());
    }

    @Test
    void randomInputsGiveRepairsThatPointAtTheirReplacementsAndUndoToTheInput() {
        Random r = new Random(11);
        String alphabet = "abcXYe-\u00AD\n \t.\u0301\u200B\u0007\u00A0\u212B";
        TextRepair repair = new TextRepair((w, l) -> Set.of("ab", "abc", "xab", "bc").contains(w));
        TextRepair none = new TextRepair(WordChecker.none());
        for (int n = 0; n < 3000; n++) {
            List<String> in = new ArrayList<>();
            for (int k = r.nextInt(3) + 1; k > 0; k--) {
                StringBuilder b = new StringBuilder();
                for (int i = r.nextInt(30); i > 0; i--) {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                in.add(b.toString());
            }
            TextRepair.Result out = repair.repair(in, "en", "\n\n");
            String text = String.join("\n\n", out.paragraphs());
            String kept = String.join("\n\n", in.stream().filter(p -> !none.repair(List.of(p), "en").isEmpty()).toList());
            StringBuilder undone = new StringBuilder();
            int at = 0;
            for (Repair rep : out.repairs()) {
                assertTrue(rep.start() >= at, "repairs are in order and apart: " + out.repairs() + " for " + in);
                assertEquals(rep.replacement(), text.substring(rep.start(), rep.end()), in.toString());
                assertFalse(rep.original().equals(rep.replacement()), rep.toString());
                undone.append(text, at, rep.start()).append(rep.original());
                at = rep.end();
            }
            undone.append(text.substring(at));
            // Only white space is changed without a record.
            assertEquals(withoutSpace(kept), withoutSpace(undone.toString()), in.toString());
        }
    }

    private static String withoutSpace(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(c -> b.append((char) c));
        return b.toString();
    }
}
