package dev.briefly.grammar;

import dev.briefly.Briefly;
import dev.briefly.Summary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.RuleMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The background build of LanguageTool: its checker finds what one built by the grammar stage finds, goes to one
 * thread only, and its failure becomes a warning. Each case runs on a new thread, as LanguageToolEngine keeps one
 * checker per thread.
 */
@Tag("slow")
class LanguageToolPreparationTest {

    private static final String TEXT = "This are a error in the text. He go to the office every day and recieve "
            + "many letters.";
    private static final String ARTICLE = "The council met on Monday in the town hall. It approved the budget for "
            + "next year after a long debate. Critics said the budget was too small for the schools.";

    @Test
    void aCheckerBuiltInTheBackgroundFindsWhatOneBuiltInlineFinds() throws Exception {
        List<String> prepared = onNewThread(() -> {
            LanguageToolPreparation.start("en-US");
            assertTrue(LanguageToolPreparation.pending("en-US"));
            List<String> found = describe(LanguageToolEngine.check("en-US", TEXT));
            assertFalse(LanguageToolPreparation.pending("en-US"), "the grammar stage took the prepared checker");
            return found;
        });
        List<String> inline = onNewThread(() -> {
            LanguageToolEngine.ScreeningTool tool = LanguageToolEngine.build("en-US");
            return describe(tool.check(TEXT));
        });
        assertFalse(inline.isEmpty());
        assertEquals(inline, prepared);
    }

    @Test
    void aPreparedCheckerGoesToOneThreadOnly() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        assertTrue(LanguageToolPreparation.start("test-one", () -> {
            builds.incrementAndGet();
            return LanguageToolEngine.build("en-GB");
        }));
        assertFalse(LanguageToolPreparation.start("test-one", () -> {
            throw new AssertionError("a second build while one is pending");
        }));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LanguageToolEngine.ScreeningTool>> takes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                takes.add(pool.submit(() -> {
                    go.await();
                    return LanguageToolPreparation.take("test-one");
                }));
            }
            go.countDown();
            List<LanguageToolEngine.ScreeningTool> got = new ArrayList<>();
            for (Future<LanguageToolEngine.ScreeningTool> f : takes) {
                if (f.get() != null) {
                    got.add(f.get());
                }
            }
            assertEquals(1, got.size(), "exactly one thread owns the prepared checker");
            assertNotNull(got.get(0).check("This is a sentence."));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, builds.get());
        assertNull(LanguageToolPreparation.take("test-one"));
    }

    @Test
    void aFailedBackgroundBuildBecomesAWarningAndTheNextSummaryIsChecked() throws Exception {
        onNewThread(() -> {
            // The pipeline finds this failing build pending for en-US and waits for it instead of starting one.
            assertTrue(LanguageToolPreparation.start("en-US", () -> {
                throw new IllegalStateException("simulated failure of the background build");
            }));
            Briefly briefly = Briefly.builder().language("en").grammar(GrammarMode.REPORT).sentences(2).build();
            Summary failed = briefly.summarize(ARTICLE);
            assertEquals(2, failed.summary().size(), "the summary is still made");
            assertNull(failed.grammar());
            assertTrue(failed.warnings().contains("grammar: simulated failure of the background build"),
                    failed.warnings().toString());
            Summary next = briefly.summarize(ARTICLE);
            assertNotNull(next.grammar());
            assertTrue(next.grammar().checked());
            assertTrue(next.warnings().isEmpty(), next.warnings().toString());
            return null;
        });
    }

    @Test
    void aThreadThatHasItsCheckerPreparesNothing() throws Exception {
        onNewThread(() -> {
            LanguageToolEngine.check("en-US", "A first check builds this thread's checker.");
            LanguageToolPreparation.start("en-US");
            assertFalse(LanguageToolPreparation.pending("en-US"));
            return null;
        });
    }

    private static List<String> describe(List<RuleMatch> matches) {
        List<String> out = new ArrayList<>();
        for (RuleMatch m : matches) {
            out.add(m.getRule().getId() + "@" + m.getFromPos() + "-" + m.getToPos() + m.getSuggestedReplacements());
        }
        return out;
    }

    private static <T> T onNewThread(Callable<T> work) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            return one.submit(work).get();
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void theSameCheckerServesTheThreadThatTookIt() throws Exception {
        onNewThread(() -> {
            LanguageToolPreparation.start("en-US");
            LanguageToolEngine.ScreeningTool first = LanguageToolEngine.tool("en-US");
            assertSame(first, LanguageToolEngine.tool("en-US"));
            return null;
        });
    }
}
