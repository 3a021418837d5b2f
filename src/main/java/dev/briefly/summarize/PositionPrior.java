package dev.briefly.summarize;

import dev.briefly.text.ArticleText;

/**
 * Builds the PageRank personalisation from sentence position: 1/(i+1)^position, boosted for paragraph openers.
 *
 * <p>News puts what matters first (the inverted pyramid) and opens paragraphs with their point. Stateless;
 * thread-safe.
 */
final class PositionPrior {

    private PositionPrior() {
    }

    /**
     * Returns the prior of each sentence of {@code article}, summing to 1.
     *
     * @param position   exponent of the position decay; 0 makes every position equal
     * @param paragraph  extra share for the first sentence of each paragraph; 0 disables it
     */
    static double[] of(ArticleText article, double position, double paragraph) {
        int n = article.sentences().size();
        double[] prior = new double[n];
        double sum = 0;
        int lastParagraph = -2;
        for (int i = 0; i < n; i++) {
            prior[i] = position == 0 ? 1 : 1 / Math.pow(i + 1, position);
            if (paragraph > 0) {
                int p = article.paragraphAt(article.sentences().get(i).start());
                if (p != lastParagraph) {
                    prior[i] *= 1 + paragraph;
                }
                lastParagraph = p;
            }
            sum += prior[i];
        }
        for (int i = 0; i < n; i++) {
            prior[i] /= sum;
        }
        return prior;
    }
}
