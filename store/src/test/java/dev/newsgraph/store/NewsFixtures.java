package dev.newsgraph.store;

import static dev.newsgraph.model.EntityType.LOCATION;
import static dev.newsgraph.model.EntityType.ORGANIZATION;
import static dev.newsgraph.model.EntityType.PERSON;

import dev.newsgraph.model.EventQuantity;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Geo;
import dev.newsgraph.model.StoryRecord;
import java.util.List;

/** A small corpus of records written for the tests, in the style of wire copy. */
public final class NewsFixtures {
    public static final String MEETING_TEXT = "Russian President Vladimir Putin met US envoy Steve Witkoff in St Petersburg"
            + " on Friday, the Kremlin said. Kremlin spokesman Dmitry Peskov said the talks lasted more than four hours."
            + " \"The conversation was useful and constructive,\" Peskov told reporters.";
    public static final String STRIKE_TEXT = "A Russian missile struck a residential area of Kryvyi Rih on Friday"
            + " evening, killing 19 people including nine children, regional officials said. The strike hit a playground"
            + " near apartment blocks in the central Ukrainian city, the hometown of President Volodymyr Zelensky."
            + " Rescue workers searched the rubble through the night while ambulances carried the wounded to hospital.";
    public static final String STRIKE_REWRITE = "A Russian missile hit a residential district of Kryvyi Rih on Friday"
            + " evening, killing 19 people including nine children, regional officials said. The strike hit a playground"
            + " near apartment blocks in the central Ukrainian city, which is the hometown of President Volodymyr Zelensky."
            + " Rescue teams searched the rubble through the night while ambulances took the wounded to hospital.";

    /** The knowledge-base ids the analysis gives the meeting's people (known-actors lists). */
    public static final String PUTIN = "phoenix:VLADIMIR_PUTIN";
    public static final String WITKOFF = "newsgraph:STEVE_WITKOFF";
    public static final String PESKOV = "newsgraph:DMITRY_PESKOV";

    private NewsFixtures() {
    }

    public static StoryRecord meeting() {
        return StoryRecords.article("sha256:meeting", "Putin meets Witkoff in St Petersburg", "2025-04-11", MEETING_TEXT)
                .from("Reuters", "https://example.com/reuters/putin-witkoff")
                .entity("E1", "Vladimir Putin", PERSON, "RUS", "GOV", "Putin").kb(PUTIN)
                .entity("E2", "Steve Witkoff", PERSON, "USA", "GOV", "Witkoff").kb(WITKOFF)
                .entity("E3", "St Petersburg", LOCATION, "RUS", null)
                .entity("E4", "Dmitry Peskov", PERSON, "RUS", "GOV", "Peskov").kb(PESKOV)
                .quote("Q1", "E4", "The conversation was useful and constructive,", "told reporters")
                .event("V1", EventType.CONSULT, "visit", List.of("E2"), List.of("E1"), "E3", "2025-04-11",
                        "Russian President Vladimir Putin met US envoy Steve Witkoff in St Petersburg on Friday, the Kremlin said.")
                .build();
    }

    /**
     * The same meeting from another outlet, naming the men by surname alone: the analysis links
     * these surnames to the known actors newsgraph's list claims them for, ids and all.
     */
    public static StoryRecord meetingRetold() {
        String text = "Putin held talks with Witkoff for more than four hours on Friday, officials in Moscow said."
                + " Peskov later said Moscow was ready to keep talking to Washington.";
        return StoryRecords.article("sha256:meeting-retold", "Kremlin hails 'useful' talks", "2025-04-12", text)
                .from("AP", "https://example.com/ap/kremlin-talks")
                .entity("E1", "Putin", PERSON, "RUS", "GOV").kb(PUTIN)
                .entity("E2", "Witkoff", PERSON, "USA", "GOV").kb(WITKOFF)
                .entity("E3", "Peskov", PERSON, "RUS", "GOV").kb(PESKOV)
                .event("V1", EventType.CONSULT, null, List.of("E2"), List.of("E1"), null, "2025-04-11",
                        "Putin held talks with Witkoff for more than four hours on Friday, officials in Moscow said.")
                .build();
    }

    public static StoryRecord strike() {
        return StoryRecords.article("sha256:strike", "Missile strike on Kryvyi Rih kills 19", "2025-04-05", STRIKE_TEXT)
                .from("BBC", "https://example.com/bbc/kryvyi-rih")
                .entity("E1", "Russia", ORGANIZATION, "RUS", "GOV", "Russian")
                .entity("E2", "Kryvyi Rih", LOCATION, "UKR", null)
                .entity("E3", "Volodymyr Zelensky", PERSON, "UKR", "GOV")
                .event("V1", EventType.ASSAULT, "aerial", List.of("E1"), List.of("E2"), "E2", "2025-04-04",
                        "A Russian missile struck a residential area of Kryvyi Rih on Friday evening, killing 19 people"
                                + " including nine children, regional officials said.",
                        new EventQuantity("killed", 19, "people", "19 people"))
                .build();
    }

    /** A rewritten copy of {@link #strike()}: a near-duplicate. */
    public static StoryRecord strikeRewritten() {
        return StoryRecords.article("sha256:strike-rewrite", "Russian missile kills 19 in Zelensky's home town",
                        "2025-04-05", STRIKE_REWRITE)
                .from("Daily Example", "https://example.com/daily/kryvyi-rih-missile")
                .entity("E1", "Russia", ORGANIZATION, "RUS", "GOV", "Russian")
                .entity("E2", "Kryvyi Rih", LOCATION, "UKR", null)
                .event("V1", EventType.ASSAULT, "aerial", List.of("E1"), List.of("E2"), "E2", "2025-04-04",
                        "A Russian missile hit a residential district of Kryvyi Rih on Friday evening, killing 19 people"
                                + " including nine children, regional officials said.")
                .build();
    }

    public static StoryRecord smithOfLeeds() {
        String text = "John Smith, the leader of Leeds city council, resigned on Monday after a row over housing."
                + " Mr Smith said he had lost the confidence of his group.";
        return StoryRecords.article("sha256:john-smith", "Leeds council leader resigns", "2025-03-03", text)
                .from("Yorkshire Post", "https://example.com/yp/smith")
                .entity("E1", "John Smith", PERSON, "GBR", "GOV", "Mr Smith", "Smith")
                .build();
    }

    public static StoryRecord smithOfOhio() {
        String text = "Mary Smith, a nurse from Dayton, Ohio, won the state lottery on Tuesday."
                + " Ms Smith said she would pay off her mortgage.";
        return StoryRecords.article("sha256:mary-smith", "Dayton nurse wins lottery", "2025-03-04", text)
                .from("Dayton Daily", "https://example.com/dd/smith")
                .entity("E1", "Mary Smith", PERSON, "USA", "CVL", "Ms Smith", "Smith")
                .build();
    }

    /** An article naming only "Mr Smith", with no country: fits both known Smiths, so neither. */
    public static StoryRecord smithUnknown() {
        String text = "A man named only as Mr Smith was fined for parking on a pavement, the court heard on Wednesday.";
        return StoryRecords.article("sha256:mr-smith", "Motorist fined", "2025-03-05", text)
                .from("Local Paper", "https://example.com/lp/fine")
                .entity("E1", "Mr Smith", PERSON, null, null)
                .build();
    }

    /** Kharkiv, as the place resolver gives it. */
    public static final Geo KHARKIV = new Geo("706483", "Kharkiv", 49.98081, 36.25272, "UKR", "Kharkiv", "PPLA", "city");
    /** Lviv, some 870 km west of Kharkiv. */
    public static final Geo LVIV = new Geo("702550", "Lviv", 49.83826, 24.02324, "UKR", "Lviv", "PPLA", "city");
    /** Suva, Fiji, just west of the antimeridian. */
    public static final Geo SUVA = new Geo("2198148", "Suva", -18.14161, 178.44149, "FJI", "Central", "PPLC", "city");

    /** A drone strike on Kharkiv, its place located. */
    public static StoryRecord droneStrikeOnKharkiv() {
        String text = "Russian drones struck an apartment block in Kharkiv overnight, wounding 12 people, the regional"
                + " governor said on Sunday.";
        return StoryRecords.article("sha256:kharkiv", "Drones hit Kharkiv", "2025-05-04", text)
                .from("Kyiv Independent", "https://example.com/ki/kharkiv")
                .entity("E1", "Russia", ORGANIZATION, "RUS", "GOV", "Russian")
                .entity("E2", "Kharkiv", LOCATION, "UKR", null).geo("E2", KHARKIV)
                .event("V1", EventType.ASSAULT, "aerial", List.of("E1"), List.of("E2"), "E2", "2025-05-03",
                        "Russian drones struck an apartment block in Kharkiv overnight, wounding 12 people, the regional"
                                + " governor said on Sunday.")
                .build();
    }

    /** A protest in Lviv, its place located; no entity has a country, the place's point has one. */
    public static StoryRecord protestInLviv() {
        String text = "Thousands of students protested in Lviv on Saturday against a new law on universities.";
        return StoryRecords.article("sha256:lviv", "Students protest in Lviv", "2025-05-04", text)
                .from("Ukrainska Pravda", "https://example.com/up/lviv")
                .entity("E1", "students", dev.newsgraph.model.EntityType.GROUP, null, "EDU")
                .entity("E2", "Lviv", LOCATION, null, null).geo("E2", LVIV)
                .event("V1", EventType.PROTEST, "demonstrate", List.of("E1"), List.of(), "E2", "2025-05-03",
                        "Thousands of students protested in Lviv on Saturday against a new law on universities.")
                .build();
    }

    /** A meeting in Suva, by the antimeridian, between Australian and Fijian ministers. */
    public static StoryRecord talksInSuva() {
        String text = "Australia's foreign minister Penny Wong met Fiji's prime minister Sitiveni Rabuka in Suva on"
                + " Tuesday to discuss policing.";
        return StoryRecords.article("sha256:suva", "Wong meets Rabuka", "2025-05-06", text)
                .from("ABC", "https://example.com/abc/suva")
                .entity("E1", "Penny Wong", PERSON, "AUS", "GOV")
                .entity("E2", "Sitiveni Rabuka", PERSON, "FJI", "GOV")
                .entity("E3", "Suva", LOCATION, "FJI", null).geo("E3", SUVA)
                .event("V1", EventType.CONSULT, "meet", List.of("E1"), List.of("E2"), "E3", "2025-05-06",
                        "Australia's foreign minister Penny Wong met Fiji's prime minister Sitiveni Rabuka in Suva on"
                                + " Tuesday to discuss policing.")
                .build();
    }

    /** Records whose places are located (kept apart from {@link #all()}, whose places are not). */
    public static List<StoryRecord> located() {
        return List.of(droneStrikeOnKharkiv(), protestInLviv(), talksInSuva());
    }

    public static List<StoryRecord> all() {
        return List.of(meeting(), meetingRetold(), strike(), strikeRewritten(), smithOfLeeds(), smithOfOhio(),
                smithUnknown());
    }
}
