package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;

/**
 * One test per class of English speaker error fixed in round "qen2" (docs/quotes.md "Speaker errors by class on
 * PolNeAR train, round qen2"). The sentences are written for these tests.
 */
class SpeakerClassesRoundTwoTest {

    @Test
    void aParticipleCueSpeaksForTheSubjectOfTheVerbBeforeIt() {
        assertSpeaker("The hearing ended late on Thursday.\n"
                + "Anna Keller and Tom Brandt will meet again in March, Mark Ostrow said, adding, “They should "
                + "settle this quickly.”", "en", "They should", "Mark Ostrow");
    }
}
