package dev.newsgraph.store.sql;

import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.PutResult;
import dev.newsgraph.store.PlaceRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.SearchHit;
import dev.newsgraph.store.SeenItem;
import dev.newsgraph.store.SourceState;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import dev.newsgraph.store.TimelineRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A store in an SQL database (SQLite or PostgreSQL, the differences in its {@link Dialect}).
 * Every record is written in one transaction, so a process killed at any point leaves each
 * article stored whole or not at all. One connection, methods serialised: thread-safe.
 */
public final class SqlStore implements Store {
    private final String location;
    private final Connection connection;
    private final Dialect dialect;
    private final Statements sql;
    private final RecordWriter writer;
    private final ActorLookup actorLookup;
    private final ActorQueries actorQueries;
    private final EventQueries eventQueries;
    private final QuoteQueries quoteQueries;
    private final TimelineQueries timelineQueries;
    private final PlaceQueries placeQueries;
    private final NetworkQueries networkQueries;
    private final ArticleQueries articleQueries;
    private final ArticleSearch articleSearch;
    private final QueryClock clock = new QueryClock();
    private final WatchLedger watchLedger;

    /** A store over an open connection whose schema is in place. Takes ownership of the connection. */
    public SqlStore(String location, Connection connection, Dialect dialect) {
        this.location = location;
        this.connection = connection;
        this.dialect = dialect;
        this.sql = new Statements(connection);
        this.writer = new RecordWriter(sql, dialect);
        // the queries by subject, over one set of prepared statements and one cache of actors
        this.actorLookup = new ActorLookup(sql);
        EventFilters eventFilters = new EventFilters(sql, dialect, actorLookup);
        this.actorQueries = new ActorQueries(sql, dialect, actorLookup);
        this.eventQueries = new EventQueries(sql, actorLookup, eventFilters);
        this.quoteQueries = new QuoteQueries(sql, dialect, actorLookup);
        this.timelineQueries = new TimelineQueries(sql, actorLookup, eventFilters);
        this.placeQueries = new PlaceQueries(sql, eventFilters);
        this.networkQueries = new NetworkQueries(sql, actorLookup, eventFilters);
        this.articleQueries = new ArticleQueries(sql);
        this.articleSearch = new ArticleSearch(sql, dialect);
        this.watchLedger = new WatchLedger(sql);
    }

    @Override
    public synchronized boolean contains(String articleId) {
        try {
            return writer.contains(articleId);
        } catch (SQLException e) {
            throw failed("cannot read", e);
        }
    }

    @Override
    public PutResult put(StoryRecord record) {
        return putAll(List.of(record)).get(0);
    }

    @Override
    public synchronized List<PutResult> putAll(List<StoryRecord> records) {
        String added = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<PutResult> results = new ArrayList<>();
        try {
            dialect.beginWrite(connection);
            for (StoryRecord r : records) {
                results.add(writer.write(r, added) ? PutResult.STORED : PutResult.DUPLICATE);
            }
            dialect.commit(connection);
            actorLookup.forget();
            return results;
        } catch (SQLException | RuntimeException e) {
            try {
                dialect.rollback(connection);
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw failed("cannot store", e);
        }
    }

    @Override
    public synchronized long articleCount() {
        return read(articleQueries::articleCount);
    }

    @Override
    public synchronized void entities(QueryFilter filter, Consumer<ActorRow> sink) {
        run(() -> actorQueries.entities(filter, clock.excluding(sink)));
    }

    @Override
    public synchronized void events(QueryFilter filter, Consumer<EventRow> sink) {
        run(() -> eventQueries.events(filter, clock.excluding(sink)));
    }

    @Override
    public synchronized void quotes(QueryFilter filter, Consumer<QuoteRow> sink) {
        run(() -> quoteQueries.quotes(filter, clock.excluding(sink)));
    }

    @Override
    public synchronized void places(QueryFilter filter, Consumer<PlaceRow> sink) {
        run(() -> placeQueries.places(filter, sink));
    }

    @Override
    public synchronized void timeline(QueryFilter filter, Consumer<TimelineRow> sink) {
        run(() -> timelineQueries.timeline(filter, clock.excluding(sink)));
    }

    @Override
    public synchronized void network(QueryFilter filter, Consumer<EdgeRow> sink) {
        run(() -> networkQueries.network(filter, clock.excluding(sink)));
    }

    @Override
    public synchronized void search(String text, int limit, Consumer<SearchHit> sink) {
        run(() -> articleSearch.search(text, limit, clock.excluding(sink)));
    }

    @Override
    public synchronized void articles(Consumer<ArticleRow> sink) {
        run(() -> articleQueries.articles(clock.excluding(sink)));
    }

    @Override
    public synchronized void records(Consumer<StoryRecord> sink) {
        run(() -> articleQueries.records(clock.excluding(sink)));
    }

    @Override
    public synchronized java.util.Optional<StoryRecord> record(String articleId) {
        return read(() -> articleQueries.record(articleId));
    }

    @Override
    public synchronized java.util.Optional<ActorRow> actor(long id) {
        return read(() -> actorQueries.actor(id));
    }

    @Override
    public synchronized void articles(int offset, int limit, Consumer<ArticleRow> sink) {
        run(() -> articleQueries.articles(offset, limit, clock.excluding(sink)));
    }

    @Override
    public synchronized void articlesNaming(long actorId, int limit, Consumer<ArticleRow> sink) {
        run(() -> articleQueries.articlesNaming(actorId, limit, clock.excluding(sink)));
    }

    @Override
    public synchronized List<String> roles(long actorId, int articles) {
        return read(() -> actorQueries.roles(actorId, articles));
    }

    @Override
    public synchronized long revision() {
        return read(articleQueries::revision);
    }

    @Override
    public synchronized void limitQueryTime(Duration limit) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a query time limit must not be negative: " + limit);
        }
        try {
            dialect.limitQueryTime(connection, limit, clock::overdue);
            clock.limit(limit);
        } catch (SQLException e) {
            throw failed("cannot limit the query time", e);
        }
    }

    @Override
    public synchronized void sources(Consumer<SourceState> sink) {
        run(() -> watchLedger.sources(sink));
    }

    @Override
    public synchronized java.util.Optional<SourceState> source(String url) {
        return read(() -> watchLedger.source(url));
    }

    @Override
    public synchronized void saveSource(SourceState state) {
        write(() -> watchLedger.save(state));
    }

    @Override
    public synchronized java.util.Optional<SeenItem> item(String url) {
        return read(() -> watchLedger.item(url));
    }

    @Override
    public synchronized void saveItem(SeenItem item) {
        write(() -> watchLedger.save(item));
    }

    @Override
    public synchronized List<SeenItem> pendingItems(String source) {
        return read(() -> watchLedger.pending(source));
    }

    @Override
    public synchronized PutResult putFetched(StoryRecord record, List<SeenItem> items) {
        String added = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        PutResult[] result = new PutResult[1];
        write(() -> {
            result[0] = writer.write(record, added) ? PutResult.STORED : PutResult.DUPLICATE;
            for (SeenItem i : items) {
                watchLedger.save(i);
            }
        });
        actorLookup.forget();
        return result[0];
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void close() {
        try {
            sql.close();
            connection.close();
        } catch (SQLException e) {
            throw failed("cannot close", e);
        }
    }

    /** A query step that may fail with SQL. */
    private interface SqlStep {
        void run() throws SQLException;
    }

    /** A query that returns a value and may fail with SQL. */
    private interface SqlValue<T> {
        T get() throws SQLException;
    }

    private void run(SqlStep step) {
        read(() -> {
            step.run();
            return null;
        });
    }

    /** Runs writes in one transaction: all committed or none. */
    private void write(SqlStep step) {
        try {
            dialect.beginWrite(connection);
            try {
                step.run();
                dialect.commit(connection);
            } catch (SQLException | RuntimeException e) {
                try {
                    dialect.rollback(connection);
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failed("cannot store", e);
        }
    }

    /** Runs a read in its own transaction (one snapshot), ending it after. */
    private <T> T read(SqlValue<T> query) {
        try {
            dialect.beginRead(connection);
            clock.start();
            try {
                return query.get();
            } catch (SQLException e) {
                if (clock.overdue()) {
                    throw new StoreException(location + ": the query ran past its time limit of "
                            + clock.limit().toMillis() + " ms and was stopped", e);
                }
                throw e;
            } finally {
                clock.stop();
                dialect.rollback(connection);
            }
        } catch (SQLException e) {
            throw failed("cannot read", e);
        }
    }

    private StoreException failed(String what, Exception e) {
        return new StoreException(location + ": " + what + " (" + e.getMessage() + ")", e);
    }
}
