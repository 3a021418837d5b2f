package dev.briefly.actors;

import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.grammar.GrammarMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Checks the actor lists of the seed and the samples, as {@code briefly summarize X --grammar off} shows them, for
 * the junk kinds a reader saw on real pages: contractions and elisions, sentence openers that are ordinary words,
 * a title or a place fused with the name after it, a place typed as a club.
 */
class SampleActorsTest {

    private static final Pattern CONTRACTION = Pattern.compile("\\p{L}{1,4}['’]\\p{Ll}.*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    private static Summary summarize(String file) throws Exception {
        return Briefly.builder().grammar(GrammarMode.OFF).actors(40).build().summarize(Path.of(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds/000_09586750ae67223c.txt", "samples/en-river-bridge.txt",
            "samples/de-stadtbibliothek.txt", "samples/es-sequia.txt", "samples/fr-tramway.txt"})
    void listsNoContractionAndNoOrdinaryWordAsAnActor(String file) throws Exception {
        Summary s = summarize(file);
        String lowerText = " " + s.text() + " ";
        for (Actor a : s.actors()) {
            for (Mention m : a.mentions()) {
                assertFalse(CONTRACTION.matcher(m.text()).matches(), file + ": contraction " + m.text());
            }
            // A one-word actor the article also writes in lower case is an ordinary word ("Son président").
            if (WORD.matcher(a.name()).matches() && !a.name().equals(a.name().toUpperCase(Locale.ROOT))) {
                String lower = a.name().toLowerCase(Locale.ROOT);
                assertFalse(Pattern.compile("[\\s(\"“«„]" + Pattern.quote(lower) + "[\\s,.;:!?)\"”»]")
                        .matcher(lowerText).find(), file + ": ordinary word " + a.name());
            }
        }
    }

    @Test
    void keepsATitleOutOfTheGermanSamplesNames() throws Exception {
        Summary s = summarize("samples/de-stadtbibliothek.txt");
        for (String name : List.of("Jens Bauer", "Anna Keller", "Sabine Wolf")) {
            assertEquals(ActorType.PERSON, ActorTestSupport.require(s.actors(), name).type(), name);
        }
        for (Actor a : s.actors()) {
            assertFalse(a.name().contains(" ") && a.name().endsWith("Jens Bauer") && !a.name().equals("Jens Bauer"),
                    "fused: " + a.name());
        }
    }

    @Test
    void listsNoCompoundNounOfTheGermanSampleAsAnActor() throws Exception {
        Summary s = summarize("samples/de-stadtbibliothek.txt");
        for (String noun : List.of("Bauzeit", "Baumaterial", "Stadtbibliothek", "Sonntagnachmittag")) {
            assertFalse(ActorTestSupport.anyMention(s.actors(), noun), noun);
        }
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(s.actors(), "Lindenau").type());
    }

    @Test
    void typesTheTownOfTheFrenchSamplesTramwayAsAPlace() throws Exception {
        Summary s = summarize("samples/fr-tramway.txt");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(s.actors(), "Valmont").type());
    }

    @Test
    void typesTheSpanishSamplesComarcaAsAPlace() throws Exception {
        Summary s = summarize("samples/es-sequia.txt");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(s.actors(), "Alto Duero").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(s.actors(), "Soria").type());
    }

    @Test
    void listsTheFrenchSamplesPeopleWithoutItsElisions() throws Exception {
        Summary s = summarize("samples/fr-tramway.txt");
        for (String name : List.of("Claire Dubois", "Marc Lefèvre")) {
            assertEquals(ActorType.PERSON, ActorTestSupport.require(s.actors(), name).type(), name);
        }
        assertFalse(s.actors().stream().anyMatch(a -> a.name().equals("C'est") || a.name().equals("L'association")
                || a.name().equals("Son")));
    }
}
