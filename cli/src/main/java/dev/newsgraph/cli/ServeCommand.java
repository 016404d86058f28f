package dev.newsgraph.cli;

import dev.newsgraph.cli.store.StoreOptions;
import dev.newsgraph.server.NewsServer;
import dev.newsgraph.store.Secrets;
import dev.newsgraph.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the REST API, its OpenAPI document and the web UI over a store, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store read-only: a web UI at http://ADDR:PORT/, a REST API under /api,",
                "its OpenAPI document at /openapi.json. Listens on 127.0.0.1 unless told otherwise."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "The address to listen on (default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--allow-remote", description = "Allow --bind to an address other machines can reach.")
    boolean allowRemote;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = {"Also answer requests whose Host is NAME (a name clients use for this machine, or a proxy's); repeatable.",
                    "localhost, loopback addresses and the --bind address are always answered; other hosts get 421 (DNS rebinding guard)."})
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "100",
            description = "Requests a second per client address, bursts of twice that (default ${DEFAULT-VALUE}; 0: no limit).")
    int rateLimit;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "" + NewsServer.DEFAULT_CACHE_MB,
            description = "Answers kept while the store is unchanged, in MB (default ${DEFAULT-VALUE}; 0: none).")
    int cacheMb;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            System.err.println("newsgraph: --port must be between 0 and 65535: " + port);
            return ExitCodes.USAGE;
        }
        if (rateLimit < 0) {
            System.err.println("newsgraph: --rate-limit must not be negative: " + rateLimit);
            return ExitCodes.USAGE;
        }
        if (cacheMb < 0) {
            System.err.println("newsgraph: --cache-mb must not be negative: " + cacheMb);
            return ExitCodes.USAGE;
        }
        NewsServer server;
        try {
            server = NewsServer.start(new NewsServer.Settings(store.location(), bind, port, allowRemote, rateLimit, 8, cacheMb)
                    .withAllowedHosts(allowHosts).withPassword(store.password()));
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException e) {
            return StoreOptions.failed(e);
        } catch (RuntimeException e) {
            System.err.println("newsgraph: cannot serve on " + bind + ":" + port + " (" + Secrets.mask(e.getMessage()) + ")");
            return ExitCodes.FAILED;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        System.err.println("newsgraph: serving " + server.location() + " at http://" + host + ":" + server.port()
                + "/ (API at /api, OpenAPI at /openapi.json); Ctrl-C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newsgraph-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.DONE;
    }
}
