package dev.newsgraph.store.linking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises actor names so that spellings of one name meet: accents, case, punctuation,
 * honorifics and a leading "the" go ("Mr. Sergei Lavrov" and "sergei lavrov" are one key).
 * Thread-safe.
 */
public final class ActorNames {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof");
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "it", "they", "him", "her", "them", "his",
            "its", "their", "we", "us", "i", "you", "who");

    private ActorNames() {
    }

    /** The normalised form of a name, or "" where nothing of it is left. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String[] words = s.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || (i == 0 && words.length > 1 && (w.equals("the") || HONORIFICS.contains(w)))) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    /** Whether a normalised alias is worth indexing (not a pronoun, not a single letter). */
    public static boolean isUsable(String normalised) {
        return normalised.length() >= 2 && !NOT_NAMES.contains(normalised);
    }

    /** First words of a phrase that names no one in particular: indefinite ("a spokesman") or a fragment ("and their son"). */
    private static final Set<String> NON_IDENTIFYING = Set.of("a", "an", "another", "one", "some", "several", "many",
            "two", "three", "four", "other", "others", "and", "or", "but", "of", "with", "by", "for", "to", "in");

    /**
     * Whether a normalised name can stand for one actor across articles: "a spokesman", "an official"
     * or "and their son" cannot (two articles' unnamed spokesmen are not one person), so such names
     * neither link an entity to a known actor nor become an alias others link by.
     */
    public static boolean identifies(String normalised) {
        int sp = normalised.indexOf(' ');
        return isUsable(normalised) && !NON_IDENTIFYING.contains(sp < 0 ? normalised : normalised.substring(0, sp));
    }

    /** The last word of a normalised name: the surname of a person ("vladimir putin" → "putin"). */
    public static String lastWord(String normalised) {
        int sp = normalised.lastIndexOf(' ');
        return sp < 0 ? normalised : normalised.substring(sp + 1);
    }

    /** Whether a normalised name has more than one word. */
    public static boolean isFullName(String normalised) {
        return normalised.indexOf(' ') > 0;
    }
}
