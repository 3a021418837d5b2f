package dev.briefly.grammar;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes an OpenNLP maxent (GIS) model in a compact binary form that loads with a few bulk reads, for
 * the OpenNLP models of LanguageTool's English chunker ({@link OpenNlpModels}).
 *
 * <p>Why: OpenNLP's own format stores each of the POS model's ~1 million parameters and each of its ~200,000
 * feature names as a separate {@code DataInputStream} read, which a cold JVM interprets at 0.25-0.35 s of CPU.
 * Here the names are one UTF-8 blob with a length table and the parameters one array of little-endian doubles
 * copied out in one bulk read; the model object is built by {@link GISModel}'s own
 * constructor from the same names, outcome patterns and parameters, in the same order, so it is equal
 * ({@link AbstractModel#equals}) to the one OpenNLP reads. OpenNLP chooses this class for a model entry by the
 * manifest property {@code serializer-class-ENTRY} (its documented extension point), which
 * {@link OpenNlpModelCompiler} writes. Layout (little-endian): magic, version, six counts (outcomes,
 * predicates, patterns, pattern outcomes, parameters, blob bytes), the byte length of each outcome and predicate
 * name, each pattern's predicate count, each pattern's outcome count, all patterns' outcomes, the parameters, the
 * name blob. A reader of untrusted bytes: every count is checked
 * against the bytes left before anything is allocated, so a damaged file fails with an {@link IOException}.
 * Stateless and thread-safe.
 */
public final class CompactGisSerializer implements ArtifactSerializer<AbstractModel> {

    /** "BGIS" and the layout's version: a file of another layout is never misread. */
    static final int MAGIC = 0x42474953;
    static final int VERSION = 1;

    /** Makes a serializer; public and without arguments because OpenNLP instantiates it by name. */
    public CompactGisSerializer() {
    }

    @Override
    public AbstractModel create(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    @Override
    public void serialize(AbstractModel artifact, OutputStream out) throws IOException {
        out.write(write(artifact));
    }

    /** Returns the model that {@code bytes} (written by {@link #write}) hold; throws on any inconsistency. */
    static GISModel read(byte[] bytes) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (b.remaining() < 8 || b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new InvalidFormatException("not a compact GIS model");
            }
            int outcomes = count(b, 4);
            int preds = count(b, 4);
            int patterns = count(b, 8);
            int patternOutcomes = count(b, 4);
            int params = count(b, 8);
            int blob = count(b, 1);
            // Whole tables in bulk: a cold JVM interprets a loop of small reads slowly.
            int[] outcomeLengths = ints(b, outcomes);
            int[] predLengths = ints(b, preds);
            int[] predsOf = ints(b, patterns);
            int[] sizeOf = ints(b, patterns);
            int[] flat = ints(b, patternOutcomes);
            count(b, params, 8);
            double[] values = new double[params];
            b.asDoubleBuffer().get(values);
            b.position(b.position() + params * 8);
            if (b.remaining() != blob) {
                throw new InvalidFormatException("the name blob has " + b.remaining() + " bytes, not " + blob);
            }
            for (int o : flat) {
                if (o < 0 || o >= outcomes) {
                    throw new InvalidFormatException("outcome " + o + " out of range");
                }
            }
            long predTotal = 0;
            long outcomeTotal = 0;
            long paramTotal = 0;
            for (int p = 0; p < patterns; p++) {
                if (predsOf[p] < 0 || sizeOf[p] < 0) {
                    throw new InvalidFormatException("negative count in pattern " + p);
                }
                predTotal += predsOf[p];
                outcomeTotal += sizeOf[p];
                paramTotal += (long) predsOf[p] * sizeOf[p];
            }
            if (predTotal != preds || outcomeTotal != patternOutcomes || paramTotal != params) {
                throw new InvalidFormatException("patterns do not add up to the predicates and parameters");
            }
            int[] at = {b.position()};
            String[] outcomeNames = names(bytes, outcomeLengths, at);
            String[] predNames = names(bytes, predLengths, at);
            if (at[0] != bytes.length) {
                throw new InvalidFormatException("the names do not fill the blob");
            }
            Context[] contexts = new Context[preds];
            int c = 0;
            int o = 0;
            int v = 0;
            for (int p = 0; p < patterns; p++) {
                // One outcome array per pattern, shared by its predicates, as OpenNLP's own reader does.
                int k = sizeOf[p];
                int[] shared = Arrays.copyOfRange(flat, o, o + k);
                o += k;
                for (int j = 0; j < predsOf[p]; j++) {
                    contexts[c++] = new Context(shared, Arrays.copyOfRange(values, v, v + k));
                    v += k;
                }
            }
            return new GISModel(contexts, predNames, outcomeNames);
        } catch (RuntimeException e) {
            // A buffer underflow or the like from bytes that passed the checks above: still only a bad file.
            throw new InvalidFormatException("damaged compact GIS model: " + e, e);
        }
    }

    /**
     * Returns {@code model} in the compact form: its predicates in the model's own order, consecutive predicates
     * that share one outcome array (as OpenNLP's reader builds them from one pattern) written as one pattern.
     */
    static byte[] write(AbstractModel model) throws IOException {
        if (!(model instanceof GISModel)) {
            throw new IOException("not a GIS model: " + model.getClass().getName());
        }
        Object[] data = model.getDataStructures();
        Context[] contexts = (Context[]) data[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        String[] outcomeNames = (String[]) data[2];
        String[] predNames = pmap.keySet().toArray(new String[0]);
        if (predNames.length != contexts.length) {
            throw new IOException("the model has " + predNames.length + " names for " + contexts.length + " contexts");
        }
        List<int[]> patternOutcomes = new ArrayList<>();
        List<Integer> patternPreds = new ArrayList<>();
        long params = 0;
        long flat = 0;
        for (int i = 0; i < contexts.length; i++) {
            Context ctx = contexts[i];
            if (pmap.get(predNames[i]) != ctx || ctx.getParameters().length != ctx.getOutcomes().length) {
                throw new IOException("the model's names and contexts are not in one order at " + i);
            }
            int last = patternOutcomes.size() - 1;
            if (last >= 0 && patternOutcomes.get(last) == ctx.getOutcomes()) {
                patternPreds.set(last, patternPreds.get(last) + 1);
            } else {
                patternOutcomes.add(ctx.getOutcomes());
                patternPreds.add(1);
                flat += ctx.getOutcomes().length;
            }
            params += ctx.getParameters().length;
        }
        byte[][] outcomeBytes = utf8(outcomeNames);
        byte[][] predBytes = utf8(predNames);
        long blob = 0;
        for (byte[] n : outcomeBytes) {
            blob += n.length;
        }
        for (byte[] n : predBytes) {
            blob += n.length;
        }
        long size = 32L + 4L * (outcomeNames.length + predNames.length + 2L * patternOutcomes.size() + flat)
                + 8 * params + blob;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("model too large for the compact form");
        }
        ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(VERSION).putInt(outcomeNames.length).putInt(predNames.length)
                .putInt(patternOutcomes.size()).putInt((int) flat).putInt((int) params).putInt((int) blob);
        for (byte[] n : outcomeBytes) {
            b.putInt(n.length);
        }
        for (byte[] n : predBytes) {
            b.putInt(n.length);
        }
        for (int n : patternPreds) {
            b.putInt(n);
        }
        for (int[] o : patternOutcomes) {
            b.putInt(o.length);
        }
        for (int[] o : patternOutcomes) {
            for (int x : o) {
                b.putInt(x);
            }
        }
        for (Context ctx : contexts) {
            for (double v : ctx.getParameters()) {
                b.putDouble(v);
            }
        }
        for (byte[] n : outcomeBytes) {
            b.put(n);
        }
        for (byte[] n : predBytes) {
            b.put(n);
        }
        return b.array();
    }

    /** Reads a count of items of {@code size} bytes each and checks that they fit in what is left. */
    private static int count(ByteBuffer b, int size) throws InvalidFormatException {
        if (b.remaining() < 4) {
            throw new InvalidFormatException("truncated");
        }
        return count(b, b.getInt(), size);
    }

    /** Checks that {@code n} items of {@code size} bytes each fit in what is left of {@code b}. */
    private static int count(ByteBuffer b, int n, int size) throws InvalidFormatException {
        if (n < 0 || (long) n * size > b.remaining()) {
            throw new InvalidFormatException("count " + n + " does not fit in " + b.remaining() + " bytes");
        }
        return n;
    }

    private static int[] ints(ByteBuffer b, int n) throws InvalidFormatException {
        count(b, n, 4);
        int[] out = new int[n];
        b.asIntBuffer().get(out);
        b.position(b.position() + 4 * n);
        return out;
    }

    /** Decodes one name per length from {@code bytes} at {@code at[0]}, advancing it. */
    private static String[] names(byte[] bytes, int[] lengths, int[] at) throws InvalidFormatException {
        int end = bytes.length;
        String[] out = new String[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            int n = lengths[i];
            if (n < 0 || n > end - at[0]) {
                throw new InvalidFormatException("name " + i + " runs past the blob");
            }
            out[i] = new String(bytes, at[0], n, StandardCharsets.UTF_8);
            at[0] += n;
        }
        return out;
    }

    private static byte[][] utf8(String[] names) {
        byte[][] out = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
