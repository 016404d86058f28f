package dev.newsgraph.analysis.event;

import dev.newsgraph.analysis.event.EventLexicon.Entry;
import dev.newsgraph.analysis.event.EventLexicon.Role;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Reads event frames from one parsed sentence: a trigger (a verb, or an event noun) from the
 * lexicon, its source from the subject (the {@code by} agent of a passive), its target from the
 * object or a prepositional complement ("met with X", "attack on X"), conjoined subjects of a
 * symmetric event split into source and target ("X and Y met"), the place from "in/at/near" a
 * location. A trigger under another trigger ("threatened to ban") adds to that one's frame
 * rather than making its own.
 */
final class FrameReader {
    /** Types where "X and Y did it" means X did it with Y. */
    static final Set<EventType> SYMMETRIC = EnumSet.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE,
            EventType.SUPPORT, EventType.CONCEDE);
    /** Noun-event types an AGREE verb gives way to ("agreed €21bn in military aid"). */
    private static final Set<EventType> AGREED_THINGS = EnumSet.of(EventType.AID, EventType.SANCTION,
            EventType.COOPERATE, EventType.CONCEDE, EventType.RETREAT);
    static final Set<String> TARGET_CASES = Set.of("with", "on", "against", "to", "into", "upon", "toward",
            "towards", "at", "from", "for", "over", "of");
    /** Relations by which a noun hangs on the verb that carries it ("had a meeting", "agreed €21bn in aid"). */
    /** Prepositions of a topic: the event noun after them is what is spoken of or looked into, not done. */
    private static final Set<String> TOPIC_CASES = Set.of("into", "about", "regarding", "concerning", "over");
    /** Marks of a clause of time ("before flying to Brussels"), parsed as "mark" or as "case". */
    private static final String[] TIME_MARKS = {"before", "after", "while", "since", "until", "upon", "when"};
    /** Nouns of an act, a plan or a saying, which take an infinitive of what is done or said, never its doer. */
    private static final Set<String> ACT_NOUNS = Set.of("speech", "address", "plan", "decision", "move", "call",
            "order", "proposal", "bill", "resolution", "law", "measure", "step", "vote", "deal", "agreement", "offer",
            "threat", "promise", "pledge", "vow", "request", "demand", "chance", "opportunity", "way", "right", "power",
            "authority", "ability", "failure", "refusal", "statement", "letter", "message", "tweet", "interview");
    /** Verbs of referring or reacting to something: an event noun under them is not their subject's act. */
    private static final Set<String> REFERRING = Set.of("point", "refer", "respond", "react", "reply", "allude",
            "cite", "mention", "retaliate", "comment");
    private static final Set<String> CARRIED = Set.of("obj", "iobj", "obl", "nmod", "compound", "dep", "appos", "conj");
    /** Types whose complement clause names the target ("threatened to ban X", "demanded that X leave"). */
    private static final Set<EventType> COMPLEMENT_TARGET = EnumSet.of(EventType.REQUEST, EventType.THREATEN,
            EventType.AGREE, EventType.REJECT);
    /** Verbs of keeping someone company (their object the one kept company with). */
    private static final Set<String> COMPANY = Set.of("join", "accompany", "greet", "welcome", "escort");
    /** Prepositions by which the verb carrying an event noun names its target ("staged rallies against X"). */
    private static final Set<String> CARRIER_TARGET_CASES = Set.of("to", "for", "against", "with", "on");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside", "outside");
    /**
     * Verbs whose subject undergoes the event noun they carry ("the remark drew criticism", "Russia
     * faces sanctions", "the convoy came under attack"): the carrier's subject is the target.
     */
    private static final Set<String> UNDERGOING = Set.of("draw", "face", "attract", "incur", "suffer",
            "endure", "earn", "undergo");
    private static final Set<String> BESIDE_RELS = Set.of("compound:prt", "obj", "iobj", "xcomp", "obl", "advmod",
            "compound", "amod", "nmod", "ccomp");

    private final EventLexicon lexicon;

    FrameReader(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The frames of one sentence, in token order; actorless ones included (the caller decides). */
    List<Draft> read(ParseView v, ActorFinder actors) {
        int n = v.size();
        Entry[] entries = new Entry[n];
        for (int i = 0; i < n; i++) {
            entries[i] = entryAt(v, i);
        }
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Entry e = entries[i];
            if (e == null || e.role() != Role.EVENT) {
                continue;
            }
            if (e.noun()) {
                boolean governed = governedByTrigger(v, i, entries) && !toldAsFact(v, i, entries, actors);
                if (governed && e.type() == EventType.ASSAULT && killing(v, i) >= 0) {
                    // "blamed X for an attack that killed dozens", "convicted of a bombing that killed four": who
                    // did it is what the other act is about, but that the attack happened is told as fact
                    Draft attack = nounFrame(v, i, e, actors);
                    attack.source.clear();
                    attack.unnamedDoer = true;
                    out.add(attack);
                    continue;
                }
                if (governed) {
                    continue;
                }
                if (e.type() == EventType.AGREE && TRIES.contains(v.lemma(i)) && infinitive(v, i) >= 0) {
                    continue; // "a bid to unseat Cruz": an attempt, not an offer
                }
                if ((e.type() == EventType.AGREE || e.type() == EventType.COOPERATE) && v.head(i) >= 0
                        && v.baseRel(i).equals("obj") && ENDING.contains(v.lemma(v.head(i)))) {
                    continue; // "ended a consulting agreement with Gates": a tie undone, not an agreement made
                }
                if (e.type() == EventType.CONCEDE && v.lemma(i).equals("release") && !releaseOfSomeone(v, i, actors)) {
                    continue; // "set for release on Tuesday", "the second release of its kind": a thing published
                }
                if (TargetClues.isStance(v, i) && v.head(i) >= 0 && entries[v.head(i)] != null) {
                    continue; // "a strike in protest against X": the strike is the protest
                }
                if (e.type() == EventType.SANCTION && offList(v, i)) {
                    continue; // "removed Gazprom from the sanctions list": a sanction lifted, not imposed
                }
                Draft noun = nounFrame(v, i, e, actors);
                Draft denial = deniedExistence(v, i, noun, actors);
                out.add(denial != null ? denial : noun);
            } else {
                if (subordinate(v, i, entries) || asked(v, i, entries)) {
                    continue;
                }
                if (e.type() == EventType.REQUEST && ATTEMPTS.contains(v.lemma(i)) && v.child(i, "xcomp") >= 0
                        && v.child(i, "obj") < 0) {
                    continue; // "sought to influence the election": an attempt, not a request of anyone
                }
                if (e.type() == EventType.AGREE && nestedThing(v, i, entries) >= 0) {
                    continue; // the noun frame takes this verb's subject
                }
                if (e.type() == EventType.ASSAULT && WINNING.contains(v.lemma(i)) && (contest(v) || partisan(v, v.child(i, "obj")))) {
                    continue; // "was soundly beaten by his Democratic opponent": a race lost, not a beating
                }
                if (v.lemma(i).equals("challenge") && contest(v) && v.child(i, "obj") >= 0
                        && isPerson(v, v.child(i, "obj"), actors)) {
                    continue; // "a run to challenge Trump in the 2020 election": a rival in a race, no accusation
                }
                if (e.type() == EventType.MOBILIZE && MUSTERING.contains(v.lemma(i)) && v.child(i, "obj") >= 0
                        && !isForce(v, v.child(i, "obj"))) {
                    continue; // "mobilized black voters", "reinforces a directive": no force made ready
                }
                if (e.type() == EventType.AGREE && v.lemma(i).equals("agree") && agreesWithAView(v, i)) {
                    continue; // "agreed the city was the best place", "both sides agree she has the right": a view shared
                }
                if (e.type() == EventType.PROTEST && v.lemma(i).equals("demonstrate") && (v.child(i, "ccomp") >= 0
                        || v.child(i, "obj") >= 0 && !SHOWN_STANCES.contains(v.lemma(v.child(i, "obj"))))) {
                    // "an analysis demonstrating the impact", "demonstrated that ...": shown, no protest ("to demonstrate
                    // opposition to X" is one)
                    continue;
                }
                if (e.type() == EventType.REQUEST && v.lemma(i).equals("ask") && askedNothing(v, i)) {
                    continue; // "\"Why now?\" Durbin asked": a question put, nothing requested of anyone
                }
                Draft d = verbFrame(v, i, e, entries, actors);
                if (d == null) {
                    continue;
                }
                if (toBlame(v, i)) {
                    // "the JIM found that the Syrian government was to blame for the attack": the one to
                    // blame is the target; who finds or says so is the source
                    d.target.clear();
                    d.target.addAll(actors.actors(v, v.child(i, "nsubj")));
                    d.source.clear();
                    int h = v.head(i);
                    if (h >= 0 && v.rel(i).equals("ccomp")) {
                        d.source.addAll(actors.actors(v, v.child(h, "nsubj")));
                    }
                    d.target.removeAll(d.source);
                    d.unnamedDoer = d.source.isEmpty() && !d.target.isEmpty();
                }
                if (d.type == EventType.AGREE && promisesHarm(v, i, entries)
                        || HARM.contains(d.type) && promisedByNoun(v, i)) {
                    // "vowed to attack", "promised to retaliate", "his threat to destroy the country": a promise of harm
                    // threatens
                    d.type = EventType.THREATEN;
                    d.mode = null;
                    d.earlier |= promisedByNoun(v, i) && earlier(v, promiseOf(v, i)); // "his earlier threats to destroy X"
                }
                if (d.type == EventType.REQUEST && d.target.isEmpty() && asksOfSelf(v, i, d, actors)) {
                    continue; // "English insisted she should run the agency": a claim to a right, asked of no one
                }
                out.add(d);
            }
        }
        return out;
    }

    /** Months as news abbreviates them ("Feb. 13", "Sept. 3"). */
    private static final Pattern MONTH_SHORT = Pattern.compile(
            "(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?");

    /** Whether a word names a time ("Monday", "week", "Feb." of "Feb. 13"), whose preposition is not the verb's. */
    private static boolean isTime(ParseView v, int k) {
        String w = v.lemma(k).toLowerCase(Locale.ROOT);
        return TIME_WORDS.contains(w) || MONTH_SHORT.matcher(w).matches();
    }

    /** Prepositions of whom a meeting or a testimony is with or given to. */
    private static final Set<String> TESTIMONY_CASES = Set.of("to", "with", "before");
    /** Words that open a bare time ("last week", "this month"). */
    private static final Set<String> TIME_MODIFIERS = Set.of("last", "next", "this", "that", "earlier", "later", "same");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tomorrow", "tonight", "day",
            "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "time", "occasion");

    private Entry entryAt(ParseView v, int i) {
        var t = v.token(i);
        boolean gerund = v.gerundAsNoun(i);
        boolean noun = t.isNoun() && !v.nounAsVerb(i) || gerund;
        boolean verb = !noun && v.isVerbal(i);
        if (!noun && !verb) {
            return null;
        }
        String lemma = gerund ? t.text().toLowerCase(Locale.ROOT) : v.lemma(i);
        if (!lexicon.mayTrigger(lemma, noun)) {
            return null;
        }
        if (verb && v.rel(i).equals("amod")) {
            return null; // "armed", "wounded" as adjectives
        }
        Set<String> beside = new HashSet<>();
        boolean toPlace = false;
        if (verb && (t.pos().equals("VBN") || t.pos().equals("VBD") && v.rel(i).equals("acl"))) { // tagged VBD, hung as a participle
            // a passive's subject, or the noun a participle hangs on, is the verb's object: "a deal (was) struck
            // between X and Y" is "strike deal", no attack
            int undergoer = v.child(i, "nsubj:pass");
            if (undergoer < 0 && v.rel(i).startsWith("acl") && v.head(i) >= 0 && v.token(v.head(i)).isNoun()) {
                undergoer = v.head(i);
            }
            if (undergoer >= 0) {
                beside.add(v.lemma(undergoer));
            }
        }
        for (int c : v.children(i)) {
            if (BESIDE_RELS.contains(v.baseRel(c)) || BESIDE_RELS.contains(v.rel(c))) {
                if (isTime(v, c)) {
                    continue; // "called X on Monday" is no "call on": a time's preposition is not the verb's
                }
                beside.add(v.lemma(c));
                String cs = v.caseOf(c);
                if (!cs.isEmpty()) {
                    beside.add(cs);
                    // a destination is named or determined ("to Kabul", "to the capital"); "rushed to distance
                    // themselves", parsed as a noun, is none
                    toPlace |= cs.equals("to") && (v.token(c).isProperNoun() || v.child(c, "det") >= 0
                            || v.child(c, "nmod:poss") >= 0);
                }
                if (v.rel(c).equals("xcomp") && v.hasChildLemma(c, "mark", "to")) {
                    beside.add("to"); // "directed Mattis to conduct a review": "direct to"
                }
                if (v.rel(c).equals("ccomp") && v.hasChildLemma(c, "mark", "whether", "if")) {
                    beside.add("whether"); // "was asked whether ...": a question, no demand
                }
                if (v.rel(c).equals("ccomp")) {
                    beside.add("that"); // "recognized that ...": a clause acknowledged, not a state recognised
                }
                for (int g : v.children(c)) {
                    if (v.rel(g).equals("compound") || v.rel(g).equals("compound:prt")) {
                        beside.add(v.lemma(g));
                    }
                }
            }
        }
        int asked = askedClause(v, i);
        if (asked >= 0) {
            // "called for Congress to act", "a resolution calling on Mueller to resign": a clause of "for X to"
            // or "on X to" (the parser marks the preposition as the clause's own) is what "call for/on" asks
            beside.add(askingMark(v, asked));
        }
        if (noun && v.rel(i).equals("compound") && v.head(i) >= 0) {
            beside.add(v.lemma(v.head(i))); // "phone call": "phone" is a compound of "call"
        }
        Entry e = lexicon.match(lemma, noun, beside);
        if (e != null && verb && e.type() == EventType.CONSULT && "visit".equals(e.label()) && e.words().contains("to")
                && !toPlace) {
            // a journey "to" goes to a place: "rushed to distance themselves" is haste, no trip
            beside.remove("to");
            e = lexicon.match(lemma, noun, beside);
        }
        if (e != null && verb && NAMING_VERBS.contains(lemma) && namesSomething(v, i) && !NAMING_ACTS.contains(e.type())) {
            return null; // "called the operation ethnic cleansing": a name given, no phone call (a criticism, if any)
        }
        return e == null || e.role() == Role.NONE ? null : e;
    }

    /** Prepositions that open a clause of what is asked ("for X to act", "on X to resign"). */
    private static final Set<String> ASKING_MARKS = Set.of("for", "on", "upon");

    /** The verb's clause of "for X to" or "on X to" ("called for Congress to act"), or -1. */
    private static int askedClause(ParseView v, int verb) {
        for (int c : v.childrenWith(verb, "advcl", "xcomp", "ccomp")) {
            String mark = askingMark(v, c);
            int asked = v.child(c, "nsubj");
            if ("for".equals(mark) || mark != null && v.hasChildLemma(c, "mark", "to") && asked >= 0
                    && !isTime(v, asked)) { // "called X on Wednesday to say"
                return c;
            }
        }
        return -1;
    }

    /** The preposition among a clause's marks that opens what is asked ("for", "on"), or null. */
    private static String askingMark(ParseView v, int clause) {
        for (int c : v.childrenWith(clause, "mark")) {
            if (ASKING_MARKS.contains(v.lemma(c))) {
                return v.lemma(c);
            }
        }
        return null;
    }

    /** "X is to blame", "was to blame": blame with a copula and "to", whose subject is blamed. */
    private static boolean toBlame(ParseView v, int i) {
        return v.lemma(i).equals("blame") && v.hasChildLemma(i, "mark", "to") && v.hasChildLemma(i, "cop", "be");
    }

    /** Nouns of people one questions (interrogates) rather than doubts. */
    private static final Set<String> QUESTIONED = Set.of("suspect", "man", "woman", "witness", "people", "person",
            "official", "officials", "driver", "passenger", "journalist", "activist", "student", "employee", "him", "her",
            "them", "men", "women", "suspects", "witnesses");

    /** Whether the object of "question" is someone questioned (a person or group named, or a noun of people). */
    private static boolean questioned(ParseView v, int object, ActorFinder actors) {
        String id = actors.named(v, object);
        if (id != null) {
            var who = actors.entity(id);
            return who != null && (who.type() == EntityType.PERSON || who.type() == EntityType.GROUP);
        }
        return QUESTIONED.contains(v.token(object).text().toLowerCase(Locale.ROOT));
    }

    /** What markets trade, whose "rally" is a rise in price. */
    private static final Set<String> MARKETS = Set.of("stock", "share", "market", "price", "index", "dollar", "euro",
            "yen", "currency", "bond", "yield", "oil", "gold", "equity", "future", "bitcoin", "commodity", "peso", "rupee");

    private static final Set<String> AIMED = Set.of("on", "upon", "at");

    /**
     * Whether a warning foretells what a third party or a thing may do, with no harm in it: the clause's
     * subject is neither the warner nor the one warned, and no act of harm is told there ("analysts warned
     * the CFPB fight could imperil that compromise"). "Warned North Korea that it would be met with fire",
     * "warned it would retaliate" and "warned that North Korea would face sanctions" stay threats.
     */
    private static boolean warnsOfOthers(ParseView v, int i, Draft d, Entry[] entries, ActorFinder actors) {
        int clause = v.child(i, "ccomp");
        int subject = clause < 0 ? -1 : v.child(clause, "nsubj", "nsubj:pass");
        if (subject < 0) {
            return false;
        }
        if (harmTold(v, clause, entries)) {
            return false;
        }
        List<String> who = actors.actors(v, subject);
        if (who.isEmpty()) {
            return !v.token(subject).pos().startsWith("PRP"); // an unresolved "it" may be either side
        }
        for (String w : who) {
            if (d.source.contains(w) || d.target.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a shot is fired at someone: "fired on protesters", "was fired upon", "fired at the crowd" ("on Feb. 13" is a day). */
    private static boolean firedAt(ParseView v, int i) {
        for (int c : v.children(i)) {
            if (AIMED.contains(v.lemma(c)) || AIMED.contains(v.caseOf(c)) && !isTime(v, c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word names a person: a named one, or a personal pronoun ("challenge him"). */
    private static boolean isPerson(ParseView v, int k, ActorFinder actors) {
        if (Set.of("him", "her", "he", "she").contains(v.lemma(k).toLowerCase(Locale.ROOT))) {
            return true;
        }
        String id = actors.named(v, k);
        var who = id == null ? null : actors.entity(id);
        return who != null && who.type() == EntityType.PERSON;
    }

    /** Whether every actor is a named person. */
    static boolean onlyPersons(Collection<String> ids, ActorFinder actors) {
        for (String id : ids) {
            var who = actors.entity(id);
            if (who == null || who.type() != EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /** Participles that, as predicates, say their subject's resolve: "Vietnam is committed to opening up". */
    private static final Set<String> RESOLVED = Set.of("commit", "determine", "dedicate", "prepare", "resolve");

    /** "is committed to", "was determined to": a state of the subject's own, not something done to it. */
    private static boolean stateOfMind(ParseView v, int i) {
        // "was committed by the court": done to it
        return RESOLVED.contains(v.lemma(i)) && agentOf(v, i) < 0;
    }

    /** Acts whose promise is a threat. */
    private static final Set<EventType> HARM = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
            EventType.MOBILIZE);

    /** Nouns of a promise or a threat, whose infinitive is what is promised ("his vow to destroy X"). */
    private static final Set<String> PROMISE_NOUNS = Set.of("threat", "vow", "pledge", "promise", "warning", "ultimatum");

    /** Whether a verb is the infinitive of a noun of promise or threat ("his threat to totally destroy X"). */
    private static boolean promisedByNoun(ParseView v, int i) {
        return promiseOf(v, i) >= 0;
    }

    /**
     * The noun of promise or threat whose infinitive a verb is, or -1: the noun it hangs on, or, where the parser
     * made the noun the infinitive's subject ("in contrast with [her threats] to seize X"), that subject.
     */
    private static int promiseOf(ParseView v, int i) {
        if (!v.isToInfinitive(i)) {
            return -1;
        }
        int h = v.head(i);
        if (h >= 0 && v.rel(i).startsWith("acl") && PROMISE_NOUNS.contains(v.lemma(h))) {
            return h;
        }
        int subject = v.child(i, "nsubj");
        return subject >= 0 && PROMISE_NOUNS.contains(v.lemma(subject)) ? subject : -1;
    }

    /** Whether the act a promise completes or names ("vowed to attack", "vowed retaliation") is one of harm. */
    private static boolean promisesHarm(ParseView v, int i, Entry[] entries) {
        for (int c : v.childrenWith(i, "xcomp", "obj")) {
            if (entries[c] != null && entries[c].role() == Role.EVENT && HARM.contains(entries[c].type())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb trigger that is the complement of another trigger verb ("threatened to ban"). The purpose
     * of a visit or meeting is no complement: "visited NATO to admonish European leaders" does both.
     */
    private static boolean subordinate(ParseView v, int i, Entry[] entries) {
        String r = v.rel(i);
        int h = v.head(i);
        return h >= 0 && (r.equals("xcomp") || r.equals("ccomp")) && entries[h] != null
                && entries[h].role() == Role.EVENT && !entries[h].noun()
                && !(entries[h].type() == EventType.CONSULT && v.hasChildLemma(i, "mark", "to"));
    }

    /** What a crowd demonstrates when it protests ("to demonstrate opposition to X", "to demonstrate solidarity"). */
    private static final Set<String> SHOWN_STANCES = Set.of("opposition", "anger", "outrage", "dissent", "discontent",
            "displeasure", "frustration", "solidarity", "support", "disapproval", "defiance");

    /** Nouns of trying: with an infinitive they tell an attempt ("a bid to unseat"), alone an offer ("a bid of $5"). */
    private static final Set<String> TRIES = Set.of("bid", "attempt", "effort", "push", "drive");

    /** Nouns of an undertaking, which an event noun before them names ("a mediation effort", "a bombing campaign"). */
    private static final Set<String> UNDERTAKINGS = Set.of("effort", "campaign", "operation", "bid", "attempt", "drive",
            "mission", "initiative", "process", "push", "programme", "program");

    /** The infinitive a noun takes ("a bid to unseat"), or -1. */
    private static int infinitive(ParseView v, int noun) {
        for (int c : v.childrenWith(noun, "acl")) {
            if (v.hasChildLemma(c, "mark", "to")) {
                return c;
            }
        }
        return -1;
    }

    /** Verbs that ready a force as often as anything else: voters, support, a directive. */
    private static final Set<String> MUSTERING = Set.of("mobilize", "mobilise", "reinforce");
    /** What a force is made of: the objects that make mustering a mobilisation. */
    private static final Set<String> FORCES = Set.of("troop", "troops", "force", "forces", "army", "soldier", "reservist",
            "reserve", "police", "policeman", "unit", "militia", "militiaman", "fighter", "guard", "navy", "fleet",
            "warship", "ship", "tank", "jet", "aircraft", "battalion", "brigade", "division", "military", "personnel",
            "officer", "garrison", "position", "border", "defense", "defence");

    /** Whether a phrase names a force: its head, or what a number of them is of ("thousands of reservists"). */
    private static boolean isForce(ParseView v, int head) {
        if (FORCES.contains(v.lemma(head))) {
            return true;
        }
        if (isAmount(v, head) || AMOUNT_NOUNS.contains(v.lemma(head))) {
            for (int c : v.children(head)) {
                if (v.baseRel(c).equals("nmod") && v.caseOf(c).equals("of") && FORCES.contains(v.lemma(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns that count what their "of" phrase names. */
    private static final Set<String> AMOUNT_NOUNS = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen",
            "dozens", "million", "millions", "number", "contingent");

    /** Verbs of winning, which beat someone in a race as often as in a fight. */
    private static final Set<String> WINNING = Set.of("beat", "defeat", "crush", "trounce", "rout", "thrash", "edge");
    /** Words of a contest: elections, votes, games. */
    private static final Set<String> CONTESTS = Set.of("race", "election", "vote", "primary", "ballot", "candidate",
            "opponent", "poll", "contest", "seat", "match", "game", "final", "tournament", "runoff", "nomination", "point");

    /** Words that place a rival in politics: a party or a seat held. */
    private static final Set<String> PARTISAN = Set.of("republican", "democrat", "democratic", "conservative", "labour",
            "liberal", "incumbent", "challenger", "rival");

    /** Whether the one beaten is described by a party or as a rival ("beat Republican Roy Moore"). */
    private static boolean partisan(ParseView v, int obj) {
        if (obj < 0) {
            return false;
        }
        if (PARTISAN.contains(v.lemma(obj).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int k : v.childrenWith(obj, "amod", "compound")) {
            if (PARTISAN.contains(v.lemma(k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence tells of a contest. */
    private static boolean contest(ParseView v) {
        for (int k = 0; k < v.size(); k++) {
            if (CONTESTS.contains(v.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose passive gives a power or leave to act ("is authorized to prosecute"). */
    private static final Set<String> ENABLED = Set.of("authorize", "authorise", "allow", "permit", "entitle", "empower",
            "license", "mandate");
    /** Verbs that end an agreement or a tie: what they take is undone, not made ("ended a consulting agreement"). */
    private static final Set<String> ENDING = Set.of("end", "terminate", "cancel", "scrap", "suspend", "abandon", "quit",
            "exit", "annul", "revoke", "dissolve", "break");

    /** Verbs of trying: with an infinitive they tell an attempt ("sought to influence"), with an object a request. */
    private static final Set<String> ATTEMPTS = Set.of("seek", "try", "attempt");
    /**
     * Nouns of pressing someone to act, or of meaning, trying or being able to: what they press for or mean has not
     * happened ("pressure to resign", "a plan to remove an opponent", "the power to fire him").
     */
    private static final Set<String> PRESSING = Set.of("pressure", "call", "demand", "appeal", "plea", "request", "push",
            "ultimatum", "urging", "plan", "proposal", "idea", "effort", "attempt", "bid", "scheme", "plot", "threat",
            "offer", "promise", "pledge", "vow", "intention", "desire", "chance", "opportunity", "right", "power",
            "authority", "ability", "readiness", "willingness", "way");

    /**
     * Whether the verb is the act someone is asked to do, not something done: the clause of "called for X to
     * step down" under a trigger, or the infinitive of a noun of pressing ("faced pressure to resign").
     */
    private static boolean asked(ParseView v, int i, Entry[] entries) {
        int h = v.head(i);
        if (h >= 0 && v.rel(i).equals("conj") && v.token(h).isVerb() && v.child(i, "nsubj") < 0 && asked(v, h, entries)) {
            return true; // "efforts to restrict immigration and to deport millions": the second act is as unrealised
        }
        if (h >= 0 && v.rel(i).equals("ccomp") && v.token(h).isNoun() && PRESSING.contains(v.lemma(h))) {
            return true; // "his urgings that the FBI investigate Clinton", "the demand that Israel withdraw"
        }
        if (h >= 0 && v.hasChildLemma(i, "mark", "to") && (v.rel(i).startsWith("acl") && PRESSING.contains(v.lemma(h))
                || (v.rel(i).equals("advcl") || v.rel(i).equals("xcomp")) && v.child(h, "obj") >= 0
                    && PRESSING.contains(v.lemma(v.child(h, "obj"))))) {
            return true; // the infinitive hung on the noun, or on the verb that carries it ("faced pressure to resign")
        }
        if (h >= 0 && v.rel(i).equals("xcomp") && v.isPassive(h) && ENABLED.contains(v.lemma(h))) {
            return true; // "is authorized to prosecute", "was allowed to leave": a power given, not yet used
        }
        for (int j = 0; j < v.size(); j++) {
            if (entries[j] != null && entries[j].role() == Role.EVENT && !entries[j].noun() && askedClause(v, j) == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun trigger inside the complement of a non-light trigger verb ("rejected a US offer",
     * "urged Putin to move towards a ceasefire", "accused X during a visit"): the noun is what
     * the verb is about, not an event of its own.
     */
    private static boolean governedByTrigger(ParseView v, int i, Entry[] entries) {
        if (v.rel(i).startsWith("nsubj")) {
            return false;
        }
        int cur = i;
        for (int steps = 0; steps < 4; steps++) {
            int h = v.head(cur);
            if (h < 0 || CIRCUMSTANCE_CASES.contains(v.caseOf(cur)) || v.caseOf(cur).equals("during")) {
                // "closed its borders because of fighting between X and Y", "praised NATO during his visit": a cause
                // or an occasion told, not a complement
                return false;
            }
            if (isTime(v, h) && !v.rel(cur).equals("compound")) {
                // "a report released on Friday of her speech to the council": a phrase on a time word is that time's,
                // or hung there by the parser; it is no complement of the verb the time is on
                return false;
            }
            Entry e = entries[h];
            if (e == null && NAMING_VERBS.contains(v.lemma(h)) && v.token(h).isVerb() && namesSomething(v, h)) {
                return true; // "called the probe a witch hunt": the thing named and its name are what the naming is about
            }
            if (e != null && !e.noun()) {
                if (e.role() == Role.LIGHT) {
                    return false;
                }
                if (e.role() == Role.EVENT) {
                    EventType mine = entries[i].type();
                    return !(e.type() == EventType.AGREE && AGREED_THINGS.contains(mine) && !throughClause(v, h, i));
                }
            }
            if (v.rel(cur).startsWith("nsubj") || v.rel(cur).equals("parataxis") || v.rel(cur).equals("ccomp")) {
                return false;
            }
            if (e != null && e.noun()) {
                return false; // an argument of another event noun ("a visit to the site of an attack")
            }
            if (v.token(h).isVerb() && !v.rel(h).equals("xcomp") && !v.hasChildLemma(h, "mark", "of", "for")) {
                return false; // another clause's verb: only a complement ("to move", "of prolonging") passes on
            }
            cur = h;
        }
        return false;
    }

    /** Prepositions of an event's cause or circumstance, which tell an event of its own beside the verb's. */
    private static final Set<String> CIRCUMSTANCE_CASES = Set.of("because", "due", "amid", "amidst", "after", "following",
            "despite");

    /**
     * Nouns that only convey the act of their "of" phrase ("delivered a message of support to X", "made
     * a show of force", "gave assurances of aid"): the verb that carries them carries the act.
     */
    private static final Set<String> CONTAINERS = Set.of("message", "expression", "show", "sign", "gesture",
            "word", "letter", "statement", "declaration", "assurance", "vote", "package", "pledge", "offer", "promise");

    /** Prepositions that name whom an event noun was done to ("the firing of Comey", "the attack on Kyiv"). */
    private static final Set<String> DONE_TO = Set.of("of", "on", "against", "with", "to");

    /** Types whose object is what someone wants or intends, which has not happened ("urged X's withdrawal from Y"). */
    private static final Set<EventType> IRREALIS = EnumSet.of(EventType.REQUEST, EventType.THREATEN, EventType.AGREE);

    /**
     * An event noun that names both its doer and the one it was done to ("Trump's firing of Comey",
     * "Russia's invasion of Ukraine") is told as a fact even as the object of another trigger
     * ("investigating Trump's firing of Comey", "condemned Russia's invasion of Ukraine"), unless
     * that trigger wants or promises it.
     */
    private static boolean toldAsFact(ParseView v, int i, Entry[] entries, ActorFinder actors) {
        boolean doer = false;
        boolean done = false;
        for (int c : v.children(i)) {
            if (v.rel(c).equals("nmod:poss")) {
                doer |= !actors.actors(v, c).isEmpty(); // "his conversations with Kislyak": "his" as the story resolves it
            } else if (v.baseRel(c).equals("nmod") && DONE_TO.contains(v.caseOf(c))) {
                done |= !actors.actors(v, c).isEmpty();
            }
        }
        if (!doer || !done) {
            return false;
        }
        for (int h = v.head(i), steps = 0; h >= 0 && steps < 4; h = v.head(h), steps++) {
            if (entries[h] != null && entries[h].role() == Role.EVENT && !entries[h].noun()) {
                return !IRREALIS.contains(entries[h].type());
            }
        }
        return false;
    }

    /** A noun event an AGREE verb gives way to, in its object, or -1. */
    private static int nestedThing(ParseView v, int verb, Entry[] entries) {
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            if (e != null && e.noun() && e.role() == Role.EVENT && AGREED_THINGS.contains(e.type())
                    && i != verb && v.dominates(verb, i) && depth(v, verb, i) <= 3 && !throughClause(v, verb, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the path from {@code ancestor} down to {@code i} passes a clause ("promised to continue aid"). */
    private static boolean throughClause(ParseView v, int ancestor, int i) {
        for (int cur = i, d = 0; cur != ancestor && cur >= 0 && d < 40; cur = v.head(cur), d++) {
            String r = v.rel(cur);
            if (r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl")) {
                return true;
            }
        }
        return false;
    }

    private static int depth(ParseView v, int ancestor, int i) {
        int d = 0;
        for (int cur = i; cur != ancestor && cur >= 0 && d < 40; cur = v.head(cur)) {
            d++;
        }
        return d;
    }

    /**
     * Whether a verb of naming names its object, by a name the parse gives ({@link #namedAs}) or by quoted
     * words ({@link #naming}): then it is no phone call or appeal, and what it names is not its subject's act.
     */
    private static boolean namesSomething(ParseView v, int i) {
        return namedAs(v, i) >= 0 || naming(v, i);
    }

    /**
     * Whether a verb of calling names its object ("called the agency a disaster", "called him \"old\"", "called
     * them master negotiators"): a predicate after the object, or quoted words right after it.
     */
    private static boolean naming(ParseView v, int i) {
        int obj = v.child(i, "obj");
        if (obj < 0) {
            return false;
        }
        if (v.child(i, "xcomp") >= 0 || v.childrenWith(i, "obj").size() > 1) {
            return true;
        }
        for (int c : v.children(obj)) {
            if (v.rel(c).equals("punct") && openingQuote(v, c)) {
                return true; // the object is quoted words: "called Chinese officials \"master negotiators\""
            }
        }
        int after = obj + 1;
        while (after < v.size() && v.head(after) == obj) {
            after++;
        }
        return after < v.size() && openingQuote(v, after);
    }

    /** Subjects that oblige no one in particular. */
    private static final Set<String> NOBODY = Set.of("one", "nobody", "anyone", "anybody", "everyone", "everybody",
            "someone", "somebody", "no one");

    /** Whether the clause a demand frames has the demander as its subject: "insisted she should run the agency". */
    private static boolean asksOfSelf(ParseView v, int i, Draft d, ActorFinder actors) {
        int clause = v.child(i, "ccomp");
        List<String> doer = clause < 0 ? List.of() : actors.actors(v, v.child(clause, "nsubj", "nsubj:pass"));
        return !doer.isEmpty() && d.source.containsAll(doer);
    }

    /** What one asks that is a question put, not something asked for. */
    private static final Set<String> QUESTIONS = Set.of("question", "he", "she", "they", "him", "her", "them", "it",
            "me", "us", "you", "i", "we", "what", "why", "how", "who", "reporter", "journalist");

    /**
     * Whether "ask" has nothing asked for: no clause or infinitive, no "for" or "to", and no object but the one
     * asked or a question ("asked him about morale", "was asked about it", "Durbin asked").
     */
    private static boolean askedNothing(ParseView v, int ask) {
        if (v.child(ask, "xcomp") >= 0) {
            return false;
        }
        int clause = v.child(ask, "ccomp");
        if (clause >= 0 && !question(v, clause)) {
            return false; // "asked that the vote be delayed"; "asked how he had responded" is a question
        }
        for (int o : v.childrenWith(ask, "obj", "iobj")) {
            if (!QUESTIONS.contains(v.lemma(o)) && !v.token(o).isProperNoun()) {
                return false; // "asked Washington's help", "asked the court to ..."
            }
        }
        for (int c : v.childrenWith(ask, "obl", "advcl")) {
            String cs = v.caseOf(c);
            if (cs.equals("for") || cs.equals("to") || v.hasChildLemma(c, "mark", "to")) {
                return false; // "asked for help", "asked to leave"; "asked if he planned to" is a question
            }
        }
        return true;
    }

    /** Those who put questions in public, not in custody. */
    private static final Set<String> PRESS = Set.of("reporter", "journalist", "press", "media", "lawmaker", "senator",
            "legislator", "congressman", "congresswoman", "committee", "panel", "host", "interviewer", "audience");

    /** Whether a passive "questioned" has the press or lawmakers as its agent. */
    private static boolean askedByPress(ParseView v, int i) {
        for (int c : v.childrenWith(i, "obl", "obl:agent")) {
            if (v.caseOf(c).equals("by") && PRESS.contains(v.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** Channels of words: where an "attack" is made in words, not arms. */
    private static final Set<String> CHANNELS = Set.of("twitter", "facebook", "instagram", "youtube", "telegram", "x",
            "tweet", "speech", "interview", "statement", "post", "remark", "column", "editorial", "op-ed", "letter",
            "rally", "debate", "television", "radio", "podcast", "book", "memoir", "social", "ad", "advert",
            "advertisement", "commercial", "article", "video");

    /** What one is attacked for that makes the attack one in words: "attacked Trudeau for raising questions". */
    private static final Set<String> STANCES = Set.of("comment", "remark", "statement", "criticism", "stance",
            "position", "policy", "decision", "role", "handling", "record", "failure", "view", "support", "opposition",
            "speech", "tweet", "question", "silence", "response");

    /** Whether an attack is for something its target did or said ("for raising questions", "for his remarks"). */
    private static boolean forWhatSaid(ParseView v, int i) {
        for (int c = i + 1; c < v.size(); c++) {
            boolean byFor = v.hasChildLemma(c, "mark", "for") || v.caseOf(c).equals("for");
            if (byFor && (v.token(c).pos().equals("VBG") || STANCES.contains(v.lemma(c))) && v.dominates(i, c)
                    && depth(v, i, c) <= 3) {
                return true; // the reason may hang on a phrase of the verb's ("at the end of a summit for raising ...")
            }
        }
        return false;
    }

    /** What is attacked only in words: qualities, plans and rulings. */
    private static final Set<String> ABSTRACTS = Set.of("integrity", "credibility", "reputation", "character",
            "motive", "judgment", "judgement", "competence", "leadership", "legitimacy", "honesty", "plan", "proposal",
            "bill", "law", "ruling", "verdict", "report", "idea", "agenda", "approach", "strategy", "deal",
            "investigation", "probe", "inquiry", "media", "press");

    /** Those whose attacks are made in words: lawmakers and party members. */
    private static final Set<String> POLITICIANS = Set.of("lawmaker", "legislator", "senator", "congressman",
            "congresswoman", "republicans", "democrats", "politician", "mp", "parliamentarian");

    /** Adverbs that tell an attack made before an audience, in words. */
    private static final Set<String> OPENLY = Set.of("verbally", "publicly", "openly");
    /** Verbs of saying whose participle tells what an attack said ("attacked X, saying ...", "calling him ..."). */
    private static final Set<String> SAYING_WHILE = Set.of("say", "call", "describe", "accuse", "write", "tweet",
            "argue", "claim", "complain", "label", "dub", "brand");

    /** Whether the act is done on or in a channel of words ("on Twitter", "in a speech"). */
    static boolean inWords(ParseView v, int i, ActorFinder actors) {
        for (int c : v.childrenWith(i, "obl", "advmod")) {
            String cs = v.caseOf(c);
            if ((cs.equals("on") || cs.equals("in") || cs.equals("during") || cs.equals("via")) && CHANNELS.contains(v.lemma(c))) {
                return true;
            }
            if (OPENLY.contains(v.lemma(c))) {
                return true;
            }
        }
        int subject = v.child(i, "nsubj");
        if (subject >= 0 && (POLITICIANS.contains(v.lemma(subject).toLowerCase(Locale.ROOT)) || partisan(v, subject))) {
            return true; // "Republicans have attacked Mueller", "Democratic lawmakers attacked the bill": politicians' arms are words
        }
        int obj = v.child(i, "obj");
        if (obj >= 0 && (ABSTRACTS.contains(v.lemma(obj)) || STANCES.contains(v.lemma(obj)))) {
            return true; // "attacked the FBI's integrity", "attacked the plan": no thing that arms can strike
        }
        for (int c : v.childrenWith(i, "advcl", "xcomp", "conj", "dep")) {
            if (v.token(c).pos().equals("VBG") && SAYING_WHILE.contains(v.lemma(c)) && v.child(c, "nsubj") < 0) {
                return true; // "attacked the FBI, saying its reputation is in tatters": the attack is what is said
            }
        }
        // "ran ads attacking Moore", "a tweet attacking the judge": the participle of a channel of words
        return v.rel(i).startsWith("acl") && v.head(i) >= 0 && CHANNELS.contains(v.lemma(v.head(i)));
    }

    /** Nouns of people and craft that are held and freed. */
    private static final Set<String> HELD = Set.of("prisoner", "hostage", "detainee", "captive", "inmate", "soldier",
            "sailor", "crew", "fisherman", "journalist", "reporter", "activist", "dissident", "suspect", "citizen",
            "national", "people", "person", "man", "woman", "child", "worker", "civilian", "member", "official",
            "leader", "protester", "demonstrator", "migrant", "refugee", "passenger", "tourist", "student", "body",
            "remains", "tanker", "ship", "vessel", "boat", "aircraft", "plane", "he", "she", "they", "him", "her",
            "them", "we", "us", "i", "me", "who", "whom", "american", "briton");

    /**
     * Whether what is released is someone (or a craft with its crew): a named person, group or state, or a noun
     * of the held. A released report, poll or video is published, not freed.
     */
    private static boolean releasesSomeone(ParseView v, int i, boolean passive, ActorFinder actors) {
        int thing = passive ? v.child(i, "nsubj:pass") : v.child(i, "obj");
        if (thing < 0 && v.rel(i).startsWith("acl")) {
            thing = v.head(i); // "a poll released on Wednesday", "prisoners released by Iran"
        }
        if (thing < 0) {
            return v.token(i).isNoun(); // "the release of ...", "their release" are read by the noun's frame
        }
        if (someoneNamed(v, thing, actors)) {
            return true;
        }
        boolean part = v.token(thing).pos().equals("CD") || PARTS.contains(v.lemma(thing).toLowerCase(Locale.ROOT));
        for (int c : v.childrenWith(thing, "nmod")) {
            if (part && v.caseOf(c).equals("of") && someoneNamed(v, c, actors)) {
                return true; // "the rest of the hostages"
            }
        }
        return false;
    }

    /** Words for some of a people ("the rest of the hostages", "a group of the detainees"). */
    private static final Set<String> PARTS = Set.of("rest", "remainder", "group", "number", "batch", "handful", "dozen",
            "dozens", "hundreds", "thousands", "some", "most", "all", "many", "few", "several", "half", "members");

    /**
     * Whether a phrase names someone who can be freed: one held, a pronoun, or a name of an actor ("released 12
     * sailors", "freed him", "freed the Americans"); a thing whose owner is named ("the party's plan", "her book",
     * "a company's ads") is no one.
     */
    private static boolean someoneNamed(ParseView v, int k, ActorFinder actors) {
        String pos = v.token(k).pos();
        return HELD.contains(v.lemma(k)) || pos.equals("PRP") || pos.startsWith("NNP") && !actors.actors(v, k).isEmpty();
    }

    /** Words that open a question: "asked how he had responded", "whether it would work". */
    private static final Set<String> WH = Set.of("how", "what", "why", "when", "where", "who", "whom", "which", "whether", "if");

    /** Whether a clause is a question: a wh-word or "whether"/"if" leads it. */
    private static boolean question(ParseView v, int clause) {
        for (int c : v.children(clause)) {
            if (c < clause && WH.contains(v.lemma(c))) {
                return true;
            }
            for (int g : v.children(c)) {
                if (g < clause && (v.rel(c).startsWith("nsubj") || v.rel(c).equals("obj") || v.rel(c).equals("advmod"))
                        && WH.contains(v.lemma(g)) && g == c - 1) {
                    return true; // "asked which country ...": the wh-word on the subject or object
                }
            }
        }
        return false;
    }

    /** Verbs of receiving a visitor, whose object is the one who comes. */
    private static final Set<String> HOSTING = Set.of("receive", "host", "welcome", "greet");
    /** Nouns of those who visit or are received. */
    private static final Set<String> VISITORS = Set.of("delegation", "visitor", "guest", "envoy", "counterpart", "minister",
            "leader", "official", "president", "premier", "ambassador", "team", "mission", "delegate", "dignitary", "king",
            "queen", "prince", "pope", "chancellor", "secretary", "people", "he", "she", "they", "him", "her", "them",
            "group", "representative", "head", "chief", "senator", "lawmaker", "member", "who", "whom");

    /** Whether what is received or hosted is someone: an actor named, or a noun of visitors. */
    private static boolean hosted(ParseView v, int obj, ActorFinder actors) {
        return !actors.actors(v, obj).isEmpty() || VISITORS.contains(v.lemma(obj)) || v.token(obj).isProperNoun();
    }

    /** Nouns of a meeting that a host holds for others. */
    private static final Set<String> MEETINGS = Set.of("talk", "talks", "meeting", "negotiation", "summit", "conference",
            "dialogue", "consultation");

    /** The parties of a meeting hosted "between X and Y", else none. */
    private static List<String> hostedParties(ParseView v, int obj, ActorFinder actors) {
        if (!MEETINGS.contains(v.lemma(obj).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        for (int c : v.childrenWith(obj, "nmod")) {
            if (v.caseOf(c).equals("between")) {
                List<String> both = actors.actors(v, c);
                if (both.size() >= 2) {
                    return both;
                }
            }
        }
        return List.of();
    }

    /** Nouns of what is met as a condition or a fate, not a party: "does not meet the requirements". */
    private static final Set<String> MET_THINGS = Set.of("requirement", "standard", "criterion", "demand", "target",
            "goal", "deadline", "need", "expectation", "obligation", "condition", "threshold", "quota", "cost", "challenge",
            "end", "fate", "payroll", "estimate", "forecast", "test", "definition", "bar", "mark", "commitment", "term");

    /** Whether a phrase names someone who can be held and freed: a person, group or state, or a noun of the held. */
    private static boolean someoneHeld(ParseView v, int phrase, ActorFinder actors) {
        return HELD.contains(v.lemma(phrase)) || !actors.actors(v, phrase).isEmpty();
    }

    /** Whether the noun "release" frees someone: "the release of 12 sailors", "their release", "Iran's release of ...". */
    private static boolean releaseOfSomeone(ParseView v, int noun, ActorFinder actors) {
        for (int c : v.children(noun)) {
            String r = v.rel(c);
            if (v.baseRel(c).equals("nmod") && v.caseOf(c).equals("of") && someoneHeld(v, c, actors)) {
                return true;
            }
            if (r.equals("nmod:poss") && (v.token(c).pos().equals("PRP$") || HELD.contains(v.lemma(c))
                    || v.caseOf(c).isEmpty() && !actors.actors(v, c).isEmpty() && v.child(noun, "nmod") < 0)) {
                return true; // "their release", "the hostages' release"; "Iran's release of a report" needs its "of"
            }
        }
        return false;
    }

    /**
     * Whether "agree" shares a view rather than makes an agreement: its only complement is a clause that says what is
     * ("agreed the country was the best place"), not what someone will do ("agreed that they would cooperate",
     * "agreed to talks").
     */
    private static boolean agreesWithAView(ParseView v, int verb) {
        int clause = v.child(verb, "ccomp");
        if (clause < 0 || v.child(verb, "xcomp", "obj") >= 0) {
            return false;
        }
        for (int c : v.childrenWith(clause, "aux")) {
            String w = v.token(c).text().toLowerCase(Locale.ROOT);
            if (w.equals("would") || w.equals("will") || w.equals("'d") || w.equals("shall") || w.equals("should")
                    || w.equals("to")) {
                return false;
            }
        }
        return true;
    }

    /** The phrase of a verb whose entry is the verb and its preposition ("speak to X", "travel to X"), or -1. */
    private static int namedPhrase(ParseView v, int verb, Entry e) {
        if (e.words().size() != 2 || !TARGET_CASES.contains(e.words().get(1)) && !PLACE_CASES.contains(e.words().get(1))) {
            return -1;
        }
        for (int c : v.children(verb)) {
            String r = v.baseRel(c);
            String cs = v.caseOf(c);
            if ((r.equals("obl") || r.equals("nmod")) && cs.equals(e.words().get(1))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a plea is of innocence: "pleaded not guilty", "pleaded innocent". */
    private static boolean pleadsInnocence(ParseView v, int plead) {
        for (int c : v.children(plead)) {
            String w = v.lemma(c);
            if (w.equals("innocent") || w.equals("guilty") && (v.child(c, "advmod") >= 0
                    && v.hasChildLemma(c, "advmod", "not") || v.child(c, "neg") >= 0)) {
                return true;
            }
            if (w.equals("not") && v.rel(c).equals("advmod") && c + 1 < v.size() && v.lemma(c + 1).equals("guilty")) {
                return true; // "not" hung on the verb itself
            }
        }
        return false;
    }

    private static boolean openingQuote(ParseView v, int i) {
        String w = v.token(i).text();
        return w.equals("\u201c") || w.equals("\"") || v.token(i).pos().equals("``");
    }

    private static boolean isPlace(ActorFinder actors, String id) {
        var e = actors.entity(id);
        return e != null && e.type() == EntityType.LOCATION;
    }

    /** Nouns of a promise given to someone ("gave a commitment to NATO"). */
    private static final Set<String> PROMISES = Set.of("commitment", "assurance", "guarantee", "pledge", "promise");

    /** Lists that a sanction names ("a sanctions list"): to be put on one is to be sanctioned. */
    private static final Set<String> LISTS = Set.of("list", "blacklist", "register", "registry");

    /** Whether a sanction noun names a list that someone is taken off ("removed from the sanctions list"). */
    private static boolean offList(ParseView v, int i) {
        int list = v.head(i);
        return list >= 0 && v.rel(i).equals("compound") && LISTS.contains(v.lemma(list))
                && (v.caseOf(list).equals("from") || v.caseOf(list).equals("off"));
    }

    /** Nouns of asking that tell at whose word something was done ("at the request of X"). */
    private static final Set<String> ASKINGS = Set.of("suggestion", "request", "invitation", "urging", "behest",
            "initiative", "instruction", "order", "orders", "recommendation", "advice", "insistence");

    /** Forces of nature, sickness and drugs, which strike and kill but are no party. */
    private static final Set<String> NATURAL_FORCES = Set.of("earthquake", "quake", "hurricane", "storm", "typhoon",
            "cyclone", "tornado", "flood", "flooding", "tsunami", "landslide", "mudslide", "avalanche", "wildfire", "fire",
            "blaze", "drought", "famine", "heatwave", "lightning", "disease", "epidemic", "pandemic", "outbreak", "virus",
            "cancer", "illness", "overdose", "fentanyl", "heroin", "opioid", "opioids", "drug", "drugs");

    /** Whether the doer phrase headed by {@code doer} is a force of nature ("Hurricane Maria", "a 7.0 quake"). */
    private static boolean natureActs(ParseView v, int trigger, int doer) {
        if (doer < 0) {
            return false;
        }
        if (NATURAL_FORCES.contains(v.lemma(doer).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int c : v.childrenWith(doer, "compound")) {
            if (NATURAL_FORCES.contains(v.lemma(c).toLowerCase(Locale.ROOT))) {
                return true; // "Hurricane Maria", "Typhoon Haiyan"
            }
        }
        return false;
    }

    /** The "by" agent of a passive verb, or -1. */
    private static int agentOf(ParseView v, int i) {
        for (int c : v.childrenWith(i, "obl", "obl:agent")) {
            if (v.caseOf(c).equals("by")) {
                return c;
            }
        }
        return -1;
    }

    /** Attacks that, done by the law, are searches: "raided", "stormed" (the offices of X). */
    private static final Set<String> LAW_RAIDS = Set.of("raid", "storm");
    /** Those who enforce the law, not wage war. */
    private static final Set<String> LAW_ENFORCERS = Set.of("police", "policeman", "policemen", "agent", "investigator",
            "detective", "prosecutor", "officer", "authority", "fbi", "gendarme", "gendarmerie");

    /** Verbs whose object is what is talked about, not whom one talks with. */
    private static final Set<String> TOPICS = Set.of("discuss", "debate", "negotiate", "raise", "address", "review");

    /** The frame of a trigger verb; null where the verb, read with its arguments, is no event after all. */
    private Draft verbFrame(ParseView v, int i, Entry e, Entry[] entries, ActorFinder actors) {
        Draft d = new Draft(e.type(), e.label(), v.sentence.index(), i, false);
        boolean passive = v.isPassive(i) && !stateOfMind(v, i);
        d.passive = passive;
        int subj = v.child(i, passive ? "nsubj:pass" : "nsubj");
        if (subj < 0 && !passive) {
            subj = v.child(i, "nsubj:pass"); // "Vietnam is committed to ...": the state's holder
        }
        if (passive && subj < 0 && v.rel(i).startsWith("acl")) {
            subj = v.head(i); // "a citizen arrested in Cyprus"
        }
        if (passive) {
            d.target.addAll(actors.actors(v, subj));
            for (int c : v.childrenWith(i, "obl", "obl:agent")) {
                if (v.caseOf(c).equals("by")) {
                    d.source.addAll(actors.actors(v, c));
                }
            }
            if (d.type == EventType.RETREAT && d.source.isEmpty()) {
                // "guerrillas have been demobilized", "troops were withdrawn": those who pull back are its side
                d.source.addAll(d.target);
                d.target.clear();
            }
        } else {
            int s = subj >= 0 ? subj : inheritedSubject(v, i);
            d.source.addAll(actors.actors(v, s));
            if (d.source.isEmpty() && subj < 0 && v.rel(i).equals("acl") && s >= 0 && v.baseRel(s).equals("obj")) {
                // "the party issued a declaration demanding ...": the one who issued it
                int holder = v.head(s);
                s = v.child(holder, "nsubj");
                if (s < 0 && v.rel(holder).equals("xcomp")) {
                    s = inheritedSubject(v, holder); // "she seemed to adopt a harder line: threatening to ..."
                }
                d.source.addAll(actors.actors(v, s));
            }
            // "Israeli tanks shelled ...", "a roadside bombing killed ...": someone did it, unnamed
            d.unnamedDoer = s >= 0 && d.source.isEmpty() && v.token(s).pos().startsWith("NN")
                    && (v.token(s).pos().endsWith("S") || v.child(s, "amod", "compound") >= 0
                        || lexicon.mayTrigger(v.lemma(s), true));
            int obj = v.child(i, "obj");
            if (obj < 0) {
                obj = v.child(i, "iobj");
            }
            if (TOPICS.contains(v.lemma(i)) && obj >= 0 && v.token(obj).isNoun() && !v.token(obj).isProperNoun()) {
                obj = -1; // "discussed Russia's violation with his NATO counterparts": the object is the topic, not the party
            }
            if (!ownedBySource(v, obj, d, actors)) {
                d.target.addAll(objectTargets(v, obj, actors));
            }
            if (d.type == EventType.AGREE && obj >= 0 && PROMISES.contains(v.lemma(obj))) {
                // "gave an unwavering U.S. commitment to NATO": the promise is made to whom it is given; the state named
                // on it is the one promising
                for (int c : v.childrenWith(obj, "nmod")) {
                    List<String> to = v.caseOf(c).equals("to") ? objectTargets(v, c, actors) : List.of();
                    if (!to.isEmpty()) {
                        d.target.clear();
                        d.target.addAll(to);
                        break;
                    }
                }
            }
            int receiver = v.child(i, "iobj");
            if (d.target.isEmpty() && receiver >= 0 && receiver != obj) {
                // "awarded Boeing separate contracts", "gave Kyiv more aid": the thing given is no actor, its receiver is
                d.target.addAll(actors.actors(v, receiver));
            }
        }
        for (int c : v.children(i)) {
            String r = v.baseRel(c);
            if (!(r.equals("obl") || r.equals("nmod"))) {
                continue;
            }
            String cs = v.caseOf(c);
            if (d.type == EventType.CONSULT && PLACE_CASES.contains(cs) && e.words().indexOf(cs) > 0 && d.target.isEmpty()
                    && !passive) {
                // "arrive in": a visit's own preposition names the place visited, not where something else happened
                d.target.addAll(objectTargets(v, c, actors));
                continue;
            }
            if (PLACE_CASES.contains(cs)) {
                String place = actors.place(v, c);
                if (place != null && d.location == null) {
                    d.location = place;
                    continue;
                }
            }
            if (ASKINGS.contains(v.lemma(c).toLowerCase(Locale.ROOT)) && (cs.equals("at") || cs.equals("on"))) {
                continue; // "met at the suggestion of officials", "on the invitation of X": who asked, not the party
            }
            if (d.target.isEmpty() && TARGET_CASES.contains(cs) && !passive && lexicon.cue(e.head()) == null) {
                d.target.addAll(objectTargets(v, c, actors)); // "reneged on his commitment to the Zambian people"
            } else if (d.target.isEmpty() && !passive) {
                d.target.addAll(TargetClues.stance(v, c, actors));
                if (d.type == EventType.REJECT) {
                    d.target.addAll(TargetClues.defied(v, c, actors));
                }
            }
        }
        int asked = askedClause(v, i);
        // "called for the ministry to start again with X": the one asked is the clause's subject, named or not; no
        // other phrase of the sentence is
        boolean askedOfSomeone = !passive && asked >= 0 && v.child(asked, "nsubj") >= 0 && d.target.isEmpty();
        if (d.target.isEmpty() && !passive && asked >= 0) {
            // "called for Congress to act": the one a clause of "for X to" asks to act is whom the request is to
            d.target.addAll(objectTargets(v, v.child(asked, "nsubj"), actors));
            d.target.removeAll(d.source);
        }
        if (d.target.isEmpty() && !askedOfSomeone && COMPLEMENT_TARGET.contains(d.type)) {
            complementTarget(v, i, d, entries, actors);
        }
        if (d.target.isEmpty() && !askedOfSomeone && !passive && lexicon.cue(e.head()) == null) {
            // "opened fire to disperse demonstrators", "blocked a road to show their disapproval of X":
            // the act its purpose names is done to whoever the purpose is aimed at
            for (int c : v.childrenWith(i, "advcl", "xcomp")) {
                if (d.target.isEmpty() && v.hasChildLemma(c, "mark", "to") && v.token(c).isVerb()) {
                    d.target.addAll(objectTargets(v, v.child(c, "obj"), actors));
                    for (int g : v.childrenWith(c, "obl")) {
                        if (d.target.isEmpty() && TARGET_CASES.contains(v.caseOf(g))) {
                            d.target.addAll(objectTargets(v, g, actors));
                        }
                    }
                }
            }
            d.target.removeAll(d.source);
        }
        int complement = v.child(i, "ccomp");
        boolean saidAfter = complement > i && "reported".equals(lexicon.cue(v.lemma(complement))); // "X reject Y, Z said" misread
        if (d.target.isEmpty() && !askedOfSomeone && !passive && v.child(i, "obj", "iobj", "xcomp") < 0 && (complement < 0 || saidAfter)
                && !"reported".equals(lexicon.cue(e.head()))) {
            d.target.addAll(TargetClues.following(v, i, actors));
            d.target.removeAll(d.source);
        }
        int named = namedPhrase(v, i, e);
        if (d.type == EventType.CONSULT && named >= 0 && !passive) {
            // "spoke to reporters at the palace", "spoke to voters in the city": the entry's own phrase names
            // whom one speaks to or travels to, and no other phrase does
            d.target.clear();
            d.target.addAll(objectTargets(v, named, actors));
            d.target.removeAll(d.source);
        }
        for (int c : v.childrenWith(i, "conj")) {
            // "donated and delivered goods to the school": conjoined verbs share the receiver
            if (d.target.isEmpty() && v.token(c).isVerb() && v.child(c, "nsubj") < 0) {
                for (int g : v.childrenWith(c, "obl", "iobj")) {
                    if (d.target.isEmpty() && (v.rel(g).equals("iobj") || v.caseOf(g).equals("to"))) {
                        d.target.addAll(actors.actors(v, g));
                    }
                }
            }
        }
        if (d.type == EventType.ASSAULT && e.head().equals("fire") && (passive ? !firedAt(v, i) : v.child(i, "obj") >= 0)
                && !d.target.isEmpty() && onlyPersons(d.target, actors)) {
            // one fires a weapon, or at someone; a person fired is dismissed ("Trump fired Comey", "Comey, who was
            // fired by Trump")
            d.type = EventType.COERCE;
            d.mode = null;
        }
        if ((d.type == EventType.ASSAULT || d.type == EventType.COERCE) && natureActs(v, i, passive ? agentOf(v, i) : subj)) {
            return null; // "an earthquake struck near the capital", "killed by fentanyl": no one did it
        }
        if (d.type == EventType.ASSAULT && LAW_RAIDS.contains(e.head()) && !passive && subj >= 0
                && LAW_ENFORCERS.contains(v.lemma(subj).toLowerCase(Locale.ROOT))) {
            // "FBI agents raided the home of X", "police raided the newspaper's offices": a search by the law, which
            // seizes and detains; soldiers' and rebels' raids stay attacks
            d.type = EventType.COERCE;
            d.mode = "seize";
        }
        if (d.type == EventType.COERCE && e.head().equals("question") && askedByPress(v, i)) {
            return null; // "questioned at length by reporters": a briefing, not an interrogation
        }
        if (d.type == EventType.ACCUSE && d.target.isEmpty() && !passive) {
            int whether = v.child(i, "ccomp");
            if (whether >= 0 && v.hasChildLemma(whether, "mark", "whether", "if")) {
                // "is investigating whether Trump's campaign colluded": who may have done it is looked into
                d.target.addAll(actors.actors(v, v.child(whether, "nsubj", "nsubj:pass")));
                d.target.removeAll(d.source);
            }
        }
        if (d.type == EventType.CONSULT && !d.target.isEmpty() && d.target.stream().allMatch(t -> isPlace(actors, t))) {
            // "traveled to the Seychelles for a meeting with UAE officials": those met are the party, the place where
            for (int c : v.childrenWith(i, "obl")) {
                if (!v.caseOf(c).equals("for") || entries[c] == null || entries[c].type() != EventType.CONSULT) {
                    continue;
                }
                for (int g : v.childrenWith(c, "nmod")) {
                    List<String> met = v.caseOf(g).equals("with") ? actors.actors(v, g) : List.of();
                    if (!met.isEmpty()) {
                        if (d.location == null) {
                            d.location = d.target.iterator().next();
                        }
                        d.target.clear();
                        d.target.addAll(met);
                    }
                }
            }
        }
        if (d.type == EventType.CONSULT && e.head().equals("meet") && v.child(i, "obj") >= 0
                && MET_THINGS.contains(v.lemma(v.child(i, "obj")))) {
            return null; // "meet the requirements", "met its target": a condition satisfied, no one met
        }
        if (d.type == EventType.CONSULT && HOSTING.contains(e.head()) && v.child(i, "obj") >= 0 && !passive
                && !hosted(v, v.child(i, "obj"), actors)) {
            List<String> parties = hostedParties(v, v.child(i, "obj"), actors);
            if (parties.isEmpty()) {
                return null; // "is receiving treatment", "hosted a dinner": a thing received or held, no visitor
            }
            // "Egypt will host talks between Israel and Hamas": the host is a go-between to both parties
            d.mode = "third-party";
            d.target.clear();
            d.target.addAll(parties);
            d.target.removeAll(d.source);
        }
        if (d.type == EventType.ASSAULT && e.head().equals("attack") && (inWords(v, i, actors) || forWhatSaid(v, i))) {
            // "attacked Corker on Twitter", "in a speech": an attack in words is an accusation
            d.type = EventType.ACCUSE;
            d.mode = null;
        }
        if (d.type == EventType.PROTEST && e.head().equals("rally") && v.child(i, "nsubj") >= 0
                && MARKETS.contains(v.lemma(v.child(i, "nsubj")).toLowerCase(Locale.ROOT))) {
            return null; // "U.S. stocks rallying": prices rise, no one protests
        }
        if (d.type == EventType.CONCEDE && "release".equals(d.mode) && !releasesSomeone(v, i, passive, actors)) {
            return null; // "released a poll", "a transcript could be released": a thing published, no one freed
        }
        if (d.type == EventType.CONCEDE && e.head().equals("plead") && pleadsInnocence(v, i)) {
            // "pleaded not guilty": a denial of the charge, not an admission
            d.type = EventType.REJECT;
            d.mode = null;
        }
        if (d.type == EventType.THREATEN && e.head().equals("warn") && warnsOfOthers(v, i, d, entries, actors)) {
            return null; // "analysts warned the fight could imperil the compromise": a forecast, no threat
        }
        if (d.type == EventType.ASSAULT && e.head().equals("clash") && !d.source.isEmpty() && !d.target.isEmpty()
                && onlyPersons(d.source, actors) && onlyPersons(d.target, actors)) {
            // "Trump, who has clashed with Romney": named people who clash do so in words (crowds, police and
            // armies clash in the street)
            d.type = EventType.ACCUSE;
            d.mode = null;
        }
        int object = v.child(i, "obj");
        if (d.type == EventType.COERCE && e.head().equals("question") && !passive && object < 0 && v.child(i, "ccomp") >= 0) {
            // "question how Duke reached such a conclusion", "questioned whether ...": a doubt voiced, no interrogation,
            // of whoever the clause says acted
            d.type = EventType.ACCUSE;
            d.mode = null;
            if (d.target.isEmpty()) {
                d.target.addAll(actors.actors(v, v.child(v.child(i, "ccomp"), "nsubj", "nsubj:pass")));
                d.target.removeAll(d.source);
            }
        }
        if (d.type == EventType.COERCE && e.head().equals("question") && !passive && object >= 0 && !questioned(v, object, actors)) {
            // one questions a suspect, or doubts a thing: "questioned the independence of scientists", "an EPA report"
            d.type = EventType.ACCUSE;
            d.mode = null;
        }
        if (d.type == EventType.COOPERATE && BUYING.contains(e.head())) {
            // one buys from a seller, or what a party makes ("more U.S. soybeans", "Boeing's jets"); the thing bought
            // and where it stands are no party ("bought an apartment in a tower", "bought a rival firm")
            d.target.clear();
            for (int c : v.childrenWith(i, "obl")) {
                if (v.caseOf(c).equals("from")) {
                    d.target.addAll(actors.actors(v, c));
                }
            }
            int bought = v.child(i, "obj");
            for (int c : bought < 0 || !d.target.isEmpty() ? List.<Integer>of() : v.childrenWith(bought, "compound", "amod", "nmod:poss")) {
                d.target.addAll(actors.actors(v, c));
            }
            d.target.removeAll(d.source);
        }
        splitSymmetric(v, d, subj);
        setMode(v, i, d);
        return d;
    }

    /** Verbs of buying, whose other party is the seller. */
    private static final Set<String> BUYING = Set.of("buy", "purchase");

    /**
     * The actors an object names: its own entities, else those of its complement ("threatened
     * further action against Russia", "provide aid to refugees").
     */
    static List<String> objectTargets(ParseView v, int obj, ActorFinder actors) {
        if (obj < 0) {
            return List.of();
        }
        List<String> found = actors.actors(v, obj);
        if (!found.isEmpty() || v.token(obj).isProperNoun()) {
            return found; // a name no entity covers ("the BBC's Sunday with ...") hides no other actor
        }
        for (int c : v.children(obj)) {
            if (v.baseRel(c).equals("nmod") && (TARGET_CASES.contains(v.caseOf(c)) || v.caseOf(c).equals("by"))) {
                found = actors.actors(v, c);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            if (ALLEGATIONS.contains(v.lemma(obj)) && (v.rel(c).equals("ccomp") || v.rel(c).equals("acl"))
                    && v.hasChildLemma(c, "mark", "that")) {
                found = actors.actors(v, v.child(c, "nsubj", "nsubj:pass")); // "investigating allegations that Russia ..."
                if (!found.isEmpty()) {
                    return found;
                }
            }
            if (v.rel(c).equals("acl:relcl")) {
                // "passed the information that came from P to their counterparts": "to" misattached
                for (int g : v.childrenWith(c, "obl")) {
                    if (v.caseOf(g).equals("to")) {
                        found = actors.actors(v, g);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * Whom a threat is aimed at where no one else is named: the subject of its condition
     * ("threatened to stop talks if the United States goes ahead", "unless Baghdad accepted").
     */
    List<String> conditionTarget(ParseView v, int trigger, ActorFinder actors) {
        for (int i = 0; i < v.size(); i++) {
            if (v.rel(i).equals("advcl") && v.hasChildLemma(i, "mark", "if", "unless") && v.dominates(trigger, i)
                    && depth(v, trigger, i) <= 3) {
                List<String> who = actors.actors(v, v.child(i, "nsubj", "nsubj:pass"));
                if (!who.isEmpty()) {
                    return who;
                }
            }
            if (v.rel(i).equals("advcl") && v.hasChildLemma(i, "mark", "until") && v.dominates(trigger, i)
                    && depth(v, trigger, i) <= 3) {
                // "vowed to fight until they gain control of the villages near the border", "until the city is taken":
                // what the fight is to win is whom it threatens
                int object = v.child(i, "obj", "nsubj:pass");
                List<String> what = actors.actors(v, object);
                for (int k = object + 1; what.isEmpty() && object >= 0 && k < v.size(); k++) {
                    String named = v.dominates(object, k) ? actors.named(v, k) : null;
                    if (named != null) {
                        what = List.of(named); // "control of villages near Y's border": the first place named
                    }
                }
                if (!what.isEmpty()) {
                    return what;
                }
            }
        }
        return List.of();
    }

    /**
     * "withdrew its troops": what the doer moves of its own is not the target; a person of its own who is
     * named is ("fired his adviser Michael Flynn", "elevated his chief of staff, Leandra English").
     */
    private static boolean ownedBySource(ParseView v, int obj, Draft d, ActorFinder actors) {
        if (obj < 0 || d.source.isEmpty()) {
            return false;
        }
        for (String a : actors.actors(v, obj)) {
            var who = actors.entity(a);
            if (who != null && who.type() == EntityType.PERSON && !d.source.contains(a)) {
                return false;
            }
        }
        int poss = v.child(obj, "nmod:poss");
        return poss >= 0 && d.source.containsAll(actors.actors(v, poss)) && !actors.actors(v, poss).isEmpty();
    }

    /** "threatened to ban X": X; "demanded that X leave": X. */
    private static void complementTarget(ParseView v, int i, Draft d, Entry[] entries, ActorFinder actors) {
        int x = v.child(i, "xcomp");
        if (x >= 0) {
            // "threatened to use the country's army against X": what is used (and its owner) is the means; the one
            // it is used against is the target. The parser may hang the phrase on a word after the object (a noun
            // it misreads as a modal verb, say), so the first "against" phrase before any comma counts
            for (int k = x + 1; d.type == EventType.THREATEN && k < v.size() && k <= x + 12 && d.target.isEmpty(); k++) {
                if (v.token(k).text().equals(",") || v.token(k).text().equals(";")) {
                    break;
                }
                if (v.rel(k).equals("case") && v.lemma(k).equals("against") && v.head(k) > k) {
                    d.target.addAll(actors.actors(v, v.head(k)));
                }
            }
            if (!d.target.isEmpty()) {
                d.target.removeAll(d.source);
                return;
            }
            d.target.addAll(objectTargets(v, v.child(x, "obj"), actors));
            for (int c : v.childrenWith(x, "obl")) {
                if (d.target.isEmpty() && TARGET_CASES.contains(v.caseOf(c))) {
                    d.target.addAll(actors.actors(v, c));
                }
            }
            return;
        }
        int c = v.child(i, "ccomp");
        if (c >= 0 && d.type == EventType.REQUEST) {
            d.target.addAll(actors.actors(v, v.child(c, "nsubj", "nsubj:pass")));
        }
        if (c >= 0 && d.type == EventType.THREATEN && harmTold(v, c, entries)) {
            // "warned that it would retaliate against Israel": the harm's object; "warned that North Korea
            // would face sanctions": the one the harm befalls, where it is not the warner
            List<String> subject = actors.actors(v, v.child(c, "nsubj", "nsubj:pass"));
            if (!subject.isEmpty() && subject.stream().noneMatch(d.source::contains)) {
                d.target.addAll(subject);
            } else {
                d.target.addAll(objectTargets(v, v.child(c, "obj"), actors));
                for (int g : v.childrenWith(c, "obl")) {
                    if (d.target.isEmpty() && TARGET_CASES.contains(v.caseOf(g))) {
                        d.target.addAll(actors.actors(v, g));
                    }
                }
            }
            d.target.removeAll(d.source);
        }
    }

    /** Whether a clause tells an act of harm, not merely names one as its subject ("would face sanctions"). */
    private static boolean harmTold(ParseView v, int clause, Entry[] entries) {
        int subject = v.child(clause, "nsubj", "nsubj:pass");
        for (int k = 0; k < v.size(); k++) {
            if (entries[k] != null && entries[k].role() == Role.EVENT && HARM.contains(entries[k].type())
                    && (k == clause || v.dominates(clause, k)) && k != subject && (subject < 0 || !v.dominates(subject, k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that make, let or drive their object do what their infinitive says ("forced Israel to close"). */
    private static final Set<String> CAUSING = Set.of("force", "compel", "spur", "prompt", "drive", "lead", "cause",
            "push", "pressure", "persuade", "convince", "help", "allow", "enable", "permit", "encourage", "inspire",
            "oblige", "require");

    /**
     * The subject a verb without its own takes from the clause it hangs on ("X met Y and agreed"), or, under a
     * verb of causing, that verb's object ("spurred allies to call for ...").
     */
    private static int inheritedSubject(ParseView v, int i) {
        int cur = i;
        for (int steps = 0; steps < 4; steps++) {
            int h = v.head(cur);
            if (h < 0) {
                return -1;
            }
            String r = v.rel(cur);
            if (v.sentence.isCommaParticiple(cur)) {
                // "outlined a strategy for the war in Afghanistan, chastising Pakistan": the clause's subject acts
                int up = v.sentence.verbAtOrAbove(h);
                if (up < 0) {
                    return -1;
                }
                int s = v.child(up, "nsubj");
                return s >= 0 ? s : inheritedSubject(v, up);
            }
            boolean infinitive = v.isToInfinitive(cur);
            boolean ofTime = v.hasChildLemma(cur, "mark", TIME_MARKS) || v.hasChildLemma(cur, "case", TIME_MARKS);
            if (r.startsWith("acl") && (ofTime || infinitive)) {
                if (!infinitive) {
                    return -1; // "a speech in Berlin before flying to Brussels": a clause of time says nothing of its noun
                }
                // "Trump's decision to recognize": the noun's owner does what its infinitive says; a noun of an act
                // or a saying says no more ("a United Nations address to destroy"); any other is the doer ("the first
                // leader to visit him"), or, where it is a predicate, its subject
                int owner = v.child(h, "nmod:poss");
                for (int c : v.childrenWith(h, "nmod")) {
                    if (owner < 0 && v.caseOf(c).equals("by")) {
                        owner = c; // "an attempt by the U.S. government to address ..."
                    }
                }
                if (owner < 0 && v.child(h, "cop") >= 0 && v.child(h, "nsubj") >= 0) {
                    return v.child(h, "nsubj"); // "she was the first member of the cabinet to resign": she did it
                }
                return owner >= 0 ? owner : ACT_NOUNS.contains(v.lemma(h)) || UNDERTAKINGS.contains(v.lemma(h)) ? -1 : h;
            }
            if (r.startsWith("acl")) {
                return h; // "investigators, who probed ...", "investigators probing ..."
            }
            if (r.equals("obj") && v.token(cur).pos().equals("VB") && v.token(h).isVerb()) {
                r = "xcomp"; // "to help support the rights of X": a bare infinitive the parser made an object
            }
            if (!(r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("dep"))) {
                return -1;
            }
            // an object controls the infinitive of a verb of causing, and any predicate of its own ("called the
            // agency a disaster", "said the minister was upping sanctions" when the parser makes the minister the object of "said")
            boolean predicate = !v.token(cur).isVerb() || v.child(cur, "cop") >= 0;
            int controller = r.equals("xcomp") && (CAUSING.contains(v.lemma(h)) || predicate)
                    ? v.child(h, "obj", "iobj") : -1;
            if (controller >= 0 && controller < cur) {
                return controller; // "forced Israel to close the border", "spurred allies to call for ...": the object acts
            }
            int s = v.child(h, "nsubj");
            if (s < 0 && r.equals("xcomp")) {
                s = v.child(h, "nsubj:pass"); // "he is expected to press Xi", "Israel was forced to close"
            }
            if (s >= 0) {
                return s;
            }
            cur = h;
        }
        return -1;
    }

    /** Nouns of looking into someone, whose modifier is more often the one looked into than the one looking. */
    private static final Set<String> INQUIRIES = Set.of("investigation", "probe", "inquiry", "inquest");
    /** Nouns of a punishment or legal step suffered by the one they are named after ("the Manafort indictment"). */
    private static final Set<String> PUNISHMENTS = Set.of("arrest", "indictment", "trial", "conviction", "detention",
            "prosecution", "sentencing", "impeachment", "ouster", "dismissal", "firing", "extradition", "deportation");
    /** Nouns of charging someone with something. */
    private static final Set<String> ALLEGATIONS = Set.of("allegation", "accusation", "charge", "claim");

    /** Whether the phrase headed by {@code c} is a person's name. */
    private static boolean isPersonName(ParseView v, int c, ActorFinder actors) {
        List<String> who = actors.actors(v, c);
        if (who.size() != 1 || !v.token(c).pos().startsWith("NNP")) {
            return false;
        }
        var e = actors.entity(who.get(0));
        return e != null && e.type() == EntityType.PERSON;
    }

    private static boolean hasOfObject(ParseView v, int noun) {
        for (int c : v.children(noun)) {
            if (v.baseRel(c).equals("nmod") && v.caseOf(c).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private Draft nounFrame(ParseView v, int i, Entry e, ActorFinder actors) {
        Draft d = new Draft(e.type(), e.label(), v.sentence.index(), i, true);
        for (int c : v.children(i)) {
            String r = v.rel(c);
            String cs = v.caseOf(c);
            if (r.equals("compound") && ALLEGATIONS.contains(v.lemma(i)) && !isModifierWord(e, v, c)) {
                // "the Russia allegations": a name before the noun tells what is alleged, about whom ("Russian
                // allegations", an adjective, tells who alleges, and is read as any modifier below)
                d.target.addAll(actors.actors(v, c));
            } else if ((r.equals("amod") || r.equals("compound")) && INQUIRIES.contains(v.lemma(i)) && !isModifierWord(e, v, c)) {
                // "the Russia investigation", "the Trump probe": who is looked into; "the FBI investigation": who looks
                for (String a : actors.actors(v, c)) {
                    var who = actors.entity(a);
                    (who != null && who.type() == EntityType.ORGANIZATION ? d.source : d.target).add(a);
                }
            } else if (PUNISHMENTS.contains(v.lemma(i)) && isPersonName(v, c, actors)
                    && (r.equals("compound") || r.equals("nmod:poss") && !hasOfObject(v, i))) {
                // "the Manafort indictment", "Navalny's arrest": a person the step is named after suffers it
                // ("Trump's firing of Comey" names the doer, and its "of" the one fired)
                d.target.addAll(actors.actors(v, c));
            } else if (PAIRED.contains(d.type) && hyphenedPartner(v, c) >= 0 && !isModifierWord(e, v, c)
                    && d.source.isEmpty()) {
                // "U.S.-China trade talks", "Israeli-Palestinian negotiations": a hyphened pair before a joint act
                // names its two parties
                List<String> both = new ArrayList<>(actors.actors(v, hyphenedPartner(v, c)));
                both.addAll(actors.actors(v, c));
                between(d, both.stream().distinct().toList());
            } else if (r.equals("nmod:poss") || ((r.equals("amod") || r.equals("compound")) && !isModifierWord(e, v, c))) {
                d.source.addAll(actors.actors(v, c));
            } else if (v.baseRel(c).equals("nmod") || v.baseRel(c).equals("acl")) {
                if (cs.equals("by")) {
                    d.source.addAll(actors.actors(v, c));
                } else if (cs.equals("between")) {
                    between(d, actors.actors(v, c));
                } else if (PLACE_CASES.contains(cs) && actors.place(v, c) != null && d.location == null) {
                    d.location = actors.place(v, c);
                } else if (TARGET_CASES.contains(cs)) {
                    d.target.addAll(actors.actors(v, c));
                }
            }
        }
        if (d.target.isEmpty()) {
            for (int c : v.children(i)) {
                String r = v.rel(c);
                if (d.target.isEmpty()) {
                    d.target.addAll(TargetClues.stance(v, c, actors)); // "a hunger strike in protest against X"
                }
                if ((d.type == EventType.REQUEST || d.type == EventType.ACCUSE) && (r.equals("ccomp") || r.startsWith("acl"))
                        && !r.equals("acl:relcl")) {
                    // "its demand that Israel ease", "allegations that Russia interfered": the clause's subject
                    d.target.addAll(actors.actors(v, v.child(c, "nsubj", "nsubj:pass")));
                } else if (v.baseRel(c).equals("nmod") && v.caseOf(c).equals("of")) {
                    d.target.addAll(objectTargets(v, c, actors)); // "a suspension of air links with Serbia"
                }
            }
        }
        if ((v.rel(i).equals("xcomp") || v.rel(i).equals("dep")) && v.child(i, "cop") >= 0 && v.head(i) >= 0) {
            // a predicate of the object's ("said the minister was 'upping sanctions'" parsed with the minister the object of "said")
            d.source.addAll(actors.actors(v, v.child(v.head(i), "obj")));
        }
        // the verb that carries the noun: "Witkoff had a meeting", "nations agreed aid", "went ahead with a swap"
        int cur = i;
        for (int steps = 0; steps < 4 && d.source.isEmpty(); steps++) {
            int h = v.head(cur);
            String r = v.baseRel(cur);
            if (h < 0 || !CARRIED.contains(r)) {
                break;
            }
            if ((r.equals("obl") || r.equals("nmod")) && TOPIC_CASES.contains(v.caseOf(cur))) {
                break; // "opened investigations into the agreement": a topic looked into, not an act of the subject's
            }
            if (r.equals("obl") && REFERRING.contains(v.lemma(h)) && !v.caseOf(cur).equals("with")) {
                // "pointing to the senator's indictment", "responded to the attack": another's act, referred to ("responded
                // with a rebuke" is the subject's own)
                break;
            }
            if ((r.equals("obl") || r.equals("nmod")) && CIRCUMSTANCE_CASES.contains(v.caseOf(cur))) {
                break; // "would resign after allegations of misconduct": a cause the subject undergoes, not its act
            }
            if (r.equals("conj") && v.token(h).isNoun()) {
                // "traded insults and threats with Kim": the threats are carried as the insults are, at the same one
                for (int c : v.children(h)) {
                    if (d.target.isEmpty() && v.baseRel(c).equals("nmod") && TARGET_CASES.contains(v.caseOf(c)) && c > i) {
                        d.target.addAll(actors.actors(v, c));
                    }
                }
                cur = h;
                continue;
            }
            if (r.equals("compound") && UNDERTAKINGS.contains(v.lemma(h)) && d.target.isEmpty()) {
                // "a mediation effort between X and Y", "a bombing campaign against Z": the event noun qualifies
                // a noun of the undertaking, whose own prepositions tell whom it concerns (a "withdrawal letter
                // to X" is addressed to X: a letter is no undertaking)
                for (int c : v.children(h)) {
                    if (!v.baseRel(c).equals("nmod")) {
                        continue;
                    }
                    if (v.caseOf(c).equals("between")) {
                        between(d, actors.actors(v, c));
                    } else if (TARGET_CASES.contains(v.caseOf(c))) {
                        d.target.addAll(actors.actors(v, c));
                    }
                }
            }
            if (!v.token(h).isVerb() && !isAmount(v, h) && !r.equals("compound")
                    && !(CONTAINERS.contains(v.lemma(h)) && v.caseOf(cur).equals("of"))) {
                break; // "frustration with the negotiations": the verb carries "frustration", not the talks
            }
            if (v.token(h).isVerb()) {
                int s = v.child(h, "nsubj");
                if (s < 0) {
                    s = inheritedSubject(v, h);
                }
                List<String> subj = actors.actors(v, s);
                int undergoer = v.child(h, "nsubj:pass");
                if (undergoer < 0 && v.token(h).pos().equals("VBN") && v.child(h, "aux") < 0) {
                    // a participle with no auxiliary is passive: "Roy Moore, the candidate dogged by accusations" (a
                    // reduced relative, whether the parse hangs it on the noun or gives it the noun as its subject)
                    undergoer = v.rel(h).startsWith("acl") ? v.head(h) : v.child(h, "nsubj");
                }
                if (r.equals("obl") && v.caseOf(cur).equals("by") && undergoer >= 0) {
                    // "Moore, who was dogged by allegations", "was hit by sanctions": the passive's subject
                    // undergoes the event the agent phrase names; it is not its doer ("sanctions from the EU": who does)
                    for (int c : v.children(i)) {
                        if (v.baseRel(c).equals("nmod") && v.caseOf(c).equals("from")) {
                            d.source.addAll(actors.actors(v, c));
                        }
                    }
                    d.target.removeAll(d.source);
                    if (d.target.isEmpty()) {
                        d.target.addAll(actors.actors(v, undergoer));
                    }
                    d.target.removeAll(d.source);
                    break;
                }
                if (UNDERGOING.contains(v.lemma(h)) && (r.equals("obj") || r.equals("obl"))) {
                    // who it comes from: "drew criticism from rights groups", "faces sanctions from the EU"
                    for (int c : v.children(h)) {
                        if (v.baseRel(c).equals("obl") && v.caseOf(c).equals("from")) {
                            d.source.addAll(actors.actors(v, c));
                        }
                    }
                    for (int c : v.children(i)) {
                        if (v.baseRel(c).equals("nmod") && v.caseOf(c).equals("from")) {
                            d.source.addAll(actors.actors(v, c));
                        }
                    }
                    d.target.removeAll(d.source);
                    if (d.target.isEmpty()) {
                        d.target.addAll(subj);
                    }
                    break;
                }
                if (d.type == EventType.SANCTION && LISTS.contains(v.lemma(cur)) && d.target.isEmpty()) {
                    // "put Gazprom on a sanctions list", "Gazprom was added to the U.S. blacklist": those put on the
                    // list are sanctioned, by whoever puts them there or whose list it is
                    d.target.addAll(actors.actors(v, undergoer >= 0 ? undergoer : v.child(h, "obj")));
                    d.source.addAll(subj);
                    for (int c : v.children(cur)) {
                        if (d.source.isEmpty() && (v.rel(c).equals("compound") || v.rel(c).equals("amod")
                                || v.rel(c).equals("nmod:poss")) && c != i) {
                            d.source.addAll(actors.actors(v, c));
                        }
                    }
                    d.target.removeAll(d.source);
                    break;
                }
                if (SYMMETRIC.contains(d.type) && subj.size() > 1 && d.target.isEmpty()) {
                    d.source.add(subj.get(0));
                    d.target.addAll(subj.subList(1, subj.size()));
                } else {
                    d.source.addAll(subj);
                }
                for (int c : v.children(h)) {
                    String cs = v.caseOf(c);
                    if (v.baseRel(c).equals("obl") && PLACE_CASES.contains(cs) && d.location == null) {
                        d.location = actors.place(v, c);
                    }
                    // "give Tanzania a grant", "provide aid to refugees"
                    if (d.target.isEmpty() && c != cur && (v.rel(c).equals("iobj")
                            || (v.baseRel(c).equals("obl") && CARRIER_TARGET_CASES.contains(cs)))) {
                        d.target.addAll(actors.actors(v, c));
                    }
                    if (d.target.isEmpty() && c != cur) {
                        d.target.addAll(TargetClues.stance(v, c, actors)); // "staged a hunger strike in protest against X"
                    }
                }
                if (d.type == EventType.CONSULT && d.target.isEmpty() && r.equals("obl") && v.caseOf(cur).equals("at")
                        && COMPANY.contains(v.lemma(h))) {
                    // "leaders joined the president at a dinner", "greeted him at the summit": whom one kept company
                    // with at a gathering is the other party of it
                    d.target.addAll(actors.actors(v, v.child(h, "obj")));
                    d.target.removeAll(d.source);
                }
                break;
            }
            cur = h;
        }
        d.target.removeAll(d.source);
        if (d.source.isEmpty() && d.target.isEmpty()) {
            // "a deal struck between X and Y", "an agreement signed by X and Y": the participle on the noun names
            // its parties
            for (int c : v.childrenWith(i, "acl")) {
                if (!(v.token(c).pos().equals("VBN") || v.token(c).pos().equals("VBD"))) {
                    continue;
                }
                for (int a : v.childrenWith(c, "obl", "obl:agent")) {
                    if (v.caseOf(a).equals("between")) {
                        between(d, actors.actors(v, a));
                    } else if (v.caseOf(a).equals("by") && d.source.isEmpty()) {
                        List<String> by = actors.actors(v, a);
                        if (SYMMETRIC.contains(d.type) && by.size() > 1) {
                            between(d, by);
                        } else {
                            d.source.addAll(by);
                        }
                    }
                }
            }
        }
        if (d.type == EventType.CONSULT && "third-party".equals(d.mode) && d.target.isEmpty()) {
            // "launched a mediation effort on Saturday between two neighbours": the parser may hang the
            // "between" phrase on a later verb; the parties are those of the first "between" shortly after the noun
            for (int k = i + 1; k < v.size() && k <= i + 8; k++) {
                if (v.baseRel(k).equals("obl") || v.baseRel(k).equals("nmod")) {
                    if (v.caseOf(k).equals("between")) {
                        between(d, actors.actors(v, k));
                        d.target.removeAll(d.source);
                        break;
                    }
                }
            }
        } else if (d.type == EventType.CONSULT && d.target.isEmpty()) {
            // "her testimony last week to the budget committee": the parser may hang the phrase of
            // whom it was given to on a verb before; a "to/with/before" phrase right after the noun (past a time) is it
            int k = i + 1;
            while (k < v.size() && k <= i + 4 && (isTime(v, k) || TIME_MODIFIERS.contains(v.lemma(k)))) {
                k++;
            }
            if (k < v.size() && v.rel(k).equals("case") && TESTIMONY_CASES.contains(v.lemma(k))) {
                int phrase = v.head(k);
                if (phrase >= 0 && !v.dominates(i, phrase)) {
                    d.target.addAll(actors.actors(v, phrase));
                    d.target.removeAll(d.source);
                }
            }
        }
        if (d.type == EventType.ASSAULT && d.source.isEmpty() && killing(v, i) >= 0) {
            d.unnamedDoer = true; // "a gas attack on the town that killed dozens": it happened, by someone
        }
        d.earlier = earlier(v, i);
        setMode(v, i, d);
        return d;
    }

    /** Words that tell an event noun's occasion as one before the story's ("his earlier threats", "a previous meeting"). */
    private static final Set<String> EARLIER = Set.of("earlier", "previous", "prior", "past");

    /** Whether an event noun is told as an earlier occasion than the story's ("his earlier threats"). */
    private static boolean earlier(ParseView v, int noun) {
        for (int c : v.childrenWith(noun, "amod", "advmod")) { // "earlier" is tagged an adverb as often as not
            if (EARLIER.contains(v.token(c).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs by which an attack is told to have struck people ("an attack that killed dozens", "the strike wounded 9"). */
    private static final Set<String> CASUALTY_VERBS = Set.of("kill", "wound", "injure", "maim", "leave");

    /**
     * The verb of casualties an attack noun is the doer of: the verb it is the subject of ("the blast killed 9"),
     * or its relative clause whose subject is the relative pronoun ("an attack that killed dozens"); or -1.
     */
    static int killing(ParseView v, int noun) {
        int h = v.head(noun);
        if (h >= 0 && v.rel(noun).equals("nsubj") && CASUALTY_VERBS.contains(v.lemma(h))) {
            return h;
        }
        // the relative clause may hang on the place the attack was on ("an attack on the town of X that killed"): a
        // place kills no one
        List<Integer> nouns = new ArrayList<>(List.of(noun));
        for (int k = 0; k < nouns.size() && nouns.size() < 6; k++) {
            for (int c : v.childrenWith(nouns.get(k), "nmod")) {
                nouns.add(c);
            }
        }
        for (int n : nouns) {
            for (int c : v.childrenWith(n, "acl:relcl", "dep")) {
                int s = v.child(c, "nsubj");
                if (CASUALTY_VERBS.contains(v.lemma(c)) && s >= 0 && (v.lemma(s).equals("that") || v.lemma(s).equals("which"))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** Joint acts whose parties a hyphened pair before the noun names ("U.S.-China talks"). */
    private static final Set<EventType> PAIRED = EnumSet.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE);

    /**
     * The first of a hyphened pair of modifiers whose second is {@code c} ("U.S." in "U.S.-China", "Israeli" in
     * "Israeli-Palestinian"): a compound or adjective right before {@code c} with only a hyphen between; else -1.
     */
    private static int hyphenedPartner(ParseView v, int c) {
        for (int k : v.children(c)) {
            if (k == c - 2 && (v.rel(k).equals("compound") || v.rel(k).equals("amod"))
                    && v.token(c - 1).pos().equals("HYPH")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The parties "between" whom an event noun is: the first is its source and the rest its targets, either
     * way round ("talks between X and Y"), but a go-between's event (a third party's mediation) is done to
     * them all, and who does it is named elsewhere.
     */
    private static void between(Draft d, List<String> both) {
        if (both.isEmpty()) {
            return;
        }
        if ("third-party".equals(d.mode)) {
            d.target.addAll(both);
            return;
        }
        d.source.add(both.get(0));
        d.target.addAll(both.subList(1, both.size()));
        d.symmetric = true;
    }

    /**
     * "Russia said Sudan must return the helicopter": a demand by the one who says it, on the
     * subject of the obliged clause. The clause itself did not happen; its verb is returned as the
     * draft's trigger so the caller can drop frames read from it.
     */
    List<Draft> obligations(ParseView v, ActorFinder actors) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.token(i).isVerb() || !hasObligation(v, i)) {
                continue;
            }
            int cue = sayer(v, i);
            if (cue < 0) {
                continue;
            }
            String cueLemma = v.lemma(cue);
            int speaker = cueLemma.equals("cite") || cueLemma.equals("quote") ? v.child(cue, "obj") : v.child(cue, "nsubj");
            List<String> source = actors.actors(v, speaker);
            if (source.isEmpty()) {
                continue;
            }
            Draft d = new Draft(EventType.REQUEST, null, v.sentence.index(), i, false);
            d.source.addAll(source);
            int obliged = v.child(i, "nsubj", "nsubj:pass");
            if (obliged < 0 && v.rel(cue).equals("csubj")) {
                obliged = v.child(cue, "obj"); // misparse "[Germany said Iran] must release": Iran as said's object
            }
            if (obliged >= 0 && NOBODY.contains(v.lemma(obliged))) {
                continue; // "no one should draw the conclusion": a general rule of conduct, asked of no one
            }
            d.target.addAll(actors.actors(v, obliged));
            if (!d.target.isEmpty() && d.source.containsAll(d.target)) {
                continue; // "English insisted she should run the agency": a claim to a right, asked of no one
            }
            d.target.removeAll(d.source);
            d.obligation = true;
            d.cue = cue;
            out.add(d);
        }
        return out;
    }

    /**
     * Criticism in reported speech: "X said Y had wasted time", "X said Y was a disaster", "X called
     * Y a disaster", "X described Y as deranged". PLOVER codes a judgement of someone as the
     * judge's ACCUSE of them, whatever the verb. The judged clause needs a named subject (or, for
     * "call/describe", a named object) other than the speaker and a word of negative judgement
     * of its own, not negated; a clause that reports an act the lexicon codes on its own ("police
     * said the gunmen killed two") is that act, not a criticism.
     */
    List<Draft> criticisms(ParseView v, ActorFinder actors, Judgements judgements) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            int judged;
            int judge;
            int predicate;
            int cue = -1;
            boolean naming = false;
            List<Integer> objects = v.childrenWith(i, "obj");
            if (FEELINGS.contains(v.token(i).text().toLowerCase(Locale.ROOT))) {
                judge = v.child(i, "nsubj", "nsubj:pass"); // "officials were frustrated with Pakistan"
                judged = feltAbout(v, i);
                predicate = i;
                if (judge < 0 || judged < 0) {
                    continue;
                }
            } else if (NAMING_VERBS.contains(v.lemma(i)) && v.token(i).isVerb() && namedAs(v, i) >= 0) {
                // "called the agency a total disaster", "described X as deranged"; the parser reads the
                // one named as the first object, as the indirect one, or as the subject of a small clause
                int indirect = v.child(i, "iobj");
                predicate = namedAs(v, i);
                judged = indirect >= 0 ? indirect : !objects.isEmpty() ? objects.get(0) : v.child(predicate, "nsubj");
                judge = v.child(i, "nsubj");
                if (predicate >= 0 && violence(v, predicate)) {
                    naming = true; // "called the operation ethnic cleansing": to name an act violence is to accuse its doer
                }
            } else {
                cue = sayer(v, i);
                if (cue < 0 || acts(v, i)) {
                    continue; // "police said the gunmen killed two": an act, coded as itself
                }
                judged = v.child(i, "nsubj", "nsubj:pass");
                predicate = i;
                judge = v.lemma(cue).equals("cite") || v.lemma(cue).equals("quote") ? v.child(cue, "obj") : v.child(cue, "nsubj");
            }
            boolean untrue = judged >= 0 && predicate >= 0 && CLAIMS.contains(v.lemma(judged).toLowerCase(Locale.ROOT))
                    && callsUntrue(v, predicate);
            if (judged < 0 || judge < 0 || predicate < 0 || v.lemma(judged).equals("it")
                    || !naming && !untrue && !FEELINGS.contains(v.token(predicate).text().toLowerCase(Locale.ROOT))
                    && !judges(v, predicate, judgements)) { // "it was unacceptable to ...": no one is judged
                continue;
            }
            List<String> source = actors.actors(v, judge);
            List<String> target = new ArrayList<>(actors.actors(v, judged));
            target.removeAll(source);
            if (source.isEmpty() || target.isEmpty() && !untrue) {
                continue;
            }
            // "Moore said Nelson's accusations were false", "called the allegations a smear": a claim called
            // untrue is denied (REJECT), aimed at whoever made it
            Draft d = new Draft(untrue ? EventType.REJECT : EventType.ACCUSE, null, v.sentence.index(), i, false);
            d.source.addAll(source);
            d.target.addAll(target);
            d.obligation = true; // as certain as the saying
            d.cue = cue;
            out.add(d);
        }
        return out;
    }

    /**
     * Words of displeasure felt by their subject, who is the judge, about the one named after
     * them ("frustrated with Pakistan", "concerned that the administration was not ready"). Their
     * subject is never the one judged ("the public is angry").
     */
    private static final Set<String> FEELINGS = Set.of("angry", "angered", "frustrated", "concerned", "worried",
            "upset", "disappointed", "furious", "unhappy", "outraged", "dismayed", "alarmed", "troubled", "irritated",
            "annoyed", "incensed", "infuriated", "displeased", "dissatisfied");
    private static final Set<String> FELT_ABOUT = Set.of("with", "at", "about", "over", "by");

    /** The one a feeling is about: "with/at/about/over/by" X, or the subject of its clause ("concerned that X ..."). */
    private static int feltAbout(ParseView v, int feeling) {
        for (int c : v.children(feeling)) {
            String r = v.baseRel(c);
            if ((r.equals("obl") || r.equals("nmod") || r.equals("advcl")) && FELT_ABOUT.contains(v.caseOf(c).isEmpty()
                    ? (v.child(c, "mark") >= 0 ? v.lemma(v.child(c, "mark")) : "") : v.caseOf(c))) {
                int subject = v.child(c, "nsubj");
                return r.equals("advcl") ? subject : c;
            }
            if (r.equals("ccomp") || r.equals("parataxis")) {
                return v.child(c, "nsubj", "nsubj:pass");
            }
        }
        return -1;
    }

    /**
     * What a verb of naming names its object ("called the agency a disaster", "described X as deranged",
     * "called him a liar"), or -1 where it names nothing ("called him on Friday" is a phone call). The
     * parser reads the name as the second object, the object beside an indirect one, an open complement,
     * or a phrase of "as".
     */
    private static int namedAs(ParseView v, int verb) {
        List<Integer> objects = v.childrenWith(verb, "obj");
        if (objects.isEmpty()) {
            int indirect = v.child(verb, "iobj");
            for (int c : indirect < 0 ? List.<Integer>of() : v.childrenWith(indirect, "dep", "appos")) {
                if (c > indirect && v.token(c).isNoun() && v.child(c, "det") >= 0) {
                    return c; // "called [Trump] [a liar]", the predicate hung loosely on the one named
                }
            }
            int clause = v.child(verb, "xcomp");
            return clause >= 0 && v.token(clause).isNoun() && v.child(clause, "nsubj") >= 0 ? clause : -1; // "called [Corker a liar]"
        }
        int predicate = v.child(verb, "iobj") >= 0 ? objects.get(0) : objects.size() > 1 ? objects.get(1)
                : v.child(verb, "xcomp", "obl:npmod", "obl");
        if (predicate >= 0 && v.rel(predicate).equals("obl") && !v.caseOf(predicate).equals("as")) {
            predicate = -1;
        }
        return predicate >= 0 ? predicate : quotedName(v, verb, objects.get(0)); // "called the operation “ethnic cleansing”"
    }

    /**
     * A quoted noun hung loosely ("dep") after the object, within the verb's own phrases: the parser's
     * reading of a name in quotation marks after a long object ("called the operation against the
     * Rohingya “ethnic cleansing”").
     */
    private static int quotedName(ParseView v, int verb, int object) {
        for (int k = object + 1; k < v.size(); k++) {
            if (v.rel(k).equals("dep") && v.token(k).isNoun() && v.verbAbove(k) == verb && v.child(k, "punct") >= 0
                    && openingQuote(v, v.child(k, "punct"))) {
                return k;
            }
        }
        return -1;
    }

    /** What a verb of naming may still do while it names ("called X a liar" as an accusation). */
    private static final Set<EventType> NAMING_ACTS = EnumSet.of(EventType.ACCUSE, EventType.REJECT);

    /** Types of act whose name, given to what someone did, accuses them ("genocide", "a massacre", "an attack"). */
    private static final Set<EventType> VIOLENCE = EnumSet.of(EventType.ASSAULT, EventType.COERCE);

    /** Whether a name given is that of an act of violence. */
    private boolean violence(ParseView v, int predicate) {
        Entry e = entryAt(v, predicate);
        return e != null && e.role() == Role.EVENT && VIOLENCE.contains(e.type());
    }

    /** Nouns of a claim made, which one may call untrue ("the allegations were false"). */
    private static final Set<String> CLAIMS = Set.of("accusation", "allegation", "claim", "charge", "report", "story",
            "assertion", "suggestion", "rumor", "rumour", "account", "reports", "allegations", "accusations", "claims",
            "charges", "stories");
    /** Words that call a claim untrue ("false", "baseless", "a lie", "a smear campaign", "fake news"). */
    private static final Set<String> UNTRUE = Set.of("false", "untrue", "baseless", "unfounded", "groundless",
            "fabricated", "fabrication", "fake", "lie", "nonsense", "ridiculous", "absurd", "bogus", "inaccurate",
            "fiction", "smear", "hoax", "slander", "libel", "defamatory", "misleading", "erroneous", "incorrect",
            "fictitious", "invented", "trumped-up", "spurious");

    /** Whether a predicate calls its subject untrue: its head, or a word of its own, not negated. */
    private static boolean callsUntrue(ParseView v, int predicate) {
        List<Integer> words = new ArrayList<>();
        words.add(predicate);
        words.addAll(v.childrenWith(predicate, "amod", "compound"));
        for (int k : words) {
            if (UNTRUE.contains(v.lemma(k).toLowerCase(Locale.ROOT)) && !negated(v, k)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs by which one names another something ("called X a disaster", "described X as deranged"). */
    private static final Set<String> NAMING_VERBS = Set.of("call", "describe", "label", "brand", "dub", "term",
            "deem", "portray", "depict");
    /** Relations by which a predicate's own words hang on it ("a total disaster", "mentally deranged", "wasted time"). */
    private static final Set<String> PREDICATE_WORDS = Set.of("amod", "advmod", "xcomp", "obj", "compound");

    /** Whether the predicate headed by {@code head} is a negative judgement: its head or its own modifiers, not negated. */
    private boolean judges(ParseView v, int head, Judgements judgements) {
        List<Integer> words = new ArrayList<>();
        words.add(head);
        for (int c : v.children(head)) {
            if (PREDICATE_WORDS.contains(v.rel(c))) {
                words.add(c);
                words.addAll(v.childrenWith(c, "amod", "advmod"));
            }
        }
        for (int k : words) {
            Entry e = entryAt(v, k);
            boolean act = e != null && e.role() == Role.EVENT && !JUDGING.contains(e.type());
            if (!act && !FEELINGS.contains(v.token(k).text().toLowerCase(Locale.ROOT))
                    && judgements.valence(v.token(k).text(), v.lemma(k)) <= JUDGEMENT_VALENCE && !negated(v, k)) {
                return true;
            }
            if (v.token(k).pos().startsWith("JJ") && v.hasChildLemma(k, "advmod", "too") && !negated(v, k)) {
                return true; // "had been too defensive", "was too slow to act": excess is a reproach
            }
        }
        return false;
    }

    /** Whether the clause's own predicate is an act the lexicon codes (not a judgement such as ACCUSE). */
    private boolean acts(ParseView v, int head) {
        Entry e = entryAt(v, head);
        return e != null && e.role() == Role.EVENT && !JUDGING.contains(e.type());
    }

    /** Event types that are themselves judgements; their trigger in a judged clause does not make it an act. */
    private static final Set<EventType> JUDGING = EnumSet.of(EventType.ACCUSE, EventType.REJECT);
    /** How negative a word must be to judge (VADER's scale: -4 to 4). */
    private static final double JUDGEMENT_VALENCE = -2.0;
    private static final Set<String> NEGATING_HEADS = Set.of("nothing", "none", "nobody", "no");

    private static boolean negated(ParseView v, int k) {
        for (int at : new int[] {k, v.head(k)}) {
            if (at >= 0 && (v.hasChildLemma(at, "advmod", "not", "never", "n't") || v.hasChildLemma(at, "det", "no")
                    || NEGATING_HEADS.contains(v.lemma(at)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasObligation(ParseView v, int i) {
        boolean obliged = false;
        for (int c : v.children(i)) {
            String w = v.token(c).text().toLowerCase(Locale.ROOT);
            if (v.rel(c).equals("aux") && (w.equals("must") || w.equals("should"))) {
                obliged = true;
            } else if (v.rel(c).equals("aux") && v.lemma(c).equals("have") && v.token(i).pos().equals("VBN")) {
                // "should have seen it", "must have known": a judgement of what was done, or a guess, not a demand
                return false;
            }
        }
        return obliged;
    }

    /**
     * "Trump has said there was no collusion between his campaign and Moscow": saying an act did not
     * happen is the sayer's denial of it (REJECT), aimed at the parties the act would have had; the
     * act itself is not coded. The draft's trigger is the verb of saying, which dates it.
     */
    private Draft deniedExistence(ParseView v, int i, Draft noun, ActorFinder actors) {
        int be = v.head(i);
        if (be < 0 || !v.rel(i).startsWith("nsubj") || v.child(be, "expl") < 0 || !v.hasChildLemma(i, "det", "no")) {
            return null;
        }
        int cue = sayer(v, be);
        if (cue < 0) {
            return null;
        }
        List<String> who = actors.actors(v, v.child(cue, "nsubj"));
        if (who.isEmpty()) {
            return null;
        }
        Draft d = new Draft(EventType.REJECT, null, v.sentence.index(), cue, false);
        d.source.addAll(who);
        d.target.addAll(noun.source);
        d.target.addAll(noun.target);
        d.target.removeAll(d.source);
        return d;
    }

    /** The verb of saying that frames clause {@code i}: its head, or a parenthetical "X said". */
    private int sayer(ParseView v, int i) {
        int h = v.head(i);
        if (h >= 0 && (v.rel(i).equals("ccomp") || v.rel(i).equals("parataxis")) && "reported".equals(lexicon.cue(v.lemma(h)))) {
            return h;
        }
        for (int c : v.children(i)) {
            if ((v.rel(c).equals("parataxis") || v.rel(c).equals("ccomp") || v.rel(c).equals("csubj"))
                    && ("reported".equals(lexicon.cue(v.lemma(c)))
                    || v.lemma(c).equals("cite"))) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isAmount(ParseView v, int i) {
        String pos = v.token(i).pos();
        return pos.equals("$") || pos.equals("CD");
    }

    private boolean isModifierWord(Entry e, ParseView v, int c) {
        return lexicon.modifierMode(e.type(), v.lemma(c)) != null;
    }

    /** Objects of an act two parties do with each other ("X and Y signed a deal", "held talks"). */
    private static final Set<String> MUTUAL_OBJECTS = Set.of("deal", "agreement", "accord", "pact", "treaty", "talk",
            "memorandum", "ceasefire", "truce", "contract", "alliance", "partnership", "tie", "relation", "relationship",
            "link", "contact");

    /**
     * "Egypt and Jordan agreed", "X and Y met": conjoined subjects of a mutual act with no one else
     * named are its two sides. Not where the act has an object of its own ("Rubio and Corker pledged
     * their support", "backed the bill"): they did it together, to something else.
     */
    /** What two parties hold together, and so break together ("cut ties", "severed relations"). */
    private static final Set<String> BONDS = Set.of("tie", "relation", "relationship", "link", "contact");

    private void splitSymmetric(ParseView v, Draft d, int subj) {
        d.target.removeAll(d.source);
        int obj = d.nominal ? -1 : v.child(d.trigger, "obj");
        if (obj >= 0 && !MUTUAL_OBJECTS.contains(v.lemma(obj))) {
            return;
        }
        boolean mutualBreak = d.type == EventType.SANCTION && obj >= 0 && BONDS.contains(v.lemma(obj));
        if ((SYMMETRIC.contains(d.type) || mutualBreak) && d.target.isEmpty() && d.source.size() > 1) {
            // "X and Y met", and "X and Y cut diplomatic ties": a bond two break is broken between them
            List<String> all = new ArrayList<>(d.source);
            d.source.clear();
            d.source.add(all.get(0));
            d.target.addAll(all.subList(1, all.size()));
            d.symmetric = true;
        }
    }

    /** A word beside the trigger that names how ("missile" attack: aerial). */
    private void setMode(ParseView v, int i, Draft d) {
        List<Integer> near = new ArrayList<>(v.children(i));
        for (int c : v.children(i)) {
            near.addAll(v.children(c));
        }
        for (int c : near) {
            String m = lexicon.modifierMode(d.type, v.lemma(c));
            if (m != null) {
                d.mode = m;
                return;
            }
        }
    }
}
