package dev.newsgraph.store.postgres;

import dev.newsgraph.store.NotAStoreException;
import dev.newsgraph.store.Secrets;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import dev.newsgraph.store.sql.SqlStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens a store on a PostgreSQL server from a URL {@code postgresql://USER[:PASSWORD]@HOST:PORT/DB}
 * (query parameters passed on to the driver; the password better kept out of the URL, see
 * {@link PostgresLogin}). The schema is migrated by Flyway from
 * {@code dev/newsgraph/store/postgres/migration/V*.sql}; one process writes at a time. Queries
 * get a session whose transactions the server keeps read-only. A database holding tables that
 * are not newsgraph's is refused, for reading and writing alike, and left as it was.
 */
public final class PostgresStore {
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final String MIGRATIONS = "classpath:dev/newsgraph/store/postgres/migration";

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private PostgresStore() {
    }

    /** Whether {@code db} names a PostgreSQL store. */
    public static boolean isUrl(String db) {
        return db.startsWith("postgresql://") || db.startsWith("postgres://") || db.startsWith("jdbc:postgresql://");
    }

    /**
     * Opens the store a URL names.
     *
     * @param create   whether to create the schema where there is none, and to write (ingest); without it the
     *                 session is read-only (queries)
     * @param password the password given to the command (null: none), used where the URL holds none
     */
    public static Store open(String url, boolean create, String password) {
        String shown = Secrets.mask(url);
        String jdbc;
        Properties props = new Properties();
        PostgresLogin login;
        try {
            URI uri = new URI(url.startsWith("jdbc:") ? url.substring(5) : url);
            if (uri.getHost() == null) {
                throw new URISyntaxException(shown, "no host");
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String urlUser = null;
            String urlPassword = null;
            if (uri.getRawUserInfo() != null) {
                String[] user = uri.getRawUserInfo().split(":", 2);
                urlUser = URLDecoder.decode(user[0], StandardCharsets.UTF_8);
                if (user.length > 1) {
                    urlPassword = URLDecoder.decode(user[1], StandardCharsets.UTF_8);
                }
            }
            login = PostgresLogin.resolve(urlUser, urlPassword, uri.getHost(), uri.getPort(),
                    URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8), password);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new StoreException(shown + ": not a PostgreSQL URL (postgresql://USER@HOST:PORT/DB; a password in it"
                    + " must have / @ : percent-encoded, or be given by PGPASSWORD, ~/.pgpass or --db-password-file)");
        }
        Secrets.remember(password);
        Secrets.remember(login.password());
        props.setProperty("user", login.user());
        // always set, even empty: the driver would otherwise read ~/.pgpass itself, without the checks of PgPass
        props.setProperty("password", login.password() == null ? "" : login.password());
        try {
            Connection c = DriverManager.getConnection(jdbc, props);
            try {
                checkOurs(c, shown, create);
                if (create || pending(jdbc, props)) {
                    // queries upgrade a store an older newsgraph wrote, once, as ingest would
                    migrate(jdbc, props);
                }
                if (!create) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                    }
                }
                c.setAutoCommit(false);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new SqlStore(shown, c, new PostgresDialect());
        } catch (SQLException e) {
            String notes = login.notes().isEmpty() ? "" : "; " + String.join("; ", login.notes());
            String none = login.password() == null ? "; no password in the URL, --db-password-file, PGPASSWORD or the password file" : "";
            throw new StoreException(shown + ": cannot open the store (" + e.getMessage() + none + notes + ")", e);
        } catch (FlywayException e) {
            throw new StoreException(shown + ": cannot migrate the schema (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Refuses a database that holds tables but not newsgraph's; an empty database is no store to
     * query, and one that ingest may fill.
     */
    private static void checkOurs(Connection c, String shown, boolean create) throws SQLException {
        boolean ours;
        boolean empty;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('articles') IS NOT NULL AND to_regclass('flyway_schema_history') IS NOT NULL,"
                     + " NOT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema())")) {
            rs.next();
            ours = rs.getBoolean(1);
            empty = rs.getBoolean(2);
        }
        if (empty && !create) {
            throw new StoreException(shown + ": no store here (run 'newsgraph ingest --db " + shown + " ...' first)");
        }
        if (!ours && !empty) {
            throw new NotAStoreException(shown + ": not a newsgraph store (the database holds other tables); left untouched");
        }
    }

    private static boolean pending(String jdbc, Properties props) {
        return flyway(jdbc, props).info().pending().length > 0;
    }

    private static void migrate(String jdbc, Properties props) {
        flyway(jdbc, props).migrate();
    }

    private static Flyway flyway(String jdbc, Properties props) {
        return Flyway.configure(PostgresStore.class.getClassLoader())
                .dataSource(jdbc, props.getProperty("user"), props.getProperty("password"))
                .locations(MIGRATIONS)
                .load();
    }
}
