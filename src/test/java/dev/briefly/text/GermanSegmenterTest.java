package dev.briefly.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GermanSegmenterTest {

    @Test
    void keepsAbbreviationsWithSpacesTogether() {
        assertEquals(List.of("Viele Länder, z. B. Frankreich, stimmten zu.", "Das war neu."),
                Segment.sentences("de", "Viele Länder, z. B. Frankreich, stimmten zu. Das war neu."));
    }

    @Test
    void keepsOrdinalDatesTogether() {
        assertEquals(List.of("Am 3. Oktober feiert Deutschland.", "Die Feier ist groß."),
                Segment.sentences("de", "Am 3. Oktober feiert Deutschland. Die Feier ist groß."));
    }

    @Test
    void keepsLowQuoteAttributionTogether() {
        assertEquals(List.of("„Das ist vorbei!“ sagte der Minister.", "Er ging."),
                Segment.sentences("de", "„Das ist vorbei!“ sagte der Minister. Er ging."));
    }
}
