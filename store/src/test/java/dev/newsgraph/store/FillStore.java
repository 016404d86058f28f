package dev.newsgraph.store;

import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.StoryRecord;
import java.util.List;

/**
 * A child process for the kill test: stores articles 0..N-1 one commit each, skipping those
 * already stored (as ingest resumes), and prints the number of each article once its commit has
 * returned, so that the test can kill it at a point chosen by progress. {@code FillStore DIR N}.
 */
public final class FillStore {
    private FillStore() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        try (Store store = Store.open(args[0], true)) {
            for (int i = 0; i < n; i++) {
                StoryRecord r = record(i);
                if (!store.contains(r.article().id())) {
                    store.put(r);
                    System.out.println(i);
                    System.out.flush();
                }
            }
        }
    }

    public static StoryRecord record(int i) {
        String minister = "Minister " + (char) ('A' + i % 26) + "ndersen" + (i % 40);
        String city = "Port " + (i % 13);
        String text = minister + " visited " + city + " on Monday to open a new bridge, number " + i
                + ", officials said. \"This bridge joins our towns,\" " + minister + " told reporters."
                + " Protesters gathered outside the venue demanding lower tolls for lorry drivers number " + (i * 7) + ".";
        return StoryRecords.article("sha256:kill-" + i, "Bridge " + i + " opens", "2025-03-" + (10 + i % 18), text)
                .from("Outlet " + (i % 5), "https://example.com/bridge/" + i)
                .entity("E1", minister, EntityType.PERSON, "DNK", "GOV")
                .entity("E2", city, EntityType.LOCATION, "DNK", null)
                .entity("E3", "Protesters", EntityType.GROUP, "DNK", "CVL")
                .quote("Q1", "E1", "This bridge joins our towns,", "told reporters")
                .event("V1", EventType.CONSULT, "visit", List.of("E1"), List.of("E2"), "E2", "2025-03-" + (10 + i % 18),
                        minister + " visited " + city + " on Monday to open a new bridge, number " + i + ", officials said.")
                .event("V2", EventType.PROTEST, "demonstrate", List.of("E3"), List.of("E1"), "E2", null,
                        "Protesters gathered outside the venue demanding lower tolls for lorry drivers number " + (i * 7) + ".")
                .build();
    }
}
