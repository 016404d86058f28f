package dev.newsgraph.analysis.entity;

import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Nationality words that no other mention took: "the Turkish government" is an organisation of
 * Turkey; "an Israeli tank", "a Russian missile attack", "Danish web sites" mention the country
 * itself, so that an event's actor has an entity with its country. A nationality inside a
 * title before a name ("Russian Foreign Minister Sergei Lavrov") is the person's, not a mention.
 */
final class NationalityFinder {
    /** Bodies of a state named by its nationality, with subtype and sector. */
    private static final Map<String, String[]> BODIES = Map.of(
            "government", new String[] {"GOVERNMENT", "GOV"}, "administration", new String[] {"GOVERNMENT", "GOV"},
            "cabinet", new String[] {"GOVERNMENT", "GOV"}, "regime", new String[] {"GOVERNMENT", "GOV"},
            "parliament", new String[] {"LEGISLATURE", "GOV"}, "army", new String[] {"MILITARY", "MIL"},
            "military", new String[] {"MILITARY", "MIL"}, "navy", new String[] {"MILITARY", "MIL"},
            "embassy", new String[] {"GOVERNMENT", "GOV"}, "ministry", new String[] {"GOVERNMENT", "GOV"});
    /** A nationality's compound with who made or leads a thing ("Saudi-led"): the nationality still. */
    private static final Pattern MADE_BY = Pattern.compile("-(led|backed|based|run|controlled)$");
    private final WorldKnowledge world;

    NationalityFinder(WorldKnowledge world) {
        this.world = world;
    }

    /** Mentions for the sentence's nationality words not covered by {@code taken}. */
    List<Mention> find(Sentence s, List<Mention> taken) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            // the longest nationality that starts here: "Sri Lankan", "North Korean", then "Korean"
            int last = i;
            String code = null;
            for (int j = Math.min(t.size() - 1, i + 2); j >= i && code == null; j--) {
                String w = words(t, i, j);
                code = world.countryOfDemonym(w.indexOf('-') < 0 ? w : MADE_BY.matcher(w).replaceFirst(""));
                last = j;
            }
            Token tok = t.get(last);
            if (code == null || !(tok.pos().startsWith("JJ") || tok.pos().startsWith("NNP")) || covered(taken, s, i)
                    || covered(taken, s, last) || titleOfName(t, last)) {
                continue;
            }
            if (last + 1 < t.size() && BODIES.containsKey(t.get(last + 1).text().toLowerCase(Locale.ROOT))) {
                String[] body = BODIES.get(t.get(last + 1).text().toLowerCase(Locale.ROOT));
                Mention m = new Mention(s, i, last + 1, MentionKind.NAME, EntityType.ORGANIZATION);
                m.country = code;
                m.subtype = body[0];
                m.sector = body[1];
                out.add(m);
                i = last + 1;
                continue;
            }
            Mention m = new Mention(s, i, last, MentionKind.NAME, EntityType.LOCATION);
            m.subtype = "COUNTRY";
            m.country = code;
            m.standsFor = code;
            out.add(m);
            i = last;
        }
        return out;
    }

    private static String words(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder(t.get(from).text());
        for (int k = from + 1; k <= to; k++) {
            b.append(' ').append(t.get(k).text());
        }
        return b.toString();
    }

    /**
     * Whether another mention takes the word. A description ("an Argentine judge", "the Turkish ambassador")
     * tells of someone, named elsewhere or not; its nationality still mentions the country, whose state an
     * act done to an unnamed envoy is done to ("expelled the Turkish ambassador").
     */
    private static boolean covered(List<Mention> taken, Sentence s, int i) {
        for (Mention m : taken) {
            if (m.sentence == s && m.first <= i && i <= m.last && m.kind != MentionKind.DESCRIPTION) {
                return true;
            }
        }
        return false;
    }

    /** "Russian Foreign Minister Sergei Lavrov": modifiers and role words up to a person's name. */
    private static boolean titleOfName(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 5; k++) {
            Token x = t.get(k);
            if (x.ner().equals("PERSON")) {
                return true;
            }
            if (!(x.pos().startsWith("NN") || x.pos().startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }
}
