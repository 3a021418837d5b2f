package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Checks that a speaker phrase made only of the language's function words in lower case names no one: the
 * auxiliary of a passive right after a quoted word ("“learning” is suggested") is no speaker, while a capitalised
 * name that is also a function word ("Will wrote") still is.
 */
class FunctionWordsAreNoSpeakerTest {

    @Test
    void passiveAuxiliaryAfterAQuotedWordIsNoSpeaker() {
        var quotes = find("For example, “learning” and “socialization” are suggested as important motivations.", "en");
        assertNull(quote(quotes, "socialization").speaker());
        assertNull(quote(find("In the survey “learning” is suggested as a motive.", "en"), "learning").speaker());
    }

    @Test
    void capitalisedNameThatIsAlsoAFunctionWordStillSpeaks() {
        assertSpeaker("George Will writes a column.\n\n“The eruption of war is a reminder of what is at stake,” "
                + "Will wrote.", "en", "The eruption", "Will");
    }
}
