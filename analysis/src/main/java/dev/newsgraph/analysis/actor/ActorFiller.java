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
        for (Entity e : entities) {
            if (e.country() != null) {
                named.add(e.country());
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            out.add(fill(e, date, named));
        }
        return out;
    }

    /**
     * @param named the countries the article's entities carry: where there are some and none is
     *              the list's country for this name, the name is taken for a namesake ("John
     *              Williams" in an American story is not Barbados' minister) and left alone
     */
    Entity fill(Entity e, LocalDate date, Set<String> named) {
        if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION
                || e.country() != null && e.sector() != null) {
            return e;
        }
        KnownActors.Actor actor = lookup(e);
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
        if (Objects.equals(country, e.country()) && Objects.equals(sector, e.sector())) {
            return e;
        }
        return new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.roles(), e.age(), country, sector,
                e.kb(), e.mentions());
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
