package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollectSubjectsTest {

    private static QuoteState subjects(String text) {
        return ChainRun.through(text, "en", CollectSubjects.class);
    }

    private static List<String> names(List<Names.Mention> mentions) {
        return mentions.stream().map(Names.Mention::canonical).toList();
    }

    @Test
    void takesAPersonOpeningASentenceAsSubject() {
        assertEquals(List.of("Anna Peters"), names(subjects("Anna Peters runs the bakery.").subjects));
    }

    @Test
    void skipsAPersonInTheMiddleOfASentence() {
        assertTrue(subjects("The bakery, once run by Anna Peters, closed.").subjects.isEmpty());
    }

    @Test
    void takesAnOrganisationRightBeforeASpeechCueAsGroup() {
        QuoteState st = subjects("The Health Ministry said the water is safe.");
        assertEquals(List.of("Health Ministry"), names(st.groups));
        assertTrue(st.subjects.isEmpty());
    }

    @Test
    void learnsAGenderFromHeOpeningTheNextSentence() {
        QuoteState st = subjects("Stefan Jonsson opened the shop in May. He sells bread.");
        assertEquals('m', st.names.people.gender("Stefan Jonsson"));
    }
}
