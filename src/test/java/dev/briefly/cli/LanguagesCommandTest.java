package dev.briefly.cli;

import dev.briefly.text.Languages;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesCommandTest {

    @Test
    void listsEverySupportedLanguageWithItsStages() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(Main.OK, cl.execute("languages"));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("code language"), out.toString());
        for (String l : Languages.supported()) {
            String prefix = String.format(Locale.ROOT, "%-4s ", l);
            assertTrue(lines.stream().anyMatch(x -> x.startsWith(prefix)), l + "\n" + out);
        }
        String english = lines.stream().filter(x -> x.startsWith("en ")).findFirst().orElseThrow();
        assertTrue(english.matches("en\\s+English\\s+yes\\s+yes\\s+yes\\s+yes\\s+.*"), english);
        assertTrue(lines.stream().anyMatch(x -> x.matches("ja\\s+Japanese\\s+yes\\s.*")), out.toString());
        assertTrue(lines.stream().anyMatch(x -> x.startsWith("translation: ")), out.toString());
    }

    @Test
    void takesQuotesFromResourcesAndTranslationTargetsFromTheEngine() {
        Map<String, TreeSet<String>> targets = Map.of("en", new TreeSet<>(List.of("es", "ca")));
        LanguageTable.Stages en = LanguageTable.stages(targets).stream().filter(s -> s.language().equals("en"))
                .findFirst().orElseThrow();
        assertTrue(en.quotes() && en.actors().equals("yes") && en.grammar(), en.toString());
        assertEquals(List.of("ca", "es"), en.targets());
        LanguageTable.Stages km = LanguageTable.stages(targets).stream().filter(s -> s.language().equals("km"))
                .findFirst().orElseThrow();
        assertTrue(km.targets().isEmpty(), km.toString());
        assertEquals("-", km.actors(), km.toString());
        // Hungarian has had actor word lists (titles.txt, org-words.txt) since issue 16's actor types; before, only
        // capital letters guided its actor stage ("names"), as they still would for a language without titles.txt.
        LanguageTable.Stages hu = LanguageTable.stages(targets).stream().filter(s -> s.language().equals("hu"))
                .findFirst().orElseThrow();
        assertEquals("yes", hu.actors(), hu.toString());
    }
}
