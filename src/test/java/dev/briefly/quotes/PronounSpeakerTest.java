package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.SpeakerRules.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PronounSpeakerTest {

    private static final PronounSpeaker RULE = new PronounSpeaker();

    @Test
    void resolvesHeToTheLastSubject() {
        assertEquals("John Smith", resolve(RULE, "John Smith spoke at the rally.\n“We will win,” he said.", "We will"));
    }

    @Test
    void skipsASubjectOfTheOtherGender() {
        String text = "Mr. John Smith arrived first. Ms. Anna Berg came later.\n“We will win,” he said.";
        assertEquals("John Smith", resolve(RULE, text, "We will"));
    }

    @Test
    void learnsTheGenderOfThePersonItResolvesTo() {
        QuoteState st = SpeakerRules.read("Anna Berg spoke at the rally.\n“We will win,” she said.");
        resolve(RULE, st, "We will", null);
        assertEquals('f', st.names.people.gender("Anna Berg"));
    }

    @Test
    void resolvesItToTheLastOrganisationThatSpoke() {
        String text = "The Health Ministry said the water is safe.\n“We test it daily,” it said.";
        assertEquals("Health Ministry", resolve(RULE, text, "We test"));
    }

    @Test
    void skipsAPlaceOrATeamNamedInTheSentenceBefore() {
        String text = "Stefan Jonsson, the party's director, said it is learning.\n"
                + "But if British Columbia returns to two parties, the Greens may lose.\n“It is going to be bad,” he said.";
        assertEquals("Stefan Jonsson", resolve(RULE, text, "It is going"));
    }

    @Test
    void leavesAPronounWithNoOneBeforeItUnresolved() {
        assertNull(resolve(RULE, "“We will win,” he said.", "We will"));
    }

    @Test
    void resolvesHeToTheOnePersonTheSentenceBeforeNamesEvenWhenNotItsSubject() {
        String text = "“I walk every day,” said John Smith.\n"
                + "Exercise also helped Toronto accountant Peter Brown, 50. “I feel better,” he says.";
        assertEquals("Peter Brown", resolve(RULE, text, "I feel"));
    }

    @Test
    void keepsTheEarlierPersonWhenAPronounBeforeTheNameCarriesHimOn() {
        String text = "John Smith spoke at the rally.\n"
                + "He said the plant, run by his friend Peter Brown, changed the town. “It mattered,” he said.";
        assertEquals("John Smith", resolve(RULE, text, "It mattered"));
    }

    @Test
    void doesNotTakeAPersonNamedOnlyInAPossessive() {
        String text = "John Smith spoke at the rally.\nPeter Brown's dog barked. “It mattered,” he said.";
        assertEquals("John Smith", resolve(RULE, text, "It mattered"));
    }
}
