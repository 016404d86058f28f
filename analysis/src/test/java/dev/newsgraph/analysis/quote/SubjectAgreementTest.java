package dev.newsgraph.analysis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.analysis.Fixtures;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SubjectAgreementTest {
    private static final String TEXT = "Senator Paul Webb and the Harbour Workers Union met on Monday. "
            + "She said it was over. The union said no. The report said yes. My father said so. "
            + "The senator said more. Councillor Ortiz left early. I said no. The timeline said it all.";
    private static Document doc;
    private static final SubjectAgreement AGREEMENT = new SubjectAgreement(WorldKnowledge.standard());

    /** The text analysed up to its entities, as the quote layer sees it. */
    @BeforeAll
    static void analyse() {
        doc = Fixtures.documentBefore("places", TEXT, "2024-05-02");
    }

    private static Span words(String w) {
        int at = TEXT.indexOf(w);
        return doc.span(at, at + w.length());
    }

    private static Entity named(String name) {
        return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPronounFitsOnlyItsKindAndGender() {
        assertEquals(Boolean.FALSE, AGREEMENT.fits(doc, words("She"), named("Paul Webb"), false));
        assertEquals(Boolean.FALSE, AGREEMENT.fits(doc, words("She"), named("Harbour Workers Union"), false));
        // a person the article shows no gender of may be "she" when ruling out, never when adding a mention
        assertEquals(Boolean.TRUE, AGREEMENT.fits(doc, words("She"), named("Ortiz"), false));
        assertEquals(Boolean.FALSE, AGREEMENT.fits(doc, words("She"), named("Ortiz"), true));
    }

    @Test
    void aNounFitsByWhatItNames() {
        assertEquals(Boolean.TRUE, AGREEMENT.fits(doc, words("The union"), named("Harbour Workers Union"), true));
        assertEquals(Boolean.FALSE, AGREEMENT.fits(doc, words("The union"), named("Paul Webb"), false));
        assertEquals(Boolean.TRUE, AGREEMENT.fits(doc, words("The senator"), named("Paul Webb"), true));
        // a text is no person; it may be an organisation's
        assertEquals(Boolean.FALSE, AGREEMENT.fits(doc, words("The report"), named("Paul Webb"), false));
        assertNull(AGREEMENT.fits(doc, words("The report"), named("Harbour Workers Union"), false));
        // the writer's kin tell nothing of who else it could be
        assertNull(AGREEMENT.fits(doc, words("My father"), named("Paul Webb"), false));
    }

    @Test
    void aDescriptionNamesWhatCanSpeak() {
        SubjectAgreement.Description report = AGREEMENT.description(doc, words("The report"));
        assertEquals(dev.newsgraph.model.EntityType.ORGANIZATION, report.type());
        assertEquals(Boolean.TRUE, report.text());
        assertEquals("report", report.name());
        assertEquals(dev.newsgraph.model.EntityType.PERSON, AGREEMENT.description(doc, words("My father")).type());
        // a pronoun or a name is no description; "I" is the writer's
        assertNull(AGREEMENT.description(doc, words("She")));
        assertNull(AGREEMENT.description(doc, words("Councillor Ortiz")));
        assertEquals("writer", AGREEMENT.description(doc, words("I")).name());
        // a noun nothing says can speak is a parse's mistake, not a speaker
        assertNull(AGREEMENT.description(doc, words("The timeline")));
    }
}
