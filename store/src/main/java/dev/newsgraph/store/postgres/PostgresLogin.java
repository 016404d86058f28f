package dev.newsgraph.store.postgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who connects to a PostgreSQL server and with which password, found where PostgreSQL users keep
 * them rather than only in the URL (which shows in process lists and shell histories): the URL's
 * password, else the password given to the command ({@code --db-password-file}), else the
 * {@code PGPASSWORD} environment variable, else the first matching line of the password file
 * ({@code PGPASSFILE}, default {@code ~/.pgpass}). The user is the URL's, else {@code PGUSER},
 * else the operating-system user, as for libpq.
 *
 * @param user     the user name
 * @param password the password, null where none was found (the server may need none)
 * @param notes    why a password file was not used, for the message where the login fails
 */
record PostgresLogin(String user, String password, List<String> notes) {

    /** The login for a database: the URL's user and password (null where it has none), then the rest as above. */
    static PostgresLogin resolve(String urlUser, String urlPassword, String host, int port, String database,
                                 String given, Map<String, String> env, Path home) {
        String user = first(urlUser, env.get("PGUSER"), System.getProperty("user.name"));
        List<String> notes = new ArrayList<>();
        String password = first(urlPassword, given, env.get("PGPASSWORD"));
        if (password == null) {
            String named = env.get("PGPASSFILE");
            Path file = named != null && !named.isEmpty() ? Path.of(named) : home.resolve(".pgpass");
            String db = database == null || database.isEmpty() ? user : database;
            password = PgPass.read(file, notes)
                    .flatMap(p -> p.password(host, port > 0 ? port : PgPass.DEFAULT_PORT, db, user))
                    .orElse(null);
        }
        return new PostgresLogin(user, password, List.copyOf(notes));
    }

    /** The login of this process: its environment and home folder. */
    static PostgresLogin resolve(String urlUser, String urlPassword, String host, int port, String database, String given) {
        return resolve(urlUser, urlPassword, host, port, database, given, System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
