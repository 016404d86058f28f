package dev.newsgraph.store.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorNamesTest {
    @Test
    void spellingsOfOneNameMeet() {
        assertEquals("sergei lavrov", ActorNames.normalise("Mr. Sergei Lavrov"));
        assertEquals("volodymyr zelensky", ActorNames.normalise("Volodymyr  Zelensky's"));
        assertEquals("francois hollande", ActorNames.normalise("François Hollande"));
        assertEquals("kremlin", ActorNames.normalise("the Kremlin"));
        assertEquals("smith", ActorNames.normalise("Mr Smith"));
    }

    @Test
    void aNameThatIsOnlyAWordLikeTheStaysWhole() {
        assertEquals("the", ActorNames.normalise("The"));
        assertEquals("", ActorNames.normalise(" -- "));
        assertFalse(ActorNames.isUsable("he"));
        assertTrue(ActorNames.isUsable("un"));
    }

    @Test
    void surnameIsTheLastWord() {
        assertEquals("putin", ActorNames.lastWord("vladimir putin"));
        assertTrue(ActorNames.isFullName("vladimir putin"));
        assertFalse(ActorNames.isFullName("putin"));
    }

    @Test
    void indefiniteAndFragmentaryPhrasesIdentifyNoOne() {
        for (String phrase : new String[] {"a spokesman", "an official", "a goldman spokesman", "and their son", "some lawmakers"}) {
            assertFalse(ActorNames.identifies(ActorNames.normalise(phrase)), phrase);
        }
        for (String name : new String[] {"Vladimir Putin", "the Russian president", "Kremlin", "Andrea Smith"}) {
            assertTrue(ActorNames.identifies(ActorNames.normalise(name)), name);
        }
    }
}
