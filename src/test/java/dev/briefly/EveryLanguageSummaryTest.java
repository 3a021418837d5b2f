package dev.briefly;

import dev.briefly.actors.Actor;
import dev.briefly.eval.SegmentationEval;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.quotes.Quote;
import dev.briefly.text.LanguageResources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Summarises a 20-sentence article in each of the 44 FLORES languages of the shared data, one script family after
 * another (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean): the
 * language is detected right (or, for the pairs that are hard for any detector, its twin: Malay may be taken for
 * Indonesian), there is no error or warning, and the three summary sentences are whole sentences of the FLORES
 * lines (a line or a sentence of it, ending with its punctuation). Where the language has quote marks and speech
 * verbs in resources/, a quote planted with its first
 * marks is found. Each language's summary, quotes and actors also match its golden file (spans only) under
 * src/test/resources/dev/briefly/golden/&lt;family&gt;/. Skipped when the shared data is absent.
 */
@Tag("slow")
class EveryLanguageSummaryTest {

    private static final Briefly BRIEFLY = Briefly.builder().grammar(GrammarMode.OFF).build();
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("ru", "Cyrillic"), Map.entry("uk", "Cyrillic"), Map.entry("bg", "Cyrillic"),
            Map.entry("sr", "Cyrillic"), Map.entry("el", "Greek"), Map.entry("ar", "Arabic"),
            Map.entry("fa", "Arabic"), Map.entry("he", "Hebrew"), Map.entry("hi", "Devanagari"),
            Map.entry("bn", "Bengali"), Map.entry("th", "Thai"), Map.entry("zh", "Chinese"),
            Map.entry("ja", "Japanese"), Map.entry("ko", "Korean"));

    /** The detector's twin for a language of a hard pair. */
    private static final Map<String, String> TWINS = Map.of("ms", "id", "id", "ms", "nb", "da", "hr", "sr");
    private static final String ENDS = ".!?…。！？।؟»”\"」』)";

    /** Normalises as text repair does: NFC, white space (no-break spaces included) folded. */
    private static String spaces(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
                .replaceAll("[\\s\u00A0\u202F]+", " ").strip();
    }

    private static char last(String s) {
        return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    }

    static Stream<Arguments> languages() throws Exception {
        Path data = SharedData.require("langid/langid.jsonl").getParent().getParent();
        List<Arguments> out = new ArrayList<>();
        SegmentationEval.read(data).forEach((lang, paragraphs) -> {
            List<String> sentences = new ArrayList<>();
            // The langid paragraph comes first; the FLORES documents of mt/ (consecutive lines) follow it.
            List<List<SegmentationEval.Line>> docs = paragraphs.size() > 1 ? paragraphs.subList(1, paragraphs.size())
                    : paragraphs;
            for (List<SegmentationEval.Line> doc : docs) {
                for (SegmentationEval.Line line : doc) {
                    if (sentences.size() < 20 && line.single()) {
                        sentences.add(line.text());
                    }
                }
            }
            out.add(Arguments.of(FAMILY.getOrDefault(lang, "Latin"), lang, sentences));
        });
        return out.stream().sorted((a, b) -> ((String) a.get()[0]).compareTo((String) b.get()[0]));
    }

    /** An article of FLORES lines, with the quote planted in it (null where the language has no quotes). */
    record Article(String text, String planted) {
    }

    /**
     * Joins the 20 lines four to a paragraph with the language's separator and, where the language has quote marks
     * and speech verbs, adds a paragraph quoting line 8 in its first marks, attributed with its first verb.
     */
    static Article article(String lang, List<String> sentences) {
        String sep = SegmentationEval.separator(lang);
        String[] marks = LanguageResources.lines(lang, "quote-marks").stream().findFirst().orElse("").split(" ");
        List<String> verbs = LanguageResources.lines(lang, "speech-verbs");
        boolean plantQuote = marks.length == 2 && !verbs.isEmpty();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(i == 0 ? "" : i % 4 == 0 ? "\n\n" : sep).append(sentences.get(i));
        }
        String planted = sentences.get(7).replaceAll("[.。!?！？।]+$", "");
        if (plantQuote) {
            text.append("\n\n").append(marks[0]).append(planted).append(marks[1]).append(' ').append(verbs.get(0))
                    .append(" Ana Novak.");
        }
        return new Article(text.toString(), plantQuote ? planted : null);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languages")
    void summarisesTwentyFloresSentencesWithWholeSentencesInTheRightLanguage(String family, String lang,
                                                                         List<String> sentences) throws Exception {
        assertEquals(20, sentences.size(), lang);
        Article article = article(lang, sentences);
        boolean plantQuote = article.planted() != null;
        String planted = article.planted();
        Summary s = BRIEFLY.summarize(article.text());
        assertTrue(s.language().equals(lang) || TWINS.getOrDefault(lang, "").equals(s.language()),
                family + " " + lang + ": " + s.language());
        assertEquals(List.of(), s.warnings(), lang);
        assertEquals(3, s.summary().size(), lang);
        List<String> lines = sentences.stream().map(EveryLanguageSummaryTest::spaces).toList();
        for (Sentence sentence : s.summary()) {
            String t = spaces(sentence.text());
            boolean whole = lines.stream().anyMatch(l -> l.equals(t) || l.contains(t) && ENDS.indexOf(last(t)) >= 0);
            // Thai writes no sentence punctuation: its splitter ends sentences at spaces, so a piece of a line.
            boolean piece = "th".equals(lang) && lines.stream().anyMatch(l -> l.contains(t));
            assertTrue(whole || piece, lang + ": not a whole sentence: " + sentence.text());
        }
        assertMatchesGolden(family, lang, article.text(), s);
        if (plantQuote) {
            // Compared after NFC, as text repair gives it: Hindi's "फ़" (U+095E) comes out as फ + nukta.
            String p = spaces(planted);
            assertTrue(s.quotes().stream().map(Quote::text).map(EveryLanguageSummaryTest::spaces)
                    .anyMatch(q -> q.contains(p) || p.contains(q) && q.length() > p.length() / 2),
                    lang + ": " + s.quotes());
        }
    }

    private static final Path GOLDEN = Path.of("src/test/resources/dev/briefly/golden");

    /**
     * Compares the summary, quotes and actors with the language's golden file, as spans into the article (the FLORES
     * text stays in shared/data, never in the repository): any change in segmentation, ranking, quote finding or
     * actor typing shows as a diff. Run with {@code -Dgolden.update=true} to rewrite the files after a deliberate
     * change, and read the diff.
     */
    private static void assertMatchesGolden(String family, String lang, String text, Summary s) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(family).append(' ').append(lang)
                .append(": EveryLanguageSummaryTest's article, spans into it (grammar off)\n");
        out.append("language ").append(s.language()).append('\n');
        for (Sentence sentence : s.summary()) {
            out.append("summary sentence ").append(sentence.index()).append(' ').append(span(sentence.start(),
                    sentence.end())).append('\n');
        }
        for (Quote q : s.quotes()) {
            out.append(q.fragment() ? "fragment " : "quote ").append(span(q.start(), q.end()));
            if (q.speaker() != null) {
                // The planted speaker is ours; any other is FLORES text, so only where it stands is written.
                out.append(" speaker ").append("Ana Novak".equals(q.speaker()) ? "Ana Novak"
                        : "@" + text.indexOf(q.speaker()) + "+" + q.speaker().length());
            }
            out.append('\n');
        }
        for (Actor a : s.actors()) {
            out.append("actor ").append(a.type()).append(' ').append(a.mentions().stream()
                    .map(m -> span(m.start(), m.end())).collect(Collectors.joining(" "))).append('\n');
        }
        Path file = GOLDEN.resolve(family.toLowerCase(Locale.ROOT)).resolve(lang + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "no golden file " + file + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), out.toString(),
                "differs from " + file);
    }

    private static String span(int start, int end) {
        return "[" + start + "," + end + ")";
    }
}
