package dev.briefly.summarize;

import dev.briefly.Briefly;
import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextRankMixTest {

    private static final String FEATURE = String.join(" ",
            "Rain fell on the quiet village last night.",
            "The harbour council approved a new budget for the harbour repairs.",
            "The harbour repairs budget covers the old pier and the harbour wall.",
            "Fishermen said the harbour wall repairs and the pier budget were overdue.",
            "The council will publish the harbour budget and the repair plan next week.",
            "A cat slept on a warm step.");

    private static ArticleText article(String text) throws Exception {
        return Briefly.builder().language("en").quotes(0).actors(0).build()
                .extract(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a.txt").text();
    }

    private static List<Integer> indices(TextRankSummarizer.Options o, ArticleText t, int n) {
        return new TextRankSummarizer(o).summarize(t, Length.sentences(n)).stream()
                .map(Summarizer.ScoredSentence::index).toList();
    }

    @Test
    void fullCentralityShareRanksAsIfThereWereNoPositionPrior() throws Exception {
        ArticleText t = article(FEATURE);
        TextRankSummarizer.Options base = TextRankSummarizer.Options.defaults();
        TextRankSummarizer.Options noPrior = new TextRankSummarizer.Options(base.damping(), 0, base.backward(),
                base.redundancy(), base.minWords(), base.length(), 0, 0, 0, 0);
        assertEquals(indices(noPrior, t, 2), indices(base.withMix(1, 1), t, 2));
    }

    @Test
    void mixDropsAPeripheralLeadThatThePriorAloneKeeps() throws Exception {
        ArticleText t = article(FEATURE);
        TextRankSummarizer.Options base = TextRankSummarizer.Options.defaults();
        // The lead sentence shares no word with the rest, so plain TextRank ranks it last: the mix leans on centrality.
        assertEquals(0, indices(base, t, 2).get(0));
        assertNotEquals(0, indices(base.withMix(1.5, -0.2), t, 2).get(0));
    }

    @Test
    void rejectsANegativeMix() {
        assertThrows(IllegalArgumentException.class,
                () -> TextRankSummarizer.Options.defaults().withMix(-1, 0));
    }
}
