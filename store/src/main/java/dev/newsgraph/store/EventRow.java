package dev.newsgraph.store;

import dev.newsgraph.model.Geo;
import java.util.List;

/**
 * One real-world event, merged from every article that reports it (same PLOVER type, same
 * actors, same date), with all its reports.
 *
 * @param date     the TIMEX3 value read from the articles, or the publication day where none was read
 * @param day      the first day {@code date} covers, {@code yyyy-MM-dd}; null where unknown
 * @param location the place it happened, or null
 * @param place    where the place is (its point, country and GeoNames entry), as the first report that
 *                 located it gives it; null where no report did
 * @param reports  every article's report of it, first stored first
 */
public record EventRow(long id, String type, String mode, String date, String day, String precision,
                       List<ActorRef> sources, List<ActorRef> targets, ActorRef location, Geo place,
                       List<EventReport> reports) {
    public EventRow {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        reports = List.copyOf(reports);
    }

    /** An event whose place is not located. */
    public EventRow(long id, String type, String mode, String date, String day, String precision,
                    List<ActorRef> sources, List<ActorRef> targets, ActorRef location, List<EventReport> reports) {
        this(id, type, mode, date, day, precision, sources, targets, location, null, reports);
    }
}
