package dev.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: API latency under load. {@code ServeBenchmark DIR [SECONDS] [CLIENTS] [CACHE_MB] [PATHS_FILE]} serves the
 * store at DIR (filled beforehand, e.g. by the store's {@code StoreBenchmark}) on a loopback port
 * with no rate limit, then CLIENTS threads (default 50), each with its own keep-alive connection (a plain socket),
 * send requests back to back for SECONDS (default 60): a mix of every API route over actors,
 * articles and words sampled from the store. Prints p50/p99/max per route and overall, and errors.
 * With {@code -Dnewsgraph.bench.mix=pages} the mix is the web pages instead (home, article list, an
 * article, entity search, an entity, events, timeline, network, quotes and search, over the same
 * samples), for the cost of rendering HTML as well as reading.
 */
public final class ServeBenchmark {
    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int cacheMb = args.length > 3 ? Integer.parseInt(args[3]) : NewsServer.DEFAULT_CACHE_MB;
        // with a fifth argument, no load: the paths the clients would ask, written to that file (for wrk)
        String pathsFile = args.length > 4 ? args[4] : null;
        List<String> pathsOut = pathsFile == null ? null : java.util.Collections.synchronizedList(new ArrayList<>());
        ObjectMapper json = new ObjectMapper();
        try (NewsServer server = NewsServer.start(new NewsServer.Settings(db, "127.0.0.1", 0, false, 0, 16, cacheMb))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient setup = HttpClient.newHttpClient();
            // the 2,000 most named actors (drawn skewed to the top ones, the slowest), 5,000 articles from ten places
            List<String[]> actorSample = new ArrayList<>();
            for (int offset = 0; offset < 2000; offset += 500) {
                json.readTree(get(setup, base + "/api/entities?limit=500&offset=" + offset).body()).get("items")
                        .forEach(a -> actorSample.add(new String[] {a.get("id").asText(), a.get("name").asText()}));
            }
            long count = json.readTree(get(setup, base + "/api/status").body()).get("articles").asLong();
            List<String> ids = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (int part = 0; part < 10; part++) {
                long offset = Math.min(QueryParams.MAX_OFFSET, Math.min(count, 10_000) * part / 10);
                json.readTree(get(setup, base + "/api/articles?limit=500&offset=" + offset).body()).get("items").forEach(a -> {
                    ids.add(a.get("id").asText());
                    Arrays.stream(a.get("title").asText("").split("\\W+")).filter(w -> w.length() > 4).limit(1)
                            .forEach(words::add);
                });
            }
            System.out.printf("store %s: %s articles; %d actors, %d articles, %d words sampled%n", db,
                    json.readTree(get(setup, base + "/api/status").body()).get("articles"), actorSample.size(), ids.size(), words.size());
            boolean pages = "pages".equals(System.getProperty("newsgraph.bench.mix"));
            String[] routes = pages
                    ? new String[] {"home page", "articles page", "article page", "entities page", "entity page", "events page",
                        "timeline page", "network page", "quotes page", "search page"}
                    : new String[] {"articles", "article", "article page", "entities", "entity", "entity quotes", "entity events",
                        "entity page", "events", "quotes", "timeline", "network", "search"};
            Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
            AtomicLong errors = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(clients);
            for (int c = 0; c < clients; c++) {
                Random rnd = new Random(c);
                Thread t = new Thread(() -> {
                    Map<String, List<Long>> mine = new TreeMap<>();
                    try (KeepAlive http = new KeepAlive(server.port())) {
                        while (System.nanoTime() < end) {
                            String route = routes[rnd.nextInt(routes.length)];
                            String[] actor = actorSample.get((int) Math.min(actorSample.size() - 1, Math.abs(rnd.nextGaussian()) * 400));
                            String name = enc(actor[1]);
                            String id = enc(ids.get(rnd.nextInt(ids.size())));
                            String path = switch (route) {
                                case "articles" -> "/api/articles?limit=20&offset=" + rnd.nextInt(500);
                                case "article" -> "/api/articles/" + id;
                                case "article page" -> "/articles/" + id;
                                case "entities" -> "/api/entities?limit=20&q=" + name;
                                case "entity" -> "/api/entities/" + actor[0];
                                case "entity quotes" -> "/api/entities/" + actor[0] + "/quotes?limit=20";
                                case "entity events" -> "/api/entities/" + actor[0] + "/events?limit=20";
                                case "entity page" -> "/entities/" + actor[0];
                                case "events" -> "/api/events?limit=20&actor=" + name;
                                case "quotes" -> "/api/quotes?limit=20&speaker=" + name;
                                case "timeline" -> "/api/timeline?actor=" + name;
                                case "network" -> "/api/network?actor=" + name;
                                case "home page" -> "/";
                                case "articles page" -> "/articles?limit=20&offset=" + rnd.nextInt(500);
                                case "entities page" -> "/entities?limit=20&q=" + name;
                                case "events page" -> "/events?limit=20&actor=" + name;
                                case "timeline page" -> "/timeline?limit=20&actor=" + name;
                                case "network page" -> "/network?actor=" + name;
                                case "quotes page" -> "/quotes?limit=20&speaker=" + name;
                                case "search page" -> "/search?q=" + enc(words.get(rnd.nextInt(words.size())));
                                default -> "/api/articles/search?limit=20&q=" + enc(words.get(rnd.nextInt(words.size())));
                            };
                            if (pathsOut != null) {
                                pathsOut.add(path);
                                if (pathsOut.size() >= 200_000) {
                                    break;
                                }
                                continue;
                            }
                            long t0 = System.nanoTime();
                            int status = http.get(path);
                            long us = (System.nanoTime() - t0) / 1000;
                            if (status != 200) {
                                errors.incrementAndGet();
                                System.out.println("error " + status + " " + path);
                            }
                            mine.computeIfAbsent(route, k -> new ArrayList<>()).add(us);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        System.out.println("error " + e);
                    } finally {
                        mine.forEach((k, v) -> latencies.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(v));
                        done.countDown();
                    }
                });
                t.start();
            }
            done.await();
            if (pathsOut != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(pathsFile), pathsOut);
                System.out.println(pathsOut.size() + " paths written to " + pathsFile);
                return;
            }
            List<Long> all = new ArrayList<>();
            System.out.printf("%d clients, %d s, loopback%n%-14s %8s %9s %9s %9s%n", clients, seconds, "route", "requests", "p50 ms",
                    "p99 ms", "max ms");
            new TreeMap<>(latencies).forEach((route, v) -> {
                all.addAll(v);
                print(route, v);
            });
            print("ALL", all);
            System.out.printf("throughput %.0f requests/s, errors %d%n", all.size() / (double) seconds, errors.get());
            long[] kept = server.cacheCounts();
            System.out.printf("answers from the cache: %d of %d (%.0f%%)%n", kept[0], kept[0] + kept[1],
                    100.0 * kept[0] / Math.max(1, kept[0] + kept[1]));
        }
    }

    private static void print(String route, List<Long> v) {
        long[] s = v.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-14s %8d %9.1f %9.1f %9.1f%n", route, s.length, s[s.length / 2] / 1000.0,
                s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1000.0, s[s.length - 1] / 1000.0);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * One client's keep-alive HTTP/1.1 connection on a plain socket: a request, then the status line,
     * the headers and the body (by Content-Length or chunked) read whole. Far lighter than
     * {@link HttpClient} (a selector thread each), so the benchmark's clients take less of the CPU
     * the server needs.
     */
    static final class KeepAlive implements AutoCloseable {
        private final java.net.Socket socket;
        private final java.io.BufferedInputStream in;
        private final java.io.OutputStream out;

        KeepAlive(int port) throws java.io.IOException {
            socket = new java.net.Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
        }

        /** Sends a GET and reads the whole answer; returns its status. */
        int get(String path) throws java.io.IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long n = Long.parseLong(line().strip(), 16); n > 0; n = Long.parseLong(line().strip(), 16)) {
                    skip(n);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return code;
        }

        private void skip(long n) throws java.io.IOException {
            while (n > 0) {
                long k = in.skip(n);
                if (k <= 0) {
                    if (in.read() < 0) {
                        throw new java.io.EOFException("answer cut short");
                    }
                    k = 1;
                }
                n -= k;
            }
        }

        private String line() throws java.io.IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
