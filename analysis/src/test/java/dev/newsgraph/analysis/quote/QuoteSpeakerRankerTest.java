package dev.newsgraph.analysis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.Fixtures;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Quote;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learned speaker ranker on short texts written for it, with the model that ships. */
class QuoteSpeakerRankerTest {

    /** The text through the pipeline up to the quotes, which the ranker then attributes with the shipped model. */
    private static Document ranked(String text) {
        Document doc = new Document(new Article("test", null, null, null, "2024-05-02", "en", text, List.of()),
                LocalDate.of(2024, 5, 2));
        for (Stage s : Fixtures.analyzer().stages()) {
            if (s.name().equals("quotes")) {
                break;
            }
            s.apply(doc);
        }
        new QuoteAttributor(SpeechVerbs.standard(), SpeakerModel.standard(), null).apply(doc);
        return doc;
    }

    private static String speaker(Document doc, String quoteStart) {
        Quote q = doc.quotes().stream().filter(x -> x.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + quoteStart));
        if (q.speaker() == null) {
            return null;
        }
        Entity e = doc.entity(q.speaker());
        return e.name();
    }

    @Test
    void theShippedModelLoadsAndNamesItself() {
        SpeakerModel m = SpeakerModel.standard();
        assertTrue(m.size() > 10, "weights: " + m.size());
        assertTrue(m.name().matches("speaker-model\\.txt sha256:[0-9a-f]{12}"), m.name());
        assertEquals(m.name(), new QuoteAttributor(SpeechVerbs.standard(), m, null, false).settings()
                .get("quotes.speaker-model"));
        assertEquals(m.name() + " (certain rules kept)", new QuoteAttributor(SpeechVerbs.standard(), m, null, true)
                .settings().get("quotes.speaker-model"));
        assertEquals("rules", new QuoteAttributor(SpeechVerbs.standard()).settings().get("quotes.speaker-model"));
    }

    @Test
    void aModelScoresBiasPlusWeightedFeaturesAndTheBestCandidateWins() {
        SpeakerModel m = SpeakerModel.parse("# a model for the test\nbias\t0.5\nrule\t2\ninside\t-3\n"
                .getBytes(StandardCharsets.UTF_8), "t.txt");
        assertEquals(2.5, m.score(Map.of("rule", 1.0)), 1e-9);
        assertEquals(-2.5, m.score(Map.of("inside", 1.0, "unknown", 7.0)), 1e-9);
        var a = new SpeakerCandidates.Candidate("E1", Map.of("inside", 1.0));
        var b = new SpeakerCandidates.Candidate("E2", Map.of("rule", 1.0));
        assertEquals("E2", m.best(List.of(a, b)).entity());
        assertNull(m.best(List.of()));
        assertTrue(m.name().startsWith("t.txt sha256:"));
    }

    @Test
    void anExplicitSpeakerInTheQuotesSentenceSpeaks() {
        Document d = ranked("Harbour Minister Olga Svensson said: \"The port will reopen on Monday.\"\n"
                + "\"We expect delays,\" said union leader Peter Lund.");
        assertEquals("Olga Svensson", speaker(d, "The port will reopen"));
        assertEquals("Peter Lund", speaker(d, "We expect delays"));
    }

    @Test
    void aQuoteAfterAParagraphBreakIsTheSpeakerIntroducedBeforeIt() {
        Document d = ranked("Fire chief Martin Keller said the blaze started in a warehouse on Friday night.\n\n"
                + "\"It spread to three buildings before we could contain it.\"\n\n"
                + "The cause is still under investigation.");
        assertEquals("Martin Keller", speaker(d, "It spread to three"));
    }

    @Test
    void accordingToNamesTheSpeaker() {
        Document d = ranked("The factory will close. \"Production ends in March,\" according to company "
                + "spokeswoman Maria Lopez.");
        assertEquals("Maria Lopez", speaker(d, "Production ends"));
    }

    @Test
    void theSubjectOfTheClauseACueParticipleEndsSpeaksThoughAnotherNameStandsNearer() {
        Document d = ranked("Governor Ana Ruiz spoke on Friday about the arrest of Daniel Moss in Tulsa, Oklahoma, "
                + "arguing that \"the system failed him and it failed all of us.\"");
        assertEquals("Ana Ruiz", speaker(d, "the system failed"));
    }

    @Test
    void aSpeakerNamedAfterItsVerbSpeaksThoughTheParseTookTheQuoteForTheSubject() {
        Document d = ranked("Governor Maria Lopez leads the race in the state.\n\n"
                + "\"Many would call that a defeat for Maria Lopez\" if she won by less than that, said Daniel Moss, "
                + "an analyst at the Civic Polling Institute.");
        assertEquals("Daniel Moss", speaker(d, "Many would call"));
    }

    @Test
    void aRelativePronounThatSpeaksIsTheNameBeforeIt() {
        Document d = ranked("On Thursday, Governor Ana Ruiz won an endorsement from Senator Mike Lane, who declared "
                + "in the spin room, \"I am sending the signal that it is time to unite.\" Ruiz was also endorsed "
                + "by a former rival.");
        assertEquals("Mike Lane", speaker(d, "I am sending"));
    }

    @Test
    void aPronounSpeakerIsItsEntity() {
        Document d = ranked("Senator Hugo Brandt criticised the budget on Tuesday. \"It is reckless,\" he said.");
        assertEquals("Hugo Brandt", speaker(d, "It is reckless"));
    }

    @Test
    void aPersonNamedOnlyInsideTheQuoteIsNotItsSpeaker() {
        Document d = ranked("Mayor Lisa Grant visited the flooded district on Monday.\n"
                + "\"We talked with Governor Frank Miles about the damage,\" she said.");
        assertEquals("Lisa Grant", speaker(d, "We talked with Governor"));
        Document alone = ranked("The statement was posted on Monday. \"We owe everything to Frank Miles.\"");
        assertNotEquals("Frank Miles", speaker(alone, "We owe everything"));
    }

    @Test
    void theCandidatesOfAQuoteLeaveOutWhatIsOnlyInsideIt() {
        Document doc = new Document(new Article("test", null, null, null, "2024-05-02", "en",
                "Mayor Lisa Grant spoke. \"Governor Frank Miles helped us,\" she said.", List.of()),
                LocalDate.of(2024, 5, 2));
        for (Stage s : Fixtures.analyzer().stages()) {
            if (s.name().equals("quotes")) {
                break;
            }
            s.apply(doc);
        }
        List<QuoteAttributor.Ranked> seen = new java.util.ArrayList<>();
        new QuoteAttributor(SpeechVerbs.standard(), null, seen::add).apply(doc);
        assertEquals(1, seen.size());
        List<String> names = seen.get(0).candidates().stream().map(c -> doc.entity(c.entity()).name()).toList();
        assertTrue(names.contains("Lisa Grant"), names.toString());
        assertTrue(!names.contains("Frank Miles"), names.toString());
        var lisa = seen.get(0).candidates().stream()
                .filter(c -> doc.entity(c.entity()).name().equals("Lisa Grant")).findFirst().orElseThrow();
        assertNotNull(lisa.features().get("same"));
    }
}
