package dev.newsgraph.analysis.entity;

import dev.newsgraph.analysis.linguistics.Sentence;
import dev.newsgraph.analysis.linguistics.Token;
import dev.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds unnamed collective actors: a plural group noun modified by a nationality, a place, a
 * name or an institutional adjective ("Chinese nationals", "European nations", "Australian
 * officials", "Federal investigators", "Trump allies", "US and Russian officials").
 */
final class GroupFinder {
    private static final Set<String> ADJECTIVES = Set.of("federal", "senior", "foreign", "western", "local",
            "state", "military", "security", "government", "top", "opposition", "rebel", "police", "army",
            "campaign", "party", "european", "arab", "international", "border", "intelligence", "health",
            "election", "defence", "defense", "interior", "israeli", "palestinian", "kurdish", "islamist");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");
    private final WorldKnowledge world;

    GroupFinder(WorldKnowledge world) {
        this.world = world;
    }

    List<Mention> find(Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            Token noun = t.get(i);
            if (!noun.pos().equals("NNS") && !noun.pos().equals("NNPS") && !noun.text().equalsIgnoreCase("police")) {
                continue;
            }
            if (!world.isGroupNoun(noun.text())) {
                continue;
            }
            int k = i - 1;
            boolean anchored = false;
            String country = null;
            int countries = 0;
            while (k >= 0) {
                Token m = t.get(k);
                String w = m.text();
                String c = world.countryOfAny(w);
                if (c != null || world.countryOfDemonym(w) != null) {
                    anchored = true;
                    if (!c.equals(country)) {
                        countries++;
                    }
                    country = c;
                    k--;
                    continue;
                }
                if (CALENDAR.contains(w)) {
                    break;
                }
                if (m.pos().startsWith("NNP") || m.ner().equals("PERSON") || m.ner().equals("ORGANIZATION")
                        || m.ner().equals("LOCATION") || m.ner().equals("MISC")) {
                    anchored = true;
                    k--;
                    continue;
                }
                if ((m.pos().startsWith("JJ") || m.pos().equals("NN")) && ADJECTIVES.contains(w.toLowerCase(Locale.ROOT))) {
                    anchored = true;
                    k--;
                    continue;
                }
                if (w.equals("and") && k > 0 && k < i - 1 && world.countryOfAny(t.get(k - 1).text()) != null) {
                    k--;
                    continue;
                }
                break;
            }
            if (!anchored || k + 1 >= i) {
                continue;
            }
            if (k >= 0 && t.get(k).pos().equals("POS")) {
                continue; // "Russia's occupation forces" belongs to its owner
            }
            Mention g = new Mention(s, k + 1, i, MentionKind.NAME, EntityType.GROUP);
            g.country = countries == 1 ? country : null;
            out.add(g);
        }
        return out;
    }
}
