package dev.newsgraph.collect;

import dev.newsgraph.collect.http.PoliteFetcher;
import dev.newsgraph.collect.http.Politeness;
import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A child process for {@link WatchKillTest}: one round over one source into a store. Arguments: STORE SOURCE. */
public final class WatchOnce {
    private WatchOnce() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(args[0], true)) {
            Watcher w = new Watcher(store, new PoliteFetcher(Politeness.defaults("newsgraph/test")
                    .withHostDelay(Duration.ZERO)), new InputReader(),
                    a -> StoryRecord.of(a, new Provenance("0.1.0", List.of(), Map.of())), 2, System.err::println);
            System.out.println(w.round(List.of(args[1])).line(1));
        }
    }
}
