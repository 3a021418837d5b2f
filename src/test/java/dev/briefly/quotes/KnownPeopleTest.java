package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnownPeopleTest {

    @Test
    void resolvesASurnameAndAGivenNameToTheFullName() {
        KnownPeople people = new KnownPeople(Lexicon.of("en"));
        people.learnFullName("Jordan Stewart", "stewart", false);
        assertEquals("Jordan Stewart", people.alias("stewart"));
        assertEquals("Jordan Stewart", people.canonical("Jordan"));
    }

    @Test
    void resolvesAnInflectedSurnameFuzzily() {
        KnownPeople people = new KnownPeople(Lexicon.of("ru"));
        people.learnFullName("Владимир Путин", "путин", false);
        assertEquals("Владимир Путин", people.alias("путина"));
    }

    @Test
    void resolvesAGivenNameTwoPeopleShareToNeither() {
        KnownPeople people = new KnownPeople(Lexicon.of("en"));
        people.learnFullName("Jordan Stewart", "stewart", false);
        people.learnFullName("Jordan Peele", "peele", false);
        assertNull(people.byGivenName("jordan"));
    }

    @Test
    void learnsNoGivenNameFromAHeadline() {
        KnownPeople people = new KnownPeople(Lexicon.of("en"));
        people.learnFullName("Obama Sees", "sees", true);
        assertNull(people.byGivenName("obama"));
    }

    @Test
    void keepsTheFirstGenderLearnt() {
        KnownPeople people = new KnownPeople(Lexicon.of("en"));
        assertFalse(people.evidenced("Anna Berg"));
        people.noteGender("Anna Berg", 'f');
        people.noteGender("Anna Berg", 'm');
        assertEquals('f', people.gender("Anna Berg"));
        assertTrue(people.evidenced("Anna Berg"));
    }
}
