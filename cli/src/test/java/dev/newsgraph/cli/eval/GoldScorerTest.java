package dev.newsgraph.cli.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring rules on a small gold file and record written by hand, with the figures worked out by hand. */
class GoldScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    private static final String GOLD = """
            {'input': 'corpus/x.txt', 'published': '2025-04-11',
             'not_in_text': ['No comments:', 'As an Israeli hostage marks his 48th birthday'],
             'entities': [
               {'name': 'Steve Witkoff', 'type': 'PERSON', 'aliases': ['Witkoff']},
               {'name': 'Vladimir Putin', 'type': 'PERSON', 'aliases': ['Putin', 'the Russian leader']},
               {'name': 'Dmitry Peskov', 'type': 'PERSON', 'aliases': ['Peskov']},
               {'name': 'Bernie Woodall', 'type': 'PERSON', 'aliases': [], 'optional': true},
               {'name': 'Kremlin', 'type': 'ORGANIZATION', 'aliases': ['the Kremlin', 'Moscow'], 'country': 'RUS'},
               {'name': 'Russia', 'type': 'LOCATION', 'aliases': [], 'country': 'RUS'},
               {'name': 'Ukraine', 'type': 'LOCATION', 'aliases': [], 'country': 'UKR'},
               {'name': 'European nations', 'type': 'GROUP', 'aliases': [], 'optional': true}],
             'quotes': [
               {'text': 'Let`s see. It depends on what Witkoff has come with.', 'speaker': 'Dmitry Peskov'},
               {'text': 'no need to expect breakthroughs', 'speaker': 'Dmitry Peskov'},
               {'text': 'We have too many disagreements', 'speaker': 'Vladimir Putin'}],
             'events': [
               {'type': 'CONSULT', 'source': ['Steve Witkoff'], 'target': ['Vladimir Putin'], 'symmetric': true,
                'date': '2025-04-11', 'evidence': 'Witkoff met with Vladimir Putin in St Petersburg'},
               {'type': 'ACCUSE', 'alt_types': ['DISAPPROVE'], 'source': ['Ukraine'], 'target': ['Kremlin'],
                'evidence': 'Zelensky accused the Kremlin of prolonging the war'},
               {'type': 'ASSAULT', 'source': ['Russia'], 'target': [], 'target_optional': true, 'killed': 19,
                'evidence': 'a Russian missile attack killed 19 people'},
               {'type': 'AID', 'optional': true, 'source': ['European nations'], 'target': ['Ukraine'],
                'evidence': 'European nations agreed military aid'},
               {'type': 'REQUEST', 'source': ['Vladimir Putin'], 'target': ['Steve Witkoff'],
                'evidence': 'Putin asked Witkoff to carry a message'}],
             'times': [
               {'text': 'Friday', 'value': '2025-04-11'}, {'text': 'last week', 'value': '2025-W14'},
               {'text': 'two months', 'value': 'P2M'}, {'text': '2022', 'value': '2022'}],
             'quantities': [
               {'text': '€21bn', 'value': 21000000000, 'unit': 'EUR'},
               {'text': '$24bn', 'value': 24000000000, 'unit': 'USD'}]}
            """.replace('`', '\u2019');

    private static final String RECORD = """
            {'format': 'newsgraph/1',
             'article': {'text': 'As an Israeli hostage marks his 48th birthday, his wife waits. Witkoff met Putin.'},
             'entities': [
               {'id': 'E1', 'name': 'Steve Witkoff', 'type': 'PERSON'},
               {'id': 'E2', 'name': 'Russian leader', 'type': 'PERSON', 'aliases': ['Putin']},
               {'id': 'E3', 'name': 'Donald Trump', 'type': 'PERSON'},
               {'id': 'E4', 'name': 'Moscow', 'type': 'ORGANIZATION', 'country': 'RUS'},
               {'id': 'E5', 'name': 'BERNIE WOODALL', 'type': 'PERSON'},
               {'id': 'E6', 'name': 'Kyiv', 'type': 'LOCATION', 'country': 'UKR'}],
             'quotes': [
               {'id': 'Q1', 'text': 'It depends on what Witkoff has come with', 'speaker': 'E1'},
               {'id': 'Q2', 'text': 'We have too many disagreements', 'speaker': 'E2'},
               {'id': 'Q3', 'text': 'breakthroughs are not expected at all', 'speaker': null}],
             'events': [
               {'id': 'V1', 'type': 'CONSULT', 'source': ['E2'], 'target': ['E1'], 'date': {'value': '2025-04-11'},
                'evidence': {'text': 'Witkoff met Putin'}},
               {'id': 'V2', 'type': 'DISAPPROVE', 'source': ['E6'], 'target': ['E4']},
               {'id': 'V3', 'type': 'ASSAULT', 'source': ['E4'], 'target': [],
                'quantities': [{'kind': 'killed', 'value': 19.0}]},
               {'id': 'V4', 'type': 'REJECT', 'source': ['E3'], 'target': []}],
             'times': [
               {'text': 'on Friday', 'value': '2025-04-11TMO'}, {'text': 'last week', 'value': '2025-W15'},
               {'text': 'in 2022', 'value': '2022-02-24'}],
             'quantities': [
               {'text': '€21bn', 'value': 2.1E10, 'unit': 'EUR'}, {'text': '$24bn', 'value': 24000000000, 'unit': 'EUR'}]}
            """;

    @Test
    void aHandMadeRecordScoresAsWorkedOutByHand() throws Exception {
        ArticleScore s = new GoldScorer().score(json(GOLD), json(RECORD));
        // Witkoff, "Russian leader" (alias Putin) and the optional Woodall are right; Trump is not in the gold
        assertArrayEquals(new int[] {3, 4, 2, 3}, s.get("persons_counts"));
        // Moscow stands for the Kremlin; Russia and Ukraine are not named
        assertArrayEquals(new int[] {1, 3}, s.get("other_entities_recall"));
        // Q1 pairs with Peskov's quote (8 of 10 words) but names Witkoff; Q3 shares 1 word in 10 with its nearest
        assertArrayEquals(new int[] {2, 3}, s.get("quotes_found"));
        assertArrayEquals(new int[] {2, 3}, s.get("quotes_precision"));
        assertArrayEquals(new int[] {1, 3}, s.get("quote_attribution"));
        assertEquals(List.of(new ArticleScore.QuoteError("Let\u2019s see. It depends on what Witkoff ha", "Dmitry Peskov",
                "Steve Witkoff")), s.quoteErrors());
        // V1 fits swapped (symmetric), V2 by alt type and Kyiv's country, V3 by Moscow's country (Russia); V4 fits none
        assertArrayEquals(new int[] {3, 4, 3, 4}, s.get("events_counts"));
        assertArrayEquals(new int[] {1, 1}, s.get("event_dates"));
        assertArrayEquals(new int[] {1, 1}, s.get("event_casualties"));
        assertEquals(List.of("REQUEST: Putin asked Witkoff to carry a message"), s.eventsMissed());
        // "on Friday" holds "Friday" (TMO is within 3 characters); W15 is wrong; 2022-02-24 is 6 characters longer
        assertArrayEquals(new int[] {1, 4}, s.get("times"));
        assertArrayEquals(new int[] {1, 2}, s.get("money"));
        assertArrayEquals(new int[] {1, 2}, s.get("cleanup"));
    }

    /** A gold person's country is right when the record entity standing for them carries it; optional ones don't count. */
    @Test
    void personsCountryCountsRequiredGoldPersonsWithACountry() throws Exception {
        String gold = """
                {'entities': [
                  {'name': 'Steve Witkoff', 'type': 'PERSON', 'aliases': ['Witkoff'], 'country': 'USA'},
                  {'name': 'Vladimir Putin', 'type': 'PERSON', 'aliases': ['Putin'], 'country': 'RUS'},
                  {'name': 'Dmitry Peskov', 'type': 'PERSON', 'country': 'RUS'},
                  {'name': 'Ann Lee', 'type': 'PERSON'},
                  {'name': 'Bo Kim', 'type': 'PERSON', 'country': 'KOR', 'optional': true}]}""";
        String record = """
                {'entities': [
                  {'id': 'E1', 'name': 'Witkoff', 'type': 'PERSON', 'country': 'USA'},
                  {'id': 'E2', 'name': 'Vladimir Putin', 'type': 'PERSON', 'country': 'UKR'},
                  {'id': 'E3', 'name': 'Ann Lee', 'type': 'PERSON', 'country': 'GBR'},
                  {'id': 'E4', 'name': 'Bo Kim', 'type': 'PERSON', 'country': 'KOR'}]}""";
        ArticleScore s = new GoldScorer().score(json(gold), json(record));
        assertArrayEquals(new int[] {1, 3}, s.get("persons_country"), "Witkoff right, Putin wrong, Peskov missing");
    }

    @Test
    void theReportPrintsLinesAndTotalsLikeTheReferenceScorer() throws Exception {
        ArticleScore s = new GoldScorer().score(json(GOLD), json(RECORD));
        assertEquals("x: persons F1 0.71 | quotes found 2/3, speaker right 1/3 | events P 0.75 R 0.75 F1 0.75, "
                + "dates 1/1 | times 1/4 | money 1/2 | cleanup 1/2\n"
                + "   quote 'Let\u2019s see. It depends on what Witkoff ha': gold Dmitry Peskov, got Steve Witkoff\n"
                + "   missed REQUEST: Putin asked Witkoff to carry a message", ScoreReport.lines("x", s));
        ScoreReport r = new ScoreReport();
        r.add(s);
        r.add(new GoldScorer().score(json(GOLD), json("{}")));
        Map<String, Double> sum = r.summary();
        assertEquals(0.75, sum.get("persons_precision"));
        assertEquals(0.333, sum.get("persons_recall"));
        assertEquals(0.462, sum.get("persons_f1"));
        assertEquals(0.375, sum.get("events_recall"));
        assertEquals(0.167, sum.get("quote_attribution"));
        assertEquals(0.667, sum.get("quotes_precision"));
        assertEquals(0.75, sum.get("cleanup"), "an empty text holds no teaser");
        assertEquals(16, sum.size());
        assertNull(sum.get("persons_country"), "no gold person names a country");
        assertEquals("TOTAL persons_precision=0.75 persons_recall=0.333 persons_f1=0.462 events_precision=0.75 "
                + "events_recall=0.375 events_f1=0.5 quote_attribution=0.167 quotes_found=0.333 quotes_precision=0.667 "
                + "event_dates=1.0 event_casualties=1.0 times=0.125 money=0.25 cleanup=0.75 other_entities_recall=0.167 "
                + "persons_country=None",
                r.totalLine());
    }

    @Test
    void nothingToCountIsNoneNotZero() throws Exception {
        ScoreReport r = new ScoreReport();
        r.add(new GoldScorer().score(json("{'entities': [], 'quotes': []}"), json("{'quotes': [{'text': 'x'}]}")));
        assertNull(r.summary().get("quote_attribution"));
        assertEquals(0.0, r.summary().get("quotes_precision"));
        assertEquals(1.0, r.summary().get("persons_precision"));
        assertEquals(1.0, r.summary().get("persons_recall"));
    }

    @Test
    void namesFoldAsTheRulesSay() {
        assertEquals("kremlin", NameFolding.fold("The Kremlin's"));
        assertEquals("kremlin", NameFolding.fold("the Kremlin\u2019s"));
        assertEquals("zelensky", NameFolding.fold("Zélensky"));
        assertEquals("u s envoy", NameFolding.fold("U.S. envoy"));
        assertEquals("russian leader", NameFolding.fold("  the  Russian   leader. "));
        assertEquals("", NameFolding.fold(null));
        assertEquals(List.of("let", "see"), NameFolding.tokens("Let's see!"));
        assertEquals(0.8, GoldScorer.jaccard("Let's see. It depends on what Witkoff has come with.",
                "It depends on what Witkoff has come with"), 1e-12);
    }

    @Test
    void roundingIsPythons() {
        assertEquals("0.12", ScoreReport.fixed(0.125, 2));
        assertEquals("1.00", ScoreReport.fixed(1.0, 2));
        assertEquals(0.667, ScoreReport.round3(2 / 3.0));
        assertEquals("\"it's\"", ScoreReport.pyRepr("it's"));
        assertEquals("'say \"no\"'", ScoreReport.pyRepr("say \"no\""));
    }
}
