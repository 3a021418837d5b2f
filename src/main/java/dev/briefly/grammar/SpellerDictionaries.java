package dev.briefly.grammar;

import morfologik.stemming.Dictionary;
import org.languagetool.JLanguageTool;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Puts the speller dictionaries that {@link SpellerDictionaryCompiler} compiled at build time into LanguageTool's
 * process-wide dictionary cache, so that a speller finds its dictionary there instead of building it.
 *
 * <p>Why: LanguageTool builds the dictionary of its plain-text word lists ({@code spelling.txt},
 * {@code multiwords.txt}, …) in every process and serialises it to its compact form on the way, which takes over a
 * second of CPU for English, a quarter of LanguageTool's start (docs/performance.md). The compiled form is what
 * that serialisation produces, read back exactly as LanguageTool reads it, under the key LanguageTool looks it up
 * by; a file made by another LanguageTool version is ignored, as is any failure (the speller then builds its own,
 * as before). The cache is LanguageTool's private static map, reached by reflection: if a LanguageTool version
 * renames it, nothing is preloaded. Thread-safe (each variant once per process, under this class's lock);
 * LanguageTool's map itself has no lock, so callers preload before the variant's first check.
 */
final class SpellerDictionaries {

    /** First field of a compiled file, so that a file of another layout is never misread. */
    static final String MAGIC = "briefly-speller-dictionaries-1";

    private static final String CACHE_CLASS = "org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller";
    private static final String CACHE_FIELD = "dicPathToDict";
    private static final Set<String> DONE = new HashSet<>();

    private SpellerDictionaries() {
    }

    /** Returns the class-path resource that holds the compiled dictionaries of {@code variant} (e.g. en-US). */
    static String resource(String variant) {
        return "/dev/briefly/grammar/speller-" + variant + ".bin";
    }

    /**
     * Puts the compiled dictionaries of {@code variant} into LanguageTool's cache unless it already holds them;
     * does nothing when there are none for the variant or they do not fit the LanguageTool on the class path.
     */
    static synchronized void preload(String variant) {
        if (DONE.add(variant)) {
            put(variant);
        }
    }

    /**
     * Puts the compiled dictionaries of {@code variant} into LanguageTool's cache where it has none under their
     * key, and returns how many it put; 0 when there are none or they do not fit this LanguageTool.
     */
    static synchronized int put(String variant) {
        Map<String, Dictionary> cache = cache();
        if (cache == null) {
            return 0;
        }
        int put = 0;
        try (InputStream in = SpellerDictionaries.class.getResourceAsStream(resource(variant))) {
            if (in == null) {
                return 0;
            }
            DataInputStream data = new DataInputStream(in);
            if (!MAGIC.equals(data.readUTF()) || !JLanguageTool.VERSION.equals(data.readUTF())) {
                return 0;
            }
            for (int n = data.readInt(); n > 0; n--) {
                String key = data.readUTF();
                byte[] metadata = bytes(data);
                byte[] fsa = bytes(data);
                if (!cache.containsKey(key)) {
                    cache.put(key, Dictionary.read(new ByteArrayInputStream(fsa), new ByteArrayInputStream(metadata)));
                    put++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only a head start: a speller that finds nothing in the cache builds its dictionary itself.
        }
        return put;
    }

    /** Returns LanguageTool's dictionary cache (key: word-list paths and metadata path), or null if unreachable. */
    @SuppressWarnings("unchecked")
    static Map<String, Dictionary> cache() {
        try {
            Field field = Class.forName(CACHE_CLASS).getDeclaredField(CACHE_FIELD);
            field.setAccessible(true);
            return field.get(null) instanceof Map<?, ?> map ? (Map<String, Dictionary>) map : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Writes {@code bytes} with its length, as {@link #bytes(DataInputStream)} reads it. */
    static void write(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (64 << 20)) {
            throw new IOException("bad length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
