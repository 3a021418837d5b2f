package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AntecedentsTest {

    private static QuoteState subjects(String text) {
        return ChainRun.through(text, "en", CollectSubjects.class);
    }

    @Test
    void findsTheMostRecentSubjectAndWhereItStands() {
        String text = "Anna Berg came first. John Smith came next. Then it rained.";
        Antecedents.Antecedent a = Antecedents.person(subjects(text), text.indexOf("Then"), (char) 0);
        assertEquals("John Smith", a.name());
        assertEquals(text.indexOf("John"), a.at());
    }

    @Test
    void findsNoPersonBeforeTheFirstSubject() {
        assertEquals(Antecedents.Antecedent.NONE, Antecedents.person(subjects("Anna Berg came."), 0, 'f'));
    }

    @Test
    void prefersASpeakerOverAnOlderSubject() {
        String text = "Anna Berg came first. Then it rained.";
        QuoteState st = subjects(text);
        st.spoken.add(new QuoteState.Spoken(text.indexOf("Then"), "Jane Doe", true));
        assertEquals("Jane Doe", Antecedents.person(st, text.length(), (char) 0).name());
    }

    @Test
    void findsTheLastGroupBeforeACue() {
        String text = "The Health Ministry said the water is safe. Then it rained.";
        assertEquals("Health Ministry", Antecedents.group(subjects(text), text.indexOf("Then")));
        assertNull(Antecedents.group(subjects(text), 0));
    }
}
