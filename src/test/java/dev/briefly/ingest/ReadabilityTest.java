package dev.briefly.ingest;

import dev.briefly.BrieflyException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that random bytes are refused as unreadable before language detection, and real text is not. */
class ReadabilityTest {

    private final Ingester ingester = new Ingester();

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private String failureOf(byte[] bytes, String name) {
        return assertThrows(BrieflyException.class,
                () -> ingester.ingest(new ByteArrayInputStream(bytes), name)).getMessage();
    }

    @Test
    void randomBytesNamedTextMailOrHtmlHaveNoReadableText() {
        long seed = 1;
        for (String name : new String[] {"r.txt", "r.eml", "r.html", "r.md"}) {
            for (int size : new int[] {600, 3_000, 100_000}) {
                String m = failureOf(random(size, seed++), name);
                // Tika may give up on a short random "message" before any text is seen: that reason is clear too.
                assertTrue(m.startsWith("no readable text") || name.endsWith(".eml") && m.startsWith("cannot read"),
                        name + " " + size + ": " + m);
            }
        }
    }

    @Test
    void randomBytesDecodedInAnyCharsetAreNotReadable() {
        byte[] junk = random(20_000, 42);
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1,
                Charset.forName("GB18030"), Charset.forName("windows-1252"), Charset.forName("Big5")}) {
            assertFalse(Readability.readable(new String(junk, cs)), cs.name());
        }
    }

    @Test
    void shortAndCjkTextsStayReadable() throws IOException {
        String[] texts = {
            "Rain tomorrow.",
            "Der Rat tagt am Montag.",
            "北京时间今天上午，国务院新闻办公室举行新闻发布会，介绍今年前三季度国民经济运行情况。",
            "東京都は今日、新しい交通計画を発表しました。市民の意見を募集しています。",
            "서울시는 오늘 새로운 교통 계획을 발표했다. 시민들의 의견을 듣는다.",
            "Москва, 5 марта. Совет утвердил бюджет на следующий год.",
            "الطقس حار جدا اليوم. 😀🎉 The weather is very hot today 🌞.",
        };
        for (String t : texts) {
            assertTrue(Readability.readable(t), t);
            assertEquals(t, ingester.ingest(new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8)), "a.txt")
                    .joined(), t);
        }
    }

    @Test
    void aFewBadBytesInRealTextAreTolerated() throws IOException {
        byte[] text = ("The council met on Monday and agreed the budget for next year after a long debate. ".repeat(20))
                .getBytes(StandardCharsets.UTF_8);
        text[100] = (byte) 0xFF;
        text[700] = (byte) 0xC3;
        text[900] = 0;
        assertFalse(ingester.ingest(new ByteArrayInputStream(text), "a.txt").paragraphs().isEmpty());
    }
}
