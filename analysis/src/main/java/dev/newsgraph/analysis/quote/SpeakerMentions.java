package dev.newsgraph.analysis.quote;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds to each quote's speaker the words its cue names it by, where the entity layer left them
 * unresolved: the pronoun or the description that is the subject of the speech verb ("she said",
 * "the California congressman said", "the union wrote"). Whoever speaks a quote is the subject of
 * its verb of saying, so once the quote layer has chosen the speaker, that subject is one more
 * mention of it, and the record lists every mention of an entity, pronouns and descriptions
 * included. A subject that cannot stand for the speaker is left alone: "she" for an organisation,
 * "it" for a person, a noun that names no person ("the clip said") for a person, one that names
 * neither an organisation nor a group for an organisation ("the clerk said"). A text is the words an
 * organisation's quote is cued by where the body speaks through it ("Sibur said in a statement ...
 * \"...,\" the statement said").
 */
public final class SpeakerMentions implements Stage {
    private final SubjectAgreement agreement;

    public SpeakerMentions(WorldKnowledge world) {
        this.agreement = new SubjectAgreement(world);
    }

    public static SpeakerMentions create() {
        return new SpeakerMentions(WorldKnowledge.standard());
    }

    @Override
    public String name() {
        return "speaker-mentions";
    }

    @Override
    public void apply(Document doc) {
        List<QuoteMarks.Quoted> marks = QuoteMarks.find(doc.text());
        Map<String, List<Span>> added = new LinkedHashMap<>();
        Set<Integer> taken = new java.util.HashSet<>();
        for (Quote q : doc.quotes()) {
            if (q.speaker() == null || q.cue() == null) {
                continue;
            }
            Entity speaker = doc.entity(q.speaker());
            Span subject = speaker == null ? null : CueSubject.of(doc, q.start(), q.end(), q.cue(), marks);
            if (subject == null || doc.entityAt(subject.start(), subject.end()) != null
                    || speaker.mentions().stream().anyMatch(m -> m.start() == subject.start())
                    || agreement.fits(doc, subject, speaker, true) != Boolean.TRUE && !bodysText(doc, subject, speaker)) {
                continue;
            }
            if (taken.add(subject.start())) {
                added.computeIfAbsent(speaker.id(), k -> new ArrayList<>()).add(subject);
            }
        }
        doc.setSpeakerMentions(added);
    }

    /**
     * Whether the subject is a text the chosen body speaks through ("Sibur said in a statement ... \"...\"
     * the statement said"): the quote is the body's, and the text the words its cue names it by.
     */
    private boolean bodysText(Document doc, Span subject, Entity speaker) {
        SubjectAgreement.Description d = agreement.description(doc, subject);
        return d != null && d.text() && speaker.type() == dev.newsgraph.model.EntityType.ORGANIZATION;
    }
}
