package dev.newsgraph.analysis.actor;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Gives people and organisations the article names but does not place their country and sector
 * from {@link KnownActors}, as they stood on the article's date. The entities stage calls it on
 * the entities it built; it only fills what is missing: what the article says always wins, and
 * where the article gives a country other than the list's, the entity is left as the article has
 * it, and where the article names countries but never the list's, the name is taken for a
 * namesake, unless it is one of the prominent people of newsgraph's own additions (a US defence
 * secretary visiting Islamabad is still American). Only full names are looked up (two words or more), never a bare surname many share.
 *
 * <p>A person it links also gets the actor's stable {@code kb} id ({@link KnownActors.Actor#id}),
 * which the store links by. A bare surname ("Trump") links only where nothing in the article
 * ties it to someone else (no full name of the article's people ends in it: "Obama" in a story
 * about Michelle Obama stays hers) and either a list claims the surname for one actor on that
 * date (newsgraph's additions do for a few prominent people: "Trump" in 2017), or exactly one known
 * actor of that surname held a dated role on the article's date (a term the lists leave open
 * counts only up to {@link KnownActors#LISTS_END}), of the country the article gives it if it gives one, and, unless that
 * actor is one of newsgraph's own additions, of a country the article names: a guess about a
 * surname many share is worse than none.
 * Thread-safe.
 */
public final class ActorFiller {
    private final KnownActors actors;

    public ActorFiller(KnownActors actors) {
        this.actors = actors;
    }

    /** With the list shipped with newsgraph. */
    public static ActorFiller standard() {
        return new ActorFiller(KnownActors.standard());
    }

    /**
     * The entities, those the list knows given the country and sector they lack.
     *
     * @param date the article's date, or null (then the latest the list knows)
     */
    public List<Entity> fill(List<Entity> entities, LocalDate date) {
        Set<String> named = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (Entity e : entities) {
            if (e.country() != null) {
                named.add(e.country());
            }
            if (e.type() == EntityType.PERSON) {
                surnameOfFullName(e.name(), surnames);
                for (String a : e.aliases()) {
                    surnameOfFullName(a, surnames);
                }
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            out.add(fill(e, date, named, surnames));
        }
        return out;
    }

    /**
     * @param named the countries the article's entities carry: where there are some and none is
     *              the list's country for this name, the name is taken for a namesake ("John
     *              Williams" in an American story is not Barbados' minister) and left alone
     */
    Entity fill(Entity e, LocalDate date, Set<String> named) {
        return fill(e, date, named, Set.of());
    }

    /** @param surnames the last words of the article's people's full names (keys): a bare surname among them is theirs */
    private Entity fill(Entity e, LocalDate date, Set<String> named, Set<String> surnames) {
        boolean person = e.type() == EntityType.PERSON;
        if (!person && (e.type() != EntityType.ORGANIZATION || e.country() != null && e.sector() != null)) {
            return e;
        }
        KnownActors.Actor actor = lookup(e);
        if (actor == null && person) {
            actor = bySurname(e, date, named, surnames);
        }
        KnownActors.Status s = actor == null ? null : actor.at(date);
        if (s == null) {
            return e;
        }
        if (e.country() != null && s.country() != null && !e.country().equals(s.country())) {
            return e; // the article places it elsewhere: a namesake, or the list is out of date
        }
        if (e.country() == null && s.country() != null && !named.isEmpty() && !named.contains(s.country())
                && !actor.curated()) {
            return e; // the article names countries, never this one: likely a namesake (not of the prominent few)
        }
        String country = e.country() != null ? e.country() : s.country();
        String sector = e.sector() != null ? e.sector() : s.sector();
        // only people get the id: a body's line may name its leader's administration ("the Obama administration")
        String kb = e.kb() != null || !person ? e.kb() : actor.id();
        if (Objects.equals(country, e.country()) && Objects.equals(sector, e.sector()) && Objects.equals(kb, e.kb())) {
            return e;
        }
        return new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.roles(), e.age(), country, sector,
                kb, e.mentions(), e.geo());
    }

    /** The one known actor a bare surname can stand for on this date (see the class comment), or null. */
    private KnownActors.Actor bySurname(Entity e, LocalDate date, Set<String> named, Set<String> surnames) {
        String key = e.name() == null ? "" : KnownActors.key(e.name());
        if (key.isEmpty() || key.indexOf(' ') >= 0 || surnames.contains(key)) {
            return null;
        }
        for (String alias : e.aliases()) {
            if (fullName(alias)) {
                return null; // the article gives a full name the list does not know: someone else
            }
        }
        KnownActors.Actor claimed = actors.surnameClaim(key);
        if (claimed != null && claimed.datedAt(date)) {
            KnownActors.Status s = claimed.at(date);
            return e.country() == null || e.country().equals(s.country()) ? claimed : null;
        }
        KnownActors.Actor found = null;
        for (KnownActors.Actor a : actors.bySurname(key)) {
            KnownActors.Status s = a.knownAt(date) ? a.at(date) : null;
            if (s == null || s.country() == null || e.country() != null && !e.country().equals(s.country())
                    || !a.curated() && !s.country().equals(e.country()) && !named.contains(s.country())) {
                continue;
            }
            if (found != null) {
                return null; // two candidates: nothing rather than a guess
            }
            found = a;
        }
        return found;
    }

    /** Adds the last word of a full name (as a look-up key) to {@code out}. */
    private static void surnameOfFullName(String name, Set<String> out) {
        if (fullName(name)) {
            String key = KnownActors.key(name);
            out.add(key.substring(key.lastIndexOf(' ') + 1));
        }
    }

    /** The actor of the entity's name, else of its first full-name alias that is known. */
    private KnownActors.Actor lookup(Entity e) {
        KnownActors.Actor a = fullName(e.name()) ? actors.find(e.name()) : null;
        for (int i = 0; a == null && i < e.aliases().size(); i++) {
            String alias = e.aliases().get(i);
            if (fullName(alias)) {
                a = actors.find(alias);
            }
        }
        return a;
    }

    private static boolean fullName(String name) {
        return name != null && KnownActors.key(name).indexOf(' ') > 0;
    }
}
