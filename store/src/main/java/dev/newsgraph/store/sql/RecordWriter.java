package dev.newsgraph.store.sql;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.Geo;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.linking.RecordKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes one record's rows (article, full-text index, entities linked to actors, events merged
 * across articles, quotes) on the writer connection. The caller owns the transaction.
 */
final class RecordWriter {
    private final Statements sql;
    private final ActorDirectory actors;
    private final StoryGrouper stories;
    private final ActorTallies tallies;
    private final Dialect dialect;

    RecordWriter(Statements sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.actors = new ActorDirectory(sql, dialect);
        this.stories = new StoryGrouper(sql);
        this.tallies = new ActorTallies(sql);
    }

    boolean contains(String articleId) throws SQLException {
        try (ResultSet rs = sql.bind("SELECT 1 FROM articles WHERE id = ?", articleId).executeQuery()) {
            return rs.next();
        }
    }

    /** Writes the record; false where its article is already stored. */
    boolean write(StoryRecord r, String added) throws SQLException {
        Article a = r.article();
        if (a.id() == null || a.id().isBlank()) {
            throw new IllegalArgumentException("a stored record needs an article id");
        }
        if (contains(a.id())) {
            return false;
        }
        String day = RecordKeys.dayOf(a.published());
        StoryRecord withoutText = r.withArticle(a.withText("", a.removed()));
        sql.bind("INSERT INTO articles(id, url, source, title, published, day, language, text, record,"
                        + " n_entities, n_events, n_quotes, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.url(), a.source(), a.title(), a.published(), day, a.language(), a.text(),
                RecordCodec.toJson(withoutText), r.entities().size(), r.events().size(), r.speech().size(), added)
                .executeUpdate();
        long seq = lastId();
        if (dialect.indexTextSql() != null) {
            sql.bind(dialect.indexTextSql(), seq, a.title(), a.text()).executeUpdate();
        }
        stories.group(seq, a.text());

        Map<String, Long> actorOf = new HashMap<>();
        // keys of the record alone (and the article's id, never its arrival number): the same in any order
        Map<String, String> keys = RecordKeys.actorKeys(r.entities(), "article " + a.id());
        for (Entity e : r.entities()) {
            long actor = actors.resolve(e, keys.get(e.id()));
            actorOf.put(e.id(), actor);
            int inserted = sql.bind("INSERT INTO entities(seq, local, actor, name, roles, mentions) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING", seq, e.id(), actor, e.name(), String.join("; ", e.roles()),
                    e.mentions().size()).executeUpdate();
            if (inserted == 1 && day != null) {
                tallies.named(actor, day, e.mentions().size());
            }
        }
        for (Long actor : new TreeSet<>(actorOf.values())) {
            int mentions = r.entities().stream().filter(e -> actor.equals(actorOf.get(e.id())))
                    .mapToInt(e -> Math.max(1, e.mentions().size())).sum();
            actors.settle(actor, mentions);
        }
        Map<String, Geo> placeOf = new HashMap<>();
        for (Entity e : r.entities()) {
            if (e.geo() != null) {
                placeOf.put(e.id(), e.geo());
            }
        }
        for (Event v : r.events()) {
            writeEvent(seq, a.id(), day, v, actorOf, v.location() == null ? null : placeOf.get(v.location()));
        }
        for (Quote q : r.speech()) {
            sql.bind("INSERT INTO quotes(seq, speaker, text, kind, cue, channel, day) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    seq, q.speaker() == null ? null : actorOf.get(q.speaker()), q.text(),
                    q.kind() == null ? null : q.kind().code(), q.cue(), q.channel(), day).executeUpdate();
        }
        return true;
    }

    /**
     * Merges the event into the one with the same type, actors and date, or starts a new one.
     *
     * @param place where its place entity lies, or null
     */
    private void writeEvent(long seq, String articleId, String articleDay, Event v, Map<String, Long> actorOf, Geo place)
            throws SQLException {
        List<Long> sources = RecordKeys.actors(v.source(), actorOf);
        List<Long> targets = RecordKeys.actors(v.target(), actorOf);
        Long location = v.location() == null ? null : actorOf.get(v.location());
        RecordKeys.EventKey k = RecordKeys.eventKey(v, sources, targets, location, articleDay, "article " + articleId);
        String key = k.key();
        String date = k.date();
        String day = k.day();
        String precision = k.precision();
        boolean created = sql.bind("INSERT INTO events(key, type, mode, date, day, precision, location)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                key, v.type().name(), v.mode(), date, day, precision, location).executeUpdate() == 1;
        long event;
        try (ResultSet rs = sql.bind("SELECT id FROM events WHERE key = ?", key).executeQuery()) {
            rs.next();
            event = rs.getLong(1);
        }
        int inserted = sql.bind("INSERT INTO reports(event, seq, local, modality, confidence, evidence)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event, seq, v.id(),
                v.modality() == null ? null : v.modality().code(), v.confidence(),
                v.evidence() == null ? null : v.evidence().text()).executeUpdate();
        if (inserted == 0) {
            return;
        }
        sql.bind("UPDATE events SET reports = reports + 1, mode = COALESCE(mode, ?), location = COALESCE(location, ?)"
                + " WHERE id = ?", v.mode(), location, event).executeUpdate();
        if (place != null) {
            // the first report that locates the event places it, as the first that names its place names it
            sql.bind("UPDATE events SET lat = ?, lon = ?, place_country = ?, place_precision = ?, place_geonames = ?,"
                    + " place_name = ?, place_admin1 = ?, place_feature = ? WHERE id = ? AND lat IS NULL",
                    place.lat(), place.lon(), upper(place.country()), place.precision(), place.geonames(), place.name(),
                    place.admin1(), place.feature(), event).executeUpdate();
        }
        java.util.Set<Long> before = tallies.actorsOf(event);
        link(event, day, sources, "S");
        link(event, day, targets, "T");
        if (location != null) {
            link(event, day, List.of(location), "L");
        }
        long reports;
        try (ResultSet rs = sql.bind("SELECT reports FROM events WHERE id = ?", event).executeQuery()) {
            rs.next();
            reports = rs.getLong(1);
        }
        tallies.count(event, v.type().name(), day, before, reports, created, sources, targets);
    }

    private void link(long event, String day, List<Long> actorIds, String role) throws SQLException {
        for (int i = 0; i < actorIds.size(); i++) {
            sql.bind("INSERT INTO event_actors(actor, event, role, pos, day) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    actorIds.get(i), event, role, i, day).executeUpdate();
        }
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private long lastId() throws SQLException {
        try (ResultSet rs = sql.of(dialect.lastIdSql()).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
