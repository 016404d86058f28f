package dev.newsgraph.store;

import dev.newsgraph.model.StoryRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The corpus of story records. Each article is committed atomically with every fact read from
 * it; facts are linked across articles as they come in (one actor across articles, near-duplicate
 * copies grouped into stories, one event reported by several articles merged). Implementations
 * are thread-safe; several processes may read while one writes.
 */
public interface Store extends AutoCloseable {

    /** The default location of the embedded store. */
    String DEFAULT_LOCATION = "newsgraph-data";

    /**
     * Opens the store named by {@code db}, as {@link #open(String, boolean, String)} with no password
     * given apart from the location.
     */
    static Store open(String db, boolean create) {
        return open(db, create, null);
    }

    /**
     * Opens the store named by {@code db}: a folder (or {@code .db} file) for the embedded store,
     * a {@code postgresql://USER@HOST:PORT/DB} URL for a PostgreSQL server (the kinds of store are
     * the {@link StoreProvider}s on the class path). Something that exists there but is not a
     * newsgraph store is refused ({@link NotAStoreException}) and never changed.
     *
     * @param create   whether to create it where there is none yet, and to write to it (ingest); queries pass
     *                 false and get the store read-only
     * @param password a password given apart from the location (null: none), for kinds of store that take one
     * @throws StoreException where it cannot be opened, or does not exist and {@code create} is false
     */
    static Store open(String db, boolean create, String password) {
        String location = db == null || db.isBlank() ? DEFAULT_LOCATION : db;
        // the kinds of store are found, not named (StoreProvider says why); this module lists them all
        for (StoreProvider kind : ServiceLoader.load(StoreProvider.class, Store.class.getClassLoader())) {
            if (kind.opens(location)) {
                return kind.open(location, create, password);
            }
        }
        throw new StoreException(location + ": not a store location (a folder, a .db file or a postgresql:// URL)");
    }

    /** Whether an article with this id is stored. */
    boolean contains(String articleId);

    /** Stores one record and links its facts, atomically: all of it is committed or none. */
    PutResult put(StoryRecord record);

    /**
     * Stores several records in one commit (faster). Each record stays atomic: after a crash
     * either a record is stored whole or not at all. Results are in the order of the records.
     */
    List<PutResult> putAll(List<StoryRecord> records);

    /** How many articles are stored. */
    long articleCount();

    /** Actors, most mentioned first. {@code type} filters the entity type (PERSON ...). */
    void entities(QueryFilter filter, Consumer<ActorRow> sink);

    /** Merged events, latest first. {@code type} filters the PLOVER type. */
    void events(QueryFilter filter, Consumer<EventRow> sink);

    /** Quotes, latest first. {@code actor} filters the speaker, {@code type} the kind, {@code text} the quote's words. */
    void quotes(QueryFilter filter, Consumer<QuoteRow> sink);

    /**
     * Located events counted per place (point) and type, the places with most events first, as
     * many as the filter's limit; the filter keeps the events as {@link #events} does.
     */
    void places(QueryFilter filter, Consumer<PlaceRow> sink);

    /** Events counted per day and type, earliest first. */
    void timeline(QueryFilter filter, Consumer<TimelineRow> sink);

    /** Who acted on whom, the most events first. {@code actor} keeps edges touching that actor. */
    void network(QueryFilter filter, Consumer<EdgeRow> sink);

    /** Full-text search over titles and texts, best first. Words are all required; "quoted phrases" kept. */
    void search(String text, int limit, Consumer<SearchHit> sink);

    /** Every stored article's metadata, in the order stored. */
    void articles(Consumer<ArticleRow> sink);

    /** Every stored record, whole, in the order stored. */
    void records(Consumer<StoryRecord> sink);

    /** One stored record, whole, or empty where no article has this id (the server's article page). */
    default Optional<StoryRecord> record(String articleId) {
        List<StoryRecord> found = new ArrayList<>(1);
        records(r -> {
            if (found.isEmpty() && r.article().id().equals(articleId)) {
                found.add(r);
            }
        });
        return found.stream().findFirst();
    }

    /** One actor by its id, with every name it goes by, or empty where there is none. */
    default Optional<ActorRow> actor(long id) {
        List<ActorRow> found = new ArrayList<>(1);
        entities(QueryFilter.all(), a -> {
            if (a.id() == id) {
                found.add(a);
            }
        });
        return found.stream().findFirst();
    }

    /** A page of stored articles' metadata, latest stored first. */
    default void articles(int offset, int limit, Consumer<ArticleRow> sink) {
        List<ArticleRow> all = new ArrayList<>();
        articles(all::add);
        for (int i = all.size() - 1 - offset, n = 0; i >= 0 && n < limit; i--, n++) {
            sink.accept(all.get(i));
        }
    }

    /** The articles that name an actor, latest stored first. */
    default void articlesNaming(long actorId, int limit, Consumer<ArticleRow> sink) {
        throw new UnsupportedOperationException("articlesNaming");
    }

    /** The roles ("Kremlin spokesman") the latest {@code articles} articles naming an actor give it, latest first, each once. */
    default List<String> roles(long actorId, int articles) {
        throw new UnsupportedOperationException("roles");
    }

    /**
     * A number that changes whenever an article is stored (here or by another process), so that an
     * answer computed at one revision is known to hold while the revision stays.
     */
    default long revision() {
        return articleCount();
    }

    /**
     * Bounds the time each later read of this handle may take in the database: a read still running
     * after {@code limit} is stopped and fails with a {@link StoreException} saying so, so that one
     * costly query cannot hold a handle (and a server's thread) for good. The time the caller's sink
     * spends with the rows handed to it does not count: a slow consumer is the caller's to bound.
     * With PostgreSQL the bound is the server's {@code statement_timeout}, each statement of a read
     * in turn. Writes are not bounded. {@link Duration#ZERO} lifts the bound.
     */
    default void limitQueryTime(Duration limit) {
        throw new UnsupportedOperationException("limitQueryTime");
    }

    /** Every source {@code watch} follows, with its state, in URL order. */
    default void sources(Consumer<SourceState> sink) {
        throw new UnsupportedOperationException("sources");
    }

    /** The state of one watched source, or empty where it was never fetched. */
    default Optional<SourceState> source(String url) {
        throw new UnsupportedOperationException("source");
    }

    /** Saves a watched source's state (replacing the one kept). */
    default void saveSource(SourceState state) {
        throw new UnsupportedOperationException("saveSource");
    }

    /** What is known of an item URL met by {@code watch}, or empty where it was never met. */
    default Optional<SeenItem> item(String url) {
        throw new UnsupportedOperationException("item");
    }

    /** Saves how far an item got (replacing what was kept). */
    default void saveItem(SeenItem item) {
        throw new UnsupportedOperationException("saveItem");
    }

    /** The items of a source met but neither stored nor given up (a killed run's unfinished work), in URL order. */
    default List<SeenItem> pendingItems(String source) {
        throw new UnsupportedOperationException("pendingItems");
    }

    /**
     * Stores a fetched item's record and marks the item (and any other URL the page is known by)
     * stored, in one transaction: after a crash either both are kept or neither, so a restart
     * fetches the item again and never stores it twice.
     */
    default PutResult putFetched(StoryRecord record, List<SeenItem> items) {
        throw new UnsupportedOperationException("putFetched");
    }

    /** Where the data lives, for messages. */
    String location();

    @Override
    void close();
}
