package dev.newsgraph.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of a gold file, and which of them a record's entity stands for: the first gold
 * entity whose folded name, or else one of whose aliases, equals the record entity's folded
 * name or one of its aliases (exact names first, so an alias never shadows another entity's
 * own name).
 */
final class GoldEntities {
    private final List<JsonNode> all = new ArrayList<>();
    private final Map<String, JsonNode> byName = new LinkedHashMap<>();
    private final Map<String, JsonNode> lookup = new HashMap<>();

    GoldEntities(JsonNode gold) {
        for (JsonNode g : Json.list(gold, "entities")) {
            all.add(g);
            byName.put(Json.text(g, "name"), g);
        }
        for (JsonNode g : all) {
            lookup.putIfAbsent(NameFolding.fold(Json.text(g, "name")), g);
        }
        for (JsonNode g : all) {
            for (JsonNode a : Json.list(g, "aliases")) {
                lookup.putIfAbsent(NameFolding.fold(a.isNull() ? null : a.asText()), g);
            }
        }
    }

    List<JsonNode> all() {
        return all;
    }

    JsonNode byName(String name) {
        return byName.get(name);
    }

    /** The gold entity a record entity stands for, or null. */
    JsonNode resolve(JsonNode entity) {
        if (entity == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        names.add(Json.text(entity, "name"));
        for (JsonNode a : Json.list(entity, "aliases")) {
            names.add(a.isNull() ? null : a.asText());
        }
        for (String s : names) {
            JsonNode g = lookup.get(NameFolding.fold(s));
            if (g != null) {
                return g;
            }
        }
        return null;
    }
}
