package dev.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.StoryRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} implementation must do, run against real engines by its subclasses
 * (SQLite files in temporary folders, a PostgreSQL server started by the test).
 */
public abstract class StoreContractTest {
    /** A new, empty store; the test closes it. */
    protected abstract Store fresh();

    protected Store filled() {
        Store store = fresh();
        for (StoryRecord r : NewsFixtures.all()) {
            assertEquals(PutResult.STORED, store.put(r));
        }
        return store;
    }

    protected static <T> List<T> collect(BiConsumer<QueryFilter, Consumer<T>> query, QueryFilter f) {
        List<T> out = new ArrayList<>();
        query.accept(f, out::add);
        return out;
    }

    @Test
    public void storesEachArticleOnceAndReportsTheSecondPutAsDuplicate() {
        try (Store store = filled()) {
            assertEquals(7, store.articleCount());
            assertTrue(store.contains("sha256:meeting"));
            assertFalse(store.contains("sha256:nothing"));
            assertEquals(PutResult.DUPLICATE, store.put(NewsFixtures.meeting()));
            assertEquals(7, store.articleCount());
        }
    }

    @Test
    public void watchStateOfSourcesAndItemsIsKeptAndReplaced() {
        try (Store store = fresh()) {
            assertTrue(store.source("https://news.example/feed").isEmpty());
            SourceState first = new SourceState("https://news.example/feed", "feed", "2026-12-05T01:00:00Z", 200,
                    "\"v1\"", "Sat, 05 Dec 2026 00:59:00 GMT", 0, null, null, 3);
            store.saveSource(first);
            SourceState failing = new SourceState(first.url(), "feed", "2026-12-05T01:15:00Z", 503, first.etag(),
                    first.lastModified(), 2, "2026-12-05T02:00:00Z", "HTTP 503", 0);
            store.saveSource(failing);
            store.saveSource(SourceState.fresh("https://a.example/page"));
            assertEquals(failing, store.source(first.url()).orElseThrow());
            List<SourceState> all = new ArrayList<>();
            store.sources(all::add);
            assertEquals(List.of("https://a.example/page", first.url()), all.stream().map(SourceState::url).toList());

            SeenItem seen = new SeenItem("https://news.example/a", first.url(), SeenItem.State.SEEN, null, 0, null,
                    "2026-12-05T01:00:01Z");
            SeenItem other = new SeenItem("https://news.example/b", first.url(), SeenItem.State.SEEN, null, 0, null,
                    "2026-12-05T01:00:01Z");
            store.saveItem(seen);
            store.saveItem(other);
            assertEquals(List.of(seen, other), store.pendingItems(first.url()));
            SeenItem givenUp = new SeenItem(other.url(), first.url(), SeenItem.State.GIVEN_UP, "HTTP 404", 1, null,
                    "2026-12-05T01:00:02Z");
            store.saveItem(givenUp);
            assertEquals(givenUp, store.item(other.url()).orElseThrow());
            assertEquals(List.of(seen), store.pendingItems(first.url()));
        }
    }

    @Test
    public void aFetchedRecordAndItsItemAreStoredTogetherAndOnce() {
        try (Store store = fresh()) {
            StoryRecord meeting = NewsFixtures.meeting();
            SeenItem stored = new SeenItem("https://news.example/meeting", "https://news.example/feed",
                    SeenItem.State.STORED, null, 1, meeting.article().id(), "2026-12-05T01:00:03Z");
            assertEquals(PutResult.STORED, store.putFetched(meeting, List.of(stored)));
            assertEquals(stored, store.item(stored.url()).orElseThrow());
            assertTrue(store.pendingItems("https://news.example/feed").isEmpty());
            assertEquals(PutResult.DUPLICATE, store.putFetched(meeting, List.of(stored)));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    public void recordReadBackEqualsTheRecordStored() {
        try (Store store = filled()) {
            List<StoryRecord> back = new ArrayList<>();
            store.records(back::add);
            assertEquals(NewsFixtures.all(), back);
        }
    }

    @Test
    public void surnameInOneArticleAndFullNameInAnotherAreOneActor() {
        try (Store store = filled()) {
            List<ActorRow> putin = collect(store::entities, QueryFilter.all().withActor("Putin"));
            assertEquals(1, putin.size());
            assertEquals("Vladimir Putin", putin.get(0).name());
            assertEquals(2, putin.get(0).articles());
            assertEquals(putin, collect(store::entities, QueryFilter.all().withActor("vladimir PUTIN")));
            List<ActorRow> peskov = collect(store::entities, QueryFilter.all().withActor("Peskov"));
            assertEquals(1, peskov.size());
            assertEquals(2, peskov.get(0).articles());
        }
    }

    @Test
    public void twoDifferentSmithsStayTwoActorsAndAnAmbiguousMrSmithJoinsNeither() {
        try (Store store = filled()) {
            List<ActorRow> smiths = collect(store::entities, QueryFilter.all().withActor("Smith"));
            assertEquals(3, smiths.size(), smiths.toString());
            for (ActorRow s : smiths) {
                assertEquals(1, s.articles(), s.toString());
            }
            assertEquals(1, collect(store::entities, QueryFilter.all().withActor("John Smith")).size());
        }
    }

    @Test
    public void unnamedSpokesmenStayApartAndNoneJoinsANamedActorByThatPhrase() {
        try (Store store = fresh()) {
            // one article's resolution gave Rivera the description "a spokesman" among his names
            store.put(StoryRecords.article("sha256:rivera", "Minister resigns", "2025-02-01",
                            "Interior Minister Carlos Rivera resigned on Monday, a spokesman for the ministry said.")
                    .entity("E1", "Carlos Rivera", dev.newsgraph.model.EntityType.PERSON, "ESP", "GOV", "Rivera", "a spokesman")
                    .build());
            for (int i = 0; i < 2; i++) {
                store.put(StoryRecords.article("sha256:port-" + i, "Port reopens " + i, "2025-02-0" + (2 + i),
                                "The port reopened on Tuesday after repairs, a spokesman said. \"We are open.\"")
                        .entity("E1", "a spokesman", dev.newsgraph.model.EntityType.PERSON, null, null)
                        .quote("Q1", "E1", "We are open.", "said")
                        .build());
            }
            List<ActorRow> rivera = collect(store::entities, QueryFilter.all().withActor("Carlos Rivera"));
            assertEquals(1, rivera.size());
            assertEquals(1, rivera.get(0).articles(), "the unnamed spokesmen are not Rivera");
            assertFalse(rivera.get(0).names().contains("a spokesman"), rivera.get(0).names().toString());
            List<QuoteRow> said = collect(store::quotes, QueryFilter.all().withText("open"));
            assertEquals(2, said.size(), said.toString());
            assertEquals(2, said.stream().map(q -> q.speaker().id()).distinct().count(), "one unnamed spokesman per article");
            assertTrue(said.stream().allMatch(q -> q.speaker().name().equals("a spokesman")), said.toString());
            List<ActorRow> listed = collect(store::entities, QueryFilter.all().withType("PERSON"));
            assertEquals(List.of("Carlos Rivera"), listed.stream().map(ActorRow::name).toList(),
                    "an actor of one article alone names no one across articles: not listed");
        }
    }

    @Test
    public void aSurnameTheAnalysisLinkedJoinsTheFullNameInEitherOrderAndAnUnlinkedOneStaysApart() {
        String t1 = "Lavrov said on Monday that Moscow would not accept the proposal.";
        String t2 = "Foreign Minister Sergei Lavrov flew to Riyadh on Tuesday for talks.";
        StoryRecord bare = StoryRecords.article("sha256:l1", "Lavrov rejects plan", "2025-02-17", t1)
                .entity("E1", "Lavrov", EntityType.PERSON, "RUS", "GOV").kb("phoenix:SERGEI_LAVROV").build();
        StoryRecord full = StoryRecords.article("sha256:l2", "Lavrov in Riyadh", "2025-02-18", t2)
                .entity("E1", "Sergei Lavrov", EntityType.PERSON, "RUS", "GOV", "Lavrov").kb("phoenix:SERGEI_LAVROV")
                .build();
        for (List<StoryRecord> order : List.of(List.of(bare, full), List.of(full, bare))) {
            try (Store store = fresh()) {
                order.forEach(store::put);
                List<ActorRow> rows = collect(store::entities, QueryFilter.all().withActor("Lavrov"));
                assertEquals(1, rows.size(), rows.toString());
                assertEquals("Sergei Lavrov", rows.get(0).name(), "a proper name of its entities, the fullest");
                assertEquals("phoenix:SERGEI_LAVROV", rows.get(0).kb());
                assertEquals(2, rows.get(0).articles());
            }
        }
        String t3 = "Ms Okonkwo said on Monday that the plan would fail.";
        String t4 = "Ada Okonkwo, a city councillor, said the plan would fail.";
        StoryRecord surname = StoryRecords.article("sha256:o1", "Plan will fail", "2025-02-17", t3)
                .entity("E1", "Okonkwo", EntityType.PERSON, null, null).build();
        StoryRecord fullName = StoryRecords.article("sha256:o2", "Councillor doubts plan", "2025-02-18", t4)
                .entity("E1", "Ada Okonkwo", EntityType.PERSON, null, null).build();
        for (List<StoryRecord> order : List.of(List.of(surname, fullName), List.of(fullName, surname))) {
            try (Store store = fresh()) {
                order.forEach(store::put);
                // no knowledge-base link and nothing in its own article ties the surname to a full name: a link
                // made by what the store held at the time would depend on the order the articles came in
                assertEquals(2, collect(store::entities, QueryFilter.all().withActor("Okonkwo")).size());
            }
        }
    }

    /** Short articles that exercise every linking rule: known ids, full names with and without a country, ties, descriptions. */
    static List<StoryRecord> linkingArticles() {
        List<StoryRecord> out = new ArrayList<>();
        out.add(StoryRecords.article("sha256:k1", "Kim fires missile", "2017-11-29",
                        "North Korean leader Kim Jong Un watched a missile launch. Kim said the test was a success.")
                .entity("E1", "Kim Jong Un", EntityType.PERSON, "PRK", "GOV", "Kim").build());
        out.add(StoryRecords.article("sha256:k2", "Talks offer", "2017-11-30",
                        "Kim Jong Un was offered talks on Thursday, the president said.")
                .entity("E1", "Kim Jong Un", EntityType.PERSON, null, null).build());
        out.add(StoryRecords.article("sha256:k3", "Leader speaks", "2017-12-01",
                        "Kim Jong Un spoke on Friday. North Korea said the speech was important.")
                .entity("E1", "Kim Jong Un", EntityType.PERSON, "PRK", "GOV").build());
        out.add(StoryRecords.article("sha256:m1", "Michelle Obama book", "2017-12-02",
                        "Michelle Obama announced a book on Saturday. Obama said her father inspired it.")
                .entity("E1", "Michelle Obama", EntityType.PERSON, "USA", null, "her")
                .entity("E2", "Obama", EntityType.PERSON, null, null)
                .entity("E3", "Fraser Robinson", EntityType.PERSON, null, null, "her father").build());
        out.add(StoryRecords.article("sha256:t1", "Trump tweets", "2017-12-03",
                        "President Donald Trump wrote on Sunday that his father built the company. The president left.")
                .entity("E1", "Donald Trump", EntityType.PERSON, "USA", "GOV", "President Donald Trump", "The president")
                .kb("newsgraph:DONALD_TRUMP")
                .entity("E2", "Fred Trump", EntityType.PERSON, "USA", "BUS", "his father").build());
        out.add(StoryRecords.article("sha256:t2", "Trump golf", "2017-12-04",
                        "Trump played golf on Monday, the president's aides said.")
                .entity("E1", "Trump", EntityType.PERSON, "USA", "GOV", "the president").kb("newsgraph:DONALD_TRUMP")
                .build());
        out.add(StoryRecords.article("sha256:t3", "Trump lawyer", "2017-12-05",
                        "Donald J. Trump's attorney spoke on Tuesday. Her attorney declined to comment.")
                .entity("E1", "Donald Trump", EntityType.PERSON, null, null, "Donald J. Trump").kb("newsgraph:DONALD_TRUMP")
                .entity("E2", "her attorney", EntityType.PERSON, null, null).build());
        out.add(StoryRecords.article("sha256:p1", "President visits", "2017-12-06",
                        "The president visited a school on Wednesday. The Secretary of State did not.")
                .entity("E1", "The president", EntityType.PERSON, null, "GOV")
                .entity("E2", "Secretary of State", EntityType.PERSON, "USA", "GOV").build());
        out.add(StoryRecords.article("sha256:r1", "Reuters poll", "2017-12-07",
                        "A Reuters poll found support fell. Reuters said its founder was not involved.")
                .entity("E1", "Reuters", EntityType.ORGANIZATION, "GBR", "MED")
                .entity("E2", "its founder", EntityType.PERSON, null, null).build());
        out.add(StoryRecords.article("sha256:r2", "Poll again", "2017-12-08", "Reuters said on Friday the poll was new.")
                .entity("E1", "Reuters", EntityType.ORGANIZATION, null, "MED").build());
        out.add(StoryRecords.article("sha256:j1", "Johnson speaks", "2017-12-09",
                        "Senator Ann Johnson spoke on Saturday. Johnson said the bill would pass.")
                .entity("E1", "Ann Johnson", EntityType.PERSON, "USA", "GOV", "Senator Ann Johnson", "Johnson").build());
        out.add(StoryRecords.article("sha256:j2", "Johnson again", "2017-12-10",
                        "Bob Johnson, a farmer, spoke on Sunday. Johnson said the rain came late.")
                .entity("E1", "Bob Johnson", EntityType.PERSON, "USA", "AGR")
                .entity("E2", "Johnson", EntityType.PERSON, null, null).build());
        out.add(StoryRecords.article("sha256:c1", "Campaign", "2017-12-11", "Trump's campaign said on Monday it would appeal.")
                .entity("E1", "Trump's campaign", EntityType.ORGANIZATION, null, "GOV").build());
        out.add(StoryRecords.article("sha256:c2", "Campaign again", "2017-12-12", "The Trump campaign said on Tuesday it had won.")
                .entity("E1", "Trump campaign", EntityType.ORGANIZATION, null, "GOV").build());
        return out;
    }

    /** The actor table as queries show it, row ids aside (they number actors in order of arrival). */
    private static List<String> actorTable(Store store) {
        List<String> rows = new ArrayList<>();
        for (ActorRow a : collect(store::entities, QueryFilter.all().withLimit(10_000))) {
            rows.add(String.join(" | ", a.name(), a.type(), String.valueOf(a.country()), String.valueOf(a.sector()),
                    String.valueOf(a.kb()), a.names().toString(), String.valueOf(a.articles()), String.valueOf(a.mentions())));
        }
        rows.sort(null);
        return rows;
    }

    @Test
    public void theSameArticlesMakeTheSameActorsInAnyOrder() {
        List<StoryRecord> articles = linkingArticles();
        List<List<StoryRecord>> orders = new ArrayList<>();
        orders.add(articles);
        List<StoryRecord> reverse = new ArrayList<>(articles);
        java.util.Collections.reverse(reverse);
        orders.add(reverse);
        for (long seed = 1; seed <= 3; seed++) {
            List<StoryRecord> shuffled = new ArrayList<>(articles);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            orders.add(shuffled);
        }
        List<String> first = null;
        for (List<StoryRecord> order : orders) {
            try (Store store = fresh()) {
                for (StoryRecord r : order) {
                    assertEquals(PutResult.STORED, store.put(r));
                }
                List<String> table = actorTable(store);
                if (first == null) {
                    first = table;
                } else {
                    assertEquals(first, table, "order " + order.stream().map(r -> r.article().id()).toList());
                }
            }
        }
        String all = String.join("\n", first);
        List<String> kim = first.stream().filter(r -> r.startsWith("Kim Jong Un |")).toList();
        assertEquals(1, kim.size(), "with and without a country, one actor: " + all);
        assertTrue(kim.get(0).startsWith("Kim Jong Un | PERSON | PRK | GOV | null | ") && kim.get(0).contains("] | 3 | "), all);
        assertTrue(first.stream().anyMatch(r -> r.startsWith("Michelle Obama | PERSON | USA | null | null | [michelle obama, obama] | 1 | ")),
                "the article's Obama is hers: " + all);
        List<String> trump = first.stream().filter(r -> r.contains("newsgraph:DONALD_TRUMP")).toList();
        assertEquals(1, trump.size(), all);
        assertTrue(trump.get(0).startsWith("Donald Trump | PERSON | USA | GOV | newsgraph:DONALD_TRUMP | ")
                && trump.get(0).contains("] | 3 | "), "the name, country and sector most articles give: " + all);
        assertTrue(first.stream().anyMatch(r -> r.startsWith("Bob Johnson | PERSON | USA | AGR | null | [bob johnson, johnson] | 1 | 3")),
                "a surname its article ties to one full name is that person: " + all);
    }

    @Test
    public void descriptionsAndBareTitlesAreNoActorsNames() {
        try (Store store = fresh()) {
            linkingArticles().forEach(store::put);
            for (ActorRow a : collect(store::entities, QueryFilter.all().withLimit(10_000))) {
                for (String n : a.names()) {
                    for (String bad : List.of("his father", "her father", "her attorney", "its founder", "president",
                            "secretary of state", "the president")) {
                        assertNotEquals(bad, n, a.toString());
                    }
                }
            }
            assertEquals(List.of(), collect(store::entities, QueryFilter.all().withActor("his father")));
            assertEquals(List.of(), collect(store::entities, QueryFilter.all().withActor("president")));
            List<ActorRow> trump = collect(store::entities, QueryFilter.all().withActor("President Donald Trump"));
            assertEquals(1, trump.size(), "a full titled name is a name: " + trump);
            assertEquals("newsgraph:DONALD_TRUMP", trump.get(0).kb());
        }
    }

    @Test
    public void oneMeetingReportedByTwoOutletsIsOneEventWithBothSourcesAndEvidence() {
        try (Store store = filled()) {
            List<EventRow> consult = collect(store::events, QueryFilter.all().withType("consult"));
            assertEquals(1, consult.size());
            EventRow e = consult.get(0);
            assertEquals("2025-04-11", e.day());
            assertEquals("visit", e.mode());
            assertEquals("Steve Witkoff", e.sources().get(0).name());
            assertEquals("Vladimir Putin", e.targets().get(0).name());
            assertEquals("St Petersburg", e.location().name());
            assertEquals(2, e.reports().size());
            assertEquals(List.of("https://example.com/reuters/putin-witkoff", "https://example.com/ap/kremlin-talks"),
                    e.reports().stream().map(r -> r.url()).toList());
            assertTrue(e.reports().get(1).evidence().startsWith("Putin held talks"));
        }
    }

    @Test
    public void eventFiltersNarrowByDateCountryActorAndText() {
        try (Store store = filled()) {
            assertEquals(2, collect(store::events, QueryFilter.all()).size());
            assertEquals(List.of("ASSAULT"), collect(store::events, QueryFilter.all().withFrom("2025-04-01")
                    .withTo("2025-04-05")).stream().map(EventRow::type).toList());
            assertEquals(List.of("ASSAULT"), collect(store::events, QueryFilter.all().withCountry("ukr"))
                    .stream().map(EventRow::type).toList());
            assertEquals(List.of("CONSULT"), collect(store::events, QueryFilter.all().withActor("Witkoff"))
                    .stream().map(EventRow::type).toList());
            assertEquals(List.of("ASSAULT"), collect(store::events, QueryFilter.all().withText("playground"))
                    .stream().map(EventRow::type).toList());
            assertTrue(collect(store::events, QueryFilter.all().withActor("Nobody Known")).isEmpty());
            assertEquals(1, collect(store::events, QueryFilter.all().withLimit(1)).size());
        }
    }

    /** The store with the records of {@link NewsFixtures#all()} and {@link NewsFixtures#located()}. */
    protected Store filledAndLocated() {
        Store store = filled();
        for (StoryRecord r : NewsFixtures.located()) {
            assertEquals(PutResult.STORED, store.put(r));
        }
        return store;
    }

    private static List<String> placesOf(List<EventRow> events) {
        return events.stream().map(e -> e.place() == null ? "-" : e.place().name()).sorted().toList();
    }

    @Test
    public void anEventKeepsThePointOfItsPlaceAndAnUnlocatedOneHasNone() {
        try (Store store = filledAndLocated()) {
            List<EventRow> kharkiv = collect(store::events, QueryFilter.all().withType("ASSAULT").withFrom("2025-05-01"));
            assertEquals(1, kharkiv.size());
            assertEquals(NewsFixtures.KHARKIV, kharkiv.get(0).place());
            assertEquals("Kharkiv", kharkiv.get(0).location().name());
            List<EventRow> meeting = collect(store::events, QueryFilter.all().withActor("Witkoff"));
            assertEquals(1, meeting.size());
            assertEquals(null, meeting.get(0).place());
        }
    }

    @Test
    public void nearKeepsTheEventsWithinTheDistanceByGreatCircle() {
        try (Store store = filledAndLocated()) {
            // Kyiv: Kharkiv lies 410 km east, Lviv 470 km west
            assertEquals(List.of("Kharkiv"), placesOf(collect(store::events,
                    QueryFilter.all().withNear(new Near(50.45, 30.52, 440)))));
            assertEquals(List.of("Kharkiv", "Lviv"), placesOf(collect(store::events,
                    QueryFilter.all().withNear(new Near(50.45, 30.52, 500)))));
            assertEquals(List.of(), placesOf(collect(store::events, QueryFilter.all().withNear(new Near(50.45, 30.52, 300)))));
            // a point east of the antimeridian finds Suva, west of it
            assertEquals(List.of("Suva"), placesOf(collect(store::events,
                    QueryFilter.all().withNear(new Near(-18.1, -179.9, 300)))));
            // with the other filters, and on the actor's own path
            assertEquals(List.of("Lviv"), placesOf(collect(store::events,
                    QueryFilter.all().withNear(new Near(50.45, 30.52, 500)).withType("PROTEST"))));
            assertEquals(List.of("Kharkiv"), placesOf(collect(store::events,
                    QueryFilter.all().withNear(new Near(50.45, 30.52, 500)).withActor("Russia"))));
            List<TimelineRow> days = collect(store::timeline, QueryFilter.all().withNear(new Near(50.0, 36.2, 50)));
            assertEquals(List.of(new TimelineRow("2025-05-03", "ASSAULT", 1, 1)), days);
        }
    }

    @Test
    public void nearGivesTheLatestEventsFirstWhetherItsCircleHoldsFewOrMany() {
        try (Store store = filledAndLocated()) {
            // forty more events in Kharkiv, a day apart: a circle there holds most of the store's located
            // events, and a short page of them is found by walking the events by day; a longer page, or a
            // circle holding few, reads the circle's events from the index of points and sorts them
            List<String> days = new ArrayList<>();
            for (int d = 0; d < 40; d++) {
                String day = java.time.LocalDate.of(2025, 6, 1).plusDays(d).toString();
                String text = "Shelling hit Kharkiv on day " + d + " of the month, officials said.";
                assertEquals(PutResult.STORED, store.put(StoryRecords.article("sha256:kharkiv-day-" + d, "Shelling " + d, day, text)
                        .from("Ukrinform", "https://example.com/ukrinform/k" + d)
                        .entity("E1", "Kharkiv", EntityType.LOCATION, "UKR", null).geo("E1", NewsFixtures.KHARKIV)
                        .event("V1", dev.newsgraph.model.EventType.ASSAULT, null, List.of(), List.of(), "E1", day, text)
                        .build()));
                days.add(0, day);
            }
            days.add("2025-05-03"); // the drone strike of filledAndLocated()
            Near kharkiv = new Near(50.0, 36.2, 50);
            assertEquals(days.subList(0, 5), daysOf(collect(store::events, QueryFilter.all().withNear(kharkiv).withLimit(5))));
            assertEquals(days, daysOf(collect(store::events, QueryFilter.all().withNear(kharkiv).withLimit(1000))));
            // 500 km of Kyiv holds Kharkiv's events and Lviv's: the latest three are Kharkiv's
            assertEquals(days.subList(0, 3), daysOf(collect(store::events,
                    QueryFilter.all().withNear(new Near(50.45, 30.52, 500)).withLimit(3))));
            assertEquals(List.of("Lviv"), placesOf(collect(store::events,
                    QueryFilter.all().withNear(new Near(49.84, 24.02, 50)).withLimit(5))));
            // the other filters hold on either path
            assertEquals(List.of("2025-07-10", "2025-07-09"), daysOf(collect(store::events,
                    QueryFilter.all().withNear(kharkiv).withType("ASSAULT").withTo("2025-07-10").withLimit(2))));
            assertEquals(List.of(), daysOf(collect(store::events,
                    QueryFilter.all().withNear(kharkiv).withType("PROTEST").withLimit(2))));
        }
    }

    private static List<String> daysOf(List<EventRow> events) {
        return events.stream().map(EventRow::day).toList();
    }

    @Test
    public void placesCountTheLocatedEventsAtEachPointMostFirst() {
        try (Store store = filledAndLocated()) {
            // a second event in Kharkiv, of another type, from another article
            String text = "Ukrainian air defences shot down drones over Kharkiv on Sunday night, officials said.";
            assertEquals(PutResult.STORED, store.put(StoryRecords.article("sha256:kharkiv-2", "Drones downed", "2025-05-05", text)
                    .from("Ukrinform", "https://example.com/ukrinform/kharkiv")
                    .entity("E1", "Kharkiv", EntityType.LOCATION, "UKR", null).geo("E1", NewsFixtures.KHARKIV)
                    .event("V1", dev.newsgraph.model.EventType.COERCE, null, List.of(), List.of(), "E1", "2025-05-04", text)
                    .build()));
            List<PlaceRow> places = collect(store::places, QueryFilter.all());
            assertEquals(List.of("Kharkiv", "Lviv", "Suva"), places.stream().map(PlaceRow::name).toList());
            PlaceRow kharkiv = places.get(0);
            assertEquals(2, kharkiv.events());
            assertEquals(Map.of("ASSAULT", 1L, "COERCE", 1L), kharkiv.types());
            assertEquals(NewsFixtures.KHARKIV.lat(), kharkiv.lat(), 1e-9);
            assertEquals("UKR", kharkiv.country());
            assertEquals("city", kharkiv.precision());
            // filtered as the events are, and bounded by the limit
            assertEquals(List.of("Lviv"), collect(store::places, QueryFilter.all().withType("PROTEST")).stream()
                    .map(PlaceRow::name).toList());
            assertEquals(List.of("Kharkiv"), collect(store::places, QueryFilter.all().withActor("Russia")).stream()
                    .map(PlaceRow::name).toList());
            assertEquals(1, collect(store::places, QueryFilter.all().withLimit(1)).size());
            assertEquals(List.of(), collect(store::places, QueryFilter.all().withTo("2025-05-01")));
        }
    }

    @Test
    public void countryKeepsEventsInTheCountryAsWellAsThoseOfItsActors() {
        try (Store store = filledAndLocated()) {
            // Lviv's protest has no Ukrainian actor that identifies anyone: it is kept for its place
            assertEquals(List.of("-", "Kharkiv", "Lviv"), placesOf(collect(store::events,
                    QueryFilter.all().withCountry("ukr"))));
            assertEquals(List.of("Suva"), placesOf(collect(store::events, QueryFilter.all().withCountry("FJI"))));
        }
    }

    @Test
    public void rareAndCommonActorsFindTheSameEventsWhicheverWayTheyAreLookedUp() {
        try (Store store = filled()) {
            List<EventRow> common = collect(store::events, QueryFilter.all().withActor("Witkoff"));
            List<StoryRecord> filler = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                filler.add(StoryRecords.article("sha256:filler-" + i, "Weather " + i, "2025-01-01",
                        "Rain is expected across the north on day " + i + " of the forecast.").build());
            }
            store.putAll(filler);
            List<EventRow> rare = collect(store::events, QueryFilter.all().withActor("Witkoff"));
            assertEquals(1, rare.size());
            assertEquals(common, rare);
        }
    }

    @Test
    public void quotesFindWhatASpeakerSaidUnderAnyOfHisNames() {
        try (Store store = filled()) {
            List<QuoteRow> q = collect(store::quotes, QueryFilter.all().withActor("Dmitry Peskov"));
            assertEquals(1, q.size());
            assertEquals("Dmitry Peskov", q.get(0).speaker().name());
            assertTrue(q.get(0).text().contains("constructive"));
            assertEquals(1, collect(store::quotes, QueryFilter.all().withActor("peskov").withText("useful")).size());
            assertTrue(collect(store::quotes, QueryFilter.all().withActor("peskov").withText("sanctions")).isEmpty());
        }
    }

    @Test
    public void theWordsOfAQuoteSearchAreMatchedAsWrittenNotAsWildcards() {
        try (Store store = filled()) {
            assertEquals(1, collect(store::quotes, QueryFilter.all().withText("useful")).size());
            for (String wildcard : List.of("_", "%", "u_eful", "use%ful", "\\", "\\%")) {
                assertTrue(collect(store::quotes, QueryFilter.all().withText(wildcard)).isEmpty(), wildcard);
            }
        }
    }

    @Test
    public void timelineAndNetworkCountMergedEventsOnce() {
        try (Store store = filled()) {
            List<TimelineRow> t = collect(store::timeline, QueryFilter.all());
            assertEquals(List.of(new TimelineRow("2025-04-04", "ASSAULT", 1, 2), new TimelineRow("2025-04-11", "CONSULT", 1, 2)), t);
            List<EdgeRow> net = collect(store::network, QueryFilter.all().withActor("Putin"));
            assertEquals(1, net.size());
            assertEquals("Steve Witkoff", net.get(0).source().name());
            assertEquals(Map.of("CONSULT", 1L), net.get(0).types());
        }
    }

    @Test
    public void perActorTalliesAnswerAsTheEventsDo() {
        try (Store store = filled()) {
            store.put(StoryRecords.article("sha256:second-strike", "New strike", "2025-04-20",
                            "Russian drones struck Kryvyi Rih again on Sunday, officials said.")
                    .entity("E1", "Russia", dev.newsgraph.model.EntityType.ORGANIZATION, "RUS", "GOV")
                    .entity("E2", "Kryvyi Rih", dev.newsgraph.model.EntityType.LOCATION, "UKR", null)
                    .event("V1", dev.newsgraph.model.EventType.ASSAULT, "aerial", List.of("E1"), List.of("E2"), null,
                            "2025-04-20", "Russian drones struck Kryvyi Rih again on Sunday, officials said.")
                    .build());
            for (String actor : List.of("Russia", "Kryvyi Rih", "Putin", "Witkoff")) {
                QueryFilter tally = QueryFilter.all().withActor(actor);
                QueryFilter aggregated = tally.withText("said");
                assertEquals(collect(store::timeline, aggregated), collect(store::timeline, tally), actor);
                assertEquals(collect(store::network, tally.withFrom("2000-01-01")), collect(store::network, tally), actor);
            }
            assertEquals(List.of(new TimelineRow("2025-04-04", "ASSAULT", 1, 2), new TimelineRow("2025-04-20", "ASSAULT", 1, 1)),
                    collect(store::timeline, QueryFilter.all().withActor("Kryvyi Rih")));
            List<EdgeRow> edges = collect(store::network, QueryFilter.all().withActor("Kryvyi Rih"));
            assertEquals(1, edges.size());
            assertEquals(2, edges.get(0).events());
            assertEquals("Russia", edges.get(0).source().name());
        }
    }

    @Test
    public void rewrittenCopyJoinsTheStoryOfItsOriginalAndOtherArticlesDoNot() {
        try (Store store = filled()) {
            List<ArticleRow> rows = new ArrayList<>();
            store.articles(rows::add);
            Map<String, String> story = new java.util.HashMap<>();
            rows.forEach(r -> story.put(r.id(), r.story()));
            assertEquals("sha256:strike", story.get("sha256:strike-rewrite"));
            assertEquals("sha256:strike", story.get("sha256:strike"));
            assertEquals("sha256:meeting", story.get("sha256:meeting"));
            assertEquals("sha256:meeting-retold", story.get("sha256:meeting-retold"));
            assertNotEquals(story.get("sha256:john-smith"), story.get("sha256:mary-smith"));
        }
    }

    @Test
    public void theMarksOfASnippetHoldWhateverTheArticlesTextHolds() {
        String text = "Officials said [the ferry] was late]] and [[ the \uE000harbour\uE001 \uE002 stayed ] shut"
                + " while the ferry waited [ at the quay.";
        try (Store store = fresh()) {
            store.put(StoryRecords.article("sha256:brackets", "Ferry [update]", "2025-05-01", text).build());
            List<SearchHit> hits = new ArrayList<>();
            store.search("ferry", 10, hits::add);
            assertEquals(1, hits.size());
            List<SnippetPart> parts = hits.get(0).parts();
            List<String> marked = parts.stream().filter(SnippetPart::marked).map(p -> p.text().toLowerCase()).toList();
            assertFalse(marked.isEmpty(), parts.toString());
            assertTrue(marked.stream().allMatch(w -> w.equals("ferry")), "only the searched word is marked: " + parts);
            String whole = parts.stream().map(SnippetPart::text).collect(java.util.stream.Collectors.joining());
            assertTrue(whole.contains("[the ferry] was late]] and [[ the \uE000harbour\uE001"), whole);
        }
    }

    @Test
    public void searchFindsWordsAndMarksThemInTheSnippet() {
        try (Store store = filled()) {
            List<SearchHit> hits = new ArrayList<>();
            store.search("playground children", 10, hits::add);
            assertEquals(2, hits.size());
            assertTrue(hits.get(0).snippet().contains("[playground]"), hits.get(0).snippet());
            hits.clear();
            store.search("\"Kremlin spokesman\"", 10, hits::add);
            assertEquals(List.of("sha256:meeting"), hits.stream().map(SearchHit::articleId).toList());
            hits.clear();
            store.search("AND OR ( * \" NEAR zeppelin", 10, hits::add);
            store.search("   ", 10, hits::add);
            assertTrue(hits.isEmpty());
        }
    }

    @Test
    public void aBatchWithABadRecordStoresNothingOfTheBatch() {
        try (Store store = fresh()) {
            StoryRecord bad = StoryRecords.article(null, "No id", "2025-01-01", "Text without an id.").build();
            assertThrows(IllegalArgumentException.class, () -> store.putAll(List.of(NewsFixtures.strike(), bad)));
            assertFalse(store.contains("sha256:strike"));
            assertEquals(0, collect(store::events, QueryFilter.all()).size());
            assertEquals(PutResult.STORED, store.put(NewsFixtures.strike()));
        }
    }

    @Test
    public void indexedAndTalliedAnswersAgreeWithTheRowsTheyStandFor() {
        try (Store store = filled()) {
            String[] days = {"2025-04-06", "2025-04-07", "2025-04-08"};
            List<StoryRecord> more = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String text = "Russian forces shelled Kryvyi Rih for the " + i + "th time, Volodymyr Zelensky said.";
                more.add(StoryRecords.article("sha256:shelling-" + i, "Shelling " + i, days[i % 3], text)
                        .entity("E1", "Russia", dev.newsgraph.model.EntityType.ORGANIZATION, "RUS", "GOV", "Russian")
                        .entity("E2", "Kryvyi Rih", dev.newsgraph.model.EntityType.LOCATION, "UKR", null)
                        .entity("E3", "Volodymyr Zelensky", dev.newsgraph.model.EntityType.PERSON, "UKR", "GOV")
                        .event("V1", i % 2 == 0 ? dev.newsgraph.model.EventType.ASSAULT : dev.newsgraph.model.EventType.COERCE,
                                null, List.of("E1"), List.of(i % 3 == 0 ? "E3" : "E2"), null, "2025-04-0" + (1 + i % 9), text)
                        .build());
            }
            store.putAll(more);
            List<EventRow> all = collect(store::events, QueryFilter.all());
            for (EventRow e : all) {
                boolean placed = e.reports().stream().anyMatch(r -> r.articleId().startsWith("sha256:strike")
                        || r.articleId().startsWith("sha256:meeting"));
                assertEquals(placed, e.location() != null, "only the fixtures' events have a place: " + e);
            }
            for (String actor : List.of("Russia", "Kryvyi Rih", "Vladimir Putin", "Volodymyr Zelensky", "Witkoff")) {
                List<Long> named = all.stream().filter(e -> involves(e, actor)).map(EventRow::id).toList();
                QueryFilter f = QueryFilter.all().withActor(actor);
                assertEquals(named, collect(store::events, f).stream().map(EventRow::id).toList(), actor);
                assertEquals(named.subList(0, Math.min(2, named.size())),
                        collect(store::events, f.withLimit(2)).stream().map(EventRow::id).toList(), actor);
                List<Long> april = all.stream().filter(e -> involves(e, actor) && e.day().compareTo("2025-04-03") >= 0
                        && e.day().compareTo("2025-04-06") <= 0).map(EventRow::id).toList();
                assertEquals(april, collect(store::events, f.withFrom("2025-04-03").withTo("2025-04-06")).stream()
                        .map(EventRow::id).toList(), actor);
                for (String type : List.of("ASSAULT", "COERCE", "CONSULT")) {
                    QueryFilter typed = f.withType(type);
                    assertEquals(collect(store::network, typed.withFrom("2000-01-01")), collect(store::network, typed),
                            actor + " " + type);
                }
                List<EdgeRow> net = collect(store::network, f);
                assertEquals(net.subList(0, Math.min(1, net.size())), collect(store::network, f.withLimit(1)), actor);
            }
            // the whole timeline and the whole network, from their tallies, as the events hold them
            Map<List<String>, long[]> byDay = new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
            Map<List<Long>, Map<String, Long>> pairs = new java.util.HashMap<>();
            for (EventRow e : all) {
                long[] c = byDay.computeIfAbsent(List.of(e.day(), e.type()), k -> new long[2]);
                c[0]++;
                c[1] += e.reports().size();
                for (ActorRef src : e.sources()) {
                    for (ActorRef tgt : e.targets()) {
                        pairs.computeIfAbsent(List.of(src.id(), tgt.id()), k -> new java.util.TreeMap<>()).merge(e.type(), 1L, Long::sum);
                    }
                }
            }
            List<TimelineRow> timeline = new ArrayList<>();
            byDay.forEach((k, c) -> timeline.add(new TimelineRow(k.get(0), k.get(1), c[0], c[1])));
            assertEquals(timeline, collect(store::timeline, QueryFilter.all()));
            assertEquals(timeline.stream().filter(t -> t.type().equals("COERCE")).toList(),
                    collect(store::timeline, QueryFilter.all().withType("coerce")));
            List<EdgeRow> whole = collect(store::network, QueryFilter.all());
            assertEquals(pairs.size(), whole.size());
            for (EdgeRow edge : whole) {
                Map<String, Long> types = pairs.get(List.of(edge.source().id(), edge.target().id()));
                assertEquals(types, edge.types(), edge.toString());
                assertEquals(types.values().stream().mapToLong(Long::longValue).sum(), edge.events());
            }
            for (int i = 1; i < whole.size(); i++) {
                assertTrue(whole.get(i - 1).events() >= whole.get(i).events(), "heaviest first");
            }
            assertEquals(whole.subList(0, 2), collect(store::network, QueryFilter.all().withLimit(2)));
            assertEquals(collect(store::network, QueryFilter.all().withType("ASSAULT").withFrom("2000-01-01")),
                    collect(store::network, QueryFilter.all().withType("ASSAULT")));
            // entities over a date range count the entities of the articles published in it
            Map<String, Long> expected = new java.util.TreeMap<>();
            List<StoryRecord> records = new ArrayList<>(NewsFixtures.all());
            records.addAll(more);
            for (StoryRecord r : records) {
                if (r.article().published().compareTo("2025-04-05") >= 0 && r.article().published().compareTo("2025-04-07") <= 0) {
                    r.entities().forEach(e -> expected.merge(e.name(), 1L, Long::sum));
                }
            }
            Map<String, Long> got = new java.util.TreeMap<>();
            collect(store::entities, QueryFilter.all().withFrom("2025-04-05").withTo("2025-04-07"))
                    .forEach(a -> got.put(a.name(), a.articles()));
            assertEquals(expected, got);
            assertEquals(List.of("Russia"), collect(store::entities, QueryFilter.all().withFrom("2025-04-05")
                    .withTo("2025-04-07").withType("ORGANIZATION")).stream().map(ActorRow::name).toList());
        }
    }

    @Test
    void aReadPastItsTimeLimitIsStoppedWithAMessageAndTheHandleReadsOnAfter() {
        try (Store store = fresh()) {
            store.putAll(IntStream.range(0, 600).mapToObj(FillStore::record).toList());
            store.limitQueryTime(Duration.ofMillis(1));
            StoreException e = assertThrows(StoreException.class, () -> store.records(r -> { }));
            assertTrue(e.getMessage().contains("time limit"), e.getMessage());
            // the stopped read is over: with the limit lifted the same handle answers in full
            store.limitQueryTime(Duration.ZERO);
            List<StoryRecord> all = new ArrayList<>();
            store.records(all::add);
            assertEquals(600, all.size());
            assertEquals(600, store.articleCount());
        }
    }

    @Test
    void theTimeASinkTakesWithTheRowsDoesNotCountAgainstTheLimit() {
        try (Store store = filled()) {
            store.limitQueryTime(Duration.ofMillis(300));
            List<ArticleRow> rows = new ArrayList<>();
            // a consumer as slow as a client that reads its download slowly: 7 x 100 ms, past the limit
            store.articles(a -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                rows.add(a);
            });
            assertEquals(7, rows.size());
        }
    }

    private static boolean involves(EventRow e, String name) {
        java.util.function.Predicate<ActorRef> is = a -> a != null && (a.name().equals(name) || a.name().endsWith(" " + name));
        return e.sources().stream().anyMatch(is) || e.targets().stream().anyMatch(is) || is.test(e.location());
    }
}
