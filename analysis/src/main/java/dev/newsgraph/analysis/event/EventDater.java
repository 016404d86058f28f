package dev.newsgraph.analysis.event;

import dev.newsgraph.model.EventDate;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Precision;
import dev.newsgraph.model.TimeExpression;
import dev.newsgraph.model.TimeType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Dates an event by the time expression of its own clause ("met on Friday", "a 4 April attack").
 * A time on the verb that reports it ("said on Monday") dates only what is said then (demands,
 * accusations, denials). Never the publication date; null where the sentence gives no date.
 */
final class EventDater {
    /** Types that happen in the saying: the reporting verb's date is theirs. */
    private static final Set<EventType> SPOKEN = EnumSet.of(EventType.REQUEST, EventType.ACCUSE, EventType.REJECT,
            EventType.THREATEN, EventType.AGREE, EventType.SUPPORT);

    /**
     * @param times the times of this sentence
     * @param cue   the verb that frames the event ("said"), or -1
     */
    EventDate date(ParseView v, Draft d, List<TimeExpression> times, int cue) {
        List<Anchored> dated = anchored(v, times);
        for (Anchored a : dated) {
            // a time on the trigger itself first ("his conversations with Kislyak last year", though
            // the verb carrying them has its own: "fired in February after misleading Pence about ...")
            if (a.anchor() == d.trigger || d.nominal && trailsNoun(v, d.trigger, a, dated)
                    || d.nominal && a.anchor() >= 0 && a.anchor() == FrameReader.killing(v, d.trigger)) {
                // ... or on the killing the attack did ("a chemical attack that killed dozens in April")
                return a.date();
            }
        }
        EventDate fallback = null;
        EventDate carried = null;
        for (Anchored a : dated) {
            int anchor = a.anchor();
            EventDate date = a.date();
            if ((d.nominal && anchor == v.head(d.trigger)) || anchor == -2) {
                return date;
            }
            int governor = v.head(d.trigger);
            if (anchor >= 0 && governor >= 0 && v.rel(d.trigger).startsWith("xcomp") && (anchor == governor
                    || !v.token(anchor).isVerb() && v.head(anchor) == governor && v.rel(anchor).equals("obj"))) {
                // "proposed a bill on Tuesday to overhaul ...", "vowed on Monday to act": the event is the act its
                // infinitive completes, and is dated with it (a time hung on the verb's object is the verb's)
                if (fallback == null) {
                    fallback = date;
                }
                continue;
            }
            if (anchor == cue && cue >= 0) {
                if (SPOKEN.contains(d.type) && fallback == null) {
                    fallback = date;
                }
                if (d.nominal && v.verbAbove(d.trigger) == cue && carried == null) {
                    carried = date;
                }
            } else if (anchor >= 0 && v.dominates(d.trigger, anchor) && fallback == null
                    && (ownClause(v, d.trigger, anchor) || SPOKEN.contains(d.type) && passes(v, anchor, d.trigger, cue))) {
                fallback = date;
            } else if (anchor >= 0 && carried == null && d.nominal && v.verbAbove(d.trigger) >= 0
                    && v.dominates(v.verbAbove(d.trigger), anchor)) {
                carried = date; // "Earlier on Friday, European nations agreed ... aid": the verb carrying the event noun
            }
        }
        if (fallback == null && carried == null) {
            EventDate shared = conjunctsDay(v, d, dated);
            if (shared == null) {
                shared = sameOccasion(v, d, dated);
            }
            return shared != null ? shared : occasionClause(v, d, dated);
        }
        return fallback != null ? fallback : carried;
    }

    /**
     * Whether an event is told as the story's next step: its verb (for an event noun, the verb carrying it)
     * in the plain past, active or passive, not the perfect ("He made the remarks at a meeting", "was fired"),
     * or with "then" ("Trump will then fly to Beijing"); never inside what someone says.
     */
    static boolean narrative(ParseView v, Draft d) {
        int verb = d.nominal ? v.verbAbove(d.trigger) : d.trigger;
        if (verb < 0 || d.cue >= 0) {
            return false;
        }
        if (v.hasChildLemma(verb, "advmod", "then")) {
            return true;
        }
        if (v.hasChildLemma(verb, "aux", "have")) {
            return false;
        }
        String tag = v.token(verb).pos();
        if (tag.equals("VBD")) {
            return true;
        }
        int pass = v.child(verb, "aux:pass");
        return tag.equals("VBN") && pass >= 0 && v.token(pass).pos().equals("VBD");
    }

    /**
     * A story goes on at the time it last named: an event told as its next step ({@link #narrative}) in a
     * sentence with no time of its own, done by a party of an event dated to a day in the nearest earlier
     * sentence that has a time (at most two back), happened on that day ("The minister vowed on Monday that ...
     * He made the remarks at a meeting with ..."). A month or a year is too wide to carry; another party's day is not
     * this one's.
     */
    static void carryDay(List<Draft> drafts, Set<Integer> timed) {
        for (Draft d : drafts) {
            if (d.date != null || !d.narrative || timed.contains(d.sentence)) {
                continue;
            }
            int back = -1;
            for (int k = d.sentence - 1; k >= d.sentence - 2 && k >= 0; k--) {
                if (timed.contains(k)) {
                    back = k;
                    break;
                }
            }
            for (Draft e : drafts) {
                if (back >= 0 && e.sentence == back && e.date != null && e.date.precision() == Precision.DAY
                        && e.source.stream().anyMatch(d.source::contains)) {
                    d.date = e.date;
                    break;
                }
            }
        }
    }

    /** A time that dates (a day, month, year or time of day), what it hangs on in the parse, its head and first token. */
    private record Anchored(EventDate date, int anchor, int head, int first) {
    }

    /**
     * "dismissed in March after misleading the board about her talks with the envoy last year": a bare time
     * (no preposition) right after an event noun's phrase, on a verb that has a time of its own already, is the
     * noun's (the parser hangs every bare time on the verb; one act has no two dates).
     */
    private static boolean trailsNoun(ParseView v, int noun, Anchored a, List<Anchored> dated) {
        int verb = a.anchor();
        if (verb < 0 || a.first <= noun || !v.rel(a.head).endsWith(":tmod") || !v.dominates(verb, noun)) {
            return false;
        }
        int before = a.first - 1;
        if (before != noun && !v.dominates(noun, before)) {
            return false;
        }
        for (Anchored other : dated) {
            if (other != a && other.anchor() == verb && !other.date().value().equals(a.date().value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence's times that can date an event (DATE or TIME with a known precision), each with the
     * verb or event noun it hangs on ({@link #anchorOf}), in text order; read once for all the passes.
     */
    private static List<Anchored> anchored(ParseView v, List<TimeExpression> times) {
        List<Anchored> out = new ArrayList<>();
        for (TimeExpression t : times) {
            String value = dayOf(t.value());
            int k = headOf(v, t);
            if ((t.type() == TimeType.DATE || t.type() == TimeType.TIME) && Precision.ofValue(value) != Precision.UNKNOWN
                    && k >= 0) {
                out.add(new Anchored(new EventDate(t.text(), value, Precision.ofValue(value)), anchorOf(v, k), k,
                        v.sentence.tokenAt(t.start())));
            }
        }
        return out;
    }

    /**
     * "Russia attacked Kharkiv on Monday and shelled Kyiv", "an agent showed up on Sunday night, and the agent
     * chided him": a verb joined by "and" to a dated verb, with no time and no modal of its own, happened on
     * its day (a month or a year is too wide to carry).
     */
    private static EventDate conjunctsDay(ParseView v, Draft d, List<Anchored> dated) {
        int verb = d.nominal ? -1 : d.trigger;
        if (verb < 0 || !v.rel(verb).equals("conj") || v.child(verb, "aux") >= 0 && hasModal(v, verb)) {
            return null;
        }
        int first = v.head(verb);
        for (Anchored a : dated) {
            if (a.anchor() >= 0 && a.date().precision() == Precision.DAY && !v.dominates(verb, a.anchor())
                    && (a.anchor() == first || v.dominates(first, a.anchor()) && ownClause(v, first, a.anchor()))) {
                return a.date();
            }
        }
        return null;
    }

    private static boolean hasModal(ParseView v, int verb) {
        for (int c : v.childrenWith(verb, "aux")) {
            if (v.token(c).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** Marks of a clause told as happening on the main clause's occasion. */
    private static final Set<String> OCCASION = Set.of("when", "after", "as"); // "while" contrasts as often as it times

    /**
     * "The agency was plunged into confusion on Friday after Cordray resigned and elevated English": an act
     * with no time of its own, in a clause of when, after or as, happened on the main clause's day.
     */
    private static EventDate sameOccasion(ParseView v, Draft d, List<Anchored> dated) {
        int clause = d.nominal ? v.verbAbove(d.trigger) : d.trigger;
        for (int steps = 0; clause >= 0 && v.rel(clause).equals("conj") && steps < 3; steps++) {
            clause = v.head(clause); // "resigned and elevated": the conjunct shares its clause's mark
        }
        if (clause < 0 || !v.rel(clause).equals("advcl") || !v.hasChildLemma(clause, "mark", OCCASION.toArray(String[]::new))) {
            return null;
        }
        int main = v.head(clause);
        for (Anchored a : dated) {
            if (a.date().precision() == Precision.DAY && a.anchor() == main) {
                return a.date();
            }
        }
        return null;
    }

    /** Marks of a clause that tells when the main clause's act happened. */
    private static final Set<String> WHILE = Set.of("while", "when", "as");

    /**
     * "While the minister traveled to the region in May, he did not stop in Pakistan, but visited India": an
     * act in the past with no time of its own (its clause, or the clause it is joined to by "and"/"but") happened in
     * the time its clause of while, when or as names. Only a past act: "while" before a present or a future
     * contrasts rather than times ("While Trump presented no solution, his rhetoric could help").
     */
    private static EventDate occasionClause(ParseView v, Draft d, List<Anchored> dated) {
        int verb = d.nominal ? v.verbAbove(d.trigger) : d.trigger;
        if (verb < 0 || !v.token(verb).pos().equals("VBD")) {
            return null;
        }
        int clause = verb;
        for (int steps = 0; v.rel(clause).equals("conj") && steps < 3; steps++) {
            clause = v.head(clause);
        }
        for (int c : v.childrenWith(clause, "advcl")) {
            if (c < clause && v.hasChildLemma(c, "mark", WHILE.toArray(String[]::new))) {
                for (Anchored a : dated) {
                    if (a.anchor() >= 0 && (a.anchor() == c || v.dominates(c, a.anchor()) && ownClause(v, c, a.anchor()))) {
                        return a.date();
                    }
                }
            }
        }
        return null;
    }

    /** Nouns of a time that a clause of "when" may tell ("the first time when ...", "the day when ..."). */
    private static final Set<String> TIME_NOUNS = Set.of("time", "day", "moment", "night", "week", "year", "month");

    /** Relations that open another clause: a time inside one dates that clause, not the trigger. */
    private static final Set<String> CLAUSES = Set.of("acl:relcl", "parataxis", "conj");

    /**
     * Whether the anchor lies in the trigger's own clause: no relative, conjoined or loosely hung
     * clause between them (an adverbial or complement clause may tell the act's own time: "accused
     * X of prolonging the war during a visit on Friday") ("would strive for denuclearization but offered no hint it would
     * change tack on North Korea, with which it fought in the 1950-53 war": 1950 is the war's).
     */
    private static boolean ownClause(ParseView v, int trigger, int anchor) {
        int cur = anchor;
        for (int steps = 0; cur >= 0 && cur != trigger && steps < 12; steps++) {
            if (v.rel(cur).equals("acl:relcl") && v.head(cur) >= 0 && TIME_NOUNS.contains(v.lemma(v.head(cur)))
                    && v.hasChildLemma(cur, "advmod", "when")) {
                cur = v.head(cur); // "met him for the first time when he was in Paris last year": the clause tells the time
                continue;
            }
            if (CLAUSES.contains(v.rel(cur)) || v.rel(cur).equals("dep") && v.token(cur).isVerb()) {
                return false; // a verb hung loosely ("dep") is another clause too
            }
            if (v.rel(cur).equals("acl") && v.head(cur) != trigger) {
                return false; // "a term expiring July 15, 2019": a participle tells its own noun's time
            }
            cur = v.head(cur);
        }
        return true;
    }

    /** Whether the way up from {@code from} to {@code to} passes {@code via} (the saying, for what is said). */
    private static boolean passes(ParseView v, int from, int to, int via) {
        for (int cur = from, steps = 0; via >= 0 && cur >= 0 && cur != to && steps < 12; cur = v.head(cur), steps++) {
            if (cur == via) {
                return true;
            }
        }
        return false;
    }

    /** The token of a time expression its other words hang on ("year" of "last year"), or -1. */
    private static int headOf(ParseView v, TimeExpression t) {
        int k = v.sentence.tokenAt(t.start());
        for (int steps = 0; k >= 0 && steps < 8; steps++) {
            int h = v.head(k);
            if (h < 0 || v.token(h).start() < t.start() || v.token(h).start() >= t.end()) {
                break;
            }
            k = h;
        }
        return k;
    }

    /** The verb or event noun a time hangs on; -2 where it sits inside a noun phrase at the root. */
    private static int anchorOf(ParseView v, int k) {
        int cur = v.head(k);
        for (int steps = 0; cur >= 0 && steps < 10; steps++) {
            if (v.token(cur).isNoun() && !v.rel(k).equals("compound") && isEventLike(v, cur, k)
                    && v.caseOf(cur).equals("during") && v.head(cur) >= 0 && v.token(v.head(cur)).isVerb()) {
                return v.head(cur); // "During Trump's visit last week Xi reiterated": the time of the visit is the saying's
            }
            if (v.token(cur).isVerb() || (v.token(cur).isNoun() && !v.rel(k).equals("compound") && isEventLike(v, cur, k))) {
                return cur;
            }
            k = cur;
            cur = v.head(cur);
        }
        return -1;
    }

    /** A noun the time modifies directly ("a 4 April attack", "talks on Friday"). */
    private static boolean isEventLike(ParseView v, int noun, int child) {
        String r = v.rel(child);
        return r.equals("nmod:tmod") || r.equals("obl:tmod") || r.equals("nmod") || r.equals("compound") || r.equals("amod")
                || r.equals("nummod"); // "obl:tmod" on a noun: the parser's name for a bare time hung on it ("talks last year")
    }

    /** "2025-04-10TMO" dates the day 2025-04-10. */
    static String dayOf(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > 10 && value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return value.substring(0, 10);
        }
        return value;
    }
}
