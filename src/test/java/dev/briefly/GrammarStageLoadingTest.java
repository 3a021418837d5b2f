package dev.briefly;

import dev.briefly.grammar.GrammarChecker;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.grammar.GrammarReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class GrammarStageLoadingTest {

    @Test
    void grammarOffLoadsNoLanguageToolClass() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-Xshare:off", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.briefly.cli.Main", "summarize",
                "--grammar", "off", "--lang", "en", "seeds/000_09586750ae67223c.txt")
                .redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log.length() > 2000 ? log.substring(log.length() - 2000) : log);
        assertTrue(log.contains("Rex Tillerson has delivered an ultimatum"), "the summary was printed");
        assertFalse(log.contains("org.languagetool."), "a LanguageTool class was loaded with grammar off");
    }

    @Test
    void grammarIsOffByDefaultInTheLibrary() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Briefly b = Briefly.builder().grammarChecker(() -> {
            made.incrementAndGet();
            throw new AssertionError("a host application did not ask for grammar");
        }).build();
        Summary s = b.summarize("The council met on Monday. It approved the budget. Critics said it was too small.");
        assertEquals(null, s.grammar());
        assertEquals(0, made.get());
    }

    @Test
    void theCheckerIsMadeOnceAndSharedWhenGrammarIsOn() throws Exception {
        AtomicInteger made = new AtomicInteger();
        AtomicInteger checks = new AtomicInteger();
        Briefly b = Briefly.builder().grammar(GrammarMode.REPORT).grammarChecker(() -> {
            made.incrementAndGet();
            return (article, summary, mode, ignore, checkArticle) -> {
                checks.incrementAndGet();
                assertEquals(GrammarMode.REPORT, mode);
                return new GrammarChecker.Result(new GrammarReport(true, List.of(), List.of(), null), summary);
            };
        }).build();
        String text = "The council met on Monday. It approved the budget. Critics said it was too small.";
        Summary s1 = b.summarize(text);
        b.summarize(text);
        b.toBuilder().build().summarize(text);
        assertTrue(s1.grammar().checked());
        assertEquals(1, made.get());
        assertEquals(3, checks.get());
    }
}
