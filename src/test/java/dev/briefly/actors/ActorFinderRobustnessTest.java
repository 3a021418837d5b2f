package dev.briefly.actors;

import dev.briefly.Span;
import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class ActorFinderRobustnessTest {

    private static final String ALPHABET = "aAbBzZ éÉßçÇñÑ ЖжМм .,;:!?'’\"“”«»()-–—&/\n0123 U.S. al- Mr. ’s";

    @Test
    void neverThrowsAndKeepsSpansInsideTheTextOnRandomInput() {
        Random random = new Random(42);
        RuleActorFinder finder = new RuleActorFinder();
        List<String> languages = List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "ca", "xx");
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                if (random.nextInt(6) == 0) {
                    sb.append(' ').append((char) ('A' + random.nextInt(26)));
                } else {
                    sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            String text = sb.toString();
            List<Span> sentences = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int end = Math.min(text.length(), start + 1 + random.nextInt(80));
                sentences.add(new Span(start, end));
                start = end;
            }
            String lang = languages.get(random.nextInt(languages.size()));
            List<Actor> actors = finder.find(new ArticleText(text, lang, List.of(new Span(0, text.length())),
                    sentences), List.of(), List.of(round));
            for (Actor a : actors) {
                assertTrue(a.salience() >= 0 && a.salience() <= 1, a.toString());
                for (Mention m : a.mentions()) {
                    assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), m.toString());
                    assertEquals(text.substring(m.start(), m.end()), m.text());
                }
            }
        }
    }

    @Test
    void returnsNothingForEmptyOrMissingInput() {
        RuleActorFinder finder = new RuleActorFinder();
        assertTrue(finder.find(new ArticleText("", "en", List.of(), List.of()), List.of(), List.of()).isEmpty());
        assertTrue(finder.find(null, null, null).isEmpty());
    }
}
