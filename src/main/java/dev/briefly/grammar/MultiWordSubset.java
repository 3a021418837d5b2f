package dev.briefly.grammar;

import dev.briefly.Trace;
import org.languagetool.Language;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.MultiWordChunker;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives the disambiguator of a {@link RuleSubset}'s own {@code Language} private copies of its multi-word chunkers
 * whose lists (English: {@code en/multiwords.txt}, 8,209 lines, and {@code spelling_global.txt}, 30,220) hold only
 * the entries that a text made of the subset's words could match.
 *
 * <p>Why: LanguageTool reads each list into hash maps of every entry and its case variants when a process first
 * disambiguates (about 0.25 s of CPU and 150 MB for English, docs/performance.md), for a summary of a few hundred
 * words. LanguageTool caches each chunker process-wide by file and settings ({@code MultiWordChunker.getInstance}),
 * so a cut-down chunker must never enter that cache: the copies are made here, set into the subset language's
 * disambiguator only (whose fields point to the cached instances, which stay as they were for every other
 * {@code Language}), and filled at once on this thread, which {@link RuleSubsetBroker} serves the cut-down lists.
 *
 * <p>Same findings by construction: a list entry can match only where the text's tokens, joined, spell it in one
 * of its letter cases. A text the subset checker accepts has only tokens among the subset's words
 * ({@link RuleSubset#covers}), so an entry is kept when its letters (case folded) can be split into those words
 * ({@link #canBeSpelled}); an entry with characters whose case mapping changes the length, with whitespace other
 * than spaces or with a '#', '/', '(' or similar (comments, LanguageTool's line expansions) is always kept. A
 * list's own separator ("#separatorRegExp=;", French and Spanish) is honoured as LanguageTool honours it. A
 * {@code Language} whose disambiguator has no multi-word chunker is left alone. Thread-safe: one preparation per
 * subset, under the subset's lock for it; any failure leaves the lists whole.
 */
final class MultiWordSubset {

    /** Whether the lists may be cut: {@code -Dbriefly.grammar.multiwords=off} turns it off. */
    static final boolean ENABLED = !"off".equals(System.getProperty("briefly.grammar.multiwords", "on"));

    /** Characters of comments, LanguageTool's line expansions ("Foo/EN") and anything regex-like. */
    private static final String SPECIAL = "#/()[]{}|*?+\\^$";

    private MultiWordSubset() {
    }

    /**
     * Replaces the multi-word chunkers of the disambiguator of {@code subset}'s own {@code Language} by copies with
     * cut-down lists, waiting for the subset's texts; does nothing when the subset has no language of its own or
     * its texts did not come, and only once per subset.
     */
    static void prepare(RuleSubset subset) {
        synchronized (subset.multiWordLock()) {
            if (!subset.startMultiWords() || !ENABLED) {
                return;
            }
            Language lang = subset.language();
            if (!subset.ownsLanguage()) {
                return;
            }
            Set<String> words = subset.awaitWords();
            if (words == null) {
                return;
            }
            Filter filter = Filter.of(words);
            try {
                // Made here first, its XML rules are served cut down to the words too (RuleIndex): a disambiguation
                // rule whose word hints are missing changes no reading.
                Disambiguator disambiguator = RuleSubsetBroker.building(subset, lang::getDisambiguator);
                int copies = copyChunkers(disambiguator, filter, subset);
                if (copies > 0) {
                    Trace.mark("languagetool multi-word lists cut down: " + copies);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Only a saving: a chunker not yet replaced keeps LanguageTool's whole list.
            }
        }
    }

    /**
     * Replaces each multi-word chunker field of {@code d} by a filled copy with its list cut down by {@code filter},
     * marking {@code subset} cut before the first is replaced (so that its checker refuses other texts even if a
     * later copy fails).
     */
    private static int copyChunkers(Disambiguator d, Filter filter, RuleSubset subset)
            throws ReflectiveOperationException {
        int copies = 0;
        for (Class<?> c = d.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType() != MultiWordChunker.class) {
                    continue;
                }
                f.setAccessible(true);
                MultiWordChunker shared = (MultiWordChunker) f.get(d);
                if (shared == null) {
                    continue;
                }
                MultiWordChunker copy = copyOf(shared);
                RuleSubsetBroker.cuttingMultiWords(filter, () -> {
                    try {
                        Method init = MultiWordChunker.class.getDeclaredMethod("lazyInit");
                        init.setAccessible(true);
                        init.invoke(copy);
                        return null;
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
                subset.markCut();
                f.set(d, copy);
                copies++;
            }
        }
        return copies;
    }

    /**
     * Returns a new, empty chunker with the settings and options of {@code shared}: its private constructor with the
     * same settings object, then every other instance field but its maps and its initialised flag.
     */
    private static MultiWordChunker copyOf(MultiWordChunker shared) throws ReflectiveOperationException {
        Field settings = MultiWordChunker.class.getDeclaredField("settings");
        settings.setAccessible(true);
        Constructor<MultiWordChunker> make = MultiWordChunker.class.getDeclaredConstructor(settings.getType());
        make.setAccessible(true);
        MultiWordChunker copy = make.newInstance(settings.get(shared));
        for (Field f : MultiWordChunker.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) || Modifier.isFinal(m) || Map.class.isAssignableFrom(f.getType())
                    || f.getName().equals("initialized")) {
                continue;
            }
            f.setAccessible(true);
            f.set(copy, f.get(shared));
        }
        return copy;
    }

    /** Returns whether {@code s} is an entry that is kept whatever the words: see the class comment. */
    static boolean alwaysKept(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? ASCII_KEPT[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || !caseMapsOneToOne(c)) {
                return true;
            }
        }
        return false;
    }

    /** The ASCII characters that make an entry always kept: SPECIAL and whitespace other than the space. */
    private static final boolean[] ASCII_KEPT = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_KEPT[c] = SPECIAL.indexOf(c) >= 0 || c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    /**
     * Per character: 0 not yet known, 1 its case maps to one character, 2 it does not. Filled as characters are
     * met (two strings per call made English's lists cost 48 MB of garbage, a tenth of a cold run's allocation);
     * a race only computes an entry twice, with the same result. The default locale does not change under a cut:
     * {@link RuleSubset} cuts only where it lower-cases as the index did.
     */
    private static final byte[] ONE_TO_ONE = new byte[Character.MAX_VALUE + 1];

    private static boolean caseMapsOneToOne(char c) {
        if (c < 0x80) {
            return true; // ASCII maps to one character in every locale (Turkish i and I included).
        }
        byte known = ONE_TO_ONE[c];
        if (known == 0) {
            String s = String.valueOf(c);
            Locale locale = Locale.getDefault();
            known = s.toUpperCase(locale).length() == 1 && s.toLowerCase(locale).length() == 1 ? (byte) 1 : (byte) 2;
            ONE_TO_ONE[c] = known;
        }
        return known == 1;
    }

    /** Folds the case of {@code c} one character at a time, so that every letter case of a string folds alike. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The words of a subset, case folded, as a trie; cuts a multi-word list down to the entries they can spell. */
    static final class Filter {

        /** Per node: its children's characters (sorted), their nodes, and whether a word ends at it. */
        private final List<char[]> keys = new ArrayList<>();
        private final List<int[]> next = new ArrayList<>();
        private final List<Boolean> end = new ArrayList<>();

        private Filter() {
            node();
        }

        /** Returns the filter of {@code words} (tokens lower-cased). */
        static Filter of(Set<String> words) {
            Filter f = new Filter();
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                // A word with a character whose case mapping changes the length ("i̇" from "İ") can only spell an
                // entry with such a character, and those are always kept.
                f.add(w);
            }
            return f;
        }

        private int node() {
            keys.add(new char[0]);
            next.add(new int[0]);
            end.add(false);
            return keys.size() - 1;
        }

        private void add(String w) {
            int n = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = fold(w.charAt(i));
                int child = child(n, c);
                if (child < 0) {
                    child = node();
                    char[] k = keys.get(n);
                    int[] x = next.get(n);
                    int at = -Arrays.binarySearch(k, c) - 1;
                    char[] k2 = new char[k.length + 1];
                    int[] x2 = new int[x.length + 1];
                    System.arraycopy(k, 0, k2, 0, at);
                    System.arraycopy(x, 0, x2, 0, at);
                    k2[at] = c;
                    x2[at] = child;
                    System.arraycopy(k, at, k2, at + 1, k.length - at);
                    System.arraycopy(x, at, x2, at + 1, x.length - at);
                    keys.set(n, k2);
                    next.set(n, x2);
                }
                n = child;
            }
            end.set(n, true);
        }

        private int child(int n, char c) {
            int at = Arrays.binarySearch(keys.get(n), c);
            return at < 0 ? -1 : next.get(n)[at];
        }

        /** Returns whether {@code entry}, case folded, is a concatenation of the words. */
        boolean canBeSpelled(String entry) {
            int length = entry.length();
            boolean[] reachable = new boolean[length + 1];
            reachable[0] = true;
            for (int i = 0; i < length; i++) {
                if (!reachable[i]) {
                    continue;
                }
                int n = 0;
                for (int j = i; j < length; j++) {
                    n = child(n, fold(entry.charAt(j)));
                    if (n < 0) {
                        break;
                    }
                    if (end.get(n)) {
                        reachable[j + 1] = true;
                    }
                }
            }
            return reachable[length];
        }

        /**
         * Returns the multi-word list {@code file} (UTF-8, one entry a line, its tag after a tab) with only the lines
         * whose entry the words can spell or that are always kept; comment lines are kept.
         */
        byte[] cut(byte[] file) {
            String text = new String(file, StandardCharsets.UTF_8);
            // LanguageTool splits each line at a tab unless a line "#separatorRegExp=…" names another separator.
            java.util.regex.Pattern separator = null;
            StringBuilder out = new StringBuilder(text.length() / 16);
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int stop = nl < 0 ? text.length() : nl + 1;
                // As LanguageTool reads a line: trimmed (String.trim's notion of space), the entry before the
                // separator (comments are kept with SPECIAL). Found by index, not by substrings and a regular
                // expression per line: the lists have 38,000 lines and run once, mostly interpreted.
                int from = start;
                int to = stop;
                while (from < to && text.charAt(from) <= ' ') {
                    from++;
                }
                while (to > from && text.charAt(to - 1) <= ' ') {
                    to--;
                }
                String entry;
                if (text.startsWith("#separatorRegExp=", from)) {
                    separator = java.util.regex.Pattern.compile(text.substring(from, to).replace("#separatorRegExp=", ""));
                }
                if (separator == null) {
                    // Within the line only: indexOf would run on to the end of the list for a line without a tab.
                    int tab = from;
                    while (tab < to && text.charAt(tab) != '\t') {
                        tab++;
                    }
                    entry = text.substring(from, tab);
                } else {
                    entry = separator.split(text.substring(from, to), 2)[0];
                }
                if (entry.isBlank() || alwaysKept(entry) || canBeSpelled(entry)) {
                    out.append(text, start, stop);
                }
                start = stop;
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
