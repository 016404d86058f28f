package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.model.TimeExpression;
import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sets the times layer: finds every time expression and gives it a TIMEX3 value anchored on the
 * publication date ("Friday" in a past-tense clause is the last Friday on or before it, in a future
 * one the next; "last week" is the ISO week before the anchor's; "two months" is {@code P2M}).
 * Without a publication date relative values stay relative ({@code XXXX-WXX-5}). A rule-based tagger
 * in the manner of HeidelTime, much faster than CoreNLP's SUTime. Uses the sentences layer for the
 * tense of each clause where it is there, and a rough split of its own where it is not. Immutable
 * and thread-safe.
 */
public final class TimeAnchor implements Stage {
    private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern DATED_VALUE = Pattern.compile("(\\d{4})(?![\\dX])");
    private static final Pattern WEEK_OF = Pattern.compile("(?i)\\bthe\\s+week\\s+of\\s+$");
    private static final Pattern CONVERTED_CLOCK_GAP = Pattern.compile("\\s*\\([^()]{1,25}\\)[\\s,]*(?:on\\s+)?");
    private static final Pattern CLOCK_GAP = Pattern.compile("[\\s,]*(?:on|of|at)?[\\s,]*");

    private final TimexGrammar grammar;

    public TimeAnchor(TimeLexicon lexicon) {
        this.grammar = new TimexGrammar(Objects.requireNonNull(lexicon));
    }

    /** The tagger with the shipped lexicon. */
    public static TimeAnchor create() {
        return new TimeAnchor(TimeLexicon.defaults());
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public void apply(Document doc) {
        List<Sentence> sentences = doc.has("sentences") ? doc.sentences() : null;
        doc.setTimes(find(doc.text(), doc.anchor(), sentences));
    }

    /**
     * The time expressions of {@code text}, in text order, with char offsets.
     *
     * @param anchor    the publication date, or null to leave relative expressions relative
     * @param sentences the text's sentences with tags and parse, or null to split it roughly here
     */
    public List<TimeExpression> find(String text, LocalDate anchor, List<Sentence> sentences) {
        List<Sentence> sents = sentences == null || sentences.isEmpty() ? PlainSentences.split(text) : sentences;
        List<TimexGrammar.Candidate> chosen = choose(grammar.find(text), sents);
        List<TimeExpression> out = new ArrayList<>();
        List<TimexGrammar.Candidate> kept = new ArrayList<>();
        LocalDate lastDay = null;
        int lastDaySentence = -1;
        Integer lastYear = null;
        for (TimexGrammar.Candidate c : chosen) {
            Sentence s = Sentence.at(sents, c.start());
            int si = s == null ? -1 : s.index();
            LocalDate base = anchor;
            LocalDate reference = lastDay;
            if (c.kind() == TimexGrammar.Kind.DEICTIC && anchor != null && lastDay != null && si - lastDaySentence <= 1
                    && !lastDay.isAfter(anchor) && lastDay.isAfter(anchor.minusDays(7)) && insideQuote(text, c.start())) {
                base = lastDay; // "Hopefully today," quoted after "told journalists on Friday": that Friday
            }
            if (c.kind() == TimexGrammar.Kind.CLOCK) {
                reference = lastDay != null && lastDaySentence == si ? lastDay : anchor;
            }
            Ctx ctx = new Ctx(text, base, s, c.start(), c.end(), reference, lastYear);
            String value = c.resolver().value(ctx);
            if (value == null) {
                continue;
            }
            java.util.regex.Matcher dated = DATED_VALUE.matcher(value);
            if (dated.lookingAt() && c.kind() != TimexGrammar.Kind.CLOCK) {
                lastYear = Integer.parseInt(dated.group(1));
            }
            if (DAY_VALUE.matcher(value).matches() && c.kind() != TimexGrammar.Kind.CLOCK) {
                try {
                    lastDay = LocalDate.parse(value.substring(0, 10));
                    lastDaySentence = si;
                } catch (DateTimeParseException e) {
                    // an impossible day such as 2017-02-30: keep the earlier reference
                }
            }
            int start = c.start();
            java.util.regex.Matcher weekOf = WEEK_OF.matcher(text.substring(Math.max(0, start - 20), start));
            if (c.kind() != TimexGrammar.Kind.CLOCK && value.length() == 10 && DAY_VALUE.matcher(value).matches()
                    && weekOf.find()) {
                // "a hearing the week of March 6": the week that day falls in
                try {
                    value = TimexValues.week(LocalDate.parse(value));
                    start -= weekOf.group().length();
                } catch (DateTimeParseException e) {
                    // an impossible day: the day as it was read
                }
            }
            out.add(new TimeExpression(text.substring(start, c.end()), c.type(), value, start, c.end()));
            kept.add(c);
        }
        return yearAgoOfTheQuarter(text, anchor, mergeClockTimes(text, out, kept), sents);
    }

    private static final java.util.regex.Pattern YEAR_AGO =
            java.util.regex.Pattern.compile("(?i)(?:a|one)\\s+year\\s+(?:ago|earlier|before)|year-(?:earlier|ago)");
    private static final java.util.regex.Pattern QUARTER_VALUE = java.util.regex.Pattern.compile("(\\d{4})-(Q[1-4]|H[12])");

    /**
     * "Third-quarter profit rose to $5 million from $4 million a year earlier": in results reported by quarter,
     * "a year ago" or "a year earlier" is the same quarter a year before (1988-Q3 beside 1989-Q3), the period
     * the figures compare, not the whole year. The quarter is the nearest one named before it, in its sentence
     * or the two before. Where none is named but the sentence reports results, a report comes out after the quarter
     * it covers: the comparison is with the twin of the last quarter ended before publication.
     */
    private static List<TimeExpression> yearAgoOfTheQuarter(String text, LocalDate anchor, List<TimeExpression> times,
            List<Sentence> sents) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            TimeExpression t = times.get(i);
            if (YEAR_AGO.matcher(t.text()).matches() && t.value() != null && t.value().matches("\\d{4}")) {
                Sentence here = Sentence.at(sents, t.start());
                int si = here == null ? -1 : here.index();
                boolean named = false;
                for (int j = i - 1; j >= 0 && !named; j--) {
                    TimeExpression q = times.get(j);
                    Sentence there = Sentence.at(sents, q.start());
                    if (si >= 0 && there != null && si - there.index() > 2) {
                        break;
                    }
                    java.util.regex.Matcher m = q.value() == null ? null : QUARTER_VALUE.matcher(q.value());
                    if (m != null && m.matches() && Integer.parseInt(m.group(1)) == Integer.parseInt(t.value()) + 1) {
                        t = new TimeExpression(t.text(), t.type(), t.value() + "-" + m.group(2), t.start(), t.end());
                        named = true;
                    }
                }
                if (!named && anchor != null && here != null && PartsOfYear.reportsResults(text, t.start(), t.end())) {
                    LocalDate ended = anchor.minusMonths(3);
                    t = new TimeExpression(t.text(), t.type(), TimexValues.year(ended.getYear() - 1) + "-Q"
                            + TimexValues.quarterOf(ended), t.start(), t.end());
                }
            }
            out.add(t);
        }
        return out;
    }

    /** Longest candidates first, then the earlier rule; none may overlap another or cross a sentence end. */
    private static List<TimexGrammar.Candidate> choose(List<TimexGrammar.Candidate> all, List<Sentence> sents) {
        List<TimexGrammar.Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((TimexGrammar.Candidate c) -> c.start() - c.end())
                .thenComparingInt(TimexGrammar.Candidate::rule).thenComparingInt(TimexGrammar.Candidate::start));
        BitSet used = new BitSet();
        List<TimexGrammar.Candidate> out = new ArrayList<>();
        for (TimexGrammar.Candidate c : sorted) {
            if (used.get(c.start(), c.end()).isEmpty()) {
                Sentence a = Sentence.at(sents, c.start());
                Sentence b = Sentence.at(sents, c.end() - 1);
                if (a != b) {
                    continue;
                }
                used.set(c.start(), c.end());
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(TimexGrammar.Candidate::start));
        return out;
    }

    /** "3 p.m. on Friday" and "Friday at 3 p.m." become one TIME expression. */
    private static List<TimeExpression> mergeClockTimes(String text, List<TimeExpression> times,
            List<TimexGrammar.Candidate> kinds) {
        List<TimeExpression> out = new ArrayList<>();
        boolean[] gone = new boolean[times.size()];
        for (int i = 0; i < times.size(); i++) {
            if (kinds.get(i).kind() != TimexGrammar.Kind.CLOCK) {
                continue;
            }
            TimeExpression clock = times.get(i);
            String hhmm = clock.value().substring(clock.value().indexOf('T') + 1);
            for (int j : new int[] {i + 1, i - 1}) {
                if (j < 0 || j >= times.size() || gone[j]) {
                    continue;
                }
                TimeExpression day = times.get(j);
                if (!DAY_VALUE.matcher(day.value()).matches() || day.value().length() != 10) {
                    continue;
                }
                int gs = Math.min(clock.end(), day.end());
                int ge = Math.max(clock.start(), day.start());
                if (ge >= gs && j == i + 1 && CONVERTED_CLOCK_GAP.matcher(text.substring(gs, ge)).matches()) {
                    // "at 10:35 a.m. (0735 GMT) Friday": the same time told in another zone between the clock and
                    // its day; both stay as written, the clock on that day
                    times.set(i, new TimeExpression(clock.text(), TimeType.TIME, day.value() + "T" + hhmm,
                            clock.start(), clock.end()));
                    break;
                }
                if (ge < gs || !CLOCK_GAP.matcher(text.substring(gs, ge)).matches()) {
                    continue;
                }
                int s = Math.min(clock.start(), day.start());
                int e = Math.max(clock.end(), day.end());
                times.set(i, new TimeExpression(text.substring(s, e), TimeType.TIME, day.value() + "T" + hhmm, s, e));
                gone[j] = true;
                break;
            }
        }
        for (int i = 0; i < times.size(); i++) {
            if (!gone[i]) {
                out.add(times.get(i));
            }
        }
        return out;
    }


    /** Whether {@code pos} lies inside quotation marks opened in its paragraph (looking 3000 chars back at most). */
    static boolean insideQuote(String text, int pos) {
        int p = Math.max(text.lastIndexOf('\n', pos - 1) + 1, pos - 3000);
        boolean open = false;
        for (int i = p; i < pos; i++) {
            char ch = text.charAt(i);
            if (ch == '\u201c') {
                open = true;
            } else if (ch == '\u201d') {
                open = false;
            } else if (ch == '"') {
                open = !open;
            }
        }
        return open;
    }

    private static final Pattern CLOCK_WORD = Pattern.compile("\\d{1,2}(?:[:.]\\d\\d)?|[ap]\\.?m\\.?|noon|midnight|[ecmp][sd]t|gmt|at");
    private static final java.util.Set<String> OWNERS = java.util.Set.of("his", "her", "its", "their", "our", "a", "an");

    /** "until the summer" and "effective June 1" look ahead and "since March" back, whatever the verb's tense; else null. */
    static Tense byPreposition(String text, int start) {
        int p = start;
        for (int k = 0; k < 3; k++) {
            String w = RuleFamily.wordBefore(text, p).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("until") || w.equals("till") || w.equals("effective")) {
                return Tense.FUTURE; // "effective Feb. 1": the day a change takes effect, announced ahead of it
            }
            if (w.equals("since")) {
                return Tense.PAST;
            }
            if (w.equals("upcoming") || w.equals("of") && RuleFamily.wordBefore(text,
                    text.lastIndexOf(RuleFamily.wordBefore(text, p), p - 1)).equalsIgnoreCase("ahead")) {
                return Tense.FUTURE; // "ahead of his November visit", "the upcoming May election"
            }
            if (CLOCK_WORD.matcher(w).matches()) {
                k--; // "until 9 a.m. EST Tuesday": the clock time between the word and the day is passed over
                if (start - p > 40) {
                    return null;
                }
            } else if (!w.equals("the") && !w.equals("early") && !w.equals("late") && !w.equals("mid")
                    && !OWNERS.contains(w)) {
                return null;
            }
            p = text.lastIndexOf(w.isEmpty() ? " " : RuleFamily.wordBefore(text, p), p - 1);
            if (p < 0) {
                return null;
            }
        }
        return null;
    }

    /** The context one candidate is resolved in; the tense is read only when a rule asks for it. */
    private static final class Ctx implements TimexGrammar.Context {
        private final String text;
        private final LocalDate anchor;
        private final Sentence sentence;
        private final int start;
        private final int end;
        private final LocalDate reference;
        private final Integer referenceYear;
        private Tense tense;

        Ctx(String text, LocalDate anchor, Sentence sentence, int start, int end, LocalDate reference, Integer referenceYear) {
            this.text = text;
            this.anchor = anchor;
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.reference = reference;
            this.referenceYear = referenceYear;
        }

        @Override
        public Integer referenceYear() {
            return referenceYear;
        }

        @Override
        public LocalDate anchor() {
            return anchor;
        }

        @Override
        public Tense tense() {
            if (tense == null) {
                tense = byPreposition(text, start);
                if (tense == null) {
                    tense = sentence == null ? Tense.UNKNOWN : TenseReader.at(sentence, start, end);
                }
            }
            return tense;
        }

        @Override
        public LocalDate reference() {
            return reference;
        }
    }
}
