package dev.briefly.grammar;

import opennlp.tools.postag.POSDictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes an OpenNLP POS tag dictionary ({@link POSDictionary}: word to allowed tags) in a compact binary
 * form, for the POS model of LanguageTool's English chunker ({@link OpenNlpModels}).
 *
 * <p>Why: OpenNLP stores it as 0.85 MB of XML, which a cold JVM parses in 0.1-0.15 s of CPU. Here: magic, version,
 * whether the dictionary is case-sensitive, the distinct tags, then per word its UTF-8 length and its tags as
 * indexes into them, then the words as one UTF-8 blob. The dictionary is rebuilt with {@link POSDictionary}'s own
 * {@code put}, word by word in the original's iteration order, so it is equal ({@link POSDictionary#equals}) to the
 * one OpenNLP reads ({@link OpenNlpModelCompiler} checks this). Every count is checked against the bytes left
 * before anything is allocated; a damaged file fails with an {@link IOException}. Stateless and thread-safe.
 */
public final class CompactTagDictionarySerializer implements ArtifactSerializer<POSDictionary> {

    /** "BTAG" and the layout's version. */
    static final int MAGIC = 0x42544147;
    static final int VERSION = 1;

    /** Makes a serializer; public and without arguments because OpenNLP instantiates it by name. */
    public CompactTagDictionarySerializer() {
    }

    @Override
    public POSDictionary create(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    @Override
    public void serialize(POSDictionary artifact, OutputStream out) throws IOException {
        out.write(write(artifact));
    }

    /** Returns the dictionary that {@code bytes} (written by {@link #write}) hold; throws on any inconsistency. */
    static POSDictionary read(byte[] bytes) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (b.remaining() < 9 || b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new InvalidFormatException("not a compact tag dictionary");
            }
            byte cs = b.get();
            if (cs != 0 && cs != 1) {
                throw new InvalidFormatException("bad case flag " + cs);
            }
            String[] tags = new String[count(b, 4)];
            for (int t = 0; t < tags.length; t++) {
                int n = count(b, 1);
                tags[t] = new String(bytes, b.position(), n, StandardCharsets.UTF_8);
                b.position(b.position() + n);
            }
            int words = count(b, 8);
            int[] lengths = new int[words];
            String[][] tagsOf = new String[words][];
            for (int w = 0; w < words; w++) {
                lengths[w] = count(b, 0);
                String[] own = new String[count(b, 4)];
                for (int k = 0; k < own.length; k++) {
                    int t = b.getInt();
                    if (t < 0 || t >= tags.length) {
                        throw new InvalidFormatException("tag " + t + " out of range");
                    }
                    own[k] = tags[t];
                }
                tagsOf[w] = own;
            }
            POSDictionary dictionary = new POSDictionary(cs == 1);
            int at = b.position();
            for (int w = 0; w < words; w++) {
                if (lengths[w] > bytes.length - at) {
                    throw new InvalidFormatException("word " + w + " runs past the blob");
                }
                dictionary.put(new String(bytes, at, lengths[w], StandardCharsets.UTF_8), tagsOf[w]);
                at += lengths[w];
            }
            if (at != bytes.length) {
                throw new InvalidFormatException("the words do not fill the blob");
            }
            return dictionary;
        } catch (RuntimeException e) {
            throw new InvalidFormatException("damaged compact tag dictionary: " + e, e);
        }
    }

    /** Returns {@code dictionary} in the compact form, its words in its own iteration order. */
    static byte[] write(POSDictionary dictionary) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        List<byte[]> tagBytes = new ArrayList<>();
        List<byte[]> wordBytes = new ArrayList<>();
        List<int[]> tagsOf = new ArrayList<>();
        long size = 9 + 4 + 4;
        for (String word : dictionary) {
            String[] tags = dictionary.getTags(word);
            if (tags == null) {
                throw new IOException("no tags for a word the dictionary lists: " + word);
            }
            int[] own = new int[tags.length];
            for (int k = 0; k < tags.length; k++) {
                own[k] = index.computeIfAbsent(tags[k], t -> {
                    tagBytes.add(t.getBytes(StandardCharsets.UTF_8));
                    return tagBytes.size() - 1;
                });
            }
            byte[] w = word.getBytes(StandardCharsets.UTF_8);
            wordBytes.add(w);
            tagsOf.add(own);
            size += 8 + 4L * own.length + w.length;
        }
        for (byte[] t : tagBytes) {
            size += 4 + t.length;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("dictionary too large for the compact form");
        }
        ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(VERSION).put((byte) (dictionary.isCaseSensitive() ? 1 : 0)).putInt(tagBytes.size());
        for (byte[] t : tagBytes) {
            b.putInt(t.length).put(t);
        }
        b.putInt(wordBytes.size());
        for (int w = 0; w < wordBytes.size(); w++) {
            b.putInt(wordBytes.get(w).length).putInt(tagsOf.get(w).length);
            for (int t : tagsOf.get(w)) {
                b.putInt(t);
            }
        }
        for (byte[] w : wordBytes) {
            b.put(w);
        }
        return b.array();
    }

    /** Reads a count of items of {@code size} bytes each and checks that they fit in what is left. */
    private static int count(ByteBuffer b, int size) throws InvalidFormatException {
        if (b.remaining() < 4) {
            throw new InvalidFormatException("truncated");
        }
        int n = b.getInt();
        if (n < 0 || (long) n * size > b.remaining()) {
            throw new InvalidFormatException("count " + n + " does not fit in " + b.remaining() + " bytes");
        }
        return n;
    }
}
