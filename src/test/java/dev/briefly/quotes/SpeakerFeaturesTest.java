package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerFeaturesTest {

    private static List<SpeakerChoice> choices(String text, String lang) {
        return new RuleQuoteFinder().speakerChoices(text, lang);
    }

    private static SpeakerCandidate candidate(SpeakerChoice c, String name) {
        for (SpeakerCandidate s : c.candidates()) {
            if (name.equals(s.name())) {
                return s;
            }
        }
        throw new AssertionError(name + " is no candidate of " + c.candidates());
    }

    @Test
    void offersTheRulesPickFirstAndNamesTheRuleThatChoseIt() {
        SpeakerChoice c = choices("“We will win the vote today,” said Jane Doe.", "en").get(0);
        SpeakerCandidate first = c.candidates().get(0);
        assertEquals("Jane Doe", first.name());
        assertTrue(first.features().containsKey("rule"));
        assertTrue(first.features().containsKey("rule:NamedSpeaker"));
        assertTrue(first.features().containsKey("written:name"));
        assertTrue(c.cued());
    }

    @Test
    void marksTheNameAfterAnInvertedCueAsItsObjectInAnyLanguageWithCueLists() {
        SpeakerChoice c = choices("„Wir werden die Wahl heute gewinnen“, sagte Anna Schmidt.", "de").get(0);
        SpeakerCandidate anna = candidate(c, "Anna Schmidt");
        assertTrue(anna.features().containsKey("cue-object&listed&after"), anna.features().toString());
        assertTrue(anna.features().containsKey("cue&tokens:0-2"), anna.features().toString());
    }

    @Test
    void marksTheAddresseeOfACueWhoseSubjectIsWritten() {
        SpeakerChoice c = choices("Jane Doe told John Smith: “We will win the vote today.”", "en").get(0);
        assertTrue(candidate(c, "Jane Doe").features().containsKey("cue-subject"));
        assertTrue(candidate(c, "John Smith").features().containsKey("cue-object&subject-written"));
    }

    @Test
    void offersThePreviousQuotesSpeakerToAQuoteWithoutCue() {
        List<SpeakerChoice> cs = choices("“We will win the vote today,” said Jane Doe.\n“The vote is ours.”", "en");
        SpeakerChoice second = cs.get(1);
        assertFalse(second.cued());
        SpeakerCandidate jane = candidate(second, "Jane Doe");
        assertTrue(jane.features().containsKey("prev"));
        assertTrue(jane.features().containsKey("prev&para-before"));
        assertTrue(jane.features().containsKey("spoke-before"));
    }

    @Test
    void offersToAbstainOnlyWhereTheRulesFoundNoSpeaker() {
        SpeakerChoice named = choices("“We will win the vote today,” said Jane Doe.", "en").get(0);
        assertNotNull(named.candidates().get(named.candidates().size() - 1).name());
        SpeakerChoice alone = choices("The weather was fine.\n“We will win the vote today.”", "en").get(0);
        SpeakerCandidate last = alone.candidates().get(alone.candidates().size() - 1);
        assertNull(last.name());
        assertTrue(last.features().containsKey("abstain&no-cue"));
    }

    @Test
    void leavesOutANameInTheNextParagraph() {
        SpeakerChoice c = choices("The weather was fine.\n“We will win the vote today.”\nJohn Smith disagreed.",
                "en").get(0);
        assertTrue(c.candidates().stream().noneMatch(s -> "John Smith".equals(s.name())), c.toString());
    }

    @Test
    void knowsCountryAndNationalityWordsFromTheLanguageLists() {
        Lexicon en = Lexicon.of("en");
        assertTrue(en.isPlaceWord("canadian"));
        assertTrue(en.isPlaceWord("americans"));
        assertTrue(en.isPlaceWord("us"));
        assertFalse(en.isPlaceWord("doe"));
        assertTrue(Lexicon.of("de").isPlaceWord("deutschland") || Lexicon.of("de").isPlaceWord("deutsche"));
    }
}
