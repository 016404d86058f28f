package dev.newsgraph.server;

import dev.newsgraph.store.Near;
import dev.newsgraph.store.QueryFilter;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A request's query parameters, checked: filters for the store and the page asked for. */
final class QueryParams {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_OFFSET = 10_000;
    private static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z_]{1,40}");

    private final Context ctx;

    QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    /** A parameter's value, trimmed; null where absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_VALUE_LENGTH) {
            throw new BadRequest("parameter '" + name + "' is longer than " + MAX_VALUE_LENGTH + " characters");
        }
        return v.strip();
    }

    /** A required parameter. */
    String required(String name) {
        String v = text(name);
        if (v == null) {
            throw new BadRequest("parameter '" + name + "' is required");
        }
        return v;
    }

    int limit() {
        return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, MAX_OFFSET);
    }

    int integer(String name, int dflt, int min, int max) {
        String v = text(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadRequest("parameter '" + name + "' must be between " + min + " and " + max + ": " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter '" + name + "' must be a whole number: " + v);
        }
    }

    /** A day, yyyy-MM-dd. */
    String day(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter '" + name + "' must be a day, yyyy-MM-dd: " + v);
        }
    }

    /** An upper-case code (entity type, PLOVER type, quote kind), checked against {@code allowed} where given. */
    String code(String name, Set<String> allowed) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        String up = v.toUpperCase(Locale.ROOT);
        if (!TYPE.matcher(v).matches() || (allowed != null && !allowed.contains(up))) {
            throw new BadRequest("parameter '" + name + "' is not a known value: " + v
                    + (allowed == null ? "" : " (one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")"));
        }
        return up;
    }

    String country() {
        String v = text("country");
        if (v != null && !COUNTRY.matcher(v).matches()) {
            throw new BadRequest("parameter 'country' must be an ISO 3166-1 alpha-3 code: " + v);
        }
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    /** The radius of {@code near} where {@code km} is not given, km. */
    static final double DEFAULT_KM = 50;

    /** The circle {@code near=LAT,LON} and {@code km=N} (default 50) ask for; null where {@code near} is absent. */
    Near near() {
        String at = text("near");
        String km = text("km");
        if (at == null) {
            if (km != null) {
                throw new BadRequest("parameter 'km' needs 'near' (near=LAT,LON)");
            }
            return null;
        }
        double radius = DEFAULT_KM;
        if (km != null) {
            try {
                radius = Double.parseDouble(km);
            } catch (NumberFormatException e) {
                throw new BadRequest("parameter 'km' must be a number of kilometres: " + km);
            }
        }
        try {
            return Near.parse(at, radius);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("parameters 'near' and 'km' (" + at + (km == null ? "" : ", " + km) + "): " + e.getMessage());
        }
    }

    /** The filters of the event views (events, timeline, network, places): the common ones and {@code near}. */
    QueryFilter eventFilter() {
        return filter("actor", ApiRoutes.EVENT_TYPES).withNear(near());
    }

    /** The page asked for by {@code offset} and {@code limit}. */
    Paging paging() {
        return new Paging(offset(), limit());
    }

    /** The common filters (actor, type, country, from, to, text), with no bound on rows. */
    QueryFilter filter(String actorParam, Set<String> types) {
        return filter(actorParam, types, QueryFilter.NO_LIMIT);
    }

    /** The common filters (actor, type, country, from, to, text); {@code limit} rows. */
    QueryFilter filter(String actorParam, Set<String> types, int limit) {
        String from = day("from");
        String to = day("to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new BadRequest("parameter 'from' is after 'to': " + from + " > " + to);
        }
        return QueryFilter.all().withActor(text(actorParam)).withType(code("type", types)).withCountry(country())
                .withFrom(from).withTo(to).withText(text("text")).withLimit(limit);
    }

    /** The parameter's value as given, or null (for refilling a form). */
    String raw(String name) {
        return ctx.queryParam(name);
    }

    /**
     * The request's path with its query but {@code name}, ready for {@code name=...} to be added:
     * "/events?type=ASSAULT&" (values URL-encoded), for links to the next or previous page.
     */
    static String pathWithout(Context ctx, String name) {
        String params = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals(name))
                .flatMap(e -> e.getValue().stream().map(v -> Markup.url(e.getKey()) + "=" + Markup.url(v)))
                .collect(java.util.stream.Collectors.joining("&"));
        return ctx.path() + "?" + (params.isEmpty() ? "" : params + "&");
    }
}
