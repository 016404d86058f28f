package dev.newsgraph.analysis.quote;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the quotes layer: every quoted passage, and reported speech in a that-clause, with its
 * speaker, cue and channel. The speaker is found from the dependency parse (the subject of the
 * speech verb that governs the quote or stands beside it; the agent of "described by X as";
 * the object of "cited X as saying"), then from "according to X", then carried over from the
 * quote before for a bare quote paragraph. A speaker is never an entity mentioned only inside
 * the quote itself. For direct quotes, a learned ranker ({@link SpeakerModel} over
 * {@link SpeakerCandidates}) then chooses among the nearby entities, the rules' choice one of its
 * features; the rules' speaker stays where it is certain (docs/analysis.md).
 */
public final class QuoteAttributor implements Stage {
    private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> CHANNEL_CASES = Set.of("on", "in", "to", "during");
    private static final Set<String> CHANNEL_WORDS = Set.of("media", "television", "tv", "radio", "interview",
            "briefing", "conference", "statement", "post", "tweet", "twitter", "facebook", "telegram", "x",
            "channel", "broadcast", "podcast", "programme", "program", "show", "newspaper", "website", "blog",
            "video", "speech", "address", "letter", "message", "instagram", "truth");
    /**
     * A verb of calling just before a quoted name ("called the winner \"Miss Piggy\"", "nicknamed
     * \"King James\"", "hailed him as \"The Comeback Kid\""): the name is the words of whoever
     * applied it, so it stays a quote.
     */
    private static final Pattern CALLED = Pattern.compile("\\b(?:call|dub|nicknam|label|brand|hail|chant|shout|"
            + "specif|describ|refer)\\w*(?:\\s+[^\\s\u201c\u201d\"]+){0,4}\\s*[\u201c\"\u00ab]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Verbs of saying whose speaker may follow them after a quote ("..., said X", "..., read the email"). */
    static final Set<String> INVERTING = Set.of("say", "add", "write", "continue", "explain", "ask", "read");
    private final SpeechVerbs verbs;

    public QuoteAttributor(SpeechVerbs verbs) {
        this(verbs, null, null);
    }

    public static QuoteAttributor create() {
        return new QuoteAttributor(SpeechVerbs.standard(), RANKER_ON ? SpeakerModel.standard() : null, null);
    }

    // ---- the learned speaker ranker (SpeakerCandidates, SpeakerModel); the rules below are its first candidate ----

    /**
     * How {@link #create} chooses the speakers of direct quotes (docs/analysis.md): "certain" ranks them
     * with the shipped {@link SpeakerModel} but keeps the rules' speaker where it is certain (the subject
     * of a speech verb in the quote's own sentence, or whom a citing verb there cites:
     * {@link SpeakerCandidates#certain}); "on" ranks every quote; "off" leaves the rules alone.
     * The system property {@code newsgraph.quotes.ranker} overrides it.
     */
    static final String RANKER = System.getProperty("newsgraph.quotes.ranker", "certain");
    static final boolean RANKER_ON = !RANKER.equals("off");
    private static final boolean KEEP_CERTAIN = RANKER.equals("certain");

    /** What the ranker saw for one direct quote: for the training program. */
    record Ranked(QuoteMarks.Quoted quote, String ruleSpeaker, List<SpeakerCandidates.Candidate> candidates) {
    }

    private final SpeakerModel model;
    private final java.util.function.Consumer<Ranked> observer;
    private final boolean keepCertain;
    private final SubjectAgreement agreement;

    /**
     * @param model    ranks the candidate speakers of each direct quote; null: the rules alone choose
     * @param observer receives each direct quote's candidates (the training program); may be null
     */
    QuoteAttributor(SpeechVerbs verbs, SpeakerModel model, java.util.function.Consumer<Ranked> observer) {
        this(verbs, model, observer, KEEP_CERTAIN);
    }

    /** @param keepCertain keep the rules' speaker where it is certain ({@link SpeakerCandidates#certain}) */
    QuoteAttributor(SpeechVerbs verbs, SpeakerModel model, java.util.function.Consumer<Ranked> observer,
                    boolean keepCertain) {
        this.verbs = verbs;
        this.model = model;
        this.observer = observer;
        this.keepCertain = keepCertain;
        this.agreement = new SubjectAgreement(WorldKnowledge.standard());
    }

    /**
     * The settings provenance records: {@code quotes.speaker-model}, the model's file and a hash of it
     * (and whether the rules' certain speakers are kept), or "rules" where the rules alone choose.
     */
    public java.util.Map<String, String> settings() {
        return java.util.Map.of("quotes.speaker-model",
                model == null ? "rules" : model.name() + (keepCertain ? " (certain rules kept)" : ""));
    }

    /** The ranker's speaker for a quote the rules gave {@code ruleSpeaker}; the rules' where it has none. */
    private String rank(Document doc, Sentence s, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> spans,
                        Attribution a, String previousSpeaker) {
        String ruleSpeaker = a.speaker();
        if (model == null && observer == null) {
            return ruleSpeaker;
        }
        List<SpeakerCandidates.Candidate> candidates =
                SpeakerCandidates.of(doc, s, q, spans, ruleSpeaker, previousSpeaker, verbs);
        if (observer != null) {
            observer.accept(new Ranked(q, ruleSpeaker, candidates));
        }
        if (model == null) {
            return ruleSpeaker;
        }
        if (keepCertain && ruleSpeaker != null) {
            for (SpeakerCandidates.Candidate c : candidates) {
                if (c.entity().equals(ruleSpeaker) && SpeakerCandidates.certain(c)) {
                    return ruleSpeaker;
                }
            }
        }
        String named = keepCertain ? namedByCue(doc, q, spans, a.cue()) : null;
        if (named != null && (ruleSpeaker == null || named.equals(ruleSpeaker))) {
            return named;
        }
        if (ruleSpeaker == null && a.cue() != null) {
            candidates = agreeing(doc, q, spans, a.cue(), candidates);
        }
        SpeakerCandidates.Candidate best = model.best(candidates);
        if (best != null && ruleSpeaker != null && !best.entity().equals(ruleSpeaker)) {
            Entity chosen = doc.entity(best.entity());
            Entity rule = doc.entity(ruleSpeaker);
            if (chosen != null && "MEDIA".equals(chosen.subtype()) && rule != null && rule.type() == EntityType.PERSON) {
                return ruleSpeaker; // "..., Lavrov told a briefing, RIA reported": the outlet reports, the person speaks
            }
        }
        return best == null ? ruleSpeaker : best.entity();
    }

    /**
     * The entity the cue's own subject is a mention of, or null: "Trump returned the compliment, telling
     * Reuters, \"...\"", "The senator sought to calm his supporters and took a heckler in stride, saying
     * \"...\"", "\"...\" if she didn't win, said David Wasserman". The verb of saying names its speaker
     * there, whatever else stands nearer the quote: the rules' choice, where it is that entity, is as certain
     * as a subject of the verb itself, and where the rules found none (the parse took the quoted words for
     * the verb's subject) that entity speaks.
     */
    private static String namedByCue(Document doc, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> spans, String cue) {
        if (cue == null) {
            return null;
        }
        dev.newsgraph.model.Span subject = CueSubject.of(doc, q.start(), q.end(), cue, spans);
        Entity named = subject == null ? null : doc.entityAt(subject.start(), subject.end());
        if (named == null && subject != null) {
            named = SubjectAgreement.antecedent(doc, subject); // "Mike Lee, who declared, \"...\""
        }
        return named == null ? null : named.id();
    }

    /**
     * The candidates who can be the cue's subject where it is a pronoun or a description the entity
     * layer left unresolved: "she said" is said by a person the article shows as a woman or does not
     * show at all, never by a man, a place or an organisation; "it said" by no person; "the union
     * wrote" by an organisation ({@link SubjectAgreement}).
     */
    private List<SpeakerCandidates.Candidate> agreeing(Document doc, QuoteMarks.Quoted q,
                                                       List<QuoteMarks.Quoted> spans, String cue,
                                                       List<SpeakerCandidates.Candidate> candidates) {
        dev.newsgraph.model.Span subject = CueSubject.of(doc, q.start(), q.end(), cue, spans);
        if (subject == null || doc.entityAt(subject.start(), subject.end()) != null) {
            return candidates;
        }
        List<SpeakerCandidates.Candidate> out = new ArrayList<>();
        for (SpeakerCandidates.Candidate c : candidates) {
            Entity e = doc.entity(c.entity());
            if (e == null || agreement.fits(doc, subject, e, false) != Boolean.FALSE) {
                out.add(c);
            }
        }
        return out;
    }

    // ---- end of the ranker's part ----

    @Override
    public String name() {
        return "quotes";
    }

    /**
     * What one attribution found: the speaker's entity id, the cue and the channel; {@code certain}: the ranker
     * does not overrule it.
     */
    private record Attribution(String speaker, String cue, String channel, boolean certain) {
        static final Attribution NONE = new Attribution(null, null, null);

        /** An attribution the ranker may weigh against the other candidates. */
        Attribution(String speaker, String cue, String channel) {
            this(speaker, cue, channel, false);
        }
    }

    @Override
    public void apply(Document doc) {
        String text = doc.text();
        List<QuoteMarks.Quoted> spans = QuoteMarks.find(text);
        List<Quote> out = new ArrayList<>();
        List<Entity> made = new ArrayList<>();
        int lastId = lastEntityNumber(doc);
        Attribution previous = Attribution.NONE;
        int previousEnd = -1;
        for (QuoteMarks.Quoted q : spans) {
            Sentence s = doc.sentenceAt(q.start());
            if (s == null) {
                continue;
            }
            Attribution a = attribute(doc, s, q, spans);
            for (Sentence other : continuation(doc, s, q)) {
                if (a.speaker() != null) {
                    break;
                }
                Attribution atEnd = attribute(doc, other, q, spans);
                if (atEnd.speaker() != null || a.cue() == null) {
                    a = atEnd;
                }
            }
            if (a.speaker() == null && a.cue() == null && previous.speaker() != null
                    && bareQuote(doc, s, q) && near(doc, previousEnd, q.start())) {
                a = new Attribution(previous.speaker(), previous.cue(), previous.channel());
            }
            String words = text.substring(q.start(), q.end());
            QuoteKind kind = kind(text, s, q);
            if (kind == QuoteKind.PARTIAL && QuoteMarks.isNamedTerm(words)
                    && !CALLED.matcher(text.substring(Math.max(s.start(), q.start() - 60), q.start())).find()) {
                continue; // a title, slogan or coined term named in quotation marks: nobody's words
            }
            String speaker = a.certain() && a.speaker() != null
                    ? a.speaker() // the owner of the noun of saying: "his threat to \"totally destroy\""
                    : rank(doc, s, q, spans, a, previous.speaker()); // the ranker's choice
            Entity described = describedSpeaker(doc, q, spans, a.cue(), speaker, made, lastId);
            if (described != null) {
                speaker = described.id();
            }
            out.add(new Quote("Q" + (out.size() + 1), words, speaker, kind, a.cue(), a.channel(),
                    q.start(), q.end()));
            if (a.speaker() != null) {
                previous = a; // the rules' speaker of the quote before: carried to a bare quote, and a ranker feature
            }
            previousEnd = q.end();
        }
        out.addAll(indirect(doc, spans, out.size()));
        doc.setQuotes(out);
        doc.setDescribedSpeakers(made);
    }

    /**
     * The speaker the cue names by a description no entity stands for, made an entity of its own, or null
     * where the cue names none or the chosen speaker surely is the one it describes. Whoever speaks is the
     * subject of the verb of saying; where that subject is a description the entity layer resolved to
     * nobody, and the chosen speaker is not surely what it describes ({@link SubjectAgreement#fits}), the
     * description is the speaker: a text speaks for itself ("the report said", "the letter reads": its maker
     * is no mention of it), an indefinite introduces someone new ("a friend commented", "one questioner
     * claimed"), and a description of no known kind names someone the story does not name ("the announcer
     * said", "the source said"); "I" outside quotation marks is the writer. A text's owner written in it
     * ("McLeod's memo") stays the speaker. Descriptions of the same words are one entity (one text, told
     * twice); an indefinite is someone new each time.
     */
    private Entity describedSpeaker(Document doc, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> spans, String cue,
                                    String speaker, List<Entity> made, int lastId) {
        if (cue == null || citing(doc, q, cue)) {
            return null; // "the agency cited X as saying": the verb's subject reports, X speaks
        }
        dev.newsgraph.model.Span subject = CueSubject.of(doc, q.start(), q.end(), cue, spans);
        if (subject == null || doc.entityAt(subject.start(), subject.end()) != null) {
            return null;
        }
        SubjectAgreement.Description d = agreement.description(doc, subject);
        if (d == null) {
            return null;
        }
        Entity chosen = speaker == null ? null : doc.entity(speaker);
        if (chosen != null) {
            boolean owner = chosen.mentions().stream()
                    .anyMatch(m -> subject.start() <= m.start() && m.end() <= subject.end());
            Boolean fits = agreement.fits(doc, subject, chosen, false);
            if (owner || fits == Boolean.TRUE && !d.text() && !d.indefinite()
                    || d.text() && chosen.type() == EntityType.ORGANIZATION || namedInApposition(doc, subject, chosen)) {
                // its owner's text, a body's text ("Sibur said ... \"...\" the statement said": the body
                // speaks through it), a description of the chosen speaker, or one the speaker's name stands
                // beside ("A hardline lawmaker, Jane Roe, said"): SpeakerMentions adds the words to it
                return null;
            }
        }
        String name = d.name();
        if (!d.indefinite()) {
            for (Entity e : made) {
                if (e.name().equalsIgnoreCase(name) && !e.mentions().isEmpty()) {
                    Entity more = withMention(e, subject);
                    made.set(made.indexOf(e), more);
                    return more;
                }
            }
        }
        Entity e = new Entity("E" + (lastId + made.size() + 1), name, d.type(), d.text() ? "TEXT" : null, List.of(subject.text()),
                d.type() == EntityType.PERSON ? List.of(name) : List.of(), null, null, null, null, List.of(subject));
        made.add(e);
        return e;
    }

    /** The highest number of the entity layer's ids ("E12": 12), or 0: described speakers are numbered after it. */
    private static int lastEntityNumber(Document doc) {
        int last = 0;
        for (Entity e : doc.entities()) {
            if (e.id().matches("E\\d+")) {
                last = Math.max(last, Integer.parseInt(e.id().substring(1)));
            }
        }
        return last;
    }

    /** Whether a name of the entity stands in apposition in the description's phrase ("a lawmaker, X,"). */
    private static boolean namedInApposition(Document doc, dev.newsgraph.model.Span subject, Entity speaker) {
        Sentence s = doc.sentenceAt(subject.start());
        int head = s == null ? -1 : s.tokenAt(subject.end() - 1);
        if (head < 0) {
            return false;
        }
        int[] phrase = s.subtreeSpan(head, d -> !d.relation().startsWith("acl:relcl"));
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals("appos") && d.dependent() >= phrase[0] && d.dependent() <= phrase[1]
                    && speaker.equals(doc.entityAt(s.tokens().get(d.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue's verb, in the sentence the quote begins in, is one whose object speaks ("cited"). */
    private boolean citing(Document doc, QuoteMarks.Quoted q, String cue) {
        String verb = cue.split("\\s+")[0];
        Sentence s = doc.sentenceAt(q.start());
        return s != null && s.tokens().stream().anyMatch(t -> t.text().equalsIgnoreCase(verb)
                && verbs.use(t.lemma()) == SpeechVerbs.Use.CITES);
    }

    private static Entity withMention(Entity e, dev.newsgraph.model.Span mention) {
        List<dev.newsgraph.model.Span> mentions = new ArrayList<>(e.mentions());
        if (mentions.stream().noneMatch(m -> m.start() == mention.start())) {
            mentions.add(mention);
        }
        return new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.roles(), e.age(), e.country(),
                e.sector(), e.kb(), mentions);
    }

    /**
     * Sentences after the quote's first that may hold its attribution: the one its last words are
     * in, and one that starts right after the closing mark ("...!!!," he wrote.).
     */
    private static List<Sentence> continuation(Document doc, Sentence first, QuoteMarks.Quoted q) {
        List<Sentence> out = new ArrayList<>();
        Sentence atEnd = doc.sentenceAt(q.lastWordChar(doc.text()));
        if (atEnd != null && atEnd != first) {
            out.add(atEnd);
        }
        Sentence after = doc.sentenceAt(Math.min(doc.text().length() - 1, q.end() + 1));
        if (after == null && q.end() + 2 < doc.text().length()) {
            after = doc.sentenceAt(q.end() + 2);
        }
        if (after != null && after != first && !out.contains(after) && after.start() > q.lastWordChar(doc.text())
                && after.start() <= q.end() + 3
                && doc.text().substring(Math.min(q.end(), after.start()), after.start()).indexOf('\n') < 0
                && startsLower(after)) {
            out.add(after);
        }
        return out;
    }

    private static boolean startsLower(Sentence s) {
        for (Token t : s.tokens()) {
            if (Character.isLetter(t.text().charAt(0))) {
                return Character.isLowerCase(t.text().charAt(0));
            }
        }
        return false;
    }

    /** A quote that is (almost) its whole sentence, with no speech verb outside it. */
    private static boolean bareQuote(Document doc, Sentence s, QuoteMarks.Quoted q) {
        String outside = doc.text().substring(s.start(), Math.max(s.start(), q.start() - 1))
                + doc.text().substring(Math.min(s.end(), q.end() + 1), s.end());
        return outside.replaceAll("[\\p{Punct}\\s\u201c\u201d\u2018\u2019]", "").length() < 3;
    }

    /** Whether no whole sentence stands between two offsets: the quote follows the one before. */
    private static boolean near(Document doc, int from, int to) {
        if (from < 0) {
            return false;
        }
        for (Sentence s : doc.sentences()) {
            if (s.start() > from && s.end() < to) {
                return false;
            }
        }
        return true;
    }

    private QuoteKind kind(String text, Sentence s, QuoteMarks.Quoted q) {
        String words = text.substring(q.start(), q.end());
        boolean capital = !words.isEmpty() && Character.isUpperCase(words.codePointAt(0));
        boolean sentenceLike = words.matches("(?s).*[.!?,;:]['\u2019\u201d]?$") && words.split("\\s+").length >= 2;
        return capital && sentenceLike ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    /** Nouns of saying whose owner is the one who said it: "his threat to \"totally destroy\"", "her call for ...". */
    private static final Set<String> SPEECH_NOUNS = Set.of("threat", "promise", "pledge", "vow", "call", "warning",
            "claim", "remark", "remarks", "comment", "comments", "statement", "words", "description", "assessment",
            "plea", "demand", "appeal", "accusation", "charge", "insistence", "assurance", "boast");

    /**
     * The owner of the noun of saying that governs a quote ("his threat to \"totally destroy\" the country"), where
     * no speech verb stands between them; null otherwise.
     */
    private Attribution speechNounOwner(Document doc, Sentence s, QuoteMarks.Quoted q) {
        if (!s.parsed()) {
            return null;
        }
        for (Token tok : s.tokens()) {
            if (!q.contains(tok.start())) {
                continue;
            }
            int cur = tok.index();
            for (int steps = 0; steps < 6; steps++) {
                Dependency d = s.head(cur);
                if (d == null || d.governor() < 0) {
                    return null;
                }
                cur = d.governor();
                Token g = s.tokens().get(cur);
                if (q.contains(g.start())) {
                    continue;
                }
                if (g.isVerb() && verbs.use(g.lemma()) != null) {
                    return null; // a speech verb governs it: the verb's speaker, found the usual way
                }
                if (g.pos().startsWith("NN") && SPEECH_NOUNS.contains(g.text().toLowerCase(Locale.ROOT))) {
                    for (Dependency c : s.children(cur)) {
                        if (c.relation().equals("nmod:poss")) {
                            Entity e = doc.entityAt(s.tokens().get(c.dependent()));
                            if (e != null && e.type() != EntityType.LOCATION) {
                                return new Attribution(e.id(), g.text(), null, true);
                            }
                        }
                    }
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    private Attribution attribute(Document doc, Sentence s, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> spans) {
        Attribution owned = speechNounOwner(doc, s, q);
        if (owned != null) {
            return owned;
        }
        List<Token> t = s.tokens();
        int verb = governingSpeechVerb(s, q, spans);
        if (verb < 0) {
            verb = nearestSpeechVerb(s, q, spans);
        }
        if (verb >= 0) {
            Attribution a = speakerOf(doc, s, verb, q);
            if (a.speaker() != null) {
                return a;
            }
            if (a.cue() != null) {
                if (hasSubject(s, verb)) {
                    return a; // the subject is no entity we know ("the agent"): say nothing rather than guess
                }
                Attribution near = adjacentSpeaker(doc, s, verb, q);
                return near != null ? near : a;
            }
        }
        Matcher m = ACCORDING_TO.matcher(doc.text().substring(s.start(), s.end()));
        if (m.find()) {
            int at = s.start() + m.end();
            for (Token tok : t) {
                if (tok.start() > at && !q.contains(tok.start())) {
                    Entity e = doc.entityAt(tok);
                    if (e != null) {
                        return new Attribution(e.id(), "according to", null);
                    }
                }
            }
        }
        return Attribution.NONE;
    }

    /**
     * The outermost verb of saying whose reported clause holds this one: in "Trump said Clinton once
     * described the deal as \"the gold standard\"", the words are quoted by the one who reports them.
     */
    private int outermost(Sentence s, int verb, List<QuoteMarks.Quoted> spans) {
        int cur = verb;
        for (int steps = 0; steps < 6; steps++) {
            Dependency d = s.head(cur);
            if (d == null || d.governor() < 0 || !d.relation().equals("ccomp")) {
                break;
            }
            cur = d.governor();
            Token g = s.tokens().get(cur);
            if (QuoteMarks.inside(spans, g.start())) {
                break; // a verb of the quote that holds this one: "... when I would NEVER call him 'short and fat'"
            }
            if (g.isVerb() && verbs.use(g.lemma()) == SpeechVerbs.Use.REPORTS && hasSubject(s, cur)) {
                verb = cur; // only a verb with its own subject: one joined to another by "and" may be anyone's
            }
        }
        return verb;
    }

    /** Climbs from the quote's words up the parse to the first speech verb outside the quote. */
    private int governingSpeechVerb(Sentence s, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> spans) {
        if (!s.parsed()) {
            return -1;
        }
        for (Token tok : s.tokens()) {
            if (!q.contains(tok.start())) {
                continue;
            }
            int cur = tok.index();
            for (int steps = 0; steps < 12; steps++) {
                Dependency d = s.head(cur);
                if (d == null || d.governor() < 0) {
                    break;
                }
                cur = d.governor();
                Token g = s.tokens().get(cur);
                if (!q.contains(g.start()) && g.isVerb() && verbs.use(g.lemma()) != null) {
                    return outermost(s, cur, spans);
                }
            }
            break;
        }
        // the speech verb may hang below the quote's root: "..., Zelensky said" parsed as parataxis
        for (Dependency d : s.dependencies()) {
            Token dep = s.tokens().get(d.dependent());
            if (!q.contains(dep.start()) && dep.isVerb() && verbs.use(dep.lemma()) != null
                    && (d.relation().equals("parataxis") || d.relation().equals("root"))
                    && (d.governor() < 0 || q.contains(s.tokens().get(d.governor()).start())
                    || d.relation().equals("root"))) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The speech verb outside any quote nearest to this one in its sentence. */
    private int nearestSpeechVerb(Sentence s, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> spans) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Token tok : s.tokens()) {
            if (!tok.isVerb() || QuoteMarks.inside(spans, tok.start()) || verbs.use(tok.lemma()) == null) {
                continue;
            }
            int d = tok.start() < q.start() ? q.start() - tok.end() : tok.start() - q.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = tok.index();
            }
        }
        return best;
    }

    /** The speaker of a speech verb: its subject, its "by" agent, or what it cites. */
    private Attribution speakerOf(Document doc, Sentence s, int verb, QuoteMarks.Quoted q) {
        Token v = s.tokens().get(verb);
        SpeechVerbs.Use use = verbs.use(v.lemma());
        String cue = cue(s, verb);
        String channel = channel(doc, s, verb);
        Entity speaker = null;
        int cur = verb;
        for (int up = 0; up < 4 && speaker == null; up++) {
            for (Dependency d : s.children(cur)) {
                String r = d.relation();
                boolean subject = r.equals("nsubj") || r.equals("obl:agent")
                        || r.equals("obl") && hasCase(s, d.dependent(), "by");
                boolean cited = use == SpeechVerbs.Use.CITES && r.equals("obj")
                        // "..., said Harvard political scientist Steve Levitsky": inversion parsed as an object
                        || r.equals("obj") && d.dependent() > cur && !hasSubject(s, cur)
                        && INVERTING.contains(s.tokens().get(cur).lemma());
                if ((subject && use != SpeechVerbs.Use.CITES) || cited) {
                    if (cited && use != SpeechVerbs.Use.CITES && doc.entityAt(s.tokens().get(d.dependent())) != null
                            && doc.entityAt(s.tokens().get(d.dependent())).type() != EntityType.PERSON) {
                        continue;
                    }
                    speaker = entityOf(doc, s, d.dependent(), q);
                    if (speaker != null) {
                        break;
                    }
                }
            }
            if (speaker == null && (use == SpeechVerbs.Use.CITES || hasPersonLikeSubject(s, cur))) {
                break; // the verb has a subject we know nothing of ("the agent"): don't look further up
            }
            // "took to social media to say", "cited X as saying": the subject sits on the verb above
            Dependency up1 = s.head(cur);
            if (speaker == null && s.isCommaParticiple(cur)) {
                // "spoke out about the death of X in Tulsa, arguing that ...": the clause's own act
                int clause = s.verbAtOrAbove(up1.governor());
                if (clause >= 0) {
                    cur = clause;
                    continue;
                }
            }
            if (speaker != null || up1 == null || up1.governor() < 0
                    || !(up1.relation().startsWith("xcomp") || up1.relation().startsWith("advcl")
                    || up1.relation().equals("conj") || up1.relation().equals("dep"))) {
                break;
            }
            cur = up1.governor();
            if (verbs.use(s.tokens().get(cur).lemma()) == SpeechVerbs.Use.CITES) {
                use = SpeechVerbs.Use.CITES;
            }
        }
        if (speaker == null && verb >= 2 && s.tokens().get(verb - 1).text().equals(",")) {
            // "A lawmaker loyal to the party leader, Jane Roe, said": the name set off just before the verb
            Token before = s.tokens().get(verb - 2);
            Entity e = doc.entityAt(before);
            if (e != null && e.type() == EntityType.PERSON && before.pos().startsWith("NNP") && !q.contains(before.start())) {
                speaker = e;
            }
        }
        if (speaker == null && !hasSubject(s, verb)) {
            // "..., he wrote on X, adding: ...": a subjectless speech verb shares its sentence's speaker
            for (Token other : s.tokens()) {
                if (other.index() != verb && other.isVerb() && verbs.use(other.lemma()) != null
                        && !q.contains(other.start()) && hasSubject(s, other.index())) {
                    Attribution a = speakerOf(doc, s, other.index(), q);
                    if (a.speaker() != null) {
                        return new Attribution(a.speaker(), cue, channel == null ? a.channel() : channel);
                    }
                }
            }
        }
        return new Attribution(speaker == null ? null : speaker.id(), cue, channel);
    }

    /** Whether the verb's subject is a role noun ("the agent", "an official"): someone, if not an entity. */
    private static boolean hasPersonLikeSubject(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("nsubj")) {
                Token t = s.tokens().get(d.dependent());
                if (t.pos().startsWith("NN") && WorldKnowledge.standard().role(t.text()) != null
                        || t.pos().equals("PRP")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasSubject(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** "..., said Guillermo Loli" and "..., Lavrov told": an entity right beside the verb. */
    private Attribution adjacentSpeaker(Document doc, Sentence s, int verb, QuoteMarks.Quoted q) {
        List<Token> t = s.tokens();
        for (int k : new int[] {verb - 1, verb + 1, verb + 2}) {
            if (k >= 0 && k < t.size() && !q.contains(t.get(k).start())) {
                Entity e = doc.entityAt(t.get(k));
                boolean after = k > verb;
                if (e != null && (after ? e.type() == EntityType.PERSON : e.type() != EntityType.LOCATION)) {
                    return new Attribution(e.id(), cue(s, verb), channel(doc, s, verb));
                }
            }
        }
        return null;
    }

    private static boolean hasCase(Sentence s, int token, String word) {
        for (Dependency d : s.children(token)) {
            if (d.relation().equals("case") && s.tokens().get(d.dependent()).text().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The entity a subject token stands for: its own mention, or one on its compound/apposition dependents. */
    private static Entity entityOf(Document doc, Sentence s, int token, QuoteMarks.Quoted q) {
        Token t = s.tokens().get(token);
        if (q.contains(t.start())) {
            return null;
        }
        if (t.pos().equals("WP") || t.pos().equals("WDT")) {
            // "Meadows, who called himself a ...": the relative pronoun stands for the noun its clause modifies
            Dependency clause = s.head(s.head(token) == null ? token : s.head(token).governor());
            if (clause != null && clause.relation().startsWith("acl") && clause.governor() >= 0) {
                return entityOf(doc, s, clause.governor(), q);
            }
        }
        Entity e = doc.entityAt(t);
        if (e != null && e.type() == EntityType.PERSON) {
            return e;
        }
        for (String rel : List.of("appos", "flat", "compound")) {
            for (Dependency d : s.children(token)) {
                if (d.relation().equals(rel)) {
                    Entity c = doc.entityAt(s.tokens().get(d.dependent()));
                    if (c != null && (c.type() == EntityType.PERSON || !rel.equals("compound"))) {
                        return c;
                    }
                }
            }
        }
        return e;
    }

    /** The cue: the verb as written, with its platform or addressee ("wrote on X", "told the BBC"). */
    private static String cue(Sentence s, int verb) {
        Token v = s.tokens().get(verb);
        StringBuilder cue = new StringBuilder(v.text());
        for (Dependency d : s.children(verb)) {
            Token c = s.tokens().get(d.dependent());
            if (d.relation().equals("compound:prt")) {
                cue.append(' ').append(c.text());
            }
            if (d.relation().startsWith("obl") && hasCase(s, d.dependent(), "on") && d.dependent() > verb
                    && d.dependent() - verb <= 4) {
                cue.append(" on ").append(phrase(s, d.dependent()));
                break;
            }
            if ((d.relation().equals("obj") || d.relation().equals("iobj")) && v.lemma().equals("tell")
                    && d.dependent() > verb && c.pos().startsWith("NNP")) {
                cue.append(' ').append(phrase(s, d.dependent()));
                break;
            }
        }
        return cue.toString();
    }

    /** Where it was said: "on social media", "on local TV channel Canal N", "the BBC's Sunday with ...". */
    private static String channel(Document doc, Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            int k = d.dependent();
            String r = d.relation();
            if (r.startsWith("obl") && CHANNEL_CASES.stream().anyMatch(c -> hasCase(s, k, c))) {
                String p = phrase(s, k);
                if (containsChannelWord(p)) {
                    return p;
                }
            }
            if ((r.equals("obj") || r.equals("iobj") || r.startsWith("obl")) && s.tokens().get(verb).lemma().equals("tell")) {
                Entity e = doc.entityAt(s.tokens().get(k));
                String p = phrase(s, k);
                if (e != null && ("MEDIA".equals(e.subtype()) || "MED".equals(e.sector())) || p.contains("'s ")) {
                    return p;
                }
            }
        }
        // "On social media, he stated": a fronted channel
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb || d.relation().startsWith("obl")) {
                int k = d.dependent();
                if (d.relation().startsWith("obl") && hasCase(s, k, "on") && k < verb) {
                    String p = phrase(s, k);
                    if (containsChannelWord(p)) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static boolean containsChannelWord(String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (CHANNEL_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a token's subtree, without its leading preposition. */
    private static String phrase(Sentence s, int head) {
        int[] span = s.subtreeSpan(head, d -> !d.relation().equals("punct") && !d.relation().equals("acl:relcl"));
        int lo = span[0];
        int hi = span[1];
        List<Token> t = s.tokens();
        while (lo < hi && (t.get(lo).pos().equals("IN") || t.get(lo).pos().equals("TO"))) {
            lo++;
        }
        StringBuilder b = new StringBuilder();
        for (int k = lo; k <= hi; k++) {
            if (k > lo && t.get(k).start() > t.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(t.get(k).text());
        }
        if (hi == t.size() - 1 && b.length() > 1 && b.charAt(b.length() - 1) == '.') {
            b.setLength(b.length() - 1); // "on X." at the end of a sentence: the tokenizer kept the full stop
        }
        return b.toString();
    }

    /** Reported speech: "X said (that) CLAUSE" with no quotation marks in the clause. */
    private List<Quote> indirect(Document doc, List<QuoteMarks.Quoted> spans, int numbered) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!s.parsed()) {
                continue;
            }
            for (Dependency d : s.dependencies()) {
                if (!d.relation().equals("ccomp") || d.governor() < 0) {
                    continue;
                }
                Token v = s.tokens().get(d.governor());
                if (!v.isVerb() || verbs.use(v.lemma()) != SpeechVerbs.Use.REPORTS
                        || QuoteMarks.inside(spans, v.start())) {
                    continue;
                }
                int[] span = subtree(s, d.dependent());
                Token first = s.tokens().get(span[0]);
                Token last = s.tokens().get(span[1]);
                if (first.start() < v.end()) {
                    continue; // the clause comes before its verb: a direct quote's territory
                }
                boolean quoted = false;
                for (QuoteMarks.Quoted q : spans) {
                    quoted |= q.start() < last.end() + 1 && q.end() > first.start() - 1;
                }
                String words = doc.text().substring(first.start(), last.end());
                if (quoted || words.split("\\s+").length < 3) {
                    continue;
                }
                QuoteMarks.Quoted clause = new QuoteMarks.Quoted(first.start(), last.end());
                Attribution a = speakerOf(doc, s, d.governor(), clause);
                if (a.speaker() == null) {
                    continue;
                }
                out.add(new Quote("Q" + (numbered + out.size() + 1), words, a.speaker(), QuoteKind.INDIRECT, a.cue(),
                        a.channel(), first.start(), last.end()));
            }
        }
        return out;
    }

    private static int[] subtree(Sentence s, int head) {
        int[] span = s.subtreeSpan(head, d -> true);
        int lo = span[0];
        int hi = span[1];
        List<Token> t = s.tokens();
        while (lo < hi && (t.get(lo).text().equalsIgnoreCase("that") || t.get(lo).pos().equals(","))) {
            lo++;
        }
        while (hi > lo && (t.get(hi).pos().equals(".") || t.get(hi).pos().equals(","))) {
            hi--;
        }
        return new int[] {lo, hi};
    }
}
