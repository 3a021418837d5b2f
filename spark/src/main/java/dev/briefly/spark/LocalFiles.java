package dev.briefly.spark;

import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Hadoop's local file system ({@code file://}) with permissions set through java.nio instead of a {@code chmod}
 * process per file and folder.
 *
 * <p>Without Hadoop's native library (which Spark does not ship), writing a table on local disk runs {@code chmod}
 * for every task folder, Parquet file and checksum file: 275 processes for the four tables of a 2,000-article run
 * (counted with JFR), tens of seconds on a busy machine. Everything else is Hadoop's {@link LocalFileSystem}.
 * The embedded launcher installs it for {@code file://} in local mode ({@link #install}). Thread-safe as Hadoop's is.
 */
public final class LocalFiles extends LocalFileSystem {

    /** The Spark setting that makes Hadoop use this class for {@code file://} paths. */
    static final String SETTING = "spark.hadoop.fs.file.impl";

    /** Creates the file system; Hadoop calls it through the {@code fs.file.impl} setting. */
    public LocalFiles() {
        super(new Raw());
    }

    /** Returns whether Briefly's local file system should be set: in local mode, unless the user chose one. */
    static boolean install(String master, boolean alreadySet) {
        return !alreadySet && master != null && master.startsWith("local");
    }

    /** The raw local file system with {@link #setPermission} done in process. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            String symbols = permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL
                    + permission.getOtherAction().SYMBOL;
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(symbols));
            } catch (UnsupportedOperationException e) {
                super.setPermission(p, permission); // not a POSIX file system: Hadoop's own way
            }
        }
    }
}
