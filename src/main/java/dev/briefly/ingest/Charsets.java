package dev.briefly.ingest;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text bytes in whatever encoding they are in: a byte-order mark wins, then strict UTF-8, then Tika's
 * statistical charset detector.
 *
 * <p>Stateless and thread-safe.
 */
final class Charsets {

    private Charsets() {
    }

    /** Returns whether {@code bytes} are well-formed UTF-8. */
    static boolean isUtf8(byte[] bytes) {
        return strict(StandardCharsets.UTF_8, bytes);
    }

    /** Returns whether {@code bytes} decode in {@code charset} without a malformed or unmappable sequence. */
    static boolean strict(Charset charset, byte[] bytes) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast; // valid UTF-8: malformed input would have produced replacement characters
        }
        try {
            // Most text today is UTF-8; a strict decode tells real U+FFFD characters from malformed bytes.
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, detect(bytes));
        }
    }

    /** Returns the charset Tika's detector finds most likely for {@code bytes}, else windows-1252. */
    static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null) {
            try {
                return Charset.forName(match.getName());
            } catch (RuntimeException unsupported) {
                // fall through to the most common legacy encoding of news text
            }
        }
        return Charset.forName("windows-1252");
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
