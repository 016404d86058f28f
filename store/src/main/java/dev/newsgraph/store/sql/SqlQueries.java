package dev.newsgraph.store.sql;

import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.EventReport;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.SearchHit;
import dev.newsgraph.store.TimelineRow;
import dev.newsgraph.store.linking.ActorNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The read side of the embedded store: each query of {@link dev.newsgraph.store.Store} as SQL. */
final class SqlQueries {
    private final Statements sql;
    private final Dialect dialect;
    private final Map<Long, ActorRef> actorCache = new HashMap<>();

    SqlQueries(Statements sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    void entities(QueryFilter f, Consumer<ActorRow> sink) throws SQLException {
        Where w = new Where();
        if (f.actor() != null) {
            w.in("ac.id", actorIds(f.actor()));
        }
        if (f.type() != null) {
            w.and("ac.type = ?", f.type().toUpperCase(Locale.ROOT));
        }
        if (f.country() != null) {
            w.and("ac.country = ?", f.country().toUpperCase(Locale.ROOT));
        }
        String query;
        if (f.from() == null && f.to() == null && f.text() == null) {
            query = "SELECT ac.id, ac.name, ac.type, ac.country, ac.sector, ac.kb, ac.articles, ac.mentions FROM actors ac"
                    + w.sql() + " ORDER BY ac.articles DESC, ac.mentions DESC, ac.id LIMIT ?";
        } else if (f.text() == null) {
            // a date range alone: the per-actor, per-day tallies hold the very counts the entities would give
            articleFilters(f, w, "d.day", null);
            query = "SELECT ac.id, ac.name, ac.type, ac.country, ac.sector, ac.kb, SUM(d.entities) AS n, SUM(d.mentions) AS m"
                    + " FROM actor_days d JOIN actors ac ON ac.id = d.actor" + w.sql()
                    + " GROUP BY ac.id, ac.name, ac.type, ac.country, ac.sector, ac.kb ORDER BY n DESC, m DESC, ac.id LIMIT ?";
        } else {
            articleFilters(f, w, "ar.day", "e.seq");
            query = "SELECT ac.id, ac.name, ac.type, ac.country, ac.sector, ac.kb, COUNT(*) AS n, SUM(e.mentions) AS m"
                    + " FROM entities e JOIN articles ar ON ar.seq = e.seq JOIN actors ac ON ac.id = e.actor" + w.sql()
                    + " GROUP BY ac.id ORDER BY n DESC, m DESC, ac.id LIMIT ?";
        }
        List<ActorRow> rows = new ArrayList<>();
        try (ResultSet rs = sql.bind(query, w.params(f.limit())).executeQuery()) {
            while (rs.next()) {
                rows.add(new ActorRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), List.of(), rs.getLong(7), rs.getLong(8)));
            }
        }
        for (ActorRow r : rows) {
            sink.accept(new ActorRow(r.id(), r.name(), r.type(), r.country(), r.sector(), r.kb(), namesOf(r.id()),
                    r.articles(), r.mentions()));
        }
    }

    void events(QueryFilter f, Consumer<EventRow> sink) throws SQLException {
        List<Long> ids = f.actor() == null ? List.of() : actorIds(f.actor());
        String query;
        Object[] params;
        if (!ids.isEmpty()) {
            // an actor's events: the actor's own index range in date order (an event appears once per role and
            // actor, its rows side by side), so the latest ones come first however many the actor has
            Where w = eventWhere(f.withActor(null), "x.day").in("x.actor", ids);
            query = "SELECT ev.id, ev.type, ev.mode, ev.date, ev.day, ev.precision, ev.location FROM event_actors x"
                    + " JOIN events ev ON ev.id = x.event" + w.sql()
                    + " ORDER BY x.day DESC NULLS LAST, x.event DESC LIMIT ?";
            params = w.params((int) Math.min((long) f.limit() * 3 * ids.size(), Integer.MAX_VALUE));
        } else {
            Where w = eventWhere(f, "ev.day");
            query = "SELECT ev.id, ev.type, ev.mode, ev.date, ev.day, ev.precision, ev.location FROM events ev"
                    + w.sql() + " ORDER BY ev.day DESC NULLS LAST, ev.id DESC LIMIT ?";
            params = w.params(f.limit());
        }
        List<EventHead> chunk = new ArrayList<>();
        try (java.sql.PreparedStatement ps = sql.connection().prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                long last = -1;
                int emitted = 0;
                while (emitted < f.limit() && rs.next()) {
                    long id = rs.getLong(1);
                    if (id == last) {
                        continue;
                    }
                    last = id;
                    long loc = rs.getLong(7);
                    Long location = rs.wasNull() ? null : loc;
                    chunk.add(new EventHead(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), location));
                    emitted++;
                    if (chunk.size() == DETAIL_CHUNK) {
                        emit(chunk, sink);
                    }
                }
            }
        }
        emit(chunk, sink);
    }

    /** Events whose actors and reports are read together, a chunk at a time (exports stream through it). */
    private static final int DETAIL_CHUNK = 256;

    /** Reads the actors and reports of a chunk of events (two queries), hands each event on, and empties the chunk. */
    private void emit(List<EventHead> chunk, Consumer<EventRow> sink) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Object[] ids = paddedIds(chunk);
        String in = "(" + "?,".repeat(ids.length - 1) + "?)";
        Map<Long, List<Long>> sources = new HashMap<>();
        Map<Long, List<Long>> targets = new HashMap<>();
        try (ResultSet rs = sql.bind("SELECT event, role, actor FROM event_actors WHERE event IN " + in
                + " AND role IN ('S', 'T') ORDER BY event, role, pos", ids).executeQuery()) {
            while (rs.next()) {
                (rs.getString(2).equals("S") ? sources : targets).computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(3));
            }
        }
        Map<Long, List<EventReport>> reports = new HashMap<>();
        try (ResultSet rs = sql.bind("SELECT r.event, a.id, a.url, a.source, a.published, a.title, r.local, r.modality,"
                + " r.confidence, r.evidence, a.added FROM reports r JOIN articles a ON a.seq = r.seq WHERE r.event IN " + in
                + " ORDER BY r.event, r.seq", ids).executeQuery()) {
            while (rs.next()) {
                reports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EventReport(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getDouble(9), rs.getString(10), rs.getString(11)));
            }
        }
        for (EventHead h : chunk) {
            ActorRef location = h.location() == null ? null : actor(h.location());
            sink.accept(new EventRow(h.id(), h.type(), h.mode(), h.date(), h.day(), h.precision(),
                    actors(sources.get(h.id())), actors(targets.get(h.id())), location,
                    reports.getOrDefault(h.id(), List.of())));
        }
        chunk.clear();
    }

    /** The chunk's event ids, padded with -1 to a power of two, so that few distinct statements are prepared. */
    private static Object[] paddedIds(List<EventHead> chunk) {
        int n = Integer.highestOneBit(chunk.size());
        n = n == chunk.size() ? n : n * 2;
        Object[] ids = new Object[n];
        java.util.Arrays.fill(ids, -1L);
        for (int i = 0; i < chunk.size(); i++) {
            ids[i] = chunk.get(i).id();
        }
        return ids;
    }

    private List<ActorRef> actors(List<Long> ids) throws SQLException {
        if (ids == null) {
            return List.of();
        }
        List<ActorRef> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            out.add(actor(id));
        }
        return out;
    }

    /** An event's own columns, before its actors and reports are read. */
    private record EventHead(long id, String type, String mode, String date, String day, String precision, Long location) {
    }

    void quotes(QueryFilter f, Consumer<QuoteRow> sink) throws SQLException {
        Where w = new Where();
        if (f.actor() != null) {
            w.in("q.speaker", actorIds(f.actor()));
        }
        if (f.type() != null) {
            w.and("q.kind = ?", f.type().toLowerCase(Locale.ROOT));
        }
        w.days("q.day", f.from(), f.to());
        if (f.country() != null) {
            w.and("q.speaker IN (SELECT id FROM actors WHERE country = ?)", f.country().toUpperCase(Locale.ROOT));
        }
        if (f.text() != null) {
            for (String word : f.text().strip().split("\\s+")) {
                w.and("q.text " + dialect.likeOperator() + " ?", "%" + word + "%");
            }
        }
        String query = "SELECT q.speaker, q.text, q.kind, q.cue, q.channel, a.id, a.url, a.published, a.title"
                + " FROM quotes q JOIN articles a ON a.seq = q.seq" + w.sql() + " ORDER BY q.day DESC NULLS LAST, q.id DESC LIMIT ?";
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = sql.bind(query, w.params(f.limit())).executeQuery()) {
            while (rs.next()) {
                long sp = rs.getLong(1);
                rows.add(new Object[] {rs.wasNull() ? null : sp, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)});
            }
        }
        for (Object[] r : rows) {
            sink.accept(new QuoteRow((String) r[5], (String) r[6], (String) r[7], (String) r[8],
                    r[0] == null ? null : actor((Long) r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
    }

    void timeline(QueryFilter f, Consumer<TimelineRow> sink) throws SQLException {
        Long one = oneActor(f);
        if (one != null && f.country() == null && f.text() == null) {
            talliedTimeline("actor_timeline", new Where().and("actor = ?", one), f, sink);
            return;
        }
        if (f.actor() == null && f.country() == null && f.text() == null) {
            // the whole timeline (by type and dates at most)
            talliedTimeline("day_types", new Where(), f, sink);
            return;
        }
        Where w = eventWhere(f, "ev.day").and("ev.day IS NOT NULL");
        String query = "SELECT ev.day, ev.type, COUNT(*), SUM(ev.reports) FROM events ev" + w.sql()
                + " GROUP BY ev.day, ev.type ORDER BY ev.day, ev.type LIMIT ?";
        try (ResultSet rs = sql.bind(query, w.params(f.limit())).executeQuery()) {
            while (rs.next()) {
                sink.accept(new TimelineRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
        }
    }

    void network(QueryFilter f, Consumer<EdgeRow> sink) throws SQLException {
        Long one = oneActor(f);
        String type = f.type() == null ? null : f.type().toUpperCase(Locale.ROOT);
        if (f.from() == null && f.to() == null && f.country() == null && f.text() == null) {
            if (one != null) {
                networkOf(one, type, f.limit(), sink);
                return;
            }
            if (f.actor() == null) {
                // the whole network: the heaviest pairs (of one type) are the first rows of an index
                List<Pair> pairs = new ArrayList<>();
                if (type == null) {
                    readPairs("SELECT source, target, events FROM actor_pairs ORDER BY events DESC, source, target LIMIT ?",
                            new Object[] {f.limit()}, pairs);
                } else {
                    readPairs("SELECT source, target, events FROM actor_edges WHERE type = ?"
                            + " ORDER BY events DESC, source, target LIMIT ?", new Object[] {type, f.limit()}, pairs);
                }
                edgesOf(pairs, type, f.limit(), sink);
                return;
            }
        }
        Where w = eventWhere(f, "ev.day").and("s.role = 'S'");
        if (f.actor() != null) {
            List<Long> ids = actorIds(f.actor());
            String in = ids.isEmpty() ? "(NULL)" : "(" + "?,".repeat(ids.size() - 1) + "?)";
            List<Object> both = new ArrayList<>(ids);
            both.addAll(ids);
            w.and("(s.actor IN " + in + " OR t.actor IN " + in + ")", both.toArray());
        }
        String query = "SELECT s.actor, t.actor, ev.type, COUNT(*) FROM events ev"
                + " JOIN event_actors s ON s.event = ev.id JOIN event_actors t ON t.event = ev.id AND t.role = 'T'"
                + w.sql() + " GROUP BY s.actor, t.actor, ev.type";
        Object[] params = w.params();
        Map<List<Long>, Map<String, Long>> edges = new LinkedHashMap<>();
        try (ResultSet rs = sql.bind(query, params).executeQuery()) {
            while (rs.next()) {
                edges.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2)), k -> new TreeMap<>())
                        .merge(rs.getString(3), rs.getLong(4), Long::sum);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (var e : edges.entrySet()) {
            pairs.add(new Pair(e.getKey().get(0), e.getKey().get(1), total(e.getValue())));
        }
        pairs.sort(HEAVIEST_FIRST);
        for (int i = 0; i < pairs.size() && i < f.limit(); i++) {
            Pair p = pairs.get(i);
            sink.accept(new EdgeRow(actor(p.source()), actor(p.target()), p.events(), edges.get(List.of(p.source(), p.target()))));
        }
    }

    /** A timeline read from a tally table (per actor, or the whole corpus), with the filter's type and dates. */
    private void talliedTimeline(String table, Where t, QueryFilter f, Consumer<TimelineRow> sink) throws SQLException {
        if (f.type() != null) {
            t.and("type = ?", f.type().toUpperCase(Locale.ROOT));
        }
        t.days("day", f.from(), f.to());
        try (ResultSet rs = sql.bind("SELECT day, type, events, reports FROM " + table + t.sql()
                + " ORDER BY day, type LIMIT ?", t.params(f.limit())).executeQuery()) {
            while (rs.next()) {
                sink.accept(new TimelineRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
        }
    }

    /** A source and target actor with the events between them. */
    private record Pair(long source, long target, long events) {
    }

    /** The order of network edges: most events first, then by source and target. */
    private static final java.util.Comparator<Pair> HEAVIEST_FIRST = java.util.Comparator.comparingLong(Pair::events)
            .reversed().thenComparingLong(Pair::source).thenComparingLong(Pair::target);

    /**
     * One actor's network from the tallies: its heaviest counterparts as source and as target are the
     * first rows of two index ranges (per pair, or per pair and type); the two are merged, and the
     * types of each edge kept read from {@code actor_edges}.
     */
    private void networkOf(long actor, String type, int limit, Consumer<EdgeRow> sink) throws SQLException {
        String table = type == null ? "actor_pairs" : "actor_edges";
        String typed = type == null ? "" : " AND type = ?";
        List<Pair> pairs = new ArrayList<>();
        Object[] asSource = type == null ? new Object[] {actor, limit} : new Object[] {actor, type, limit};
        Object[] asTarget = type == null ? new Object[] {actor, actor, limit} : new Object[] {actor, type, actor, limit};
        readPairs("SELECT source, target, events FROM " + table + " WHERE source = ?" + typed
                + " ORDER BY events DESC, target LIMIT ?", asSource, pairs);
        readPairs("SELECT source, target, events FROM " + table + " WHERE target = ?" + typed
                + " AND source <> ? ORDER BY events DESC, source LIMIT ?", asTarget, pairs);
        pairs.sort(HEAVIEST_FIRST);
        edgesOf(pairs, type, limit, sink);
    }

    /**
     * The first {@code limit} pairs as edges, with their events by type ({@code type} alone where
     * given; else read for up to 256 pairs at a time in one query).
     */
    private void edgesOf(List<Pair> pairs, String type, int limit, Consumer<EdgeRow> sink) throws SQLException {
        List<Pair> first = pairs.subList(0, Math.min(limit, pairs.size()));
        Map<List<Long>, Map<String, Long>> types = new HashMap<>();
        if (type == null) {
            for (int from = 0; from < first.size(); from += DETAIL_CHUNK) {
                List<Pair> chunk = first.subList(from, Math.min(first.size(), from + DETAIL_CHUNK));
                int n = Integer.highestOneBit(chunk.size());
                n = n == chunk.size() ? n : n * 2;
                Object[] params = new Object[2 * n];
                java.util.Arrays.fill(params, -1L);
                for (int i = 0; i < chunk.size(); i++) {
                    params[2 * i] = chunk.get(i).source();
                    params[2 * i + 1] = chunk.get(i).target();
                }
                try (ResultSet rs = sql.bind("SELECT source, target, type, events FROM actor_edges WHERE (source, target) IN"
                        + " (VALUES " + "(?, ?), ".repeat(n - 1) + "(?, ?))", params).executeQuery()) {
                    while (rs.next()) {
                        types.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2)), k -> new TreeMap<>())
                                .put(rs.getString(3), rs.getLong(4));
                    }
                }
            }
        }
        for (Pair p : first) {
            Map<String, Long> t = type != null ? Map.of(type, p.events())
                    : types.getOrDefault(List.of(p.source(), p.target()), Map.of());
            sink.accept(new EdgeRow(actor(p.source()), actor(p.target()), p.events(), t));
        }
    }

    private void readPairs(String query, Object[] params, List<Pair> into) throws SQLException {
        try (ResultSet rs = sql.bind(query, params).executeQuery()) {
            while (rs.next()) {
                into.add(new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
        }
    }

    /** How many of the newest matching articles a search ranks by relevance. */
    static final int SEARCH_WINDOW = 5_000;

    void search(String text, int limit, Consumer<SearchHit> sink) throws SQLException {
        String match = dialect.matchParam(text);
        if (match == null) {
            return;
        }
        // rank the matches by relevance among the newest SEARCH_WINDOW of them: a word in half of a million
        // articles would otherwise have every one of them scored before the first hit is shown
        Long lowest = null;
        try (ResultSet rs = sql.bind(dialect.recentMatchSql(), match, SEARCH_WINDOW - 1).executeQuery()) {
            if (rs.next()) {
                lowest = rs.getLong(1);
            }
        }
        Object[] params = lowest == null ? new Object[] {match, limit} : new Object[] {match, lowest, limit};
        List<Long> best = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        try (ResultSet rs = sql.bind(dialect.rankSql(lowest != null), params).executeQuery()) {
            while (rs.next()) {
                best.add(rs.getLong(1));
                scores.add(rs.getDouble(2));
            }
        }
        // the shown matches' snippets, one lookup each, rather than a snippet of every match ranked
        for (int i = 0; i < best.size(); i++) {
            try (ResultSet rs = sql.bind(dialect.hitSql(), match, best.get(i)).executeQuery()) {
                if (rs.next()) {
                    sink.accept(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), scores.get(i)));
                }
            }
        }
    }

    void articles(Consumer<ArticleRow> sink) throws SQLException {
        String query = "SELECT a.id, a.url, a.source, a.title, a.published, a.language, s.id, a.n_entities, a.n_events,"
                + " a.n_quotes FROM articles a LEFT JOIN articles s ON s.seq = a.story ORDER BY a.seq";
        try (java.sql.Statement st = fetching(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                sink.accept(new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
            }
        }
    }

    private static final String ARTICLE_COLUMNS = "SELECT a.id, a.url, a.source, a.title, a.published, a.language, s.id,"
            + " a.n_entities, a.n_events, a.n_quotes FROM articles a LEFT JOIN articles s ON s.seq = a.story";

    java.util.Optional<StoryRecord> record(String articleId) throws SQLException {
        try (ResultSet rs = sql.bind("SELECT text, record FROM articles WHERE id = ?", articleId).executeQuery()) {
            if (!rs.next()) {
                return java.util.Optional.empty();
            }
            StoryRecord r = RecordCodec.fromJson(rs.getString(2));
            return java.util.Optional.of(new StoryRecord(r.format(), r.article().withText(rs.getString(1),
                    r.article().removed()), r.entities(), r.quotes(), r.events(), r.times(), r.quantities(),
                    r.provenance()));
        }
    }

    java.util.Optional<ActorRow> actorRow(long id) throws SQLException {
        ActorRow row = null;
        try (ResultSet rs = sql.bind("SELECT ac.id, ac.name, ac.type, ac.country, ac.sector, ac.kb, ac.articles,"
                + " ac.mentions FROM actors ac WHERE ac.id = ?", id).executeQuery()) {
            if (rs.next()) {
                row = new ActorRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), List.of(), rs.getLong(7), rs.getLong(8));
            }
        }
        return row == null ? java.util.Optional.empty() : java.util.Optional.of(new ActorRow(row.id(), row.name(),
                row.type(), row.country(), row.sector(), row.kb(), namesOf(id), row.articles(), row.mentions()));
    }

    void articles(int offset, int limit, Consumer<ArticleRow> sink) throws SQLException {
        try (ResultSet rs = sql.bind(ARTICLE_COLUMNS + " ORDER BY a.seq DESC LIMIT ? OFFSET ?", limit, offset)
                .executeQuery()) {
            articleRows(rs, sink);
        }
    }

    void articlesNaming(long actorId, int limit, Consumer<ArticleRow> sink) throws SQLException {
        // the actor's latest articles are the last of its index range (entities_actor: actor, seq)
        try (ResultSet rs = sql.bind(ARTICLE_COLUMNS + " JOIN (SELECT DISTINCT seq FROM entities WHERE actor = ?"
                + " ORDER BY seq DESC LIMIT ?) n ON n.seq = a.seq ORDER BY a.seq DESC", actorId, limit).executeQuery()) {
            articleRows(rs, sink);
        }
    }

    List<String> roles(long actorId, int articles) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (ResultSet rs = sql.bind("SELECT roles FROM entities WHERE actor = ? AND seq IN (SELECT DISTINCT seq FROM"
                + " entities WHERE actor = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq DESC, local", actorId, actorId, articles)
                .executeQuery()) {
            while (rs.next()) {
                String r = rs.getString(1);
                if (r != null && !r.isBlank()) {
                    for (String role : r.split("; ")) {
                        if (!roles.contains(role)) {
                            roles.add(role);
                        }
                    }
                }
            }
        }
        return roles;
    }

    /** The seq of the last article stored: it grows with every article, whichever process stores it. */
    long revision() throws SQLException {
        try (ResultSet rs = sql.of("SELECT COALESCE(MAX(seq), 0) FROM articles").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void articleRows(ResultSet rs, Consumer<ArticleRow> sink) throws SQLException {
        while (rs.next()) {
            sink.accept(new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
        }
    }

    void records(Consumer<StoryRecord> sink) throws SQLException {
        try (java.sql.Statement st = fetching();
             ResultSet rs = st.executeQuery("SELECT text, record FROM articles ORDER BY seq")) {
            while (rs.next()) {
                StoryRecord r = RecordCodec.fromJson(rs.getString(2));
                sink.accept(new StoryRecord(r.format(), r.article().withText(rs.getString(1), r.article().removed()),
                        r.entities(), r.quotes(), r.events(), r.times(), r.quantities(), r.provenance()));
            }
        }
    }

    /** A statement that streams its rows rather than reading them all first. */
    private java.sql.Statement fetching() throws SQLException {
        java.sql.Statement st = sql.connection().createStatement();
        st.setFetchSize(500);
        return st;
    }

    long articleCount() throws SQLException {
        try (ResultSet rs = sql.of("SELECT COUNT(*) FROM articles").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The filters of event queries (events, timeline, network) on the events table {@code ev}, with
     * the date range on {@code dayColumn} (the events' own, or a copy beside their actors).
     */
    private Where eventWhere(QueryFilter f, String dayColumn) throws SQLException {
        Where w = new Where();
        if (f.type() != null) {
            w.and("ev.type = ?", f.type().toUpperCase(Locale.ROOT));
        }
        w.days(dayColumn, f.from(), f.to());
        if (f.actor() != null) {
            List<Long> ids = actorIds(f.actor());
            if (ids.isEmpty()) {
                w.and("1 = 0");
            } else if (ids.size() == 1 && isCommon(ids.get(0))) {
                // a common actor: walk the events in date order and keep its own (finds LIMIT rows fast)
                w.and("EXISTS (SELECT 1 FROM event_actors x WHERE x.actor = ? AND x.event = ev.id)", ids.get(0));
            } else {
                w.and("ev.id IN (SELECT event FROM event_actors WHERE actor IN (" + "?,".repeat(ids.size() - 1) + "?))",
                        ids.toArray());
            }
        }
        if (f.country() != null) {
            w.and("EXISTS (SELECT 1 FROM event_actors x JOIN actors c ON c.id = x.actor WHERE x.event = ev.id"
                    + " AND c.country = ?)", f.country().toUpperCase(Locale.ROOT));
        }
        if (f.text() != null) {
            String match = dialect.matchParam(f.text());
            if (match != null) {
                w.and("EXISTS (SELECT 1 FROM reports r WHERE r.event = ev.id AND r.seq IN " + dialect.matchingArticlesSql()
                        + ")", match);
            }
        }
        return w;
    }

    /** Date range and text conditions on articles, for queries over an article table. */
    private void articleFilters(QueryFilter f, Where w, String dayColumn, String seqColumn) {
        w.days(dayColumn, f.from(), f.to());
        if (f.text() != null) {
            String match = dialect.matchParam(f.text());
            if (match != null) {
                w.and(seqColumn + " IN " + dialect.matchingArticlesSql(), match);
            }
        }
    }

    /**
     * Whether an actor appears in more than one article in a hundred: then walking events in
     * date order meets its own soon, while collecting all its events first would not be cheap.
     */
    private boolean isCommon(long actor) throws SQLException {
        try (ResultSet rs = sql.bind("SELECT a.articles * 100 > (SELECT COALESCE(MAX(seq), 0) FROM articles)"
                + " FROM actors a WHERE a.id = ?", actor).executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The one actor the filter's {@code actor} names, or null where it names none or several. */
    private Long oneActor(QueryFilter f) throws SQLException {
        if (f.actor() == null) {
            return null;
        }
        List<Long> ids = actorIds(f.actor());
        return ids.size() == 1 ? ids.get(0) : null;
    }

    /** The actors a name or alias stands for. */
    List<Long> actorIds(String name) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = sql.bind("SELECT actor FROM actor_names WHERE norm = ?", ActorNames.normalise(name))
                .executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private List<String> namesOf(long actor) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = sql.bind("SELECT norm FROM actor_names WHERE actor = ? LIMIT 20", actor).executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    ActorRef actor(long id) throws SQLException {
        ActorRef cached = actorCache.get(id);
        if (cached != null) {
            return cached;
        }
        try (ResultSet rs = sql.bind("SELECT name, type, country, sector FROM actors WHERE id = ?", id).executeQuery()) {
            ActorRef a = rs.next() ? new ActorRef(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                    : new ActorRef(id, "?", null, null, null);
            if (actorCache.size() > 100_000) {
                actorCache.clear();
            }
            actorCache.put(id, a);
            return a;
        }
    }

    /** Forgets cached actors (after writes, which may rename one). */
    void forgetActors() {
        actorCache.clear();
    }

    private static long total(Map<String, Long> types) {
        return types.values().stream().mapToLong(Long::longValue).sum();
    }
}
