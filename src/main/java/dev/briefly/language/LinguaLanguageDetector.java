package dev.briefly.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Optional;

/**
 * Detects the language with Lingua's n-gram models, in low-accuracy mode, which is fast to load and accurate
 * on paragraphs; models of a language are loaded the first time it is considered.
 *
 * <p>Only the first {@value #SAMPLE} characters are looked at. Thread-safe.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

    private static final int SAMPLE = 2000;

    private final com.github.pemistahl.lingua.api.LanguageDetector detector =
            LanguageDetectorBuilder.fromAllSpokenLanguages().withLowAccuracyMode().build();

    @Override
    public Optional<String> detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Language language = detector.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        IsoCode639_1 iso = language.getIsoCode639_1();
        return Optional.of(iso.toString().toLowerCase(Locale.ROOT));
    }
}
