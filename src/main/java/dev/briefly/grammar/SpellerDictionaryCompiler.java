package dev.briefly.grammar;

import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryMetadata;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles, for each LanguageTool variant named, the speller dictionaries LanguageTool would build from its
 * plain-text word lists at run time, into the class output for {@link SpellerDictionaries}; the build runs it after
 * compiling ({@code exec-maven-plugin}, phase {@code process-classes}).
 *
 * <p>It lets LanguageTool build them exactly as at run time, then writes each from LanguageTool's cache, checking
 * that what is read back accepts the same words in the same order and has the same metadata (a variant that fails
 * the check gets no file, and its speller builds its own at run time). Usage: {@code SpellerDictionaryCompiler
 * OUTPUT_ROOT VARIANT...}, e.g. {@code target/classes en-US en-GB}. Not meant for library users.
 */
public final class SpellerDictionaryCompiler {

    private SpellerDictionaryCompiler() {
    }

    /** Writes the compiled dictionaries of the variants {@code args[1..]} under the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: SpellerDictionaryCompiler OUTPUT_ROOT VARIANT...");
        }
        Map<String, Dictionary> cache = SpellerDictionaries.cache();
        if (cache == null) {
            System.err.println("SpellerDictionaryCompiler: LanguageTool's dictionary cache is not reachable; none made");
            return;
        }
        Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String variant = args[i];
            cache.clear();
            Language language = Languages.getLanguageForShortCode(variant);
            SpellingCheckRule speller = language.getDefaultSpellingRule();
            if (speller == null) {
                continue;
            }
            speller.isMisspelled("the");
            Map<String, Dictionary> built = new TreeMap<>(cache);
            if (built.isEmpty()) {
                continue;
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(file);
            out.writeUTF(SpellerDictionaries.MAGIC);
            out.writeUTF(JLanguageTool.VERSION);
            out.writeInt(built.size());
            boolean same = true;
            for (Map.Entry<String, Dictionary> e : built.entrySet()) {
                byte[] metadata = metadata(e.getValue().metadata);
                byte[] fsa = new CFSA2Serializer().serialize(e.getValue().fsa, new ByteArrayOutputStream())
                        .toByteArray();
                Dictionary back = Dictionary.read(new ByteArrayInputStream(fsa), new ByteArrayInputStream(metadata));
                same &= back.metadata.getAttributes().equals(e.getValue().metadata.getAttributes())
                        && sameWords(back.fsa, e.getValue().fsa);
                out.writeUTF(e.getKey());
                SpellerDictionaries.write(out, metadata);
                SpellerDictionaries.write(out, fsa);
            }
            out.flush();
            Path target = root.resolve(SpellerDictionaries.resource(variant).substring(1));
            if (!same) {
                System.err.println("SpellerDictionaryCompiler: " + variant + " does not read back the same; none made");
                Files.deleteIfExists(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            try (OutputStream o = Files.newOutputStream(target)) {
                file.writeTo(o);
            }
        }
    }

    private static byte[] metadata(DictionaryMetadata metadata) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            metadata.write(w);
        }
        return bytes.toByteArray();
    }

    /** Returns whether {@code a} and {@code b} hold the same byte sequences in the same order. */
    private static boolean sameWords(FSA a, FSA b) {
        Iterator<ByteBuffer> i = a.iterator();
        Iterator<ByteBuffer> j = b.iterator();
        while (i.hasNext() && j.hasNext()) {
            if (!i.next().equals(j.next())) {
                return false;
            }
        }
        return !i.hasNext() && !j.hasNext();
    }
}
