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

    /**
     * First words of a phrase that names no one in particular: indefinite ("a spokesman"), a
     * fragment ("and their son") or relative to someone else ("his father", "its founder").
     */
    private static final Set<String> NON_IDENTIFYING = Set.of("a", "an", "another", "one", "some", "several", "many",
            "two", "three", "four", "other", "others", "and", "or", "but", "of", "with", "by", "for", "to", "in",
            "his", "her", "its", "their", "my", "our", "your", "whose", "this", "that", "these", "those");

    /**
     * Words of titles, offices and the words that join them: a name made of these alone ("president",
     * "Secretary of State", "the special counsel") is a title many people hold, not anyone's name.
     */
    private static final Set<String> TITLE_WORDS = Set.of("president", "vice", "secretary", "minister", "prime",
            "premier", "foreign", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
            "governor", "gov", "mayor", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh",
            "crown", "pope", "general", "gen", "lieutenant", "lt", "colonel", "col", "admiral", "adm", "major",
            "maj", "captain", "capt", "sergeant", "sgt", "commander", "chief", "chairman", "chairwoman", "chair",
            "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "leader", "executive",
            "officer", "ceo", "cfo", "attorney", "counsel", "special", "judge", "justice", "speaker", "official",
            "lawyer", "state", "defense", "defence", "treasury", "interior", "finance", "trade", "commerce",
            "energy", "health", "homeland", "security", "national", "economy", "agriculture", "labor", "labour",
            "education", "transportation", "affairs", "deputy", "senior", "former", "acting", "first", "lady",
            "adviser", "advisor", "press", "house", "white", "senate", "majority", "minority", "whip", "party",
            "republican", "democrat", "democratic", "presidential", "candidate", "nominee", "founder", "head",
            "mr", "mrs", "ms", "dr", "sir", "dame", "prof", "professor", "the", "of", "for", "and", "to", "at",
            "us", "u", "s", "un", "uk", "eu", "staff", "supreme", "top", "new", "incoming", "outgoing", "late");

    /**
     * Whether a normalised name can stand for one actor across articles: "a spokesman", "an official",
     * "and their son" or "his father" cannot (two articles' unnamed spokesmen, or two people's
     * fathers, are not one person), so such names neither link an entity to a known actor nor
     * become an alias others link by. For a person, a bare title cannot either ({@link #identifiesPerson}).
     */
    public static boolean identifies(String normalised) {
        int sp = normalised.indexOf(' ');
        return isUsable(normalised) && !NON_IDENTIFYING.contains(sp < 0 ? normalised : normalised.substring(0, sp));
    }

    /**
     * As {@link #identifies}, for a person: a bare title ("president", "secretary of state") is a
     * post many hold, no one's name (while "Senate" or "White House" do name one body).
     */
    public static boolean identifiesPerson(String normalised) {
        return identifies(normalised) && !isBareTitle(normalised);
    }

    /** Whether every word of a normalised name is a word of titles ("president", "secretary of state"). */
    public static boolean isBareTitle(String normalised) {
        if (normalised.isEmpty()) {
            return false;
        }
        for (String w : normalised.split(" ")) {
            if (!TITLE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words a proper name may hold ("Charles de Gaulle", "Bank of England", "Bashar al-Assad"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "der", "den", "van", "von", "da",
            "das", "dos", "di", "du", "la", "le", "al", "el", "bin", "ibn", "ben", "ter", "y", "of", "the", "and",
            "for", "on", "in", "at", "&");

    /**
     * Whether a name as an article writes it is a proper name, or a full titled name ("President
     * Donald Trump"): every word capitalised but for name particles ("Bank of England"), the first
     * word no particle and no article or possessive ("The president", "his father", "chief
     * economist at Wells Fargo" are descriptions), and for a person not a bare title ("President",
     * "The Secretary").
     * Only such names are the names an actor is stored under; descriptions stay mentions of their article.
     *
     * @param person whether it names a person: then a bare title is no name ("President", "The
     *               Secretary"), while a body's name may be made of such words ("White House")
     */
    public static boolean isProperName(String name, boolean person) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String[] words = name.strip().split("[\\s\u00a0]+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (NAME_PARTICLES.contains(first) && !first.equals("the") || NON_IDENTIFYING.contains(first)
                || first.equals("the") && words.length > 1 && !Character.isUpperCase(words[1].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)
                    && !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT).replaceAll("[-\u2010\u2011].*", ""))) {
                return false;
            }
        }
        String norm = normalise(name);
        return person ? identifiesPerson(norm) : identifies(norm);
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
