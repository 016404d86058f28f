package dev.newsgraph.analysis.quote;

import static dev.newsgraph.analysis.Fixtures.analyze;
import static dev.newsgraph.analysis.Fixtures.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Quote;
import dev.newsgraph.model.QuoteKind;
import dev.newsgraph.model.StoryRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {

    @Test
    void speakersBeforeAndAfterTheQuote() {
        StoryRecord r = analyze("Harbour Minister Olga Svensson said: \"The port will reopen on Monday.\"\n"
                + "\"We expect delays,\" said union leader Peter Lund.\n"
                + "\"Nobody was hurt,\" Svensson told reporters.", "2024-05-02");
        assertEquals("Olga Svensson", speakerOf(r, "The port will reopen"));
        assertEquals("Peter Lund", speakerOf(r, "We expect delays"));
        assertEquals("Olga Svensson", speakerOf(r, "Nobody was hurt"));
    }

    @Test
    void aBareQuoteParagraphCarriesTheSpeakerOfTheQuoteBefore() {
        StoryRecord r = analyze("\"The floods took everything,\" farmer Ruth Adams said.\n"
                + "\"We have nothing left to sell this year.\"\n"
                + "The regional council met on Tuesday.", "2024-05-02");
        assertEquals("Ruth Adams", speakerOf(r, "We have nothing left"));
    }

    @Test
    void aPronounSpeakerIsResolvedAndTheChannelKept() {
        StoryRecord r = analyze("Senator Hugo Brandt criticised the budget. \"It is reckless,\" he wrote on X.",
                "2024-05-02");
        assertEquals("Hugo Brandt", speakerOf(r, "It is reckless"));
        Quote q = r.quotes().stream().filter(x -> x.text().startsWith("It is")).findFirst().orElseThrow();
        assertEquals("wrote on X", q.cue());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void aPersonNamedInsideTheQuoteIsNeverItsSpeaker() {
        StoryRecord r = analyze("Mayor Lisa Grant visited the site. \"We talked with Governor Frank Miles today,\" "
                + "she said.", "2024-05-02");
        assertEquals("Lisa Grant", speakerOf(r, "We talked with Governor"));
    }

    @Test
    void partialQuotesTakeTheSubjectOfTheGoverningVerb() {
        StoryRecord r = analyze("Trade envoy Karl Weber urged the Danish minister to \"act now\" on tariffs.",
                "2024-05-02");
        assertEquals("Karl Weber", speakerOf(r, "act now"));
        assertEquals(QuoteKind.PARTIAL, r.quotes().get(0).kind());
    }

    @Test
    void passiveAgentsAndCitedSourcesSpeak() {
        StoryRecord r = analyze("The talks were described by adviser Nina Horvat as \"constructive.\" "
                + "The Tanjug agency cited Interior Minister Milan Popov as saying the border was \"fully secure\".",
                "2024-05-02");
        assertEquals("Nina Horvat", speakerOf(r, "constructive"));
        assertEquals("Milan Popov", speakerOf(r, "fully secure"));
    }

    @Test
    void reportedSpeechIsKeptApartFromTheQuotes() {
        StoryRecord r = analyze("Fisheries Minister Ana Costa said the quotas would be cut by a fifth next year.",
                "2024-05-02");
        assertTrue(r.quotes().isEmpty(), "no words in quotation marks, no quote: " + r.quotes());
        Quote q = r.reportedSpeech().stream().filter(x -> x.kind() == QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertTrue(q.text().startsWith("the quotas would be cut"), q.text());
        assertEquals("Ana Costa", speakerOf(r, "the quotas"));
    }

    @Test
    void namesAndTermsInQuotationMarksAreNobodysWords() {
        StoryRecord r = analyze("Protesters carried signs reading \"Dump Trump\" and \"Made in China 2025\" near the "
                + "\"Meet the Press\" studio. Mayor Lisa Grant vowed to \"shred\" the deal and called it \"Unfair.\"",
                "2024-05-02");
        List<String> quoted = r.quotes().stream().map(Quote::text).toList();
        assertEquals(List.of("shred", "Unfair."), quoted);
        assertEquals("Lisa Grant", speakerOf(r, "shred"));
    }

    @Test
    void theOwnerOfANounOfSayingIsTheSpeaker() {
        StoryRecord r = analyze("One EU diplomat said it was \u201cfairly predictable\u201d given tensions, including "
                + "Senator Hugo Brandt\u2019s handling of the crisis and his threat to \u201ctotally destroy\u201d the "
                + "port.", "2024-05-02");
        assertEquals("Hugo Brandt", speakerOf(r, "totally destroy"));
    }

    @Test
    void anOutletReportingAPersonsWordsIsNotTheirSpeaker() {
        StoryRecord r = analyze("Kiev \u201chas information\u201d about the election, Foreign Minister Sergei Lavrov told "
                + "a news briefing, the RIA news agency reported.", "2024-05-02");
        assertEquals("Sergei Lavrov", speakerOf(r, "has information"));
    }

    @Test
    void aNameSomeoneCalledSomebodyIsTheirWords() {
        StoryRecord r = analyze("Senator Hugo Brandt called the new governor \"Little Napoleon\" at a rally.",
                "2024-05-02");
        assertEquals("Hugo Brandt", speakerOf(r, "Little Napoleon"));
    }

    @Test
    void aNamedTermIsToldFromQuotedWords() {
        assertTrue(QuoteMarks.isNamedTerm("America First"));
        assertTrue(QuoteMarks.isNamedTerm("Down with U.S. Imperialism"));
        assertTrue(QuoteMarks.isNamedTerm("INDO-PACIFIC"));
        assertTrue(QuoteMarks.isNamedTerm("Made in China 2025"));
        assertFalse(QuoteMarks.isNamedTerm("shred"));
        assertFalse(QuoteMarks.isNamedTerm("common ground"));
        assertFalse(QuoteMarks.isNamedTerm("Hopefully today."));
        assertFalse(QuoteMarks.isNamedTerm("Everything points to a pardon,"));
        assertFalse(QuoteMarks.isNamedTerm("We Will Not Back Down In Any Way From This Fight Now"));
        assertFalse(QuoteMarks.isNamedTerm("of the"));
    }

    @Test
    void aQuoteWithNoSpeakerInTheTextHasNone() {
        StoryRecord r = analyze("The word \"resilience\" appeared on every poster in the square.", "2024-05-02");
        assertEquals(1, r.quotes().size());
        assertEquals(null, r.quotes().get(0).speaker());
        assertNotEquals(QuoteKind.DIRECT, r.quotes().get(0).kind());
    }

    @Test
    void aParticipleAfterACommaIsTheClausesSpeakersEvenWhereTheParseHangsItOnANoun() {
        // the rules alone (no ranker): the parse hangs "arguing" on "death", the subject is the clause's
        var doc = dev.newsgraph.analysis.Fixtures.documentBefore("quotes", "Senator Maria Lopez spoke out Tuesday about "
                + "the death of Daniel Reyes in Tulsa, Oklahoma, arguing that the epidemic of police officers killing "
                + "unarmed black people should be recognized as \"intolerable.\"", "2024-05-02");
        new QuoteAttributor(SpeechVerbs.standard()).apply(doc);
        Quote q = doc.quotes().get(0);
        assertEquals("arguing", q.cue());
        assertEquals("Maria Lopez", doc.entity(q.speaker()).name());
    }

    @Test
    void aVerbOfReportingOverAReportedOneGivesTheQuoteToTheReporter() {
        StoryRecord r = analyze("Governor Frank Miles said on Friday that Mayor Lisa Grant once described the plan "
                + "as \"the gold standard\" of budgets.", "2024-05-02");
        assertEquals("Frank Miles", speakerOf(r, "the gold standard"));
    }

    @Test
    void lessCommonVerbsOfSayingAreCues() {
        StoryRecord r = analyze("Mayor Lisa Grant met the council on Monday. Governor Frank Miles stayed away.\n\n"
                + "\"That makes me smart,\" Miles boasted.", "2024-05-02");
        Quote q = r.quotes().stream().filter(x -> x.text().startsWith("That makes")).findFirst().orElseThrow();
        assertEquals("boasted", q.cue());
        assertEquals("Frank Miles", speakerOf(r, "That makes"));
    }

    @Test
    void verbsOfCriticismAreCuesOfTheWordsTheyQuote() {
        StoryRecord r = analyze("Senator Paul Hart spoke in Tulsa on Tuesday.\n\n"
                + "Governor Chris Dale, who has campaigned for Mayor Lisa Grant since May, blasted Hart as a "
                + "\"disgrace\" on Wednesday.", "2024-05-02");
        Quote q = r.quotes().stream().filter(x -> x.text().startsWith("disgrace")).findFirst().orElseThrow();
        assertEquals("blasted", q.cue());
        assertEquals("Chris Dale", speakerOf(r, "disgrace"));
    }

    @Test
    void verbsOfWonderingAndRepeatingAreCues() {
        StoryRecord r = analyze("Mayor Peter Lund closed the library on Friday.\n\n"
                + "On Sunday the crowd outside the town hall grew. Council member Ana Ruiz wondered, "
                + "\"Who will pay for this?\"", "2024-05-02");
        Quote q = r.quotes().stream().filter(x -> x.text().startsWith("Who will pay")).findFirst().orElseThrow();
        assertEquals("wondered", q.cue());
        assertEquals("Ana Ruiz", speakerOf(r, "Who will pay"));
    }

    @Test
    void aTextTheCueNamesSpeaksItself() {
        StoryRecord r = analyze("Representative Adam Kerr of California called on Monday for sanctions.\n\n"
                + "A report was published on Tuesday. \"Exports fell by a third,\" the report said. \"Imports rose,\" "
                + "the report said.", "2024-05-02");
        assertEquals("report", speakerOf(r, "Exports fell"));
        Quote first = r.quotes().stream().filter(x -> x.text().startsWith("Exports")).findFirst().orElseThrow();
        Quote second = r.quotes().stream().filter(x -> x.text().startsWith("Imports")).findFirst().orElseThrow();
        assertEquals(first.speaker(), second.speaker(), "one text, told twice, is one speaker");
        dev.newsgraph.model.Entity report = r.entities().stream().filter(e -> e.id().equals(first.speaker()))
                .findFirst().orElseThrow();
        assertEquals(List.of("the report", "the report"),
                report.mentions().stream().map(dev.newsgraph.model.Span::text).toList());
    }

    @Test
    void anIndefiniteDescriptionTheCueNamesIsSomeoneNew() {
        StoryRecord r = analyze("Governor Frank Miles spoke at a forum in Salem on Monday.\n\n"
                + "One questioner claimed that \"the schools are failing\" in the county.", "2024-05-02");
        assertEquals("questioner", speakerOf(r, "the schools are failing"));
    }

    @Test
    void theWriterSpeaksWhereTheCueSaysI() {
        StoryRecord r = analyze("Governor Frank Miles called me on Monday to ask about the case.\n\n"
                + "\"I am not shy,\" I said. \"I have never been shy.\"", "2024-05-02");
        assertEquals("writer", speakerOf(r, "I am not shy"));
    }

    @Test
    void aTextReadsTheWordsItHolds() {
        StoryRecord r = analyze("Senator Paul Hart asked his supporters for money on Monday.\n\n"
                + "\"Friend, let me be blunt,\" the email read. \"We need you now,\" read the letter that followed.",
                "2024-05-02");
        Quote q = r.quotes().stream().filter(x -> x.text().startsWith("Friend")).findFirst().orElseThrow();
        assertEquals("read", q.cue());
        assertEquals("email", speakerOf(r, "Friend"));
        assertEquals("letter", speakerOf(r, "We need you"));
    }

    @Test
    void aDescriptionANameStandsBesideIsThatPersons() {
        StoryRecord r = analyze("The vote failed on Thursday.\n\n"
                + "A hardline lawmaker loyal to the mayor, Hector Becerril, said the faction were \"traitors.\"",
                "2024-05-02");
        assertEquals("Hector Becerril", speakerOf(r, "traitors"));
    }
}
