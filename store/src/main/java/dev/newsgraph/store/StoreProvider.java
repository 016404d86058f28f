package dev.newsgraph.store;

/**
 * A kind of store that {@link Store#open} can open: the embedded store, a PostgreSQL server.
 * {@code Store.open} finds the kinds with {@link java.util.ServiceLoader} (each listed in
 * {@code META-INF/services/dev.newsgraph.store.StoreProvider}) rather than naming them, so that
 * the implementations depend on this package and this package on none of them. Implementations
 * need a public constructor without arguments, and claim disjoint locations.
 */
public interface StoreProvider {
    /** Whether {@code db} names a store of this kind (by its URL scheme, or as a path for the embedded store). */
    boolean opens(String db);

    /**
     * Opens the store {@code db} names, as {@link Store#open(String, boolean, String)} describes.
     *
     * @param password a password given apart from the location (null: none); kinds that need none ignore it
     * @throws StoreException where it cannot be opened, or does not exist and {@code create} is false
     */
    Store open(String db, boolean create, String password);
}
