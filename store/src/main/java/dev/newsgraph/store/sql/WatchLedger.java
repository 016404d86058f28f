package dev.newsgraph.store.sql;

import dev.newsgraph.store.SeenItem;
import dev.newsgraph.store.SourceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tables of {@code watch}: followed sources and the item URLs met in them. Writes are upserts
 * ({@code ON CONFLICT}, which SQLite and PostgreSQL both speak), so saving a state twice is harmless.
 * Not thread-safe; the caller runs each call in a transaction.
 */
record WatchLedger(Statements sql) {
    private static final String SOURCE_COLUMNS = "SELECT url, kind, last_fetch, last_status, etag, last_modified,"
            + " failures, not_before, last_error, new_items FROM watch_sources";
    private static final String ITEM_COLUMNS = "SELECT url, source, state, reason, attempts, article_id, updated"
            + " FROM watch_items";

    void sources(Consumer<SourceState> sink) throws SQLException {
        try (ResultSet rs = sql.bind(SOURCE_COLUMNS + " ORDER BY url").executeQuery()) {
            while (rs.next()) {
                sink.accept(source(rs));
            }
        }
    }

    Optional<SourceState> source(String url) throws SQLException {
        try (ResultSet rs = sql.bind(SOURCE_COLUMNS + " WHERE url = ?", url).executeQuery()) {
            return rs.next() ? Optional.of(source(rs)) : Optional.empty();
        }
    }

    void save(SourceState s) throws SQLException {
        sql.bind("INSERT INTO watch_sources(url, kind, last_fetch, last_status, etag, last_modified, failures, not_before,"
                        + " last_error, new_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
                        + " kind = excluded.kind, last_fetch = excluded.last_fetch, last_status = excluded.last_status,"
                        + " etag = excluded.etag, last_modified = excluded.last_modified, failures = excluded.failures,"
                        + " not_before = excluded.not_before, last_error = excluded.last_error,"
                        + " new_items = excluded.new_items",
                s.url(), s.kind(), s.lastFetch(), s.lastStatus(), s.etag(), s.lastModified(), s.failures(),
                s.notBefore(), s.lastError(), s.newItems()).executeUpdate();
    }

    Optional<SeenItem> item(String url) throws SQLException {
        try (ResultSet rs = sql.bind(ITEM_COLUMNS + " WHERE url = ?", url).executeQuery()) {
            return rs.next() ? Optional.of(item(rs)) : Optional.empty();
        }
    }

    List<SeenItem> pending(String source) throws SQLException {
        List<SeenItem> items = new ArrayList<>();
        try (ResultSet rs = sql.bind(ITEM_COLUMNS + " WHERE source = ? AND state = ? ORDER BY url", source,
                SeenItem.State.SEEN.name()).executeQuery()) {
            while (rs.next()) {
                items.add(item(rs));
            }
        }
        return items;
    }

    void save(SeenItem i) throws SQLException {
        sql.bind("INSERT INTO watch_items(url, source, state, reason, attempts, article_id, updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET source = excluded.source,"
                        + " state = excluded.state, reason = excluded.reason, attempts = excluded.attempts,"
                        + " article_id = excluded.article_id, updated = excluded.updated",
                i.url(), i.source(), i.state().name(), i.reason(), i.attempts(), i.articleId(), i.updated())
                .executeUpdate();
    }

    private static SourceState source(ResultSet rs) throws SQLException {
        return new SourceState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getInt(10));
    }

    private static SeenItem item(ResultSet rs) throws SQLException {
        return new SeenItem(rs.getString(1), rs.getString(2), SeenItem.State.valueOf(rs.getString(3)), rs.getString(4),
                rs.getInt(5), rs.getString(6), rs.getString(7));
    }
}
