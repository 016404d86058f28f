package dev.newsgraph.cli.store;

import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over the titles and texts of stored articles, best match first.",
                "Every word is required; \"quoted words\" must come together. Matches are marked [like this]."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Most hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    TableFormat format;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The words to find.")
    List<String> words;

    @Override
    public Integer call() {
        if (limit < 1) {
            System.err.println("newsgraph: --limit must be at least 1");
            return ExitCodes.USAGE;
        }
        String text = String.join(" ", words);
        if (text.replaceAll("[^\\p{L}\\p{N}]", "").isEmpty()) {
            System.err.println("newsgraph: search: no words to find in '" + text + "'");
            return ExitCodes.USAGE;
        }
        try (Store store = storeOptions.open(false)) {
            Table t = new Table("published", "title", "snippet", "url");
            store.search(text, limit, h -> t.add(h, h.published(), h.title(), h.snippet(),
                    h.url() == null ? h.articleId() : h.url()));
            t.print(System.out, format);
            if (format == TableFormat.table && t.size() == 0) {
                System.err.println("newsgraph: nothing matches '" + text + "'");
            }
            return ExitCodes.DONE;
        } catch (StoreException e) {
            return StoreOptions.failed(e);
        }
    }
}
