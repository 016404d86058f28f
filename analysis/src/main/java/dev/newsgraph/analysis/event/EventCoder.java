package dev.newsgraph.analysis.event;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.analysis.event.CasualtyCounter.Counted;
import dev.newsgraph.analysis.event.ModalityReader.Stance;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Modality;
import dev.newsgraph.model.Quantity;
import dev.newsgraph.model.TimeExpression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sets the events layer: PLOVER events read from the dependency parse of each sentence, with
 * their actors (entity ids), place, date of happening, casualties and money, modality and
 * attribution, the sentence as evidence and a confidence; the same happening told twice is
 * merged into one. Sentences the parser left unparsed (too long) give no events, which bounds
 * the work. Stateless and thread-safe: per-document state lives in {@link #apply}.
 */
public final class EventCoder implements Stage {
    /** Sentences longer than this are not coded (run-ons, tables turned to text). */
    static final int MAX_TOKENS = 120;
    private static final Set<EventType> YIELDING = EnumSet.of(EventType.AGREE, EventType.CONCEDE, EventType.SUPPORT);
    /** Acts whose announcement is a threat ("will withdraw its inspectors", "would boycott"). */
    private static final Set<EventType> HOSTILE = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
            EventType.PROTEST, EventType.MOBILIZE, EventType.RETREAT);
    /** Acts whose announcement is an offer ("will visit", "would release"). */
    private static final Set<EventType> INTENDED = EnumSet.of(EventType.SUPPORT, EventType.AID, EventType.CONCEDE,
            EventType.COOPERATE, EventType.CONSULT);
    /**
     * Types that are an act of one party on another: without a named other party ("offered its support",
     * "signed contracts to cooperate", "imposed sanctions") the record cannot say who did what to whom.
     */
    private static final Set<EventType> DYADIC = EnumSet.of(EventType.SUPPORT, EventType.AID, EventType.COOPERATE,
            EventType.SANCTION, EventType.ASSAULT, EventType.CONSULT, EventType.THREATEN);
    /** Types whose target, where no one else is named, is the place they are done to. */
    private static final Set<EventType> PLACE_TARGETS = EnumSet.of(EventType.ASSAULT, EventType.COERCE,
            EventType.CONCEDE, EventType.RETREAT, EventType.MOBILIZE, EventType.PROTEST, EventType.SANCTION);
    private static final Set<EventType> MONEY_TYPES = EnumSet.of(EventType.AID, EventType.SANCTION, EventType.AGREE,
            EventType.COOPERATE, EventType.CONCEDE, EventType.RETREAT);

    private final EventLexicon lexicon;
    private final WorldKnowledge world;
    private final FrameReader frames;
    private final ModalityReader modality;
    private final EventDater dater = new EventDater();
    private final CasualtyCounter counter = new CasualtyCounter();
    private final Judgements judgements;

    /**
     * @param lexicon the trigger and cue words: {@link EventLexicon#shipped()} (the hand-written
     *                {@code plover-lexicon.tsv} over the CAMEO-derived {@code plover-lexicon-cameo.tsv}),
     *                {@link EventLexicon#handWritten()}, or the user's files
     * @param world   countries and demonyms, to read actors
     */
    public EventCoder(EventLexicon lexicon, WorldKnowledge world) {
        this(lexicon, world, Judgements.shipped());
    }

    /**
     * @param judgements words of negative judgement, by which a criticism in reported speech is
     *                   told from a plain report ("X said Y had wasted time")
     */
    public EventCoder(EventLexicon lexicon, WorldKnowledge world, Judgements judgements) {
        this.judgements = Objects.requireNonNull(judgements);
        this.lexicon = Objects.requireNonNull(lexicon);
        this.world = Objects.requireNonNull(world);
        this.frames = new FrameReader(lexicon);
        this.modality = new ModalityReader(lexicon);
    }

    /** The coder with the shipped lexicon (both layers), or the user's files named by {@link EventLexicon#PROPERTY}. */
    public static EventCoder create() {
        return new EventCoder(EventLexicon.defaults(), WorldKnowledge.standard());
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void apply(Document doc) {
        if (!doc.has("sentences") || !doc.has("entities")) {
            doc.setEvents(List.of());
            return;
        }
        List<TimeExpression> times = doc.has("times") ? doc.times() : List.of();
        List<Quantity> quantities = doc.has("quantities") ? doc.quantities() : List.of();
        int datelineEnd = datelineEnd(doc.text());
        ActorFinder actors = new ActorFinder(doc, world, datelineEnd);
        String filedFrom = datelinePlace(doc, datelineEnd);
        String agency = datelineAgency(doc, datelineEnd);
        List<Draft> kept = new ArrayList<>();
        Set<Integer> timed = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            if (!s.parsed() || s.tokens().size() > MAX_TOKENS) {
                continue;
            }
            ParseView v = new ParseView(s);
            List<Draft> drafts = new ArrayList<>();
            List<Draft> read = frames.obligations(v, actors);
            Set<Integer> obliged = new HashSet<>();
            read.forEach(d -> obliged.add(d.trigger));
            for (Draft d : frames.criticisms(v, actors, judgements)) {
                read.add(d);
                if (d.cue < 0) {
                    obliged.add(d.trigger); // "called X a disaster" names X; it is not a phone call
                }
            }
            for (Draft d : frames.read(v, actors)) {
                if (!obliged.contains(d.trigger)) {
                    read.add(d);
                }
            }
            List<TimeExpression> own = within(times, s, TimeExpression::start);
            if (!own.isEmpty()) {
                timed.add(s.index());
            }
            for (Draft d : read) {
                if (code(v, d, own, actors)) {
                    d.narrative = EventDater.narrative(v, d);
                    drafts.add(d);
                }
            }
            attachAmounts(v, drafts, within(quantities, s, Quantity::start), kept);
            for (Draft d : drafts) {
                if (d.target.isEmpty() && (!d.source.isEmpty() || d.unnamedDoer) && d.location != null
                        && PLACE_TARGETS.contains(d.type)) {
                    d.target.add(d.location); // "lifted a curfew in Montenegro", "shelled positions near Rafah"
                }
                if (s.start() < datelineEnd) {
                    d.source.removeIf(a -> onlyInDateline(actors.entity(a), s, datelineEnd));
                    d.target.removeIf(a -> onlyInDateline(actors.entity(a), s, datelineEnd));
                }
                if (agency != null) {
                    // the agency that files the story reports its acts, it is no party of them ("copies reviewed by
                    // Reuters", "shared documents with Reuters"); only an inquiry of its own is its act
                    d.target.remove(agency);
                    if (d.type != EventType.ACCUSE) {
                        d.source.remove(agency);
                    }
                }
                d.target.removeAll(d.source);
                d.target.removeIf(t -> sameName(doc, t, d.source)); // "campaign groups" twice is one party
                d.target.removeIf(t -> d.type == EventType.CONSULT && homePlace(doc, t, d.source));
                d.source.removeIf(a -> placeThatCannotAct(doc, a));
                if (d.nominal) {
                    for (String a : List.copyOf(d.source)) {
                        if (townInName(doc, v, d, a, actors)) {
                            d.source.remove(a); // "the Paris climate accord", "the Geneva talks": where, not who
                            if (d.location == null) {
                                d.location = a;
                            }
                        }
                    }
                }
                if (d.type == EventType.CONSULT && d.nominal && TRIPS.contains(v.lemma(d.trigger)) && d.target.isEmpty()
                        && d.source.size() == 1 && FrameReader.onlyPersons(d.source, actors) && filedFrom != null && d.modality == Modality.ASSERTED
                        && !d.source.contains(filedFrom) && !homePlace(doc, filedFrom, d.source)
                        && (d.date == null || d.date.value().compareTo(doc.anchor().toString()) <= 0)) {
                    // "During his visit on Tuesday" in a story filed from Oslo: a visit that names no place is
                    // one to where the story is filed (a past or present one: what is ahead may be the next stop)
                    d.target.add(filedFrom);
                    d.location = d.location == null ? filedFrom : d.location;
                }
                if (d.type == EventType.CONSULT && !talksWithSomeone(v, d, actors)) {
                    continue;
                }
                if (d.type == EventType.PROTEST && d.nominal && v.lemma(d.trigger).equals("rally") && heldByOfficial(d, actors)) {
                    continue; // "Trump is scheduled to hold a rally in Pensacola": a campaign rally, not a protest
                }
                if (d.modality == Modality.NEGATED || d.modality == Modality.HYPOTHETICAL) {
                    // "the lack of a truce", "the least they could do is resign", "did not meet", "whether X colluded":
                    // nothing happened (a refusal or a threat read from such a clause is coded as its own act)
                    continue;
                }
                if (d.source.isEmpty() && !d.passive && !(d.unnamedDoer && !d.target.isEmpty())) {
                    continue; // "the invasion of Ukraine", "we discussed it": nobody named as doing it
                }
                if (d.source.isEmpty() && GIVEN_BY_SOMEONE.contains(d.type)) {
                    // "was appointed as senator", "the agreement will allow Puerto Rico to": backing, help, a
                    // deal or a talk told without whose it was names half an act; an attack or an arrest
                    // told without its doer is still news
                    continue;
                }
                if (d.source.isEmpty() && !d.target.isEmpty() && !UNSEEN_DOERS.contains(d.type)
                        && d.target.stream().allMatch(t -> isPlace(doc, t))) {
                    // "men in American politics have been accused", "the ban is needed to protect the United States":
                    // with no doer, a place is rarely the party of a talk, a charge or a gift; an attack, a seizure
                    // or a sanction done to a country by someone unnamed still is
                    continue;
                }
                if (DYADIC.contains(d.type) && (d.target.isEmpty() || d.source.isEmpty() && !d.passive && !d.unnamedDoer)
                        && !(d.type == EventType.ASSAULT && (d.location != null || !d.quantities.isEmpty()))) {
                    continue; // one party of a two-party act; an attack with its place or its dead stays
                }
                if (d.hasActors()) {
                    d.confidence = confidence(d);
                    kept.add(d);
                }
            }
        }
        EventDater.carryDay(kept, timed);
        List<Draft> merged = new EventMerger(id -> {
            var e = doc.entity(id);
            return e == null || e.country() == null || e.type() == EntityType.PERSON
                    ? id : "country:" + e.country();
        }, doc::entity).merge(kept);
        List<Event> events = new ArrayList<>(merged.size());
        for (Draft d : merged) {
            if (d.target.removeAll(d.source) && d.target.isEmpty() && DYADIC.contains(d.type)
                    && !(d.type == EventType.ASSAULT && (d.location != null || !d.quantities.isEmpty()))) {
                continue; // tellings united put the one side on both: no second party is left
            }
            events.add(new Event("V" + (events.size() + 1), d.type, d.mode, List.copyOf(d.context),
                    List.copyOf(d.source), List.copyOf(d.target), d.location, d.date, d.quantities, d.modality,
                    d.attributedTo, doc.span(d.evidenceStart, d.evidenceEnd), d.confidence));
        }
        doc.setEvents(events);
    }

        /** A dateline's agency and dash: "(Reuters) -", "(AP) —". */
    private static final java.util.regex.Pattern DATELINE_END =
            java.util.regex.Pattern.compile("\\((?:[A-Z][A-Za-z .&]{1,30})\\)\\s*[-\u2013\u2014]{1,2}");

    /**
     * The end of the story's dateline ("WASHINGTON (Reuters) -") in its first 600 characters, or 0. A dateline opens
     * the story: a bracket and dash after a sentence's end ("known as the Joint Mechanism (JIM) - was ...") is none.
     */
    private static int datelineEnd(String text) {
        String head = text.length() > 600 ? text.substring(0, 600) : text;
        java.util.regex.Matcher m = DATELINE_END.matcher(head);
        return m.find() && !head.substring(0, m.start()).contains(". ") ? m.end() : 0;
    }

    /** Acts a story tells done to a place by someone it does not name ("the town was shelled"). */
    private static final Set<EventType> UNSEEN_DOERS = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION);

    /** Acts of giving, backing and agreeing, which say nothing without whose they are. */
    private static final Set<EventType> GIVEN_BY_SOMEONE = EnumSet.of(EventType.SUPPORT, EventType.AGREE,
            EventType.COOPERATE, EventType.AID, EventType.CONSULT);

    private static boolean isPlace(Document doc, String id) {
        var e = doc.entity(id);
        return e != null && e.type() == EntityType.LOCATION;
    }

    /** Nouns of a journey made to a place. */
    private static final Set<String> TRIPS = Set.of("visit", "trip", "tour", "stay", "stop", "stopover");

    /** The agency a story's dateline credits ("BRUSSELS (Reuters) -"), or null. */
    private static String datelineAgency(Document doc, int datelineEnd) {
        String text = doc.text();
        for (var e : doc.entities()) {
            for (var m : e.mentions()) {
                if (e.type() == EntityType.ORGANIZATION && m.end() < datelineEnd && m.start() > 0
                        && text.charAt(m.start() - 1) == '(' && text.charAt(m.end()) == ')') {
                    return e.id();
                }
            }
        }
        return null;
    }

    /** The place a story's dateline names ("BRUSSELS (Reuters) -"), or null. */
    private static String datelinePlace(Document doc, int datelineEnd) {
        for (var e : doc.entities()) {
            if (e.type() == EntityType.LOCATION && !e.mentions().isEmpty() && e.mentions().get(0).start() < datelineEnd) {
                return e.id();
            }
        }
        return null;
    }

    /**
     * Whether every mention of an actor in this sentence lies in the dateline: the place a story is filed from
     * ("PALM BEACH, FLORIDA (Reuters) - Trump gave ...") is no party to what the sentence reports.
     */
    private static boolean onlyInDateline(dev.newsgraph.model.Entity e, Sentence s, int datelineEnd) {
        if (e == null) {
            return false;
        }
        boolean inSentence = false;
        for (var m : e.mentions()) {
            if (m.start() >= s.start() && m.start() < s.end()) {
                inSentence = true;
                if (m.start() >= datelineEnd) {
                    return false;
                }
            }
        }
        return inSentence;
    }

/**
     * Whether a place is a town or region of a source's own country: a trip home ("returning from a trip to
     * Utah") consults no one there; a visit abroad is made to the state visited.
     */
    private static boolean homePlace(Document doc, String id, Collection<String> sources) {
        var geo = placeOf(doc, id);
        if (geo == null || geo.country() == null || "country".equals(geo.precision())) {
            return false;
        }
        for (String s : sources) {
            var x = doc.entity(s);
            if (x != null && geo.country().equals(x.country())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an actor is a town that cannot act: "a gunman in Las Vegas opened fire", "a rally in Charlottesville"
     * name where, not who. A country acts, a state or province through its government ("the state of Hawaii
     * sued"), and a capital for its country's ("a truce between Kyiv and Moscow").
     */
    private static boolean placeThatCannotAct(Document doc, String id) {
        var e = doc.entity(id);
        if (e == null || e.type() != EntityType.LOCATION || "COUNTRY".equals(e.subtype()) || "GOV".equals(e.sector())) {
            return false;
        }
        var geo = placeOf(doc, id);
        return geo != null && "city".equals(geo.precision()) && !"PPLC".equals(geo.feature());
    }

    /**
     * Whether the entity is a town (a capital too) named before an event noun: an agreement or talks
     * named for a town ("the Paris climate accord", "the Minsk agreements", "the Geneva talks") were
     * made there; the town is no party to them, as a country so named is ("the Iran deal").
     */
    private static boolean townInName(Document doc, ParseView v, Draft d, String id, ActorFinder actors) {
        var e = doc.entity(id);
        if (e == null || e.type() != EntityType.LOCATION || "COUNTRY".equals(e.subtype())) {
            return false;
        }
        var geo = placeOf(doc, id);
        if (geo == null || !"city".equals(geo.precision())) {
            return false;
        }
        for (int c : v.children(d.trigger)) {
            if (v.rel(c).equals("compound") && actors.actors(v, c).contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Where the places layer put an entity, or null. */
    static dev.newsgraph.model.Geo placeOf(Document doc, String id) {
        return doc.has("places") ? doc.places().get(id) : null;
    }

    /** Whether a source of the act is a person in government: rallies they hold are their campaign's. */
    private static boolean heldByOfficial(Draft d, ActorFinder actors) {
        for (String id : d.source) {
            var e = actors.entity(id);
            if (e != null && e.type() == EntityType.PERSON && "GOV".equals(e.sector())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor is a body or a group (police, a ministry, prosecutors), not a person or a place. */
    private static boolean institution(ActorFinder actors, String id) {
        var e = id == null ? null : actors.entity(id);
        if (e == null) {
            return false;
        }
        String last = e.name().substring(e.name().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return e.type() == dev.newsgraph.model.EntityType.ORGANIZATION
                || e.type() == dev.newsgraph.model.EntityType.GROUP && !TELLERS.contains(last);
    }

    /** Groups that tell what others did: sources and witnesses. */
    private static final Set<String> TELLERS = Set.of("sources", "witnesses", "people", "residents", "officials");

    /** Whether an entity has the name of one of the others: two readings of one party, not two parties. */
    private static boolean sameName(Document doc, String id, Collection<String> others) {
        var e = doc.entity(id);
        if (e == null) {
            return false;
        }
        for (String o : others) {
            var x = doc.entity(o);
            if (x != null && x.name().equalsIgnoreCase(e.name())) {
                return true;
            }
        }
        return false;
    }

    /** Modality, date, context and evidence of one frame; false where the frame is no event. */
    private boolean code(ParseView v, Draft d, List<TimeExpression> times, ActorFinder actors) {
        if (d.obligation) {
            d.modality = Modality.ASSERTED;
        } else {
            Stance st = modality.read(v, d.trigger, d.nominal, actors);
            if (st.modality() == Modality.DENIED && st.cue() >= 0) {
                return false; // "X denied attacking Y": the denial is X's REJECT, not an attack
            }
            d.modality = st.modality();
            d.attributedTo = st.attributedTo();
            d.cue = st.cue();
            recode(d, st, ownSide(actors, st.attributedTo(), d.source));
            if (d.type == EventType.COERCE && "arrest".equals(d.mode) && d.passive && d.source.isEmpty()
                    && institution(actors, st.attributedTo())) {
                // "two men were charged with fraud, the Justice Department said", "were arrested, police said": a
                // legal step told without its doer by the body that announces it is that body's (a person who
                // tells of an arrest, a lawyer or a witness, did not make it)
                d.source.add(st.attributedTo());
                d.target.removeAll(d.source);
            }
        }
        if (d.type == EventType.THREATEN && d.target.isEmpty()) {
            d.target.addAll(frames.conditionTarget(v, d.trigger, actors));
            d.target.removeAll(d.source);
        }
        d.date = dater.date(v, d, times, d.cue);
        for (int i = 0; i < v.size(); i++) {
            String c = lexicon.context(v.lemma(i));
            if (c != null) {
                d.context.add(c);
            }
        }
        d.evidenceStart = v.sentence.start();
        d.evidenceEnd = v.sentence.end();
        return true;
    }

    /**
     * PLOVER codes intentions as their own events: a refusal ("will not accept") is REJECT, and so is
     * saying one's own side did not do something ("said his campaign did not collude"); a
     * promise of cooperation ("would release", "will provide aid") AGREE, an announced hostile act
     * ("will boycott", "would withdraw unless ...") THREATEN; a withdrawal from no one ("will resign",
     * "will step down") threatens nobody and stays a planned RETREAT. The new event is as certain as the
     * saying of it. A meeting or visit the writer schedules ("Trump will visit Beijing on
     * Wednesday", "is expected to meet") is no one's promise: it stays a planned CONSULT, and is an
     * AGREE only where someone says it ("said he would visit").
     */
    private static void recode(Draft d, Stance st, boolean sayersSide) {
        EventType was = d.type;
        if (st.none()) {
            return; // "made no commitments": no act, and no refusal either
        }
        if (st.own() == Modality.NEGATED && YIELDING.contains(was)) {
            d.type = EventType.REJECT;
        } else if (st.own() == Modality.NEGATED && st.cue() >= 0 && sayersSide && was != EventType.CONSULT
                && was != EventType.ACCUSE) {
            // (saying one does not blame someone is no denial of anything: it stays a negated accusation)
            d.type = EventType.REJECT; // "Trump said his campaign did not collude with Russia": his denial
            d.source.clear();
            d.source.add(st.attributedTo());
            d.target.removeAll(d.source);
        } else if ((st.own() == Modality.PLANNED || st.framed() == Modality.PLANNED)
                && (was != EventType.CONSULT || st.conditional() || (st.cue() >= 0 && st.framed() != Modality.PLANNED))) {
            if (HOSTILE.contains(was) && (!d.target.isEmpty() || was != EventType.RETREAT)
                    || (st.conditional() && INTENDED.contains(was))) {
                d.type = EventType.THREATEN;
            } else if (INTENDED.contains(was)) {
                d.type = EventType.AGREE;
            }
        }
        if (d.type != was) {
            d.mode = null;
            d.modality = st.framed() == Modality.PLANNED ? Modality.ASSERTED : st.framed();
        }
    }

    /**
     * Whether the doers of an act are the sayer or the sayer's own ("Trump" and "the Trump campaign",
     * "his campaign" as the story resolves it).
     */
    private static boolean ownSide(ActorFinder actors, String sayer, Collection<String> doers) {
        if (sayer == null) {
            return false;
        }
        if (doers.contains(sayer)) {
            return true;
        }
        var who = actors.entity(sayer);
        if (who == null || who.type() != EntityType.PERSON) {
            return false;
        }
        String[] words = who.name().split("\\s+");
        String surname = words[words.length - 1];
        for (String id : doers) {
            var e = actors.entity(id);
            if (e != null && e.type() != EntityType.PERSON
                    && Arrays.asList(e.name().split("\\s+")).contains(surname)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Casualties go to the event whose verb counts them ("killing 19"), else to the sentence's
     * attack or arrest, else (a sentence such as "The attack killed 19 people") to the attack
     * told just before, whose evidence then reaches over both sentences.
     */
    private void attachAmounts(ParseView v, List<Draft> drafts, List<Quantity> quantities, List<Draft> before) {
        if (quantities.isEmpty()) {
            return;
        }
        for (Counted c : counter.read(v, quantities)) {
            String kind = c.quantity().kind();
            Draft home = null;
            for (Draft d : drafts) {
                if (d.hasActors() && !d.hasQuantity(kind) && fitsAmount(d, kind)
                        && (d.trigger == c.verb() || (c.verb() >= 0 && v.dominates(d.trigger, c.verb())))) {
                    home = d;
                    break;
                }
            }
            for (int k = 0; home == null && k < drafts.size(); k++) {
                Draft d = drafts.get(k);
                if (d.hasActors() && !d.hasQuantity(kind) && fitsAmount(d, kind)) {
                    home = d;
                }
            }
            if (home == null && !kind.equals("money")) {
                for (int k = before.size() - 1; k >= 0; k--) {
                    Draft d = before.get(k);
                    if (d.sentence < v.sentence.index() - 2) {
                        break;
                    }
                    if (!d.hasQuantity(kind) && fitsAmount(d, kind)) {
                        home = d;
                        d.evidenceEnd = Math.max(d.evidenceEnd, v.sentence.end());
                        break;
                    }
                }
            }
            if (home != null) {
                home.quantities.add(c.quantity());
            }
        }
    }

    /**
     * Speaking to the press is not consulting: media drop out of a CONSULT's targets, and a verb
     * of saying ("told") with nobody else as target codes no CONSULT.
     */
    private boolean talksWithSomeone(ParseView v, Draft d, ActorFinder actors) {
        d.target.removeIf(id -> {
            var e = actors.entity(id);
            return e != null && ("MED".equals(e.sector()) || "MEDIA".equals(e.subtype()));
        });
        if (!d.target.isEmpty()) {
            return true;
        }
        // nobody to consult: only a group meeting among itself ("US and Russian officials met")
        var e = d.source.isEmpty() ? null : actors.entity(d.source.iterator().next());
        if (e != null && e.type() == EntityType.GROUP && lexicon.cue(v.lemma(d.trigger)) == null) {
            d.target.addAll(d.source);
            d.symmetric = true;
            return true;
        }
        return false;
    }

    private static boolean fitsAmount(Draft d, String kind) {
        return switch (kind) {
            case "money" -> MONEY_TYPES.contains(d.type);
            case "arrested" -> d.type == EventType.COERCE || d.type == EventType.ASSAULT;
            case "displaced" -> d.type == EventType.ASSAULT || d.type == EventType.COERCE;
            default -> d.type == EventType.ASSAULT;
        };
    }

    private static double confidence(Draft d) {
        double c = 0.35;
        c += d.source.isEmpty() ? 0 : 0.25;
        c += d.target.isEmpty() ? 0 : 0.2;
        c += d.nominal ? 0 : 0.1;
        c += d.modality == Modality.ASSERTED || d.modality == Modality.REPORTED ? 0.05 : 0;
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }

    /** The items of a layer that start inside the sentence. */
    private static <T> List<T> within(List<T> all, Sentence s, java.util.function.ToIntFunction<T> start) {
        List<T> out = new ArrayList<>();
        for (T t : all) {
            int at = start.applyAsInt(t);
            if (at >= s.start() && at < s.end()) {
                out.add(t);
            }
        }
        return out;
    }
}
