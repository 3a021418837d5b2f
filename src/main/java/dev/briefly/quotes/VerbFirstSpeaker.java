package dev.briefly.quotes;

import dev.briefly.quotes.WrittenSpeaker.Kind;

/**
 * Reads the speaker written right after a speech verb where the language puts the verb first ("وقال السيسي في
 * بيان: «…»", "قال وزير الخارجية سامح شكري إن «…»", "אמר נתניהו: "…""): the words from the verb up to the first
 * word that ends a speaker phrase (a complementizer, a stop word or a listed preposition, {@link
 * Lexicon#endsSpeakerPhrase}), as written. Such scripts have no capitals, so {@link Names} finds no name there;
 * the verb-first order itself says that the phrase is the subject. Used by {@link ReadSpeakers} only for a
 * language flagged {@code verb-first} in {@code speech-writing.txt}. Stateless and thread-safe.
 */
final class VerbFirstSpeaker {

    /** Longest speaker phrase read after a verb, in words ("الرئيس المصري عبد الفتاح السيسي" is five). */
    private static final int MAX_WORDS = 6;

    private VerbFirstSpeaker() {
    }

    /**
     * Returns the speaker phrase opening {@code seg} (the words between a cue and the end of its clause), or null
     * when the clause opens with a word that ends the phrase ("قال في بيان"), another cue, or no letter.
     */
    static WrittenSpeaker read(QuoteState st, Window seg, String cue) {
        int n = 0;
        while (n < seg.words.size() && !st.lex.endsSpeakerPhrase(seg.words.get(n))
                && st.lex.cueAt(seg.words, n) == 0) {
            n++;
        }
        if (n == 0 || n > MAX_WORDS || !Character.isLetter(seg.toks.get(0).text().charAt(0))) {
            return null;
        }
        Tok first = seg.toks.get(0);
        String phrase = st.lex.endings().phrase(st.text.substring(first.start(), seg.toks.get(n - 1).end()),
                st.names.written);
        return new WrittenSpeaker(Kind.NAME, phrase, true, 'p', cue, first.start());
    }
}
