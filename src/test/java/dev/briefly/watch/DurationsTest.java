package dev.briefly.watch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationsTest {

    @Test
    void readsMillisecondsSecondsMinutesAndBareSeconds() {
        assertEquals(Duration.ofMillis(300), Durations.parse("300ms"));
        assertEquals(Duration.ofSeconds(2), Durations.parse("2s"));
        assertEquals(Duration.ofMillis(1500), Durations.parse("1.5s"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("5M"));
        assertEquals(Duration.ofSeconds(7), Durations.parse(" 7 "));
    }

    @Test
    void rejectsOtherTextNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("soon"));
        assertEquals(true, e.getMessage().contains("soon"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("-1s"));
    }

    @Test
    void formatsWhatItParses() {
        assertEquals("300ms", Durations.format(Durations.parse("300ms")));
        assertEquals("60s", Durations.format(Durations.parse("1m")));
    }
}
