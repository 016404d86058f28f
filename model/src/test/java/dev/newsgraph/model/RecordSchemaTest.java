package dev.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema of newsgraph/1 against the model: same enums, same fields, and it tells a bad record from a good one. */
class RecordSchemaTest {
    private static final JsonNode SCHEMA = RecordSchemaCheck.schemaJson();

    private static JsonNode def(String name) {
        JsonNode d = SCHEMA.path("$defs").path(name);
        assertFalse(d.isMissingNode(), "no $defs/" + name);
        return d;
    }

    /** The values an enum has in the record, as the codec writes them. */
    private static Set<String> codes(Class<? extends Enum<?>> type) {
        Set<String> out = new LinkedHashSet<>();
        for (Enum<?> e : type.getEnumConstants()) {
            out.add(RecordCodec.mapper().valueToTree(e).asText());
        }
        return out;
    }

    private static Set<String> enumOf(JsonNode node) {
        JsonNode values = node.path("enum");
        assertTrue(values.isArray(), "no enum in " + node);
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void theSchemaIsDraft202012WithItsOwnId() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.path("$schema").asText());
        assertEquals("https://newsgraph.dev/schema/newsgraph-1.json", SCHEMA.path("$id").asText());
        assertEquals(StoryRecord.FORMAT, SCHEMA.path("properties").path("format").path("const").asText());
        assertNotNull(StoryRecord.class.getResource(RecordSchemaCheck.RESOURCE), "a resource of the model's main jar");
    }

    @Test
    void everyEnumInTheSchemaHasExactlyTheModelsValues() {
        Map<JsonNode, Class<? extends Enum<?>>> pairs = new LinkedHashMap<>();
        pairs.put(def("entity").path("properties").path("type"), EntityType.class);
        pairs.put(def("event").path("properties").path("type"), EventType.class);
        pairs.put(def("event").path("properties").path("modality"), Modality.class);
        pairs.put(def("eventDate").path("properties").path("precision"), Precision.class);
        pairs.put(def("quote").path("properties").path("kind"), QuoteKind.class);
        pairs.put(def("time").path("properties").path("type"), TimeType.class);
        pairs.put(def("quantity").path("properties").path("kind"), QuantityKind.class);
        pairs.put(def("removal").path("properties").path("reason"), RemovalReason.class);
        pairs.forEach((node, type) -> assertEquals(codes(type), enumOf(node), type.getSimpleName()));
    }

    @Test
    void everyFieldTheModelWritesIsTypedAndEveryRequiredOneExists() {
        Map<String, Class<? extends Record>> defs = new LinkedHashMap<>();
        defs.put("article", Article.class);
        defs.put("removal", Removal.class);
        defs.put("entity", Entity.class);
        defs.put("span", Span.class);
        defs.put("quote", Quote.class);
        defs.put("event", Event.class);
        defs.put("eventDate", EventDate.class);
        defs.put("eventQuantity", EventQuantity.class);
        defs.put("time", TimeExpression.class);
        defs.put("quantity", Quantity.class);
        defs.put("provenance", Provenance.class);
        Map<JsonNode, Class<? extends Record>> all = new LinkedHashMap<>();
        all.put(SCHEMA, StoryRecord.class);
        defs.forEach((name, type) -> all.put(def(name), type));
        all.forEach((node, type) -> {
            Set<String> fields = new LinkedHashSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName()));
            }
            Set<String> typed = new LinkedHashSet<>();
            node.path("properties").fieldNames().forEachRemaining(typed::add);
            assertTrue(typed.containsAll(fields), type.getSimpleName() + ": " + fields + " not all in " + typed);
            node.path("required").forEach(r -> assertTrue(fields.contains(r.asText()),
                    type.getSimpleName() + " has no field " + r.asText() + " that the schema requires"));
        });
    }

    @Test
    void aFullRecordIsValidAndSoIsAnEmptyOne() {
        RecordSchemaCheck.assertValid(RecordCodecTest.sample());
        RecordSchemaCheck.assertValid(RecordCodec.toJson(RecordCodecTest.sample()));
        RecordSchemaCheck.assertValid(StoryRecord.of(
                new Article("sha256:x", null, null, null, null, null, "", List.of()), null));
        // pretty JSON, a JSON array and JSON Lines are all read record by record
        String one = RecordCodec.toJson(RecordCodecTest.sample());
        RecordSchemaCheck.assertValid(RecordCodec.toPrettyJson(RecordCodecTest.sample()));
        RecordSchemaCheck.assertValid("[" + one + "," + one + "]");
        RecordSchemaCheck.assertValid(one + "\n" + one + "\n");
    }

    @Test
    void aRecordCarryingMoreFieldsIsStillValid() {
        ObjectNode r = RecordCodec.mapper().valueToTree(RecordCodecTest.sample());
        r.put("something_new", 1);
        ((ObjectNode) r.path("entities").get(0)).putObject("geo").put("name", "Kyiv").put("lat", 50.45466)
                .put("lon", 30.5238).put("geonames", "703448").put("country", "UKR").put("precision", "city");
        RecordSchemaCheck.assertValid(r);
    }

    @Test
    void aRecordWithoutItsFormatFails() {
        ObjectNode r = RecordCodec.mapper().valueToTree(RecordCodecTest.sample());
        r.remove("format");
        AssertionError e = assertThrows(AssertionError.class, () -> RecordSchemaCheck.assertValid(r));
        assertTrue(e.getMessage().contains("format"), e.getMessage());
    }

    @Test
    void anEntityOfAnUnknownTypeFails() {
        ObjectNode r = RecordCodec.mapper().valueToTree(RecordCodecTest.sample());
        ((ObjectNode) r.path("entities").get(0)).put("type", "ANIMAL");
        AssertionError e = assertThrows(AssertionError.class, () -> RecordSchemaCheck.assertValid(r));
        assertTrue(e.getMessage().contains("/entities/0/type"), e.getMessage());
    }

    @Test
    void otherBreachesOfTheContractFailToo() {
        List<java.util.function.Consumer<ObjectNode>> breaches = new ArrayList<>();
        breaches.add(r -> r.put("format", "newsgraph/2"));
        breaches.add(r -> r.putNull("entities"));
        breaches.add(r -> ((ObjectNode) r.path("article")).remove("published"));
        breaches.add(r -> ((ObjectNode) r.path("article")).put("published", "11 April 2025"));
        breaches.add(r -> ((ObjectNode) r.path("entities").get(0)).remove("mentions"));
        breaches.add(r -> ((ObjectNode) r.path("entities").get(0)).put("country", "US"));
        breaches.add(r -> ((ObjectNode) r.path("quotes").get(0)).put("kind", "DIRECT"));
        breaches.add(r -> ((ObjectNode) r.path("quotes").get(0)).put("start", -1));
        breaches.add(r -> ((ObjectNode) r.path("events").get(0)).put("confidence", 1.5));
        breaches.add(r -> ((ObjectNode) r.path("events").get(0)).put("modality", "certain"));
        breaches.add(r -> ((ArrayNode) r.path("events").get(0).path("source")).add(3));
        breaches.add(r -> ((ObjectNode) r.path("events").get(0).path("date")).put("precision", "hour"));
        breaches.add(r -> ((ObjectNode) r.path("times").get(0)).put("type", "date"));
        breaches.add(r -> ((ObjectNode) r.path("quantities").get(0)).put("value", "21bn"));
        breaches.add(r -> ((ArrayNode) r.path("article").path("removed")).addObject().put("text", "x")
                .put("reason", "spam"));
        for (int i = 0; i < breaches.size(); i++) {
            ObjectNode r = RecordCodec.mapper().valueToTree(RecordCodecTest.sample());
            breaches.get(i).accept(r);
            assertFalse(RecordSchemaCheck.violations(r).isEmpty(), "breach " + i + " passed: " + r);
        }
    }
}
