package dev.briefly.grammar;

import net.loomchild.segment.TextIterator;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import net.loomchild.segment.srx.io.Srx2SaxParser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LanguageTool's segmentation rules cut down to one language ({@link SrxSubset}) split every text into the same
 * sentences as the whole file does, for every language code the file maps, in both paragraph settings.
 */
class SrxSubsetTest {

    private static final String SRX = "/org/languagetool/resource/segment.srx";

    /** Texts with abbreviations, numbers, quotations, line breaks and the scripts of the file's languages. */
    private static final List<String> TEXTS = List.of(
            "Dr. Smith arrived at 10 a.m. on Monday. He said: \"It's done.\" Then he left!\nA new line.\n\nA paragraph.",
            "Der Vertrag wurde am 3. Oktober 1990 unterzeichnet. Z. B. gilt das auch für die Bundesrep. Deutschland. Ende.",
            "M. Dupont est arrivé. « C'est fini ! » dit-il. Etc. Puis il est parti… Le lendemain, rien.",
            "El Sr. García llegó a las 10 h. ¿Qué pasó? ¡Nada! Y luego se fue.",
            "Prof. Kowalski, tj. nasz gość, przyjechał. Było to w r. 2001. Koniec.",
            "Г-н Иванов приехал в 10 ч. Он сказал: «Всё готово». Т. е. работа окончена. Конец.",
            "Ο κ. Παπαδόπουλος ήρθε. Είπε: «Τελείωσε». Τέλος;",
            "東京に着いた。彼は「終わった」と言った！それから帰った？はい。",
            "他到了北京。他说：“完成了！”然后离开了？是的。",
            "وصل السيد أحمد. قال: «انتهى». ثم غادر؟ نعم.",
            "U.S. officials met in Washington D.C. on Jan. 5. They agreed. No. 10 Downing St. was quiet.");

    @Test
    void splitsEveryTextAsTheWholeFileDoesForEveryMappedLanguage() throws IOException {
        byte[] full = resource();
        SrxDocument whole = parse(full);
        Set<String> codes = mappedCodes(new String(full, StandardCharsets.UTF_8));
        assertTrue(codes.size() > 25, "codes found: " + codes);
        for (String code : codes) {
            byte[] cut = SrxSubset.cut(full, code);
            assertNotNull(cut, code);
            assertTrue(cut.length < full.length, code + " is not cut");
            SrxDocument part = parse(cut);
            for (String suffix : List.of("_one", "_two")) {
                for (String text : TEXTS) {
                    assertEquals(split(whole, code + suffix, text), split(part, code + suffix, text),
                            code + suffix + ": " + text);
                }
            }
        }
    }

    @Test
    void keepsOnlyTheRuleSetsOfTheLanguageAndTheGeneralOnes() throws IOException {
        String cut = new String(SrxSubset.cut(resource(), "en"), StandardCharsets.UTF_8);
        assertTrue(cut.contains("languagerulename=\"English\""));
        assertTrue(cut.contains("languagerulename=\"Default\""));
        assertTrue(!cut.contains("languagerulename=\"Polish\""), "Polish rules kept for English");
        assertTrue(cut.length() < resource().length / 5, "English keeps " + cut.length() + " bytes");
    }

    @Test
    void servesTheWholeFileWhenItsShapeIsUnexpected() {
        byte[] noMaps = "<srx><body><languagerules></languagerules></body></srx>".getBytes(StandardCharsets.UTF_8);
        assertNull(SrxSubset.cut(noMaps, "en"));
        byte[] missingRule = ("<srx><body><languagerules><languagerule languagerulename=\"A\"></languagerule>"
                + "</languagerules><maprules><languagemap languagepattern=\"en.*\" languagerulename=\"B\"></languagemap>"
                + "</maprules></body></srx>").getBytes(StandardCharsets.UTF_8);
        assertNull(SrxSubset.cut(missingRule, "en"));
        byte[] badPattern = ("<srx><body><languagerules><languagerule languagerulename=\"A\"></languagerule>"
                + "</languagerules><maprules><languagemap languagepattern=\"(en\" languagerulename=\"A\"></languagemap>"
                + "</maprules></body></srx>").getBytes(StandardCharsets.UTF_8);
        assertNull(SrxSubset.cut(badPattern, "en"));
    }

    /** Returns a code for each language pattern of the file, e.g. "el" for "(EL|el).*". */
    private static Set<String> mappedCodes(String srx) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = Pattern.compile("languagepattern=\"\\(([A-Z]+)\\|([a-z]+)\\)").matcher(srx);
        while (m.find()) {
            codes.add(m.group(2));
        }
        codes.add("xx");
        return codes;
    }

    private static byte[] resource() throws IOException {
        try (InputStream in = SrxSubsetTest.class.getResourceAsStream(SRX)) {
            assertNotNull(in, SRX);
            return in.readAllBytes();
        }
    }

    private static SrxDocument parse(byte[] srx) {
        Reader r = new InputStreamReader(new ByteArrayInputStream(srx), StandardCharsets.UTF_8);
        return new Srx2SaxParser(Map.of(Srx2SaxParser.VALIDATE_PARAMETER, Boolean.TRUE)).parse(r);
    }

    private static List<String> split(SrxDocument doc, String code, String text) {
        List<String> out = new ArrayList<>();
        TextIterator it = new SrxTextIterator(doc, code, text);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }
}
