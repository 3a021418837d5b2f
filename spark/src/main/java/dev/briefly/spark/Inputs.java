package dev.briefly.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha1;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

/**
 * Reads a corpus into rows of {@link Schemas#ARTICLE}: JSON Lines, Parquet, WARC files, or a folder of documents.
 *
 * <p>A row that cannot be read (a malformed JSON line, a record without an id) is kept with its reason in
 * {@code error}, so that it reaches the output as a failed article instead of failing the job.
 */
final class Inputs {

    static final List<String> FORMATS = List.of("jsonl", "parquet", "warc", "folder");
    private static final String CORRUPT = "_corrupt_record";

    private Inputs() {
    }

    /** Returns the input format that {@code path}'s name suggests: a name without a known extension is a folder. */
    static String guessFormat(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (p.endsWith(".jsonl") || p.endsWith(".jsonl.gz") || p.endsWith(".json") || p.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (p.endsWith(".parquet")) {
            return "parquet";
        }
        if (p.endsWith(".warc") || p.endsWith(".warc.gz")) {
            return "warc";
        }
        return "folder";
    }

    /**
     * Returns the articles of {@code options.input}, read as {@code options.inputFormat}; a folder comes in exactly
     * {@code partitions} partitions, balanced by bytes ({@link FolderInput}).
     */
    static Dataset<Row> read(SparkSession spark, JobOptions options, int partitions) {
        return switch (options.inputFormat) {
            case "jsonl" -> jsonLines(spark, options.input);
            case "parquet" -> table(spark.read().parquet(options.input));
            case "warc" -> warc(spark, options.input);
            case "folder" -> FolderInput.read(spark, options.input, partitions);
            default -> throw new IllegalArgumentException("unknown input format " + options.inputFormat);
        };
    }

    private static Dataset<Row> jsonLines(SparkSession spark, String path) {
        StructType schema = new StructType()
                .add("id", DataTypes.StringType).add("url", DataTypes.StringType)
                .add("lang", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("date", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("html", DataTypes.StringType).add(CORRUPT, DataTypes.StringType);
        Dataset<Row> raw = spark.read().schema(schema).option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT).json(path);
        // A malformed line has no id of its own: it gets one from its content, so a rerun names it the same.
        Column badId = concat(lit("malformed:"), substring(sha1(col(CORRUPT)), 1, 12));
        return raw.select(
                coalesce(col("id"), when(col(CORRUPT).isNotNull(), badId)).as("id"),
                col("url"), col("lang"), col("title"), col("date"), col("text"), col("html"),
                lit(null).cast(DataTypes.StringType).as("fileName"),
                lit(null).cast(DataTypes.BinaryType).as("content"),
                when(col(CORRUPT).isNotNull(), lit("malformed JSON line"))
                        .when(col("id").isNull(), lit("the record has no id")).as("error"),
                lit(null).cast(DataTypes.StringType).as("path"));
    }

    /** Maps a table with the JSON Lines columns (Parquet) onto the article layout; absent columns are null. */
    static Dataset<Row> table(Dataset<Row> in) {
        List<String> present = Arrays.asList(in.columns());
        if (!present.contains("id")) {
            throw new IllegalArgumentException("the input table has no 'id' column (columns: " + present + ")");
        }
        Column[] cols = new Column[11];
        String[] names = {"id", "url", "lang", "title", "date", "text", "html"};
        for (int i = 0; i < names.length; i++) {
            cols[i] = present.contains(names[i]) ? col(names[i]).cast(DataTypes.StringType).as(names[i])
                    : lit(null).cast(DataTypes.StringType).as(names[i]);
        }
        cols[7] = lit(null).cast(DataTypes.StringType).as("fileName");
        cols[8] = lit(null).cast(DataTypes.BinaryType).as("content");
        cols[9] = when(col("id").isNull(), lit("the record has no id")).as("error");
        cols[10] = lit(null).cast(DataTypes.StringType).as("path");
        return in.select(cols);
    }

    private static Dataset<Row> warc(SparkSession spark, String path) {
        List<String> files = WarcFiles.list(spark, path);
        Dataset<String> names = spark.createDataset(files, Encoders.STRING()).repartition(Math.max(1, files.size()));
        return names.flatMap((FlatMapFunction<String, Row>) WarcFiles::articles, Encoders.row(Schemas.ARTICLE));
    }
}
