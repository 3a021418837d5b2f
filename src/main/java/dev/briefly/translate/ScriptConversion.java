package dev.briefly.translate;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a language's text in the script translation engines read, with ICU4J's transliterators.
 *
 * <p>Apertium's Serbo-Croatian analysers (local and through APy alike) read the Latin alphabet, and Serbian news
 * is often written in Cyrillic, which they would pass through untranslated. Serbian Cyrillic maps one to one onto
 * Gaj's Latin alphabet (ICU's {@code Serbian-Latin/BGN}: џ → dž, љ → lj, ћ → ć), so the conversion loses nothing;
 * the result is composed to NFC, since ICU writes ć as c and a combining accent, which no search for the name
 * would match. Stateless and thread-safe: each call takes its own transliterator instance.
 */
final class ScriptConversion {

    /**
     * ICU transliterator per language family, keyed by the family's first member as {@link LanguageCodes#family}
     * lists it, with the script it converts from. Data, not a branch: another language that engines read in one
     * script only adds a line here.
     */
    private static final Map<String, Conversion> BY_FAMILY = Map.of(
            "bs", new Conversion("Serbian-Latin/BGN; Any-NFC", Pattern.compile("\\p{IsCyrillic}")));

    private record Conversion(String icuId, Pattern from) {
    }

    private ScriptConversion() {
    }

    /**
     * Returns {@code lines} in the script an engine reads for the source language {@code from} (an ISO 639-1 or
     * engine code): the same list when the language needs no conversion or no line is in the other script.
     */
    static List<String> readable(List<String> lines, String from) {
        List<String> family = LanguageCodes.family(from);
        Conversion c = family.isEmpty() ? null : BY_FAMILY.get(family.get(0));
        if (c == null || lines.stream().noneMatch(l -> c.from().matcher(l).find())) {
            return lines;
        }
        try {
            return Icu.convert(lines, c);
        } catch (NoClassDefFoundError e) {
            // ICU is optional for a library user: without it the lines go to the engine as written.
            return lines;
        }
    }

    /** Keeps the ICU calls in a class of their own, loaded only when a line needs converting. */
    private static final class Icu {
        static List<String> convert(List<String> lines, Conversion c) {
            Transliterator t = Transliterator.getInstance(c.icuId());
            List<String> out = new ArrayList<>(lines.size());
            for (String line : lines) {
                out.add(c.from().matcher(line).find() ? t.transliterate(line) : line);
            }
            return out;
        }
    }
}
