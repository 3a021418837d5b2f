package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordShapeTest {

    @Test
    void readsAcronymsWithDotsAndDigits() {
        assertTrue(WordShape.isAcronym("U.S."));
        assertTrue(WordShape.isAcronym("G7"));
        assertFalse(WordShape.isAcronym("Paris"));
        assertFalse(WordShape.isAcronym("INTERNATIONAL"), "longer than eight characters");
    }

    @Test
    void countsACapitalAfterAShortParticleAsACapital() {
        assertTrue(WordShape.isCap("al-Assad"));
        assertFalse(WordShape.isLowerStart("al-Assad"));
        assertTrue(WordShape.isLowerStart("minister"));
    }

    @Test
    void needsTwoLettersForAllCapitals() {
        assertTrue(WordShape.isAllCaps("NATO"));
        assertFalse(WordShape.isAllCaps("A"));
        assertFalse(WordShape.isAllCaps("Nato"));
    }
}
