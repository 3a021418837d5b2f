package dev.briefly;

import dev.briefly.actors.ActorFinder;
import dev.briefly.language.LanguageDetector;
import dev.briefly.translate.ApertiumTranslator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void rejectsACountBelowItsMinimumNamingTheSettingAndTheValue() {
        assertEquals(0, Settings.atLeast("quotes", 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.atLeast("quotes", -1, 0));
        assertEquals("quotes must be >= 0: -1", e.getMessage());
    }

    @Test
    void keepsAByteLimitBeyondTheIntRange() {
        assertEquals(5_000_000_000L, Settings.atLeast("maxBytes", 5_000_000_000L, 1));
        assertEquals("maxBytes must be >= 1: 0", assertThrows(IllegalArgumentException.class,
                () -> Settings.atLeast("maxBytes", 0L, 1)).getMessage());
    }

    @Test
    void normalisesASupportedLanguageAndRejectsAnUnsupportedOne() {
        assertEquals("en", Settings.language(" EN "));
        assertNull(Settings.language(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.language("xx"));
        assertTrue(e.getMessage().startsWith("language must be one of ") && e.getMessage().endsWith(": xx"),
                e.getMessage());
    }

    @Test
    void lowerCasesATranslationTargetAndRejectsWhatIsNoLanguageCode() {
        assertEquals("es", Settings.translateTo(" ES"));
        assertNull(Settings.translateTo(null));
        assertEquals("translateTo must be an ISO 639-1 code such as es: spanish",
                assertThrows(IllegalArgumentException.class, () -> Settings.translateTo("spanish")).getMessage());
    }

    @Test
    void acceptsCategoryIdsOnlyAndKeepsAnImmutableCopy() {
        Set<String> ids = Settings.fixCategories(Set.of("TYPOS", "PUNCTUATION"));
        assertEquals(Set.of("TYPOS", "PUNCTUATION"), ids);
        assertThrows(UnsupportedOperationException.class, () -> ids.add("GRAMMAR"));
        assertNull(Settings.fixCategories(null));
        assertThrows(IllegalArgumentException.class, () -> Settings.fixCategories(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> Settings.fixCategories(Set.of("TYPOS", "no-such id")));
    }

    @Test
    void completingPicksApertiumOnlyWhenATargetIsSet() {
        Settings plain = forcedEnglish();
        plain.complete();
        assertNull(plain.translator);

        Settings translating = forcedEnglish();
        translating.translateTo = "es";
        translating.complete();
        assertInstanceOf(ApertiumTranslator.class, translating.translator);
    }

    @Test
    void completingSharesOneDefaultDetector() {
        Settings a = forcedEnglish();
        Settings b = forcedEnglish();
        a.complete();
        b.complete();
        assertSame(a.detector, b.detector);
    }

    @Test
    void completingReadiesTheDetectorOnlyWhenTheLanguageIsDetected() {
        AtomicInteger prepared = new AtomicInteger();
        LanguageDetector detector = new LanguageDetector() {
            @Override
            public Optional<String> detect(String text) {
                return Optional.of("en");
            }

            @Override
            public void prepare() {
                prepared.incrementAndGet();
            }
        };
        Settings forced = forcedEnglish();
        forced.detector = detector;
        forced.complete();
        assertEquals(0, prepared.get());

        Settings detecting = forcedEnglish();
        detecting.language = null;
        detecting.detector = detector;
        detecting.complete();
        assertEquals(1, prepared.get());
    }

    @Test
    void completingReadiesTheActorFinderOnlyWhenActorsAreShown() {
        AtomicInteger prepared = new AtomicInteger();
        ActorFinder finder = new ActorFinder() {
            @Override
            public List<dev.briefly.actors.Actor> find(dev.briefly.text.ArticleText article,
                                                       List<dev.briefly.quotes.Quote> quotes, List<Integer> summary) {
                return List.of();
            }

            @Override
            public void prepare() {
                prepared.incrementAndGet();
            }
        };
        Settings off = forcedEnglish();
        off.actorFinder = finder;
        off.complete();
        assertEquals(0, prepared.get());

        Settings on = forcedEnglish();
        on.actors = 5;
        on.actorFinder = finder;
        on.complete();
        assertEquals(1, prepared.get());
    }

    @Test
    void aCopyChangesOnItsOwnButSharesTheStages() {
        Settings original = forcedEnglish();
        Settings copy = original.copy();
        copy.quotes = 7;
        copy.language = "de";
        assertEquals(3, original.quotes);
        assertEquals("en", original.language);
        assertSame(original.summarizer, copy.summarizer);
        assertSame(original.quoteFinder, copy.quoteFinder);
        assertSame(original.wordChecker, copy.wordChecker);
    }

    /** Returns settings that need neither the detector's profiles nor the actor finder's lists. */
    private static Settings forcedEnglish() {
        Settings s = new Settings();
        s.language = "en";
        s.actors = 0;
        return s;
    }
}
