package dev.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.TimeExpression;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole reports written for this test, in the manner of wire copy, with and without a publication
 * date: every offset points at its text, expressions come in text order without overlapping, and
 * every value is well-formed TIMEX3.
 */
class TimeExpressionsWellFormedTest {
    static final Pattern TIMEX3 = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2}(?:T(?:\\d{2}:\\d{2}|MO|AF|EV|NI))?)?"
            + "|-W\\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?|\\d{2,3}|XXXX[-\\w:]*|P(?:T?[\\dX.]+[YMWDHSQ]|[\\dX]+(?:DE|CE))"
            + "|PRESENT_REF|PAST_REF|FUTURE_REF");

    static final String MARKETS = """
            TOKYO, April 11 (Reuters) - Japanese shares fell on Friday, tracking Wall Street lower, as investors \
            braced for the central bank's meeting next week. The Nikkei index ended down 1.2 percent at 33,585 \
            after rising 3% on Thursday. It has lost about 9% so far this year and 14% over the past three months.
            "Markets will stay nervous until the tariffs are settled," said a strategist at a Tokyo brokerage, \
            who expects the index to recover in the second half of 2025. Trading volume was 2.1 billion shares \
            at 3 p.m. local time, below the daily average of the past month.
            """;
    static final String CONFLICT = """
            KYIV (Reuters) - Russian drones struck the port of Odesa overnight, killing two people, officials said \
            on Saturday, a day after Moscow said it was ready for talks. The attack began shortly after 2:30 a.m. \
            and lasted about four hours. Ukraine has been hit every night since early March.
            Peace talks held in Istanbul in 2022 collapsed within weeks. Envoys met again last Tuesday and will \
            meet in the third week of May, the foreign ministry said. Grain exports, which resumed in the summer \
            of 2023, rose 12 percent in the first quarter, to 10 million tonnes, twice a year's normal pace.
            """;
    static final String BUSINESS = """
            NEW YORK, Dec. 30 - The retailer said on Monday it would close 150 stores by the end of fiscal 2025 \
            and cut 2,000 jobs, its third round of cuts in 18 months. Shares, which have fallen by half since \
            2021, rose 4% in early trading. The company, founded in the 1950s, will report fourth-quarter results \
            on Feb. 27. It pays a dividend quarterly and holds an investor day every September.
            """;

    static List<Object[]> reports() {
        LocalDate[] anchors = {null, LocalDate.of(2025, 4, 11), LocalDate.of(2024, 12, 30)};
        return Arrays.stream(new String[] {MARKETS, CONFLICT, BUSINESS})
                .flatMap(t -> Arrays.stream(anchors).map(a -> new Object[] {t, a})).toList();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void offsetsOrderAndValuesHold(String text, LocalDate anchor) {
        List<TimeExpression> times = TimexFixtures.find(text, anchor);
        assertFalse(times.isEmpty());
        int end = 0;
        for (TimeExpression t : times) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
            assertTrue(t.start() >= end, "overlaps or out of order: " + t + " in " + times);
            assertTrue(TIMEX3.matcher(t.value()).matches(), "bad value " + t);
            end = t.end();
        }
    }
}
