package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnglishAttributionTest {

    @Test
    void attributesQuoteToNameBeforeSaid() {
        assertSpeaker("Prime Minister Jane Doe visited Paris.\n\n“We will not give in,” Doe said.", "en",
                "We will not give in", "Jane Doe");
    }

    @Test
    void attributesQuoteToNameAfterSaid() {
        assertSpeaker("“The numbers are clear,” said Maria Lopez, an economist at the bank.", "en",
                "The numbers are clear", "Maria Lopez");
    }

    @Test
    void attributesQuoteToFullNameWhenTheSpeakerIsCalledByGivenName() {
        assertSpeaker("Jordan Stewart, 12, plays on the team.\n\n“He is such a great coach,” Jordan said.", "en",
                "He is such a great coach", "Jordan Stewart");
    }

    @Test
    void keepsResolvingAGivenNameToTheFullNameOnLaterUses() {
        String text = "Jordan Stewart, 12, plays on the team.\n\n“He is such a great coach,” Jordan said.\n\n"
                + "Stewart hopes the video helps.\n\n“He never let it show,” Jordan said.";
        assertSpeaker(text, "en", "He is such a great coach", "Jordan Stewart");
        assertSpeaker(text, "en", "He never let it show", "Jordan Stewart");
    }

    @Test
    void learnsNoGivenNameFromATitleCaseHeadline() {
        assertSpeaker("Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton.\n\nPresident Obama "
                + "is rolling out a new appeal.\n\n“Tolerance is on the ballot,” Mr. Obama said.", "en",
                "Tolerance is on the ballot", "Obama");
    }

    @Test
    void resolvesAPortraitDescriptionToThePersonJustNamed() {
        assertSpeaker("Guenther Schuh founded the company in 2015. Schuh is aware of the risks.\n\n"
                + "“I don’t know any carmaker that makes money here,” the lanky, bespectacled professor said.", "en",
                "I don’t know any carmaker", "Guenther Schuh");
    }

    @Test
    void prefersTheTitledPersonToTheTeamBeforeTheTitle() {
        assertSpeaker("The Sharks beat the Edmonton Oilers 7-4.\n\n“They owned us,” said Oilers head coach Ken "
                + "Hitchcock.", "en", "They owned us", "Ken Hitchcock");
    }

    @Test
    void keepsTheGivenNameBillInTheSpeakerBeforeALongApposition() {
        assertSpeaker("City staff met.\n\n\"The situation remains the same,\" Bill Sims, the city's director of "
                + "engineering and public works, said in a statement.", "en", "The situation remains", "Bill Sims");
    }

    @Test
    void givesAnUnattributedQuoteParagraphToThePersonWhoSpokeInTheParagraphBefore() {
        assertSpeaker("But the director of operations, Jeff Fraser, says the system is designed for that.\n\n"
                + "“As we are going to zero, we are already moving resources around.”", "en", "As we are going",
                "Jeff Fraser");
    }

    @Test
    void keepsAGivenNameSharedByTwoPeopleAsWritten() {
        assertSpeaker("Anna Berg and Anna Holm run the shop.\n\n“We open at nine,” Anna said.", "en",
                "We open at nine", "Anna");
    }

    @Test
    void attributesQuoteToSpeakerAfterColon() {
        assertSpeaker("Tom Baker spoke on Monday. Baker said: “It is over. We start again.”", "en",
                "It is over", "Tom Baker");
    }

    @Test
    void attributesQuoteToSpeakerWhoToldReporters() {
        assertSpeaker("“Nothing has changed,” Ali Hassan told reporters in Cairo.", "en", "Nothing has changed",
                "Ali Hassan");
    }

    @Test
    void attributesQuoteByAccordingTo() {
        assertSpeaker("“The vote was rigged,” according to Peter Smith.", "en", "The vote was rigged",
                "Peter Smith");
    }

    @Test
    void attributesQuoteFollowedByDashAndName() {
        assertSpeaker("“Life is what happens while you are busy making other plans.” – John Lennon", "en",
                "Life is what happens", "John Lennon");
    }

    @Test
    void resolvesPronounToMostRecentPerson() {
        assertSpeaker("Anna Berg, the mayor, opened the bridge.\n\n“This took ten years,” she said.", "en",
                "This took ten years", "Anna Berg");
    }

    @Test
    void keepsDescriptionWhenNoNameIsGiven() {
        assertSpeaker("“We expect more strikes,” a senior US official said.", "en", "We expect more strikes",
                "a senior US official");
    }

    @Test
    void givesConsecutiveParagraphsTheSameSpeaker() {
        List<Quote> quotes = find("“The first point is simple,” Lee Chang said.\n\n“The second one is not.”", "en");
        assertEquals("Lee Chang", quote(quotes, "The second one").speaker());
    }

    @Test
    void tellsApostrophesFromQuotes() {
        List<Quote> quotes = find("Assad's forces don't stop. 'We won't leave,' said Omar Ali. The Smiths' dog barked.",
                "en");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("We won't leave", quotes.get(0).text());
        assertEquals("Omar Ali", quotes.get(0).speaker());
    }

    @Test
    void keepsNestedQuoteInsideOuterQuote() {
        List<Quote> quotes = find("“He told me ‘no way’ and left,” Sara Kim said.", "en");
        assertEquals(1, quotes.size(), quotes.toString());
        assertTrue(quotes.get(0).text().contains("‘no way’"));
    }

    @Test
    void marksScareQuotesAsFragments() {
        List<Quote> quotes = find("The ministry hoped for “productive talks”, and warned of “provocations” ahead.", "en");
        assertEquals(2, quotes.size());
        assertTrue(quotes.stream().allMatch(Quote::fragment));
    }

    @Test
    void resolvesDefiniteDescriptionToPersonNamedBefore() {
        assertSpeaker("Andre Campbell draws superheroes. Campbell has cerebral palsy.\n\n"
                + "“I wanted to show that anyone can do it,” says the bow-tied maverick.", "en",
                "I wanted to show", "Andre Campbell");
    }

    @Test
    void keepsRoleDescriptionAsWritten() {
        assertSpeaker("Bill de Blasio spoke on Sunday.\n\n“We do not see a link to terrorism,” the mayor said.", "en",
                "We do not see a link", "the mayor");
    }

    @Test
    void resolvesHeToMostRecentPersonNotKnownAsWoman() {
        assertSpeaker("Mr. Tom Weaver spoke first. Ms. Anna Green listened.\n\n“It is unfair,” he said.", "en",
                "It is unfair", "Tom Weaver");
    }

    @Test
    void learnsGenderFromPronounOpeningNextSentence() {
        assertSpeaker("Lee Finell manages a dairy program. She expects changes.\n\nTom Brown runs a farm. He sells "
                + "milk.\n\n“We will keep promoting milk,” she said.", "en", "We will keep promoting", "Lee Finell");
    }

    @Test
    void attributesQuoteSignedAfterHorizontalBar() {
        assertSpeaker("“He represents our greatest shame.” ― Sonya Herridge", "en", "He represents", "Sonya Herridge");
    }

    @Test
    void readsTitledNameAfterCuePastTheTitleDot() {
        assertSpeaker("“Subpoenas are not optional,” said Rep. Jason Chaffetz, the panel chairman.", "en",
                "Subpoenas are not optional", "Jason Chaffetz");
    }

    @Test
    void treatsATitleInTitleCaseAsAFragment() {
        List<Quote> quotes = find("Patti LaBelle sang “A Change Is Gonna Come” at the opening.\n\n"
                + "His 1995 book, “Legend in the Coal Fields,” sold well.\n\n“We are here,” she said.", "en");
        assertTrue(quote(quotes, "A Change Is Gonna Come").fragment());
        assertTrue(quote(quotes, "Legend in the Coal Fields").fragment());
        assertTrue(!quote(quotes, "We are here").fragment());
    }

    @Test
    void takesNoAdverbialClauseForASpeakerDescription() {
        String text = "“We are very pleased with the first cohort,” says MaRS director Adam Jagelewski. “We are setting "
                + "ourselves up for the second cohort.” While some critics say government should not pay, "
                + "Jagelewski says the premium works.";
        assertSpeaker(text, "en", "We are setting ourselves up", "Adam Jagelewski");
    }

    @Test
    void readsPresentTenseFeatureCuesLikeRemarks() {
        assertSpeaker("Cecil Foster grew up in Barbados.\n\nOnly recently did Foster piece it together. “I never put "
                + "these elements together,” he remarks.", "en", "I never put these elements", "Cecil Foster");
    }
}
