package dev.newsgraph.analysis.entity;

import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds unnamed collective actors: a plural group noun modified by a nationality, a place, a
 * name or an institutional adjective ("Chinese nationals", "European nations", "Australian
 * officials", "Federal investigators", "Trump allies", "US and Russian officials"), and those named by
 * whom they stand with ("supporters of former President Ahmed Ben Bella", "lawyers for Menendez").
 */
final class GroupFinder {
    private static final Set<String> ADJECTIVES = Set.of("federal", "senior", "foreign", "western", "local",
            "state", "military", "security", "government", "top", "opposition", "rebel", "police", "army",
            "campaign", "party", "european", "arab", "international", "border", "intelligence", "health",
            "election", "defence", "defense", "interior", "israeli", "palestinian", "kurdish", "islamist", "nordic",
            "baltic", "african", "asian", "balkan", "scandinavian", "latin", "eastern", "northern", "southern", "gulf",
            "republican", "democratic", "democrat");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> RELIGIONS = Set.of("Muslim", "Moslem", "Jewish", "Christian", "Protestant",
            "Catholic", "Sunni", "Shia", "Shiite", "Hindu", "Buddhist", "Islamist", "Islamic", "Orthodox", "Sikh");
    private static final Set<String> QUANTIFIERS = Set.of("other", "some", "many", "several", "few", "numerous",
            "various", "more", "most", "both", "all", "senior", "top", "former");
    /**
     * Collective actors that act as one body in a story even unnamed and unqualified ("police fired
     * tear gas", "critics say", "protesters blocked roads"); not the words whose sides a story mixes
     * ("officials", "troops", "forces", "leaders").
     */
    private static final Set<String> BARE_ACTORS = Set.of("police", "protesters", "protestors", "demonstrators",
            "critics", "rebels", "militants", "insurgents", "activists");
    /**
     * The members of the two US parties ("Republicans have attacked Mueller", "House Democrats"): a side that
     * acts as one body in American political news, as a bare actor does; the party itself is an organisation.
     */
    private static final Set<String> PARTY_MEMBERS = Set.of("Republicans", "Democrats");
    /** A compound that names who made or leads a thing ("Syrian-backed"): the nationality still. */
    private static final java.util.regex.Pattern MADE_BY =
            java.util.regex.Pattern.compile("-(led|backed|based|born|run|controlled|owned)$");
    private final WorldKnowledge world;

    GroupFinder(WorldKnowledge world) {
        this.world = world;
    }

    List<Mention> find(Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token noun = t.get(i);
            // a plural group noun opening a sentence is often tagged a proper noun ("Ministers from Japan arrived")
            boolean plural = noun.pos().equals("NNS") || noun.pos().equals("NNPS") || i == 0 && noun.pos().equals("NNP")
                    && noun.text().endsWith("s") && world.isGroupNoun(noun.text());
            int stateFirst = plural ? stateDemonymStart(t, i) : -1;
            if (stateFirst >= 0) {
                // "Ohioans", "New Yorkers", "Ontarians": a state's people, a group of that state as "Russians"
                // are of Russia
                Mention g = new Mention(s, stateFirst, i, MentionKind.NAME, EntityType.GROUP);
                String key = world.divisionOfDemonym(
                        stateFirst < i ? t.get(i - 1).text() + " " + noun.text() : noun.text());
                g.country = key.startsWith("CA.") ? "CAN" : "USA";
                out.add(g);
                continue;
            }
            boolean demonymNoun = plural && world.countryOfDemonym(noun.text()) != null
                    && (i + 1 >= t.size() || !t.get(i + 1).pos().startsWith("NN"));
            boolean partyMembers = PARTY_MEMBERS.contains(noun.text()) && noun.pos().startsWith("NNP")
                    && !noun.ner().equals("PERSON");
            if (!demonymNoun && !(plural && world.isGroupNoun(noun.text()))
                    && !noun.text().equalsIgnoreCase("police") && !partyMembers) {
                continue;
            }
            int k = i - 1;
            boolean anchored = demonymNoun;
            Set<String> countries = new java.util.LinkedHashSet<>();
            if (demonymNoun) {
                countries.add(world.countryOfDemonym(noun.text()));
            }
            while (k >= 0) {
                Token m = t.get(k);
                String w = m.text();
                String c = countryOf(w);
                if (c != null) {
                    anchored = true;
                    countries.add(c);
                    k--;
                    continue;
                }
                if (CALENDAR.contains(w) || m.pos().equals("POS")) {
                    break;
                }
                if (RELIGIONS.contains(w) || m.pos().startsWith("NNP") || m.ner().equals("PERSON")
                        || m.ner().equals("ORGANIZATION") || m.ner().equals("LOCATION") || m.ner().equals("MISC")
                        || ADJECTIVES.contains(w.toLowerCase(Locale.ROOT))) {
                    anchored = true;
                    k--;
                    continue;
                }
                if (m.pos().equals("HYPH") && k > 0 && k < i - 1) {
                    k--;
                    continue; // "left-wing protesters", "Kremlin-backed separatists": the hyphen inside a modifier
                }
                if (m.pos().startsWith("JJ") || m.pos().equals("NN") || m.pos().equals("VBN")) {
                    k--;
                    continue; // "Irish nationalist guerrillas": a plain modifier between anchor and noun
                }
                if (w.equals("and") && k > 0 && k < i - 1 && (countryOf(t.get(k - 1).text()) != null
                        || adjectival(t.get(k - 1)) && adjectival(t.get(k + 1)))) {
                    // "Russian and Iranian forces", "its civilian and military leaders"
                    k--;
                    continue;
                }
                break;
            }
            int first = k + 1;
            while (first < i && (QUANTIFIERS.contains(t.get(first).text().toLowerCase(Locale.ROOT))
                    || !isAnchor(t.get(first)) && !t.get(first).pos().startsWith("JJ") && !t.get(first).pos().equals("NN")
                    && !t.get(first + 1).pos().equals("HYPH"))) { // "Left-wing": the first half of a hyphened modifier stays
                first++;
            }
            boolean bare = !anchored && (BARE_ACTORS.contains(noun.text().toLowerCase(Locale.ROOT)) || partyMembers)
                    && !(k >= 0 && t.get(k).pos().equals("POS")) && !(i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN"));
            if (bare) {
                anchored = true; // "police fired tear gas", "critics say": a body that acts as one in the story
            }
            int end = !anchored && plural ? ownersName(t, i) : -1;
            if (end > i) {
                // "supporters of former President Ahmed Ben Bella", "lawyers for Menendez": a party of its own, named by
                // whom it stands with (the one it stands with did not do what it did)
                Mention g = new Mention(s, Math.min(first, i), end, MentionKind.NAME, EntityType.GROUP);
                g.country = countryOf(t.get(end).text()) != null && end == i + 2 ? countryOf(t.get(end).text()) : null;
                out.add(g);
                continue;
            }
            int[] origin = !anchored && plural ? placeOfOrigin(t, i) : null;
            if (origin != null) {
                // "leaders from across Asia", "officials from Japan": a group its origin names, as "Japanese
                // officials" is; the place's country is the group's when it is one country
                Mention g = new Mention(s, Math.min(first, i), origin[0], MentionKind.NAME, EntityType.GROUP);
                g.country = origin[1] > 0 ? world.countryOfAny(NameFinder.join(t, origin[1], origin[0])) : null;
                out.add(g);
                continue;
            }
            if (!anchored || first > i || first == i && !demonymNoun && !bare) {
                continue;
            }
            if (k >= 0 && t.get(k).pos().equals("POS")) {
                String owner = k > 0 ? countryOf(t.get(k - 1).text()) : null;
                if (owner == null || countries.size() > 0) {
                    continue; // "Russia's occupation forces", "Trump's conservative allies" belong to their owner
                }
                countries.add(owner); // "Pakistan's civilian and military leaders": a group of that country's
            }
            Mention g = new Mention(s, first, i, MentionKind.NAME, EntityType.GROUP);
            g.country = countries.size() == 1 ? countries.iterator().next() : partyMembers ? "USA" : null;
            out.add(g);
        }
        return out;
    }

    /**
     * Where a US state's or Canadian province's demonym that ends at token {@code i} begins ("Texans" at
     * {@code i}, "North Carolinians" one before), or -1: none, or one inside a name ("Houston Texans", a team) or
     * before a noun ("Texans fans").
     */
    private int stateDemonymStart(List<Token> t, int i) {
        int first = -1;
        if (i > 0 && world.divisionOfDemonym(t.get(i - 1).text() + " " + t.get(i).text()) != null) {
            first = i - 1;
        } else if (world.divisionOfDemonym(t.get(i).text()) != null) {
            first = i;
        }
        if (first < 0) {
            return -1;
        }
        for (int k = first; k <= i; k++) {
            String ner = t.get(k).ner();
            if (ner.equals("ORGANIZATION") || ner.equals("PERSON")) {
                return -1;
            }
        }
        if (first > 0 && t.get(first - 1).pos().startsWith("NNP")
                || i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN")) {
            return -1;
        }
        return first;
    }

    /** Plural nouns of those who stand with or against someone, and are not that one: "supporters of X". */
    private static final Set<String> PARTISANS = Set.of("supporters", "allies", "opponents", "critics", "lawyers",
            "relatives", "families", "followers", "loyalists", "backers", "associates", "rivals", "sympathizers",
            "sympathisers", "foes", "enemies", "detractors", "defenders", "attorneys");

    /**
     * Where the name ends that a partisan noun at {@code i} is "of" or "for" ("supporters of former President
     * Ahmed Ben Bella", "lawyers for Menendez and Melgen"), or -1: the name's words are proper nouns, with a
     * title, an article or "and" between them.
     */
    private static int ownersName(List<Token> t, int i) {
        if (!PARTISANS.contains(t.get(i).text().toLowerCase(Locale.ROOT)) || i + 2 >= t.size()) {
            return -1;
        }
        String prep = t.get(i + 1).text().toLowerCase(Locale.ROOT);
        if (!prep.equals("of") && !prep.equals("for")) {
            return -1;
        }
        int k = i + 2;
        int end = -1;
        while (k < t.size()) {
            Token m = t.get(k);
            if (m.pos().startsWith("NNP")) {
                end = k;
            } else if (!(m.pos().equals("DT") || m.pos().startsWith("JJ") || m.text().equals("and") && end > 0)) {
                break;
            }
            k++;
        }
        return end;
    }

    /** Words between "from" and a place that say the group comes from all over it ("from across Asia"). */
    private static final Set<String> SPREAD = Set.of("across", "around", "throughout", "the");

    /**
     * For a plural group noun at {@code i} followed by "from" and the name of a place ("leaders from across
     * Asia", "ministers from Russia and Turkey"): the place's last token and, where one place is named, its
     * first (else 0); null when no place follows, or when the place owns what follows ("officials from
     * Japan's ministry") or names a noun's modifier ("from Tokyo University").
     */
    private static int[] placeOfOrigin(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i + 1).text().equals("from")) {
            return null;
        }
        int k = i + 2;
        while (k < t.size() && SPREAD.contains(t.get(k).text())) {
            k++;
        }
        int start = k;
        int end = -1;
        int places = 0;
        while (k < t.size()) {
            if (t.get(k).ner().equals("LOCATION")) {
                if (end != k - 1) {
                    places++;
                }
                end = k;
            } else if (!(t.get(k).text().equals("and") && end == k - 1)) {
                break;
            }
            k++;
        }
        if (end < 0 || !t.get(start).ner().equals("LOCATION")
                || end + 1 < t.size() && (t.get(end + 1).pos().startsWith("NN") || t.get(end + 1).pos().equals("POS"))) {
            return null;
        }
        return new int[] {end, places == 1 ? start : 0};
    }

    /** A word that can modify the group noun before it: an adjective, or a noun used as one ("civilian"). */
    private static boolean adjectival(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("NN") || t.pos().equals("VBN");
    }

    private boolean isAnchor(Token t) {
        return countryOf(t.text()) != null || RELIGIONS.contains(t.text()) || t.pos().startsWith("NNP")
                || ADJECTIVES.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** The country a modifier names: "Russian", "U.S.", "Vietnamese-led", "Syrian-backed". */
    private String countryOf(String word) {
        String w = word.indexOf('-') < 0 ? word : MADE_BY.matcher(word).replaceFirst("");
        return world.countryOfAny(w);
    }
}
