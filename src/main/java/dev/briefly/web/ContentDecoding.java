package dev.briefly.web;

import dev.briefly.BrieflyException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a response's {@code Content-Encoding} (gzip, deflate; identity), keeping the byte limit on the decoded
 * size so that a small compressed body cannot inflate into gigabytes. Stateless and thread-safe.
 */
final class ContentDecoding {

    private ContentDecoding() {
    }

    /** Returns {@code body} decoded from {@code encoding} (empty or identity: as is), at most {@code limit} bytes. */
    static byte[] decode(byte[] body, String encoding, long limit) throws BrieflyException {
        String enc = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        if (enc.isEmpty() || enc.equals("identity") || body.length == 0) {
            return body;
        }
        try {
            switch (enc) {
                case "gzip", "x-gzip" -> {
                    return read(new GZIPInputStream(new ByteArrayInputStream(body)), limit);
                }
                case "deflate" -> {
                    // "deflate" is zlib-wrapped by the standard, but some servers send raw deflate.
                    boolean zlib = body.length > 1 && (body[0] & 0x0F) == 8
                            && ((body[0] & 0xFF) << 8 | body[1] & 0xFF) % 31 == 0;
                    Inflater inflater = new Inflater(!zlib);
                    try {
                        return read(new InflaterInputStream(new ByteArrayInputStream(body), inflater), limit);
                    } finally {
                        inflater.end(); // its native memory is not freed by closing the stream it was given to
                    }
                }
                default -> throw new BrieflyException("unsupported Content-Encoding: " + enc);
            }
        } catch (BrieflyException e) {
            throw e;
        } catch (IOException e) {
            throw new BrieflyException("cannot decode the " + enc + " response: " + e.getMessage(), e);
        }
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        try (in) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (out.length > limit) {
                throw new BrieflyException("response too large: decodes to over " + limit
                        + " bytes (the input size limit)");
            }
            return out;
        }
    }
}
