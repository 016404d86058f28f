package dev.newsgraph.store.sql;

import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.linking.ActorNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors behind names and ids, for every query: the actors a name or alias stands for, the
 * names an actor goes by, and an actor as rows show it. The last are cached, since a page of
 * events or edges names the same few actors again and again; writes may rename an actor, so the
 * store forgets them after each commit. Not thread-safe.
 */
final class ActorLookup {
    /** Beyond this many cached actors the cache starts over, so that a long export cannot grow it without end. */
    private static final int MOST_CACHED = 100_000;

    private final Statements sql;
    private final Map<Long, ActorRef> cache = new HashMap<>();

    ActorLookup(Statements sql) {
        this.sql = sql;
    }

    /** The actors a name or alias stands for. */
    List<Long> ids(String name) throws SQLException {
        return sql.column("SELECT actor FROM actor_names WHERE norm = ?", ResultSet::getLong, ActorNames.normalise(name));
    }

    /** Keeps the rows whose {@code column} is one of the actors a name stands for; every row where the name is null. */
    Where named(Where w, String column, String name) throws SQLException {
        return name == null ? w : w.in(column, ids(name));
    }

    /** The one actor a name stands for, or null where the name is null or stands for none or several. */
    Long one(String name) throws SQLException {
        if (name == null) {
            return null;
        }
        List<Long> ids = ids(name);
        return ids.size() == 1 ? ids.get(0) : null;
    }

    /** The (normalised) names an actor goes by, up to 20, in name order. */
    List<String> names(long actor) throws SQLException {
        // in name order: which names and in what order must not depend on the order they were stored in
        return sql.column("SELECT norm FROM actor_names WHERE actor = ? ORDER BY norm LIMIT 20", ResultSet::getString, actor);
    }

    /** An actor as rows refer to it; an id without an actor shows as "?". */
    ActorRef ref(long id) throws SQLException {
        ActorRef cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        try (ResultSet rs = sql.bind("SELECT name, type, country, sector FROM actors WHERE id = ?", id).executeQuery()) {
            ActorRef a = rs.next() ? new ActorRef(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                    : new ActorRef(id, "?", null, null, null);
            if (cache.size() > MOST_CACHED) {
                cache.clear();
            }
            cache.put(id, a);
            return a;
        }
    }

    /** {@link #ref} of each id, in order; none for null. */
    List<ActorRef> refs(List<Long> ids) throws SQLException {
        if (ids == null) {
            return List.of();
        }
        List<ActorRef> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            out.add(ref(id));
        }
        return out;
    }

    /** Forgets cached actors (after writes, which may rename one). */
    void forget() {
        cache.clear();
    }
}
