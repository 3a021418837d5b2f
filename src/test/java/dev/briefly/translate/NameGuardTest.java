package dev.briefly.translate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class NameGuardTest {

    @Test
    void keepsANameThatApertiumWouldTranslate() throws IOException {
        Engines.assumeApertium();
        ApertiumTranslator apertium = new ApertiumTranslator();
        List<String> in = List.of("The Bush administration and Condoleezza Rice met reporters.");
        String plain = apertium.translate(in, "en", "es").lines().get(0);
        String guarded = NameGuard.translate(apertium, in, "en", "es", Set.of("Bush", "Condoleezza Rice"))
                .lines().get(0);
        assertFalse(plain.contains("Bush"), plain);
        assertTrue(guarded.contains("Bush") && guarded.contains("Condoleezza Rice"), guarded);
    }

    @Test
    void swapsNamesLongestFirstAndRestoresThem() {
        NameGuard.Protected p = NameGuard.protect("Rex Tillerson met Assad; Tillerson left.",
                List.of("Rex Tillerson", "Tillerson", "Assad"));
        assertFalse(p.text().contains("Tillerson") || p.text().contains("Assad"), p.text());
        assertEquals("Rex Tillerson met Assad; Tillerson left.", NameGuard.restore(p.text(), p.names()));
    }

    @Test
    void restoresPlaceholdersThatCarryAnUnknownWordMark() {
        NameGuard.Protected p = NameGuard.protect("Assad spoke.", List.of("Assad"));
        String marked = "*" + p.text().replace(" spoke.", "") + " habló.";
        assertEquals("Assad habló.", NameGuard.restore(marked, p.names()));
    }

    @Test
    void lostPlaceholderMakesTheLineTranslateUnguarded() throws IOException {
        // An engine that drops capitalised unknown words loses the placeholder; the guard must fall back.
        List<List<String>> calls = new ArrayList<>();
        Translator dropper = new Translator() {
            @Override
            public String name() {
                return "dropper";
            }

            @Override
            public TranslatedLines translate(List<String> lines, String from, String to) {
                calls.add(lines);
                return new TranslatedLines(lines.stream().map(l -> l.replaceAll("Zqx\\p{L}+", "")).toList(), null);
            }
        };
        List<String> out = NameGuard.translate(dropper, List.of("Putin said no.", "Nothing here."), "en", "es",
                Set.of("Putin")).lines();
        assertEquals(List.of("Putin said no.", "Nothing here."), out);
        assertEquals(2, calls.size());
        assertEquals(List.of("Putin said no."), calls.get(1));
    }

    @Test
    void restoreRefusesTextWithAStrayPlaceholder() {
        assertNull(NameGuard.restore("hola", List.of("Assad")));
    }

    @Test
    void findsCapitalisedRunsThatDoNotOpenASentence() {
        assertEquals(Set.of("Rex Tillerson", "Moscow"),
                NameGuard.capitalisedNames("Yesterday, Rex Tillerson went to Moscow. The talks ended."));
    }
}
