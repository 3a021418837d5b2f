package dev.briefly.actors;

import dev.briefly.quotes.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RankingTest {

    private static final String[] TEXT = {"Tom Holt met Anna Berg in the hall.", "Holt left early. Holt came back."};

    @Test
    void ranksTheMostMentionedPersonFirstAndScalesItToOne() {
        ArticleState s = after(Ranking.class, "en", TEXT);
        assertEquals("Tom Holt", s.actors.get(0).name());
        assertEquals(1.0, s.actors.get(0).salience());
    }

    @Test
    void ranksTheQuotedSpeakerFirst() {
        List<Quote> quotes = List.of(new Quote("We won.", 0, 1, "Anna Berg", "said", false, false),
                new Quote("We won again.", 0, 1, "Berg", "said", false, false));
        ArticleState s = after(Ranking.class, "en", quotes, TEXT);
        assertEquals("Anna Berg", s.actors.get(0).name());
    }

    @Test
    void creditsHeSaidToThePersonNamedBefore() {
        ArticleState s = after(Ranking.class, "en", "Tom Holt arrived late.", "He said the train was slow.");
        assertEquals(1, candidate(s, "Tom Holt").credits);
    }

    @Test
    void listsEachActorsMentionsInTextOrder() {
        ArticleState s = after(Ranking.class, "en", TEXT);
        Actor holt = s.actors.get(0);
        assertEquals(List.of("Tom Holt", "Holt", "Holt"), holt.mentions().stream().map(Mention::text).toList());
        assertEquals(holt.mentions().stream().map(Mention::start).sorted().toList(),
                holt.mentions().stream().map(Mention::start).toList());
    }
}
