package dev.newsgraph.cli.store;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.reading.BadInputException;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.ReadResult;
import dev.newsgraph.store.PutResult;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reading on the calling thread, analysis on {@code jobs} threads sharing one analyzer, and one
 * writer thread committing records in batches (each record atomic). Articles already stored, or
 * already met in this run, are skipped before analysis, so a second run over the same inputs
 * resumes where the first stopped. A bad item is reported and counted; its neighbours go on.
 */
final class IngestPipeline {
    private static final int BATCH = 64;
    private static final Object END = new Object();

    private final Store store;
    private final Supplier<Analyzer> analyzer;
    private final int jobs;
    private final InputReader reader = new InputReader();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> reasons = new TreeMap<>();
    private volatile StoreException storeFailure;

    IngestPipeline(Store store, Supplier<Analyzer> analyzer, int jobs) {
        this.store = store;
        this.analyzer = analyzer;
        this.jobs = jobs;
    }

    /** The number of articles in the files, counted cheaply: a line of JSON Lines each, else one a file. */
    static long estimate(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            if (f == InputFiles.STDIN) {
                continue; // not known before it is read
            }
            String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
                    n += r.lines().filter(l -> !l.isBlank()).count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    /** Failure reasons counted, for the summary ("not a JSON object" → 2). */
    Map<String, Integer> reasons() {
        synchronized (reasons) {
            return new TreeMap<>(reasons);
        }
    }

    /** Runs the ingest; throws where the store itself fails (the run stops, committed articles stay). */
    void run(List<Path> files, String published, Progress progress) throws InterruptedException {
        BlockingQueue<Object> written = new ArrayBlockingQueue<>(jobs * 4 + BATCH);
        Thread writer = new Thread(() -> write(written, progress), "newsgraph-writer");
        writer.start();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "newsgraph-analysis");
            t.setDaemon(true);
            return t;
        });
        Semaphore slots = new Semaphore(jobs * 2);
        try {
            for (Path file : files) {
                if (storeFailure != null) {
                    break;
                }
                try (Stream<ReadResult> items = file == InputFiles.STDIN
                        ? reader.read("-", System.in, published) : reader.read(file, published)) {
                    items.forEach(item -> {
                        if (storeFailure != null) {
                            return;
                        }
                        if (!item.ok()) {
                            fail(progress, item.origin(), item.error());
                            return;
                        }
                        if (item.warning() != null) {
                            // read, but not quite as written (a charset fallback, damaged markup): said, not counted
                            progress.log("newsgraph: " + item.origin() + ": warning: " + item.warning());
                        }
                        String id = item.article().id();
                        if (!inFlight.add(id)) {
                            progress.duplicates.incrementAndGet();
                            return;
                        }
                        if (store.contains(id)) {
                            inFlight.remove(id);
                            progress.duplicates.incrementAndGet();
                            return;
                        }
                        slots.acquireUninterruptibly();
                        pool.execute(() -> {
                            try {
                                StoryRecord rec = analyzer.get().analyze(item.article());
                                put(written, new Analysed(item.origin(), rec));
                            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                                inFlight.remove(id);
                                fail(progress, item.origin(), "analysis failed (" + e + ")");
                            } finally {
                                slots.release();
                            }
                        });
                        progress.tick(false);
                    });
                } catch (BadInputException e) {
                    fail(progress, file.toString(), e.getMessage().substring(e.input().length() + 2));
                } catch (java.io.UncheckedIOException e) {
                    fail(progress, file.toString(), "cannot be read (" + e.getCause().getMessage() + ")");
                }
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
            put(written, END);
            writer.join();
        }
        if (storeFailure != null) {
            throw storeFailure;
        }
    }

    private void write(BlockingQueue<Object> queue, Progress progress) {
        List<Object> batch = new ArrayList<>();
        boolean end = false;
        while (!end) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, BATCH - 1);
            List<Analysed> records = new ArrayList<>();
            for (Object o : batch) {
                if (o == END) {
                    end = true;
                } else {
                    records.add((Analysed) o);
                }
            }
            if (records.isEmpty() || storeFailure != null) {
                continue;
            }
            try {
                List<PutResult> results = store.putAll(records.stream().map(Analysed::record).toList());
                for (int i = 0; i < results.size(); i++) {
                    count(progress, results.get(i));
                }
            } catch (RuntimeException batchFailed) {
                for (Analysed a : records) {
                    try {
                        count(progress, store.put(a.record()));
                    } catch (IllegalArgumentException e) {
                        fail(progress, a.origin(), "cannot be stored (" + e.getMessage() + ")");
                    } catch (StoreException e) {
                        storeFailure = e;
                        break;
                    }
                }
            } finally {
                records.forEach(a -> inFlight.remove(a.record().article().id()));
            }
            progress.tick(false);
        }
    }

    private static void count(Progress progress, PutResult r) {
        (r == PutResult.STORED ? progress.stored : progress.duplicates).incrementAndGet();
    }

    private void fail(Progress progress, String origin, String reason) {
        progress.failed.incrementAndGet();
        progress.log("newsgraph: " + origin + ": " + reason);
        String kind = reason.replaceAll("\\s*\\(.*$", "").strip();
        synchronized (reasons) {
            reasons.merge(kind.isEmpty() ? reason : kind, 1, Integer::sum);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A record ready to store, with the item it came from. */
    private record Analysed(String origin, StoryRecord record) {
    }
}
