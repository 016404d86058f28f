package dev.newsgraph.store.postgres;

import dev.newsgraph.store.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * PostgreSQL: JDBC transactions (the connection never autocommits), identity columns read back
 * with {@code lastval()}, full-text search on the generated {@code articles.tsv} column with
 * {@code websearch_to_tsquery} (so no user input is malformed) and {@code ts_headline} snippets.
 */
public final class PostgresDialect implements Dialect {
    private static final String QUERY = "websearch_to_tsquery('english', ?)";

    @Override
    public void beginWrite(Connection c) {
        // a transaction is always open on a connection that does not autocommit
    }

    @Override
    public void beginRead(Connection c) {
        // as beginWrite
    }

    @Override
    public void commit(Connection c) throws SQLException {
        c.commit();
    }

    @Override
    public void rollback(Connection c) throws SQLException {
        c.rollback();
    }

    /** The server's own {@code statement_timeout}, set for the session (committed, so that it outlasts this transaction). */
    @Override
    public void limitQueryTime(Connection c, Duration limit, BooleanSupplier overdue) throws SQLException {
        long ms = limit.isZero() ? 0 : Math.max(1, limit.toMillis());
        try (Statement st = c.createStatement()) {
            st.execute("SET statement_timeout = " + ms);
        }
        c.commit();
    }

    /**
     * The GiST index over the located events' points ({@code events_point}, schema version 6); the
     * conditions on lat and lon are the index's own, so that the planner may use it.
     */
    @Override
    public String pointsInBoxSql() {
        return "SELECT ev.id FROM events ev WHERE " + eventInBoxSql();
    }

    /** On the event itself, not a join with a query of ids: the index is over the events table. */
    @Override
    public String eventInBoxSql() {
        return "(point(ev.lon, ev.lat) <@ box(point(?, ?), point(?, ?)) AND ev.lat IS NOT NULL AND ev.lon IS NOT NULL)";
    }

    @Override
    public String lastIdSql() {
        return "SELECT lastval()";
    }

    @Override
    public String indexTextSql() {
        return null;
    }

    @Override
    public String matchingArticlesSql() {
        return "(SELECT seq FROM articles WHERE tsv @@ " + QUERY + ")";
    }

    @Override
    public String matchParam(String text) {
        return text == null || text.replaceAll("[^\\p{L}\\p{N}]", "").isEmpty() ? null : text.strip();
    }

    @Override
    public String rankSql(boolean recent) {
        return "SELECT a.seq, ts_rank_cd(a.tsv, q) AS score FROM articles a, " + QUERY + " q WHERE a.tsv @@ q"
                + (recent ? " AND a.seq >= ?" : "") + " ORDER BY score DESC, a.seq LIMIT ?";
    }

    @Override
    public String hitSql(String open, String close) {
        return "SELECT a.id, a.title, a.url, a.published, ts_headline('english', a.text, q,"
                + " 'StartSel=\"" + open + "\", StopSel=\"" + close + "\", MaxWords=25, MinWords=10, MaxFragments=1, FragmentDelimiter=\u2026')"
                + " FROM articles a, " + QUERY + " q WHERE a.seq = ?";
    }

    @Override
    public String recentMatchSql() {
        return "SELECT seq FROM articles WHERE tsv @@ " + QUERY + " ORDER BY seq DESC LIMIT 1 OFFSET ?";
    }

    @Override
    public String likeOperator() {
        return "ILIKE";
    }
}
