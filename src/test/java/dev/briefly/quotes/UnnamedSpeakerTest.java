package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.SpeakerRules.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UnnamedSpeakerTest {

    private static final UnnamedSpeaker RULE = new UnnamedSpeaker();

    @Test
    void resolvesABareCueToTheLastSubject() {
        assertEquals("Anna Berg", resolve(RULE, "Anna Berg spoke at the rally.\n“We will win,” said on Tuesday.",
                "We will"));
    }

    @Test
    void leavesANamedSpeakerToItsOwnRule() {
        assertNull(resolve(RULE, "Anna Berg spoke.\n“We will win,” said Jane Doe.", "We will"));
    }
}
