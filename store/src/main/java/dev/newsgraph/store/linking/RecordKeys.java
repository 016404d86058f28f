package dev.newsgraph.store.linking;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The keys that make one actor and one event of many articles' entities and events, written
 * once for both places that merge them: the store and the Spark job. An entity's actor key is a
 * function of its own record alone, never of what else is stored, so that the same articles make
 * the same actors in any order of arrival (docs/store.md, "Linking actors"). Thread-safe.
 */
public final class RecordKeys {
    private RecordKeys() {
    }

    /**
     * The name an entity is known by across articles: its own, normalised, or where that names no
     * one in particular ("a spokesman"; for a person, a bare title) an alias that does, or any usable one; "?" where none is.
     */
    public static String norm(Entity e) {
        java.util.function.Predicate<String> identifies = e.type() == EntityType.PERSON
                ? ActorNames::identifiesPerson : ActorNames::identifies;
        String norm = ActorNames.normalise(e.name());
        if (identifies.test(norm)) {
            return norm;
        }
        String alias = firstAlias(e, identifies);
        if (alias != null) {
            return alias;
        }
        if (ActorNames.isUsable(norm)) {
            return norm;
        }
        alias = firstAlias(e, ActorNames::isUsable);
        return alias != null ? alias : norm.isEmpty() ? "?" : norm;
    }

    /** The first of an entity's aliases, normalised, that {@code fit} accepts, or null. */
    private static String firstAlias(Entity e, java.util.function.Predicate<String> fit) {
        return e.aliases().stream().map(ActorNames::normalise).filter(fit).findFirst().orElse(null);
    }

    /** The entity's type as the tables name it ({@code UNKNOWN} where it has none). */
    public static String type(Entity e) {
        return e.type() == null ? "UNKNOWN" : e.type().name();
    }

    /**
     * A SQL LIKE pattern that the keys of actors of one article alone match and no other key does: theirs alone
     * have four parts (type, country, name, article), where a kb key has none and a name key three.
     */
    public static final String ARTICLE_ALONE_KEYS = "%|%|%|%";

    /**
     * The actor an entity of the article {@code article} is, by key: its knowledge-base id where it
     * has one; else, for a person with a full name, that name (the country aside: articles that
     * place a person and articles that do not still name one actor); else its type, country and
     * name; an entity known only by a phrase that names no one is an actor of its article alone.
     * A bare surname the article ties to a full name is {@link #actorKeys}' business.
     */
    public static String actorKey(Entity e, String article) {
        if (e.kb() != null && !e.kb().isBlank()) {
            return "kb:" + e.kb();
        }
        String norm = norm(e);
        boolean person = e.type() == EntityType.PERSON;
        if (person && ActorNames.isFullName(norm) && ActorNames.identifiesPerson(norm) && named(e)) {
            return "PERSON||" + norm;
        }
        String key = type(e) + "|" + (blankToNull(e.country()) == null ? "" : e.country()) + "|" + norm;
        boolean identifies = person ? ActorNames.identifiesPerson(norm) && named(e) : ActorNames.identifies(norm);
        return identifies ? key : key + "|" + article;
    }

    /**
     * Whether the article gives the entity a proper name at all (its name or an alias): a person
     * it only describes ("the Russian president") is a person of that article alone.
     */
    private static boolean named(Entity e) {
        if (ActorNames.isProperName(e.name(), true)) {
            return true;
        }
        for (String a : e.aliases()) {
            if (ActorNames.isProperName(a, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor keys of one article's entities, by local id: {@link #actorKey}, except that a person
     * named by a bare surname the article itself ties to exactly one of its people's full names
     * ("Obama" in a story about Michelle Obama), of no other country, is that person's actor.
     * Reads the record alone.
     */
    public static Map<String, String> actorKeys(List<Entity> entities, String article) {
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> bySurname = new HashMap<>();
        Map<String, String> countryOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Entity e : entities) {
            String key = actorKey(e, article);
            keys.put(e.id(), key);
            String norm = norm(e);
            if (e.type() == EntityType.PERSON && ActorNames.isFullName(norm) && ActorNames.identifiesPerson(norm)) {
                String surname = ActorNames.lastWord(norm);
                String had = bySurname.putIfAbsent(surname, key);
                if (had == null) {
                    countryOf.put(surname, blankToNull(e.country()));
                }
                if (had != null && !had.equals(key)) {
                    shared.add(surname); // two people of the article share it: it ties to neither
                }
            }
        }
        for (Entity e : entities) {
            String norm = norm(e);
            if (e.type() == EntityType.PERSON && (e.kb() == null || e.kb().isBlank()) && !ActorNames.isFullName(norm)
                    && bySurname.containsKey(norm) && !shared.contains(norm)
                    && (blankToNull(e.country()) == null || countryOf.get(norm) == null
                    || e.country().equals(countryOf.get(norm)))) {
                keys.put(e.id(), bySurname.get(norm));
            }
        }
        return keys;
    }

    /**
     * The names an entity's actor may be found by across articles (normalised): its own name, a
     * person's surname, and those of its aliases that are proper names or full titled names;
     * descriptions ("his father", "the president") and bare titles stay mentions of their article.
     */
    public static Set<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        String norm = norm(e);
        boolean person = e.type() == EntityType.PERSON;
        if (person ? ActorNames.identifiesPerson(norm) : ActorNames.identifies(norm)) {
            names.add(norm);
            if (person && ActorNames.isFullName(norm)) {
                names.add(ActorNames.lastWord(norm));
            }
        }
        for (String alias : e.aliases()) {
            if (ActorNames.isProperName(alias, person)) {
                names.add(ActorNames.normalise(alias));
            }
        }
        return names;
    }

    /** Where and when a merged event is, and the key of the one event it is across articles. */
    public record EventKey(String key, String date, String day, String precision) {
    }

    /**
     * The merged event a report belongs to: the same type, the same source and target actors and the
     * same date (the event's TIMEX3 value, else the article's day) are one event; with no actor, the
     * same type, date and place; with neither, the report alone.
     *
     * @param sources    the event's source actors (ids, in order, each once)
     * @param targets    its target actors
     * @param location   its place's actor, or null
     * @param articleDay the publication day of the reporting article, or null
     * @param article    the reporting article, for an event that merges with no other
     */
    public static EventKey eventKey(Event v, List<Long> sources, List<Long> targets, Long location, String articleDay,
                                    String article) {
        String date = v.date() == null || v.date().value() == null || EventDays.firstDay(v.date().value()) == null
                ? articleDay : v.date().value();
        String day = EventDays.firstDay(date);
        String precision = v.date() != null && date != null && date.equals(v.date().value()) && v.date().precision() != null
                ? v.date().precision().code() : (date == null ? "unknown" : "day");
        String key;
        if (!sources.isEmpty() || !targets.isEmpty()) {
            key = v.type().name() + "|" + date + "|S" + sorted(sources) + "|T" + sorted(targets);
        } else if (location != null) {
            key = v.type().name() + "|" + date + "|L" + location;
        } else {
            key = v.type().name() + "|" + article + "|" + v.id();
        }
        return new EventKey(key, date, day, precision);
    }

    /** The actors of an event's local entity ids, in order, each once, leaving out ids with no actor. */
    public static List<Long> actors(List<String> local, Map<String, Long> actorOf) {
        List<Long> out = new ArrayList<>();
        for (String id : local) {
            Long a = actorOf.get(id);
            if (a != null && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The day of an ISO 8601 publication date or date-time, or null. */
    public static String dayOf(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        return EventDays.firstDay(published.substring(0, 10));
    }

    private static String sorted(List<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
