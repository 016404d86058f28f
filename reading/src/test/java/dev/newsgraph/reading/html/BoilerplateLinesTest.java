package dev.newsgraph.reading.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.RemovalReason;
import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {
    private static final BoilerplateLines LINES = BoilerplateLines.load();

    @Test
    void furnitureIsRecognised() {
        assertEquals(RemovalReason.ADVERT, LINES.reason("ADVERTISEMENT"));
        assertEquals(RemovalReason.BOILERPLATE, LINES.reason("Share this article"));
        assertEquals(RemovalReason.BOILERPLATE, LINES.reason("By Maria Lopez and Tom Hale"));
        assertEquals(RemovalReason.COMMENTS, LINES.reason("No comments:"));
        assertEquals(RemovalReason.TEASER, LINES.reason("Read more: Floods close the coast road"));
    }

    @Test
    void storySentencesAreNot() {
        assertNull(LINES.reason("By then it was too late, the mayor said."));
        assertNull(LINES.reason("Share prices fell 3 percent on Monday."));
        assertNull(LINES.reason("Advertising revenue rose by a fifth, the company said."));
    }

    @Test
    void teaserHeadingsEndTheStory() {
        assertTrue(LINES.endsStory("You may also like"));
        assertTrue(LINES.endsStory("Related articles"));
        assertTrue(LINES.endsStory("Leia também"));
        assertFalse(LINES.endsStory("The mayor also liked the plan"));
    }
}
