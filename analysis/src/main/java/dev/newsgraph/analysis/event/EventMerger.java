package dev.newsgraph.analysis.event;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.EventQuantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One happening, once: drafts of one type whose actors agree (the same source and target, or one
 * side missing in one telling) and whose dates do not clash are merged, keeping the fullest
 * telling's evidence and every detail either one gives. Across sentences, two full tellings merge
 * only when they name one actor first on each side (the same entity, or a state and a body of its
 * own); else they are two acts of one occasion, and share its date.
 */
final class EventMerger {
    private final java.util.function.Function<String, String> key;
    private final java.util.function.Function<String, Entity> entityOf;

    /**
     * @param actorKey what makes two actor ids one actor for merging: a state's bodies and the
     *                 state itself ("Sudan's army", "the Sudanese army") share their country
     */
    EventMerger(java.util.function.Function<String, String> actorKey) {
        this(actorKey, id -> null);
    }

    /**
     * @param entityOf an actor id's entity (or null), which tells one state under two names ("Sudan", "the Sudanese
     *                 army"; "Sudan's army", "the Sudanese army") from a state's other people and places ("Pakistan",
     *                 "Pakistani officials", "Islamabad")
     */
    EventMerger(java.util.function.Function<String, String> actorKey, java.util.function.Function<String, Entity> entityOf) {
        this.key = actorKey;
        this.entityOf = entityOf;
    }

    List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft o : out) {
                if (sameHappening(o, d)) {
                    if (anotherOnTheSameOccasion(o, d)) {
                        // kept apart, but on one occasion: the undated one takes the other's date
                        if (o.date == null) {
                            o.date = d.date;
                        } else if (d.date == null) {
                            d.date = o.date;
                        }
                        continue;
                    }
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(d);
            } else {
                absorb(same, d);
            }
        }
        return out;
    }

    boolean sameHappening(Draft a, Draft b) {
        if (a.type != b.type || a.modality != b.modality && (isNegative(a) || isNegative(b))) {
            return false;
        }
        if ((a.modality == dev.newsgraph.model.Modality.PLANNED) != (b.modality == dev.newsgraph.model.Modality.PLANNED)) {
            return false; // what will happen ("will visit next week") is not what did ("met in April")
        }
        if (a.date != null && b.date != null && !a.date.value().equals(b.date.value())) {
            return false;
        }
        if (a.sentence != b.sentence && a.earlier != b.earlier) {
            return false; // "his earlier threats", "a previous meeting": an occasion told apart from the one at hand
        }
        if (a.symmetric || b.symmetric || FrameReader.SYMMETRIC.contains(a.type)) {
            Set<String> x = new HashSet<>(a.source);
            x.addAll(a.target);
            Set<String> y = new HashSet<>(b.source);
            y.addAll(b.target);
            if (x.equals(y)) {
                return true;
            }
        }
        boolean src = fits(a.source, b.source);
        boolean tgt = fits(a.target, b.target);
        boolean shared = overlaps(a.source, b.source) || overlaps(a.target, b.target);
        if (a.source.isEmpty() != b.source.isEmpty() && !sameIds(a.target, b.target)
                || a.target.isEmpty() != b.target.isEmpty() && !sameIds(a.source, b.source)) {
            return false; // one side missing in one telling: the other side must be the very same actor, not its state
        }
        return src && tgt && shared;
    }

    /**
     * Two tellings in different sentences that each name both sides, but not the same first doer and the same first
     * one done to ("X met the country's prime minister" ... "X also met its army chief"; "met the country's
     * leaders" ... "his visit to its capital"): other people, bodies or places of one state, each telling with the
     * evidence that names them, kept apart (merged, one sentence would stand as evidence for actors it does not name).
     */
    private boolean anotherOnTheSameOccasion(Draft a, Draft b) {
        if (a.sentence == b.sentence || a.source.isEmpty() || a.target.isEmpty() || b.source.isEmpty() || b.target.isEmpty()) {
            return false;
        }
        String as = a.source.iterator().next();
        String at = a.target.iterator().next();
        String bs = b.source.iterator().next();
        String bt = b.target.iterator().next();
        boolean symmetric = a.symmetric || b.symmetric || FrameReader.SYMMETRIC.contains(a.type);
        return !(sameActor(as, bs) && sameActor(at, bt) || symmetric && sameActor(as, bt) && sameActor(at, bs));
    }

    /**
     * One actor: the same id, or one state named as its country and as a body of its own ("Sudan", "the Sudanese
     * army"), or one body under two names ("the Sudanese army", "Sudan's army forces").
     */
    private boolean sameActor(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        Entity a = entityOf.apply(x);
        Entity b = entityOf.apply(y);
        if (a == null || b == null || !key.apply(x).equals(key.apply(y))) {
            return false;
        }
        return a.type() == b.type() && a.type() == EntityType.ORGANIZATION
                || country(a) && b.type() == EntityType.ORGANIZATION || country(b) && a.type() == EntityType.ORGANIZATION;
    }

    private static boolean country(Entity e) {
        return e.type() == EntityType.LOCATION && "COUNTRY".equals(e.subtype());
    }

    private static boolean isNegative(Draft d) {
        return switch (d.modality) {
            case NEGATED, DENIED, HYPOTHETICAL -> true;
            default -> false;
        };
    }

    private static boolean sameIds(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean fits(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || overlaps(a, b);
    }

    private boolean overlaps(Set<String> a, Set<String> b) {
        for (String s : a) {
            for (String t : b) {
                if (s.equals(t) || key.apply(s).equals(key.apply(t))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void absorb(Draft keep, Draft other) {
        if (other.detail() > keep.detail()) {
            keep.evidenceStart = other.evidenceStart;
            keep.evidenceEnd = other.evidenceEnd;
            keep.mode = other.mode == null ? keep.mode : other.mode;
        }
        // a joint act told either way round ("X met Y", "the Y-X talks") keeps the first telling's sides
        boolean turned = (keep.symmetric || other.symmetric || FrameReader.SYMMETRIC.contains(keep.type))
                && java.util.Collections.disjoint(other.source, keep.source)
                && !java.util.Collections.disjoint(other.source, keep.target);
        keep.source.addAll(turned ? other.target : other.source);
        keep.target.addAll(turned ? other.source : other.target);
        if (!keep.symmetric) {
            keep.target.removeAll(keep.source);
        }
        keep.context.addAll(other.context);
        keep.location = keep.location == null ? other.location : keep.location;
        keep.date = keep.date == null ? other.date : keep.date;
        keep.mode = keep.mode == null ? other.mode : keep.mode;
        keep.attributedTo = keep.attributedTo == null ? other.attributedTo : keep.attributedTo;
        for (EventQuantity q : other.quantities) {
            if (!keep.hasQuantity(q.kind())) {
                keep.quantities.add(q);
            }
        }
        keep.confidence = Math.max(keep.confidence, other.confidence);
        keep.symmetric |= other.symmetric;
    }
}
