package dev.newsgraph.model;

import java.util.List;

/**
 * One real-world referent the article mentions, once, with every way the article refers to it.
 *
 * @param name     the fullest proper name the article gives
 * @param subtype  e.g. COUNTRY, CITY, GOVERNMENT, MEDIA; null where unknown
 * @param country  ISO 3166-1 alpha-3 of the state it belongs to or acts for
 * @param sector   PLOVER/CAMEO agent type: GOV, MIL, BUS, MED, ...
 * @param mentions every place the article refers to it, pronouns and descriptions included
 * @param geo      for a place, where it is; null where unresolved (and for every other entity)
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        String subtype,
        List<String> aliases,
        List<String> roles,
        Integer age,
        String country,
        String sector,
        String kb,
        List<Span> mentions,
        Geo geo) {

    public Entity {
        aliases = Lists.copy(aliases);
        roles = Lists.copy(roles);
        mentions = Lists.copy(mentions);
    }

    /** An entity whose place is not resolved. */
    public Entity(String id, String name, EntityType type, String subtype, List<String> aliases, List<String> roles,
                  Integer age, String country, String sector, String kb, List<Span> mentions) {
        this(id, name, type, subtype, aliases, roles, age, country, sector, kb, mentions, null);
    }
}
