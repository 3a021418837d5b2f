package dev.briefly.ingest;

import dev.briefly.BrieflyException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

/**
 * Refuses zip containers (DOCX, XLSX, PPTX, ODT, EPUB, plain zip) that would inflate beyond a size limit or by a
 * ratio only a zip bomb reaches, before any parser sees them.
 *
 * <p>Declared sizes can lie, so every entry is inflated and counted, stopping at the limit: once through the
 * central directory (what {@code ZipFile}-based parsers such as POI read; overlapping entries count each time they
 * are listed) and once through the local headers (what streaming parsers read). Tika switches off POI's own ratio
 * check, so this is the only one. Immutable and thread-safe.
 */
final class ZipGuard {

    /** Inflated size an entry may reach before its compression ratio is judged. */
    static final long RATIO_GRACE_BYTES = 1L << 20;
    /** Largest ratio of inflated to compressed size past the grace; real documents stay far below it. */
    static final int MAX_RATIO = 100;

    private final long maxInflated;

    /** Creates a guard that lets a container inflate to {@code maxInflated} bytes in all. */
    ZipGuard(long maxInflated) {
        if (maxInflated < 1) {
            throw new IllegalArgumentException("maxInflated must be >= 1: " + maxInflated);
        }
        this.maxInflated = maxInflated;
    }

    /** Returns whether {@code bytes} start as a zip archive does (a local file header or an empty archive). */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6);
    }

    /**
     * Inflates every entry of the zip archive {@code bytes} without keeping it and throws if the archive inflates
     * beyond the limit or an entry by more than {@value #MAX_RATIO} to 1. An archive too damaged to read is let
     * through: the parser then reports it in its own words.
     */
    void check(byte[] bytes) throws BrieflyException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.getSize() > maxInflated - total) {
                    throw tooBig();
                }
                if (!zip.canReadEntryData(entry)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    total = drain(in, entry, buffer, total);
                }
            }
        } catch (BrieflyException refused) {
            throw refused;
        } catch (IOException | RuntimeException damaged) {
            // No readable central directory: the streaming pass below still counts what can be inflated.
        }
        total = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", false,
                true)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (in.canReadEntryData(entry)) {
                    total = drain(in, entry, buffer, total);
                }
            }
        } catch (BrieflyException refused) {
            throw refused;
        } catch (IOException | RuntimeException damaged) {
            // What could be read stayed within the limits; the parser reports the damage.
        }
    }

    /** Reads one entry to its end, counting; returns the new total or throws once a limit is passed. */
    private long drain(InputStream in, ZipArchiveEntry entry, byte[] buffer, long total) throws IOException {
        long inflated = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            inflated += n;
            if (total + inflated > maxInflated) {
                throw tooBig();
            }
            if (inflated > RATIO_GRACE_BYTES) {
                long compressed = in instanceof InputStreamStatistics s ? s.getCompressedCount()
                        : entry.getCompressedSize();
                if (compressed > 0 && inflated / compressed > MAX_RATIO) {
                    throw new BrieflyException("document inflates more than " + MAX_RATIO + "-fold ("
                            + printable(entry.getName()) + "; zip bomb?)");
                }
            }
        }
        return total + inflated;
    }

    private BrieflyException tooBig() {
        return new BrieflyException("document inflates beyond " + mb(maxInflated) + " MB (zip bomb?)");
    }

    /** Returns an entry name fit for a one-line message: the archive chose it, so it may hold anything. */
    private static String printable(String name) {
        String s = name == null ? "" : name.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
