package dev.briefly.summarize;

import dev.briefly.text.ArticleText;

/** Opens TextRank's graph-building step to the stage benchmark, which lives in another package. */
public final class SummarizeStages {

    private SummarizeStages() {
    }

    /** Analyses the sentences of {@code article} into terms, builds its similarity graph and returns its edge count. */
    public static int graph(ArticleText article) {
        return TextRankSummarizer.build(article).edges();
    }
}
