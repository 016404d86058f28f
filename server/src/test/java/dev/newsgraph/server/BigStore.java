package dev.newsgraph.server;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A store whose export is megabytes long (the fixture store's records copied under new ids, each
 * article's text lengthened past its marked spans), so that a client not reading its download
 * leaves the server blocked on a full socket rather than done: the slow client of the load tests.
 */
final class BigStore {
    private static Path dir;

    private BigStore() {
    }

    /** 240 articles of about 40 KB each: an export of about 10 MB. */
    static synchronized Path get() throws IOException {
        if (dir != null) {
            return dir;
        }
        List<StoryRecord> originals = new ArrayList<>();
        try (Store fixture = Store.open(FixtureStore.get().toString(), false)) {
            fixture.records(originals::add);
        }
        String padding = "\n\n" + "Officials gave no further details of the talks or of the damage. ".repeat(600);
        List<StoryRecord> copies = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            StoryRecord r = originals.get(i % originals.size());
            Article a = r.article();
            Article copy = new Article("sha256:big-" + i, "https://news.example.org/big/" + i, a.source(), a.title() + " " + i,
                    a.published(), a.language(), a.text() + padding + i, a.removed());
            copies.add(r.withArticle(copy));
        }
        Path d = Files.createTempDirectory("ng-serve-big");
        try (Store store = Store.open(d.toString(), true)) {
            store.putAll(copies);
        }
        dir = d;
        return d;
    }
}
