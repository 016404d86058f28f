package dev.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: do slow downloads of exports slow the short answers down? {@code MixedLoadBenchmark DIR
 * [SECONDS] [CLIENTS] [EXPORTS]} serves the store at DIR (filled beforehand, e.g. by the store's
 * {@code StoreBenchmark}) on a loopback port with no rate limit and the default pools, and runs
 * CLIENTS fast clients (default 50; each a keep-alive connection asking short answers back to
 * back: the home page, the status, pages of articles and entities as JSON and HTML, an article)
 * for SECONDS (default 30) at a time: once to warm up, alone, beside EXPORTS slow downloaders (default 8), each
 * asking {@code /api/export/records.jsonl} and reading it at 64 KB/s (a 503 is waited out by its
 * Retry-After, then asked again), and alone again. Prints, for each run, the fast clients' requests, errors (any
 * answer but 200, or a failed connection), p50 and p99, and the ratio of the two p99s.
 */
public final class MixedLoadBenchmark {
    private MixedLoadBenchmark() {
    }

    /** What one run of the fast clients saw. */
    private record Run(List<Long> micros, long errors) {
        double percentile(double p) {
            long[] s = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            return s.length == 0 ? Double.NaN : s[(int) Math.min(s.length - 1, Math.ceil(s.length * p) - 1)] / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        String db = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int exports = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        try (NewsServer server = NewsServer.start(new NewsServer.Settings(db, "127.0.0.1", 0, false, 0, 8,
                NewsServer.DEFAULT_CACHE_MB))) {
            int port = server.port();
            // a run of the same load first, for the JIT and the answer cache, so that the runs compared start alike
            fast(port, clients, seconds);
            Run alone = fast(port, clients, seconds);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong started = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            List<Thread> downloads = new ArrayList<>();
            for (int i = 0; i < exports; i++) {
                Thread t = new Thread(() -> slowDownload(port, stop, started, refused, bytes), "slow-export-" + i);
                t.setDaemon(true);
                t.start();
                downloads.add(t);
            }
            Thread.sleep(2000);
            Run beside = fast(port, clients, seconds);
            stop.set(true);
            for (Thread t : downloads) {
                t.join(5000);
            }
            Run after = fast(port, clients, seconds);
            System.out.printf("store %s, %d fast clients, %d s each run, loopback%n", db, clients, seconds);
            System.out.printf("%-28s %9s %7s %8s %8s%n", "run", "requests", "errors", "p50 ms", "p99 ms");
            print("alone", alone);
            print(exports + " slow export downloads", beside);
            print("alone again", after);
            System.out.printf("p99 beside the exports / alone: %.2f (/ alone again: %.2f)%n",
                    beside.percentile(0.99) / alone.percentile(0.99), beside.percentile(0.99) / after.percentile(0.99));
            System.out.printf("exports: %d streamed, %d refused (503, retried after Retry-After), %.1f MB read%n",
                    started.get(), refused.get(), bytes.get() / 1e6);
        }
    }

    private static void print(String name, Run r) {
        System.out.printf("%-28s %9d %7d %8.1f %8.1f%n", name, r.micros().size(), r.errors(), r.percentile(0.5),
                r.percentile(0.99));
    }

    /** CLIENTS keep-alive connections asking short answers back to back for SECONDS. */
    private static Run fast(int port, int clients, int seconds) throws InterruptedException {
        String[] paths = {"/", "/api/status", "/api/articles?limit=20&offset=", "/api/entities?limit=20&offset=",
            "/articles?limit=20&offset=", "/entities?limit=20&offset=", "/api/articles?limit=1&offset="};
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Random rnd = new Random(c);
            new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                try (ServeBenchmark.KeepAlive http = new ServeBenchmark.KeepAlive(port)) {
                    while (System.nanoTime() < end) {
                        String path = paths[rnd.nextInt(paths.length)];
                        if (path.endsWith("=")) {
                            path += rnd.nextInt(1000);
                        }
                        long t0 = System.nanoTime();
                        int status = http.get(path);
                        mine.add((System.nanoTime() - t0) / 1000);
                        if (status != 200) {
                            errors.incrementAndGet();
                            System.out.println("error " + status + " " + path);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    errors.incrementAndGet();
                    System.out.println("error " + e);
                } finally {
                    micros.addAll(mine);
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return new Run(micros, errors.get());
    }

    /** Asks for the records export and reads it at 64 KB/s, again and again until told to stop. */
    private static void slowDownload(int port, AtomicBoolean stop, AtomicLong started, AtomicLong refused, AtomicLong bytes) {
        byte[] chunk = new byte[6554];
        while (!stop.get()) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.setReceiveBufferSize(16 * 1024);
                s.getOutputStream().write("GET /api/export/records.jsonl HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = s.getInputStream();
                String head = head(in);
                if (!head.startsWith("HTTP/1.1 200")) {
                    refused.incrementAndGet();
                    int at = head.toLowerCase().indexOf("retry-after: ");
                    int wait = at < 0 ? 1 : Integer.parseInt(head.substring(at + 13, head.indexOf('\r', at)).strip());
                    Thread.sleep(wait * 1000L);
                    continue;
                }
                started.incrementAndGet();
                for (int n = in.read(chunk); n >= 0 && !stop.get(); n = in.read(chunk)) {
                    bytes.addAndGet(n);
                    Thread.sleep(100);
                }
            } catch (IOException e) {
                // the server cut a download off: ask again
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String head(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }
}
