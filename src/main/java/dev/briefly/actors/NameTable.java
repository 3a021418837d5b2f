package dev.briefly.actors;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;

/**
 * Answers the name type and given-name flag of a word form from a compiled gazetteer table: the forms sorted in
 * {@link String#compareTo} order, found by binary search. The table is read with a few bulk copies (no per-row
 * parsing or hashing), because it is read on every cold start: the Dutch one has about 96,000 forms, and building a
 * hash map of them cost more CPU than the rest of the actor stage. Immutable and thread-safe once read.
 *
 * <p>Layout ({@link #write}): {@code int n}, {@code int textBytes}, {@code int[n]} the char offset of each form
 * in the text, {@code byte[n]} each form's answer ({@link #code}), then the forms' UTF-8 text, concatenated.
 */
final class NameTable {

    /** Answer codes: the type's index (0 none, then P, L, O, X) times two, plus one for a given name. */
    private static final ActorType[] TYPES = {null, ActorType.PERSON, ActorType.LOCATION, ActorType.ORGANIZATION,
            ActorType.OTHER};
    private static final Lexicon.Info[] ANSWERS = new Lexicon.Info[TYPES.length * 2];

    static {
        for (int i = 0; i < ANSWERS.length; i++) {
            ANSWERS[i] = new Lexicon.Info(true, true, false, false, TYPES[i / 2], i % 2 == 1, false);
        }
    }

    private final String text;
    private final int[] starts;
    private final byte[] codes;

    private NameTable(String text, int[] starts, byte[] codes) {
        this.text = text;
        this.starts = starts;
        this.codes = codes;
    }

    /** Reads a table written by {@link #write}; the caller closes {@code in}. */
    static NameTable read(InputStream in) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
        int n = b.getInt();
        int textBytes = b.getInt();
        if (n < 0 || textBytes < 0 || b.remaining() != 4L * n + n + textBytes) {
            throw new IOException("not a name table");
        }
        int[] starts = new int[n];
        b.asIntBuffer().get(starts);
        b.position(b.position() + 4 * n);
        byte[] codes = new byte[n];
        b.get(codes);
        String text = new String(b.array(), b.position(), textBytes, StandardCharsets.UTF_8);
        return new NameTable(text, starts, codes);
    }

    /**
     * Writes {@code rows} (form to answer code, {@link #code}) in the table's layout; the caller closes
     * {@code out}. The rows' order must be that of {@link String#compareTo}.
     */
    static void write(SortedMap<String, Integer> rows, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[rows.size()];
        byte[] codes = new byte[rows.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : rows.entrySet()) {
            starts[i] = text.length();
            codes[i++] = (byte) (int) e.getValue();
            text.append(e.getKey());
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(starts.length);
        d.writeInt(utf8.length);
        for (int s : starts) {
            d.writeInt(s);
        }
        d.write(codes);
        d.write(utf8);
        d.flush();
    }

    /** Returns the answer code of a type (null for none) and given-name flag. */
    static int code(ActorType type, boolean firstName) {
        int t = 0;
        while (TYPES[t] != type) {
            t++;
        }
        return t * 2 + (firstName ? 1 : 0);
    }

    /** Returns the number of forms. */
    int size() {
        return starts.length;
    }

    /** Returns the {@code i}-th form in sorted order. */
    String form(int i) {
        return text.substring(starts[i], end(i));
    }

    /** Returns what the table says of {@code form}: its answer, or {@link Lexicon.Info#UNKNOWN} if absent. */
    Lexicon.Info info(String form) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, form);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return ANSWERS[codes[mid]];
            }
        }
        return Lexicon.Info.UNKNOWN;
    }

    private int end(int i) {
        return i + 1 < starts.length ? starts[i + 1] : text.length();
    }

    /** Compares the {@code i}-th form with {@code form} as {@link String#compareTo} would. */
    private int compare(int i, String form) {
        int s = starts[i];
        int len = end(i) - s;
        int n = Math.min(len, form.length());
        for (int k = 0; k < n; k++) {
            char a = text.charAt(s + k);
            char b = form.charAt(k);
            if (a != b) {
                return a - b;
            }
        }
        return len - form.length();
    }
}
