package dev.briefly;

import dev.briefly.grammar.GrammarChecker;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.grammar.GrammarReport;
import dev.briefly.ingest.RawArticle;
import dev.briefly.quotes.Quote;
import dev.briefly.text.WordChecker;
import dev.briefly.translate.Translator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    private static final RawArticle ARTICLE = new RawArticle(List.of(
            "The council met on Monday. It approved the budget for the new bridge.",
            "\"It is far too small,\" said Anna Berg, who leads the opposition. The work starts in May."),
            new Source(null, "text/plain", null, null, null));

    @Test
    void turnsAFailingStageIntoAWarningAndItsFallback() {
        List<String> warnings = new ArrayList<>();
        List<Quote> none = List.of();
        assertEquals(none, Pipeline.stage("quotes", warnings, none, () -> {
            throw new IllegalStateException("no quote marks for this language");
        }));
        assertEquals(List.of("quotes: no quote marks for this language"), warnings);
    }

    @Test
    void namesTheErrorClassWhenAStageFailsWithoutAMessage() {
        List<String> warnings = new ArrayList<>();
        assertNull(Pipeline.stage("grammar", warnings, null, () -> {
            throw new NoClassDefFoundError();
        }));
        assertEquals(List.of("grammar: NoClassDefFoundError"), warnings);
    }

    @Test
    void stopsBetweenStagesWhenTheThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertEquals("interrupted",
                    assertThrows(BrieflyException.class, Pipeline::stopIfInterrupted).getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFailingQuoteStageStillGivesTheSummaryWithAWarning() throws Exception {
        Settings s = english();
        s.quoteFinder = (article, summary, keys) -> {
            throw new IllegalStateException("broken finder");
        };
        Summary summary = new Pipeline(s).summarize(ARTICLE);
        assertEquals(2, summary.summary().size());
        assertEquals(List.of(), summary.quotes());
        assertEquals(List.of("quotes: broken finder"), summary.warnings());
    }

    @Test
    void aFailingTranslatorLeavesNoTranslationAndOneWarning() throws Exception {
        Settings s = english();
        s.translateTo = "es";
        s.translator = new Translator() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public TranslatedLines translate(List<String> lines, String from, String to) throws IOException {
                throw new IOException("no pair en-es");
            }
        };
        Summary summary = new Pipeline(s).summarize(ARTICLE);
        assertNull(summary.translation());
        assertEquals(List.of("translation: no pair en-es"), summary.warnings());
    }

    @Test
    void theGrammarStageReplacesTheSummarySentencesWithItsFixedOnes() throws Exception {
        Settings s = english();
        s.grammar = GrammarMode.FIX;
        s.grammarChecker = () -> (article, sentences, mode, ignore, checkArticle) -> new GrammarChecker.Result(
                new GrammarReport(true, List.of(), List.of(), null),
                sentences.stream().map(x -> new Sentence(x.text().toUpperCase(java.util.Locale.ROOT), x.score(),
                        x.start(), x.end(), x.index())).toList());
        Summary summary = new Pipeline(s).summarize(ARTICLE);
        assertTrue(summary.grammar().checked());
        assertEquals(2, summary.summary().size());
        summary.summary().forEach(x -> assertEquals(x.text().toUpperCase(java.util.Locale.ROOT), x.text()));
    }

    @Test
    void extractsAnArticleWhoseLanguageCannotBeToldAsUndetermined() throws Exception {
        Settings s = english();
        s.language = null;
        s.detector = text -> Optional.empty();
        Briefly.Extraction ex = new Pipeline(s).extractAnyLanguage(ARTICLE);
        assertEquals(Briefly.UNDETERMINED, ex.language());
        assertFalse(ex.summarisable());
        assertEquals("cannot tell the language of the text; name it with --lang",
                assertThrows(BrieflyException.class, () -> new Pipeline(s).summarize(ARTICLE)).getMessage());
    }

    /** Returns English settings with two sentences, no actors and no dictionary, so nothing heavy is loaded. */
    private static Settings english() {
        Settings s = new Settings();
        s.language = "en";
        s.actors = 0;
        s.length = dev.briefly.summarize.Length.sentences(2);
        s.wordChecker = WordChecker::none;
        s.defaultWords = false;
        return s;
    }
}
