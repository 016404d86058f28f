package dev.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.TimeExpression;
import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tagger on sentences written for these tests, without CoreNLP (its own rough split; tense
 * from tense words). Anchor: Friday 11 April 2025 unless a test says otherwise.
 */
class TimeAnchorTest {
    static final LocalDate FRIDAY = TimexFixtures.FRIDAY;

    static List<TimeExpression> find(String text, LocalDate anchor) {
        return TimexFixtures.find(text, anchor);
    }

    static TimeExpression the(String text, String expr, LocalDate anchor) {
        return TimexFixtures.the(text, expr, anchor);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The minister resigned on Monday after a week of protests.            | Monday            | 2025-04-07
            The talks will resume on Monday, officials said.                     | Monday            | 2025-04-14
            The ceasefire talks are due to resume next Tuesday in Geneva.        | next Tuesday      | 2025-04-15
            Police said the bomb went off last Tuesday near the market.          | last Tuesday      | 2025-04-08
            The envoy arrived in Riyadh on Friday for talks.                     | Friday            | 2025-04-11
            The prisoners were freed on Thursday morning at the border.          | Thursday morning  | 2025-04-10TMO
            A blast shook the port on Sunday night, residents said.              | Sunday night      | 2025-04-06TNI
            The central bank cut rates last week.                                | last week         | 2025-W14
            Parliament debated the budget this week.                             | this week         | 2025-W15
            The summit is planned for next week.                                 | next week         | 2025-W16
            Exports fell sharply last month.                                     | last month        | 2025-03
            Elections are expected this year.                                    | this year         | 2025
            The company lost money last year.                                    | last year         | 2024
            The deal was signed in February.                                     | February          | 2025-02
            Aides said little work was done ahead of his June visit.             | June              | 2025-06
            His June visit was a success, aides said.                            | June              | 2024-06
            The deal was signed on 4 April in Minsk.                             | 4 April           | 2025-04-04
            The deal was signed on March 3 in Minsk.                             | March 3           | 2025-03-03
            The firm was founded in May 2016.                                    | May 2016          | 2016-05
            Fighting broke out in February 2022.                                 | February 2022     | 2022-02
            The war began in 2014.                                               | 2014              | 2014
            The party was formed in the 1990s.                                   | the 1990s         | 199
            The vote is set for Dec. 25, 2025.                                   | Dec. 25, 2025     | 2025-12-25
            The file is dated 2017-10-31.                                        | 2017-10-31        | 2017-10-31
            The letter was dated 31/10/2017.                                     | 31/10/2017        | 2017-10-31
            The minister spoke today in parliament.                              | today             | 2025-04-11
            The minister spoke yesterday in parliament.                          | yesterday         | 2025-04-10
            The vote takes place tomorrow.                                       | tomorrow          | 2025-04-12
            The speech is scheduled for tonight.                                 | tonight           | 2025-04-11TNI
            The blast was heard this morning across the city.                    | this morning      | 2025-04-11TMO
            The strike lasted two months.                                        | two months        | P2M
            The meeting lasted over four hours.                                  | four hours        | PT4H
            She was sentenced to 12 years in jail.                               | 12 years          | P12Y
            He is serving a 25-year sentence.                                    | 25-year           | P25Y
            He spent a year and a half in office.                                | a year and a half | P18M
            Prices have risen over the past year.                                | the past year     | P1Y
            Trade has doubled over the past two years.                           | the past two years | P2Y
            The charges go back more than a decade.                              | a decade          | P10Y
            He promised to end the war in 24 hours.                              | 24 hours          | PT24H
            The plant has been closed for three days.                            | three days        | P3D
            The railway was built two years ago.                                 | two years ago     | 2023
            The committee meets every week.                                      | every week        | P1W
            The newspaper appears every Monday.                                  | every Monday      | XXXX-WXX-1
            The market opens daily.                                              | daily             | P1D
            Inflation is now falling.                                            | now               | PRESENT_REF
            Prices have recently fallen.                                         | recently          | PAST_REF
            Profits rose in the first quarter of 2024.                           | the first quarter of 2024 | 2024-Q1
            Profits rose in the third quarter.                                   | the third quarter | 2024-Q3
            The offensive began last summer.                                     | last summer       | 2024-SU
            The offensive is expected this summer.                               | this summer       | 2025-SU
            Shops will close on Christmas Day.                                   | Christmas Day     | 2025-12-25
            Stores will open on Thanksgiving this year.                          | Thanksgiving      | 2025-11-27
            The mayor gave a Thanksgiving address to the troops.                 | Thanksgiving      | 2024-11-28
            Beaches reopen on Memorial Day.                                      | Memorial Day      | 2025-05-26
            Talks will go on over the next few days.                             | the next few days | PXD
            The polls close at 8 p.m. on Friday.                                 | 8 p.m. on Friday  | 2025-04-11T20:00
            Earlier this week, the two sides swapped prisoners.                  | Earlier this week | 2025-W15
            The protests spread in the 20th century.                             | the 20th century  | 19
            Voters go to the polls in mid-2026.                                  | mid-2026          | 2026
            Profit fell 12 percent from a year earlier.                          | a year earlier    | 2024-Q1
            The plant was sold a year earlier.                                   | a year earlier    | 2024
            The region boomed in the 1980s and '90s.                             | '90s              | 199
            The talks were postponed until the summer.                           | the summer        | 2025-SU
            He has lived there since May.                                        | May               | 2024-05
            """)
    void resolvesAgainstThePublicationDate(String sentence, String expr, String value) {
        assertEquals(value, the(sentence, expr, FRIDAY).value());
    }

    @Test
    void aDayWithoutItsYearIsSeldomMostOfAYearAway() {
        LocalDate december = LocalDate.of(2017, 12, 11);
        assertEquals("2018-01-16", the("The judge set the next hearing for Jan. 16.", "Jan. 16", december).value());
        assertEquals("2017-11-30", the("The judge held a hearing on Nov. 30.", "Nov. 30", december).value());
        assertEquals("2017-11", the("Employment in November grew faster than expected.", "November", december).value());
        assertEquals("2018-01", the("The Treasury can pay its bills until January.", "January", december).value());
    }

    @Test
    void typesFollowTimex3() {
        String text = "The siege lasted two months. It ended on Friday at noon. Convoys leave every day. "
                + "The treaty was signed in 2019.";
        List<TimeExpression> t = find(text, FRIDAY);
        assertEquals(TimeType.DURATION, the(text, "two months", FRIDAY).type());
        assertEquals(TimeType.TIME, t.stream().filter(x -> x.text().contains("noon")).findFirst().orElseThrow().type());
        assertEquals(TimeType.SET, the(text, "every day", FRIDAY).type());
        assertEquals(TimeType.DATE, the(text, "2019", FRIDAY).type());
    }

    @Test
    void withoutPublicationDateRelativeValuesStayRelative() {
        String text = "The envoy met Putin on Friday. Kyiv was hit last week. The talks began in February.";
        assertEquals("XXXX-WXX-5", the(text, "Friday", null).value());
        assertEquals("XXXX-WXX", the(text, "last week", null).value());
        assertEquals("XXXX-02", the(text, "February", null).value());
    }

    @Test
    void numbersThatAreNoTimesAreLeftAlone() {
        String text = "Police said 12 people were hurt. The 2000 soldiers withdrew. The index rose 1990 points. "
                + "It cost $2016. About 1,995 votes were cast. She may resign. The team won by 2010 votes.";
        List<TimeExpression> t = find(text, FRIDAY);
        assertTrue(t.isEmpty(), "found " + t);
    }

    @Test
    void aYearRangeGivesBothYears() {
        String text = "He led the country during his 1990-2000 term.";
        assertEquals(List.of("1990", "2000"), find(text, FRIDAY).stream().map(TimeExpression::value).toList());
    }

    @Test
    void quotedTodayTakesTheDayOfTheReportedSpeech() {
        LocalDate saturday = LocalDate.of(2017, 12, 23);
        String text = "The lawmaker told journalists on Friday that he expected resignations. \u201cHopefully today.\u201d";
        assertEquals("2017-12-22", the(text, "Friday", saturday).value());
        assertEquals("2017-12-22", the(text, "today", saturday).value());
        assertEquals("2017-12-23", the("The vote was held today.", "today", saturday).value());
    }

    @Test
    void anaphoricDaysFollowTheLastDayMentioned() {
        String text = "The rebels entered the city on 2 March. The next day they took the airport.";
        assertEquals("2025-03-03", the(text, "The next day", FRIDAY).value());
    }

    @Test
    void offsetsPointAtTheText() {
        String text = "Ukraine and Russia swapped prisoners on Thursday, two months after talks began.";
        for (TimeExpression t : find(text, FRIDAY)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(2, find(text, FRIDAY).size(), find(text, FRIDAY).stream().map(TimeExpression::text)
                .collect(Collectors.joining(", ")));
    }

    @Test
    void emptyAndOddTextGivesNothingAndNoError() {
        assertTrue(find("", FRIDAY).isEmpty());
        assertTrue(find("\u0000\u0001 ??? 12345678901234567890 / // ---", FRIDAY).isEmpty());
        assertTrue(find("a".repeat(10000), null).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void onASundayLastWeekIsTheWeekThatEndedTheDayBefore() {
        String text = "Trump visited Beijing last week.";
        assertEquals("2017-W45", the(text, "last week", LocalDate.of(2017, 11, 12)).value(), "a Sunday");
        assertEquals("2017-W45", the(text, "last week", LocalDate.of(2017, 11, 13)).value(), "the Monday after");
        assertEquals("2017-W44", the(text, "last week", LocalDate.of(2017, 11, 11)).value(), "the Saturday before");
    }

    @org.junit.jupiter.api.Test
    void daysEarlierCountFromTheDayLastNamedButDaysAgoFromPublication() {
        LocalDate anchor = LocalDate.of(2017, 11, 3);
        String text = "The report went to the council on Oct. 26. Two days earlier, the mandate lapsed.";
        assertEquals("2017-10-24", the(text, "Two days earlier", anchor).value(), "two days before Oct. 26");
        assertEquals("2017-11-01", the("Two days earlier, the mandate lapsed.", "Two days earlier", anchor).value(),
                "no day named before: from the publication date");
        String ago = "The report went to the council on Oct. 26. Two days ago, the mandate lapsed.";
        assertEquals("2017-11-01", the(ago, "Two days ago", anchor).value(), "\"ago\" counts from the report's day");
    }

    @org.junit.jupiter.api.Test
    void daysBeforeAnEventAreALengthButAClockTimeBeforeThemNamesTheDay() {
        LocalDate anchor = LocalDate.of(2017, 11, 3);
        assertEquals("P10D", the("A jogger saw the car ten days before the shooting.", "ten days", anchor).value());
        assertEquals("2017-10-24T06:00", the("A jogger saw the car at 6 a.m. ten days before the shooting.",
                "6 a.m. ten days before", anchor).value());
        assertEquals("2017-10-24", the("The report went to the council on Oct. 26. Two days before, the mandate lapsed.",
                "Two days before", anchor).value(), "at a clause's end: counted from the day last named");
    }

    @org.junit.jupiter.api.Test
    void aClockTimeToldInAnotherZoneBeforeItsDayIsOnThatDay() {
        LocalDate anchor = LocalDate.of(2017, 11, 4);
        String text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.";
        assertEquals("2017-11-03T10:35", the(text, "10:35 a.m.", anchor).value());
        assertEquals("2017-11-03", the(text, "Friday", anchor).value());
    }

    @org.junit.jupiter.api.Test
    void theWeekOfADayIsThatDaysWeek() {
        LocalDate anchor = LocalDate.of(2017, 11, 3);
        TimeExpression t = the("The case may be resolved in a hearing the week of Nov. 13, a lawyer said.",
                "the week of Nov. 13", anchor);
        assertEquals("2017-W46", t.value());
    }

    @org.junit.jupiter.api.Test
    void hoursLaterIsTheDayLastNamedAndNothingWithoutOne() {
        LocalDate anchor = LocalDate.of(2017, 11, 26);
        String text = "Its director resigned on Friday. Hours later, the president named a successor.";
        assertEquals("2017-11-24", the(text, "Hours later", anchor).value(), "the Friday named before");
        assertEquals("2017-11-24", the("Its director resigned on Friday. Two hours later, he left.", "Two hours later", anchor).value());
        assertTrue(find("Hours later, the president named a successor.", anchor).stream()
                .noneMatch(t -> t.text().contains("Hours")), "no day named before: no date");
    }

    @org.junit.jupiter.api.Test
    void aYearAgoBesideAQuarterIsThatQuarterAYearBefore() {
        String text = "Third-quarter net income rose to $5 million from $4 million a year earlier. "
                + "The company was founded a year ago.";
        LocalDate anchor = LocalDate.of(1989, 11, 2);
        assertEquals("1989-Q3", the(text, "Third-quarter", anchor).value());
        assertEquals("1988-Q3", the(text, "a year earlier", anchor).value());
        assertEquals("1988", TimexFixtures.find("The company was founded a year ago.", anchor).get(0).value(),
                "no quarter named: the year");
        assertEquals("1988-Q3", the("Net income rose to $5 million from $4 million a year earlier.", "a year earlier",
                anchor).value(), "results without a quarter named: the twin of the last quarter ended");
        assertEquals("1988-Q3", the("Sales fell, compared with a year-earlier net loss of $6 million.", "year-earlier",
                anchor).value());
        assertEquals("1989-Q3", the("The bank will report third-quarter results on Friday.", "third-quarter", anchor)
                .value(), "results of the quarter just ended are still to come");
    }
}
