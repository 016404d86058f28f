package dev.newsgraph.store.postgres;

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
 * Opens a store on a PostgreSQL server from a URL {@code postgresql://USER:PASSWORD@HOST:PORT/DB}
 * (query parameters passed on to the driver). The schema is migrated by Flyway from
 * {@code dev/newsgraph/store/postgres/migration/V*.sql}; one process writes at a time.
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

    public static Store open(String url, boolean create) {
        String shown = url.replaceAll("//([^:@/]*):[^@/]*@", "//$1:***@");
        String jdbc;
        Properties props = new Properties();
        try {
            URI uri = new URI(url.startsWith("jdbc:") ? url.substring(5) : url);
            if (uri.getHost() == null) {
                throw new URISyntaxException(url, "no host");
            }
            jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (uri.getRawUserInfo() != null) {
                String[] user = uri.getRawUserInfo().split(":", 2);
                props.setProperty("user", URLDecoder.decode(user[0], StandardCharsets.UTF_8));
                if (user.length > 1) {
                    props.setProperty("password", URLDecoder.decode(user[1], StandardCharsets.UTF_8));
                }
            }
        } catch (URISyntaxException e) {
            throw new StoreException(shown + ": not a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:PORT/DB)");
        }
        try {
            Connection c = DriverManager.getConnection(jdbc, props);
            if (!create && !hasSchema(c)) {
                c.close();
                throw new StoreException(shown + ": no store here (run 'newsgraph ingest --db " + shown + " ...' first)");
            }
            migrate(jdbc, props);
            c.setAutoCommit(false);
            return new SqlStore(shown, c, new PostgresDialect());
        } catch (SQLException e) {
            throw new StoreException(shown + ": cannot open the store (" + e.getMessage() + ")", e);
        } catch (FlywayException e) {
            throw new StoreException(shown + ": cannot migrate the schema (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hasSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT to_regclass('articles')")) {
            return rs.next() && rs.getString(1) != null;
        }
    }

    private static void migrate(String jdbc, Properties props) {
        Flyway.configure(PostgresStore.class.getClassLoader())
                .dataSource(jdbc, props.getProperty("user"), props.getProperty("password"))
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }
}
