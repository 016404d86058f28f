package dev.newsgraph.cli;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.model.TimeExpression;
import dev.newsgraph.model.Quantity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A readable summary of a record, for a person at a terminal. */
public final class TextSummary {
    private TextSummary() {
    }

    public static String of(StoryRecord r) {
        StringBuilder b = new StringBuilder();
        Map<String, Entity> byId = new HashMap<>();
        r.entities().forEach(e -> byId.put(e.id(), e));
        String title = r.article().title() == null ? "(untitled)" : r.article().title();
        b.append("== ").append(title).append('\n');
        b.append("   published ").append(r.article().published() == null ? "unknown" : r.article().published());
        if (r.article().source() != null) {
            b.append(" | ").append(r.article().source());
        }
        b.append(" | ").append(r.article().text().length()).append(" characters\n");
        if (!r.article().removed().isEmpty()) {
            b.append("\nRemoved from the text\n");
            r.article().removed().forEach(x -> b.append("  [").append(x.reason().code()).append("] ")
                    .append(clip(x.text(), 100)).append('\n'));
        }
        if (!r.entities().isEmpty()) {
            b.append("\nWho and where\n");
            for (Entity e : r.entities()) {
                b.append("  ").append(e.name()).append(" (").append(e.type().name().toLowerCase());
                if (e.country() != null) {
                    b.append(", ").append(e.country());
                }
                if (e.age() != null) {
                    b.append(", age ").append(e.age());
                }
                b.append(')');
                if (!e.roles().isEmpty()) {
                    b.append(" - ").append(String.join("; ", e.roles()));
                }
                List<String> aka = e.aliases();
                if (!aka.isEmpty()) {
                    b.append(" | also: ").append(String.join(", ", aka.subList(0, Math.min(6, aka.size()))));
                }
                b.append(" | ").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention\n" : " mentions\n");
            }
        }
        if (!r.events().isEmpty()) {
            b.append("\nWhat happened\n");
            for (Event v : r.events()) {
                b.append("  ").append(v.date() == null ? "(undated)  " : pad(v.date().value(), 11)).append(' ')
                        .append(names(v.source(), byId)).append(" -> ").append(v.type());
                if (v.mode() != null) {
                    b.append('/').append(v.mode());
                }
                if (!v.target().isEmpty()) {
                    b.append(" -> ").append(names(v.target(), byId));
                }
                if (v.location() != null && byId.containsKey(v.location())) {
                    b.append(" @ ").append(byId.get(v.location()).name());
                }
                if (v.modality() != null && !"asserted".equals(v.modality().code())) {
                    b.append(" [").append(v.modality().code()).append(']');
                }
                v.quantities().forEach(q -> b.append(" {").append(q.kind()).append(' ').append(q.text()).append('}'));
                b.append("\n      \"").append(clip(v.evidence().text(), 140)).append("\"\n");
            }
        }
        if (!r.speech().isEmpty()) {
            b.append("\nWho said what\n");
            for (Quote q : r.speech()) {
                Entity s = q.speaker() == null ? null : byId.get(q.speaker());
                b.append("  ").append(s == null ? "(unattributed)" : s.name());
                if (q.cue() != null) {
                    b.append(' ').append(q.cue());
                }
                b.append(": \"").append(clip(q.text(), 120)).append("\"\n");
            }
        }
        if (!r.times().isEmpty()) {
            b.append("\nWhen\n  ");
            int col = 2;
            for (TimeExpression t : r.times()) {
                String s = t.text() + " = " + t.value() + "; ";
                if (col + s.length() > 100) {
                    b.append("\n  ");
                    col = 2;
                }
                b.append(s);
                col += s.length();
            }
            b.append('\n');
        }
        if (!r.quantities().isEmpty()) {
            b.append("\nHow much, how many\n");
            for (Quantity q : r.quantities()) {
                b.append("  ").append(q.text()).append(" = ").append(fmt(q.value())).append(' ')
                        .append(q.unit() == null ? "" : q.unit()).append(" (").append(q.kind().code()).append(")\n");
            }
        }
        return b.toString();
    }

    private static String names(List<String> ids, Map<String, Entity> byId) {
        if (ids.isEmpty()) {
            return "?";
        }
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            if (b.length() > 0) {
                b.append(" + ");
            }
            Entity e = byId.get(id);
            b.append(e == null ? id : e.name());
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format("%,d", (long) v) : Double.toString(v);
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s : s + " ".repeat(n - s.length());
    }

    private static String clip(String s, int n) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= n ? one : one.substring(0, n - 1) + "\u2026";
    }
}
