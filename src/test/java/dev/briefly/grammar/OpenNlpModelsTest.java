package dev.briefly.grammar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.SharedData;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.tools.Tools;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenNLP models that the build converted for LanguageTool's English chunker ({@link OpenNlpModels}) are
 * LanguageTool's own: equal artifact by artifact, the same tokens, tags, chunks and probabilities on a few hundred
 * sentences, the same LanguageTool chunk tags and matches; and a damaged file leaves the models to LanguageTool.
 * Loads every model twice, hence slow.
 */
@Tag("slow")
class OpenNlpModelsTest {

    private static final String HOLDER = "org.languagetool.chunking.EnglishChunker";
    /** LanguageTool's own model files, by the field it keeps each in (EnglishChunker's constants). */
    private static final Map<String, String> ORIGINALS = Map.of(
            "tokenModel", "/en-token.bin", "posModel", "/en-pos-maxent.bin", "chunkerModel", "/en-chunker.bin");

    private static final List<String> TEXTS_WITH_ERRORS = List.of(
            "This are a error in the text.",
            "He go to school every days, and their going to the the park after.",
            "The committee have recieved the report on Monday , but it's conclusions was ignored.",
            "Prime Minister Theresa May said: \"We will not accept a deal that is worse then no deal.",
            "Its a long way from London to New York, and less people travel by ship then by plane.",
            "The list of items are on the table, and the the results of the study was clear.",
            "She don't know what she want, but a honest answer would of helped.",
            "Me and him went to the shop yesterday to buy an new car for there mother.",
            "The data shows that the number of people who has applied have increased.",
            "Between you and I, the company's profits has fallen sharply since it's launch.");

    @Test
    void everyModelWasConvertedAndEqualsLanguageToolsOwn() throws Exception {
        List<OpenNlpModels.Entry> entries = entries();
        assertEquals(ORIGINALS.keySet(), entries.stream().map(OpenNlpModels.Entry::field)
                .collect(java.util.stream.Collectors.toSet()));
        for (OpenNlpModels.Entry e : entries) {
            assertEquals(HOLDER, e.holder());
            OpenNlpModelCompiler.check(field(e.field()).getType(), original(e.field()), e.model());
        }
    }

    @Test
    void convertedModelsTokenizeTagAndChunkAsLanguageToolsOwn() throws Exception {
        Map<String, BaseModel> ours = new HashMap<>();
        Map<String, BaseModel> theirs = new HashMap<>();
        for (OpenNlpModels.Entry e : entries()) {
            ours.put(e.field(), load(e.field(), e.model()));
            theirs.put(e.field(), load(e.field(), original(e.field())));
        }
        TokenizerME tokA = new TokenizerME((TokenizerModel) theirs.get("tokenModel"));
        TokenizerME tokB = new TokenizerME((TokenizerModel) ours.get("tokenModel"));
        POSTaggerME posA = new POSTaggerME((POSModel) theirs.get("posModel"));
        POSTaggerME posB = new POSTaggerME((POSModel) ours.get("posModel"));
        ChunkerME chunkA = new ChunkerME((ChunkerModel) theirs.get("chunkerModel"));
        ChunkerME chunkB = new ChunkerME((ChunkerModel) ours.get("chunkerModel"));
        List<String> sentences = sentences();
        boolean shared = Files.exists(bbc());
        assertTrue(sentences.size() >= (shared ? 300 : 40), sentences.size() + " sentences");
        for (String s : sentences) {
            String[] tokens = tokA.tokenize(s);
            assertArrayEquals(tokens, tokB.tokenize(s), s);
            assertArrayEquals(bits(tokA.getTokenProbabilities()), bits(tokB.getTokenProbabilities()), s);
            String[] tags = posA.tag(tokens);
            assertArrayEquals(tags, posB.tag(tokens), s);
            assertArrayEquals(bits(posA.probs()), bits(posB.probs()), s);
            String[] chunks = chunkA.chunk(tokens, tags);
            assertArrayEquals(chunks, chunkB.chunk(tokens, tags), s);
            assertArrayEquals(bits(chunkA.probs()), bits(chunkB.probs()), s);
        }
    }

    @Test
    void languageToolChunksAndFindsTheSameWithTheConvertedModels() throws Exception {
        synchronized (OpenNlpModels.class) {
            clearFields();
            List<String> own = describe();
            assertNotNull(field("posModel").get(null), "LanguageTool loaded its own models");

            clearFields();
            try (InputStream in = resource()) {
                assertEquals(3, OpenNlpModels.install(in));
            }
            Map<String, Object> installed = fieldValues();
            List<String> converted = describe();
            assertEquals(installed, fieldValues(), "LanguageTool used the installed models");
            assertEquals(own, converted);
        }
    }

    @Test
    void aDamagedFileLeavesTheModelsToLanguageTool() throws Exception {
        byte[] file;
        try (InputStream in = resource()) {
            file = in.readAllBytes();
        }
        // Break the first maxent model's magic ("BGIS", little-endian): its model fails to load.
        int at = indexOf(file, new byte[] {'S', 'I', 'G', 'B'});
        assertTrue(at > 0);
        file[at] = 'X';
        synchronized (OpenNlpModels.class) {
            clearFields();
            byte[] damaged = file;
            assertThrows(IOException.class, () -> OpenNlpModels.install(new ByteArrayInputStream(damaged)));
            for (String f : ORIGINALS.keySet()) {
                assertNull(field(f).get(null), f + " left to LanguageTool");
            }
            assertEquals(describe().size(), 2 * TEXTS_WITH_ERRORS.size(), "LanguageTool checks with its own models");
        }
    }

    /** Returns, per text, the chunk tags of LanguageTool's analysis and its matches, on a Language of its own. */
    private static List<String> describe() throws Exception {
        Language shared = Languages.getLanguageForShortCode("en-US");
        // A Language builds its chunker once; LanguageTool refuses a second instance but through this constructor
        // (as RuleSubset makes one).
        java.lang.reflect.Constructor<? extends Language> make = shared.getClass().getDeclaredConstructor(boolean.class);
        make.setAccessible(true);
        Language fresh = make.newInstance(true);
        JLanguageTool tool = new JLanguageTool(fresh);
        List<String> out = new ArrayList<>();
        for (String text : TEXTS_WITH_ERRORS) {
            StringBuilder chunks = new StringBuilder();
            for (AnalyzedSentence s : tool.analyzeText(text)) {
                for (AnalyzedTokenReadings t : s.getTokensWithoutWhitespace()) {
                    chunks.append(t.getToken()).append('/').append(t.getChunkTags()).append(' ');
                }
            }
            out.add(chunks.toString());
            StringBuilder matches = new StringBuilder();
            for (RuleMatch m : tool.check(text)) {
                matches.append(m.getRule().getFullId()).append('@').append(m.getFromPos()).append('-')
                        .append(m.getToPos()).append(' ').append(m.getMessage()).append(' ')
                        .append(m.getSuggestedReplacements()).append('\n');
            }
            out.add(matches.toString());
        }
        return out;
    }

    /** Sentences of the repository's English texts and, when the shared data is there, of 25 BBC articles. */
    private static List<String> sentences() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(Path.of("seeds/000_09586750ae67223c.txt"), StandardCharsets.UTF_8));
        texts.add(Files.readString(Path.of("samples/en-river-bridge.txt"), StandardCharsets.UTF_8));
        texts.addAll(TEXTS_WITH_ERRORS);
        if (Files.exists(bbc())) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader r = Files.newBufferedReader(bbc(), StandardCharsets.UTF_8)) {
                for (int n = 0; n < 25; n++) {
                    String line = r.readLine();
                    if (line == null) {
                        break;
                    }
                    JsonNode row = json.readTree(line);
                    texts.add(row.path("article").asText());
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (String text : texts) {
            it.setText(text);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String s = text.substring(start, end).strip();
                if (!s.isEmpty()) {
                    sentences.add(s);
                }
            }
        }
        return sentences;
    }

    private static Path bbc() {
        return SharedData.root().resolve("data").resolve("summarization").resolve("bbc.jsonl");
    }

    private static List<OpenNlpModels.Entry> entries() throws IOException {
        try (InputStream in = resource()) {
            List<OpenNlpModels.Entry> entries = OpenNlpModels.read(in);
            assertNotNull(entries, "the converted models fit this LanguageTool and OpenNLP");
            return entries;
        }
    }

    private static InputStream resource() {
        InputStream in = OpenNlpModels.class.getResourceAsStream(OpenNlpModels.resource("en"));
        assertNotNull(in, "the build converted the English models");
        return in;
    }

    private static byte[] original(String field) throws IOException {
        try (InputStream in = Tools.getStream(ORIGINALS.get(field))) {
            return in.readAllBytes();
        }
    }

    private static BaseModel load(String field, byte[] model) throws Exception {
        return (BaseModel) field(field).getType().getConstructor(InputStream.class)
                .newInstance(new ByteArrayInputStream(model));
    }

    private static Field field(String name) throws ReflectiveOperationException {
        Field f = Class.forName(HOLDER).getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static void clearFields() throws ReflectiveOperationException {
        for (String f : ORIGINALS.keySet()) {
            field(f).set(null, null);
        }
    }

    private static Map<String, Object> fieldValues() throws ReflectiveOperationException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String f : ORIGINALS.keySet()) {
            Object v = field(f).get(null);
            assertNotNull(v, f);
            values.put(f, v);
        }
        return values;
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (data[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
