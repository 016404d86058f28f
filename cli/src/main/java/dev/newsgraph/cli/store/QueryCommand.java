package dev.newsgraph.cli.store;

import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.Near;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.SourceState;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import dev.newsgraph.store.TimelineRow;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: questions over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Questions over the store:",
                "  entities  actors across articles, most mentioned first (--type PERSON|ORGANIZATION|LOCATION|GROUP)",
                "  events    events merged across the articles that report them, latest first (--type ASSAULT ...)",
                "  quotes    who said what, latest first (--actor: the speaker; --text: words of the quote)",
                "  timeline  events per day and type",
                "  network   who acted on whom, with event counts",
                "  sources   the sources watch follows: last fetch, status, new items, failures, last error"})
public final class QueryCommand implements Callable<Integer> {
    /** The radius of --near where --km is not given, km. */
    static final double DEFAULT_KM = 50;

    /** The questions. */
    enum Question { entities, events, quotes, timeline, network, sources }

    @Parameters(index = "0", paramLabel = "QUESTION", description = "entities, events, quotes, timeline, network or sources.")
    Question question;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--actor", paramLabel = "NAME", description = "An actor by any name or alias (\"Putin\").")
    String actor;

    @Option(names = "--type", paramLabel = "TYPE", description = "Entity type, PLOVER event type or quote kind.")
    String type;

    @Option(names = "--from", paramLabel = "DAY", description = "First day, yyyy-MM-dd (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "DAY", description = "Last day, yyyy-MM-dd (inclusive).")
    String to;

    @Option(names = "--country", paramLabel = "ISO3", description = "An actor's country, ISO 3166-1 alpha-3 (RUS);"
            + " for events, timeline and network also the country the event happened in.")
    String country;

    @Option(names = "--near", paramLabel = "LAT,LON", description = "Events whose place lies within --km of this point"
            + " (degrees: 50.45,30.52); events, timeline and network.")
    String near;

    @Option(names = "--km", paramLabel = "N", description = "The distance for --near, km (default 50).")
    Double km;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words the article (for quotes: the quote) contains.")
    String text;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    TableFormat format;

    @Override
    public Integer call() {
        if (limit < 1) {
            System.err.println("newsgraph: --limit must be at least 1");
            return ExitCodes.USAGE;
        }
        for (String day : new String[] {from, to}) {
            if (day != null && !Options.isDay(day)) {
                System.err.println("newsgraph: not a day (yyyy-MM-dd): " + day);
                return ExitCodes.USAGE;
            }
        }
        if (km != null && near == null) {
            System.err.println("newsgraph: --km needs --near LAT,LON");
            return ExitCodes.USAGE;
        }
        Near circle = null;
        if (near != null) {
            if (question == Question.entities || question == Question.quotes) {
                System.err.println("newsgraph: --near filters events, timeline and network, not " + question);
                return ExitCodes.USAGE;
            }
            try {
                circle = Near.parse(near, km == null ? DEFAULT_KM : km);
            } catch (IllegalArgumentException e) {
                System.err.println("newsgraph: --near " + near + (km == null ? "" : " --km " + km) + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        QueryFilter f = new QueryFilter(actor, type, from, to, country, text, limit).withNear(circle);
        try (Store store = storeOptions.open(false)) {
            Table t = switch (question) {
                case entities -> entities(store, f);
                case events -> events(store, f);
                case quotes -> quotes(store, f);
                case timeline -> timeline(store, f);
                case network -> network(store, f);
                case sources -> sources(store);
            };
            t.print(System.out, format);
            if (format == TableFormat.table && t.size() == 0) {
                System.err.println("newsgraph: no " + question + " match");
            }
            return ExitCodes.DONE;
        } catch (StoreException e) {
            return StoreOptions.failed(e);
        }
    }

    private static Table entities(Store store, QueryFilter f) {
        Table t = new Table("name", "type", "country", "sector", "kb", "articles", "mentions", "also");
        store.entities(f, r -> t.add(r, r.name(), r.type(), r.country(), r.sector(), r.kb(), r.articles(), r.mentions(),
                String.join("; ", r.names())));
        return t;
    }

    private static Table events(Store store, QueryFilter f) {
        Table t = new Table("date", "type", "mode", "source", "target", "location", "point", "reports", "evidence", "urls");
        store.events(f, e -> t.add(e, e.date(), e.type(), e.mode(), names(e.sources()), names(e.targets()),
                e.location() == null ? null : e.location().name(),
                e.place() == null ? null : String.format(java.util.Locale.ROOT, "%.4f,%.4f", e.place().lat(), e.place().lon()),
                e.reports().size(),
                e.reports().isEmpty() ? null : e.reports().get(0).evidence(),
                e.reports().stream().map(r -> r.url() == null ? r.articleId() : r.url()).collect(Collectors.joining(" "))));
        return t;
    }

    private static Table quotes(Store store, QueryFilter f) {
        Table t = new Table("published", "speaker", "quote", "cue", "url");
        store.quotes(f, (QuoteRow q) -> t.add(q, q.published(), q.speaker() == null ? null : q.speaker().name(), q.text(),
                q.cue(), q.url() == null ? q.articleId() : q.url()));
        return t;
    }

    private static Table timeline(Store store, QueryFilter f) {
        Table t = new Table("day", "type", "events", "reports");
        store.timeline(f, (TimelineRow r) -> t.add(r, r.day(), r.type(), r.events(), r.reports()));
        return t;
    }

    private static Table network(Store store, QueryFilter f) {
        Table t = new Table("source", "target", "events", "types");
        store.network(f, (EdgeRow e) -> t.add(e, e.source().name(), e.target().name(), e.events(),
                e.types().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", "))));
        return t;
    }

    private static Table sources(Store store) {
        Table t = new Table("url", "kind", "last_fetch", "status", "new_items", "failures", "waits_until", "last_error");
        store.sources((SourceState s) -> t.add(s, s.url(), s.kind(), s.lastFetch(), s.lastStatus() == 0 ? null : s.lastStatus(),
                s.newItems(), s.failures(), s.notBefore(), s.lastError()));
        return t;
    }

    private static String names(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::name).collect(Collectors.joining(" + "));
    }

}
