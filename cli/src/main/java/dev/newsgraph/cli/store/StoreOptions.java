package dev.newsgraph.cli.store;

import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.store.NotAStoreException;
import dev.newsgraph.store.Secrets;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The store options of the store verbs: where the store is, and a PostgreSQL password kept out of
 * the command line (which other users of the machine may see in the process list, and which
 * shells keep in their history). {@code PGPASSWORD} and {@code ~/.pgpass} work too: the store
 * reads them.
 */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DB",
            description = "The store: a folder (default ./newsgraph-data/), a .db file or a postgresql://USER@HOST:PORT/DB URL.")
    String db;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "A file whose first line is the PostgreSQL password (else PGPASSWORD, else ~/.pgpass or PGPASSFILE).")
    Path passwordFile;

    /**
     * Opens the store: read-only for queries, for writing (created where there is none) where
     * {@code create}.
     *
     * @throws StoreException where the store or the password file cannot be opened
     */
    Store open(boolean create) {
        return Store.open(db, create, password());
    }

    /** The store's location as given (the default where none), for checks that need it before opening. */
    public String location() {
        return db == null || db.isBlank() ? Store.DEFAULT_LOCATION : db;
    }

    /**
     * The password of {@code --db-password-file}, or null where none was given (PGPASSWORD and
     * ~/.pgpass are the store's to read).
     *
     * @throws StoreException where the file cannot be read or is empty
     */
    public String password() {
        if (passwordFile == null) {
            return null;
        }
        if (!Files.exists(passwordFile)) {
            // not named: what was typed may be the password itself rather than a file's path
            throw new StoreException("--db-password-file: no such file (it takes the path of a file holding the password,"
                    + " not the password)");
        }
        try {
            String first = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new StoreException(passwordFile + ": the password file is empty");
            }
            Secrets.remember(first);
            return first;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException(passwordFile + ": cannot read the password file (" + e.getMessage() + ")", e);
        }
    }

    /** Reports a store that failed on stderr and gives the exit code: 3 for a file that is not a store, else 1. */
    public static int failed(StoreException e) {
        System.err.println("newsgraph: " + e.getMessage());
        return e instanceof NotAStoreException ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
    }
}
