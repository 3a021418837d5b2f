package dev.briefly.grammar;

import dev.briefly.Trace;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SentenceTokenizer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lets one LanguageTool build load only the pattern rules that could match the texts it will check, once those
 * texts are known: the build starts at once (Java rules, tagger, speller) and, when LanguageTool asks for its rule
 * files, waits for the texts and is served the files cut down by {@link RuleIndex} to the rules whose word hints
 * the texts' words meet (English {@code grammar.xml}: 8.3 MB, of which a summary needs about a third).
 *
 * <p>A {@code Language} keeps the rules it loaded for the life of its object, so the build gets a {@code Language}
 * object of its own, never the one LanguageTool's registry shares with the rest of the process. The checker it
 * becomes checks a text only while every token of LanguageTool's analysis of it is among the words the rules were
 * chosen for ({@link #covers}); otherwise the check throws {@link Miss} and the caller checks with a full build, so
 * the findings are always those of all the rules ({@code RuleSubsetTest}). Thread-safe: the texts are handed over
 * through a future; the rule files are read on the building thread.
 */
final class RuleSubset {

    /** Whether builds may load a subset of the rules: {@code -Dbriefly.grammar.subset=off} turns it off. */
    static final boolean ENABLED = !"off".equals(System.getProperty("briefly.grammar.subset", "on"));

    /** How long a build waits for its texts before it loads every rule (a pipeline that never checks any). */
    private static final long WAIT_SECONDS = 120;

    /** Whether the served rule files lose their examples ({@link RuleExamples}); for measuring, -Dbriefly.grammar.examples=keep. */
    private static final boolean STRIP_EXAMPLES = !"keep".equals(System.getProperty("briefly.grammar.examples"));

    /** The sentence the preparation checks first to warm the checker; its words are always allowed. */
    static final String WARM_SENTENCE = "This is a sentence.";

    /** Thrown by a check of a text some token of which the rules were not chosen for. */
    static final class Miss extends RuntimeException {
        Miss() {
            super("text outside the rule subset", null, false, false);
        }
    }

    private final String variant;
    private final CompletableFuture<List<String>> texts = new CompletableFuture<>();
    private Language language;
    private RuleIndex index;
    /** The words of the texts, once known; computed once, under {@link #wordsLock}, by whichever thread asks first. */
    private volatile Set<String> words;
    private boolean waited;
    private final Object wordsLock = new Object();
    private volatile boolean cut;
    /** Guards the one preparation of the multi-word lists ({@link MultiWordSubset}). */
    private final Object multiWordLock = new Object();
    private boolean multiWordsStarted;

    /** Makes the subset of a build of {@code variant} (a LanguageTool code such as en-GB); loads nothing yet. */
    RuleSubset(String variant) {
        this.variant = variant;
    }

    /** Returns the LanguageTool code of the variant built. */
    String variant() {
        return variant;
    }

    /** Hands over the texts the build will check first; later calls are ignored. */
    void give(List<String> checked) {
        texts.complete(List.copyOf(checked));
    }

    /**
     * Returns the {@code Language} the build uses: an object of its own when the rules can be cut down (an index
     * for this LanguageTool version, LanguageTool's own resource broker, a default locale that lower-cases as the
     * index did), else the shared one.
     */
    synchronized Language language() {
        if (language == null) {
            Language shared = Languages.getLanguageForShortCode(variant);
            language = shared;
            index = RuleIndex.load(Variants.languageOf(variant));
            if (index != null && lowerCasesAsRoot() && RuleSubsetBroker.install()) {
                try {
                    language = another(shared.getClass());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    index = null;
                }
            } else {
                index = null;
            }
        }
        return language;
    }

    /** Returns whether the rules were cut down for this build (false until its rule files were served). */
    boolean isCut() {
        return cut;
    }

    /**
     * Returns the rule file at {@code path} read from {@code full} (which this method closes), cut down to the
     * rules the texts could need, waiting for the texts; the whole file when it has no index or the texts do not
     * come in time. A segmentation rule file (.srx) is cut to this build's language instead, without waiting
     * ({@link SrxSubset}).
     */
    InputStream serve(String path, InputStream full) {
        RuleIndex.FileIndex f;
        String code;
        synchronized (this) {
            f = index == null ? null : index.file(path);
            code = index == null ? null : language.getShortCode();
        }
        if (code != null && SrxSubset.isSrx(path)) {
            // The segmentation rules of this build's own language object, which only ever segments its language.
            byte[] file = readAll(full);
            byte[] srx = SrxSubset.cut(file, code);
            return new ByteArrayInputStream(srx != null ? srx : file);
        }
        if (f == null) {
            return full;
        }
        // The file is read (inflated from its jar) before the wait: a build that gets here before the texts does
        // this part meanwhile.
        byte[] file = readAll(full);
        Set<String> allowed = words();
        byte[] subset = allowed == null ? null : f.filter(file, allowed);
        if (subset == null) {
            return new ByteArrayInputStream(file);
        }
        cut = true;
        if (STRIP_EXAMPLES) {
            byte[] stripped = RuleExamples.strip(subset);
            subset = stripped != null ? stripped : subset;
        }
        Trace.mark("languagetool rule file cut down: " + path + " " + file.length + " -> " + subset.length);
        return new ByteArrayInputStream(subset);
    }

    /** Returns every byte of {@code in}, which this method closes. */
    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the words the rules are chosen for, waiting for the texts (without holding this object's lock, which
     * {@link #language} takes on the other preparing thread), or null when they did not come.
     */
    private Set<String> words() {
        synchronized (wordsLock) {
            return wordsOnce();
        }
    }

    private Set<String> wordsOnce() {
        if (!waited) {
            waited = true;
            // LanguageTool's sentence start token and the warm-up sentence of the preparation. Tokenised before the
            // wait, which builds the language's tokenizers (its segmentation rules are XML) while the summary is
            // made.
            Set<String> w = new HashSet<>();
            w.add("");
            addWords(w, WARM_SENTENCE);
            List<String> given;
            try {
                given = texts.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException | TimeoutException e) {
                return null;
            }
            for (String t : given) {
                addWords(w, t);
            }
            words = w;
            Trace.mark("languagetool rules chosen for the summary");
        }
        return words;
    }

    private void addWords(Set<String> into, String text) {
        // Made here first, the language's sentence tokenizer reads only its own language's rules (SrxSubset).
        SentenceTokenizer sentences = RuleSubsetBroker.building(this, language::getSentenceTokenizer);
        for (String sentence : sentences.tokenize(text)) {
            for (String token : language.getWordTokenizer().tokenize(sentence)) {
                // LanguageTool lower-cases tokens and hints with the default locale (AnalyzedSentence).
                into.add(token.toLowerCase(Locale.getDefault()));
            }
        }
    }

    /**
     * Returns the words the rules or the multi-word lists were cut down for, or null when nothing was cut; any
     * thread.
     */
    Set<String> allowedWords() {
        return cut ? words : null;
    }

    /** Returns the words of the texts, waiting for them, or null when they did not come; any thread. */
    Set<String> awaitWords() {
        return words();
    }

    /** Records that a part of the build was cut down to the words, so that its checker refuses other texts. */
    void markCut() {
        cut = true;
    }

    /** Returns whether the build has a {@code Language} of its own (after {@link #language}). */
    synchronized boolean ownsLanguage() {
        return index != null;
    }

    /** Returns the lock of the multi-word preparation. */
    Object multiWordLock() {
        return multiWordLock;
    }

    /** Returns true the first time it is called (under {@link #multiWordLock}), then false. */
    boolean startMultiWords() {
        boolean first = !multiWordsStarted;
        multiWordsStarted = true;
        return first;
    }

    /** Returns whether every token of every sentence in {@code analyzed} is among {@code allowed}. */
    static boolean covers(Set<String> allowed, List<AnalyzedSentence> analyzed) {
        for (AnalyzedSentence s : analyzed) {
            if (!allowed.containsAll(s.getTokenSet())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a new object of the language class {@code c}. Many of LanguageTool's language classes let their public
     * constructor run once per process (the registry's object); the constructor they keep for subclasses, which
     * takes a boolean, makes the same object without that check.
     */
    private static Language another(Class<? extends Language> c) throws ReflectiveOperationException {
        try {
            return c.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            Constructor<? extends Language> k = c.getDeclaredConstructor(boolean.class);
            k.setAccessible(true);
            return k.newInstance(true);
        }
    }

    /** Returns whether {@code e} or one of its causes is a {@link Miss}. */
    static boolean isMiss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Miss) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the default locale lower-cases as the root locale does, which the index was built with. */
    private static boolean lowerCasesAsRoot() {
        String probe = "IİÎÌĮÍÏĨJ";
        return probe.toLowerCase(Locale.getDefault()).equals(probe.toLowerCase(Locale.ROOT));
    }
}
