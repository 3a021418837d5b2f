package dev.briefly.watch;

import dev.briefly.render.Format;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Frames the messages between a {@link ChildPool} and a {@link ChildWorker} over a Unix-domain socket that the
 * parent opens for each child and names in the child's environment ({@value #SOCKET_ENV}).
 *
 * <p>The socket, not stdout, carries the protocol because the JVM itself writes to stdout before and while the
 * child runs (a class-data archive that no longer matches, GC or JIT warnings): such text must never be read as an
 * answer. The child's stdin carries nothing; its end tells the child that the parent is gone.
 *
 * <p>Parent to child: one frame per file, its absolute path. Child to parent: {@code R} once when ready, then per
 * file either {@code O} with the rendered outputs or {@code F} with a reason. Every string is a length-prefixed
 * UTF-8 frame, so any file name (newlines included) travels safely. Stateless; callers own the streams.
 */
final class ChildProtocol {

    /** Environment variable that gives the child the path of the socket to connect to. */
    static final String SOCKET_ENV = "BRIEFLY_WORKER_SOCKET";
    static final int READY = 'R';
    static final int OK = 'O';
    static final int FAILED = 'F';
    private static final int MAX_FRAME = 512 * 1024 * 1024;

    private ChildProtocol() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads a string frame, or returns null at a clean end of stream before the frame. */
    static String readString(DataInputStream in) throws IOException {
        int n;
        try {
            n = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (n < 0 || n > MAX_FRAME) {
            throw new IOException("bad frame length " + n);
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException("frame cut short");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    static void writeOk(DataOutputStream out, Map<Format, String> rendered) throws IOException {
        out.writeByte(OK);
        out.writeInt(rendered.size());
        for (Map.Entry<Format, String> e : rendered.entrySet()) {
            writeString(out, e.getKey().name());
            writeString(out, e.getValue());
        }
        out.flush();
    }

    static void writeFailure(DataOutputStream out, String reason) throws IOException {
        out.writeByte(FAILED);
        writeString(out, reason);
        out.flush();
    }

    /** Reads one answer: the outputs, or throws the child's {@link FileProcessor.Failure}. */
    static Map<Format, String> readAnswer(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind == FAILED) {
            String reason = readString(in);
            throw new FileProcessor.Failure(reason == null ? "worker gave no reason" : reason);
        }
        if (kind != OK) {
            throw new EOFException("worker answered " + kind);
        }
        int n = in.readInt();
        Map<Format, String> out = new EnumMap<>(Format.class);
        for (int i = 0; i < n; i++) {
            String fmt = readString(in);
            String text = readString(in);
            if (fmt == null || text == null) {
                throw new EOFException("answer cut short");
            }
            out.put(Format.valueOf(fmt), text);
        }
        return out;
    }
}
