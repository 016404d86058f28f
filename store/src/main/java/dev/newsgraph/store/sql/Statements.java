package dev.newsgraph.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prepared statements of one connection, prepared once per SQL text. Not thread-safe. */
final class Statements implements AutoCloseable {
    /**
     * How many keys one query reads details for at once (an event's actors and reports, an edge's
     * types): a page or an export is read a chunk at a time rather than a query a row.
     */
    static final int CHUNK = 256;

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement for {@code sql}, its parameters cleared. */
    PreparedStatement of(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /** Binds parameters in order. */
    PreparedStatement bind(String sql, Object... params) throws SQLException {
        PreparedStatement ps = of(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    /** The first column of every row of a query, each read by {@code get} (e.g. {@code ResultSet::getLong}). */
    <T> List<T> column(String sql, Cell<T> get, Object... params) throws SQLException {
        List<T> values = new ArrayList<>();
        try (ResultSet rs = bind(sql, params).executeQuery()) {
            while (rs.next()) {
                values.add(get.read(rs, 1));
            }
        }
        return values;
    }

    /** Reads one cell of the current row. */
    interface Cell<T> {
        T read(ResultSet rs, int column) throws SQLException;
    }

    /**
     * {@code n} rounded up to a power of two: a list of keys padded to that length (with a key that
     * matches nothing) keeps the distinct statements, each prepared and kept, few.
     */
    static int padded(int n) {
        int p = Integer.highestOneBit(n);
        return p == n ? p : p * 2;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : prepared.values()) {
            ps.close();
        }
        prepared.clear();
    }
}
