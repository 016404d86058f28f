package dev.newsgraph.store.sqlite;

import dev.newsgraph.store.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.sqlite.ProgressHandler;

/**
 * SQLite: explicit transactions on an autocommit connection ({@code BEGIN IMMEDIATE} takes the
 * write lock at once, so two writers queue rather than deadlock), FTS5 for full-text search.
 */
public final class SqliteDialect implements Dialect {
    @Override
    public void beginWrite(Connection c) throws SQLException {
        exec(c, "BEGIN IMMEDIATE");
    }

    @Override
    public void beginRead(Connection c) throws SQLException {
        exec(c, "BEGIN");
    }

    @Override
    public void commit(Connection c) throws SQLException {
        exec(c, "COMMIT");
    }

    @Override
    public void rollback(Connection c) throws SQLException {
        exec(c, "ROLLBACK");
    }

    /**
     * SQLite has no statement time-out of its own ({@code setQueryTimeout} of the driver only bounds
     * the wait for a lock): the engine's progress handler, called every {@value #PROGRESS_STEPS}
     * virtual-machine steps of a running statement, stops it once the read is overdue.
     */
    @Override
    public void limitQueryTime(Connection c, Duration limit, BooleanSupplier overdue) throws SQLException {
        if (limit.isZero()) {
            ProgressHandler.clearHandler(c);
            return;
        }
        ProgressHandler.setHandler(c, PROGRESS_STEPS, new ProgressHandler() {
            @Override
            protected int progress() {
                return overdue.getAsBoolean() ? 1 : 0;
            }
        });
    }

    /** Steps of the engine between two looks at the clock: microseconds apart, a negligible cost. */
    private static final int PROGRESS_STEPS = 1000;

    /** The R*Tree of the located events' points ({@code event_points}, schema version 6). */
    @Override
    public String pointsInBoxSql() {
        return "SELECT id FROM event_points WHERE lon_max >= ? AND lat_max >= ? AND lon_min <= ? AND lat_min <= ?";
    }

    @Override
    public String lastIdSql() {
        return "SELECT last_insert_rowid()";
    }

    @Override
    public String indexTextSql() {
        return "INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)";
    }

    @Override
    public String matchingArticlesSql() {
        return "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
    }

    @Override
    public String matchParam(String text) {
        return FtsQuery.of(text);
    }

    @Override
    public String rankSql(boolean recent) {
        // bm25() sorted by SQLite, which a measure found a third cheaper than FTS5's own "ORDER BY rank" (same order)
        return "SELECT rowid, -bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH ?"
                + (recent ? " AND rowid >= ?" : "") + " ORDER BY score DESC LIMIT ?";
    }

    @Override
    public String hitSql(String open, String close) {
        return "SELECT a.id, a.title, a.url, a.published, snippet(articles_fts, 1, '" + open + "', '" + close + "', '\u2026', 16)"
                + " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
                + " WHERE articles_fts MATCH ? AND articles_fts.rowid = ?";
    }

    @Override
    public String recentMatchSql() {
        return "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?";
    }

    @Override
    public String likeOperator() {
        return "LIKE";
    }

    static void exec(Connection c, String statement) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
