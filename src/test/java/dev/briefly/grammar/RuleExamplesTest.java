package dev.briefly.grammar;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleExamplesTest {

    private static String strip(String xml) {
        byte[] out = RuleExamples.strip(xml.getBytes(StandardCharsets.UTF_8));
        return out == null ? null : new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void removesExamplesWithTheirMarkersAndKeepsTheRule() {
        String rule = "<rule id=\"A\"><pattern><token>foo</token></pattern><message>Bär</message>"
                + "<example correction=\"bar\">A <marker>foo</marker> here.</example>\n"
                + "<example type='correct'>No \"&gt;\" here.</example><short>x</short></rule>";
        assertEquals("<rule id=\"A\"><pattern><token>foo</token></pattern><message>Bär</message>\n"
                + "<short>x</short></rule>", strip(rule));
    }

    @Test
    void removesSelfClosingExamplesAndAttributesWithAngleBrackets() {
        assertEquals("<rule></rule>", strip("<rule><example correction=\"a>b\"/></rule>"));
    }

    @Test
    void leavesCommentsCdataAndOtherElementNamesAlone() {
        String xml = "<!-- <example>x</example> --><![CDATA[<example>y</example>]]><examples>z</examples>";
        assertEquals(xml, strip(xml));
    }

    @Test
    void refusesAnExampleThatNeverEnds() {
        assertNull(strip("<rule><example>open"));
        assertNull(strip("<rule><example correction=\"x"));
        assertNull(strip("<!-- never closed <example>x</example>"));
    }

    @Test
    void stripsEveryExampleOfLanguageToolsEnglishStyleRules() throws Exception {
        byte[] file;
        try (InputStream in = RuleExamplesTest.class.getResourceAsStream("/org/languagetool/rules/en/style.xml")) {
            assertNotNull(in, "language-en on the test class path");
            file = in.readAllBytes();
        }
        String before = new String(file, StandardCharsets.UTF_8);
        String after = strip(before);
        assertNotNull(after);
        assertTrue(before.contains("<example"), "the file has examples");
        assertEquals(-1, after.replaceAll("(?s)<!--.*?-->", "").indexOf("<example"));
        // Everything else stays: the rules, patterns and messages.
        assertEquals(count(before, "<rule"), count(after, "<rule"));
        assertEquals(count(before, "<message"), count(after, "<message"));
        assertEquals(count(before, "<antipattern"), count(after, "<antipattern"));
    }

    @Test
    void neverThrowsOnRandomOrDamagedInput() {
        Random random = new Random(42);
        byte[] seed = ("<rule><example a='1'>x <marker>y</marker></example><!-- c --><![CDATA[d]]>"
                + "<example/></rule>").getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < 20_000; n++) {
            byte[] in;
            if (n % 2 == 0) {
                String alphabet = "<>!-[]/'\"examplerCDAT x";
                in = new byte[random.nextInt(64)];
                for (int i = 0; i < in.length; i++) {
                    in[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
                }
            } else {
                in = seed.clone();
                int cut = random.nextInt(in.length + 1);
                in = java.util.Arrays.copyOf(in, cut);
                if (cut > 0) {
                    in[random.nextInt(cut)] = (byte) random.nextInt(256);
                }
            }
            byte[] out = RuleExamples.strip(in);
            if (out != null) {
                assertTrue(out.length <= in.length, "never longer than its input");
            }
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
