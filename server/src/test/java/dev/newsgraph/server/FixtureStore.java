package dev.newsgraph.server;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.EventDate;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Geo;
import dev.newsgraph.model.Modality;
import dev.newsgraph.model.Precision;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A store filled by the real analyzer from short articles written for these tests (one per JVM:
 * the models take seconds to load). Should the analyzer code no event in an article meant to have
 * one, its event sentence is coded by hand so that the event views keep data; the evidence is
 * always a real sentence of the text.
 */
final class FixtureStore {
    static final String KHARKIV_TITLE = "Russian shelling kills three in Kharkiv";
    static final String HOSTILE_TITLE = "<script>window.__pwned=1</script> Minister resigns <b>now</b>";

    /** Kharkiv and Kyiv as the place resolver gives them (GeoNames). */
    static final Geo KHARKIV = new Geo("706483", "Kharkiv", 49.98081, 36.25272, "UKR", "Kharkiv", "PPLA", "city");
    static final Geo KYIV = new Geo("703448", "Kyiv", 50.45466, 30.5238, "UKR", "Kyiv City", "PPLC", "city");

    private static Path dir;

    private FixtureStore() {
    }

    static synchronized Path get() throws IOException {
        if (dir != null) {
            return dir;
        }
        Path d = Files.createTempDirectory("ng-serve-test");
        Analyzer analyzer = Analyzer.create();
        List<StoryRecord> records = new ArrayList<>();
        records.add(located(withEvent(analyzer.analyze(article("https://news.example.org/kharkiv", "Example Wire", KHARKIV_TITLE,
                "2025-04-08",
                "Russian forces shelled Kharkiv on Tuesday, killing three civilians, Ukrainian officials said.\n\n"
                        + "Ukrainian President Volodymyr Zelenskiy accused Russia of targeting homes. \"This is terror "
                        + "against ordinary people,\" Zelenskiy said in a video address.\n\n"
                        + "Regional governor Oleh Synehubov said rescue teams were still searching the rubble.")),
                "shelled Kharkiv", EventType.ASSAULT, "Russia", "Kharkiv"), "Kharkiv", KHARKIV));
        records.add(located(withEvent(analyzer.analyze(article("https://news.example.org/macron-kyiv", "Example Wire",
                "Macron meets Zelenskiy in Kyiv, pledges air defence", "2025-04-10",
                "French President Emmanuel Macron met Ukrainian President Volodymyr Zelenskiy in Kyiv on Wednesday "
                        + "and promised more air defence systems.\n\n\"France will stand by Ukraine for as long as it "
                        + "takes,\" Macron told reporters after the talks.\n\nZelenskiy thanked Macron for the support.")),
                "met Ukrainian President", EventType.CONSULT, "Emmanuel Macron", "Volodymyr Zelenskiy"), "Kyiv", KYIV));
        records.add(analyzer.analyze(article("javascript:window.__pwned=4", "<i>Hostile</i> Source", HOSTILE_TITLE,
                "2025-04-11",
                "Finance Minister John Carter resigned on Friday, officials said. <script>window.__pwned=2</script>\n\n"
                        + "Readers saw <img src=x onerror=\"window.__pwned=3\"> and a link "
                        + "<a href=\"javascript:window.__pwned=5\">click here</a> in the page.\n\n"
                        + "\"I leave with my head high,\" Carter said.")));
        try (Store store = Store.open(d.toString(), true)) {
            store.putAll(records);
            store.saveSource(new dev.newsgraph.store.SourceState(SOURCE, "feed", "2025-04-11T08:00:00Z", 200,
                    "\"v7\"", null, 0, null, null, 3));
        }
        dir = d;
        return d;
    }

    /** A feed the fixture store says it watched. */
    static final String SOURCE = "https://news.example.org/feed.rss";

    static Article article(String url, String source, String title, String published, String text) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Article("sha256:" + java.util.HexFormat.of().formatHex(h), url, source, title, published, "en",
                    text, List.of());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record, with one event coded where the analyzer coded none. */
    private static StoryRecord withEvent(StoryRecord r, String cue, EventType type, String source, String target) {
        if (!r.events().isEmpty()) {
            return r;
        }
        String text = r.article().text();
        int at = text.indexOf(cue);
        int start = Math.max(0, text.lastIndexOf('\n', at) + 1);
        int end = text.indexOf('.', at) + 1;
        Entity s = entity(r, source);
        Entity t = entity(r, target);
        Event e = new Event("ev1", type, null, List.of(), s == null ? List.of() : List.of(s.id()),
                t == null ? List.of() : List.of(t.id()), null, new EventDate(null, r.article().published(), Precision.DAY),
                List.of(), Modality.ASSERTED, null, new Span(start, end, text.substring(start, end)), 0.9);
        return r.withEvents(List.of(e));
    }

    /**
     * The record with its place {@code name} located at {@code geo}, as the place resolver would
     * locate it, and its first event placed there where the analyzer gave it no place: the map and
     * the --near filters then have points to show whatever the analyzer's own places are.
     */
    private static StoryRecord located(StoryRecord r, String name, Geo geo) {
        List<Entity> entities = new ArrayList<>();
        String placeId = null;
        for (Entity e : r.entities()) {
            if (e.name().equals(name) && placeId == null) {
                e = new Entity(e.id(), e.name(), EntityType.LOCATION, e.subtype(), e.aliases(), e.roles(), e.age(),
                        e.country(), e.sector(), e.kb(), e.mentions(), geo);
                placeId = e.id();
            }
            entities.add(e);
        }
        if (placeId == null) {
            String text = r.article().text();
            int at = text.indexOf(name);
            placeId = "place-" + name;
            entities.add(new Entity(placeId, name, EntityType.LOCATION, "CITY", List.of(), List.of(), null, "UKR", null,
                    null, List.of(new Span(at, at + name.length(), name)), geo));
        }
        List<Event> events = new ArrayList<>(r.events());
        Event first = events.get(0);
        if (first.location() == null || !first.location().equals(placeId)) {
            events.set(0, new Event(first.id(), first.type(), first.mode(), first.context(), first.source(), first.target(),
                    placeId, first.date(), first.quantities(), first.modality(), first.attributedTo(), first.evidence(),
                    first.confidence()));
        }
        return new StoryRecord(r.format(), r.article(), entities, r.quotes(), r.reportedSpeech(), events, r.times(),
                r.quantities(), r.provenance(), r.warnings());
    }

    private static Entity entity(StoryRecord r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElse(null);
    }
}
