package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that the name tables the build compiles answer exactly what the dictionaries answer. */
class GazetteerTableTest {

    @Test
    void compiledTablesGiveTheDictionaryTypeAndGivenNameForEveryThousandthForm() throws IOException {
        for (String language : Lexicon.GAZETTEERS) {
            List<String> forms = new ArrayList<>();
            try (InputStream in = Lexicon.class.getResourceAsStream("gazetteer-" + language + ".bin")) {
                assertNotNull(in, "the build compiles the " + language + " table");
                NameTable names = NameTable.read(in);
                for (int i = 0; i < names.size(); i += 1000) {
                    forms.add(names.form(i));
                }
            }
            assertTrue(forms.size() >= 4, language + ": " + forms.size());
            Lexicon.Session table = Lexicon.gazetteer(language).session();
            Lexicon.Session dictionary = Lexicon.of(language).session();
            for (String form : forms) {
                Lexicon.Info expected = dictionary.info(form);
                Lexicon.Info actual = table.info(form);
                assertEquals(expected.type(), actual.type(), language + " " + form);
                assertEquals(expected.firstName(), actual.firstName(), language + " " + form);
            }
        }
    }

    @Test
    void namesOfEachKindAreInTheTablesAndCommonWordsAreNot() {
        assertEquals(ActorType.LOCATION, Lexicon.gazetteer("nl").session().info("Amsterdam").type());
        assertEquals(ActorType.LOCATION, Lexicon.gazetteer("es").session().info("Madrid").type());
        assertTrue(Lexicon.gazetteer("de").session().info("Hans").firstName());
        assertEquals(Lexicon.Info.UNKNOWN, Lexicon.gazetteer("nl").session().info("huis"));
    }
}
