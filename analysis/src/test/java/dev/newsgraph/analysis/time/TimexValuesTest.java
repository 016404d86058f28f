package dev.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The value arithmetic shared by the rule families, seen from Friday 11 April 2025. */
class TimexValuesTest {
    static final LocalDate FRIDAY = TimexFixtures.FRIDAY;

    @Test
    void formatsDaysWeeksMonthsAndYears() {
        assertEquals("2025-04-11", TimexValues.day(FRIDAY));
        assertEquals("2025-W15", TimexValues.week(FRIDAY));
        assertEquals("2025-W01", TimexValues.week(LocalDate.of(2024, 12, 30))); // the ISO week-based year
        assertEquals("2025-04", TimexValues.month(FRIDAY));
        assertEquals("0987", TimexValues.year(987));
        assertEquals(2, TimexValues.quarterOf(FRIDAY));
    }

    @Test
    void aWeekdayGoesTheWayOfTheTense() {
        assertEquals(LocalDate.of(2025, 4, 8), TimexValues.weekday(FRIDAY, 2, Tense.PAST));
        assertEquals(LocalDate.of(2025, 4, 15), TimexValues.weekday(FRIDAY, 2, Tense.FUTURE));
        assertEquals(LocalDate.of(2025, 4, 11), TimexValues.weekday(FRIDAY, 5, Tense.PAST));
        // without a tense: up to four days back, else ahead
        assertEquals(LocalDate.of(2025, 4, 8), TimexValues.weekday(FRIDAY, 2, Tense.UNKNOWN));
        assertEquals(LocalDate.of(2025, 4, 13), TimexValues.weekday(FRIDAY, 7, Tense.UNKNOWN));
    }

    @Test
    void aMonthWithoutTenseLooksBackUpToSevenMonths() {
        assertEquals(2025, TimexValues.yearOfMonth(FRIDAY, 2, Tense.UNKNOWN));
        assertEquals(2024, TimexValues.yearOfMonth(FRIDAY, 11, Tense.UNKNOWN));
        assertEquals(2024, TimexValues.yearOfMonth(FRIDAY, 9, Tense.UNKNOWN)); // seven months back
        assertEquals(2025, TimexValues.yearOfMonth(FRIDAY, 8, Tense.UNKNOWN)); // eight back, four ahead
        assertEquals(2025, TimexValues.yearOfMonth(FRIDAY, 6, Tense.FUTURE));
        assertEquals(2024, TimexValues.yearOfMonth(FRIDAY, 6, Tense.PAST));
    }

    @Test
    void aPastTenseKeepsAMonthElevenMonthsBack() {
        assertEquals(2024, TimexValues.yearOfMonth(FRIDAY, 5, Tense.PAST)); // "his inauguration in May", said in April
        assertEquals(2026, TimexValues.yearOfMonth(FRIDAY, 3, Tense.FUTURE)); // a future eleven months ahead stays
        assertEquals(2024, TimexValues.yearOfMonth(FRIDAY, 6, Tense.PAST));
    }

    @Test
    void aMonthInThePresentTenseIsTheNearest() {
        assertEquals(2025, TimexValues.yearOfMonth(FRIDAY, 7, Tense.PRESENT)); // "the term expires in July"
        assertEquals(2025, TimexValues.yearOfMonth(FRIDAY, 2, Tense.PRESENT));
    }

    @Test
    void aMixedLengthIsWholeUnitsThenTheFraction() {
        assertEquals("P2Y6M", TimexValues.compoundDuration(2, 0.5, "year"));
        assertEquals("PT5H30M", TimexValues.compoundDuration(5, 0.5, "hour"));
        assertEquals("P2DT12H", TimexValues.compoundDuration(2, 0.5, "day"));
        assertEquals("P6M", TimexValues.compoundDuration(0, 0.5, "year"));
    }

    @Test
    void aDayWithoutItsYearIsSeldomMostOfAYearAway() {
        LocalDate december = LocalDate.of(2017, 12, 11);
        assertEquals(2018, TimexValues.yearOfDay(december, 1, 16, Tense.PAST));
        assertEquals(2017, TimexValues.yearOfDay(december, 11, 30, Tense.FUTURE));
        assertNull(TimexValues.yearOfDay(FRIDAY, 4, 31, Tense.PAST));
    }

    @Test
    void quartersSeasonsAndWeekends() {
        assertEquals(2024, TimexValues.yearOfQuarter(FRIDAY, 4, Tense.PAST));
        assertEquals(2025, TimexValues.yearOfQuarter(FRIDAY, 1, Tense.FUTURE),
                "on 11 April the first quarter's results are still to come");
        assertEquals(2026, TimexValues.yearOfQuarter(LocalDate.of(2025, 7, 1), 1, Tense.FUTURE),
                "by July they are out: the next first quarter");
        assertEquals(LocalDate.of(2025, 1, 1), TimexValues.quarterStart(2025, 1));
        assertEquals(2024, TimexValues.seasonYear(FRIDAY, "SU", Tense.PAST, -1));
        assertEquals(2026, TimexValues.seasonYear(FRIDAY, "WI", Tense.FUTURE, 1)); // December 2025 to February 2026
        assertEquals(LocalDate.of(2025, 4, 5), TimexValues.weekendSaturday(FRIDAY, Tense.PAST, 0));
        assertEquals(LocalDate.of(2025, 4, 12), TimexValues.weekendSaturday(FRIDAY, Tense.FUTURE, 0));
    }

    @Test
    void durationsCarryFractionsToTheNextSmallerUnit() {
        assertEquals("P18M", TimexValues.duration(1.5, "year"));
        assertEquals("PT12H", TimexValues.duration(0.5, "day"));
        assertEquals("P4W", TimexValues.duration(2.0, "fortnight"));
        assertEquals("P20Y", TimexValues.duration(2.0, "decade"));
        assertEquals("PXDE", TimexValues.duration(null, "decade"));
        assertEquals("PTXH", TimexValues.duration(null, "hour"));
    }
}
