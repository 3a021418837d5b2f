package dev.briefly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractAnyLanguageTest {

    private static final String GEORGIAN = "მერიამ სამშაბათს გადაწყვიტა ძველი ხიდის დახურვა. ინჟინრები "
            + "აფრთხილებდნენ, რომ საყრდენები დაჟანგულია.\n\nხიდი მომავალი თვიდან დაიხურება.";

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static JsonNode extractJson(Path file) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(Main.OK, run(out, err, "extract", "--format", "json", file.toString()), err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void extractsAPageInALanguageBrieflyDoesNotSummarise(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ka.txt"), GEORGIAN, StandardCharsets.UTF_8);
        JsonNode json = extractJson(file);
        assertEquals("ka", json.get("language").asText());
        assertFalse(json.get("summarisable").asBoolean());
        String text = json.get("text").asText();
        JsonNode sentences = json.get("sentences");
        assertEquals(3, sentences.size(), sentences.toString());
        for (JsonNode s : sentences) {
            assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
        }
        assertTrue(sentences.get(0).get("text").asText().endsWith("დახურვა."), sentences.toString());

        StringWriter err = new StringWriter();
        assertEquals(Main.FAILED, run(new StringWriter(), err, "summarize", "--grammar", "off", file.toString()));
        assertTrue(err.toString().contains("unsupported language: Georgian (ka)"), err.toString());
    }

    @Test
    void givesJapaneseSentencesWithSpansThatEndAtTheFullStop(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ja.txt"), "市議会は火曜日、古い橋を閉鎖することを決めた。技術者は"
                + "鉄骨の支柱がさびていると警告していた。橋は来月から通行止めになる。", StandardCharsets.UTF_8);
        JsonNode json = extractJson(file);
        assertEquals("ja", json.get("language").asText());
        assertTrue(json.get("summarisable").asBoolean());
        JsonNode sentences = json.get("sentences");
        assertEquals(3, sentences.size(), sentences.toString());
        assertEquals("技術者は鉄骨の支柱がさびていると警告していた。", sentences.get(1).get("text").asText());
        assertEquals(sentences.get(0).get("end").asInt(), sentences.get(1).get("start").asInt());
    }

    @Test
    void extractsTextWithoutLettersAsUndetermined(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("n.txt"), "2024-03-12 17:45\n\n+3,5 % (2023: 1 204 000)",
                StandardCharsets.UTF_8);
        JsonNode json = extractJson(file);
        assertEquals("und", json.get("language").asText());
        assertFalse(json.get("summarisable").asBoolean());
    }
}
