package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.token;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseEvidenceTest {

    @Test
    void marksTheFirstWordOfEachSentenceAsInitial() {
        ArticleState s = after(CaseEvidence.class, "en", "Police arrived early. Smith left at noon.");
        assertTrue(s.initial[token(s, "Police")]);
        assertTrue(s.initial[token(s, "Smith")]);
        assertFalse(s.initial[token(s, "arrived")]);
        assertNotEquals(s.sentenceOf[token(s, "Police")], s.sentenceOf[token(s, "Smith")]);
    }

    @Test
    void marksTheWordAfterAnOpeningMarkAsInitial() {
        ArticleState s = after(CaseEvidence.class, "en", "The mayor had one answer: Nobody came to the hall.");
        assertTrue(s.initial[token(s, "Nobody")]);
    }

    @Test
    void treatsASentenceInCapitalsAsCaseless() {
        ArticleState s = after(CaseEvidence.class, "en", "PIRELLI MOVES INTO CHINA",
                "Pirelli said on Friday it would build a plant.");
        assertTrue(s.isCaseless(token(s, "MOVES")));
        assertFalse(s.isCaseless(token(s, "Pirelli")));
    }

    @Test
    void collectsWordsSeenInLowerCaseAndCapitalsMidSentence() {
        ArticleState s = after(CaseEvidence.class, "en", "Security was tight in Paris. The police said security held.");
        assertTrue(s.lowerSeen.contains("security"));
        assertTrue(s.capMid.contains("Paris"));
        assertFalse(s.capMid.contains("Security"), "a sentence opener is no evidence");
    }
}
