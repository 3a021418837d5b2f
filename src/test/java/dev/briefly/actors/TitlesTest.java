package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TitlesTest {

    @Test
    void marksEveryWordOfALongTitleBeforeAName() {
        ArticleState s = after(Titles.class, "en", "On Monday the Secretary of State Rex Tillerson flew home.");
        int secretary = token(s, "Secretary");
        for (String w : new String[] {"Secretary", "of", "State"}) {
            assertEquals(TokenKind.TITLE, s.kind[token(s, w)], w);
            assertEquals(secretary, s.titleStartAt[token(s, w)], w);
        }
        assertEquals(null, s.kind[token(s, "Rex")], "names are left to the next step");
    }

    @Test
    void takesTheDotOfAnAbbreviatedTitle() {
        ArticleState s = after(Titles.class, "en", "Yesterday Mr. Smith left the room.");
        int mr = token(s, "Mr");
        assertEquals(TokenKind.TITLE, s.kind[mr]);
        assertEquals(TokenKind.TITLE, s.kind[mr + 1]);
    }

    @Test
    void leavesATitleBeforeALowerCaseWordOrAnOrganisationWordUnmarked() {
        ArticleState s = after(Titles.class, "en", "The president said nothing. The President Council met.");
        assertFalse(Arrays.asList(s.kind).contains(TokenKind.TITLE));
    }

    @Test
    void marksInflectedHyphenatedAndCompoundTitlesBeforeAName() {
        ArticleState s = after(Titles.class, "de", "Der Antrag des Abgeordneten Sutter kam spät.",
                "Der SPD-Landrat Karl Eyerkaufer und der Sowjetpräsident Michail Gorbatschow kamen.");
        for (String w : new String[] {"Abgeordneten", "SPD-Landrat", "Sowjetpräsident"}) {
            assertEquals(TokenKind.TITLE, s.kind[token(s, w)], w);
        }
        ArticleState en = after(Titles.class, "en", "Then Lieutenant-Colonel Max Marriner spoke.");
        assertEquals(TokenKind.TITLE, en.kind[token(en, "Lieutenant-Colonel")]);
    }

    @Test
    void leavesACompoundUnmarkedWhereNounsDoNotCompound() {
        ArticleState s = after(Titles.class, "en", "The Vicepresident Smith met the Salespresident Jones.");
        assertFalse(Arrays.asList(s.kind).contains(TokenKind.TITLE));
    }
}
