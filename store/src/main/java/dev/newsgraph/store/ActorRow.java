package dev.newsgraph.store;

import java.util.List;

/**
 * One actor across the corpus, with how many articles name it.
 *
 * @param names   every name and alias it goes by across articles
 * @param articles articles that mention it (within the query's filters)
 * @param mentions mentions in those articles
 */
public record ActorRow(long id, String name, String type, String country, String sector, String kb,
                       List<String> names, long articles, long mentions) {
    public ActorRow {
        names = List.copyOf(names);
    }
}
