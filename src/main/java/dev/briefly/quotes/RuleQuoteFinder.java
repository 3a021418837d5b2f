package dev.briefly.quotes;

import dev.briefly.Span;
import dev.briefly.text.ArticleText;
import dev.briefly.text.SentenceSegmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds direct quotations by their quotation marks and attributes them with per-language speech-cue patterns.
 *
 * <p>Quotes: pairs of the language's quote marks (see {@link QuoteMarks}), the outermost pair of a nest; a
 * quote over several paragraphs where each paragraph opens with a mark and only the last one closes (or the
 * next paragraph only closes) is one quote. A short quoted phrase inside a sentence is a fragment (scare quote).
 * Speakers: "“…,” X said", "X said: “…”", "said X", "according to X", "“…” – X" and their equivalents from
 * {@code resources/<lang>/speech-verbs.txt}, and an unlisted verb known by its ending right beside the quote
 * ({@link GenericCue}); the head of the speaker phrase speaks, not a name modifying a role; bylines and credits
 * never speak ({@link Credits}); pronouns and bare verbs resolve to the most recent person who was a
 * sentence subject or a speaker; surnames to the full name; descriptions stay as they are; a quote without an
 * attribution in the paragraph right after a quote of known speaker inherits that speaker.
 *
 * <p>Key quotes: full quotes ranked by speaker salience, length and overlap with the summary sentences.
 *
 * <p>The work is a chain of steps over one {@link QuoteState} per call, each reading what the steps before it
 * wrote:
 * <ol>
 *   <li>{@link FindQuoteSpans} — reads the text, paragraphs and marks; writes the quotes (spans, paragraphs,
 *       text);</li>
 *   <li>{@link MarkFragments} — reads the quotes and the speech cues around them; writes {@code fragment};</li>
 *   <li>{@link FindMentions} — reads the quote spans; writes {@code names} (tokens, mentions, known people);</li>
 *   <li>{@link CollectSubjects} — reads names and sentences; writes {@code subjects}, {@code groups},
 *       genders;</li>
 *   <li>{@link FindCues} — reads quotes, sentences and names; writes each quote's {@code cue};</li>
 *   <li>{@link ReadSpeakers} — reads the cues and names; writes each quote's {@code written} speaker;</li>
 *   <li>{@link ResolveSpeakers} — runs the {@link SpeakerRule}s on each quote in order; writes
 *       {@code speaker}, {@code spoken} and genders;</li>
 *   <li>{@link RankKeyQuotes} — reads quotes, names and summary; writes {@code key} (skipped when none is
 *       asked for).</li>
 * </ol>
 * Per-language data comes from {@code resources/<lang>/} ({@link Lexicon}, {@link QuoteMarks}); the rest of
 * what differs by language is a {@link QuoteLanguage}.
 *
 * <p>Thread-safe and stateless per call; runs in time linear in the text length (windows around each quote are
 * bounded). Never throws on any input text.
 */
public final class RuleQuoteFinder implements QuoteFinder {

    /** The steps, in the order they run; each reads what the ones before it wrote into the {@link QuoteState}. */
    static final List<QuoteStep> CHAIN = List.of(new FindQuoteSpans(), new MarkFragments(),
            new FindMentions(), new CollectSubjects(), new FindCues(), new ReadSpeakers(), new GluedSpeakers(),
            new ResolveSpeakers(),
            new RankKeyQuotes());
    private static final Map<String, SentenceSegmenter> SEGMENTERS = new ConcurrentHashMap<>();

    /** The learned speaker ranker of a language, or null for the rules alone. */
    private final Function<String, SpeakerModel> rankers;

    /**
     * Creates a finder whose speakers come from the rules, and for a quote without a cue of its own from the
     * learned ranker where the language has weights (as {@link #withPackagedRankers()}: it beat the rules on the
     * files it was not trained on, docs/quotes.md); the language resources are read on first use of each language.
     */
    public RuleQuoteFinder() {
        this(SpeakerModel::of);
    }

    private RuleQuoteFinder(Function<String, SpeakerModel> rankers) {
        this.rankers = rankers;
    }

    /** Returns a finder whose speakers come from the rules alone, in every language (no learned ranker). */
    public static RuleQuoteFinder rulesOnly() {
        return new RuleQuoteFinder(lang -> null);
    }

    /**
     * Returns a finder whose speakers of quotes without a cue of their own come from the learned ranker where the
     * language has weights ({@code resources/<lang>/speaker-weights.txt}, {@link SpeakerModel#of}), and from the
     * rules elsewhere.
     */
    public static RuleQuoteFinder withPackagedRankers() {
        return new RuleQuoteFinder(SpeakerModel::of);
    }

    /** Returns a finder whose speakers come from {@code ranker} in every language (for training and testing). */
    public static RuleQuoteFinder withRanker(SpeakerModel ranker) {
        return new RuleQuoteFinder(lang -> ranker);
    }

    /**
     * Returns each full quote of plain {@code text} with the speaker candidates the ranker chooses among, the
     * speakers as the rules alone resolve them: what {@code briefly eval train-speakers} learns from.
     */
    public List<SpeakerChoice> speakerChoices(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lang = language == null ? "" : language;
        List<Span> paragraphs = lines(text);
        SentenceSegmenter seg = SEGMENTERS.computeIfAbsent(lang, SentenceSegmenter::new);
        QuoteState state = new QuoteState(text, lang, paragraphs, seg.split(text, paragraphs), List.of(), 0);
        state.choices = new ArrayList<>();
        for (QuoteStep step : CHAIN) {
            step.apply(state);
        }
        return state.choices;
    }

    /**
     * Loads, on the calling thread, the word lists and speaker weights that {@link #find} reads for articles in
     * {@code language}, so that a caller who knows the language early can load them beside other work; a
     * {@code find} that arrives during the load waits for it. Thread-safe.
     */
    public void preload(String language) {
        Lexicon.of(language);
        rankers.apply(language);
    }

    @Override
    public List<Quote> find(ArticleText article, List<Integer> summary, int keyCount) {
        List<Span> summarySpans = new ArrayList<>();
        for (int i : summary) {
            if (i >= 0 && i < article.sentences().size()) {
                summarySpans.add(article.sentences().get(i));
            }
        }
        return find(article.text(), article.language(), article.paragraphs(), article.sentences(), summarySpans,
                keyCount);
    }

    /**
     * Returns the quotes of plain {@code text} in {@code language}, paragraphs being its lines; none is key.
     */
    public List<Quote> find(String text, String language) {
        List<Span> paragraphs = lines(text);
        SentenceSegmenter seg = SEGMENTERS.computeIfAbsent(language == null ? "" : language, SentenceSegmenter::new);
        return find(text, language, paragraphs, seg.split(text, paragraphs), List.of(), 0);
    }

    /**
     * Returns the quotes of {@code text} given its paragraph and sentence spans, in document order, the
     * {@code keyCount} best full quotes marked key, ranked partly by overlap with {@code summary} spans.
     */
    public List<Quote> find(String text, String language, List<Span> paragraphs, List<Span> sentences,
                            List<Span> summary, int keyCount) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        QuoteState state = new QuoteState(text, language == null ? "" : language, paragraphs, sentences, summary,
                keyCount);
        state.ranker = rankers.apply(language == null ? "" : language);
        for (QuoteStep step : CHAIN) {
            step.apply(state);
        }
        return state.result();
    }

    /** Splits {@code text} into lines with text on them, the paragraphs of a plain string. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int s = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int a = s;
                int b = i;
                while (a < b && QuoteMarks.isSpace(text.charAt(a))) {
                    a++;
                }
                while (b > a && QuoteMarks.isSpace(text.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    out.add(new Span(a, b));
                }
                s = i + 1;
            }
        }
        return out;
    }
}
