package dev.briefly.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrenchSegmenterTest {

    @Test
    void keepsMonsieurWithTheName() {
        assertEquals(List.of("M. Dupont a rencontré Mme Martin.", "Ils ont parlé."),
                Segment.sentences("fr", "M. Dupont a rencontré Mme Martin. Ils ont parlé."));
    }

    @Test
    void keepsGuillemetAttributionTogether() {
        assertEquals(List.of("« C'est fini ! » a déclaré le ministre.", "Il est parti."),
                Segment.sentences("fr", "« C'est fini ! » a déclaré le ministre. Il est parti."));
    }
}
