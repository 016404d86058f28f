package dev.newsgraph.analysis.quote;

import static dev.newsgraph.analysis.Fixtures.analyze;
import static dev.newsgraph.analysis.Fixtures.entityNamed;
import static dev.newsgraph.analysis.Fixtures.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import org.junit.jupiter.api.Test;

class SpeakerMentionsTest {

    private static boolean hasMention(Entity e, String text) {
        return e.mentions().stream().map(Span::text).anyMatch(text::equals);
    }

    @Test
    void aBodyNamedByItsKindIsTheSpeakerAndTheDescriptionItsMention() {
        StoryRecord r = analyze("Mayor Lisa Grant toured the flooded district on Monday.\n\n"
                + "The Harbour Workers Union backed the plan. \"This is the right call,\" the union wrote in a "
                + "statement.", "2024-05-02");
        assertEquals("Harbour Workers Union", speakerOf(r, "This is the right call"));
        Entity union = entityNamed(r, "Harbour Workers Union");
        assertTrue(hasMention(union, "the union"), union.mentions().toString());
        // the mention carries its offsets into the text
        Span m = union.mentions().stream().filter(x -> x.text().equals("the union")).findFirst().orElseThrow();
        assertEquals("the union", r.article().text().substring(m.start(), m.end()));
    }

    @Test
    void aTextIsNoPersonsMentionNorItsWordsAPersonNamedBefore() {
        StoryRecord r = analyze("Representative Adam Kerr of California called on Monday for sanctions.\n\n"
                + "A report was published on Tuesday. \"Exports fell by a third,\" the report said.", "2024-05-02");
        assertNotEquals("Adam Kerr", speakerOf(r, "Exports fell"));
        assertTrue(!hasMention(entityNamed(r, "Adam Kerr"), "the report"), "\"the report\" is no mention of Adam Kerr");
    }

    @Test
    void theWritersOwnKinIsNoEntityNamedElsewhere() {
        StoryRecord r = analyze("I grew up in Ohio, where Governor Frank Miles once visited our church.\n\n"
                + "\"We live in hard times,\" my father often said.", "2024-05-02");
        assertTrue(!hasMention(entityNamed(r, "Frank Miles"), "my father"), "\"my father\" is the writer's, not Frank Miles");
    }

    @Test
    void aRelativePronounThatSaysSomethingIsAMentionOfItsNoun() {
        StoryRecord r = analyze("The council met on Monday.\n\n"
                + "\"It was a long night,\" said Peter Lund, who said the plan was \"dead on arrival.\"", "2024-05-02");
        assertEquals("Peter Lund", speakerOf(r, "dead on arrival"));
        Entity lund = entityNamed(r, "Peter Lund");
        assertTrue(hasMention(lund, "who"), lund.mentions().toString());
    }

    @Test
    void theSubjectOfAClauseAParticipleOfSayingEndsIsTheSpeakersMention() {
        StoryRecord r = analyze("Senator Marco Diaz of Florida ended his campaign on Tuesday.\n\n"
                + "The Florida senator thanked his supporters, and took a heckler in stride, saying the man would "
                + "\"not get hurt\" at his rally.", "2024-05-02");
        assertEquals("Marco Diaz", speakerOf(r, "not get hurt"));
        Entity diaz = entityNamed(r, "Marco Diaz");
        assertTrue(hasMention(diaz, "The Florida senator"), diaz.mentions().toString());
    }

    @Test
    void theSubjectOfAClauseAGerundOfSayingEndsIsTheSpeakersMention() {
        StoryRecord r = analyze("Mayor Peter Lund spoke to about 200 people in a hall in Salem.\n\n"
                + "The former banker began by talking about the city budget, saying that the deficit was "
                + "\"worse than anyone thought.\"", "2024-05-02");
        assertEquals("Peter Lund", speakerOf(r, "worse than anyone"));
        Entity lund = entityNamed(r, "Peter Lund");
        assertTrue(hasMention(lund, "The former banker"), lund.mentions().toString());
    }

    @Test
    void aBodySpeaksThroughItsTextAndTheTextIsItsMention() {
        StoryRecord r = analyze("The Harbour Workers Union answered the charges on Monday.\n\n"
                + "\"All meetings were held by the union's officers,\" the Harbour Workers Union said in a statement. "
                + "\"No rules were broken,\" the statement said.", "2024-05-02");
        assertEquals("Harbour Workers Union", speakerOf(r, "No rules were broken"));
        assertTrue(hasMention(entityNamed(r, "Harbour Workers Union"), "the statement"));
    }
}
