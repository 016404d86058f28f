package dev.newsgraph.store.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A PostgreSQL password file ({@code ~/.pgpass}, or the file {@code PGPASSFILE} names) as libpq
 * reads it: one {@code hostname:port:database:username:password} a line, {@code *} matching
 * anything in the first four fields, {@code \:} and {@code \\} standing for a colon and a
 * backslash, lines starting with {@code #} ignored, the first matching line winning. As libpq
 * does, a file that its group or others may read is not used: a password kept there is not
 * kept secret.
 *
 * @param lines the file's entries, each its five fields unescaped
 */
record PgPass(List<List<String>> lines) {
    /** The default port, which an entry's port matches where the URL names none. */
    static final int DEFAULT_PORT = 5432;

    /** Reads a password file; empty where it does not exist or others may read it (then {@code refused} says why). */
    static Optional<PgPass> read(Path file, List<String> refused) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
                refused.add(file + " not used: its group or others may read it (chmod 600 it)");
                return Optional.empty();
            }
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions (Windows): libpq does not check there either
        } catch (IOException e) {
            refused.add(file + " not used: " + e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            refused.add(file + " not used: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The entries of a password file's text. Lines with fewer than five fields are ignored, as libpq does. */
    static PgPass parse(String text) {
        List<List<String>> entries = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() >= 5) {
                entries.add(List.copyOf(fields.subList(0, 5)));
            }
        }
        return new PgPass(List.copyOf(entries));
    }

    /** The password of the first entry matching a connection, if any. */
    Optional<String> password(String host, int port, String database, String user) {
        for (List<String> e : lines) {
            if (matches(e.get(0), host) && matches(e.get(1), String.valueOf(port)) && matches(e.get(2), database)
                    && matches(e.get(3), user)) {
                return Optional.of(e.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** A line split at its unescaped colons, {@code \x} read as {@code x} (a colon in a password is written {@code \:}). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                f.append(line.charAt(++i));
            } else if (c == ':') {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }
}
