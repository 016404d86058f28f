package dev.newsgraph.analysis.entity;

import dev.newsgraph.analysis.actor.ActorFiller;
import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.analysis.quote.QuoteMarks;
import dev.newsgraph.analysis.quote.SpeechVerbs;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sets the entities layer: finds named, group, description and pronoun mentions and resolves
 * them, in text order, into one entity per referent. Names join the entity whose fuller name
 * contains them ("Witkoff" joins "Steve Witkoff"); descriptions ("the Russian leader") and
 * pronouns join the most salient compatible entity before them, never one mentioned only
 * inside a quotation; a capital acting as a government ("Moscow said") joins its country.
 */
public final class EntityResolver implements Stage {
    private static final Map<String, Character> PERSON_PRONOUNS = Map.of("he", 'm', "him", 'm', "his", 'm',
            "himself", 'm', "she", 'f', "her", 'f', "hers", 'f', "herself", 'f');
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "from", "to", "into", "across",
            "outside", "inside", "around", "through", "towards", "toward", "on");

    private static final Set<String> SUB_BODIES = Set.of("committee", "subcommittee", "department", "ministry",
            "office", "council", "commission", "agency", "bureau", "court", "service", "police", "division", "unit",
            "board", "panel", "caucus", "branch", "wing");
    private final WorldKnowledge world;
    private final NameFinder names;
    private final GroupFinder groups;
    private final PersonDescriptions descriptions;
    private final SpeechVerbs speech;
    private final NationalityFinder nationalities;
    /** Known actors: country and sector for those the article names without placing (analysis.actor). */
    private final ActorFiller actors;
    private final java.util.function.Supplier<dev.newsgraph.analysis.place.Gazetteer> places;

    /**
     * @param world  countries, capitals, roles, institutions and the other tables names are read with
     * @param actors fills the country and sector of known people and bodies the article leaves unplaced
     */
    public EntityResolver(WorldKnowledge world, ActorFiller actors) {
        this(world, actors, dev.newsgraph.analysis.place.Gazetteer::standard);
    }

    /** @param places the gazetteer, by which a one-word "person" the tagger found in a town's place is the town */
    public EntityResolver(WorldKnowledge world, ActorFiller actors,
                          java.util.function.Supplier<dev.newsgraph.analysis.place.Gazetteer> places) {
        this.world = world;
        this.actors = actors;
        this.places = places;
        this.speech = SpeechVerbs.standard();
        this.names = new NameFinder(world, places, speech);
        this.groups = new GroupFinder(world);
        this.descriptions = new PersonDescriptions(world);
        this.nationalities = new NationalityFinder(world);
    }

    public static EntityResolver create() {
        return new EntityResolver(WorldKnowledge.standard(), ActorFiller.standard());
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void apply(Document doc) {
        String text = doc.text();
        List<QuoteMarks.Quoted> quotes = QuoteMarks.find(text);
        List<Cluster> clusters = new ArrayList<>();
        List<Mention> resolved = new ArrayList<>();
        List<Mention> introduced = new ArrayList<>();
        Set<String> surnames = NameFinder.surnames(doc.sentences());
        Set<String> countriesNamed = countriesNamed(doc.sentences());
        Set<String> towns = names.towns(doc.sentences(), surnames);
        Set<String> acronyms = NameFinder.definedAcronyms(doc.sentences());
        for (Sentence s : doc.sentences()) {
            List<Mention> ms = new ArrayList<>(names.find(s, surnames, towns));
            ms.addAll(names.acronyms(s, acronyms, ms));
            for (Mention g : groups.find(s)) {
                if (ms.stream().noneMatch(n -> n.first == g.first && n.last == g.last)) {
                    ms.add(g);
                }
            }
            partyHomes(s, ms);
            ms.addAll(unrecognisedSpeakers(s, ms, clusters));
            ms.addAll(descriptions.read(s, text, ms));
            ms.addAll(nationalities.find(s, ms));
            ms.addAll(pronouns(s));
            // names first, so that an apposition or pronoun before its name can still find it
            ms.sort(Comparator.comparingInt((Mention m) -> m.kind == MentionKind.NAME ? 0 : 1)
                    .thenComparingInt(m -> m.first).thenComparingInt(m -> -m.last));
            for (Mention m : ms) {
                m.insideQuote = QuoteMarks.inside(quotes, m.start());
                markPossessive(m);
                resolve(m, text, clusters, resolved, introduced, quotes, countriesNamed);
            }
        }
        namedAgain(EntityType.LOCATION, doc.sentences(), text, clusters, resolved);
        namedAgain(EntityType.PERSON, doc.sentences(), text, clusters, resolved);
        bodiesNamedAgain(doc.sentences(), text, clusters, resolved);
        Map<Cluster, String> ids = new IdentityHashMap<>();
        List<Entity> entities = actors.fill(build(clusters, text, ids), doc.anchor()); // known actors fill what the text leaves
        entities = withOwnersCountry(entities, owners(resolved), ids);
        doc.setEntities(withHomeCountry(entities, homeCountry(text, resolved), text));
    }

    /** Days of the week: the parser may make one a verb's subject ("were quick on Wednesday to slam X"). */
    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /**
     * Proper nouns the tagger did not take for names that are the subject of a verb of saying ("PolitiFact
     * claimed", "Zero Hedge said", "Ditto said"): whoever says something is someone, a person where the name
     * begins with a known first name, else a body (outlets, agencies and sites are the most such subjects).
     */
    private List<Mention> unrecognisedSpeakers(Sentence s, List<Mention> found, List<Cluster> clusters) {
        List<Mention> out = new ArrayList<>();
        if (!s.parsed()) {
            return out;
        }
        List<Token> t = s.tokens();
        for (Token v : t) {
            if (!v.isVerb() || speech.use(v.lemma()) == null) {
                continue;
            }
            for (var d : s.children(v.index())) {
                if (!d.relation().equals("nsubj")) {
                    continue;
                }
                int last = d.dependent();
                if (!isProperNoun(t.get(last))) {
                    Mention g = speakingGroup(s, last, found, out);
                    if (g != null) {
                        out.add(g);
                    }
                    continue;
                }
                int first = last;
                while (first > 0 && isProperNoun(t.get(first - 1)) && last - first < 3) {
                    first--;
                }
                final int a = first;
                final int b = last;
                boolean covered = covered(found, out, a, b);
                if (covered || t.get(a).ner().equals("DATE") || WEEKDAYS.contains(t.get(a).text())
                        || world.countryOfAny(t.get(a).text()) != null
                        || t.get(b).pos().equals("NNPS") || world.role(t.get(b).text()) != null) {
                    continue; // a date, a country, a plural ("Democrats": a group), a bare title ("Secretary")
                }
                String word = t.get(b).text().toLowerCase(Locale.ROOT);
                boolean named = clusters.stream().anyMatch(c -> c.type == EntityType.PERSON && c.nameWords.contains(word));
                boolean person = named || a < b && world.genderOfFirstName(t.get(a).text()) != '-';
                Mention m = new Mention(s, a, b, MentionKind.NAME, person ? EntityType.PERSON : EntityType.ORGANIZATION);
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Plural nouns of people who speak as one, beyond the group nouns of {@code group-nouns.txt} (police,
     * officials, protesters, ...): "critics say", "analysts said".
     */
    private static final Set<String> SPEAKING_GROUPS = Set.of("critics", "analysts", "experts", "witnesses",
            "economists", "observers", "opponents", "advocates", "campaigners", "organizers", "organisers",
            "participants", "aides", "sources", "scientists", "researchers", "traders", "investors", "dealers",
            "executives", "parents", "survivors", "relatives", "neighbors", "neighbours", "employees", "staff");

    /**
     * A plural noun of people, unnamed and unowned, that says something ("Police said", "Critics say",
     * "Some analysts said", "Small groups of protesters chanted"): a group that speaks is a party to what
     * is said, as a named body would be. Its adjectives and quantifiers belong to it ("Other leaders");
     * a group someone owns ("his aides", "Trump's lawyers") is left to the descriptions.
     */
    private Mention speakingGroup(Sentence s, int head, List<Mention> found, List<Mention> out) {
        List<Token> t = s.tokens();
        Token h = t.get(head);
        String w = h.text().toLowerCase(Locale.ROOT);
        boolean plural = h.pos().equals("NNS") || w.equals("police") || w.equals("staff");
        if (!plural || !(SPEAKING_GROUPS.contains(w) || world.isGroupNoun(w))) {
            return null;
        }
        int first = head;
        while (first > 0 && head - first < 3) {
            Token m = t.get(first - 1);
            if (m.pos().startsWith("JJ") || m.pos().equals("NN") || m.pos().equals("CD")
                    || m.pos().equals("DT") && QUANTIFYING.contains(m.text().toLowerCase(Locale.ROOT))) {
                first--;
            } else {
                break;
            }
        }
        if (first > 0 && (t.get(first - 1).pos().equals("PRP$") || t.get(first - 1).pos().equals("POS"))) {
            return null;
        }
        final int a = first;
        if (covered(found, out, a, head)) {
            return null;
        }
        return new Mention(s, a, head, MentionKind.NAME, EntityType.GROUP);
    }

    private static final Set<String> QUANTIFYING = Set.of("some", "many", "several", "other", "all", "both", "few");

    /** Whether a mention found so far, or one just added, covers any of the tokens {@code a}..{@code b}. */
    private static boolean covered(List<Mention> found, List<Mention> added, int a, int b) {
        return found.stream().anyMatch(m -> m.first <= b && a <= m.last) || added.stream().anyMatch(m -> m.first <= b && a <= m.last);
    }

    /** A capitalised word the tagger takes for part of a name (a proper noun). */
    private static boolean isProperNoun(Token t) {
        return t.pos().startsWith("NNP") && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * One sense a story: where the story names a place or a person, the same name elsewhere that no mention
     * covers (the tagger missed it: "Fargo raised its goal", "Fargo Mayor Dennis Walaker", "in south Fargo";
     * "Trump's first meeting with Xi in April") is another mention of that place or person. Only a name that
     * stands alone (no capitalised word runs on from it, other than a title: "Fargo Mayor"), of one place or
     * one person only, at least three letters (a person's: two, "Xi"), not in capitals throughout; a person's
     * name only where the tagger reads it as a proper noun ("English" the language is no Leandra English).
     */
    private void namedAgain(EntityType type, List<Sentence> sentences, String text, List<Cluster> clusters,
                            List<Mention> resolved) {
        boolean person = type == EntityType.PERSON;
        Map<List<String>, Cluster> byWords = new HashMap<>();
        Set<List<String>> shared = new java.util.HashSet<>();
        for (Cluster c : clusters) {
            if (c.type != type) {
                continue;
            }
            for (Mention m : c.mentions) {
                if (m.kind != MentionKind.NAME) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (int i = m.first; i <= m.last; i++) {
                    words.add(m.sentence.tokens().get(i).text());
                }
                String joined = String.join(" ", words);
                if (joined.length() < (person ? 2 : 3) || joined.equals(joined.toUpperCase(Locale.ROOT))
                        || !Character.isUpperCase(joined.charAt(0))) {
                    continue;
                }
                Cluster had = byWords.putIfAbsent(words, c);
                if (had != null && had != c) {
                    shared.add(words);
                }
            }
        }
        shared.forEach(byWords::remove);
        if (byWords.isEmpty()) {
            return;
        }
        List<Map.Entry<List<String>, Cluster>> longestFirst = new ArrayList<>(byWords.entrySet());
        longestFirst.sort(Comparator.comparingInt((Map.Entry<List<String>, Cluster> e) -> -e.getKey().size())
                .thenComparing(e -> String.join(" ", e.getKey())));
        Map<Sentence, boolean[]> taken = takenTokens(resolved);
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            boolean[] tk = taken.computeIfAbsent(s, x -> new boolean[x.tokens().size()]);
            for (int i = 0; i < t.size(); i++) {
                for (Map.Entry<List<String>, Cluster> e : longestFirst) {
                    List<String> w = e.getKey();
                    int last = i + w.size() - 1;
                    boolean runsOn = last + 1 < t.size() && isProperNoun(t.get(last + 1))
                            && world.role(t.get(last + 1).text()) == null;
                    if (last >= t.size() || !matches(t, i, w) || anyTaken(tk, i, last)
                            || i > 0 && isProperNoun(t.get(i - 1)) || runsOn
                            || person && !allProperNouns(t, i, last)) {
                        continue;
                    }
                    Mention m = new Mention(s, i, last, MentionKind.NAME, type);
                    e.getValue().absorb(m, text.substring(m.start(), m.end()));
                    resolved.add(m);
                    for (int k = i; k <= last; k++) {
                        tk[k] = true;
                    }
                    break;
                }
            }
        }
    }

    private static boolean matches(List<Token> t, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(at + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The words a body's name may end in for each noun that describes it again ("the agency", "the panel"). */
    private static final Map<String, Set<String>> BODY_WORDS = Map.ofEntries(
            Map.entry("agency", Set.of("agency", "bureau", "administration", "service", "authority", "commission", "office")),
            Map.entry("bureau", Set.of("bureau", "agency")),
            Map.entry("committee", Set.of("committee", "subcommittee", "panel", "commission")),
            Map.entry("panel", Set.of("committee", "subcommittee", "panel", "commission")),
            Map.entry("commission", Set.of("commission", "committee", "panel")),
            Map.entry("company", Set.of("company", "co", "corp", "corporation", "inc", "group", "ltd", "plc", "llc", "holdings")),
            Map.entry("firm", Set.of("company", "co", "corp", "corporation", "inc", "group", "ltd", "plc", "llc", "holdings")),
            Map.entry("court", Set.of("court", "tribunal")),
            Map.entry("council", Set.of("council")),
            Map.entry("ministry", Set.of("ministry", "department")),
            Map.entry("department", Set.of("department", "ministry")),
            Map.entry("bank", Set.of("bank")),
            Map.entry("board", Set.of("board")),
            Map.entry("fund", Set.of("fund")),
            Map.entry("alliance", Set.of("alliance", "organization", "nato")));

    /**
     * "The U.S. Consumer Financial Protection Bureau ... Trump called the agency a total disaster": a body
     * the story named, described again by a noun its name ends in (or a near synonym: the panel for a
     * committee), is the most recently named such body. Only "the" and the noun (with an adjective between,
     * "the federal agency"), never before "of" ("the committee of experts" is another), never where the
     * story named no such body before.
     */
    private void bodiesNamedAgain(List<Sentence> sentences, String text, List<Cluster> clusters, List<Mention> resolved) {
        Map<Sentence, boolean[]> taken = takenTokens(resolved);
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            boolean[] tk = taken.computeIfAbsent(s, x -> new boolean[x.tokens().size()]);
            for (int i = 0; i + 1 < t.size(); i++) {
                if (!t.get(i).text().equalsIgnoreCase("the")) {
                    continue;
                }
                int j = i + 1;
                if (t.get(j).pos().equals("JJ") && j + 1 < t.size()) {
                    j++; // "the federal agency", "the high court"; not "the higher court", which is another
                }
                Set<String> ends = BODY_WORDS.get(t.get(j).text().toLowerCase(Locale.ROOT));
                if (ends == null || !t.get(j).pos().equals("NN") || anyTaken(tk, i, j)
                        || j + 1 < t.size() && (t.get(j + 1).text().equals("of") || isProperNoun(t.get(j + 1)))) {
                    continue;
                }
                Cluster body = latestBody(clusters, ends, s.index(), i);
                if (body == null) {
                    continue;
                }
                Mention m = new Mention(s, i, j, MentionKind.DESCRIPTION, EntityType.ORGANIZATION);
                body.absorb(m, text.substring(m.start(), m.end()));
                resolved.add(m);
                for (int k = i; k <= j; k++) {
                    tk[k] = true;
                }
            }
        }
    }

    /** For each sentence, which of its tokens a resolved mention covers. */
    private static Map<Sentence, boolean[]> takenTokens(List<Mention> resolved) {
        Map<Sentence, boolean[]> taken = new IdentityHashMap<>();
        for (Mention m : resolved) {
            boolean[] tk = taken.computeIfAbsent(m.sentence, x -> new boolean[x.tokens().size()]);
            for (int i = m.first; i <= m.last && i < tk.length; i++) {
                tk[i] = true;
            }
        }
        return taken;
    }

    /** The body named last before a sentence and token whose name ends in one of {@code ends}, or null. */
    private static Cluster latestBody(List<Cluster> clusters, Set<String> ends, int sentence, int token) {
        Cluster best = null;
        long bestAt = -1;
        for (Cluster c : clusters) {
            if (c.type != EntityType.ORGANIZATION || c.name.endsWith(" administration")) {
                continue; // "the Trump administration" is a government named for its leader, not an agency
            }
            String[] words = c.name.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").split("\\s+");
            if (!ends.contains(words[words.length - 1])) {
                continue;
            }
            for (Mention m : c.mentions) {
                long at = (long) m.sentence.index() * 10_000 + m.first;
                if (m.kind == MentionKind.NAME && at < (long) sentence * 10_000 + token && at > bestAt) {
                    bestAt = at;
                    best = c;
                }
            }
        }
        return best;
    }

    private static boolean allProperNouns(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!isProperNoun(t.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }


    /**
     * Who holds a role owned by whom: the cluster of "Keith Kellogg" to that of "Trump" in "Trump's Ukraine envoy
     * Keith Kellogg", of "R.C. Hammond" to that of whoever "his" refers to in "his senior adviser R.C. Hammond".
     */
    private static Map<Cluster, Cluster> owners(List<Mention> resolved) {
        Map<Cluster, Cluster> out = new IdentityHashMap<>();
        for (Mention m : resolved) {
            if (m.ownerAt < 0 || m.cluster == null || m.type != EntityType.PERSON || out.containsKey(m.cluster)) {
                continue;
            }
            for (Mention o : resolved) {
                if (o.sentence == m.sentence && o.first <= m.ownerAt && m.ownerAt <= o.last
                        && o.type == EntityType.PERSON && o.cluster != null && o.cluster != m.cluster) {
                    out.put(m.cluster, o.cluster);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * People the article and the known actors leave without a country, given that of the person whose role they
     * hold: an aide, an envoy, a lawyer, a relative is, in news, of their principal's country ("Trump's ambassador
     * to Britain", "Putin's son-in-law"); those who face their owner ("Putin's counterpart") were never linked.
     */
    private static List<Entity> withOwnersCountry(List<Entity> entities, Map<Cluster, Cluster> owners,
                                                  Map<Cluster, String> ids) {
        if (owners.isEmpty()) {
            return entities;
        }
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
        }
        Map<String, String> placed = new HashMap<>();
        owners.forEach((held, owner) -> {
            Entity e = byId.get(ids.get(held));
            Entity o = byId.get(ids.get(owner));
            if (e != null && o != null && e.country() == null && o.country() != null && o.type() == EntityType.PERSON) {
                placed.put(e.id(), o.country());
            }
        });
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String c = placed.get(e.id());
            out.add(c == null ? e : new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.roles(), e.age(),
                    c, e.sector(), e.kb(), e.mentions(), e.geo()));
        }
        return out;
    }

    /**
     * The country of the article's dateline ("WASHINGTON (Reuters) -", "NEW YORK (Reuters) -"): a capital's or a
     * country's, else that of the largest city of that name where it has 100,000 people or more; null where the
     * article has no dateline or its place is no city ("UNITED NATIONS (Reuters) -").
     */
    private String homeCountry(String text, List<Mention> resolved) {
        PersonDescriptions.Dateline dateline = PersonDescriptions.Dateline.of(text);
        String city = dateline == null ? null : dateline.city();
        if (city == null) {
            return dateline == null ? countryTold(text, resolved) : null;
        }
        String c = world.capitalOf(city);
        if (c == null) {
            c = world.countryOfName(city);
        }
        String where = dateline.where(); // "PALM BEACH, FLORIDA", "KHARKIV, Ukraine"
        if (c == null && where != null) {
            c = world.isUsState(where) || world.isUsState(where.replaceFirst("\\.$", "")) ? "USA" : world.countryOfName(where);
        }
        if (c == null) {
            c = largeCity(city);
        }
        return c;
    }

    /**
     * The country a report without a dateline is told from ("(Reuters) - Modernizing the U.S. nuclear arsenal ..."):
     * the one its named places lie in, where they point one way: at least {@value #TOLD_MIN} mentions of places in it
     * (the country, its capital, its states, its cities of 100,000 people or more) and at least
     * {@value #TOLD_SHARE} of all the mentions of places so placed; else null, for a story told between countries.
     */
    private String countryTold(String text, List<Mention> resolved) {
        Map<String, Integer> votes = new HashMap<>();
        int all = 0;
        for (Mention m : resolved) {
            if (m.kind != MentionKind.NAME || m.type != EntityType.LOCATION) {
                continue;
            }
            String c = placeCountry(m.text(text));
            if (c != null) {
                votes.merge(c, 1, Integer::sum);
                all++;
            }
        }
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() >= TOLD_MIN && v.getValue() >= TOLD_SHARE * all) {
                return v.getKey();
            }
        }
        return null;
    }

    /** A party's letter before a lawmaker's home: "D" of "D-Charleston", "DFL" of "DFL-Hibbing". */
    private static final Set<String> PARTY_LETTERS = Set.of("D", "R", "I", "DFL");
    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.']*");

    /**
     * A lawmaker's party and home after the name ("Rep. Wendell Gilliard, D-Charleston, said", "Sen. Paul Koering
     * (R-Fort Ripley)"): the home is a place, which the tagger often leaves untagged or takes for a person. Adds it
     * as a place name from the party's letter on (the places layer reads the place after the letter), or retypes a
     * person mention of just the home; a name overlapping it otherwise stays.
     */
    static void partyHomes(Sentence s, List<Mention> ms) {
        List<Token> t = s.tokens();
        for (int i = 2; i + 2 < t.size(); i++) {
            String before = t.get(i - 1).text();
            if (!PARTY_LETTERS.contains(t.get(i).text()) || !t.get(i + 1).text().equals("-")
                    || !(before.equals(",") || before.equals("(") || before.equals("-LRB-"))
                    || !t.get(i - 2).pos().startsWith("NNP")) {
                continue;
            }
            int j = i + 1;
            while (j + 1 < t.size() && CAPITALISED.matcher(t.get(j + 1).text()).matches()
                    && t.get(j + 1).pos().startsWith("NNP")) {
                j++;
            }
            String after = j + 1 < t.size() ? t.get(j + 1).text() : ".";
            if (j == i + 1 || !Set.of(",", ")", "-RRB-", ";", ".").contains(after)) {
                continue;
            }
            final int first = i;
            final int last = j;
            boolean overlapped = false;
            for (Mention m : ms) {
                if (m.first == first + 2 && m.last == last && m.type == EntityType.PERSON) {
                    m.type = EntityType.LOCATION; // "R-Elbow Lake": the home taken for a person
                    overlapped = true;
                } else if (m.first <= last && first <= m.last) {
                    overlapped = true;
                }
            }
            if (!overlapped) {
                ms.add(new Mention(s, first, last, MentionKind.NAME, EntityType.LOCATION));
            }
            i = j;
        }
    }

    private static final int TOLD_MIN = 3;
    private static final double TOLD_SHARE = 0.75;

    /** The country a place name stands in: a country's, a capital's, a US state's, or that of a large city of the name. */
    private String placeCountry(String name) {
        String c = world.countryOfName(name);
        if (c == null) {
            c = world.capitalOf(name);
        }
        if (c == null && world.isUsState(name)) {
            c = "USA";
        }
        if (c == null) {
            c = largeCity(name);
        }
        return c;
    }

    /** The country of the largest city of this name, where it has 100,000 people or more; else null. */
    private String largeCity(String name) {
        dev.newsgraph.analysis.place.Gazetteer.Place best = null;
        for (dev.newsgraph.analysis.place.Gazetteer.Place p : places.get().named(name)) {
            if (p.kind() == dev.newsgraph.analysis.place.Gazetteer.Kind.CITY && p.population() >= 100_000
                    && (best == null || p.population() > best.population())) {
                best = p;
            }
        }
        return best == null ? null : best.country();
    }

    /**
     * People the article and the known actors leave without a country, placed by the dateline. English-language
     * agency news names a foreigner's nationality ("Pakistani Prime Minister ...", "French President ...") and
     * leaves its home readers' compatriots unmarked, so in a report from the United States an unmarked senator,
     * lawyer or witness is American. In a report filed abroad the unmarked are mostly the place's people (its
     * officials, lawmakers, businessmen, witnesses); the outside voices a correspondent quotes there are
     * introduced by their institution ("said Jane Roe, with the Brookings Institution") or are scholars and
     * journalists, and keep no country; an envoy never takes it (an ambassador serves abroad), nor a royal title
     * or an international body's officer. Without a dateline nothing is guessed.
     */
    private static List<Entity> withHomeCountry(List<Entity> entities, String home, String text) {
        if (home == null) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            boolean unplaced = e.type() == EntityType.PERSON && e.country() == null;
            boolean domestic = home.equals("USA");
            boolean envoy = e.roles().stream().anyMatch(r -> ENVOY.matcher(r).find());
            boolean outsideVoice = "EDU".equals(e.sector()) || "MED".equals(e.sector()) || affiliated(e, text);
            boolean local = !envoy && (domestic || !outsideVoice);
            // no home-grown crown prince; an international body's officer is of no dateline's country
            boolean notHomeGrown = e.roles().stream()
                    .anyMatch(r -> ROYAL.matcher(r).find() || INTERNATIONAL.matcher(r).find())
                    || unplaced && !e.mentions().isEmpty() && INTERNATIONAL.matcher(text.substring(
                            Math.max(0, e.mentions().get(0).start() - 60), e.mentions().get(0).start())).find();
            out.add(unplaced && !notHomeGrown && local
                    ? new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.roles(), e.age(), home,
                            e.sector(), e.kb(), e.mentions(), e.geo())
                    : e);
        }
        return out;
    }

    /**
     * Whether the text introduces the person by an institution they speak for ("said Jane Roe, with the Brookings
     * Institution", "Jane Roe of the Wilson Center"), or names them only inside one's name ("with the Woodrow Wilson
     * think tank").
     */
    private static boolean affiliated(Entity e, String text) {
        for (var m : e.mentions()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            if (AFFILIATION_AFTER.matcher(after).lookingAt() || AFFILIATION_BEFORE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern AFFILIATION_AFTER =
            java.util.regex.Pattern.compile(",?\\s+(with|of|at|from)\\s+the\\s");
    private static final java.util.regex.Pattern AFFILIATION_BEFORE =
            java.util.regex.Pattern.compile("\\b(with|at) the\\s+$");

    private static final java.util.regex.Pattern ROYAL =
            java.util.regex.Pattern.compile("(?i)\\b(prince|princess|king|queen|emir|sheikh|sultan|crown)\\b");
    private static final java.util.regex.Pattern INTERNATIONAL = java.util.regex.Pattern.compile(
            "\\b(U\\.N\\.|UN|United Nations|EU|European Union|NATO|IMF|World Bank|WHO|OPEC|Interpol|ICC|OSCE|ASEAN|"
            + "African Union|Arab League|Red Cross|Commission of Inquiry)\\b");
    private static final java.util.regex.Pattern ENVOY =
            java.util.regex.Pattern.compile("(?i)\\b(ambassador|envoy|emissary|consul|attach[eé])");

    private List<Mention> pronouns(Sentence s) {
        List<Mention> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (PERSON_PRONOUNS.containsKey(w)) {
                Mention m = new Mention(s, t.index(), t.index(), MentionKind.PRONOUN, EntityType.PERSON);
                m.gender = PERSON_PRONOUNS.get(w);
                out.add(m);
            } else if (THING_PRONOUNS.contains(w)) {
                out.add(new Mention(s, t.index(), t.index(), MentionKind.PRONOUN, EntityType.ORGANIZATION));
            } else if (PLURAL_PRONOUNS.contains(w)) {
                out.add(new Mention(s, t.index(), t.index(), MentionKind.PRONOUN, EntityType.GROUP));
            }
        }
        return out;
    }

    private static void markPossessive(Mention m) {
        List<Token> t = m.sentence.tokens();
        if (m.last + 1 < t.size() && t.get(m.last + 1).pos().equals("POS")) {
            m.possessive = true;
        }
        if (m.kind == MentionKind.PRONOUN && t.get(m.first).pos().equals("PRP$")) {
            m.possessive = true;
        }
    }

    private void resolve(Mention m, String text, List<Cluster> clusters, List<Mention> resolved,
                         List<Mention> introduced, List<QuoteMarks.Quoted> quotes, Set<String> countriesNamed) {
        Cluster target = switch (m.kind) {
            case NAME -> nameCluster(m, text, clusters, countriesNamed);
            case DESCRIPTION -> m.partner != null ? m.partner.cluster
                    : m.indefinite ? null : antecedent(m, resolved, true);
            case PRONOUN -> antecedent(m, resolved, false);
        };
        if (target == null && m.kind == MentionKind.DESCRIPTION && m.partner == null) {
            if (m.indefinite) {
                introduced.add(m);
            }
            if (speaks(m, quotes)) {
                target = unnamedSpeaker(m, text, introduced);
                clusters.add(target);
            }
        }
        if (target == null) {
            if (m.kind != MentionKind.NAME) {
                return;
            }
            target = newCluster(m, text);
            clusters.add(target);
        }
        String surface = m.kind == MentionKind.PRONOUN ? null : text.substring(m.start(), m.end());
        if (m.kind == MentionKind.DESCRIPTION && m.partner == null) {
            if (target.country == null && m.country != null) {
                target.country = m.country;
            }
            m.country = target.country;
        }
        target.absorb(m, surface);
        if (m.kind == MentionKind.NAME && target.type == EntityType.PERSON) {
            String[] words = surface.split("\\s+");
            if (words.length > target.nameWords.size() && !isCountryCluster(target)) {
                target.name = surface;
                target.nameWords = lower(words);
                target.aliases.remove(surface);
            }
        }
        resolved.add(m);
    }

    /**
     * Whether a description is the subject of a speech verb in a sentence that quotes someone:
     * an unnamed speaker ("An EOIR official said ...", "the agent chided him, asking, '...'").
     */
    private boolean speaks(Mention m, List<QuoteMarks.Quoted> quotes) {
        if (!m.isSubject() || m.insideQuote) {
            return false;
        }
        var d = m.sentence.head(m.last);
        if (d == null || d.governor() < 0) {
            return false;
        }
        Token verb = m.sentence.tokens().get(d.governor());
        if (!verb.isVerb() || speech.use(verb.lemma()) == null) {
            return false;
        }
        for (QuoteMarks.Quoted q : quotes) {
            if (q.start() < m.sentence.end() + 2 && q.end() > m.sentence.start() - 2) {
                return true;
            }
        }
        for (var dep : m.sentence.children(d.governor())) {
            if (dep.relation().equals("ccomp")) {
                return true;
            }
        }
        return false;
    }

    /** A person the text never names, named by the fullest description it gives ("Secret Service agent"). */
    private static Cluster unnamedSpeaker(Mention m, String text, List<Mention> introduced) {
        Mention fullest = m;
        for (int i = introduced.size() - 1; i >= 0; i--) {
            Mention intro = introduced.get(i);
            if (intro != m && m.roleWord != null && m.roleWord.equals(intro.roleWord)
                    && m.sentence.index() - intro.sentence.index() <= 3) {
                fullest = intro;
                break;
            }
        }
        String name = text.substring(fullest.start(), fullest.end()).replaceFirst("^(?i)(the|a|an)\\s+", "");
        Cluster c = new Cluster(EntityType.PERSON, name);
        c.nameWords = lower(name.split("\\s+"));
        c.roles.add(name);
        if (fullest != m) {
            fullest.cluster = c;
            c.mentions.add(fullest);
            c.aliases.add(text.substring(fullest.start(), fullest.end()));
        }
        return c;
    }

    private static boolean isCountryCluster(Cluster c) {
        return "COUNTRY".equals(c.subtype);
    }

    /**
     * @param countriesNamed the countries the article names otherwise ({@link #countriesNamed}): a capital acts
     *                       as its government in a story that has its country in play, or that names no country
     *                       at all ("Moscow denied it" alone), not in one that points only elsewhere
     */
    private Cluster nameCluster(Mention m, String text, List<Cluster> clusters, Set<String> countriesNamed) {
        String surface = text.substring(m.start(), m.end());
        if (m.type == EntityType.LOCATION && "CITY".equals(m.subtype) && actsAsGovernment(m)
                && (countriesNamed.isEmpty() || countriesNamed.contains(m.country))) {
            m.standsFor = m.country;
            m.subtype = "COUNTRY";
        }
        if (m.type == EntityType.LOCATION && "COUNTRY".equals(m.subtype) && m.country != null) {
            for (Cluster c : clusters) {
                if (isCountryCluster(c) && m.country.equals(c.country)) {
                    return c;
                }
            }
            return null;
        }
        List<String> words = lower(surface.split("\\s+"));
        Cluster best = null;
        int bestAt = -1;
        for (Cluster c : clusters) {
            if (c.type != m.type || isCountryCluster(c)) {
                continue;
            }
            boolean same = c.nameWords.equals(words) || c.aliases.contains(surface);
            boolean fits = same || switch (m.type) {
                case PERSON -> personFits(c.nameWords, words);
                case ORGANIZATION -> orgFits(c.nameWords, words, c.name, surface);
                default -> false;
            };
            if (fits) {
                int at = lastUse(c, words, text);
                if (same) {
                    at += 1_000_000_000 / 2;
                }
                if (at > bestAt) {
                    best = c;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /** Where the cluster was last named with all of these words ("Fujimori" last used for Alberto, not Kenji). */
    private static int lastUse(Cluster c, List<String> words, String text) {
        for (int i = c.mentions.size() - 1; i >= 0; i--) {
            Mention m = c.mentions.get(i);
            if (m.kind == MentionKind.NAME && lower(text.substring(m.start(), m.end()).split("\\s+")).containsAll(words)) {
                return m.start();
            }
        }
        return c.lastMention().start() / 2;
    }

    /**
     * The countries an article names by other words than a capital's: a country's name ("Russia", "the U.S."), a
     * nationality ("Russian", "Irish"), and for the United States a state's name. "Moscow said" stands for Russia's
     * government in a story where Russia is in play; in a local paper that names no other trace of Russia,
     * "Moscow approved the budget" is a town's council (Moscow, Idaho), as "Paris collected $597,667 in sales tax"
     * is Paris, Texas, and the town stays a place for the place resolver to read.
     */
    private Set<String> countriesNamed(List<Sentence> sentences) {
        Set<String> named = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String first = t.get(i).text();
                if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
                    continue;
                }
                String demonym = world.countryOfDemonym(first);
                if (demonym != null) {
                    named.add(demonym);
                }
                StringBuilder phrase = new StringBuilder();
                for (int j = i; j < Math.min(t.size(), i + 4); j++) {
                    if (j > i) {
                        phrase.append(' ');
                    }
                    phrase.append(t.get(j).text());
                    String p = phrase.toString();
                    String country = world.countryOfName(p);
                    if (country != null) {
                        named.add(country);
                    } else if (world.isUsState(p) && world.capitalOf(p) == null) { // "Washington" is no evidence of itself
                        named.add("USA");
                    }
                }
            }
        }
        return named;
    }

    /**
     * A capital that is subject, object or owner, not a place after "in"/"at": "Moscow said", "visited Washington".
     * The city itself is meant where the text places something in it or names it as a place: a dateline
     * ("WASHINGTON (Reuters) -" is where the story was filed), the name with its state or country ("Washington,
     * D.C.", "Moscow, Russia"), an owner of the town's own things ("Moscow's airport", "Washington's mayor", "Dublin's
     * parade"), and a name joined to a place that is no capital or country ("flights between New York and Moscow",
     * "Oregon and Washington laws"), where a government joined to one would be joined to a government.
     */
    private boolean actsAsGovernment(Mention m) {
        List<Token> t = m.sentence.tokens();
        if (m.first > 0 && PLACE_CASES.contains(t.get(m.first - 1).text().toLowerCase(Locale.ROOT))
                && !t.get(m.first - 1).text().equalsIgnoreCase("to")) {
            return false;
        }
        if (isDateline(m) || withItsDivision(m)) {
            return false;
        }
        if (m.last + 1 < t.size() && t.get(m.last + 1).pos().equals("POS")) {
            return !ownsTownsThing(m);
        }
        String r = m.relation();
        if (r.equals("conj")) {
            return !joinedToPlace(m);
        }
        return r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj");
    }

    /** What a town has and a government does not: its facilities, streets, officers, people and festivities. */
    private static final Set<String> TOWNS_THINGS = Set.of("airport", "airports", "station", "street", "streets",
            "square", "park", "parks", "bridge", "subway", "metro", "downtown", "suburb", "suburbs", "neighborhood",
            "neighborhoods", "neighbourhood", "neighbourhoods", "skyline", "mayor", "city", "manager", "residents",
            "hospital", "hospitals", "zoo", "museum", "museums", "theater", "theatre", "parade", "marathon", "schools",
            "restaurants", "hotel", "hotels", "outskirts", "port", "harbor", "harbour", "traffic");

    /** A dateline in capitals at the head of a sentence: "WASHINGTON (Reuters) -", "MOSCOW, Nov 3 -", "DUBLIN --". */
    private static boolean isDateline(Mention m) {
        List<Token> t = m.sentence.tokens();
        if (m.first != 0 || m.last + 1 >= t.size()) {
            return false;
        }
        for (int i = m.first; i <= m.last; i++) {
            String w = t.get(i).text();
            if (!w.equals(w.toUpperCase(Locale.ROOT)) || w.chars().noneMatch(Character::isLetter)) {
                return false;
            }
        }
        return t.get(m.last + 1).text().matches("[(,]|-{1,2}|—|–") || t.get(m.last + 1).pos().equals("-LRB-");
    }

    /** The name followed by its state or country, as a place is named: "Washington, D.C.", "Moscow, Russia". */
    private boolean withItsDivision(Mention m) {
        List<Token> t = m.sentence.tokens();
        int k = m.last + 1;
        if (k < t.size() && t.get(k).text().equals(",")) {
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        String w = t.get(k).text();
        return w.equals("D.C.") || w.equals("DC") || world.isUsState(w) || world.isUsState(w.replaceFirst("\\.$", ""))
                || world.countryOfName(w) != null;
    }

    /** "Moscow's airport", "Dublin's city manager": the owned thing (or a word compounded with it) is a town's. */
    private static boolean ownsTownsThing(Mention m) {
        Dependency d = m.sentence.head(m.last);
        if (d == null || d.governor() < 0) {
            return false;
        }
        int owned = d.governor();
        if (TOWNS_THINGS.contains(m.sentence.tokens().get(owned).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Dependency c : m.sentence.children(owned)) {
            if (c.relation().equals("compound")
                    && TOWNS_THINGS.contains(m.sentence.tokens().get(c.dependent()).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the conjunct the name is joined to is a place name that is neither a capital nor a country. */
    private boolean joinedToPlace(Mention m) {
        Dependency d = m.sentence.head(m.last);
        if (d == null || d.governor() < 0) {
            return false;
        }
        Token other = m.sentence.tokens().get(d.governor());
        String w = other.text();
        boolean place = other.ner().equals("LOCATION") || world.isUsState(w);
        return place && world.capitalOf(w) == null && world.countryOfName(w) == null && world.countryOfDemonym(w) == null;
    }

    private static boolean personFits(List<String> cluster, List<String> words) {
        if (cluster.size() >= 2 && words.size() >= 2) {
            // two full names are one person only when one is the other without its first name(s):
            // "Trump Jr." and "Donald Trump Jr.", "Anna Wintour" and "H. Anna Wintour"
            List<String> shorter = words.size() < cluster.size() ? words : cluster;
            List<String> longer = words.size() < cluster.size() ? cluster : words;
            return shorter.size() < longer.size()
                    && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
        }
        if (words.size() == 1) {
            return cluster.contains(words.get(0));
        }
        return words.containsAll(cluster) && words.get(words.size() - 1).equals(cluster.get(cluster.size() - 1))
                || words.containsAll(cluster) && cluster.size() == 1;
    }

    private static boolean orgFits(List<String> cluster, List<String> words, String clusterName, String surface) {
        if (isAcronymOf(surface, clusterName) || isAcronymOf(clusterName, surface)) {
            return true;
        }
        List<String> shorter = words.size() <= cluster.size() ? words : cluster;
        List<String> longer = words.size() <= cluster.size() ? cluster : words;
        if (shorter.isEmpty() || shorter.size() == longer.size()) {
            return false;
        }
        boolean prefix = longer.subList(0, shorter.size()).equals(shorter)
                // "Senate" and "Senate Judiciary Committee" are a body and a part of it
                && !SUB_BODIES.contains(longer.get(longer.size() - 1));
        boolean suffix = longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
        return prefix || suffix;
    }

    private static boolean isAcronymOf(String acronym, String name) {
        if (acronym.length() < 2 || !acronym.replace(".", "").chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        String a = acronym.replace(".", "");
        return initials.length() >= 2 && initials.toString().equals(a) && !name.equals(acronym);
    }

    private Cluster newCluster(Mention m, String text) {
        String surface = text.substring(m.start(), m.end());
        Cluster c;
        if (m.type == EntityType.LOCATION && "COUNTRY".equals(m.subtype) && m.country != null) {
            c = new Cluster(EntityType.LOCATION, world.countryName(m.country));
        } else {
            c = new Cluster(m.type, surface);
        }
        c.nameWords = lower(c.name.split("\\s+"));
        return c;
    }

    /** The most salient compatible entity before a pronoun or description, or null. */
    private static Cluster antecedent(Mention m, List<Mention> resolved, boolean description) {
        Cluster strict = antecedent(m, resolved, description, false);
        return strict != null ? strict : antecedent(m, resolved, description, true);
    }

    /** @param lenient whether a gender guessed from a first name may be overruled */
    private static Cluster antecedent(Mention m, List<Mention> resolved, boolean description, boolean lenient) {
        int sentence = m.sentence.index();
        for (int back = 0; back <= 3; back++) {
            int si = sentence - back;
            Mention bestSubject = null;
            Mention bestOther = null;
            Mention bestPossessive = null;
            for (Mention r : resolved) {
                if (r.sentence.index() != si || r.cluster == null || (back == 0 && r.first >= m.first)) {
                    continue;
                }
                if (r.insideQuote && !m.insideQuote || credit(r)) {
                    continue; // the agency a dateline credits ("WASHINGTON (Reuters) -") is no one the story tells of
                }
                if (!compatible(m, r.cluster, lenient)) {
                    continue;
                }
                if ((description || isObjectPronoun(m)) && back == 0 && r.isSubject() && !m.isSubject()
                        && sameClause(m, r)) {
                    continue; // "Trump urged the Russian leader", "the agent chided him": not the subject
                }
                // in the pronoun's own sentence the nearest wins; in earlier ones the first (the main clause's)
                if (r.possessive) {
                    bestPossessive = better(bestPossessive, r, back == 0);
                } else if (r.isSubject()) {
                    bestSubject = better(bestSubject, r, back == 0);
                } else {
                    bestOther = better(bestOther, r, back == 0);
                }
            }
            Mention pick = bestSubject != null ? bestSubject : bestOther != null ? bestOther : bestPossessive;
            if (back == 0 && m.possessive && bestPossessive != null && conjoinedOwners(bestPossessive, m)) {
                pick = bestPossessive; // "Trump's handling of the crisis and his threat": the same owner, told twice
            }
            if (description) {
                Cluster roleMatch = roleMatch(m, resolved, lenient);
                if (roleMatch != null) {
                    return roleMatch;
                }
                // without a matching role, only a nationality ("the Russian leader") licenses a guess
                if (m.country == null) {
                    return null;
                }
            }
            if (pick != null) {
                return pick.cluster;
            }
            if (back == 0 && m.kind == MentionKind.PRONOUN && m.type != EntityType.PERSON
                    && m.sentence.tokens().get(m.first).text().equalsIgnoreCase("it")) {
                return null; // "it" with no antecedent in its own sentence is too often pleonastic
            }
        }
        return description ? roleMatch(m, resolved, lenient) : null;
    }

    /** Whether a mention is the agency credited in a dateline: "(Reuters) -", "(AP) —". */
    private static boolean credit(Mention r) {
        List<Token> t = r.sentence.tokens();
        return r.first > 0 && r.last + 2 < t.size() && t.get(r.first - 1).text().equals("(")
                && t.get(r.last + 1).text().equals(")") && t.get(r.last + 2).text().matches("-+|\u2013|\u2014");
    }

    /** Whether two possessives own nouns joined by "and"/"or": "X's handling ... and his threat". */
    private static boolean conjoinedOwners(Mention owner, Mention pronoun) {
        var s = pronoun.sentence;
        var a = s.head(owner.last);
        var b = s.head(pronoun.first);
        if (a == null || b == null || a.governor() < 0 || b.governor() < 0) {
            return false;
        }
        var conj = s.head(b.governor());
        return conj != null && conj.relation().startsWith("conj") && conj.governor() == a.governor();
    }

    private static Mention better(Mention current, Mention candidate, boolean nearest) {
        if (current == null) {
            return candidate;
        }
        return nearest == candidate.first > current.first ? candidate : current;
    }

    /** The most recent person whose roles carry the description's role word ("the president"). */
    private static Cluster roleMatch(Mention m, List<Mention> resolved, boolean lenient) {
        if (m.roleWord == null) {
            return null;
        }
        for (int i = resolved.size() - 1; i >= 0; i--) {
            Cluster c = resolved.get(i).cluster;
            if (c == null || c.type != EntityType.PERSON || !compatible(m, c, lenient)) {
                continue;
            }
            for (String role : c.roles) {
                if (role.toLowerCase(Locale.ROOT).matches(".*\\b" + java.util.regex.Pattern.quote(m.roleWord) + "\\b.*")) {
                    return c;
                }
            }
        }
        return null;
    }

    private static boolean isObjectPronoun(Mention m) {
        if (m.kind != MentionKind.PRONOUN || m.possessive) {
            return false;
        }
        String w = m.sentence.tokens().get(m.first).text().toLowerCase(Locale.ROOT);
        return !w.endsWith("self") && (w.equals("him") || w.equals("her") || w.equals("them") || w.equals("it"))
                && (m.relation().equals("obj") || m.relation().equals("iobj"));
    }

    private static boolean sameClause(Mention a, Mention b) {
        var da = a.sentence.head(a.last);
        var db = b.sentence.head(b.last);
        return da != null && db != null && da.governor() == db.governor();
    }

    private static boolean compatible(Mention m, Cluster c, boolean lenient) {
        return switch (m.type) {
            case PERSON -> c.type == EntityType.PERSON
                    && (m.gender == '-' || c.gender == '-' || m.gender == c.gender || lenient && c.genderFromName)
                    && (m.country == null || c.country == null || m.country.equals(c.country));
            case ORGANIZATION -> c.type == EntityType.ORGANIZATION || isCountryCluster(c);
            case GROUP -> c.type == EntityType.GROUP || c.type == EntityType.ORGANIZATION;
            case LOCATION -> c.type == EntityType.LOCATION;
        };
    }

    /** @param ids filled with each built cluster's entity id */
    private List<Entity> build(List<Cluster> clusters, String text, Map<Cluster, String> ids) {
        List<Cluster> sorted = new ArrayList<>(clusters);
        sorted.removeIf(c -> c.mentions.stream().allMatch(m -> m.kind == MentionKind.PRONOUN));
        sorted.sort(Comparator.comparingInt(c -> c.mentions.stream().mapToInt(Mention::start).min().orElse(0)));
        List<Entity> out = new ArrayList<>();
        int n = 1;
        for (Cluster c : sorted) {
            List<Span> spans = new ArrayList<>();
            c.mentions.stream().sorted(Comparator.comparingInt(Mention::start))
                    .forEach(m -> spans.add(new Span(m.start(), m.end(), text.substring(m.start(), m.end()))));
            List<String> aliases = new ArrayList<>(c.aliases);
            if (c.name.length() > 3 && c.name.equals(c.name.toUpperCase(Locale.ROOT))) {
                // a dateline's "ROTTERDAM": the name as the story writes it elsewhere reads better
                for (String a : aliases) {
                    if (a.equalsIgnoreCase(c.name)) {
                        aliases.add(c.name);
                        c.name = a;
                        break;
                    }
                }
            }
            aliases.remove(c.name);
            String subtype = c.subtype;
            if (subtype == null && c.type == EntityType.LOCATION) {
                subtype = "PLACE";
            }
            ids.put(c, "E" + n);
            out.add(new Entity("E" + n++, c.name, c.type, subtype, aliases, new ArrayList<>(c.roles), c.age,
                    c.country, c.sector, null, spans));
        }
        return out;
    }

    private static List<String> lower(String[] words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            // one trailing full stop or comma off ("Corp." as "corp"), without a pattern compiled each word
            out.add(l.endsWith(".") || l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
        }
        return out;
    }
}
