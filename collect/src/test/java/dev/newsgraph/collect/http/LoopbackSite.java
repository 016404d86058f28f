package dev.newsgraph.collect.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on the loopback interface for tests: pages by path, and every request it got. */
public final class LoopbackSite implements AutoCloseable {
    /** A request as the server saw it. */
    public record Request(String path, Headers headers, long startNanos, long endNanos) {
    }

    /** Answers one request. */
    public interface Handler {
        void handle(HttpExchange x) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> pages = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", x -> {
            long start = System.nanoTime();
            String path = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? ""
                    : "?" + x.getRequestURI().getRawQuery());
            // noted on arrival (a client may give up on the answer before this thread gets back to
            // it), its end filled in once answered
            int at;
            Request arrived = new Request(path, x.getRequestHeaders(), start, start);
            synchronized (requests) {
                requests.add(arrived);
                at = requests.size() - 1;
            }
            try {
                Handler h = pages.get(x.getRequestURI().getRawPath());
                if (h == null) {
                    send(x, 404, "text/plain", "not here");
                } else {
                    h.handle(x);
                }
            } catch (IOException e) {
                // the client went away (a cancelled download): nothing to answer
            } finally {
                synchronized (requests) {
                    if (at < requests.size() && requests.get(at) == arrived) { // not cleared meanwhile
                        requests.set(at, new Request(path, x.getRequestHeaders(), start, System.nanoTime()));
                    }
                }
                x.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LoopbackSite page(String path, Handler h) {
        pages.put(path, h);
        return this;
    }

    public LoopbackSite page(String path, String contentType, String body) {
        return page(path, x -> send(x, 200, contentType, body));
    }

    /** The requests for one path (query included), in order. */
    public List<Request> requestsFor(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
        send(x, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            x.getResponseHeaders().set("Content-Type", contentType);
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
