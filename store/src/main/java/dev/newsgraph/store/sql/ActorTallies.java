package dev.newsgraph.store.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the per-actor tallies that make {@code timeline --actor}, {@code network --actor} and
 * {@code entities --from/--to} cheap at any corpus size: events and reports per actor, day and
 * type; merged events per source, target and type, and per source and target; entities and
 * mentions per actor and publication day; events and reports per day and type (the whole
 * timeline). Updated with each record, in the writer's
 * transaction, to the same counts the queries would get by aggregating the events and entities.
 */
final class ActorTallies {
    private final Statements sql;

    ActorTallies(Statements sql) {
        this.sql = sql;
    }

    /** The actors linked to an event in any role. */
    Set<Long> actorsOf(long event) throws SQLException {
        return new LinkedHashSet<>(sql.column("SELECT actor FROM event_actors WHERE event = ?", ResultSet::getLong, event));
    }

    /**
     * Counts a new report of an event.
     *
     * @param before  the event's actors before this report linked its own
     * @param reports the event's reports, this one included
     * @param created whether this report created the event
     */
    void count(long event, String type, String day, Set<Long> before, long reports, boolean created,
               List<Long> sources, List<Long> targets) throws SQLException {
        if (day != null) {
            sql.bind("INSERT INTO day_types(day, type, events, reports) VALUES (?, ?, ?, 1)"
                    + " ON CONFLICT(day, type) DO UPDATE SET events = day_types.events + excluded.events,"
                    + " reports = day_types.reports + 1", day, type, created ? 1 : 0).executeUpdate();
            for (long actor : actorsOf(event)) {
                boolean known = before.contains(actor);
                sql.bind("INSERT INTO actor_timeline(actor, day, type, events, reports) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT(actor, day, type) DO UPDATE SET events = actor_timeline.events + excluded.events,"
                        + " reports = actor_timeline.reports + excluded.reports",
                        actor, day, type, known ? 0 : 1, known ? 1 : reports).executeUpdate();
            }
        }
        if (created) {
            for (long s : sources) {
                for (long t : targets) {
                    sql.bind("INSERT INTO actor_edges(source, target, type, events) VALUES (?, ?, ?, 1)"
                            + " ON CONFLICT(source, target, type) DO UPDATE SET events = actor_edges.events + 1",
                            s, t, type).executeUpdate();
                    sql.bind("INSERT INTO actor_pairs(source, target, events) VALUES (?, ?, 1)"
                            + " ON CONFLICT(source, target) DO UPDATE SET events = actor_pairs.events + 1", s, t)
                            .executeUpdate();
                }
            }
        }
    }

    /** Counts an entity of an article published on {@code day} that names {@code actor}. */
    void named(long actor, String day, int mentions) throws SQLException {
        sql.bind("INSERT INTO actor_days(day, actor, entities, mentions) VALUES (?, ?, 1, ?)"
                + " ON CONFLICT(day, actor) DO UPDATE SET entities = actor_days.entities + 1,"
                + " mentions = actor_days.mentions + excluded.mentions", day, actor, mentions).executeUpdate();
    }
}
