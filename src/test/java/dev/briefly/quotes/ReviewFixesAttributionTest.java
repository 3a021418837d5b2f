package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks edge cases of the mechanisms added for the new languages: a quotative particle alone after the
 * quote names nobody (the lead-in before the quote does), the longest listed cue ending on the verb wins even
 * when a shorter longer one is met first, a reported-clause word written with a diacritic still opens a quote,
 * and a capitalised pronoun after a closed quote opens a sentence rather than naming someone.
 */
class ReviewFixesAttributionTest {

    @Test
    void teluguParticleAloneBeforeTheVerbLeavesTheSpeakerToTheLeadIn() {
        assertSpeaker("అమరావతిలో జరిగిన సభలో ముఖ్యమంత్రి ప్రసంగించారు.\n\nముఖ్యమంత్రి చంద్రబాబు నాయుడు మాట్లాడుతూ, "
                + "“రాష్ట్ర అభివృద్ధి కోసం అందరం కలిసి పనిచేద్దాం” అని అన్నారు.", "te", "రాష్ట్ర అభివృద్ధి",
                "చంద్రబాబు నాయుడు");
    }

    @Test
    void hindiLongestListedCueEndingOnTheVerbWins() {
        var q = quote(find("प्रधानमंत्री नरेंद्र मोदी ने ज़ोर देकर कहा, “हम किसानों के साथ खड़े हैं।”", "hi"),
                "हम किसानों");
        assertEquals("ने ज़ोर देकर कहा", q.cue(), q.toString());
        assertEquals("नरेंद्र मोदी", q.speaker(), q.toString());
    }

    @Test
    void capitalisedPronounAfterAClosedQuoteIsNoName() {
        assertSpeaker("Attorney General Loretta Lynch spoke in Washington. Lynch announced the lawsuit on Monday. "
                + "“We are seeking a court order declaring the restriction discriminatory.” She further announced "
                + "that the department kept the right to cut funding.", "en", "We are seeking", "Loretta Lynch");
    }
}
