package dev.newsgraph.analysis.quote;

import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Span;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the words a cue names its speaker by ("she", "the union", "the California congressman")
 * can stand for an entity: by the pronoun's person, number and gender, by the noun's kind (a role or
 * trade names a person, an organisation word or a group noun a body).
 */
final class SubjectAgreement {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> THING_PRONOUNS = Set.of("it");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they");
    /**
     * Nouns that describe a named person by what they are rather than an office (the roles lexicon holds
     * offices): "the billionaire real estate mogul said". Words for anyone ("man", "source", "user") are
     * not here: such a subject is mostly someone the article does not name.
     */
    private static final Set<String> PERSON_NOUNS = Set.of("nominee", "mogul", "tycoon", "billionaire", "magnate",
            "pollster", "strategist", "staffer", "star", "actor", "actress", "singer", "author", "columnist", "host",
            "businessman", "businesswoman", "entrepreneur", "developer", "neurosurgeon", "surgeon", "economist",
            "historian", "scientist", "professor", "veteran", "daughter", "son", "wife", "husband", "mother", "father");
    /** Nouns that name a body that speaks as one: "the union wrote", "the ministry said". */
    private static final Set<String> BODY_NOUNS = Set.of("union", "company", "campaign", "group", "agency",
            "ministry", "department", "government", "committee", "council", "party", "organization", "organisation",
            "network", "newspaper", "paper", "board", "commission", "firm", "bank", "association", "coalition",
            "administration", "office", "embassy", "police", "army", "military", "court", "panel", "team", "club",
            "university", "school", "hospital", "foundation", "institute", "airline", "channel", "magazine");
    /**
     * Nouns for what is written or recorded: "the report said", "the clip says". Such a text speaks for
     * whoever made it, never for a person named nearby.
     */
    private static final Set<String> TEXT_NOUNS = Set.of("report", "statement", "letter", "study", "poll", "survey",
            "ad", "advertisement", "clip", "video", "book", "article", "memo", "document", "ruling", "email",
            "message", "post", "tweet", "release", "filing", "complaint", "lawsuit", "suit", "sign", "website",
            "editorial", "piece", "story", "column", "note", "bill", "law", "resolution", "proposal",
            "announcement", "notice", "transcript", "indictment", "verdict", "decision", "analysis", "review",
            "spot", "commercial", "headline", "caption", "placard", "banner", "petition", "order", "judgment");
    /** Pronouns that open a relative clause about the noun before them: "Obama, who called ...". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    private static final Set<String> FIRST_PERSON = Set.of("my", "our", "i", "we");
    private final WorldKnowledge world;
    private final PersonGender genders;

    SubjectAgreement(WorldKnowledge world) {
        this.world = world;
        this.genders = new PersonGender(world);
    }

    /**
     * Whether the subject can stand for the entity: TRUE for a pronoun or a noun of its kind, FALSE for
     * one of another kind (a text, "the report said", for a person), null where the words tell nothing
     * of the kind ("my father", a name, a noun of no known kind; a text for an organisation, which may
     * have written it). {@code strict}: a "he" or "she" fits only a person whose gender the article shows and
     * agrees (for adding a mention); otherwise a person whose gender is unknown fits too (for ruling out).
     */
    Boolean fits(Document doc, Span subject, Entity speaker, boolean strict) {
        String[] words = subject.text().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        if (words.length == 1 && (PERSON_PRONOUNS.contains(last) || THING_PRONOUNS.contains(last)
                || PLURAL_PRONOUNS.contains(last))) {
            return switch (speaker.type()) {
                case PERSON -> PERSON_PRONOUNS.contains(last) && (strict
                        ? PersonGender.ofPronoun(last) == genders.of(speaker)
                        : PersonGender.agrees(PersonGender.ofPronoun(last), genders.of(speaker)));
                case ORGANIZATION -> THING_PRONOUNS.contains(last) || PLURAL_PRONOUNS.contains(last);
                case GROUP -> PLURAL_PRONOUNS.contains(last);
                case LOCATION -> false;
            };
        }
        if (FIRST_PERSON.contains(words[0])) {
            return null; // "my father said": someone the writer knows, not an entity named elsewhere
        }
        Sentence s = doc.sentenceAt(subject.start());
        Token head = s.tokens().get(s.tokenAt(subject.end() - 1));
        if (words.length == 1 && RELATIVE_PRONOUNS.contains(last)) {
            Entity antecedent = antecedent(doc, subject);
            return antecedent == null ? null : antecedent.id().equals(speaker.id());
        }
        if (!commonNoun(head)) {
            return null; // a name the entity layer made no entity of
        }
        String noun = head.lemma() == null ? last : head.lemma().toLowerCase(Locale.ROOT);
        boolean person = PERSON_NOUNS.contains(noun) || world.role(noun) != null;
        boolean body = BODY_NOUNS.contains(noun) || world.orgWord(capitalised(noun)) != null || world.isGroupNoun(noun);
        if (TEXT_NOUNS.contains(noun)) {
            if (speaker.mentions().stream().anyMatch(m -> subject.start() <= m.start() && m.end() <= subject.end())) {
                return strict ? null : Boolean.TRUE; // "McLeod's memo stated": the text speaks for its owner
            }
            return speaker.type() == EntityType.ORGANIZATION ? null : Boolean.FALSE;
        }
        if (!person && !body) {
            return null;
        }
        return switch (speaker.type()) {
            case PERSON -> !plural(head) && person
                    && PersonGender.agrees(genders.ofNoun(noun), genders.of(speaker));
            case ORGANIZATION -> body;
            case GROUP -> plural(head) && (world.isGroupNoun(noun) || world.role(noun) != null);
            case LOCATION -> false;
        };
    }

    /** Determiners and quantifiers that introduce someone not named before: "a friend", "one questioner". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "several", "many",
            "few", "two", "three", "four", "five", "most", "other", "others");

    /**
     * Nouns for people anyone may be, which the article need not name, and for those in a story's
     * audience: "a friend commented", "the source said", "the moderator asked", "the crowd chanted",
     * "63 percent said" (of those polled). With the roles, the nouns of a person's kind, the bodies, the
     * groups and the texts they are what a description of a speaker is made of; a subject of another
     * noun ("the timeline announced", "the words say") is a parse's mistake, not a speaker.
     */
    private static final Set<String> SPEAKING_NOUNS = Set.of("person", "people", "man", "woman", "friend",
            "source", "insider", "user", "resident", "voter", "neighbor", "neighbour", "witness", "supporter", "fan",
            "student", "parent", "moderator", "narrator", "announcer", "questioner", "heckler", "organizer",
            "organiser", "attendee", "audience", "crowd", "employee", "director", "designer", "speaker", "reporter",
            "writer", "caller", "viewer", "reader", "critic", "observer", "proponent", "opponent", "lobbyist",
            "expert", "percent", "majority", "plurality", "respondent", "protester", "demonstrator", "worker");

    /**
     * What a description names, where the words are one: a common noun with its modifiers ("the ad's
     * narrator", "one questioner", "the statement", "several environmental groups"), not a pronoun, a relative
     * pronoun, a name or a noun nothing says can speak ({@link #SPEAKING_NOUNS}); and "I" outside quotation
     * marks, the writer, who speaks in the article's own words. {@code name} what the entity is called (the
     * words without their article); {@code type} the kind of entity it would be (a text or a body an organisation, a
     * plural or a group noun a group, anyone else a person); {@code text} a written or recorded text;
     * {@code indefinite} someone the words introduce ("a friend").
     */
    record Description(String name, EntityType type, boolean text, boolean indefinite) {
    }

    /** The description the words are ({@link Description}), or null where they are none. */
    Description description(Document doc, Span subject) {
        String[] words = subject.text().toLowerCase(Locale.ROOT).split("\\s+");
        Sentence s = doc.sentenceAt(subject.start());
        int at = s == null ? -1 : s.tokenAt(subject.end() - 1);
        if (words.length == 1 && RELATIVE_PRONOUNS.contains(words[0]) || at < 0) {
            return null;
        }
        if (words.length == 1 && words[0].equals("i")) {
            return new Description("writer", EntityType.PERSON, false, false); // "I said" outside quotation marks
        }
        Token head = s.tokens().get(at);
        if (!commonNoun(head)) {
            return null;
        }
        String noun = head.lemma() == null ? words[words.length - 1] : head.lemma().toLowerCase(Locale.ROOT);
        boolean text = TEXT_NOUNS.contains(noun);
        boolean body = BODY_NOUNS.contains(noun) || world.orgWord(capitalised(noun)) != null;
        if (!text && !body && !SPEAKING_NOUNS.contains(noun) && !PERSON_NOUNS.contains(noun)
                && world.role(noun) == null && !world.isGroupNoun(noun)) {
            return null;
        }
        EntityType type = text || body ? EntityType.ORGANIZATION
                : plural(head) || world.isGroupNoun(noun) ? EntityType.GROUP : EntityType.PERSON;
        return new Description(subject.text().replaceFirst("^(?i)(the|a|an|one|another)\\s+", ""), type, text,
                INDEFINITE.contains(words[0]));
    }

    /**
     * The entity a relative pronoun stands for ("Obama, who called ...", "the department, which reported
     * ..."): the noun its clause hangs on, or, where the parse hung the clause on a noun that is no
     * entity's or elsewhere, the name just before it ("said Weaver, who said ...", "an endorsement from
     * Senator Lee, who declared ..."); null where the words are no relative pronoun or name no entity.
     */
    static Entity antecedent(Document doc, Span subject) {
        String word = subject.text().toLowerCase(Locale.ROOT);
        Sentence s = doc.sentenceAt(subject.start());
        if (!RELATIVE_PRONOUNS.contains(word) || s == null || s.tokenAt(subject.start()) < 0) {
            return null;
        }
        int pronoun = s.tokenAt(subject.start());
        Dependency role = s.head(pronoun);
        Dependency clause = role == null || role.governor() < 0 ? null : s.head(role.governor());
        if (clause != null && clause.governor() >= 0 && clause.relation().startsWith("acl")) {
            Entity e = doc.entityAt(s.tokens().get(clause.governor()));
            if (e != null) {
                return e;
            }
        }
        if (pronoun < 1 || word.equals("that")) {
            return null;
        }
        int before = s.tokens().get(pronoun - 1).text().equals(",") ? pronoun - 2 : pronoun - 1;
        return before < 0 ? null : doc.entityAt(s.tokens().get(before));
    }

    /**
     * A common noun: tagged one, or tagged a proper noun but written in lower case ("The Florida senator",
     * where the tagger took the name before it for the noun's own kind). A name is capitalised.
     */
    private static boolean commonNoun(Token t) {
        return t.pos().startsWith("NN") && (!t.pos().startsWith("NNP") || Character.isLowerCase(t.text().charAt(0)));
    }

    private static boolean plural(Token t) {
        return t.pos().equals("NNS") || t.pos().equals("NNPS");
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
