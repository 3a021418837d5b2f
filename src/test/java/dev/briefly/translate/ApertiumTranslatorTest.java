package dev.briefly.translate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the locally installed Apertium (./setup.sh installs it). */
@Tag("slow")
class ApertiumTranslatorTest {

    private static final ApertiumTranslator APERTIUM = new ApertiumTranslator();

    @BeforeAll
    static void needsApertium() {
        Engines.assumeApertium();
    }

    @Test
    void translatesEnglishToSpanishOneLinePerLine() throws IOException {
        List<String> in = List.of("The house is red.", "", "The dog sleeps\nin the garden.", "I have two cats.");
        Translator.TranslatedLines t = APERTIUM.translate(in, "en", "es");
        assertEquals(4, t.lines().size(), t.lines().toString());
        assertNull(t.pivot());
        assertTrue(t.lines().get(0).contains("casa"), t.lines().get(0));
        assertEquals("", t.lines().get(1));
        assertTrue(t.lines().get(2).contains("perro") && t.lines().get(2).contains("jardín"), t.lines().get(2));
        assertTrue(t.lines().get(3).contains("gatos"), t.lines().get(3));
    }

    @Test
    void batchEqualsLineByLineTranslation() throws IOException {
        List<String> in = List.of("The minister resigned yesterday.", "Prices rose by three percent.",
                "The council will meet on Monday.");
        List<String> batch = APERTIUM.translate(in, "en", "es").lines();
        for (int i = 0; i < in.size(); i++) {
            assertEquals(APERTIUM.translate(List.of(in.get(i)), "en", "es").lines().get(0), batch.get(i));
        }
    }

    @Test
    void removesUnknownWordMarksByDefault() throws IOException {
        String out = APERTIUM.translate(List.of("Zorblat visited the city."), "en", "es").lines().get(0);
        assertTrue(out.contains("Zorblat") && !out.contains("*"), out);
    }

    @Test
    void keepsUnknownWordMarksWhenAsked() throws IOException {
        Translator keep = new ApertiumTranslator("apertium", null, true, Duration.ofSeconds(60));
        String out = keep.translate(List.of("Zorblat visited the city."), "en", "es").lines().get(0);
        assertTrue(out.contains("*Zorblat"), out);
    }

    @Test
    void markStrippingKeepsHandlesAndHashtagsTheSourceHas() {
        assertEquals("Sigue @newsdesk y Zorblat #elecciones",
                Marks.strip("Sigue @newsdesk y *Zorblat #elecciones", "Follow @newsdesk and Zorblat #elecciones"));
        assertEquals("casa roja Zorb", Marks.strip("#casa @roja *Zorb", "red house Zorb"));
    }

    @Test
    void pivotsCatalanToPortugueseThroughSpanish() throws IOException {
        Translator.TranslatedLines t = APERTIUM.translate(List.of("La casa és vermella."), "ca", "pt");
        assertEquals("es", t.pivot());
        assertTrue(t.lines().get(0).contains("casa"), t.lines().get(0));
    }

    @Test
    void missingPairListsTheAvailableOnes() {
        IOException e = assertThrows(IOException.class, () -> APERTIUM.translate(List.of("Hello."), "en", "ru"));
        assertTrue(e.getMessage().contains("en→ru") && e.getMessage().contains("available: ")
                && e.getMessage().contains("en→es"), e.getMessage());
    }

    @Test
    void picksTheValencianVariantOfCatalan() throws IOException {
        ApertiumTranslator valencia = new ApertiumTranslator("apertium", "valencia", false, Duration.ofSeconds(60));
        assertEquals("eng-cat_valencia", valencia.route("en", "ca").first().id());
        assertEquals("eng-cat", APERTIUM.route("en", "ca").first().id());
    }

    @Test
    void unknownVariantListsTheVariants() {
        ApertiumTranslator odd = new ApertiumTranslator("apertium", "klingon", false, Duration.ofSeconds(60));
        IOException e = assertThrows(IOException.class, () -> odd.route("en", "ca"));
        assertTrue(e.getMessage().contains("valencia"), e.getMessage());
    }

    @Test
    void missingProgramSaysHowToInstallIt() {
        ApertiumTranslator none = new ApertiumTranslator("/nonexistent/apertium", null, false, Duration.ofSeconds(5));
        IOException e = assertThrows(IOException.class, () -> none.translate(List.of("Hi."), "en", "es"));
        assertTrue(e.getMessage().contains("setup.sh"), e.getMessage());
    }

    @Test
    void parsesDebianModeNamesWithVariantsAndSkipsOthers() {
        List<LanguagePair> p = ApertiumTranslator.parseModes("eng-spa\nes-pt_BR\neco-es-fr\n"
                + "eng-cat_valencia_uni\nfr-es\n");
        assertEquals(List.of(new LanguagePair("en", "es", null, "eng-spa"),
                new LanguagePair("es", "pt", "BR", "es-pt_BR"),
                new LanguagePair("en", "ca", "valencia_uni", "eng-cat_valencia_uni"),
                new LanguagePair("fr", "es", null, "fr-es")), p);
    }

    @Test
    void macrolanguagePairsServeEachMemberLanguage() {
        List<LanguagePair> p = PairTranslator.withMembers(
                ApertiumTranslator.parseModes("hbs-eng\neng-hbs_HR\neng-hbs_SR\nind-zlm\nspa-eng\n"));
        assertTrue(p.contains(new LanguagePair("hr", "en", null, "hbs-eng")), p.toString());
        assertTrue(p.contains(new LanguagePair("sr", "en", null, "hbs-eng")), p.toString());
        assertTrue(p.contains(new LanguagePair("bs", "en", null, "hbs-eng")), p.toString());
        assertTrue(p.contains(new LanguagePair("en", "hr", "HR", "eng-hbs_HR")), p.toString());
        assertTrue(p.contains(new LanguagePair("en", "sr", "SR", "eng-hbs_SR")), p.toString());
        assertTrue(p.contains(new LanguagePair("id", "ms", null, "ind-zlm")), p.toString());
        // The macrolanguage's own pairs stay, and a pair of plain languages gains nothing.
        assertTrue(p.contains(new LanguagePair("en", "hbs", "HR", "eng-hbs_HR")), p.toString());
        assertEquals(1, p.stream().filter(x -> x.id().equals("spa-eng")).count(), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.to().equals("bs") && x.id().equals("eng-hbs_HR")), p.toString());
    }

    @Test
    void translatesCroatianAndSerbianInEitherScriptToEnglish() throws IOException {
        assumeMode("hbs-eng");
        String croatian = APERTIUM.translate(List.of("Vlada je u petak otvorila novi most."), "hr", "en")
                .lines().get(0);
        assertTrue(croatian.contains("bridge") && croatian.contains("Friday"), croatian);
        String cyrillic = APERTIUM.translate(List.of("Влада је у петак отворила нови мост.", "", "Latinica ostaje."),
                "sr", "en").lines().get(0);
        assertTrue(cyrillic.contains("bridge") && cyrillic.contains("Friday"), cyrillic);
        assertFalse(cyrillic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                cyrillic);
    }

    @Test
    void translatesBasqueToEnglishAndMalayToIndonesian() throws IOException {
        assumeMode("eu-en");
        assumeMode("zlm-ind");
        String basque = APERTIUM.translate(List.of("Zubia ostiralean irekiko dute."), "eu", "en").lines().get(0);
        assertTrue(basque.contains("bridge") && basque.contains("Friday"), basque);
        Translator.TranslatedLines malay = APERTIUM.translate(List.of("Jambatan itu dibuka pada hari Jumaat."),
                "ms", "id");
        assertNull(malay.pivot());
        assertTrue(malay.lines().get(0).startsWith("Jembatan"), malay.lines().get(0));
    }

    @Test
    void pivotsThroughSerboCroatianUnderItsOwnName() throws IOException {
        assumeMode("slv-hbs");
        assumeMode("hbs-eng");
        assertEquals("hbs", APERTIUM.route("sl", "en").pivot());
    }

    @Test
    void refusesToTranslateBetweenStandardsOfOneLanguage() throws IOException {
        assumeMode("hbs-eng");
        IOException e = assertThrows(IOException.class,
                () -> APERTIUM.translate(List.of("Vlada je otvorila most."), "hr", "sr"));
        assertTrue(e.getMessage().contains("hr→sr") && e.getMessage().contains("one language"), e.getMessage());
        assertFalse(APERTIUM.pairs().stream().anyMatch(p -> p.from().equals("hr") && p.to().equals("sr")));
    }

    @Test
    void memberVariantPicksItsMode() throws IOException {
        assumeMode("eng-hbs_HR");
        ApertiumTranslator croatian = new ApertiumTranslator("apertium", "HR", false, Duration.ofSeconds(60));
        assertEquals("eng-hbs_HR", croatian.route("en", "hr").first().id());
        assertEquals("eng-hbs_HR", APERTIUM.route("en", "hr").first().id());
        assertEquals("eng-hbs_SR", APERTIUM.route("en", "sr").first().id());
    }

    @Test
    void protectedSerbianNamesComeOutInTheScriptOfTheTranslation() throws IOException {
        assumeMode("hbs-eng");
        String out = NameGuard.translate(APERTIUM, List.of("Премијер Милош Вучевић је у петак отворио нови мост."),
                "sr", "en", List.of("Милош Вучевић")).lines().get(0);
        assertTrue(out.contains("Miloš Vučević") && out.contains("bridge"), out);
        assertFalse(out.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                out);
    }

    private static void assumeMode(String mode) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                APERTIUM.pairs().stream().anyMatch(p -> p.id().equals(mode)),
                "Apertium mode " + mode + " is not installed; run ./setup.sh");
    }

    @Test
    void randomInputKeepsLineCountAndNeverThrows() throws IOException {
        Random r = new Random(16);
        String alphabet = "abcdeéñç XYZ*#@^$[]{}\\/<>.,;:!?\"'«»“”—-0123456789\t";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder s = new StringBuilder();
            int len = r.nextInt(60);
            for (int k = 0; k < len; k++) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (r.nextInt(8) == 0) {
                s.append("\n\n").append("tail");
            }
            lines.add(s.toString());
        }
        List<String> out = APERTIUM.translate(lines, "en", "es").lines();
        assertEquals(lines.size(), out.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i).isBlank(), out.get(i).isBlank(), "line " + i + ": " + lines.get(i));
            assertFalse(out.get(i).contains("\n"));
        }
    }
}
