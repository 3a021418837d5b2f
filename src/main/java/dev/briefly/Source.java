package dev.briefly;

/**
 * Describes where an article came from: file name, detected media type and document metadata.
 *
 * <p>Any field but {@code format} may be null when unknown. Instances are immutable and thread-safe.
 */
public record Source(String fileName, String format, String title, String author, String date) {
}
