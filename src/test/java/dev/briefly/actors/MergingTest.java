package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergingTest {

    @Test
    void mergesSurnameIntoFullName() {
        ArticleState s = after(Merging.class, "en", "Rex Tillerson arrived in the morning.", "Tillerson said little.");
        assertSame(cluster(s, "Rex Tillerson"), cluster(s, "Tillerson"));
        assertEquals(2, cluster(s, "Tillerson").mentions.size());
    }

    @Test
    void mergesASurnameAfterAParticle() {
        ArticleState s = after(Merging.class, "en", "The envoy met Bashar al-Assad today.", "Assad did not speak.");
        assertSame(cluster(s, "Bashar al-Assad"), cluster(s, "Assad"));
    }

    @Test
    void mergesAnAcronymWithTheNameItAbbreviates() {
        ArticleState s = after(Merging.class, "en", "Envoys at the United Nations met.", "A UN spokesman spoke.");
        assertSame(cluster(s, "United Nations"), cluster(s, "UN"));
    }

    @Test
    void mergesInflectedFormsOfOneName() {
        ArticleState s = after(Merging.class, "ru", "Вчера Путин приехал.", "Речь Путина была короткой.");
        assertSame(cluster(s, "Путин"), cluster(s, "Путина"));
        assertTrue(Merging.inflected("russlands", "russland"));
        assertFalse(Merging.inflected("mann", "maria"));
    }

    @Test
    void keepsDifferentPeopleApart() {
        ArticleState s = after(Merging.class, "en", "Rex Tillerson met Boris Johnson in London.");
        assertNotSame(cluster(s, "Rex Tillerson"), cluster(s, "Boris Johnson"));
    }

    @Test
    void keepsATownApartFromTheClubNamedForIt() {
        ArticleState s = after(Merging.class, "en", "MADRID 1996-08-31",
                "Roberto Carlos saved the blushes of Real Madrid coach Fabio Capello in Madrid.");
        assertNotSame(cluster(s, "Real Madrid"), cluster(s, "MADRID"));
    }

    @Test
    void mergesAFirmsShortFormWithItsNameEndingInOrganisationWords() {
        ArticleState s = after(Merging.class, "en", "Verona International Inc said profits rose.",
                "Verona will report in May.");
        assertSame(cluster(s, "Verona International Inc"), cluster(s, "Verona"));
    }

    @Test
    void keepsATownWithAPlaceCueApartFromTheBodyNamedForIt() {
        ArticleState s = after(Merging.class, "en", "The Washington Post reported it first.",
                "Officials in Washington denied the report.");
        assertNotSame(cluster(s, "Washington Post"), cluster(s, "Washington"));
    }

    @Test
    void keepsATownApartFromTheBodySeatedInIt() {
        ArticleState s = after(Merging.class, "de", "Die Staatsanwaltschaft Dortmund ermittelt seit Montag.",
                "In Dortmund regnete es am Abend.");
        assertNotSame(cluster(s, "Staatsanwaltschaft Dortmund"), cluster(s, "Dortmund"));
    }

    @Test
    void keepsALoneInstitutionWordApartFromATwoWordOrganisationItOpens() {
        ArticleState s = after(Merging.class, "es", "La carta del Comité llegó ayer.",
                "Luego respondió el Comité Olímpico en Madrid.");
        assertNotSame(cluster(s, "Comité"), cluster(s, "Comité Olímpico"));
    }
}
