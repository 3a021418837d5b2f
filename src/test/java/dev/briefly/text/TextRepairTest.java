package dev.briefly.text;

import org.junit.jupiter.api.Test;

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
}
