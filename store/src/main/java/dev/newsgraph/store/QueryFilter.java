package dev.newsgraph.store;

/**
 * The filters every query takes; a null field does not filter. Dates are ISO 8601 days
 * ({@code 2025-04-01}), inclusive. Immutable; build with {@link #all()} and the withers.
 *
 * @param actor   a name or alias of an actor ("Putin", "Vladimir Putin"), matched after normalising
 * @param type    an entity type (PERSON ...), a PLOVER event type (ASSAULT ...) or a quote kind,
 *                depending on the query
 * @param country ISO 3166-1 alpha-3 code of an actor involved; for events, also of the country the
 *                event happened in
 * @param text    words the article must contain (full-text); for quotes, words of the quote
 * @param limit   the most rows returned
 * @param near    for events: only those whose place lies in this circle; null for anywhere
 */
public record QueryFilter(String actor, String type, String from, String to, String country, String text, int limit,
                          Near near) {
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public QueryFilter {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /** A filter of events anywhere. */
    public QueryFilter(String actor, String type, String from, String to, String country, String text, int limit) {
        this(actor, type, from, to, country, text, limit, null);
    }

    /** No filter, no limit. */
    public static QueryFilter all() {
        return new QueryFilter(null, null, null, null, null, null, NO_LIMIT, null);
    }

    public QueryFilter withActor(String v) {
        return new QueryFilter(v, type, from, to, country, text, limit, near);
    }

    public QueryFilter withType(String v) {
        return new QueryFilter(actor, v, from, to, country, text, limit, near);
    }

    public QueryFilter withFrom(String v) {
        return new QueryFilter(actor, type, v, to, country, text, limit, near);
    }

    public QueryFilter withTo(String v) {
        return new QueryFilter(actor, type, from, v, country, text, limit, near);
    }

    public QueryFilter withCountry(String v) {
        return new QueryFilter(actor, type, from, to, v, text, limit, near);
    }

    public QueryFilter withText(String v) {
        return new QueryFilter(actor, type, from, to, country, v, limit, near);
    }

    public QueryFilter withLimit(int v) {
        return new QueryFilter(actor, type, from, to, country, text, v, near);
    }

    public QueryFilter withNear(Near v) {
        return new QueryFilter(actor, type, from, to, country, text, limit, v);
    }
}
