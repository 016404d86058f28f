package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.analysis.time.TimexGrammar.Kind;
import dev.newsgraph.analysis.time.TimexGrammar.Resolver;
import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * Days named relative to the publication date or to the last day mentioned: {@code today},
 * {@code tonight}, {@code yesterday morning}, {@code this morning}, {@code last night},
 * {@code the day before yesterday}, {@code the next day}, {@code the following week}, and day names
 * ({@code Friday}, {@code last Tuesday}, {@code Thursday morning}). Deictic days are flagged so that
 * the anchoring stage can date a quoted "today" by the day of the speech; a bare day name takes the
 * direction of its clause's tense.
 */
final class DayReferences extends RuleFamily {
    DayReferences(TimeLexicon lex) {
        super(lex);
        add("day word", DAYWORD, "\\b(?<dw>today|tonight|yesterday|tomorrow)(?:['\u2019]s)?(?:\\s+" + pod + ")?\\b", this::dayWord);
        add("this part of day", DAYWORD, "\\b(?<rel>this|last|late\\s+last|early\\s+this)\\s+" + pod + "\\b", this::thisPartOfDay);
        add("anaphoric day", UNIT | DAYWORD, "\\bthe\\s+(?<rel>next|following|previous|same|preceding)\\s+(?<p>day|morning|week|month|year)\\b|\\bthe\\s+day\\s+(?<rel2>before|after)\\b(?!\\s+(?:yesterday|tomorrow))",
                this::anaphoric);
        add("part of the day", DAYWORD, "\\b(?<edge>mid|early|late)[\\s-]?(?<pod>morning|afternoon|evening)"
                + "(?:\\s+(?<dw>yesterday|today|tomorrow))?\\b", this::partOfTheDay);
        add("that day", UNIT | DAYWORD, "\\b(?:(?:earlier|later)\\s+)?that\\s+(?:same\\s+)?(?<p>day|morning|afternoon|evening|night|year)\\b",
                this::thatDay);
        add("day before yesterday", DAYWORD, "\\bthe\\s+day\\s+(?<rel>before\\s+yesterday|after\\s+tomorrow)\\b", this::dayBeforeYesterday);
        add("weekday", WEEKDAY, "\\b(?:(?<rel>last|next|this(?:\\s+past|\\s+coming)?|early|late|coming|the\\s+(?:previous|preceding|following))\\s+)?" + wd + "(?:['\u2019]s)?(?:\\s+" + pod + ")?\\b", this::weekday);
    }

    private Candidate dayWord(Matcher m, String text, int rule) {
        String dw = lower(g(m, "dw"));
        String pod = g(m, "pod") == null ? (dw.equals("tonight") ? "NI" : null) : lex.partsOfDay.get(lower(g(m, "pod")));
        int shift = switch (dw) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        TimeType type = pod == null ? TimeType.DATE : TimeType.TIME;
        Resolver r = c -> {
            if (c.anchor() == null) {
                return shift == 0 && pod == null ? "PRESENT_REF" : "XXXX-XX-XX" + (pod == null ? "" : "T" + pod);
            }
            return TimexValues.day(c.anchor().plusDays(shift)) + (pod == null ? "" : "T" + pod);
        };
        return new Candidate(m.start(), m.end(), type, r, Kind.DEICTIC, rule, shift);
    }

    private Candidate thisPartOfDay(Matcher m, String text, int rule) {
        String rel = lower(g(m, "rel"));
        String pod = lex.partsOfDay.get(lower(g(m, "pod")));
        if (pod == null) {
            return null;
        }
        int shift = rel.endsWith("last") ? -1 : 0;
        if (shift < 0 && !pod.equals("NI") && !pod.equals("EV")) {
            return null; // "last morning" is no English
        }
        Resolver r = c -> (c.anchor() == null ? "XXXX-XX-XX" : TimexValues.day(c.anchor().plusDays(shift))) + "T" + pod;
        return new Candidate(m.start(), m.end(), TimeType.TIME, r, Kind.DEICTIC, rule, shift);
    }

    /**
     * "By mid-afternoon", "in London at mid-afternoon yesterday", "late morning": a part of the day named
     * alone falls on the day its sentence last named, else on the day of the report, as a clock time does.
     */
    private Candidate partOfTheDay(Matcher m, String text, int rule) {
        String pod = lex.partsOfDay.get(lower(g(m, "pod")));
        String dw = lower(g(m, "dw"));
        if (pod == null) {
            return null;
        }
        if (dw != null) {
            int shift = dw.equals("yesterday") ? -1 : dw.equals("tomorrow") ? 1 : 0;
            Resolver r = c -> (c.anchor() == null ? "XXXX-XX-XX" : TimexValues.day(c.anchor().plusDays(shift))) + "T" + pod;
            return new Candidate(m.start(), m.end(), TimeType.TIME, r, Kind.DEICTIC, rule, shift);
        }
        Resolver r = c -> (c.reference() == null ? "XXXX-XX-XX" : TimexValues.day(c.reference())) + "T" + pod;
        return new Candidate(m.start(), m.end(), TimeType.TIME, r, Kind.CLOCK, rule, 0);
    }

    /**
     * "Earlier that day", "that same morning", "later that year": the day, or the year, the text last named
     * ("returned to Cuba in June 1998 and was jailed later that year" is 1998); nothing where none was named.
     */
    private Candidate thatDay(Matcher m, String text, int rule) {
        String p = lower(g(m, "p"));
        if (p.equals("year")) {
            return cand(m, rule, TimeType.DATE, c -> c.referenceYear() == null ? null : TimexValues.year(c.referenceYear()));
        }
        String pod = p.equals("day") ? null : lex.partsOfDay.get(p);
        return cand(m, rule, pod == null ? TimeType.DATE : TimeType.TIME,
                c -> c.reference() == null ? null : TimexValues.day(c.reference()) + (pod == null ? "" : "T" + pod));
    }

    private Candidate anaphoric(Matcher m, String text, int rule) {
        String rel = lower(g(m, "rel") != null ? g(m, "rel") : g(m, "rel2"));
        String p = g(m, "p") == null ? "day" : lower(g(m, "p"));
        int shift = switch (rel) {
            case "next", "following", "after" -> 1;
            case "previous", "preceding", "before" -> -1;
            default -> 0;
        };
        if (!p.equals("day") && !p.equals("morning")) {
            if (!rel.equals("following") && !rel.equals("previous") && !rel.equals("same")) {
                return null; // "the next year" reads as a duration; left to the duration rules
            }
        }
        Resolver r = c -> {
            LocalDate ref = c.reference();
            if (ref == null) {
                return null;
            }
            return switch (p) {
                case "week" -> TimexValues.week(ref.plusWeeks(shift));
                case "month" -> TimexValues.month(ref.plusMonths(shift));
                case "year" -> TimexValues.year(ref.getYear() + shift);
                case "morning" -> TimexValues.day(ref.plusDays(shift)) + "TMO";
                default -> TimexValues.day(ref.plusDays(shift));
            };
        };
        return cand(m, rule, TimeType.DATE, r);
    }

    private Candidate dayBeforeYesterday(Matcher m, String text, int rule) {
        int shift = lower(g(m, "rel")).startsWith("before") ? -2 : 2;
        Resolver r = c -> c.anchor() == null ? "XXXX-XX-XX" : TimexValues.day(c.anchor().plusDays(shift));
        return new Candidate(m.start(), m.end(), TimeType.DATE, r, Kind.DEICTIC, rule, shift);
    }

    private Candidate weekday(Matcher m, String text, int rule) {
        if (!capitalised(m, "wd")) {
            return null;
        }
        String next = wordAfter(text, m.end("wd"));
        if (!next.isEmpty() && lex.notDay.contains(TimeLexicon.key(next))) {
            return null; // "the Sunday Times", "Sunday circulation"
        }
        int dow = lex.weekdays.get(TimeLexicon.key(g(m, "wd")));
        String rel = lower(g(m, "rel"));
        String pod = g(m, "pod") == null ? null : lex.partsOfDay.get(lower(g(m, "pod")));
        int start = m.start();
        if (rel != null && (rel.equals("early") || rel.equals("late"))) {
            rel = null;
            start = m.start("wd");
        }
        String r0 = rel == null ? null : rel.replaceAll("\\s+", " ");
        Resolver r = c -> {
            String suffix = pod == null ? "" : "T" + pod;
            if (c.anchor() == null) {
                return "XXXX-WXX-" + dow + suffix;
            }
            LocalDate a = c.anchor();
            LocalDate d;
            if (r0 == null) {
                d = TimexValues.weekday(a, dow, c.tense());
            } else if (r0.equals("last") || r0.equals("this past")) {
                d = TimexValues.weekday(a.minusDays(1), dow, Tense.PAST);
            } else if (r0.startsWith("the ")) {
                // "down 4.5% from the previous Friday": told from the day the text last named, as "the next day" is
                LocalDate ref = c.reference() != null ? c.reference() : a;
                d = r0.equals("the following") ? TimexValues.weekday(ref.plusDays(1), dow, Tense.FUTURE)
                        : TimexValues.weekday(ref.minusDays(1), dow, Tense.PAST);
            } else if (r0.equals("next") || r0.equals("this coming") || r0.equals("coming")) {
                d = TimexValues.weekday(a.plusDays(1), dow, Tense.FUTURE);
            } else {
                d = TimexValues.weekday(a, dow, c.tense() == Tense.PAST ? Tense.PAST : Tense.FUTURE);
            }
            return TimexValues.day(d) + suffix;
        };
        return new Candidate(start, m.end(), pod == null ? TimeType.DATE : TimeType.TIME, r, Kind.PLAIN, rule, 0);
    }
}
