package dev.briefly.grammar;

import dev.briefly.Trace;
import org.languagetool.JLanguageTool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Puts the OpenNLP models that {@link OpenNlpModelCompiler} converted at build time into the static fields where
 * LanguageTool keeps them (English: {@code EnglishChunker}'s tokenizer, POS and chunker models), before LanguageTool
 * builds its chunker, so that it finds them there instead of reading its own files.
 *
 * <p>Why: LanguageTool's English chunker reads three OpenNLP models when a process builds its first English checker,
 * about 0.55-0.8 s of CPU on a cold JVM, most of it the POS model's 1 million parameters read one by one
 * (docs/performance.md). The converted models are OpenNLP model objects with the same parameters, built by OpenNLP
 * from a file whose maxent models and tag dictionary load with bulk reads ({@link CompactGisSerializer},
 * {@link CompactTagDictionarySerializer}). A field that is already set is left alone; a file made for another
 * LanguageTool or OpenNLP version is ignored; any other failure prints one warning and leaves the fields that were
 * not set to LanguageTool, which then loads its own models as before. The fields are LanguageTool's private
 * static ones, reached by reflection. Thread-safe: each language once per process, under this class's lock; callers
 * install before they ask LanguageTool for the language's chunker.
 */
final class OpenNlpModels {

    /** First field of a compiled file, so that a file of another layout is never misread. */
    static final String MAGIC = "briefly-opennlp-models-1";

    private static final Set<String> TRIED = new HashSet<>();

    /** One converted model: the class and static field LanguageTool keeps it in, and the converted model file. */
    record Entry(String holder, String field, byte[] model) {
    }

    private OpenNlpModels() {
    }

    /** Returns the class-path resource that holds the converted models of {@code language} (e.g. en). */
    static String resource(String language) {
        return "/dev/briefly/grammar/opennlp-" + language + ".bin";
    }

    /**
     * Puts the converted models of {@code language} (ISO 639-1, e.g. en) into LanguageTool's fields unless this was
     * tried before in this process; does nothing for a language with none.
     */
    static synchronized void install(String language) {
        if (!TRIED.add(language)) {
            return;
        }
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource(language))) {
            if (in != null) {
                int set = install(in);
                Trace.mark("opennlp models installed: " + set);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            System.err.println("briefly: warning: the converted OpenNLP models of '" + language
                    + "' could not be used, LanguageTool loads its own (" + e + ")");
        }
    }

    /**
     * Puts the models of the compiled file {@code in} into the fields it names that are still empty, and returns
     * how many it set; 0 for a file made for another LanguageTool or OpenNLP. Throws on a damaged file or a field
     * that is not there, having set the fields of the models before it.
     */
    static synchronized int install(InputStream in) throws IOException {
        List<Entry> entries = read(in);
        if (entries == null) {
            return 0;
        }
        int set = 0;
        for (Entry e : entries) {
            try {
                Field field = Class.forName(e.holder()).getDeclaredField(e.field());
                if (!Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                    throw new IOException(e.holder() + "." + e.field() + " is not a static, non-final field");
                }
                field.setAccessible(true);
                if (field.get(null) != null) {
                    continue;
                }
                Object model = field.getType().getConstructor(InputStream.class)
                        .newInstance(new ByteArrayInputStream(e.model()));
                field.set(null, model);
                set++;
            } catch (java.lang.reflect.InvocationTargetException x) {
                throw new IOException("cannot load the model for " + e.holder() + "." + e.field() + ": "
                        + x.getCause(), x.getCause());
            } catch (ReflectiveOperationException x) {
                throw new IOException("cannot set " + e.holder() + "." + e.field() + ": " + x, x);
            }
        }
        return set;
    }

    /**
     * Returns the entries of a compiled file, or null if it was made for another LanguageTool or OpenNLP. The file
     * is a zip with stored entries (so that the jar can keep it uncompressed, see the build): first "versions" (the
     * magic, LanguageTool's and OpenNLP's versions, one a line), then one entry per model, named CLASS/FIELD.
     */
    static List<Entry> read(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("versions")) {
                throw new IOException("not a file of converted OpenNLP models");
            }
            String[] versions = new String(zip.readNBytes(1024), StandardCharsets.UTF_8).split("\n", -1);
            if (versions.length != 4 || !MAGIC.equals(versions[0])) {
                throw new IOException("not a file of converted OpenNLP models");
            }
            if (!JLanguageTool.VERSION.equals(versions[1]) || !openNlpVersion().equals(versions[2])) {
                return null;
            }
            List<Entry> entries = new ArrayList<>();
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                int slash = e.getName().indexOf('/');
                if (slash <= 0 || entries.size() >= 64) {
                    throw new IOException("unexpected entry " + e.getName());
                }
                // readAllBytes grows its buffer as bytes arrive: a false size in a short file allocates no more
                // than the file holds.
                entries.add(new Entry(e.getName().substring(0, slash), e.getName().substring(slash + 1),
                        zip.readAllBytes()));
            }
            return entries;
        } catch (RuntimeException e) {
            // ZipInputStream's reaction to some damaged headers (a malformed entry name, for one).
            throw new IOException("damaged file of converted OpenNLP models: " + e, e);
        }
    }

    /** Returns the compiled file of {@code entries}, as {@link #read} reads it; the same bytes for the same models. */
    static byte[] write(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            stored(zip, "versions", (MAGIC + "\n" + JLanguageTool.VERSION + "\n" + openNlpVersion() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Entry e : entries) {
                stored(zip, e.holder() + "/" + e.field(), e.model());
            }
        }
        return bytes.toByteArray();
    }

    /** Adds {@code content} to {@code zip} uncompressed, with a fixed time, as {@code name}. */
    static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(content.length);
        e.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        e.setCrc(crc.getValue());
        // A local time, so that no time zone enters the bytes.
        e.setTimeLocal(LocalDateTime.of(2026, 1, 1, 0, 0));
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    private static String openNlpVersion() {
        return opennlp.tools.util.Version.currentVersion().toString();
    }
}
