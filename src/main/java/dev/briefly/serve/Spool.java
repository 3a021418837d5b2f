package dev.briefly.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds the bytes of one upload: in memory up to a threshold, past it in a temporary file that {@link #close}
 * deletes, so that requests waiting for a worker do not each hold a whole document in memory (only the workers
 * read one at a time into memory, as the ingester does).
 *
 * <p>Not thread-safe: made by the request's thread, read by one worker, closed by the request's thread when the
 * answer is sent (deleting a file a worker still reads is safe: its open stream keeps it).
 */
final class Spool implements AutoCloseable {

    /** Bytes kept in memory; a larger upload goes to a temporary file. */
    static final int THRESHOLD = 1 << 20;

    private static final String PREFIX = "briefly-upload-";

    private final byte[] memory;
    private final Path file;
    private final long size;

    private Spool(byte[] memory, Path file, long size) {
        this.memory = memory;
        this.file = file;
        this.size = size;
    }

    /** Returns a spool of {@code bytes}, in memory. */
    static Spool of(byte[] bytes) {
        return new Spool(bytes, null, bytes.length);
    }

    /** Tells whether the spool holds only white space; a spool on disk (over the threshold) never counts as blank. */
    boolean isBlank() {
        return memory != null && new String(memory, StandardCharsets.UTF_8).isBlank();
    }

    /**
     * Reads {@code in} to its end (and closes it), in memory up to {@code threshold} bytes, else into a new
     * temporary file in {@code dir} (the system's when null); throws 413 past {@code maxBytes}, leaving no file.
     */
    static Spool read(InputStream in, long maxBytes, int threshold, Path dir) throws IOException, ApiError {
        try (in) {
            byte[] head = in.readNBytes((int) Math.min(threshold, maxBytes + 1));
            if (head.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            if (head.length < threshold) {
                return of(head);
            }
            Path f = dir == null ? Files.createTempFile(PREFIX, ".part") : Files.createTempFile(dir, PREFIX, ".part");
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write(head);
                long n = head.length;
                byte[] buffer = new byte[64 * 1024];
                for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                    n += r;
                    if (n > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, r);
                }
                return new Spool(null, f, n);
            } catch (IOException | ApiError | RuntimeException | Error e) {
                Files.deleteIfExists(f);
                throw e;
            }
        }
    }

    private static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, "input too large: over " + maxBytes + " bytes");
    }

    /** Returns the spool's text, read in {@code from}, as a spool of UTF-8 (the ingester tries UTF-8 first). */
    Spool toUtf8(Charset from) throws IOException {
        if (from.equals(StandardCharsets.UTF_8)) {
            return this;
        }
        if (memory != null) {
            return of(new String(memory, from).getBytes(StandardCharsets.UTF_8));
        }
        Path f = Files.createTempFile(file.getParent(), PREFIX, ".part");
        try (Reader r = new java.io.InputStreamReader(open(), from);
             Writer w = new java.io.OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.UTF_8)) {
            r.transferTo(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(f);
            throw e;
        }
        close();
        return new Spool(null, f, Files.size(f));
    }

    /** Opens the bytes; the caller closes the stream. */
    InputStream open() throws IOException {
        return memory != null ? new ByteArrayInputStream(memory) : Files.newInputStream(file);
    }

    /** Returns the number of bytes. */
    long size() {
        return size;
    }

    /** Returns the temporary file, or null when the bytes are in memory. */
    Path file() {
        return file;
    }

    /** Deletes the temporary file, if any. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
