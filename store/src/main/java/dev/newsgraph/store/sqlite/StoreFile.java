package dev.newsgraph.store.sqlite;

import dev.newsgraph.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

/**
 * What an existing file given as a store is, told without changing it: a newsgraph store (and its
 * schema version), an empty file, or something else (and why not ours).
 *
 * @param ours    a newsgraph store
 * @param empty   a file of no bytes
 * @param version the store's schema version (0 where not ours)
 * @param why     for a file that is not ours, what it is instead
 */
record StoreFile(boolean ours, boolean empty, int version, String why) {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The offset of the application id in the SQLite header (big-endian, 4 bytes). */
    private static final int APPLICATION_ID_AT = 68;
    private static final int HEADER = 100;

    /**
     * Reads the file's header: a file marked as another program's is told from that alone. A file
     * marked as ours is read read-only for its schema version. An unmarked one (another program's,
     * or a store older than the mark) is read through a connection that takes no lock and writes
     * no journal (SQLite's {@code immutable} mode), so that neither the file nor its folder changes.
     */
    static StoreFile recognise(Path file) {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (header.length == 0) {
            return new StoreFile(false, true, 0, "an empty file");
        }
        if (header.length < HEADER || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return foreign("not an SQLite database");
        }
        int application = ByteBuffer.wrap(header, APPLICATION_ID_AT, 4).getInt();
        if (application != 0 && application != SqliteStore.APPLICATION_ID) {
            return foreign(String.format("an SQLite database of another program, application_id 0x%08X", application));
        }
        boolean marked = application == SqliteStore.APPLICATION_ID;
        // a marked store is read as a store (its write-ahead log included); anything else without a lock or a journal
        String url = marked ? "jdbc:sqlite:" + file.toAbsolutePath() : "jdbc:sqlite:" + uri(file);
        try (Connection c = DriverManager.getConnection(url, marked ? SqliteStore.settings(true) : new Properties());
             Statement st = c.createStatement()) {
            if (!table(st, "meta") || !table(st, "articles")) {
                return !marked ? foreign("an SQLite database without newsgraph's tables")
                        : foreign("marked as a newsgraph store but without its tables");
            }
            try (ResultSet v = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                if (!v.next()) {
                    return foreign("an SQLite database without newsgraph's schema version");
                }
                return new StoreFile(true, false, Integer.parseInt(v.getString(1).strip()), null);
            }
        } catch (SQLException | NumberFormatException e) {
            return foreign("an SQLite database newsgraph cannot read: " + e.getMessage());
        }
    }

    private static StoreFile foreign(String why) {
        return new StoreFile(false, false, 0, why);
    }

    private static boolean table(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'")) {
            return rs.next();
        }
    }

    /** A read-only, immutable SQLite URI of the file (its path percent-encoded where URI syntax needs it). */
    private static String uri(Path file) {
        StringBuilder b = new StringBuilder("file:");
        for (byte x : file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-_.~".indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.append("?mode=ro&immutable=1").toString();
    }
}
