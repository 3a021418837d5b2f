package dev.briefly.spark;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Reads a folder of documents as article rows that carry only each file's path: the driver lists the files and
 * deals them into as many partitions as the job has tasks, balanced by bytes; each executor task opens its files
 * one after the other ({@link Analyzer}). No file's bytes cross the network or pass through a shuffle.
 */
final class FolderInput {

    /** One listed file: its id (the path under the input folder), full path and size. */
    record Listed(String id, String path, long bytes) implements Serializable {
    }

    private FolderInput() {
    }

    /**
     * Returns the documents under {@code path} (hidden names, starting with "." or "_", skipped as Spark skips
     * them) as rows of {@link Schemas#ARTICLE} in exactly {@code partitions} partitions; an empty file is still an
     * article (with its error).
     */
    static Dataset<Row> read(SparkSession spark, String path, int partitions) {
        List<Listed> files = new ArrayList<>();
        try {
            Path root = new Path(path);
            FileSystem fs = root.getFileSystem(spark.sessionState().newHadoopConf());
            Path qualified = fs.makeQualified(root);
            list(fs, qualified, qualified.toString(), files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        // One element per partition: parallelize then makes partition i of exactly bins.get(i), with no shuffle
        // (the former repartition of a driver-side table cost a stage of its own before any article ran).
        List<List<Listed>> bins = bins(files, partitions);
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(bins, bins.size())
                .flatMap((FlatMapFunction<List<Listed>, Row>) bin -> bin.stream().map(FolderInput::row).iterator());
        return spark.createDataFrame(rows, Schemas.ARTICLE);
    }

    /**
     * Deals {@code files} into {@code count} lists of about equal bytes (largest file first to the lightest list),
     * each in name order: a task's time follows its bytes more than its number of files.
     */
    static List<List<Listed>> bins(List<Listed> files, int count) {
        int n = Math.max(1, count);
        List<List<Listed>> bins = new ArrayList<>();
        long[] bytes = new long[n];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.<Integer>comparingLong(i -> bytes[i]).thenComparingInt(i -> i));
        for (int i = 0; i < n; i++) {
            bins.add(new ArrayList<>());
            lightest.add(i);
        }
        List<Listed> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(Listed::bytes).reversed().thenComparing(Listed::id));
        for (Listed f : bySize) {
            int i = lightest.poll();
            bins.get(i).add(f);
            bytes[i] += Math.max(1, f.bytes()); // an empty file still costs an article
            lightest.add(i);
        }
        bins.forEach(b -> b.sort(Comparator.comparing(Listed::id)));
        return bins;
    }

    private static Row row(Listed f) {
        String name = f.path().substring(f.path().lastIndexOf('/') + 1);
        return RowFactory.create(f.id(), null, null, null, null, null, null, name, null, null, f.path());
    }

    /**
     * Adds the files under {@code dir} to {@code files}, walking with listStatus: FileSystem.listFiles makes a
     * LocatedFileStatus, which on the local file system reads each file's permissions by running "ls -ld" (one
     * process per file, 2,000 processes for 2,000 articles, measured with JFR), while listStatus reads them lazily.
     */
    private static void list(FileSystem fs, Path dir, String base, List<Listed> files) throws IOException {
        FileStatus[] entries = fs.isFile(dir) ? new FileStatus[]{fs.getFileStatus(dir)} : fs.listStatus(dir);
        Arrays.sort(entries, Comparator.comparing(e -> e.getPath().getName()));
        for (FileStatus e : entries) {
            String name = e.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue; // hidden, as Spark skips them
            }
            if (e.isDirectory()) {
                list(fs, e.getPath(), base, files);
            } else {
                String file = e.getPath().toString();
                String relative = file.startsWith(base + "/") ? file.substring(base.length() + 1) : file;
                files.add(new Listed(relative, file, e.getLen()));
            }
        }
    }
}
