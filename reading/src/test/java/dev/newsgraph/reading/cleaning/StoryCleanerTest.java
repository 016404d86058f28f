package dev.newsgraph.reading.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Removal;
import dev.newsgraph.model.RemovalReason;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryCleanerTest {
    private final StoryCleaner cleaner = StoryCleaner.create();

    private static final String FLOODS_TITLE = "Floods force thousands from their homes in northern Italy";
    private static final String FLOODS_LEAD = "ROME (Wire) - Thousands of people were evacuated from their homes in "
            + "northern Italy on Tuesday after days of torrential rain swelled rivers across Piedmont and Lombardy, "
            + "officials said.";
    private static final String FLOODS_2 = "Rescue teams used boats to reach villages cut off by the water, and the "
            + "civil protection agency said at least four people had died in Piedmont since Sunday.";
    private static final String FLOODS_3 = "Prime Minister Giorgia Meloni said the government would declare a state of "
            + "emergency in the worst-hit regions and release funds for families forced from their homes.";
    private static final String FLOODS_4 = "“We have lost everything, the house, the car, the shop,” said Marco Bianchi, "
            + "a baker in the village of Bassignana, standing in mud up to his knees.";
    private static final String FLOODS_BODY = String.join("\n", FLOODS_LEAD, FLOODS_2, FLOODS_3, FLOODS_4);

    private static List<String> texts(List<Removal> removed) {
        return removed.stream().map(Removal::text).toList();
    }

    @Test
    void headlinesOfOtherStoriesAboveTheStoryAreTeasers() {
        String body = "Man arrested after jewellery heist at Paris museum\n"
                + "Tech shares slide as investors weigh interest rate outlook\n" + FLOODS_BODY;
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertEquals(FLOODS_BODY, c.text());
        assertEquals(List.of(new Removal("Man arrested after jewellery heist at Paris museum", RemovalReason.TEASER),
                new Removal("Tech shares slide as investors weigh interest rate outlook", RemovalReason.TEASER)),
                c.removed());
    }

    @Test
    void aStandfirstOfAnotherStoryWithFinalFullStopIsATeaserToo() {
        String teaser = "As a climber marks ten years since her rescue on Everest, she returns to thank the Sherpa "
                + "guides who saved her.";
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, teaser + "\n" + FLOODS_BODY);
        assertEquals(FLOODS_BODY, c.text());
        assertEquals(List.of(new Removal(teaser, RemovalReason.TEASER)), c.removed());
    }

    @Test
    void anOnTopicSecondParagraphStaysEvenWithoutAHeadlineWord() {
        String title = "Central bank lifts rates for third time this year";
        String body = String.join("\n",
                "Mortgage holders will feel the squeeze first.",
                "LONDON (Wire) - The Bank of England raised its main interest rate by a quarter point to 4.5% on "
                        + "Thursday, saying inflation was proving stickier than it had expected.",
                "Economists said mortgage holders coming off fixed deals would face the largest jump in costs, with "
                        + "monthly payments rising by hundreds of pounds for many families.",
                "Governor Andrew Bailey said the squeeze on households was painful but necessary to bring inflation "
                        + "back to target.");
        StoryCleaner.Cleaned c = cleaner.clean(title, body);
        assertEquals(body, c.text());
        assertEquals(List.of(), c.removed());
    }

    @Test
    void aShortOpeningSentenceOnTheHeadlineTopicStays() {
        String body = "Italy is under water again.\n" + FLOODS_BODY;
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertEquals(body, c.text());
    }

    @Test
    void blogFootersOfSeveralKindsGo() {
        String body = FLOODS_BODY + "\nShare this:\nPosted by Anna Ferri at 10:42 AM\nLabels: Italy, floods, weather\n"
                + "Related: Heatwave grips southern Spain as temperatures near 45C\n"
                + "© 2025 The Valley Gazette. All rights reserved.\nSubscribe to our newsletter";
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertEquals(FLOODS_BODY, c.text());
        assertEquals(List.of(RemovalReason.BOILERPLATE, RemovalReason.BOILERPLATE, RemovalReason.BOILERPLATE,
                RemovalReason.TEASER, RemovalReason.BOILERPLATE, RemovalReason.BOILERPLATE),
                c.removed().stream().map(Removal::reason).toList());
    }

    @Test
    void aCommentsHeaderTakesTheReadersCommentsWithIt() {
        String body = FLOODS_BODY + "\n2 comments:\nTerrible news, my cousin lives in Alessandria and they lost "
                + "power for two days.\nThe government should have built better defences years ago.";
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertEquals(FLOODS_BODY, c.text());
        assertEquals(3, c.removed().size());
        assertTrue(c.removed().stream().allMatch(r -> r.reason() == RemovalReason.COMMENTS));
        assertEquals("No comments:", cleaner.clean(FLOODS_TITLE, FLOODS_BODY + "\nNo comments:").removed().get(0).text());
    }

    @Test
    void navigationBylineAndDateLinesAboveTheStoryGo() {
        String body = "Home | World | Europe | Italy\nBy Maria Rossi and Luca Verdi, Rome correspondents\n"
                + "Published 14 May 2025, 09:12 CET\n" + FLOODS_BODY;
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertEquals(FLOODS_BODY, c.text());
        assertEquals(List.of(RemovalReason.NAVIGATION, RemovalReason.BOILERPLATE, RemovalReason.BOILERPLATE),
                c.removed().stream().map(Removal::reason).toList());
    }

    @Test
    void inTheMiddleOnlyShortCuedLinesGoAndSubheadingsStay() {
        String body = String.join("\n", FLOODS_LEAD, "Advertisement", FLOODS_2, "Photo: Rescuers wade through "
                + "a flooded street in Alessandria", "Rescue efforts", FLOODS_3, FLOODS_4);
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertEquals(String.join("\n", FLOODS_LEAD, FLOODS_2, "Rescue efforts", FLOODS_3, FLOODS_4), c.text());
        assertEquals(List.of(RemovalReason.ADVERT, RemovalReason.CAPTION),
                c.removed().stream().map(Removal::reason).toList());
    }

    @Test
    void aLastLineOnTheStoryTopicStaysThoughItIsShortAndUnpunctuated() {
        String body = FLOODS_BODY + "\nFlood warnings remain across Piedmont and Lombardy";
        assertEquals(List.of(), cleaner.clean(FLOODS_TITLE, body).removed());
        String quoteLast = FLOODS_BODY + "\n“We will rebuild,” she said.";
        assertEquals(List.of(), cleaner.clean(FLOODS_TITLE, quoteLast).removed());
    }

    @Test
    void aOneSentenceArticleStaysWhole() {
        String one = "Officials said the Ponte Vecchio would reopen to pedestrians on Monday.";
        StoryCleaner.Cleaned c = cleaner.clean("Florence bridge to reopen", one);
        assertEquals(one, c.text());
        assertEquals(List.of(), c.removed());
        assertEquals("Posted by Anna at 10:42 AM", cleaner.clean(null, "Posted by Anna at 10:42 AM").text());
    }

    @Test
    void aTextOfOnlyBoilerplateIsNotEmptied() {
        String body = "Share this:\nNo comments:";
        StoryCleaner.Cleaned c = cleaner.clean("Page", body);
        assertFalse(c.text().isBlank());
        assertEquals(body, c.text());
    }

    @Test
    void aLeadingCorrectionNoteGoesButTheDatelineAndBylineStay() {
        String body = "(Corrects spelling of the mayor’s name in paragraph 3) By Maria Rossi ROME (Wire) - "
                + FLOODS_LEAD.substring("ROME (Wire) - ".length()) + "\n" + FLOODS_2 + "\n" + FLOODS_3;
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertTrue(c.text().startsWith("By Maria Rossi ROME (Wire) - Thousands of people"), c.text());
        assertEquals(List.of(new Removal("(Corrects spelling of the mayor’s name in paragraph 3)", RemovalReason.OTHER)),
                c.removed());
        String datelineOnly = "(Wire) - Thousands of people were evacuated on Tuesday, officials said.";
        assertEquals(List.of(), cleaner.clean(FLOODS_TITLE, datelineOnly).removed());
    }

    @Test
    void aDatelineOnALineOfItsOwnStays() {
        String lead = FLOODS_LEAD.substring("ROME (Wire) - ".length());
        String body = String.join("\n", "TURIN, November 13 (Wire) --", lead, FLOODS_2, FLOODS_3, FLOODS_4);
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertEquals(List.of(), c.removed());
        assertTrue(c.text().startsWith("TURIN, November 13 (Wire) --\nThousands of people"), c.text());
    }

    @Test
    void aTrailingRefileNoteGoesButATrailingParenthesisOfTheStoryStays() {
        String note = "(This version of the story corrects the death toll in paragraph 2)";
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, FLOODS_BODY + " " + note);
        assertEquals(FLOODS_BODY, c.text());
        assertEquals(List.of(new Removal(note, RemovalReason.OTHER)), c.removed());
        StoryCleaner.Cleaned own = cleaner.clean(FLOODS_TITLE, FLOODS_BODY + "\n" + note);
        assertEquals(FLOODS_BODY, own.text());
        String aside = FLOODS_BODY + " (The region was hit by similar floods in 2016.)";
        assertEquals(List.of(), cleaner.clean(FLOODS_TITLE, aside).removed());
    }

    @Test
    void paragraphBreaksAndWindowsLineEndsSurviveACut() {
        String body = "Tech shares slide as investors weigh interest rate outlook\r\n\r\n" + FLOODS_LEAD + "\r\n\r\n"
                + FLOODS_2 + "\r\n\r\n" + FLOODS_3 + "\r\n\r\nShare this:";
        StoryCleaner.Cleaned c = cleaner.clean(FLOODS_TITLE, body);
        assertEquals(FLOODS_LEAD + "\n\n" + FLOODS_2 + "\n\n" + FLOODS_3, c.text());
        assertEquals(List.of("Tech shares slide as investors weigh interest rate outlook", "Share this:"),
                texts(c.removed()));
    }

    @Test
    void withoutAHeadlineTheStoryIsStillKept() {
        StoryCleaner.Cleaned c = cleaner.clean(null, FLOODS_BODY + "\nNo comments:");
        assertEquals(FLOODS_BODY, c.text());
    }

    @Test
    void aUsersOwnCueFileIsApplied() {
        String stop = "# none\nthe a of";
        String verbs = "# none\nsaid is";
        String cues = "# mine\nadvert\tany\t6\tin partnership with .*";
        StoryCleaner mine = new StoryCleaner(CleaningLexicon.load(new StringReader(stop), new StringReader(verbs),
                new StringReader(cues)));
        StoryCleaner.Cleaned c = mine.clean(FLOODS_TITLE, FLOODS_LEAD + "\nIn partnership with Acme Boats\n" + FLOODS_2);
        assertEquals(List.of(new Removal("In partnership with Acme Boats", RemovalReason.ADVERT)), c.removed());
    }
}
