package dev.newsgraph.store.sqlite;

import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.PutResult;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.SearchHit;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import dev.newsgraph.store.TimelineRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The embedded store: {@code newsgraph.db} in a folder, SQLite in WAL mode. Every record is
 * written in one transaction, so a process killed at any point leaves each article stored
 * whole or not at all; other processes may read while this one writes. One connection,
 * methods serialised: thread-safe.
 */
public final class SqliteStore implements Store {
    /** The file inside the store's folder. */
    public static final String FILE = "newsgraph.db";
    static final int SCHEMA_VERSION = 1;

    private final String location;
    private final Connection connection;
    private final Statements sql;
    private final RecordWriter writer;
    private final SqliteQueries queries;

    private SqliteStore(String location, Connection connection) {
        this.location = location;
        this.connection = connection;
        this.sql = new Statements(connection);
        this.writer = new RecordWriter(sql);
        this.queries = new SqliteQueries(sql);
    }

    /**
     * Opens the store at {@code path}: a folder holding {@value #FILE}, or a {@code .db} file.
     *
     * @param create whether to create it where there is none
     */
    public static SqliteStore open(Path path, boolean create) {
        Path file = path.toString().endsWith(".db") || Files.isRegularFile(path) ? path : path.resolve(FILE);
        String name = path.toString();
        if (!Files.exists(file)) {
            if (!create) {
                throw new StoreException(name + ": no store here (run 'newsgraph ingest --db " + name + " ...' first)");
            }
            try {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new StoreException(name + ": cannot create the store folder (" + e.getMessage() + ")", e);
            }
        }
        try {
            Properties p = new Properties();
            p.setProperty("busy_timeout", "30000");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 30000");
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("PRAGMA cache_size = -65536");
                st.execute("PRAGMA temp_store = MEMORY");
            }
            SqliteStore store = new SqliteStore(name, c);
            store.migrate();
            return store;
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot open the store (" + e.getMessage() + ")", e);
        }
    }

    private void migrate() throws SQLException {
        if (schemaVersion() == SCHEMA_VERSION) {
            return;
        }
        exec("BEGIN IMMEDIATE");
        try {
            int version = schemaVersion();
            if (version > SCHEMA_VERSION) {
                throw new StoreException(location + ": the store was written by a newer newsgraph (schema "
                        + version + "; this one reads " + SCHEMA_VERSION + ")");
            }
            if (version == 0) {
                try (Statement st = connection.createStatement()) {
                    for (String statement : schema().split("\n;\n")) {
                        String s = statement.replaceAll("(?m)^--.*$", "").strip();
                        if (!s.isEmpty()) {
                            st.execute(s);
                        }
                    }
                    st.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
                }
            }
            exec("COMMIT");
        } catch (SQLException | RuntimeException e) {
            exec("ROLLBACK");
            throw e;
        }
    }

    private int schemaVersion() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
            if (!rs.next()) {
                return 0;
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet v = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return v.next() ? Integer.parseInt(v.getString(1)) : 0;
        }
    }

    private void exec(String statement) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    private static String schema() {
        try (InputStream in = SqliteStore.class.getResourceAsStream("schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException | NullPointerException e) {
            throw new StoreException("the store's schema is missing from the build");
        }
    }

    @Override
    public synchronized boolean contains(String articleId) {
        try {
            return writer.contains(articleId);
        } catch (SQLException e) {
            throw failed("cannot read", e);
        }
    }

    @Override
    public PutResult put(StoryRecord record) {
        return putAll(List.of(record)).get(0);
    }

    @Override
    public synchronized List<PutResult> putAll(List<StoryRecord> records) {
        String added = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<PutResult> results = new ArrayList<>();
        try {
            exec("BEGIN IMMEDIATE");
            for (StoryRecord r : records) {
                results.add(writer.write(r, added) ? PutResult.STORED : PutResult.DUPLICATE);
            }
            exec("COMMIT");
            queries.forgetActors();
            return results;
        } catch (SQLException | RuntimeException e) {
            try {
                exec("ROLLBACK");
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw failed("cannot store", e);
        }
    }

    @Override
    public synchronized long articleCount() {
        return read(queries::articleCount);
    }

    @Override
    public synchronized void entities(QueryFilter filter, Consumer<ActorRow> sink) {
        run(() -> queries.entities(filter, sink));
    }

    @Override
    public synchronized void events(QueryFilter filter, Consumer<EventRow> sink) {
        run(() -> queries.events(filter, sink));
    }

    @Override
    public synchronized void quotes(QueryFilter filter, Consumer<QuoteRow> sink) {
        run(() -> queries.quotes(filter, sink));
    }

    @Override
    public synchronized void timeline(QueryFilter filter, Consumer<TimelineRow> sink) {
        run(() -> queries.timeline(filter, sink));
    }

    @Override
    public synchronized void network(QueryFilter filter, Consumer<EdgeRow> sink) {
        run(() -> queries.network(filter, sink));
    }

    @Override
    public synchronized void search(String text, int limit, Consumer<SearchHit> sink) {
        run(() -> queries.search(text, limit, sink));
    }

    @Override
    public synchronized void articles(Consumer<ArticleRow> sink) {
        run(() -> queries.articles(sink));
    }

    @Override
    public synchronized void records(Consumer<StoryRecord> sink) {
        run(() -> queries.records(sink));
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void close() {
        try {
            sql.close();
            connection.close();
        } catch (SQLException e) {
            throw failed("cannot close", e);
        }
    }

    /** A query step that may fail with SQL. */
    private interface SqlStep {
        void run() throws SQLException;
    }

    /** A query that returns a value and may fail with SQL. */
    private interface SqlValue<T> {
        T get() throws SQLException;
    }

    private void run(SqlStep step) {
        read(() -> {
            step.run();
            return null;
        });
    }

    /** Runs a read in its own transaction (one snapshot), ending it after. */
    private <T> T read(SqlValue<T> query) {
        try {
            exec("BEGIN");
            try {
                return query.get();
            } finally {
                exec("COMMIT");
            }
        } catch (SQLException e) {
            throw failed("cannot read", e);
        }
    }

    private StoreException failed(String what, Exception e) {
        return new StoreException(location + ": " + what + " (" + e.getMessage() + ")", e);
    }
}
