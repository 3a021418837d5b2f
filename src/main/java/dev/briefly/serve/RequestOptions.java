package dev.briefly.serve;

import dev.briefly.Briefly;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.summarize.TextRankSummarizer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a request's options (the command line's names: {@code sentences}, {@code ratio}, {@code words},
 * {@code lang}, {@code quotes}, {@code actors}, {@code grammar}, {@code summarizer}, {@code translate-to}) into
 * the {@link Briefly} that serves them: a variant of the one shared instance, which shares its stages (detector,
 * actor finder, dictionaries, LanguageTool), made once per combination of options and kept.
 *
 * <p>Thread-safe.
 */
final class RequestOptions {

    /** The options a request may give; any other parameter is refused, so a typo is not silently ignored. */
    static final List<String> NAMES = List.of("sentences", "ratio", "words", "lang", "quotes", "actors", "grammar",
            "summarizer", "translate-to");

    /** Variants kept; past this many distinct combinations a variant is made for the request and dropped. */
    private static final int MAX_KEPT = 64;

    private final Briefly shared;
    private final boolean translation;
    private final Map<SortedMap<String, String>, Briefly> variants = new ConcurrentHashMap<>();

    /** Serves requests with variants of {@code shared}; {@code translation} tells whether a translator is set. */
    RequestOptions(Briefly shared, boolean translation) {
        this.shared = shared;
        this.translation = translation;
    }

    /**
     * Returns the {@link Briefly} for {@code params} (blank values count as absent), or throws an
     * {@link IllegalArgumentException} naming the bad option.
     */
    Briefly briefly(Map<String, String> params) {
        SortedMap<String, String> key = new TreeMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name + "; options: " + String.join(", ", NAMES));
            }
            if (e.getValue() != null && !e.getValue().isBlank()) {
                key.put(name, e.getValue().strip());
            }
        }
        if (key.isEmpty()) {
            return shared;
        }
        Briefly b = variants.get(key);
        if (b == null) {
            b = build(key);
            if (variants.size() < MAX_KEPT) {
                variants.putIfAbsent(key, b);
            }
        }
        return b;
    }

    private Briefly build(SortedMap<String, String> o) {
        int lengths = (o.containsKey("sentences") ? 1 : 0) + (o.containsKey("ratio") ? 1 : 0)
                + (o.containsKey("words") ? 1 : 0);
        if (lengths > 1) {
            throw new IllegalArgumentException("give only one of sentences, ratio, words");
        }
        Briefly.Builder b = shared.toBuilder();
        if (o.containsKey("sentences")) {
            b.sentences(whole(o, "sentences"));
        } else if (o.containsKey("ratio")) {
            try {
                b.ratio(Double.parseDouble(o.get("ratio")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ratio must be a number such as 0.2: " + o.get("ratio"));
            }
        } else if (o.containsKey("words")) {
            b.words(whole(o, "words"));
        }
        if (o.containsKey("lang")) {
            b.language(o.get("lang").toLowerCase(Locale.ROOT));
        }
        if (o.containsKey("quotes")) {
            b.quotes(whole(o, "quotes"));
        }
        if (o.containsKey("actors")) {
            b.actors(whole(o, "actors"));
        }
        if (o.containsKey("grammar")) {
            try {
                b.grammar(GrammarMode.valueOf(o.get("grammar").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("grammar must be off, report or fix: " + o.get("grammar"));
            }
        }
        if (o.containsKey("summarizer")) {
            b.summarizer(switch (o.get("summarizer").toLowerCase(Locale.ROOT)) {
                case "default" -> new TextRankSummarizer();
                case "plain" -> new TextRankSummarizer(TextRankSummarizer.Options.plain());
                default -> throw new IllegalArgumentException("summarizer must be default or plain: "
                        + o.get("summarizer"));
            });
        }
        if (o.containsKey("translate-to")) {
            if (!translation) {
                throw new IllegalArgumentException("translation is off: start briefly serve with --translator "
                        + "to offer it");
            }
            b.translateTo(o.get("translate-to").toLowerCase(Locale.ROOT));
        }
        return b.build();
    }

    private static int whole(Map<String, String> o, String name) {
        try {
            return Integer.parseInt(o.get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + o.get(name));
        }
    }
}
