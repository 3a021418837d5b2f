package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindMentionsTest {

    @Test
    void skipsNamesInsideQuotes() {
        QuoteState st = ChainRun.through("“Ask John Smith,” said Mary Jones.", "en", FindMentions.class);
        List<String> names = st.names.mentions.stream().map(Names.Mention::name).toList();
        assertEquals(List.of("Mary Jones"), names);
    }

    @Test
    void takesANameWithAnOrganisationOrEventWordOfTheActorListsForNoPerson() {
        QuoteState st = ChainRun.through("The Republican National Convention opened. The Tea Party Alliance met.\n"
                + "Republican delegates cheered.", "en", FindMentions.class);
        for (Names.Mention m : st.names.mentions) {
            assertTrue(!m.person() && !m.canonical().equals("Republican National Convention")
                    || !m.name().equals("Republican"), m.toString());
            assertTrue(!m.person() || !m.name().contains("Convention") && !m.name().contains("Alliance"),
                    m.toString());
        }
    }

    @Test
    void takesANameWithADemonymOrCountryWordForNoPerson() {
        QuoteState st = ChainRun.through("But if British Columbia returns to two parties, Western Canadian voters "
                + "will notice. Stefan Jonsson agreed.", "en", FindMentions.class);
        for (Names.Mention m : st.names.mentions) {
            assertEquals(m.name().equals("Stefan Jonsson"), m.person(), m.toString());
        }
    }

    @Test
    void takesAPluralNameAfterTheForAGroupButNotAKnownSurnameOrAModifier() {
        QuoteState st = ChainRun.through("The Greens hold three seats. Mulder played at the Diamond Resorts, "
                + "beside the Edmonton Oilers. Bernie Sanders spoke. The Sanders campaign grew. "
                + "They met the Jim Roberts era.", "en", FindMentions.class);
        for (Names.Mention m : st.names.mentions) {
            boolean group = m.name().equals("Greens") || m.name().equals("Diamond Resorts")
                    || m.name().equals("Edmonton Oilers");
            if (group || m.name().equals("Bernie Sanders") || m.name().equals("Sanders")
                    || m.name().equals("Jim Roberts")) {
                assertEquals(!group, m.person(), m.toString());
            }
        }
    }

    @Test
    void resolvesALaterSurnameToTheFullName() {
        QuoteState st = ChainRun.through("Mary Jones came early. Jones left late.", "en", FindMentions.class);
        assertEquals("Mary Jones", st.names.mentions.get(1).canonical());
    }

    private static List<String> names(String text, String language) {
        return ChainRun.through(text, language, FindMentions.class).names.mentions.stream()
                .map(Names.Mention::name).toList();
    }

    @Test
    void dropsABylineAndAPhotoCredit() {
        String text = "By Jane Doe\nPhoto: Tom Lee\nMary Jones came early.";
        assertEquals(List.of("Mary Jones"), names(text, "en"));
    }

    @Test
    void dropsANameCreditedToAnAgency() {
        assertEquals(List.of("Mary Jones"), names("Mary Jones in Ottawa. Darryl Dyck/The Canadian Press", "en")
                .subList(0, 1));
        assertTrue(!names("Mary Jones in Ottawa. Darryl Dyck/The Canadian Press", "en").contains("Darryl Dyck"));
    }

    @Test
    void dropsBylinesInOtherLanguages() {
        assertEquals(List.of("Klaus Weber"), names("Von Anna Müller\nKlaus Weber kam früh.", "de"));
        assertEquals(List.of("Marie Curie"), names("Par Jean Dupont\nMarie Curie est venue.", "fr"));
        assertEquals(List.of("Luis Gómez"), names("Por Ana López\nLuis Gómez llegó temprano.", "es"));
        assertEquals(List.of("Piet Jansen"), names("Door Jan de Vries\nPiet Jansen kwam vroeg.", "nl"));
    }

    @Test
    void keepsANameThatOpensAnOrdinaryLine() {
        assertEquals(List.of("Jane Doe"), names("Jane Doe came early.", "en"));
    }

    @Test
    void neverTakesTheReporterAsTheSpeaker() {
        List<Quote> quotes = new RuleQuoteFinder().find("By Jane Doe\n“We will win,” she said.", "en");
        assertEquals(1, quotes.size());
        assertNotEquals("Jane Doe", quotes.get(0).speaker());
    }
}
