package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
            try (InputStream in = Lexicon.class.getResourceAsStream("gazetteer-" + language + ".tsv")) {
                assertNotNull(in, "the build compiles the " + language + " table");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int i = 0;
                for (String line; (line = r.readLine()) != null; i++) {
                    if (i % 1000 == 0) {
                        forms.add(line.substring(0, line.indexOf('\t')));
                    }
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
