package dev.briefly.quotes;

/** Helpers for the speaker-rule tests: run one rule alone on a quote whose written speaker was read. */
final class SpeakerRules {

    private SpeakerRules() {
    }

    /** Returns the state of {@code text} with the speakers read but none resolved. */
    static QuoteState read(String text) {
        return ChainRun.through(text, "en", ReadSpeakers.class);
    }

    /** Applies {@code rule} alone to the quote starting with {@code quote} and returns its speaker. */
    static String resolve(SpeakerRule rule, QuoteState st, String quote, QuoteCandidate previous) {
        QuoteCandidate q = ChainRun.quote(st, quote);
        rule.apply(st, q, previous);
        return q.speaker;
    }

    /** Applies {@code rule} alone to the quote starting with {@code quote} of {@code text}; returns its speaker. */
    static String resolve(SpeakerRule rule, String text, String quote) {
        return resolve(rule, read(text), quote, null);
    }
}
