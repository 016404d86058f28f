package dev.newsgraph.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes story records as JSON ({@code newsgraph/1}). Field names are the contract's
 * ({@code attributed_to}); unknown scalars are written as {@code null}, never left out; whole
 * numbers are written without a fraction. A record written and read back is equal to itself.
 * Thread-safe.
 */
public final class RecordCodec {
    private static final ObjectMapper MAPPER = newMapper(false);
    private static final ObjectMapper PRETTY = newMapper(true);

    private RecordCodec() {
    }

    /** The configured mapper, for layers that write other objects in the same style. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(StoryRecord record) {
        return write(MAPPER, record);
    }

    public static String toPrettyJson(Object value) {
        return write(PRETTY, value);
    }

    public static String toJson(Object value) {
        return write(MAPPER, value);
    }

    public static StoryRecord fromJson(String json) {
        try {
            return MAPPER.readValue(json, StoryRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a newsgraph/1 record: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper newMapper(boolean pretty) {
        ObjectMapper m = new ObjectMapper();
        m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        m.setSerializationInclusion(JsonInclude.Include.ALWAYS);
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        m.configure(SerializationFeature.INDENT_OUTPUT, pretty);
        SimpleModule numbers = new SimpleModule("whole-numbers");
        numbers.addSerializer(Double.class, new WholeNumberSerializer());
        numbers.addSerializer(double.class, new WholeNumberSerializer());
        m.registerModule(numbers);
        return m;
    }

    /** Writes 21000000000.0 as {@code 21000000000}, and other doubles as they are. */
    private static final class WholeNumberSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < 1e15 && !Double.isInfinite(v)) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
