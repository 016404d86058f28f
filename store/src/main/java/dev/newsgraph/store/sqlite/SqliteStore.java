package dev.newsgraph.store.sqlite;

import dev.newsgraph.store.Store;
import dev.newsgraph.store.sql.SqlStore;
import dev.newsgraph.store.StoreException;
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
import java.util.Properties;

/**
 * Opens the embedded store: {@code newsgraph.db} in a folder, SQLite in WAL mode with
 * {@code synchronous=NORMAL}. Every record is written in one transaction, so a process killed
 * at any point leaves each article stored whole or not at all; other processes may read while
 * one writes. The schema is created on first use ({@code schema.sql}, then {@code migration-N.sql} for
 * each later version, which also upgrade an older store) and versioned in the {@code meta} table.
 */
public final class SqliteStore {
    /** The file inside the store's folder. */
    public static final String FILE = "newsgraph.db";
    static final int SCHEMA_VERSION = 3;

    private final String location;
    private final Connection connection;

    private SqliteStore(String location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /**
     * Opens the store at {@code path}: a folder holding {@value #FILE}, or a {@code .db} file.
     *
     * @param create whether to create it where there is none
     */
    public static Store open(Path path, boolean create) {
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
            new SqliteStore(name, c).migrate();
            return new SqlStore(name, c, new SqliteDialect());
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
                run("schema.sql");
                exec("INSERT INTO meta(key, value) VALUES ('schema_version', '1')");
                version = 1;
            }
            // each later version is a script of its own, applied in order to older stores and new ones alike
            for (int v = version + 1; v <= SCHEMA_VERSION; v++) {
                run("migration-" + v + ".sql");
            }
            exec("UPDATE meta SET value = '" + SCHEMA_VERSION + "' WHERE key = 'schema_version'");
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

    /** Runs the statements of a schema script (separated by lines holding only ';'). */
    private void run(String script) throws SQLException {
        String text;
        try (InputStream in = SqliteStore.class.getResourceAsStream(script)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException | NullPointerException e) {
            throw new StoreException("the store's schema script " + script + " is missing from the build");
        }
        try (Statement st = connection.createStatement()) {
            for (String statement : text.split("\n;\n")) {
                String s = statement.replaceAll("(?m)^--.*$", "").strip();
                if (!s.isEmpty()) {
                    st.execute(s);
                }
            }
        }
    }
}
