package dev.newsgraph.store.sqlite;

import dev.newsgraph.store.NotAStoreException;
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
import org.sqlite.SQLiteConfig;

/**
 * Opens the embedded store: {@code newsgraph.db} in a folder, SQLite in WAL mode with
 * {@code synchronous=NORMAL}. Every record is written in one transaction, so a process killed
 * at any point leaves each article stored whole or not at all; other processes may read while
 * one writes. Queries open it read-only. The schema is created on first use ({@code schema.sql}, then {@code migration-N.sql} for
 * each later version, which also upgrade an older store) and versioned in the {@code meta} table.
 */
public final class SqliteStore {
    /** The file inside the store's folder. */
    public static final String FILE = "newsgraph.db";
    static final int SCHEMA_VERSION = 6;
    /** The SQLite header's mark of a newsgraph store ("NGST"), so that it is told from other programs' databases. */
    static final int APPLICATION_ID = 0x4E475354;

    private final String location;
    private final Connection connection;

    private SqliteStore(String location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /**
     * Opens the store at {@code path}: a folder holding {@value #FILE}, or a {@code .db} file.
     * A file that exists but is not a newsgraph store is refused ({@link NotAStoreException}) and
     * left exactly as it was: it is recognised before anything is written, from its header
     * (the {@code application_id} {@value #APPLICATION_ID}) or, for stores older than that mark,
     * from newsgraph's {@code meta} table read without a lock or a journal. An empty file
     * becomes a store only where {@code create} is set.
     *
     * @param create whether to create it where there is none, and to write (ingest); without it
     *               the store is opened read-only (queries), upgraded first where an older
     *               newsgraph wrote it
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
        } else {
            StoreFile found = StoreFile.recognise(file);
            if (!found.ours() && !(create && found.empty())) {
                throw new NotAStoreException(name + ": not a newsgraph store (" + found.why() + "); left untouched");
            }
            if (found.version() > SCHEMA_VERSION) {
                throw new StoreException(name + ": the store was written by a newer newsgraph (schema "
                        + found.version() + "; this one reads " + SCHEMA_VERSION + ")");
            }
            if (!create && found.version() < SCHEMA_VERSION) {
                // an older newsgraph's store: upgraded once, as ingest would, so that reading it answers like a new one
                try (Connection upgrade = openForWriting(name, file)) {
                    upgrade.getAutoCommit();
                } catch (SQLException e) {
                    throw new StoreException(name + ": cannot upgrade the store (" + e.getMessage() + ")", e);
                }
            }
        }
        try {
            Connection c = create ? openForWriting(name, file) : openForReading(file);
            return new SqlStore(name, c, new SqliteDialect());
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot open the store (" + e.getMessage() + ")", e);
        }
    }

    /** A read-write connection on a store (created where the file is new or empty), its schema current. */
    private static Connection openForWriting(String name, Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), settings(false));
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 30000");
                // the mark goes into the header before WAL mode, which would keep it in the log until a checkpoint
                try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                    if (rs.next() && rs.getInt(1) != APPLICATION_ID) {
                        st.execute("PRAGMA application_id = " + APPLICATION_ID);
                    }
                }
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("PRAGMA cache_size = -65536");
                st.execute("PRAGMA temp_store = MEMORY");
            }
            try {
                new SqliteStore(name, c).migrate();
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot open the store (" + e.getMessage() + ")", e);
        }
    }

    /** A read-only connection: no statement on it can change the file. */
    private static Connection openForReading(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), settings(true));
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -65536");
            st.execute("PRAGMA temp_store = MEMORY");
        }
        return c;
    }

    static Properties settings(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(30000);
        config.setReadOnly(readOnly);
        return config.toProperties();
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
