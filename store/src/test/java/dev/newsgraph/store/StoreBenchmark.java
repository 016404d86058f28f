package dev.newsgraph.store;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.EventDate;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Modality;
import dev.newsgraph.model.Precision;
import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.QuoteKind;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Not a unit test: fills an embedded store with synthetic records and measures it.
 * {@code java -cp ... dev.newsgraph.store.StoreBenchmark DIR ARTICLES}. Texts are ~250 words drawn
 * from a Zipf-distributed vocabulary of 50,000 words (the commonest are English function words, as in news); each record has 5 entities drawn from 20,000
 * actors (Zipf), 2 events, 1 quote, dates spread over two years; the second event's place (the
 * fifth entity) is located at a point of its own, one of 20,000 spread over the inhabited
 * latitudes, in one of the ten countries. Prints the fill rate, the
 * p50/p99 latency of each query over 200 random runs, and the bytes stored per article.
 */
public final class StoreBenchmark {
    private static final int VOCABULARY = 50_000;
    private static final int ACTORS = 20_000;
    private static final EventType[] TYPES = EventType.values();
    private static final String[] COUNTRIES = {"USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "ISR", "IRN", "IND"};
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private final Random random = new Random(42);
    private final String[] words = new String[VOCABULARY];
    private final double[] zipfWords = zipf(VOCABULARY);
    private final double[] zipfActors = zipf(ACTORS);
    private final String[] actorNames = new String[ACTORS];

    private StoreBenchmark() {
        String[] syllables = "ka lo mi ne ru sa ti vo zen bar dor fel gan hul jar kem lin mos nar pol".split(" ");
        String[] common = ("the of to and a in that is for on said it with was as he by at from his be have has"
                + " an are not this were who but they had will been which would its their after about more over").split(" ");
        for (int i = 0; i < VOCABULARY; i++) {
            if (i < common.length) {
                words[i] = common[i];
                continue;
            }
            StringBuilder w = new StringBuilder();
            int n = 1 + Integer.numberOfTrailingZeros(i + 1) % 3 + (i % 3);
            for (int k = 0, x = i; k < n; k++, x /= syllables.length) {
                w.append(syllables[x % syllables.length]);
            }
            words[i] = w.append(i).toString();
        }
        for (int i = 0; i < ACTORS; i++) {
            actorNames[i] = cap(words[(i * 7919) % VOCABULARY].replaceAll("\\d", "")) + " "
                    + cap(words[(i * 104729 + 13) % VOCABULARY].replaceAll("\\d", "")) + i;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-store");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        new StoreBenchmark().run(dir, n);
    }

    private void run(Path dir, int n) throws IOException {
        long t0 = System.nanoTime();
        try (Store store = Store.open(dir.toString(), true)) {
            long have = store.articleCount();
            List<StoryRecord> batch = new ArrayList<>();
            for (long i = have; i < n; i++) {
                batch.add(record(i));
                if (batch.size() == 1000) {
                    store.putAll(batch);
                    batch.clear();
                    if ((i + 1) % 50_000 == 0) {
                        double s = (System.nanoTime() - t0) / 1e9;
                        System.out.printf("%,d articles, %.0f s, %.0f articles/s%n", i + 1, s, (i + 1 - have) / s);
                    }
                }
            }
            store.putAll(batch);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("filled %,d articles in %.0f s (%.0f articles/s)%n", n, s, (n - have) / Math.max(s, 1e-9));
        }
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("store size %,d bytes: %,d bytes per article%n", bytes, bytes / n);
        try (Store store = Store.open(dir.toString(), false)) {
            measure("entities (top 20, no filter)", () -> {
                store.entities(QueryFilter.all().withLimit(20), r -> { });
                return null;
            });
            measure("entities --actor NAME", () -> {
                store.entities(QueryFilter.all().withActor(actor()).withLimit(20), r -> { });
                return null;
            });
            measure("entities --from/--to (one week)", () -> {
                LocalDate d = START.plusDays(random.nextInt(720));
                store.entities(QueryFilter.all().withFrom(d.toString()).withTo(d.plusDays(6).toString()).withLimit(20), r -> { });
                return null;
            });
            measure("events (latest 50)", () -> {
                store.events(QueryFilter.all().withLimit(50), r -> { });
                return null;
            });
            measure("events --actor NAME --limit 50", () -> {
                store.events(QueryFilter.all().withActor(actor()).withLimit(50), r -> { });
                return null;
            });
            measure("events --type T --from/--to (one month) --limit 50", () -> {
                LocalDate d = START.plusDays(random.nextInt(690));
                store.events(QueryFilter.all().withType(TYPES[random.nextInt(TYPES.length)].name())
                        .withFrom(d.toString()).withTo(d.plusMonths(1).toString()).withLimit(50), r -> { });
                return null;
            });
            measure("events --country C --limit 50", () -> {
                store.events(QueryFilter.all().withCountry(COUNTRIES[random.nextInt(COUNTRIES.length)]).withLimit(50), r -> { });
                return null;
            });
            measure("events --near POINT --km 100 --limit 50", () -> {
                dev.newsgraph.model.Geo p = placeOf(sample(zipfActors));
                store.events(QueryFilter.all().withNear(new Near(p.lat(), p.lon(), 100)).withLimit(50), r -> { });
                return null;
            });
            measure("events --near POINT --km 1000 --limit 50", () -> {
                dev.newsgraph.model.Geo p = placeOf(sample(zipfActors));
                store.events(QueryFilter.all().withNear(new Near(p.lat(), p.lon(), 1000)).withLimit(50), r -> { });
                return null;
            });
            measure("places --type T --from/--to (one month) --limit 500", () -> {
                LocalDate d = START.plusDays(random.nextInt(690));
                store.places(QueryFilter.all().withType(TYPES[random.nextInt(TYPES.length)].name())
                        .withFrom(d.toString()).withTo(d.plusMonths(1).toString()).withLimit(500), r -> { });
                return null;
            });
            measure("quotes --actor NAME --limit 50", () -> {
                store.quotes(QueryFilter.all().withActor(actor()).withLimit(50), r -> { });
                return null;
            });
            measure("timeline --actor NAME", () -> {
                store.timeline(QueryFilter.all().withActor(actor()).withLimit(1000), r -> { });
                return null;
            });
            measure("network --actor NAME --limit 50", () -> {
                store.network(QueryFilter.all().withActor(actor()).withLimit(50), r -> { });
                return null;
            });
            measure("timeline (whole corpus)", () -> {
                store.timeline(QueryFilter.all().withLimit(10_000), r -> { });
                return null;
            });
            measure("network (whole corpus) --limit 100", () -> {
                store.network(QueryFilter.all().withLimit(100), r -> { });
                return null;
            });
            measure("network --actor NAME --type T --limit 50", () -> {
                store.network(QueryFilter.all().withActor(actor()).withType(TYPES[random.nextInt(TYPES.length)].name())
                        .withLimit(50), r -> { });
                return null;
            });
            measure("search TWO WORDS (rare + common) --limit 20", () -> {
                store.search(words[100 + random.nextInt(2000)] + " " + words[50 + random.nextInt(50)], 20, r -> { });
                return null;
            });
            measure("search ONE COMMON WORD --limit 20", () -> {
                store.search(words[50 + random.nextInt(50)], 20, r -> { });
                return null;
            });
        }
    }

    /** The point of actor {@code a} as a place: spread evenly over latitudes -55 to 70 and every longitude. */
    private static dev.newsgraph.model.Geo placeOf(int a) {
        double lat = -55 + 125 * ((a * 0.6180339887) % 1);
        double lon = -180 + 360 * ((a * 0.7548776662) % 1);
        return new dev.newsgraph.model.Geo(String.valueOf(a), "Place " + a, lat, lon, COUNTRIES[a % COUNTRIES.length],
                null, "PPL", "city");
    }

    private String actor() {
        return actorNames[sample(zipfActors)];
    }

    private void measure(String name, Supplier<Object> query) {
        for (int i = 0; i < 10; i++) {
            query.get();
        }
        long[] ns = new long[200];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            query.get();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("%-52s p50 %7.2f ms   p99 %7.2f ms%n", name, ns[ns.length / 2] / 1e6, ns[ns.length * 99 / 100] / 1e6);
    }

    private StoryRecord record(long i) {
        StringBuilder text = new StringBuilder();
        int[] actors = new int[5];
        for (int k = 0; k < actors.length; k++) {
            actors[k] = sample(zipfActors);
        }
        List<Span> mentionAt = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            if (s < actors.length) {
                int at = text.length();
                text.append(actorNames[actors[s]]);
                mentionAt.add(new Span(at, text.length(), actorNames[actors[s]]));
                text.append(' ');
            }
            for (int w = 0; w < 20; w++) {
                text.append(words[sample(zipfWords)]).append(w == 19 ? ". " : " ");
            }
        }
        String body = text.toString().strip();
        LocalDate day = START.plusDays(i % 730);
        List<Entity> entities = new ArrayList<>();
        for (int k = 0; k < actors.length; k++) {
            int a = actors[k];
            entities.add(new Entity("E" + (k + 1), actorNames[a], a % 5 == 0 ? EntityType.ORGANIZATION : EntityType.PERSON,
                    null, List.of(), List.of(), null, COUNTRIES[a % COUNTRIES.length], a % 3 == 0 ? "GOV" : "CVL", null,
                    List.of(mentionAt.get(k)), k == 4 ? placeOf(a) : null));
        }
        Span evidence = new Span(0, Math.min(body.length(), 150), body.substring(0, Math.min(body.length(), 150)));
        List<Event> events = List.of(
                new Event("V1", TYPES[(int) (i % TYPES.length)], null, List.of(), List.of("E1"), List.of("E2"), null,
                        new EventDate("on " + day, day.toString(), Precision.DAY), List.of(), Modality.ASSERTED, null, evidence, 0.7),
                new Event("V2", TYPES[(int) ((i / 7) % TYPES.length)], null, List.of(), List.of("E3"), List.of("E4"), "E5",
                        new EventDate("on " + day, day.toString(), Precision.DAY), List.of(), Modality.REPORTED, null, evidence, 0.6));
        List<Quote> quotes = List.of(new Quote("Q1", body.substring(200, 260), "E1", QuoteKind.DIRECT, "said", null, 200, 260));
        Article article = new Article("sha256:bench-" + i, "https://example.com/" + i, "Outlet " + (i % 200),
                words[sample(zipfWords)] + " " + words[sample(zipfWords)] + " " + words[sample(zipfWords)],
                day.toString(), "en", body, List.of());
        return new StoryRecord(StoryRecord.FORMAT, article, entities, quotes, events, List.of(), List.of(),
                new Provenance("bench", List.of(), Map.of()));
    }

    private int sample(double[] cumulative) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }

    private static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static String cap(String s) {
        return s.isEmpty() ? "X" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
