package dev.briefly.quotes;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random and hostile inputs: the finder never throws, keeps spans in range and stays linear. */
@Tag("slow")
class QuoteFinderRobustnessTest {

    private static final String ALPHABET = "“”\"‘’'«»„‚‹›「」『』 \n\n\t.,:;!?–—aZ söé Ш said, he said: according to ";
    private static final RuleQuoteFinder FINDER = new RuleQuoteFinder();

    private static String random(Random rnd, int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            if (rnd.nextInt(5) == 0) {
                sb.append(List.of("Rex Tillerson", "Mr. Smith", "don't", "Assad's", "a-t-il dit", "по словам")
                        .get(rnd.nextInt(6)));
            } else {
                sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    private static void check(String text, String lang) {
        List<Quote> quotes = FINDER.find(text, lang);
        int last = -1;
        for (Quote q : quotes) {
            assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= text.length(), q.toString());
            assertTrue(q.start() >= last, "document order");
            last = q.start();
        }
    }

    @Test
    void randomStringsFullOfQuoteMarksNeverThrow() {
        Random rnd = new Random(42);
        for (String lang : List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "ca", "xx")) {
            for (int i = 0; i < 60; i++) {
                check(random(rnd, 1 + rnd.nextInt(600)), lang);
            }
        }
    }

    @Test
    void degenerateInputsNeverThrow() {
        for (String s : List.of("", "“", "”", "\"", "'", "“”", "« »", "\n\n“\n\n", "„", "“a", "a”", "’s", "“ ” “ ”",
                "“He said ‘no”", "«…»", "「」『』", "— said", ": “", "“x,” he said.")) {
            check(s, "en");
            check(s, "de");
        }
    }

    @Test
    void unbalancedMarksDoNotBreakOtherQuotes() {
        String text = "A stray “ opens here and never closes.\n\n“We will stay,” Jane Roe said.\n\nOdd ” mark.";
        List<Quote> quotes = FINDER.find(text, "en");
        Quote q = QuoteAssertions.quote(quotes, "We will stay");
        assertTrue("Jane Roe".equals(q.speaker()), q.toString());
    }

    @Test
    void runsInLinearTimeOnHundredThousandQuoteMarks() {
        Random rnd = new Random(7);
        String small = random(rnd, 10_000);
        String large = random(rnd, 100_000);
        String marks = "“".repeat(50_000) + "”".repeat(50_000);
        String apostrophes = "a'b ".repeat(25_000);
        check(small, "en"); // warm up
        long t0 = System.nanoTime();
        check(small, "en");
        long t1 = System.nanoTime();
        check(large, "en");
        long t2 = System.nanoTime();
        check(marks, "en");
        check(apostrophes, "en");
        check("\n“".repeat(50_000), "en");
        long t3 = System.nanoTime();
        double ratio = (t2 - t1) / (double) Math.max(1, t1 - t0);
        System.out.printf(java.util.Locale.ROOT, "quotes robustness: 10k %.1f ms, 100k %.1f ms (x%.1f), "
                + "marks-only inputs %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, ratio, (t3 - t2) / 1e6);
        // Generous bound: quadratic work would be about 100 times slower on the larger input.
        assertTrue(ratio < 40 || t2 - t1 < 2_000_000_000L, "100k took " + ratio + " times 10k");
        assertTrue(t3 - t2 < 20_000_000_000L, "marks-only inputs took " + (t3 - t2) / 1e6 + " ms");
    }
}
