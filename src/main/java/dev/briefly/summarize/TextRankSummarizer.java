package dev.briefly.summarize;

import dev.briefly.text.ArticleText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks sentences with TextRank over a BM25-weighted sentence graph (Barrios et al. 2016), with an optional
 * position prior as the PageRank personalisation and maximal-marginal-relevance selection against redundancy.
 *
 * <p>The graph is built sparsely through an inverted index over stemmed terms, so that time grows with the
 * number of shared terms rather than with the square of the number of sentences. The steps, each a class of this
 * package: {@link SentenceTerms} (the language's analysis), {@link TermStatistics}, {@link SentenceGraph} and
 * {@link TermVectors}; then {@link PositionPrior}, {@link PageRank} and {@link CentralityMix}; this class's length
 * and title factors; and {@link SentenceSelector}. Immutable, thread-safe and deterministic.
 */
public final class TextRankSummarizer implements Summarizer {

    /**
     * Holds the tuning of the ranker.
     *
     * @param damping     PageRank damping factor, in (0, 1)
     * @param position    exponent of the position prior 1/(i+1)^position (the PageRank personalisation); 0 disables it
     * @param backward    weight, relative to 1, of the vote a sentence gets from the sentences before it (PacSum's
     *                    asymmetry: a sentence that later ones elaborate on is central); 1 is symmetric, in [0, 1]
     * @param redundancy  MMR weight of the similarity to already chosen sentences, in [0, 1]
     * @param minWords    sentences with fewer words are chosen only when nothing else is left
     * @param length      exponent of the length factor (words / mean words, capped at 1.5); 0 disables it
     * @param paragraph   extra prior, as a share, for the first sentence of each paragraph; 0 disables it
     * @param title       weight of the cosine similarity to the title, when the article has one; 0 disables it
     * @param mix         slope of the document-adaptive mix: the share of prior-free centrality mixed into the
     *                    score is {@code mix × leadRank + mixOffset}, clamped to [0, 1], where leadRank is the
     *                    share of sentences that plain TextRank ranks above the first one; 0 disables the mix
     * @param mixOffset   offset of that share (negative: a lead that is among the most central sentences keeps
     *                    the pure position-prior score)
     */
    public record Options(double damping, double position, double backward, double redundancy, int minWords,
                          double length, double paragraph, double title, double mix, double mixOffset) {

        /** Rejects out-of-range values, naming them. */
        public Options {
            if (!(damping > 0 && damping < 1)) {
                throw new IllegalArgumentException("damping must be > 0 and < 1: " + damping);
            }
            if (!(position >= 0)) {
                throw new IllegalArgumentException("position must be >= 0: " + position);
            }
            if (!(backward >= 0 && backward <= 1)) {
                throw new IllegalArgumentException("backward must be >= 0 and <= 1: " + backward);
            }
            if (!(redundancy >= 0 && redundancy <= 1)) {
                throw new IllegalArgumentException("redundancy must be >= 0 and <= 1: " + redundancy);
            }
            if (minWords < 0) {
                throw new IllegalArgumentException("minWords must be >= 0: " + minWords);
            }
            if (!(length >= 0 && length <= 4)) {
                throw new IllegalArgumentException("length must be >= 0 and <= 4: " + length);
            }
            if (!(paragraph >= 0)) {
                throw new IllegalArgumentException("paragraph must be >= 0: " + paragraph);
            }
            if (!(title >= 0)) {
                throw new IllegalArgumentException("title must be >= 0: " + title);
            }
            if (!(mix >= 0)) {
                throw new IllegalArgumentException("mix must be >= 0: " + mix);
            }
            if (!(mixOffset >= -1 && mixOffset <= 1)) {
                throw new IllegalArgumentException("mixOffset must be >= -1 and <= 1: " + mixOffset);
            }
        }

        /** Returns these options with the position prior and the prior-free centrality mixed by {@code mix}. */
        public Options withMix(double mix, double mixOffset) {
            return new Options(damping, position, backward, redundancy, minWords, length, paragraph, title, mix,
                    mixOffset);
        }

        /** Returns the defaults: the tuning documented in docs/quality.md. */
        public static Options defaults() {
            return new Options(0.85, 1.5, 0, 0.2, 5, 0.3, 1.0, 0, 0, 0);
        }

        /** Returns plain TextRank: no position prior, symmetric edges, no redundancy control, no bonuses. */
        public static Options plain() {
            return new Options(0.85, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** Caps the length factor: longer sentences gain up to 1.5 × the mean length, not more (tuned, docs/quality.md). */
    private static final double LENGTH_CAP = 1.5;

    private final Options options;

    /** Creates a summarizer with the default options. */
    public TextRankSummarizer() {
        this(Options.defaults());
    }

    /** Creates a summarizer with the given options. */
    public TextRankSummarizer(Options options) {
        this.options = options;
    }

    /** Returns the options of this summarizer. */
    public Options options() {
        return options;
    }

    @Override
    public List<ScoredSentence> summarize(ArticleText article, Length length) {
        return summarize(article, length, null);
    }

    @Override
    public List<ScoredSentence> summarize(ArticleText article, Length length, String title) {
        int n = article.sentences().size();
        if (n == 0) {
            return List.of();
        }
        Built built = build(article);
        SentenceGraph g = built.graph();
        int[] words = built.terms().words();
        double[] prior = PositionPrior.of(article, options.position(), options.paragraph());
        double[] scores = PageRank.rank(g, prior, options.damping(), options.backward());
        double max = Arrays.stream(scores).max().orElse(1);
        double share = CentralityMix.share(g, options.damping(), options.mix(), options.mixOffset());
        if (share > 0) {
            // Mix in centrality without the position prior, as far as the lead is not already central:
            // inverted-pyramid articles keep the lead, feature-style ones lean on centrality.
            max = CentralityMix.apply(g, scores, max, share, options.damping(), options.backward());
        }
        double meanWords = Math.max(1, Arrays.stream(words).average().orElse(1));
        double[] titleSim = null;
        if (title != null && !title.isBlank() && options.title() > 0) {
            titleSim = built.vectors().similarity(built.terms().query(title));
        }
        for (int i = 0; i < n; i++) {
            double s = scores[i] / max;
            if (options.length() > 0) {
                // Longer sentences carry more content words; the cap keeps run-on sentences from winning by size.
                s *= Math.pow(Math.min(words[i] / meanWords, LENGTH_CAP), options.length());
            }
            if (titleSim != null) {
                s *= 1 + options.title() * titleSim[i];
            }
            scores[i] = s;
        }
        List<Integer> chosen = new SentenceSelector(options.redundancy(), options.minWords())
                .select(built.vectors(), scores, words, length);
        List<ScoredSentence> out = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            out.add(new ScoredSentence(i, scores[i]));
        }
        out.sort(Comparator.comparingInt(ScoredSentence::index));
        return out;
    }

    /** The sentence graph of an article with what ranking needs besides it. */
    record Built(SentenceTerms terms, SentenceGraph graph, TermVectors vectors) {
        /** Returns the number of stored (directed) edges, so that a benchmark can consume the graph. */
        int edges() {
            return graph.edges();
        }
    }

    /** Analyses the sentences into terms and builds the sparse similarity graph (the stage benchmark times it). */
    static Built build(ArticleText article) {
        SentenceTerms terms = SentenceTerms.of(article);
        TermStatistics stats = new TermStatistics(terms.terms(), terms.vocabulary());
        return new Built(terms, SentenceGraph.build(stats), new TermVectors(stats));
    }
}
