package dev.briefly.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextRepairTest {

    private static final WordChecker SMALL_DICTIONARY = (w, l) -> Set.of("international", "investigation", "well",
            "known", "news").contains(w);

    private static String repair(String paragraph) {
        return new TextRepair(SMALL_DICTIONARY).repair(List.of(paragraph), "en").get(0);
    }

    @Test
    void joinsWordBrokenAtLineEnd() {
        assertEquals("an international inquiry", repair("an interna-\ntional inquiry"));
    }

    @Test
    void joinsWordBrokenInsideALineWhenPartsAreNotWords() {
        assertEquals("an investigation into", repair("an investig-ation into"));
    }

    @Test
    void keepsRealCompounds() {
        assertEquals("a well-known face", repair("a well-known face"));
        assertEquals("Bashar al-Assad", repair("Bashar al-Assad"));
    }

    @Test
    void keepsUnknownWordsHyphenated() {
        assertEquals("a zorp-blat thing", repair("a zorp-\nblat thing"));
    }

    @Test
    void usesTheDocumentItselfAsEvidence() {
        List<String> out = new TextRepair(WordChecker.none()).repair(
                List.of("The reconstruction began.", "Its recon-\nstruction took years."), "en");
        assertEquals("Its reconstruction took years.", out.get(1));
    }

    @Test
    void foldsWhiteSpaceAndDropsInvisibleCharacters() {
        assertEquals("a b c", repair("  a\u00A0\u200Bb\t\u0000c  "));
    }
}
