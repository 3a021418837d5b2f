package dev.briefly;

import dev.briefly.text.SpellerWordChecker;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionalLibrariesTest {

    /** The command line ships every optional jar: no summary of it may say a dictionary is missing. */
    @Test
    void everyDictionaryLanguageFindsItsWordListsOnTheBuildsClassPath() {
        for (String language : SpellerWordChecker.languages()) {
            assertTrue(OptionalLibraries.dictionaryPresent(language), language);
            assertEquals(Optional.empty(), OptionalLibraries.dictionaryWarning(language, true), language);
        }
        assertTrue(OptionalLibraries.dictionaryPresent("hy"), "a language without word lists misses none");
    }

    @Test
    void aMissingClassIsNamedByTheArtifactThatBringsIt() {
        assertEquals("com.ibm.icu:icu4j", OptionalLibraries.artifactFor("com/ibm/icu/text/BreakIterator"));
        assertEquals("org.apache.lucene:lucene-analysis-icu",
                OptionalLibraries.artifactFor("org/apache/lucene/analysis/icu/segmentation/ICUTokenizer"));
        assertEquals("org.apache.lucene:lucene-analysis-kuromoji",
                OptionalLibraries.artifactFor("org.apache.lucene.analysis.ja.JapaneseAnalyzer"));
        assertEquals("org.apache.tika:tika-parsers-standard-package",
                OptionalLibraries.artifactFor("org/apache/tika/parser/pdf/PDFParser"));
        assertEquals("org.eclipse.jetty:jetty-server", OptionalLibraries.artifactFor("org/eclipse/jetty/server/Server"));
        assertEquals("com.rometools:rome", OptionalLibraries.artifactFor("com/rometools/rome/io/SyndFeedInput"));
        assertEquals("com.github.crawler-commons:crawler-commons",
                OptionalLibraries.artifactFor("crawlercommons.sitemaps.SiteMapParser"));
        assertEquals("the library that holds x/Y", OptionalLibraries.artifactFor("x/Y"));
    }
}
