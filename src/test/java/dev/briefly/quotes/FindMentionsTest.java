package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindMentionsTest {

    @Test
    void skipsNamesInsideQuotes() {
        QuoteState st = ChainRun.through("“Ask John Smith,” said Mary Jones.", "en", FindMentions.class);
        List<String> names = st.names.mentions.stream().map(Names.Mention::name).toList();
        assertEquals(List.of("Mary Jones"), names);
    }

    @Test
    void resolvesALaterSurnameToTheFullName() {
        QuoteState st = ChainRun.through("Mary Jones came early. Jones left late.", "en", FindMentions.class);
        assertEquals("Mary Jones", st.names.mentions.get(1).canonical());
    }
}
