package dev.briefly.quotes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Checks, for each language with quote marks and speech verbs of its own and a Latin or Cyrillic script, the cue
 * constructions docs/quotes.md lists: the verb after the quote with the name after it (inverted), the name and
 * verb before the quote with a colon, the language's "according to", and a clause that leads into the quote with
 * a colon but no speech verb. The sentences use each language's own marks and verbs from its resources.
 */
class CueConstructionsTest {

    static Stream<Arguments> constructions() {
        return Stream.of(
                // language, construction, text, quote prefix, speaker
                arguments("en", "inverted", "“We will win the vote,” said Anna Smith on Monday.", "We will", "Anna Smith"),
                arguments("en", "before", "Anna Smith said: “We will win the vote.”", "We will", "Anna Smith"),
                arguments("en", "according", "According to Anna Smith, “we will win the vote.”", "we will", "Anna Smith"),
                arguments("en", "lead-in", "Anna Smith put it bluntly to the crowd: “We will win the vote.”", "We will", "Anna Smith"),
                arguments("de", "inverted", "„Wir werden die Wahl gewinnen“, sagte Anna Schmidt am Montag.", "Wir werden", "Anna Schmidt"),
                arguments("de", "before", "Anna Schmidt sagte: „Wir werden die Wahl gewinnen.“", "Wir werden", "Anna Schmidt"),
                arguments("de", "according", "Laut Anna Schmidt: „Wir werden die Wahl gewinnen.“", "Wir werden", "Anna Schmidt"),
                arguments("de", "lead-in", "Anna Schmidt wandte sich an die Menge: „Wir werden die Wahl gewinnen.“", "Wir werden", "Anna Schmidt"),
                arguments("fr", "inverted", "« Nous allons gagner le vote », a déclaré Marie Dupont lundi.", "Nous allons", "Marie Dupont"),
                arguments("fr", "before", "Marie Dupont a déclaré : « Nous allons gagner le vote. »", "Nous allons", "Marie Dupont"),
                arguments("fr", "according", "Selon Marie Dupont, « nous allons gagner le vote ».", "nous allons", "Marie Dupont"),
                arguments("fr", "lead-in", "Marie Dupont s'est tournée vers la foule : « Nous allons gagner le vote. »", "Nous allons", "Marie Dupont"),
                arguments("es", "inverted", "«Vamos a ganar la votación», dijo Ana García el lunes.", "Vamos a", "Ana García"),
                arguments("es", "before", "Ana García dijo: «Vamos a ganar la votación.»", "Vamos a", "Ana García"),
                arguments("es", "according", "Según Ana García, «vamos a ganar la votación».", "vamos a", "Ana García"),
                arguments("es", "lead-in", "Ana García se dirigió a la multitud: «Vamos a ganar la votación.»", "Vamos a", "Ana García"),
                arguments("it", "inverted", "«Vinceremo il voto», ha detto Giulia Rossi lunedì.", "Vinceremo il", "Giulia Rossi"),
                arguments("it", "before", "Giulia Rossi ha detto: «Vinceremo il voto.»", "Vinceremo il", "Giulia Rossi"),
                arguments("it", "according", "Secondo Giulia Rossi, «vinceremo il voto».", "vinceremo il", "Giulia Rossi"),
                arguments("it", "lead-in", "Giulia Rossi si è rivolta alla folla: «Vinceremo il voto.»", "Vinceremo il", "Giulia Rossi"),
                arguments("pt", "inverted", "«Vamos ganhar a votação», disse Ana Souza na segunda-feira.", "Vamos ganhar", "Ana Souza"),
                arguments("pt", "before", "Ana Souza disse: «Vamos ganhar a votação.»", "Vamos ganhar", "Ana Souza"),
                arguments("pt", "according", "Segundo Ana Souza, «vamos ganhar a votação».", "vamos ganhar", "Ana Souza"),
                arguments("pt", "lead-in", "Ana Souza dirigiu-se à multidão: «Vamos ganhar a votação.»", "Vamos ganhar", "Ana Souza"),
                arguments("nl", "inverted", "“We gaan de stemming winnen”, zei Anna de Vries maandag.", "We gaan", "Anna de Vries"),
                arguments("nl", "before", "Anna de Vries zei: “We gaan de stemming winnen.”", "We gaan", "Anna de Vries"),
                arguments("nl", "according", "Volgens Anna de Vries: “We gaan de stemming winnen.”", "We gaan", "Anna de Vries"),
                arguments("nl", "lead-in", "Anna de Vries richtte zich tot de menigte: “We gaan de stemming winnen.”", "We gaan", "Anna de Vries"),
                arguments("ru", "inverted", "«Мы выиграем голосование», — сказала Анна Иванова в понедельник.", "Мы выиграем", "Анна Иванова"),
                arguments("ru", "before", "Анна Иванова сказала: «Мы выиграем голосование».", "Мы выиграем", "Анна Иванова"),
                arguments("ru", "according", "Иван Петров выступил в понедельник.\n\nПо словам Петрова, «мы выиграем голосование».", "мы выиграем", "Иван Петров"),
                arguments("ru", "lead-in", "Анна Иванова обратилась к толпе: «Мы выиграем голосование».", "Мы выиграем", "Анна Иванова"),
                arguments("pl", "inverted", "„Wygramy to głosowanie”, powiedziała Anna Nowak w poniedziałek.", "Wygramy to", "Anna Nowak"),
                arguments("pl", "before", "Anna Nowak powiedziała: „Wygramy to głosowanie.”", "Wygramy to", "Anna Nowak"),
                arguments("pl", "according", "Według Anny Nowak: „Wygramy to głosowanie.”", "Wygramy to", "Anny Nowak"),
                arguments("pl", "lead-in", "Anna Nowak zwróciła się do tłumu: „Wygramy to głosowanie.”", "Wygramy to", "Anna Nowak"),
                arguments("sv", "inverted", "”Vi kommer att vinna omröstningen”, sa Anna Svensson på måndagen.", "Vi kommer", "Anna Svensson"),
                arguments("sv", "before", "Anna Svensson sa: ”Vi kommer att vinna omröstningen.”", "Vi kommer", "Anna Svensson"),
                arguments("sv", "according", "Enligt Anna Svensson: ”Vi kommer att vinna omröstningen.”", "Vi kommer", "Anna Svensson"),
                arguments("sv", "lead-in", "Anna Svensson vände sig till folkmassan: ”Vi kommer att vinna omröstningen.”", "Vi kommer", "Anna Svensson"),
                arguments("ca", "inverted", "«Guanyarem la votació», va dir Anna Puig dilluns.", "Guanyarem la", "Anna Puig"),
                arguments("ca", "before", "Anna Puig va dir: «Guanyarem la votació.»", "Guanyarem la", "Anna Puig"),
                arguments("ca", "according", "Segons Anna Puig, «guanyarem la votació».", "guanyarem la", "Anna Puig"),
                arguments("ca", "lead-in", "Anna Puig es va adreçar a la multitud: «Guanyarem la votació.»", "Guanyarem la", "Anna Puig"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("constructions")
    void attributesEachCueConstructionOfTheLanguage(String language, String construction, String text,
                                                   String quotePrefix, String speaker) {
        assertSpeaker(text, language, quotePrefix, speaker);
    }
}
