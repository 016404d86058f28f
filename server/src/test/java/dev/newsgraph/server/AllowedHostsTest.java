package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DNS-rebinding guard: a real server on loopback answers requests naming it (localhost, a
 * loopback address, its bound address, an allowed name) and refuses, 421, those naming another
 * host, as a page of another site whose name was made to resolve to this machine sends.
 */
class AllowedHostsTest {
    /** The status and body of a request sent with exactly this Host header (null: none). */
    private static String[] send(int port, String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            String request = host == null ? "GET " + path + " HTTP/1.0\r\n\r\n"
                    : "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new String[] {answer.substring(9, 12), answer.substring(answer.indexOf("\r\n\r\n") + 4)};
        }
    }

    @Test
    void requestsNamingThisServerAreAnsweredAndOthersRefused() throws Exception {
        try (NewsServer server = NewsServer.start(NewsServer.Settings.local(FixtureStore.get().toString(), 0)
                .withAllowedHosts(List.of("news.internal")))) {
            int port = server.port();
            for (String host : List.of("127.0.0.1:" + port, "127.0.0.1", "localhost:" + port, "LOCALHOST", "localhost.",
                    "127.0.0.2:" + port, "[::1]:" + port, "news.internal:" + port, "News.Internal")) {
                assertEquals("200", send(port, "/api/status", host)[0], host);
            }
            for (String host : List.of("attacker.example:" + port, "attacker.example", "localhost.attacker.example",
                    "127.0.0.1.attacker.example", "x.localhost", "news.internal.attacker.example", "192.0.2.7:" + port)) {
                String[] api = send(port, "/api/status", host);
                assertEquals("421", api[0], host);
                assertTrue(api[1].startsWith("{\"status\":421,\"error\":\"this server does not answer to the host name"), api[1]);
                // pages and static files alike: the guard comes before every route
                assertEquals("421", send(port, "/", host)[0], host);
                assertEquals("421", send(port, "/static/app.css", host)[0], host);
            }
            assertEquals("200", send(port, "/static/app.css", "localhost")[0]);
            // an empty Host is refused (by Jetty itself, 400, before any route)
            assertTrue(List.of("400", "421").contains(send(port, "/api/status", "")[0]));
            // no Host at all (HTTP/1.0): no browser sends that, and none is known to be ours
            assertEquals("421", send(port, "/api/status", null)[0]);
        }
    }

    @Test
    void theBoundNameAndItsAddressesAreTheServersOwn() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        AllowedHosts byName = new AllowedHosts("myhost.lan", InetAddress.getByName("192.0.2.10"), List.of());
        assertTrue(byName.allows("myhost.lan:8080"));
        assertTrue(byName.allows("192.0.2.10:8080"));
        assertFalse(byName.allows("192.0.2.11:8080"));
        AllowedHosts everywhere = new AllowedHosts("0.0.0.0", InetAddress.getByName("0.0.0.0"), List.of());
        assertTrue(everywhere.allows("127.0.0.1"));
        assertFalse(everywhere.allows("0.0.0.0.nip.io"));
        assertFalse(new AllowedHosts("127.0.0.1", loopback, List.of()).allows("evil.example"));
    }

    @Test
    void aMalformedAllowedHostIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewsServer.Settings.local("x", 0).withAllowedHosts(List.of("bad host/")));
        assertTrue(e.getMessage().contains("'bad host/'"), e.getMessage());
    }
}
