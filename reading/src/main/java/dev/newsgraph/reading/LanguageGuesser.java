package dev.newsgraph.reading;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.google.common.base.Optional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The language of a text as a BCP 47 primary tag ({@code en}, {@code de}, {@code zh}), by the
 * optimaize language-detector's n-gram profiles for the languages news most often comes in.
 * Short or mixed texts give the language the markup declared, or null. Thread-safe.
 */
public final class LanguageGuesser {
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs",
        "sv", "da", "no", "fi", "tr", "ar", "fa", "he", "hi", "ja", "ko", "zh-CN", "zh-TW", "el", "hu", "ro", "id",
        "vi", "th", "ca", "bg", "hr", "sk", "ur"};
    private static final int SAMPLE = 2000;
    private static final LanguageGuesser DEFAULT = new LanguageGuesser();

    private final LanguageDetector detector;

    private LanguageGuesser() {
        List<LdLocale> locales = new ArrayList<>();
        for (String l : LANGUAGES) {
            locales.add(LdLocale.fromString(l));
        }
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(profiles).minimalConfidence(0.8).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared instance (profiles are loaded once). */
    public static LanguageGuesser create() {
        return DEFAULT;
    }

    /** The language of {@code text}, else {@code declared} (may be null). */
    public String guess(String text, String declared) {
        if (text == null || text.length() < 20) {
            return declared;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Optional<LdLocale> found = detector.detect(sample);
        if (!found.isPresent()) {
            return declared;
        }
        return found.get().getLanguage();
    }
}
