package dev.briefly.summarize;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceTermsTest {

    @Test
    void givesAStemOneIdAcrossSentencesAndDropsStopWords() {
        SentenceTerms t = SentenceTerms.of(TinyArticles.article("en",
                new String[] {"The bridges opened.", "A bridge opens."}));
        int[] first = t.terms()[0].clone();
        int[] second = t.terms()[1].clone();
        Arrays.sort(first);
        Arrays.sort(second);
        assertEquals(2, first.length);
        assertArrayEquals(first, second);
        assertEquals(2, t.vocabulary());
    }

    @Test
    void keepsRepeatedTermsInOrder() {
        SentenceTerms t = SentenceTerms.of(TinyArticles.article("en", new String[] {"Harbour budget, harbour wall."}));
        int[] terms = t.terms()[0];
        assertEquals(4, terms.length);
        assertEquals(terms[0], terms[2]);
        assertEquals(3, t.vocabulary());
    }

    @Test
    void countsWordsAsRunsOfLettersOrDigits() {
        assertEquals(5, SentenceTerms.wordCount("It's 2024 -- the year."));
        assertEquals(0, SentenceTerms.wordCount(" ... "));
        SentenceTerms t = SentenceTerms.of(TinyArticles.article("en", new String[] {"One two three.", "Four."}));
        assertArrayEquals(new int[] {3, 1}, t.words());
    }

    @Test
    void queryKeepsOnlyTermsThatOccurInTheArticle() {
        SentenceTerms t = SentenceTerms.of(TinyArticles.article("en",
                new String[] {"The bridge opened.", "Traffic flowed."}));
        assertEquals(4, t.vocabulary());
        int[] q = t.query("Bridge collapse");
        assertEquals(1, q.length);
        assertEquals(4, t.vocabulary(), "a query adds no terms to the vocabulary");
        int[] bridge = t.query("bridges");
        assertArrayEquals(bridge, q);
    }

    @Test
    void analysesEachSentenceWithItsArticlesLanguage() {
        // The German stemmer folds "Brücken" and "Brücke" together; stop words differ from English ones.
        SentenceTerms t = SentenceTerms.of(TinyArticles.article("de",
                new String[] {"Die Brücken sind offen.", "Eine Brücke."}));
        int[] second = t.terms()[1];
        assertEquals(1, second.length);
        assertEquals(second[0], t.terms()[0][0]);
    }
}
