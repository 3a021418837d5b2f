package dev.briefly.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads WARC and WARC.gz files, as Common Crawl publishes them, with jwarc: each HTTP response record whose
 * payload is HTML becomes one article (id: the WARC-Record-ID, url: WARC-Target-URI, date: WARC-Date).
 *
 * <p>Other records (requests, metadata, PDFs, images) are not articles and are left out. A record that cannot be
 * read (a truncated file) becomes an article row with its error, and reading that file stops there. Each file is
 * streamed record by record, never held in memory whole.
 */
final class WarcFiles {

    private WarcFiles() {
    }

    /** Returns the WARC files at {@code path}: the file itself, or the *.warc / *.warc.gz files under the folder. */
    static List<String> list(SparkSession spark, String path) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sessionState().newHadoopConf());
            FileStatus status = fs.getFileStatus(p);
            List<String> files = new ArrayList<>();
            if (status.isFile()) {
                files.add(status.getPath().toString());
                return files;
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
            while (it.hasNext()) {
                String name = it.next().getPath().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
                    files.add(name);
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException(path + ": no .warc or .warc.gz files in this folder");
            }
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the HTML articles of one WARC file as rows of {@link Schemas#ARTICLE}, read lazily on the executor;
     * the iterator closes the file when it reaches the end or an unreadable record.
     */
    static Iterator<Row> articles(String file) throws IOException {
        Path p = new Path(file);
        InputStream in = p.getFileSystem(new Configuration()).open(p);
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            return List.of(unreadable(file, 0, e)).iterator();
        }
        return new Iterator<>() {
            private Row next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    long position = reader.position();
                    try {
                        Optional<WarcRecord> record = reader.next();
                        if (record.isEmpty()) {
                            finish();
                        } else {
                            next = article(record.get());
                        }
                    } catch (IOException | RuntimeException e) {
                        next = unreadable(file, position, e);
                        finish();
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }

            private void finish() {
                done = true;
                try {
                    reader.close();
                } catch (IOException e) {
                    // Nothing more is read from it; a failed close loses nothing.
                }
            }
        };
    }

    private static Row unreadable(String file, long position, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return RowFactory.create(file + "#" + position, null, null, null, null, null, null, null, null,
                "unreadable WARC record at byte " + position + ": " + reason, null);
    }

    private static Row article(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        if (!MediaType.HTTP.equals(response.contentType().base())) {
            return null;
        }
        HttpResponse http = response.http();
        String type = http.contentType().base().toString();
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readAllBytes();
        }
        return RowFactory.create(response.id().toString(), response.target(), null, null,
                response.date().toString(), null, null, "page.html", body, null, null);
    }
}
