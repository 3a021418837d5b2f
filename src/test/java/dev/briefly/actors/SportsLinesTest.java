package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.candidate;
import static dev.briefly.actors.StepTestSupport.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SportsLinesTest {

    @Test
    void readsATownBeforeAScoreInALineOfFiguresAsATeam() {
        ArticleState s = after(Cues.class, "en", "Essex 532 and 41 for 2 Northampton 186");
        assertEquals(3.0, vote(candidate(s, "Essex"), ActorType.ORGANIZATION));
    }

    @Test
    void readsBothSidesOfVersusAsTeams() {
        ArticleState s = after(Cues.class, "en", "Play resumed in Essex v Kent on Monday.");
        assertEquals(3.0, vote(candidate(s, "Essex"), ActorType.ORGANIZATION));
        assertEquals(3.0, vote(candidate(s, "Kent"), ActorType.ORGANIZATION));
    }

    @Test
    void leavesAPlayerWithAnInitialInAScorecardAlone() {
        ArticleState s = after(Cues.class, "en", "Essex 532 ( C. Lewis 94 , N. Hussain 60 )");
        assertEquals(0.0, vote(candidate(s, "C. Lewis"), ActorType.ORGANIZATION));
    }

    @Test
    void takesOnlyOneToThreeDigitsForAScore() {
        assertTrue(SportsLines.isScore("468"));
        assertFalse(SportsLines.isScore("1996"));
        assertFalse(SportsLines.isScore("4a"));
    }
}
