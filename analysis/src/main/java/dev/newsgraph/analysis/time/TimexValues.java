package dev.newsgraph.analysis.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * TIMEX3 value arithmetic: formats days, weeks, months, quarters and durations, and picks which
 * occurrence of a recurring period ("Friday", "February", "4 April") a clause means, given the
 * anchor date and the clause's tense. Static and side-effect free.
 */
final class TimexValues {
    private TimexValues() {
    }

    static String day(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(int year, int month) {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    static String month(LocalDate d) {
        return month(d.getYear(), d.getMonthValue());
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** The first day of quarter {@code q} (1-4) of {@code year}. */
    static LocalDate quarterStart(int year, int q) {
        return LocalDate.of(year, (q - 1) * 3 + 1, 1);
    }

    /**
     * Of the periods [start(i), end(i)] for i = -1, 0, 1 (the period one cycle before, the one of the
     * anchor's cycle, the one after), the index the tense points at: in the past, the latest that
     * began on or before the anchor; in the future, the earliest that has not ended before it;
     * otherwise the one holding the anchor, or the nearest, ties to the past.
     */
    static int pick(LocalDate anchor, Tense tense, LocalDate[] starts, LocalDate[] ends) {
        switch (tense) {
            case PRESENT:
                return pick(anchor, Tense.UNKNOWN, starts, ends);
            case PAST:
                for (int i = 2; i >= 0; i--) {
                    if (!starts[i].isAfter(anchor)) {
                        return i - 1;
                    }
                }
                return -1;
            case FUTURE:
                for (int i = 0; i < 3; i++) {
                    if (!ends[i].isBefore(anchor)) {
                        return i - 1;
                    }
                }
                return 1;
            default:
                int best = 0;
                long bestDist = Long.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    long dist;
                    if (starts[i].isAfter(anchor)) {
                        dist = starts[i].toEpochDay() - anchor.toEpochDay();
                    } else if (ends[i].isBefore(anchor)) {
                        dist = anchor.toEpochDay() - ends[i].toEpochDay();
                    } else {
                        dist = 0;
                    }
                    if (dist < bestDist) {
                        best = i;
                        bestDist = dist;
                    }
                }
                return best - 1;
        }
    }

    /** The date of weekday {@code dow} (1 = Monday) the tense points at, seen from {@code anchor}. */
    static LocalDate weekday(LocalDate anchor, int dow, Tense tense) {
        int back = Math.floorMod(anchor.getDayOfWeek().getValue() - dow, 7);
        int ahead = Math.floorMod(dow - anchor.getDayOfWeek().getValue(), 7);
        return switch (tense) {
            case PAST -> anchor.minusDays(back);
            case FUTURE, PRESENT -> anchor.plusDays(ahead);
            default -> back <= 4 ? anchor.minusDays(back) : anchor.plusDays(ahead);
        };
    }

    /**
     * The year of month {@code m} the tense points at. Where the tense is unknown, news looks back:
     * the last such month if it is at most seven months back, else the next one, which is then at most
     * four months ahead ("a payment in January", said in October, is the coming January). A present tense ("the
     * term expires in January") takes the nearest, the one under way if any. A past tense keeps a month eleven
     * months back ("his inauguration in January", said in December, is this year's January).
     */
    static int yearOfMonth(LocalDate anchor, int m, Tense tense) {
        if (tense == Tense.UNKNOWN) {
            int back = Math.floorMod(anchor.getMonthValue() - m, 12);
            return back <= 7 ? (m <= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1)
                    : (m > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1);
        }
        LocalDate[] s = new LocalDate[3];
        LocalDate[] e = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            s[i] = LocalDate.of(anchor.getYear() + i - 1, m, 1);
            e[i] = s[i].with(TemporalAdjusters.lastDayOfMonth());
        }
        return anchor.getYear() + pick(anchor, tense, s, e);
    }

    /**
     * The year of quarter {@code q} (1-4) the tense points at, seen from {@code anchor}. A quarter's results come
     * out in the two months after it ends, so a future tense ("will report third-quarter results", said in
     * November) still points at the quarter just ended.
     */
    static int yearOfQuarter(LocalDate anchor, int q, Tense tense) {
        LocalDate[] s = new LocalDate[3];
        LocalDate[] e = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            s[i] = quarterStart(anchor.getYear() + i - 1, q);
            e[i] = s[i].plusMonths(3).minusDays(1);
            if (tense == Tense.FUTURE) {
                e[i] = e[i].plusMonths(2);
            }
        }
        return anchor.getYear() + pick(anchor, tense, s, e);
    }

    /** The year of day {@code d} of month {@code m} the tense points at; null where no such day. */
    static Integer yearOfDay(LocalDate anchor, int m, int d, Tense tense) {
        LocalDate[] s = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            int y = anchor.getYear() + i - 1;
            if (d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
                if (m == 2 && d == 29) {
                    s[i] = LocalDate.of(y, 2, 28);
                    continue;
                }
                return null;
            }
            s[i] = LocalDate.of(y, m, d);
        }
        int i = pick(anchor, tense, s, s) + 1;
        // A day written without its year is seldom most of a year away: "set the hearing for Jan. 16"
        // in a December report is next month even in a past-tense clause, whatever the parse says.
        long days = s[i].toEpochDay() - anchor.toEpochDay();
        if (days < -210 && i < 2 && s[i + 1].toEpochDay() - anchor.toEpochDay() <= 62) {
            i++;
        } else if (days > 210 && i > 0 && anchor.toEpochDay() - s[i - 1].toEpochDay() <= 62) {
            i--;
        }
        return anchor.getYear() + i - 1;
    }

    /** The month a season starts in: spring March, summer June, autumn September, winter December. */
    static int seasonStartMonth(String code) {
        return switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    /**
     * The year of season {@code code} (SP, SU, FA, WI) meant from {@code a}: with a shift back
     * ("last summer") the latest one over before the anchor, forward ("next winter") the earliest
     * one not yet begun, else the one the tense points at. Winter carries the year it ends in.
     */
    static int seasonYear(LocalDate a, String code, Tense tense, int shift) {
        int sm = seasonStartMonth(code);
        LocalDate[] s = new LocalDate[3];
        LocalDate[] e = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            int y = a.getYear() + i - 1;
            s[i] = LocalDate.of(y, sm, 1);
            e[i] = s[i].plusMonths(3).minusDays(1);
            if (code.equals("WI")) {
                // winter 2025 runs from December 2024 to February 2025 in TIMEX3's reading
                s[i] = s[i].minusYears(1);
                e[i] = e[i].minusYears(1);
            }
        }
        if (shift < 0) {
            for (int i = 2; i >= 0; i--) {
                if (e[i].isBefore(a)) {
                    return a.getYear() + i - 1;
                }
            }
        } else if (shift > 0) {
            for (int i = 0; i < 3; i++) {
                if (s[i].isAfter(a)) {
                    return a.getYear() + i - 1;
                }
            }
        }
        return a.getYear() + pick(a, tense, s, e);
    }


    /**
     * Day {@code d} of month {@code m}, written without its year, as {@code YYYY} + {@code suffix}
     * (the day as "-MM-DD"): the year from {@link #yearOfDay}; {@code XXXX} without an anchor;
     * null where the year has no such day.
     */
    static String dayOfTensedYear(TimexGrammar.Context c, int m, int d, String suffix) {
        if (c.anchor() == null) {
            return "XXXX" + suffix;
        }
        Integer y = yearOfDay(c.anchor(), m, d, c.tense());
        return y == null ? null : year(y) + suffix;
    }

    static LocalDate weekendSaturday(LocalDate anchor, Tense tense, int shiftWeeks) {
        LocalDate sat = anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        if (anchor.getDayOfWeek() == DayOfWeek.SUNDAY) {
            sat = anchor.minusDays(1);
        }
        if (shiftWeeks == 0 && tense == Tense.PAST && sat.isAfter(anchor)) {
            sat = sat.minusWeeks(1);
        }
        return sat.plusWeeks(shiftWeeks);
    }

    /** A TIMEX3 duration: {@code n} (null for "some") units; fractions go to the next smaller unit. */
    static String duration(Double n, String unit) {
        String u = unit;
        double k = 1;
        switch (unit) {
            case "fortnight" -> {
                u = "week";
                k = 2;
            }
            case "decade" -> {
                u = "year";
                k = 10;
            }
            case "century" -> {
                u = "year";
                k = 100;
            }
            default -> {
            }
        }
        boolean time = u.equals("hour") || u.equals("minute") || u.equals("second");
        String letter = switch (u) {
            case "year" -> "Y";
            case "month", "minute" -> "M";
            case "quarter" -> "Q";
            case "week" -> "W";
            case "day" -> "D";
            case "hour" -> "H";
            default -> "S";
        };
        if (n == null) {
            if (unit.equals("decade")) {
                return "P" + "XDE";
            }
            if (unit.equals("century")) {
                return "P" + "XCE";
            }
            return (time ? "PT" : "P") + "X" + letter;
        }
        double v = n * k;
        if (v != Math.rint(v)) {
            switch (u) {
                case "year" -> {
                    return duration(v * 12, "month");
                }
                case "week" -> {
                    return duration(v * 7, "day");
                }
                case "quarter" -> {
                    return duration(v * 3, "month");
                }
                case "day" -> {
                    return duration(v * 24, "hour");
                }
                case "hour" -> {
                    return duration(v * 60, "minute");
                }
                case "minute" -> {
                    return duration(v * 60, "second");
                }
                default -> {
                }
            }
        }
        return (time ? "PT" : "P") + number(v) + letter;
    }

    /**
     * {@code whole} units and a {@code fraction} of one written as TIMEX3 writes a mixed length: the whole units,
     * then the fraction in the next smaller unit ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M, "2 1/2 days" P2DT12H).
     */
    static String compoundDuration(double whole, double fraction, String unit) {
        String w = duration(whole, unit);
        String f = duration(fraction, unit);
        if (whole == 0) {
            return f;
        }
        if (w.startsWith("PT")) {
            return f.startsWith("PT") ? w + f.substring(2) : duration(whole + fraction, unit);
        }
        return w + f.substring(1); // "P2Y" + "6M", "P2D" + "T12H"
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
