package dev.newsgraph.store.sql;

import dev.newsgraph.model.Entity;
import dev.newsgraph.store.linking.ActorNames;
import dev.newsgraph.store.linking.RecordKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Links an article's entity to one actor across articles. In order: the knowledge-base key
 * where the entity has one; the same normalised name, type and country; a name or alias that
 * exactly one known actor of that type (and no other country) goes by ("Putin" → Vladimir
 * Putin); else a new actor. A full name that arrives after its surname alone was stored takes
 * that actor over ("Smith", then "John Smith"). Where a name fits several actors ("Mr Smith"
 * when John and Mary Smith are known) none is chosen. A phrase that names no one in particular
 * ("a spokesman", "and their son") links nothing and is no alias. Runs inside the writer's
 * transaction.
 */
final class ActorDirectory {
    private final Statements sql;
    private final Dialect dialect;

    ActorDirectory(Statements sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    /**
     * The actor id of an entity of the article {@code seq}, creating or upgrading the actor as
     * needed. An entity known only by a phrase that names no one in particular ("a spokesman")
     * is an actor of its article alone.
     */
    long resolve(Entity e, long seq) throws SQLException {
        String type = RecordKeys.type(e);
        String norm = RecordKeys.norm(e);
        String key = RecordKeys.actorKey(e, "article " + seq);
        String country = blankToNull(e.country());
        long id;
        if (key.startsWith("kb:")) {
            id = byKey(key);
            if (id < 0) {
                id = create(key, e, norm, type, country);
            }
        } else if (!ActorNames.identifies(norm)) {
            return create(key, e, norm, type, country);
        } else {
            id = link(e, norm, type, country);
        }
        register(id, e, norm, type);
        return id;
    }

    private long link(Entity e, String norm, String type, String country) throws SQLException {
        String key = type + "|" + (country == null ? "" : country) + "|" + norm;
        long id = byKey(key);
        if (id >= 0) {
            return id;
        }
        List<Long> known = compatible("SELECT a.id, a.country FROM actor_names n JOIN actors a ON a.id = n.actor"
                + " WHERE n.norm = ? AND a.type = ?", norm, type, country);
        if (known.size() == 1) {
            return known.get(0);
        }
        if (known.isEmpty() && "PERSON".equals(type) && ActorNames.isFullName(norm)) {
            List<Long> surnameOnly = compatible("SELECT id, country FROM actors WHERE norm = ? AND type = ?",
                    ActorNames.lastWord(norm), type, country);
            if (surnameOnly.size() == 1) {
                sql.bind("UPDATE actors SET key = ?, name = ?, norm = ?, country = COALESCE(country, ?),"
                        + " sector = COALESCE(sector, ?) WHERE id = ?", key, e.name(), norm, country,
                        blankToNull(e.sector()), surnameOnly.get(0)).executeUpdate();
                return surnameOnly.get(0);
            }
        }
        return create(key, e, norm, type, country);
    }

    /** Actors the query finds whose country does not contradict {@code country}. */
    private List<Long> compatible(String query, String norm, String type, String country) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = sql.bind(query, norm, type).executeQuery()) {
            while (rs.next()) {
                String c = rs.getString(2);
                if (country == null || c == null || c.equals(country)) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private long byKey(String key) throws SQLException {
        try (ResultSet rs = sql.bind("SELECT id FROM actors WHERE key = ?", key).executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private long create(String key, Entity e, String norm, String type, String country) throws SQLException {
        PreparedStatement ps = sql.bind("INSERT INTO actors(key, name, norm, type, country, sector, kb)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", key, e.name() == null ? norm : e.name(), norm, type, country,
                blankToNull(e.sector()), blankToNull(e.kb()));
        ps.executeUpdate();
        try (ResultSet rs = sql.of(dialect.lastIdSql()).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Records the names this entity goes by, so later articles find the actor by any of them. */
    private void register(long id, Entity e, String norm, String type) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        names.add(norm);
        if ("PERSON".equals(type) && ActorNames.isFullName(norm)) {
            names.add(ActorNames.lastWord(norm));
        }
        for (String alias : e.aliases()) {
            String a = ActorNames.normalise(alias);
            if (ActorNames.identifies(a)) {
                names.add(a);
            }
        }
        for (String n : names) {
            sql.bind("INSERT INTO actor_names(norm, actor) VALUES (?, ?) ON CONFLICT DO NOTHING", n, id).executeUpdate();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
