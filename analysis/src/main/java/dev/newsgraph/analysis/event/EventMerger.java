package dev.newsgraph.analysis.event;

import dev.newsgraph.model.EventQuantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One happening, once: drafts of one type whose actors agree (the same source and target, or one
 * side missing in one telling) and whose dates do not clash are merged, keeping the fullest
 * telling's evidence and every detail either one gives.
 */
final class EventMerger {
    private final java.util.function.Function<String, String> key;

    /**
     * @param actorKey what makes two actor ids one actor for merging: a state's bodies and the
     *                 state itself ("Sudan's army", "the Sudanese army") share their country
     */
    EventMerger(java.util.function.Function<String, String> actorKey) {
        this.key = actorKey;
    }

    List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft o : out) {
                if (sameHappening(o, d)) {
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
        keep.source.addAll(other.source);
        keep.target.addAll(other.target);
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
