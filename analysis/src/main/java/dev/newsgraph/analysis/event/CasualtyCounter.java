package dev.newsgraph.analysis.event;

import dev.newsgraph.model.EventQuantity;
import dev.newsgraph.model.Quantity;
import dev.newsgraph.model.QuantityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what the amounts of a sentence count: people killed, injured, arrested or displaced
 * (by the verb the count is the subject or object of: "killed 19 people", "12 were arrested"),
 * and money.
 */
final class CasualtyCounter {
    private static final Map<String, String> VERB_KIND = Map.ofEntries(
            Map.entry("kill", "killed"), Map.entry("die", "killed"), Map.entry("dead", "killed"),
            Map.entry("murder", "killed"), Map.entry("massacre", "killed"),
            Map.entry("wound", "injured"), Map.entry("injure", "injured"), Map.entry("hurt", "injured"),
            Map.entry("arrest", "arrested"), Map.entry("detain", "arrested"), Map.entry("jail", "arrested"),
            Map.entry("displace", "displaced"), Map.entry("flee", "displaced"), Map.entry("evacuate", "displaced"),
            Map.entry("uproot", "displaced"));

    /** An amount of the sentence, what it counts, and the token it hangs on. */
    record Counted(EventQuantity quantity, int verb) {
    }

    List<Counted> read(ParseView v, List<Quantity> quantities) {
        List<Counted> out = new ArrayList<>();
        for (Quantity q : quantities) {
            if (q.kind() == QuantityKind.MONEY) {
                int k = v.sentence.tokenAt(q.start());
                out.add(new Counted(new EventQuantity("money", q.value(), q.unit(), q.text()), k));
                continue;
            }
            if (q.kind() != QuantityKind.COUNT) {
                continue;
            }
            int k = v.sentence.tokenAt(Math.max(q.start(), q.end() - 1));
            if (k < 0) {
                continue;
            }
            // from the number or its noun up to the verb it is subject or object of; a count inside
            // another ("19 people, including nine children") is a part of it, not a second toll
            int cur = k;
            for (int steps = 0; steps < 4 && cur >= 0; steps++) {
                if (cur != k && v.baseRel(cur).equals("nmod") && v.token(cur).isNoun()) {
                    break;
                }
                String kind = VERB_KIND.get(v.lemma(cur).toLowerCase(Locale.ROOT));
                if (kind != null && cur != k) {
                    out.add(new Counted(new EventQuantity(kind, q.value(), q.unit() == null ? "people" : q.unit(), q.text()), cur));
                    break;
                }
                // "19 dead", "two others were wounded": a predicate adjective or participle heading the count
                for (int c : v.children(cur)) {
                    String l = v.lemma(c);
                    if ((v.rel(c).equals("amod") || v.rel(c).equals("acl")) && VERB_KIND.containsKey(l)) {
                        out.add(new Counted(new EventQuantity(VERB_KIND.get(l), q.value(), q.unit() == null ? "people" : q.unit(), q.text()), c));
                        steps = 99;
                        break;
                    }
                }
                if (steps >= 99) {
                    break;
                }
                cur = v.head(cur);
            }
        }
        return out;
    }
}
