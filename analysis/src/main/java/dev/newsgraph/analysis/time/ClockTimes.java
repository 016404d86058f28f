package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.analysis.time.TimexGrammar.Kind;
import dev.newsgraph.analysis.time.TimexGrammar.Resolver;
import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Times of day on the clock: {@code 8 p.m.}, {@code 10:30 GMT}, {@code at 14:00},
 * {@code noon}, {@code midnight}. The day is the last day mentioned in the same sentence, else the
 * publication date; a clock time next to a day is merged with it by the anchoring stage. A bare
 * {@code 3:1} counts only after "at", "by", "until" or "from", since scores and ratios look alike.
 */
final class ClockTimes extends RuleFamily {
    ClockTimes(TimeLexicon lex) {
        super(lex);
        add("clock", DIGIT | CLOCK, "\\b(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s+(?<tz>[A-Z]{2,4}T|GMT|UTC))?"
                + "|\\b(?<h2>[01]?\\d|2[0-3]):(?<mi2>[0-5]\\d)(?:\\s+(?<tz2>GMT|UTC|[A-Z]{2,4}T|local\\s+time))?(?!\\d)"
                + "|\\b(?<nm>noon|midday|midnight)\\b", this::clock);
    }

    private Candidate clock(Matcher m, String text, int rule) {
        String time;
        if (g(m, "nm") != null) {
            time = lower(g(m, "nm")).equals("midnight") ? "24:00" : "12:00";
        } else {
            boolean withAp = g(m, "h") != null;
            int h = Integer.parseInt(withAp ? g(m, "h") : g(m, "h2"));
            String mi = withAp ? g(m, "mi") : g(m, "mi2");
            if (withAp) {
                String ap = lower(g(m, "ap"));
                if (h < 1 || h > 12) {
                    return null;
                }
                if (ap.startsWith("p") && h < 12) {
                    h += 12;
                } else if (ap.startsWith("a") && h == 12) {
                    h = 0;
                }
            } else if (g(m, "tz2") == null) {
                String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
                if (!before.equals("at") && !before.equals("by") && !before.equals("until") && !before.equals("from")) {
                    return null; // "3:1" scores and ratios
                }
            }
            time = String.format(Locale.ROOT, "%02d:%s", h, mi == null ? "00" : mi);
        }
        String t = time;
        Resolver r = c -> {
            LocalDate ref = c.reference();
            return (ref == null ? "XXXX-XX-XX" : TimexValues.day(ref)) + "T" + t;
        };
        return new Candidate(m.start(), m.end(), TimeType.TIME, r, Kind.CLOCK, rule, 0);
    }
}
