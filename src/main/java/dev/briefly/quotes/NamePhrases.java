package dev.briefly.quotes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the name phrase that ends a stretch of text written without spaces or with particles glued on: the words
 * right before a subject particle or a speech verb ("コメントを求められたミラー氏" → "ミラー氏", "밀러" before "는").
 *
 * <p>An implementation backed by a morphological analyser (kuromoji, smartcn, nori) is used where the language's
 * {@code speech-writing.txt} names one under {@code names:} and its library is on the class path; otherwise
 * {@link ScriptNames} reads the phrase by script alone. Implementations are stateless and thread-safe.
 */
interface NamePhrases {

    /**
     * Returns the name phrase of {@code text} that ends at {@code end}, {@code text.substring(end)} being the
     * particle or verb that follows (empty for none), or null when none ends there.
     */
    String before(String text, int end);

    /**
     * Returns the analyser named in {@code writing}, the lists of {@code language}, or the script rule when none is
     * named or on the class path.
     */
    static NamePhrases of(String language, SpeechWriting writing) {
        for (String name : writing.names()) {
            String cls = Loaded.CLASSES.get(name);
            if (cls != null) {
                NamePhrases found = Loaded.BUILT.computeIfAbsent(language + "/" + name,
                        n -> Loaded.build(cls, language, writing));
                if (found != Loaded.NONE) {
                    return found;
                }
            }
        }
        return new ScriptNames(writing);
    }

    /** The analysers by the key {@code speech-writing.txt} names them with, built once each. */
    final class Loaded {
        static final Map<String, String> CLASSES = Map.of("kuromoji", "dev.briefly.quotes.KuromojiNames",
                "smartcn", "dev.briefly.quotes.SmartcnNames", "nori", "dev.briefly.quotes.NoriNames");
        /** Stands for an analyser whose library is missing. */
        static final NamePhrases NONE = (text, end) -> null;
        static final Map<String, NamePhrases> BUILT = new ConcurrentHashMap<>();

        private Loaded() {
        }

        /** Builds {@code cls} reflectively, so that its library is loaded only for a text in its language. */
        static NamePhrases build(String cls, String language, SpeechWriting writing) {
            try {
                return (NamePhrases) Class.forName(cls).getDeclaredConstructor(String.class, SpeechWriting.class)
                        .newInstance(language, writing);
            } catch (ReflectiveOperationException | LinkageError e) {
                return NONE; // the optional library is not on the class path: the script rule reads the name
            }
        }
    }
}
