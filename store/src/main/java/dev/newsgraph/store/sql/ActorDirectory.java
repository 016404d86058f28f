package dev.newsgraph.store.sql;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.store.linking.ActorNames;
import dev.newsgraph.store.linking.RecordKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links an article's entities to actors across articles, the same way for any order of arrival:
 * an entity's actor is the one with its key ({@link RecordKeys#actorKeys}, a function of its own
 * record: the knowledge-base id where it has one, else a person's full name, else type, country
 * and name), created on first use. What an actor row shows (its name, country and sector) is not
 * the first article's word but the one most of its entities give (ties: the longer, then the
 * first in the engine's text order), counted in {@code actor_claims}; counts do not depend on order, so
 * neither does the row. Its names across articles are the union of its entities' proper names
 * ({@link RecordKeys#names}). Runs inside the writer's transaction.
 */
final class ActorDirectory {
    private final Statements sql;
    private final Dialect dialect;

    ActorDirectory(Statements sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    /**
     * The actor id of an entity whose key is {@code key}, creating the actor as needed, with the
     * entity's name, country and sector counted towards what the actor shows ({@link #settle}).
     */
    long resolve(Entity e, String key) throws SQLException {
        long id = byKey(key);
        if (id < 0) {
            id = create(key, e);
        }
        List<String> claims = new ArrayList<>(3);
        if (e.name() != null && !e.name().isBlank()) {
            // a proper name wins over any description ("Trump's campaign"), which counts only where no proper name is given
            claims.add(ActorNames.isProperName(e.name(), e.type() == EntityType.PERSON) ? "name" : "label");
            claims.add(e.name().strip());
        }
        if (blankToNull(e.country()) != null) {
            claims.add("country");
            claims.add(e.country());
        }
        if (blankToNull(e.sector()) != null) {
            claims.add("sector");
            claims.add(e.sector());
        }
        claim(id, claims);
        for (String n : RecordKeys.names(e)) {
            sql.bind("INSERT INTO actor_names(norm, actor) VALUES (?, ?) ON CONFLICT DO NOTHING", n, id).executeUpdate();
        }
        return id;
    }

    /**
     * Counts one more article, with {@code mentions} mentions, to the actor, and sets its name,
     * country and sector to those most of its entities give: one update of its row.
     */
    void settle(long id, int mentions) throws SQLException {
        Map<String, String> leading = leading(id);
        String name = leading.containsKey("name") ? leading.get("name") : leading.get("label");
        String country = leading.get("country");
        String sector = leading.get("sector");
        if (name == null) {
            sql.bind("UPDATE actors SET country = ?, sector = ?, articles = articles + 1, mentions = mentions + ?"
                    + " WHERE id = ?", country, sector, mentions, id).executeUpdate();
        } else {
            sql.bind("UPDATE actors SET name = ?, norm = ?, country = ?, sector = ?, articles = articles + 1,"
                    + " mentions = mentions + ? WHERE id = ?", name, ActorNames.normalise(name), country, sector,
                    mentions, id).executeUpdate();
        }
    }

    /** Counts the (field, value) pairs towards the actor, in one statement (a third of the round trips of one each). */
    private void claim(long id, List<String> fieldsAndValues) throws SQLException {
        int n = fieldsAndValues.size() / 2;
        if (n == 0) {
            return;
        }
        StringBuilder q = new StringBuilder("INSERT INTO actor_claims(actor, field, value, n) VALUES ");
        Object[] params = new Object[n * 3];
        for (int i = 0; i < n; i++) {
            q.append(i == 0 ? "(?, ?, ?, 1)" : ", (?, ?, ?, 1)");
            params[i * 3] = id;
            params[i * 3 + 1] = fieldsAndValues.get(i * 2);
            params[i * 3 + 2] = fieldsAndValues.get(i * 2 + 1);
        }
        q.append(" ON CONFLICT(actor, field, value) DO UPDATE SET n = actor_claims.n + 1");
        sql.bind(q.toString(), params).executeUpdate();
    }

    /** Per field, the value most of the actor's entities give (one read of its counts, the leader of each field first). */
    private Map<String, String> leading(long id) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (ResultSet rs = sql.bind("SELECT field, value FROM actor_claims WHERE actor = ?"
                + " ORDER BY field, n DESC, LENGTH(value) DESC, value", id).executeQuery()) {
            while (rs.next()) {
                out.putIfAbsent(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private long byKey(String key) throws SQLException {
        try (ResultSet rs = sql.bind("SELECT id FROM actors WHERE key = ?", key).executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private long create(String key, Entity e) throws SQLException {
        String norm = RecordKeys.norm(e);
        String kb = key.startsWith("kb:") ? key.substring(3) : null;
        PreparedStatement ps = sql.bind("INSERT INTO actors(key, name, norm, type, country, sector, kb)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", key, e.name() == null ? norm : e.name(), norm, RecordKeys.type(e),
                blankToNull(e.country()), blankToNull(e.sector()), kb);
        ps.executeUpdate();
        try (ResultSet rs = sql.of(dialect.lastIdSql()).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
