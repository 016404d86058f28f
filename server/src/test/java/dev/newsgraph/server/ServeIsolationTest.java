package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Long answers cannot starve short ones: a real server on loopback over a store whose export is
 * megabytes long, clients that ask for the export and never read it, and short requests that
 * must still be answered meanwhile.
 */
class ServeIsolationTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A client that sends a request and reads no more than the status line and headers of the answer. */
    private static final class StalledClient implements AutoCloseable {
        private final Socket socket = new Socket();
        private final BufferedReader in;

        StalledClient(int port, String path) throws IOException {
            socket.setReceiveBufferSize(4096);
            socket.setSoTimeout(20_000);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1), 64);
        }

        /** The status line and the headers (lower-case), the body left unread. */
        List<String> head() throws IOException {
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line.toLowerCase(Locale.ROOT));
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void eightStalledExportDownloadsLeaveTheShortAnswersAnsweredAndTheExtraExportsAreRefusedAtOnce() throws Exception {
        try (NewsServer server = NewsServer.start(NewsServer.Settings.local(BigStore.get().toString(), 0))) {
            List<StalledClient> stalled = new ArrayList<>();
            try {
                int started = 0;
                int refused = 0;
                for (int i = 0; i < 8; i++) {
                    StalledClient c = new StalledClient(server.port(), "/api/export/records.jsonl");
                    stalled.add(c);
                    List<String> head = c.head();
                    if (head.get(0).contains(" 200 ")) {
                        started++;
                    } else {
                        assertTrue(head.get(0).contains(" 503 "), head.get(0));
                        assertTrue(head.contains("retry-after: 1"), head.toString());
                        refused++;
                    }
                }
                // as many exports as there are export handles stream (and stall); the rest are told to come back
                assertEquals(NewsServer.EXPORT_READERS, started);
                assertEquals(8 - NewsServer.EXPORT_READERS, refused);
                // the stalled downloads hold their handles and threads; every short answer is still given
                for (int round = 0; round < 5; round++) {
                    for (String path : List.of("/", "/api/status", "/api/articles", "/articles", "/api/entities?limit=5")) {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, r.statusCode(), path + ": " + r.body());
                    }
                }
            } finally {
                for (StalledClient c : stalled) {
                    c.close();
                }
            }
            // once the stalled clients are gone their handles come back: an export streams whole again
            HttpResponse<String> export = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                export = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/export/records.jsonl")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (export.statusCode() == 200) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(200, export.statusCode(), export.body());
            assertEquals(240, export.body().lines().count(), "a record per article");
        }
    }
}
