package dev.briefly.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Declares the row layouts: the articles read from any input, and the analysed article with its tables. */
final class Schemas {

    private Schemas() {
    }

    /**
     * One input article, whatever its source: text, html, the bytes of a document (content + fileName) or the path
     * of a document file, opened on the executor.
     */
    static final StructType ARTICLE = new StructType(new StructField[]{
            field("id", DataTypes.StringType),
            field("url", DataTypes.StringType),
            field("lang", DataTypes.StringType),
            field("title", DataTypes.StringType),
            field("date", DataTypes.StringType),
            field("text", DataTypes.StringType),
            field("html", DataTypes.StringType),
            field("fileName", DataTypes.StringType),
            field("content", DataTypes.BinaryType),
            field("error", DataTypes.StringType),
            field("path", DataTypes.StringType)});

    static final StructType SENTENCE = new StructType(new StructField[]{
            field("text", DataTypes.StringType),
            field("score", DataTypes.DoubleType),
            field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType),
            field("index", DataTypes.IntegerType)});

    static final StructType QUOTE = new StructType(new StructField[]{
            field("text", DataTypes.StringType),
            field("speaker", DataTypes.StringType),
            field("cue", DataTypes.StringType),
            field("key", DataTypes.BooleanType),
            field("fragment", DataTypes.BooleanType),
            field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType)});

    static final StructType SPAN = new StructType(new StructField[]{
            field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType)});

    static final StructType ACTOR = new StructType(new StructField[]{
            field("name", DataTypes.StringType),
            field("type", DataTypes.StringType),
            field("role", DataTypes.StringType),
            field("salience", DataTypes.DoubleType),
            field("mentions", DataTypes.IntegerType),
            field("spans", new ArrayType(SPAN, true))});

    /** One analysed article: the summaries/ columns plus its quotes and actors, exploded into their tables. */
    static final StructType RESULT = new StructType(new StructField[]{
            field("id", DataTypes.StringType),
            field("url", DataTypes.StringType),
            field("language", DataTypes.StringType),
            field("title", DataTypes.StringType),
            field("date", DataTypes.StringType),
            field("summary", new ArrayType(SENTENCE, true)),
            field("warnings", new ArrayType(DataTypes.StringType, true)),
            field("error", DataTypes.StringType),
            field("grammar", DataTypes.StringType),
            field("translation", DataTypes.StringType),
            field("quotes", new ArrayType(QUOTE, true)),
            field("actors", new ArrayType(ACTOR, true))});

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
