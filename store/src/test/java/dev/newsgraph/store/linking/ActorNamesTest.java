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

    @Test
    void relativeDescriptionsAndForAPersonBareTitlesIdentifyNoOne() {
        for (String phrase : new String[] {"his father", "her husband", "its founder", "her attorney"}) {
            assertFalse(ActorNames.identifies(ActorNames.normalise(phrase)), phrase);
        }
        for (String title : new String[] {"president", "The Secretary", "Secretary of State", "the special counsel",
                "U.S. President"}) {
            assertFalse(ActorNames.identifiesPerson(ActorNames.normalise(title)), title);
        }
        assertTrue(ActorNames.identifies(ActorNames.normalise("the Senate")), "a body's name of title words is a name");
        assertTrue(ActorNames.isBareTitle("prime minister"));
        assertFalse(ActorNames.isBareTitle("president trump"));
    }

    @Test
    void onlyProperNamesAndFullTitledNamesAreNames() {
        for (String name : new String[] {"Vladimir Putin", "President Donald Trump", "Bank of England",
                "Bashar al-Assad", "Charles de Gaulle", "The New York Times", "Kim Jong Un"}) {
            assertTrue(ActorNames.isProperName(name, true), name);
        }
        for (String phrase : new String[] {"his father", "her husband", "its founder", "her attorney", "president",
                "President", "The president", "The Secretary", "the Russian president", "The Republican president",
                "chief economist at Wells Fargo", "and his wife", "a Secret Service agent", "", "  "}) {
            assertFalse(ActorNames.isProperName(phrase, true), phrase);
        }
        assertTrue(ActorNames.isProperName("White House", false));
        assertFalse(ActorNames.isProperName("White House", true));
    }
}
