package dev.briefly;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.briefly.actors.Actor;
import dev.briefly.grammar.GrammarReport;
import dev.briefly.quotes.Quote;
import dev.briefly.text.Repair;
import dev.briefly.translate.Translation;

import java.util.List;

/**
 * Holds everything Briefly found in one article: the summary sentences in document order, the quotes, the
 * actors, the grammar report, the translation and any warnings from stages that degraded.
 *
 * <p>All spans point into {@link #text()}, the normalised article text. {@code grammar} and
 * {@code translation} are null when their stage did not run. {@code repairs} lists what the text stage repaired
 * in the ingested text (hyphenation joined, invisible characters removed ...), in text order. {@code actors} lists every actor found, most salient
 * first; the first {@code actorsShown} of them are the ones shown to people. Instances are immutable and
 * thread-safe.
 */
@JsonPropertyOrder({"schemaVersion", "source", "language", "summary", "quotes", "actors", "grammar",
        "translation", "warnings", "repairs", "text"})
public record Summary(Source source, String language, List<Sentence> summary, List<Quote> quotes,
                      List<Actor> actors, GrammarReport grammar, Translation translation, List<String> warnings,
                      List<Repair> repairs, String text, @JsonIgnore int actorsShown) {

    /** Version of the JSON schema documented in docs/json-schema.md; bumped on incompatible change. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the lists so the record stays immutable. */
    public Summary {
        summary = List.copyOf(summary);
        quotes = List.copyOf(quotes);
        actors = List.copyOf(actors);
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
    }

    /** Creates a result without repairs of the ingested text (a text that needed none, or was built). */
    public Summary(Source source, String language, List<Sentence> summary, List<Quote> quotes, List<Actor> actors,
                   GrammarReport grammar, Translation translation, List<String> warnings, String text,
                   int actorsShown) {
        this(source, language, summary, quotes, actors, grammar, translation, warnings, List.of(), text,
                actorsShown);
    }

    /** Returns the schema version of this result, {@value #SCHEMA_VERSION}. */
    @com.fasterxml.jackson.annotation.JsonProperty("schemaVersion")
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** Returns the actors shown to people: the most salient {@code actorsShown} of {@link #actors()}. */
    @JsonIgnore
    public List<Actor> shownActors() {
        return actors.subList(0, Math.max(0, Math.min(actorsShown, actors.size())));
    }

    /** Returns the key quotes, the ones shown with the summary, in document order. */
    @JsonIgnore
    public List<Quote> keyQuotes() {
        return quotes.stream().filter(Quote::key).toList();
    }

    /** Returns whether the optional stage {@code stage} ("translation", "quotes", ...) failed with a warning. */
    public boolean failed(String stage) {
        String prefix = stage + ":";
        return warnings.stream().anyMatch(w -> w.startsWith(prefix));
    }

    /** Returns the summary sentences joined by single spaces. */
    @JsonIgnore
    public String summaryText() {
        return String.join(" ", summary.stream().map(Sentence::text).toList());
    }
}
