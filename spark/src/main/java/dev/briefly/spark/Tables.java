package dev.briefly.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import scala.jdk.javaapi.CollectionConverters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

/**
 * Writes the four output tables under the output folder, each partitioned by language: summaries/, quotes/,
 * actors/ and the corpus-level speakers/.
 */
final class Tables {

    static final List<String> NAMES = List.of("summaries", "quotes", "actors", "speakers");
    /** Organisations listed per speaker in speakers/. */
    static final int TOP_ORGANISATIONS = 5;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Tables() {
    }

    /** Returns the output tables that already exist under {@code output} (what --mode error refuses). */
    static List<String> existing(SparkSession spark, String output) {
        List<String> found = new ArrayList<>();
        try {
            Path out = new Path(output);
            FileSystem fs = out.getFileSystem(spark.sessionState().newHadoopConf());
            for (String name : NAMES) {
                if (fs.exists(new Path(out, name))) {
                    found.add(new Path(out, name).toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** Writes the tables made from {@code results} (rows of {@link Schemas#RESULT}). */
    static void write(Dataset<Row> results, JobOptions options) {
        Dataset<Row> summaries = results.drop("quotes", "actors");
        Dataset<Row> quotes = results.select(col("id").as("article_id"), col("language"), col("date"),
                        explode(col("quotes")).as("q"))
                .select(col("article_id"), col("language"), col("q.text").as("text"), col("q.speaker").as("speaker"),
                        col("q.cue").as("cue"), col("q.key").as("key"), col("q.fragment").as("fragment"),
                        col("q.start").as("start"), col("q.end").as("end"), col("date"));
        Dataset<Row> actors = results.select(col("id").as("article_id"), col("language"),
                        explode(col("actors")).as("a"))
                .select(col("article_id"), col("language"), col("a.name").as("name"), col("a.type").as("type"),
                        col("a.role").as("role"), col("a.salience").as("salience"),
                        col("a.mentions").as("mentions"), col("a.spans").as("spans"));
        save(summaries, options, "summaries");
        save(quotes.drop("date"), options, "quotes");
        save(actors, options, "actors");
        save(speakers(quotes, actors), options, "speakers");
    }

    /**
     * Returns one row per speaker and language: quotes, articles, first and last date, and the organisations
     * most often named in the articles that quote them. Speakers are merged by a normalised key: the name with
     * its spaces collapsed and trimmed, in lower case; the name shown is the spelling used most often.
     */
    static Dataset<Row> speakers(Dataset<Row> quotes, Dataset<Row> actors) {
        // A Java function, not Spark's lower(): its ICU case mapping fills a table of all 1.1 million code points
        // the first time it runs in a JVM, about 4 CPU s with C1 (JFR), for a few hundred names.
        Column key = udf((UDF1<String, String>) Tables::speakerKey, DataTypes.StringType).apply(col("speaker"));
        Dataset<Row> attributed = quotes.where(col("speaker").isNotNull()).withColumn("key", key)
                .where(col("key").notEqual(""));
        Dataset<Row> counts = attributed.groupBy(col("language"), col("key")).agg(
                mode(col("speaker")).as("speaker"), count("*").as("quotes"),
                countDistinct(col("article_id")).as("articles"),
                min(col("date")).as("first_date"), max(col("date")).as("last_date"));
        Dataset<Row> organisations = actors.where(col("type").equalTo("ORGANIZATION"))
                .select(col("article_id"), col("name").as("organisation")).distinct();
        Dataset<Row> named = attributed.select("language", "key", "article_id").distinct()
                .join(organisations, "article_id")
                .groupBy("language", "key", "organisation").agg(count("*").as("n"))
                .withColumn("rank", row_number().over(Window.partitionBy("language", "key")
                        .orderBy(col("n").desc(), col("organisation"))))
                .where(col("rank").leq(TOP_ORGANISATIONS))
                .groupBy("language", "key")
                .agg(sort_array(collect_list(struct(col("rank"), col("organisation").as("name"),
                        col("n").as("articles")))).as("ranked"))
                .select(col("language"), col("key"), col("ranked.name").as("top_organisations"),
                        col("ranked.articles").as("top_organisation_articles"));
        return counts.join(named, CollectionConverters.asScala(List.of("language", "key")).toSeq(), "left")
                .select(col("speaker"), col("key"), col("quotes"), col("articles"), col("first_date"),
                        col("last_date"), col("top_organisations"), col("top_organisation_articles"),
                        col("language"));
    }

    /** Returns the key that merges speakers: white space collapsed to one space, trimmed, in lower case. */
    static String speakerKey(String speaker) {
        return speaker == null ? null : SPACES.matcher(speaker).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    private static void save(Dataset<Row> table, JobOptions options, String name) {
        String path = new Path(new Path(options.output), name).toString();
        table.write().mode(SaveMode.valueOf(capital(options.mode))).partitionBy("language")
                .format("jsonl".equals(options.outputFormat) ? "json" : "parquet").save(path);
    }

    private static String capital(String mode) {
        return switch (mode) {
            case "overwrite" -> "Overwrite";
            case "append" -> "Append";
            default -> "ErrorIfExists";
        };
    }
}
