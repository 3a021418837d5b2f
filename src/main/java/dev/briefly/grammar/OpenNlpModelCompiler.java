package dev.briefly.grammar;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.util.model.BaseModel;
import opennlp.tools.util.model.GenericModelSerializer;
import org.languagetool.tools.Tools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Converts the OpenNLP models that a LanguageTool class loads into static fields (English: the tokenizer, POS and
 * chunker models of {@code EnglishChunker}) into a form that loads several times faster, for {@link OpenNlpModels};
 * the build runs it after compiling ({@code exec-maven-plugin}, phase {@code process-classes}).
 *
 * <p>Each model stays an OpenNLP model file (a zip of artifacts with a manifest) with the same entries in the same
 * order; only its maxent models ({@code *.model}) and POS tag dictionary ({@code *.tagdict}) are rewritten in a
 * compact binary form ({@link CompactGisSerializer}, {@link CompactTagDictionarySerializer}), named in the
 * manifest by OpenNLP's {@code serializer-class-ENTRY} property; every other byte of the manifest and every other
 * entry is copied. Before writing, the compiler loads the original and the converted file with the field's model
 * class and checks that each converted artifact equals the original's (maxent models with their predicates in the
 * same order); a model that fails the check is left out, and LanguageTool loads it itself at run time. The output
 * is reproducible (fixed entry times, no compression, entries in the original's order).
 *
 * <p>Usage: {@code OpenNlpModelCompiler OUTPUT_ROOT LANG=CLASS:FIELD=RESOURCE,...}, e.g. {@code target/classes
 * en=org.languagetool.chunking.EnglishChunker:tokenModel=/en-token.bin,posModel=/en-pos-maxent.bin}. Not meant for
 * library users.
 */
public final class OpenNlpModelCompiler {

    private OpenNlpModelCompiler() {
    }

    /** Writes the converted models of each {@code args[1..]} under the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: OpenNlpModelCompiler OUTPUT_ROOT LANG=CLASS:FIELD=RESOURCE,...");
        }
        Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String[] langRest = args[i].split("=", 2);
            String[] classFields = langRest[1].split(":", 2);
            Class<?> holder = Class.forName(classFields[0]);
            List<OpenNlpModels.Entry> entries = new ArrayList<>();
            for (String fieldResource : classFields[1].split(",")) {
                String[] fr = fieldResource.split("=", 2);
                Field field = holder.getDeclaredField(fr[0]);
                if (!Modifier.isStatic(field.getModifiers()) || !BaseModel.class.isAssignableFrom(field.getType())) {
                    throw new IllegalArgumentException(fr[0] + " is not a static OpenNLP model field");
                }
                byte[] original;
                try (InputStream in = Tools.getStream(fr[1])) {
                    original = in.readAllBytes();
                }
                try {
                    byte[] converted = convert(original);
                    check(field.getType(), original, converted);
                    entries.add(new OpenNlpModels.Entry(holder.getName(), field.getName(), converted));
                    System.out.printf(java.util.Locale.ROOT, "OpenNlpModelCompiler: %s %s: %d -> %d bytes%n",
                            langRest[0], fr[1], original.length, converted.length);
                } catch (IOException | RuntimeException e) {
                    System.err.println("OpenNlpModelCompiler: " + fr[1] + " left to LanguageTool: " + e);
                }
            }
            Path out = root.resolve(OpenNlpModels.resource(langRest[0]).substring(1));
            Files.createDirectories(out.getParent());
            Files.write(out, OpenNlpModels.write(entries));
        }
    }

    /** Returns the model file {@code original} with its maxent models and tag dictionaries in compact form. */
    static byte[] convert(byte[] original) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(original))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                contents.add(zip.readAllBytes());
            }
        }
        int manifest = names.indexOf("manifest.properties");
        if (manifest < 0) {
            throw new IOException("no manifest");
        }
        StringBuilder extra = new StringBuilder("\n");
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            Class<?> serializer;
            byte[] compact;
            if (name.endsWith(".model")) {
                AbstractModel model = new GenericModelSerializer().create(new ByteArrayInputStream(contents.get(k)));
                compact = CompactGisSerializer.write(model);
                serializer = CompactGisSerializer.class;
            } else if (name.endsWith(".tagdict")) {
                compact = CompactTagDictionarySerializer.write(
                        POSDictionary.create(new ByteArrayInputStream(contents.get(k))));
                serializer = CompactTagDictionarySerializer.class;
            } else {
                continue;
            }
            contents.set(k, compact);
            extra.append("serializer-class-").append(name).append('=').append(serializer.getName()).append('\n');
        }
        byte[] head = contents.get(manifest);
        byte[] tail = extra.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] joined = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, joined, head.length, tail.length);
        contents.set(manifest, joined);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int k = 0; k < names.size(); k++) {
                byte[] content = contents.get(k);
                // Stored: the jar stores the compiled file uncompressed, and a deflate inside would cost time.
                OpenNlpModels.stored(zip, names.get(k), contents.get(k));
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Loads {@code original} and {@code converted} as the model class {@code type} and throws unless every
     * artifact of the original is in the converted model, each converted one equal to the original's and the
     * manifest the same but for the serializer properties.
     */
    static void check(Class<?> type, byte[] original, byte[] converted) throws IOException, ReflectiveOperationException {
        BaseModel a = (BaseModel) type.getConstructor(InputStream.class).newInstance(new ByteArrayInputStream(original));
        BaseModel b = (BaseModel) type.getConstructor(InputStream.class).newInstance(new ByteArrayInputStream(converted));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(original))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                Object x = a.getArtifact(name);
                Object y = b.getArtifact(name);
                if (x == null || y == null) {
                    throw new IOException(name + " missing after loading");
                }
                if (name.equals("manifest.properties")) {
                    Properties p = new Properties();
                    p.putAll((Properties) y);
                    p.keySet().removeIf(k -> k.toString().startsWith("serializer-class-"));
                    if (!p.equals(x)) {
                        throw new IOException("the manifest differs");
                    }
                } else if (name.endsWith(".model")) {
                    Object[] u = ((AbstractModel) x).getDataStructures();
                    Object[] v = ((AbstractModel) y).getDataStructures();
                    if (!x.equals(y) || !Arrays.equals((Object[]) u[0], (Object[]) v[0])
                            || !new ArrayList<>(((java.util.Map<?, ?>) u[1]).keySet())
                                    .equals(new ArrayList<>(((java.util.Map<?, ?>) v[1]).keySet()))) {
                        throw new IOException(name + " differs after conversion");
                    }
                } else if (name.endsWith(".tagdict") && !Objects.equals(x, y)) {
                    throw new IOException(name + " differs after conversion");
                }
            }
        }
    }
}
