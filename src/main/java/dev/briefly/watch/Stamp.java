package dev.briefly.watch;

import java.nio.file.attribute.FileTime;

/**
 * Holds the size and modification time that tell one version of a file from the next.
 *
 * <p>Immutable and thread-safe.
 */
record Stamp(long size, FileTime mtime) {
}
