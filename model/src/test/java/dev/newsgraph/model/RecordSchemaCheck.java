package dev.newsgraph.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates story records against the JSON Schema of {@code newsgraph/1}
 * ({@value #RESOURCE} on the model's class path) with the networknt validator. For tests in
 * every module: each place a test makes records calls {@link #assertValid(StoryRecord)} or one of
 * its siblings, so that no record the project writes can leave the documented format unnoticed.
 * Thread-safe.
 */
public final class RecordSchemaCheck {
    /** The class-path resource holding the schema (also what {@code serve} publishes). */
    public static final String RESOURCE = "/dev/newsgraph/model/newsgraph-1.schema.json";

    private static final JsonSchema SCHEMA = load();

    private RecordSchemaCheck() {
    }

    /** The schema as JSON, as the resource holds it. */
    public static JsonNode schemaJson() {
        try (InputStream in = open()) {
            return RecordCodec.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way {@code record} breaks the schema, one line each (instance path: message); empty when valid. */
    public static List<String> violations(JsonNode record) {
        Set<ValidationMessage> messages = SCHEMA.validate(record);
        List<String> lines = new ArrayList<>();
        messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> String.valueOf(m.getInstanceLocation()))
                        .thenComparing(ValidationMessage::getMessage))
                .forEach(m -> lines.add(m.getMessage().startsWith(String.valueOf(m.getInstanceLocation()))
                        ? m.getMessage() : m.getInstanceLocation() + ": " + m.getMessage()));
        return lines;
    }

    /** The violations of a record given as JSON text. */
    public static List<String> violations(String json) {
        return violations(parse(json));
    }

    /** Passes a record, as the codec writes it, that the schema accepts; else throws an AssertionError listing the violations. */
    public static StoryRecord assertValid(StoryRecord record) {
        assertValid(RecordCodec.mapper().valueToTree(record));
        return record;
    }

    /**
     * Checks one record, or each record of a JSON array (as {@code analyze --format json} prints
     * several), or each line of JSON Lines text.
     */
    public static void assertValid(String json) {
        int count = 0;
        try (MappingIterator<JsonNode> values = RecordCodec.mapper().readerFor(JsonNode.class).readValues(json)) {
            while (values.hasNextValue()) {
                assertValid(values.nextValue());
                count++;
            }
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new AssertionError("no record in: " + json);
        }
    }

    /** Checks one record, or each element of an array of records. */
    public static void assertValid(JsonNode json) {
        if (json.isArray()) {
            for (JsonNode element : json) {
                assertValid(element);
            }
            return;
        }
        List<String> problems = violations(json);
        if (!problems.isEmpty()) {
            String article = json.path("article").path("id").asText("?");
            throw new AssertionError("record " + article + " breaks the newsgraph/1 schema:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static JsonNode parse(String json) {
        try {
            return RecordCodec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static InputStream open() {
        InputStream in = RecordSchemaCheck.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("no " + RESOURCE + " on the class path");
        }
        return in;
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson(), config);
    }
}
