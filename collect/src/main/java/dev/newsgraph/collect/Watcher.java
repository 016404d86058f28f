package dev.newsgraph.collect;

import dev.newsgraph.collect.http.FetchFailure;
import dev.newsgraph.collect.http.Fetched;
import dev.newsgraph.collect.http.NormalUrl;
import dev.newsgraph.collect.http.PoliteFetcher;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.reading.BadInputException;
import dev.newsgraph.reading.FeedArticles;
import dev.newsgraph.reading.HtmlArticles;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.LanguageGuesser;
import dev.newsgraph.reading.TextDecoder;
import dev.newsgraph.store.PutResult;
import dev.newsgraph.store.SeenItem;
import dev.newsgraph.store.SourceState;
import dev.newsgraph.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One round of following sources: each source fetched (conditionally), its new item URLs noted in
 * the store, then every item not yet stored fetched, read, analysed and stored with its item
 * marked, in one transaction. Sources run in parallel (the fetcher keeps each host to one request
 * at a time). An item is tried until stored or given up, so a round killed at any moment is
 * finished by the next one and nothing is stored twice. A failing source is reported, counted and
 * backs off; it never stops the round. Only a failing store does.
 */
public final class Watcher {
    /** Fetches of one item before it is given up after failures that may pass (timeouts, 5xx). */
    static final int MAX_ATTEMPTS = 3;
    /** New item URLs taken from one source in one round: a huge sitemap is taken in parts. */
    static final int MAX_NEW_ITEMS_PER_ROUND = 1000;
    /** Sitemaps of one sitemap index read in one round. */
    static final int MAX_SITEMAPS = 50;
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    /** What became of one item. */
    public enum Outcome {
        STORED, ALREADY_STORED, GIVEN_UP
    }

    private final Store store;
    private final PoliteFetcher fetcher;
    private final HtmlArticles html;
    private final ItemLinks links;
    private final Function<Article, StoryRecord> analysis;
    private final int parallel;
    private final Consumer<String> log;
    private volatile boolean stopping;

    /**
     * @param analysis an article to its record (the analysis pipeline)
     * @param parallel hosts worked on at once (each host's sources are taken one after another)
     * @param log      receives one line per failure (naming the URL)
     */
    public Watcher(Store store, PoliteFetcher fetcher, InputReader reader, Function<Article, StoryRecord> analysis,
                   int parallel, Consumer<String> log) {
        this.store = store;
        this.fetcher = fetcher;
        this.html = reader.html();
        this.links = new ItemLinks(new FeedArticles(reader.texts(), LanguageGuesser.create()));
        this.analysis = analysis;
        this.parallel = parallel;
        this.log = log;
    }

    /** Asks the round in progress to stop after the article in hand; later rounds do nothing. */
    public void stop() {
        stopping = true;
    }

    public boolean stopping() {
        return stopping;
    }

    /** Counts of a round, shared by its threads. */
    private static final class Tally {
        final AtomicInteger fetched = new AtomicInteger();
        final AtomicInteger notModified = new AtomicInteger();
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicInteger newItems = new AtomicInteger();
        final AtomicInteger stored = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger sourcesDone = new AtomicInteger();
        final long started = System.nanoTime();
        final int sources;
        final Consumer<RoundReport> progress;

        Tally() {
            this(0, r -> { });
        }

        Tally(int sources, Consumer<RoundReport> progress) {
            this.sources = sources;
            this.progress = progress;
        }

        /** The round so far: {@code sources} counts the sources done. */
        void report() {
            progress.accept(new RoundReport(sourcesDone.get(), fetched.get(), notModified.get(), waiting.get(),
                    newItems.get(), stored.get(), errors.get(), Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    /** One round over {@code sources} (URLs in normal form). */
    public RoundReport round(List<String> sources) throws InterruptedException {
        return round(sources, r -> { });
    }

    /**
     * One round over {@code sources}, telling {@code progress} the round so far after each source and
     * each article stored (its {@code sources} is the count of sources done), from the round's threads.
     */
    public RoundReport round(List<String> sources, Consumer<RoundReport> progress) throws InterruptedException {
        long t0 = System.nanoTime();
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(sources));
        // one worker per host, taking that host's sources in turn: a worker never waits on a host
        // another worker holds while other hosts sit idle
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String source : unique) {
            byHost.computeIfAbsent(host(source), h -> new ArrayList<>()).add(source);
        }
        Tally t = new Tally(unique.size(), progress);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, byHost.size())), r -> {
            Thread th = new Thread(r, "newsgraph-watch");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<String> hostSources : byHost.values()) {
                running.add(pool.submit(() -> {
                    for (String source : hostSources) {
                        source(source, t);
                        t.sourcesDone.incrementAndGet();
                        t.report();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re; // the store failed: the round cannot go on
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new RoundReport(unique.size(), t.fetched.get(), t.notModified.get(), t.waiting.get(), t.newItems.get(),
                t.stored.get(), t.errors.get(), Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * Reads one page into the store ({@code ingest URL}): fetched unless an article is already
     * stored for it. Failures are logged.
     */
    public Outcome page(String url) throws InterruptedException {
        Optional<SeenItem> known = store.item(url);
        if (known.isPresent() && known.get().state() == SeenItem.State.STORED) {
            return Outcome.ALREADY_STORED;
        }
        SeenItem item = known.orElse(new SeenItem(url, url, SeenItem.State.SEEN, null, 0, null, now()));
        try {
            return read(item, fetcher.fetch(url), new Tally());
        } catch (FetchFailure e) {
            log.accept(e.getMessage());
            store.saveItem(new SeenItem(url, item.source(), SeenItem.State.GIVEN_UP, e.reason(), item.attempts() + 1,
                    null, now()));
            return Outcome.GIVEN_UP;
        }
    }

    private void source(String url, Tally t) throws InterruptedException {
        List<String> found = new ArrayList<>();
        if (stopping) {
            return;
        }
        SourceState state = store.source(url).orElse(SourceState.fresh(url));
        if (state.notBefore() != null && Instant.parse(state.notBefore()).isAfter(Instant.now())) {
            t.waiting.incrementAndGet();
            return;
        }
        Fetched f;
        try {
            f = fetcher.fetch(url, state.etag(), state.lastModified());
        } catch (FetchFailure e) {
            failed(state, e.reason(), e.status(), e.retryAfter(), t);
            return;
        }
        if (f.notModified()) {
            t.notModified.incrementAndGet();
            store.saveSource(new SourceState(url, state.kind(), now(), 304, f.etag(), f.lastModified(), 0, null, null, 0));
        } else {
            if (f.body().length == 0 || TextDecoder.looksBinary(f.body())) {
                failed(state, f.body().length == 0 ? "empty answer" : "binary content, not a feed, sitemap or page",
                        f.status(), null, t);
                return;
            }
            SourceKind kind = SourceKind.of(f.body());
            int fresh = 0;
            if (kind == SourceKind.PAGE) {
                store.saveSource(new SourceState(url, kind.label(), now(), f.status(), f.etag(), f.lastModified(), 0, null,
                        null, 0));
                t.fetched.incrementAndGet();
                if (!stopping) {
                    read(new SeenItem(url, url, SeenItem.State.SEEN, null, 0, null, now()), f, t);
                }
                return;
            }
            try {
                found.addAll(items(url, f, kind, t));
            } catch (BadInputException e) {
                failed(state, e.getMessage().substring(e.input().length() + 2), f.status(), null, t);
                return;
            }
            for (String item : found) {
                if (fresh >= MAX_NEW_ITEMS_PER_ROUND) {
                    break;
                }
                if (store.item(item).isEmpty()) {
                    store.saveItem(new SeenItem(item, url, SeenItem.State.SEEN, null, 0, null, now()));
                    fresh++;
                }
            }
            t.fetched.incrementAndGet();
            t.newItems.addAndGet(fresh);
            store.saveSource(new SourceState(url, kind.label(), now(), f.status(), f.etag(), f.lastModified(), 0, null,
                    null, fresh));
        }
        // the items met now, in the source's order, and those a stopped or failed round left unfinished
        List<SeenItem> pending = new ArrayList<>(store.pendingItems(url));
        pending.sort(java.util.Comparator.comparingInt(i -> {
            int at = found.indexOf(i.url());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        for (SeenItem item : pending) {
            if (stopping) {
                return;
            }
            fetchItem(item, t);
        }
    }

    private List<String> items(String url, Fetched f, SourceKind kind, Tally t)
            throws BadInputException, InterruptedException {
        if (kind == SourceKind.FEED) {
            return links.feed(url, f.body()).items();
        }
        ItemLinks.Found found = links.sitemap(f.url(), f.body(), f.contentType());
        List<String> all = new ArrayList<>(found.items());
        for (String sitemap : found.sitemaps().subList(0, Math.min(MAX_SITEMAPS, found.sitemaps().size()))) {
            if (stopping) {
                break;
            }
            try {
                Fetched child = fetcher.fetch(sitemap);
                all.addAll(links.sitemap(child.url(), child.body(), child.contentType()).items());
            } catch (FetchFailure e) {
                t.errors.incrementAndGet();
                log.accept(e.getMessage());
            } catch (BadInputException e) {
                t.errors.incrementAndGet();
                log.accept(e.getMessage());
            }
        }
        return all;
    }

    private void failed(SourceState state, String reason, int status, Duration retryAfter, Tally t) {
        t.errors.incrementAndGet();
        log.accept(state.url() + ": " + reason);
        int failures = state.failures() + 1;
        // a source failing again and again is asked less and less often: 1, 2, 4 ... minutes, up to 6 hours
        Duration wait = Duration.ofMinutes(1L << Math.min(failures - 1, 20));
        wait = wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        store.saveSource(new SourceState(state.url(), state.kind(), now(), status, state.etag(), state.lastModified(),
                failures, Instant.now().plus(wait).truncatedTo(ChronoUnit.SECONDS).toString(), reason, 0));
    }

    private void fetchItem(SeenItem item, Tally t) throws InterruptedException {
        Fetched f;
        try {
            f = fetcher.fetch(item.url());
        } catch (FetchFailure e) {
            t.errors.incrementAndGet();
            log.accept(e.getMessage());
            int attempts = item.attempts() + 1;
            boolean giveUp = !e.transientFailure() || attempts >= MAX_ATTEMPTS;
            store.saveItem(new SeenItem(item.url(), item.source(), giveUp ? SeenItem.State.GIVEN_UP : SeenItem.State.SEEN,
                    e.reason(), attempts, null, now()));
            return;
        }
        read(item, f, t);
    }

    /** Reads a fetched item's page and stores it, marking the item (and the URLs the page is known by). */
    private Outcome read(SeenItem item, Fetched f, Tally t) {
        int attempts = item.attempts() + 1;
        if (f.body().length == 0 || TextDecoder.looksBinary(f.body())) {
            return giveUp(item, attempts, f.body().length == 0 ? "empty page" : "binary content, not an HTML page", t);
        }
        HtmlArticles.Page page;
        try {
            page = html.read(f.body(), f.url(), f.contentType(), null);
        } catch (RuntimeException e) {
            return giveUp(item, attempts, "cannot be read (" + e + ")", t);
        }
        Article read = page.article();
        if (read.text().isBlank()) {
            return giveUp(item, attempts, "no story text found in the page", t);
        }
        // the article keeps the URL it was fetched by; the page's canonical URL marks it known too
        Article a = new Article(read.id(), item.url(), read.source(), read.title(), read.published(), read.language(),
                read.text(), read.removed());
        List<SeenItem> marks = new ArrayList<>();
        marks.add(new SeenItem(item.url(), item.source(), SeenItem.State.STORED, null, attempts, a.id(), now()));
        for (String other : new String[] {f.url(), page.metadata().canonicalUrl()}) {
            NormalUrl.of(other).filter(o -> marks.stream().noneMatch(m -> m.url().equals(o)))
                    .ifPresent(o -> marks.add(new SeenItem(o, item.source(), SeenItem.State.STORED, null, attempts, a.id(),
                            now())));
        }
        if (store.contains(a.id())) {
            marks.forEach(store::saveItem);
            return Outcome.ALREADY_STORED;
        }
        StoryRecord record;
        try {
            record = analysis.apply(a);
        } catch (RuntimeException | StackOverflowError e) {
            return giveUp(item, attempts, "analysis failed (" + e + ")", t);
        }
        if (store.putFetched(record, marks) == PutResult.STORED) {
            t.stored.incrementAndGet();
            t.report();
            return Outcome.STORED;
        }
        return Outcome.ALREADY_STORED;
    }

    private Outcome giveUp(SeenItem item, int attempts, String reason, Tally t) {
        t.errors.incrementAndGet();
        log.accept(item.url() + ": " + reason + "; given up");
        store.saveItem(new SeenItem(item.url(), item.source(), SeenItem.State.GIVEN_UP, reason, attempts, null, now()));
        return Outcome.GIVEN_UP;
    }

    private static String host(String url) {
        try {
            return java.net.URI.create(url).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
