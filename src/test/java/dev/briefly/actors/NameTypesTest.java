package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.candidate;
import static dev.briefly.actors.StepTestSupport.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameTypesTest {

    @Test
    void votesTheNameTypeTheDictionaryGives() {
        String text = "Hij woont al jaren in Amsterdam.";
        double cues = vote(candidate(after(Cues.class, "nl", text), "Amsterdam"), ActorType.LOCATION);
        double types = vote(candidate(after(NameTypes.class, "nl", text), "Amsterdam"), ActorType.LOCATION);
        // The Dutch dictionary's own reading (1.5 x 1.5), then the German or Spanish gazetteer's (0.7 x 1.5).
        assertTrue(types - cues >= 1.5 * 1.5, cues + " -> " + types);
    }

    @Test
    void votesPersonForAGivenNameOpeningAName() {
        ArticleState s = after(NameTypes.class, "de", "Gestern kam Hans Wohlberg ins Rathaus.");
        assertTrue(vote(candidate(s, "Hans Wohlberg"), ActorType.PERSON) >= 2.5);
    }

    @Test
    void asksTheGazetteersOfOtherLanguages() {
        ArticleState s = after(NameTypes.class, "en", "The delegation flew on to Amsterdam.");
        assertTrue(vote(candidate(s, "Amsterdam"), ActorType.LOCATION) > 0);
    }

    @Test
    void leansToPersonForAWordNoDictionaryKnows() {
        ArticleState cues = after(Cues.class, "en", "The minister met Zlatkovic in town.");
        ArticleState types = after(NameTypes.class, "en", "The minister met Zlatkovic in town.");
        double before = candidate(cues, "Zlatkovic").prior.get(ActorType.PERSON);
        assertEquals(before + 0.4 * 1.5, candidate(types, "Zlatkovic").prior.get(ActorType.PERSON), 1e-9);
    }

    @Test
    void votesOrganisationForANameOfCommonWordsOnly() {
        ArticleState s = after(NameTypes.class, "en", "Rumours said the Federal Reserve was buying notes.");
        assertEquals(0.5, vote(candidate(s, "Federal Reserve"), ActorType.ORGANIZATION));
        ArticleState nl = after(NameTypes.class, "nl", "Het plan van de Europese Commissie is klaar.");
        assertTrue(vote(candidate(nl, "Europese Commissie"), ActorType.ORGANIZATION) >= 0.5);
    }
}
