package dev.briefly.language;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class NgramLanguageDetectorRobustnessTest {

    private static final NgramLanguageDetector DETECTOR = new NgramLanguageDetector();

    @Test
    void neverThrowsOnRandomCodePointsSurrogatesAndNuls() {
        Random random = new Random(20240611);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(round % 10 == 0 ? 3000 : 80);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> b.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogate halves
                    case 1 -> b.append('\0');
                    case 2 -> b.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                    case 3 -> b.append((char) ('a' + random.nextInt(26)));
                    case 4 -> b.append((char) (0x0400 + random.nextInt(0x100))); // Cyrillic block
                    default -> b.append(' ');
                }
            }
            String text = b.toString();
            Optional<NgramLanguageDetector.Guess> guess = DETECTOR.guess(text);
            assertNotNull(guess);
            guess.ifPresent(g -> assertTrue(g.probability() > 0 && g.probability() <= 1.0, text));
            assertEquals(guess.filter(NgramLanguageDetector.Guess::confident).map(NgramLanguageDetector.Guess::language),
                    DETECTOR.detect(text));
        }
    }

    @Test
    void handlesHugeStringsAndCutsInsideASurrogatePair() {
        String emoji = "😀";
        // The sample ends between the two halves of a pair.
        String cut = "a".repeat(NgramLanguageDetector.SAMPLE_CHARS - 1) + emoji.repeat(1000);
        assertNotNull(DETECTOR.detect(cut));
        String huge = "Der Stadtrat hat beschlossen, die Brücke zu sperren. ".repeat(400_000);
        assertEquals(Optional.of("de"), DETECTOR.detect(huge));
        assertEquals(Optional.empty(), DETECTOR.detect("\0".repeat(5_000_000)));
    }

    @Test
    void rejectsNullWithAClearMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> DETECTOR.detect(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        NgramLanguageDetector fresh = new NgramLanguageDetector();
        String[] texts = {"Rada miasta postanowiła zamknąć stary most nad rzeką.",
                "Городской совет решил закрыть старый мост через реку.",
                "Il consiglio comunale ha deciso di chiudere il vecchio ponte.",
                "מועצת העיר החליטה לסגור את הגשר הישן מעל הנהר."};
        String[] expected = {"pl", "ru", "it", "he"};
        Thread[] threads = new Thread[8];
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads.length; t++) {
            int k = t % texts.length;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        assertEquals(Optional.of(expected[k]), fresh.detect(texts[k]));
                    }
                } catch (Throwable e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }
}
