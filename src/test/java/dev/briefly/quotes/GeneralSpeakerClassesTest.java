package dev.briefly.quotes;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * One test per class of speaker error fixed in the round of 2026-12-07 (docs/quotes.md "Speaker errors by class on
 * PolNeAR train"): documents that speak, signature lines under a quote, "read" as a document's cue, a name that
 * completes a description, and a definite description taking up a person introduced without a name; then the
 * review fixes: a phrase in apposition to a name, a dash paragraph that tells rather than signs, "read" with an
 * object of its own. The sentences are written for these tests.
 */
class GeneralSpeakerClassesTest {

    private static final String FARM = "Tom Reed, a dairy farmer, spoke at the hearing in Salem on Monday.\n";

    @Test
    void aDocumentThatSpeaksIsNoPersonMetBefore() {
        assertSpeaker(FARM + "“The plant will stay open for now,” the release said.", "en", "The plant",
                "the release");
        assertSpeaker(FARM + "“Nothing here is settled,” the suit says.", "en", "Nothing here", "the suit");
        assertSpeaker(FARM + "“Sign up before Friday,” the email said.", "en", "Sign up", "the email");
    }

    @Test
    void aCampaignThatSpeaksIsNoPersonMetBefore() {
        assertSpeaker(FARM + "“These attacks will not work,” the campaign wrote on Tuesday.", "en", "These attacks",
                "the campaign");
    }

    @Test
    void aShortParagraphOpeningWithADashSignsTheQuoteAbove() {
        String text = "Fact checkers looked at three claims from the debate.\n"
                + "\"The mill in my town closed because of that deal, and nobody cared.\"\n"
                + "- Anna Keller.\n"
                + "The claim leaves out the years before the deal.\n"
                + "“We have created more jobs here than any governor before me.”\n"
                + "— Governor Tom Brandt, speaking in Dayton.\n"
                + "That figure counts only two years.";
        assertSpeaker(text, "en", "The mill", "Anna Keller");
        assertSpeaker(text, "en", "We have created", "Tom Brandt");
    }

    @Test
    void aLongParagraphOpeningWithADashSignsNothing() {
        String text = "Fact checkers looked at three claims from the debate.\n"
                + "\"The mill in my town closed because of that deal, and nobody cared.\"\n"
                + "- Anna Keller and her neighbours have argued for years that the deal cost the valley its jobs.";
        List<Quote> quotes = find(text, "en");
        assertNull(quote(quotes, "The mill").speaker());
    }

    @Test
    void readIsTheCueOfADocument() {
        assertSpeaker(FARM + "“If he wants to lead, he should come and see,” the editorial read.", "en",
                "If he wants", "the editorial");
        assertSpeaker(FARM + "“Our movement grows every day,” read the email.", "en", "Our movement", "the email");
        // A sign is a thing whose words are read, not the person named before.
        assertSpeaker(FARM + "The sign read: “Closed on Mondays until the end of the summer season.”", "en",
                "Closed on", "The sign");
    }

    @Test
    void aNameAfterAFunctionWordCompletesTheDescription() {
        String text = "Paul Grant runs the campaign's field office in Reno.\n"
                + "“We are short of volunteers,” said a longtime adviser to Grant, who asked not to be named.\n"
                + "“It will be close,” said a spokesman for Sen. Ted Baker.\n"
                + "“We pray for peace,” said the Rev. Peter Wherry.";
        assertSpeaker(text, "en", "We are short", "a longtime adviser to Grant");
        assertSpeaker(text, "en", "It will be", "a spokesman for Sen. Ted Baker");
        assertSpeaker(text, "en", "We pray", "Peter Wherry");
    }

    @Test
    void aDefiniteDescriptionTakesUpAPersonIntroducedWithoutAName() {
        String text = "Senator Dana Cole spoke at the rally in Ames on Saturday.\n"
                + "Outside, Mary Fenn and her husband were greeted by an organizer at the field office.\n"
                + "“You will be our best messengers,” the organizer told them.";
        assertSpeaker(text, "en", "You will be", "the organizer");
        // Without the unnamed introduction, the description is the person met before, as it was.
        String named = "Senator Rand Paul spoke for an hour.\n“We will win,” said the bow-tied maverick.";
        assertEquals("Rand Paul", quote(find(named, "en"), "We will").speaker());
    }

    @Test
    void anIndefinitePhraseInAppositionToANameIsThatPerson() {
        String text = "Tom Banks, an organizer of the march, stood at the gate on Saturday morning with a megaphone.\n"
                + "“We expected far fewer people to come today, honestly,” the organizer said.";
        assertSpeaker(text, "en", "We expected", "Tom Banks");
    }

    @Test
    void aShortDashParagraphThatTellsOfSomeoneSignsNothing() {
        String text = "Mayor John Keller met the union on Friday.\n"
                + "\"Taxes will go down for every working family in this country next year.\"\n"
                + "- Keller left the room before anyone could ask a question.";
        assertNull(quote(find(text, "en"), "Taxes will").cue());
    }

    @Test
    void readWithAnObjectOfItsOwnIsNoCue() {
        String text = "The union met on Friday.\n"
                + "“Nothing in here surprises me at all,” Keller read the report again and frowned.";
        Quote q = quote(find(text, "en"), "Nothing in here");
        assertNull(q.cue());
    }
}
