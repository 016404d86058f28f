package dev.newsgraph.analysis.event;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.quote.QuoteMarks;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the entities a noun phrase of the parse stands for: the entity whose mention covers its
 * head, else one named inside it ("Russian" in "Russian forces", "Guinea" in "forces in Guinea"),
 * for each of its conjuncts ("the US and Russia"). Tokens no entity covers give no actor.
 */
final class ActorFinder {
    private static final Set<String> INNER = Set.of("compound", "amod", "nmod:poss", "flat", "appos", "nmod", "det:poss",
            "obl", "acl", "dep");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    private static final Set<String> INNER_CASES = Set.of("of", "in", "from", "at", "for", "by", "");

    private final Document doc;
    private final WorldKnowledge world;
    /** The entity that stands for each country: the country itself, else its government. */
    private final Map<String, Entity> byCountry = new HashMap<>();
    /** The state a story is filed from (its dateline's country), or null. */
    private final Entity home;
    /** The story's quoted passages, found on first need. */
    private List<QuoteMarks.Quoted> quoted;

    /**
     * @param datelineEnd where the story's dateline ("ANKARA (Reuters) -") ends, 0 for none: the country of the
     *                    place it names is the story's home, whose state the unqualified "the government" is
     */
    ActorFinder(Document doc, WorldKnowledge world, int datelineEnd) {
        this.doc = doc;
        this.world = world;
        for (Entity e : doc.entities()) {
            if (e.country() == null || e.type() == EntityType.PERSON) {
                continue;
            }
            Entity had = byCountry.get(e.country());
            if (had == null || rank(e) < rank(had)) {
                byCountry.put(e.country(), e);
            }
        }
        this.home = datelineEnd > 0 ? homeState(doc, datelineEnd) : null;
    }

    /** The entity of the state a story is filed from (its dateline's country), or null. */
    private Entity homeState(Document doc, int datelineEnd) {
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.LOCATION || e.mentions().isEmpty() || e.mentions().get(0).start() >= datelineEnd) {
                continue;
            }
            var geo = EventCoder.placeOf(doc, e.id());
            String country = e.country() != null ? e.country() : geo != null ? geo.country() : null;
            if (country != null) {
                return byCountry.get(country);
            }
        }
        return null;
    }

    /**
     * Bodies of a state that a story names without their state once its country is plain: "the government
     * said", "the army shelled", "the foreign ministry summoned". Unqualified, they are the home state's
     * (as a reader of a story filed from Ankara takes them to be Turkey's).
     */
    private static final Set<String> STATE_BODIES = Set.of("government", "administration", "army", "military", "navy",
            "cabinet", "ministry", "regime", "parliament", "presidency", "authorities");

    /**
     * The home state for an unqualified state body that acts ("the government agreed", "was blocked by the
     * army"), or null. Only a doer: what is done to "the government" at home (funding it, suing it) is the
     * business of its own politics more often than an act between parties.
     */
    private Entity homeBody(ParseView v, int h) {
        int head = h;
        while (v.rel(head).equals("conj") && v.head(head) >= 0) {
            head = v.head(head);
        }
        boolean doer = v.rel(head).equals("nsubj") || v.rel(head).equals("obl:agent")
                || v.rel(head).equals("obl") && v.caseOf(head).equals("by");
        if (!doer || home == null || !STATE_BODIES.contains(v.lemma(h).toLowerCase(Locale.ROOT)) || !v.token(h).pos().startsWith("NN")
                || !v.hasChildLemma(h, "det", "the")) {
            return null;
        }
        for (int c : v.children(h)) {
            String r = v.rel(c);
            if (r.equals("nmod:poss") || r.equals("nmod") || r.equals("appos") || r.startsWith("acl")
                    || v.token(c).pos().startsWith("NNP")) {
                return null; // "its army", "the government of Sindh", "the army, which ...": another's, or told apart
            }
        }
        return home;
    }

    private static int rank(Entity e) {
        if (e.type() == EntityType.LOCATION && "COUNTRY".equals(e.subtype())) {
            return 0;
        }
        return "GOVERNMENT".equals(e.subtype()) ? 1 : 2;
    }

    /** The id of the entity token {@code i} names (a demonym: its country's), or null. */
    String named(ParseView v, int i) {
        Entity e = covering(v, i);
        return e == null ? null : e.id();
    }

    /** A covering entity, else for a demonym ("Russian" missile attack) the entity of its country. */
    private Entity covering(ParseView v, int i) {
        Entity e = doc.entityAt(v.token(i));
        if (e != null) {
            return e;
        }
        var t = v.token(i);
        if (t.pos().startsWith("JJ") || t.pos().startsWith("NNP")) {
            String code = world.countryOfDemonym(t.text());
            if (code != null) {
                return byCountry.get(code);
            }
        }
        return null;
    }

    /** The ids of the entities the phrase headed by {@code i} stands for, conjuncts included. */
    List<String> actors(ParseView v, int i) {
        Set<String> out = new LinkedHashSet<>();
        if (i < 0) {
            return List.of();
        }
        int ahead = cataphorOf(v, i);
        if (ahead >= 0) {
            List<String> subject = actors(v, ahead);
            if (!subject.isEmpty()) {
                return subject;
            }
        }
        int speaker = speakerOf(v, i);
        for (int h : conjuncts(v, i)) {
            if (h == i && speaker >= 0) {
                List<String> said = actors(v, speaker);
                if (!said.isEmpty() || v.token(speaker).pos().endsWith("S")) {
                    out.addAll(said); // unnamed sayers ("militants said they ...") are nobody named earlier
                    continue;
                }
            }
            Entity e = entityOf(v, h);
            if (e == null) {
                e = homeBody(v, h);
            }
            if (e != null) {
                out.add(e.id());
                String state = stateBehind(v, h, e.id());
                if (state != null) {
                    out.add(state);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");

    /**
     * "During his visit on Tuesday, the minister praised ...": a possessive pronoun in a phrase that opens the clause,
     * before its subject, stands for that subject (a reader takes "his" to be the one the clause goes on to name),
     * whoever the story named before; "his" or "her" only for one named singly. The subject, or -1.
     */
    private static int cataphorOf(ParseView v, int i) {
        String p = v.token(i).text().toLowerCase(Locale.ROOT);
        if (!v.token(i).pos().equals("PRP$") || !(p.equals("his") || p.equals("her"))) {
            return -1;
        }
        int cur = i;
        for (int steps = 0; steps < 6; steps++) {
            int h = v.head(cur);
            if (h < 0) {
                return -1;
            }
            if (v.token(h).isVerb()) {
                int s = v.child(h, "nsubj");
                boolean opening = v.baseRel(cur).equals("obl") || v.baseRel(cur).equals("advcl");
                return opening && s > i && v.token(s).pos().equals("NNP") ? s : -1;
            }
            cur = h;
        }
        return -1;
    }

    /**
     * A pronoun that is the subject of what its clause's speaker says ("The Taliban said they
     * attacked", "Iran said it had arrested", "X said he would"): the speaker, whose subject phrase
     * is then read instead, or -1. A pronoun in reported speech stands by default for the one
     * reporting; the entity layer may have linked it to a name further back, which the sentence
     * itself overrules. The speaker must be a noun phrase, not another pronoun.
     */
    private int speakerOf(ParseView v, int i) {
        if (i < 0 || !v.token(i).pos().equals("PRP") || !SUBJECT_PRONOUNS.contains(v.token(i).text().toLowerCase(Locale.ROOT))
                || !v.rel(i).startsWith("nsubj")) {
            return -1;
        }
        int clause = v.head(i);
        int verb = clause < 0 ? -1 : v.head(clause);
        if (verb < 0 || !v.rel(clause).equals("ccomp") || !SAYING.contains(v.lemma(verb))) {
            return -1;
        }
        int s = v.child(verb, "nsubj");
        if (s < 0 || !v.token(s).pos().startsWith("NN")) {
            return -1;
        }
        String p = v.token(i).text().toLowerCase(Locale.ROOT);
        if (!p.equals("we") && quoted(v, i)) {
            return -1; // "'He has pleaded guilty,' X said": in their own words a speaker is "I" or "we", never "he"
        }
        boolean plural = v.token(s).pos().endsWith("S");
        return plural && !(p.equals("they") || p.equals("we")) ? -1 : s; // "they" for a group, never "he" for one
    }

    /** Whether token {@code i} stands inside a quoted passage of the story ({@link QuoteMarks}, found once). */
    private boolean quoted(ParseView v, int i) {
        if (quoted == null) {
            quoted = QuoteMarks.find(doc.text());
        }
        return QuoteMarks.inside(quoted, v.token(i).start());
    }

    /** Verbs of saying whose complement's pronoun subject is, by default, the sayer. */
    private static final Set<String> SAYING = Set.of("say", "tell", "announce", "claim", "state", "insist", "confirm",
            "add", "warn", "vow", "pledge", "promise", "threaten", "deny", "admit", "acknowledge", "declare", "report");

    /** The place an {@code in/at/near} phrase headed by {@code i} (or its compound) names, or null. */
    String place(ParseView v, int i) {
        Entity e = doc.entityAt(v.token(i));
        if (e == null) {
            int c = v.child(i, "compound"); // "in Montenegro province"
            e = c < 0 ? null : doc.entityAt(v.token(c));
        }
        return e != null && e.type() == EntityType.LOCATION ? e.id() : null;
    }

    Entity entity(String id) {
        return doc.entity(id);
    }

    static List<Integer> conjuncts(ParseView v, int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int k = 0; k < out.size() && out.size() < 8; k++) {
            out.addAll(v.childrenWith(out.get(k), "conj"));
        }
        return out;
    }

    private Entity entityOf(ParseView v, int h) {
        int target = h;
        if (RELATIVE.contains(v.lemma(h)) && v.head(h) >= 0 && v.rel(v.head(h)).startsWith("acl")) {
            target = v.head(v.head(h));
        }
        if (target < 0) {
            return null;
        }
        Entity e = covering(v, target);
        return e != null ? e : inner(v, target, null);
    }

    /**
     * An entity named inside the phrase headed by {@code head}: breadth first, two levels; at each
     * level names ("the party's leader Mahmoud Abbas") before modifiers ("Russian" forces) before
     * prepositional phrases ("forces in Guinea"). Possessive pronouns never stand for the phrase.
     */
    private Entity inner(ParseView v, int head, Entity besides) {
        List<Integer> frontier = List.of(head);
        for (int depth = 0; depth < 2; depth++) {
            List<Integer> next = new ArrayList<>();
            Entity[] tiers = new Entity[3];
            for (int f : frontier) {
                for (int c : v.children(f)) {
                    String r = v.rel(c);
                    if (!INNER.contains(r) || r.equals("acl") || r.equals("obl")
                            || (r.equals("dep") && !(c > f && v.token(c).pos().startsWith("NNP")))
                            || (r.equals("nmod") && !INNER_CASES.contains(v.caseOf(c))) || v.token(c).pos().equals("PRP$")) {
                        continue;
                    }
                    next.add(c);
                    Entity found = covering(v, c);
                    if (found == null || found == besides) {
                        continue;
                    }
                    if (r.equals("compound") && found.type() == EntityType.LOCATION && !"COUNTRY".equals(found.subtype())) {
                        continue; // "the Los Angeles resident" is no actor called Los Angeles
                    }
                    int tier = switch (r) {
                        case "appos", "flat", "compound", "dep" -> 0; // a name after its role, parsed loosely
                        case "nmod" -> 2;
                        default -> 1;
                    };
                    if (tiers[tier] == null) {
                        tiers[tier] = found;
                    }
                }
            }
            for (Entity t : tiers) {
                if (t != null) {
                    return t;
                }
            }
            frontier = next;
        }
        return null;
    }

    /**
     * The state behind a phrase whose own entity has no country ("security forces in Guinea":
     * Guinea), or null.
     */
    String stateBehind(ParseView v, int i, String entityId) {
        Entity e = doc.entity(entityId);
        if (e == null || e.country() != null || e.type() == EntityType.PERSON) {
            return null;
        }
        Entity in = inner(v, i, e);
        // a person is no state: "Trump allies" are not Trump
        return in != null && in.country() != null && in.type() != EntityType.PERSON ? in.id() : null;
    }
}
