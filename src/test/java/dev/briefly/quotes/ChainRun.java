package dev.briefly.quotes;

import dev.briefly.Span;
import dev.briefly.text.SentenceSegmenter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Helpers shared by the step tests: build the state of a tiny text and run the chain up to one step. */
final class ChainRun {

    private ChainRun() {
    }

    /** Returns the state of {@code text}, paragraphs being its lines, before any step ran. */
    static QuoteState state(String text, String language, List<Span> summary, int keyCount) {
        List<Span> paragraphs = RuleQuoteFinder.lines(text);
        List<Span> sentences = new SentenceSegmenter(language).split(text, paragraphs);
        return new QuoteState(text, language, paragraphs, sentences, summary, keyCount);
    }

    /** Returns the state of {@code text} after the chain ran up to and including step {@code last}. */
    static QuoteState through(String text, String language, Class<? extends QuoteStep> last) {
        return through(state(text, language, List.of(), 0), last);
    }

    /** Runs the chain on {@code state} up to and including step {@code last}. */
    static QuoteState through(QuoteState state, Class<? extends QuoteStep> last) {
        for (QuoteStep step : RuleQuoteFinder.CHAIN) {
            step.apply(state);
            if (last.isInstance(step)) {
                return state;
            }
        }
        fail(last + " is not in the chain");
        return state;
    }

    /** Returns the quote of {@code state} whose text starts with {@code prefix}. */
    static QuoteCandidate quote(QuoteState state, String prefix) {
        for (QuoteCandidate q : state.quotes) {
            if (q.text.startsWith(prefix)) {
                return q;
            }
        }
        fail("no quote starting with " + prefix + " in " + state.result());
        return null;
    }
}
