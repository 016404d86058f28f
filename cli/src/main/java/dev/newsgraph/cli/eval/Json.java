package dev.newsgraph.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading gold and record JSON the lenient way the reference scorer does: a missing or null
 * field is an empty list, a null text, a false flag; values compare as JSON values (3 equals
 * 3.0).
 */
final class Json {
    private Json() {
    }

    static List<JsonNode> list(JsonNode n, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode v = n == null ? null : n.get(field);
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    static List<String> texts(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : list(n, field)) {
            out.add(v.isNull() ? null : v.asText());
        }
        return out;
    }

    /** The field as text, or null where missing or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The field as text, or "" where missing, null or empty (Python's {@code x.get(f) or ""}). */
    static String textOrEmpty(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? "" : s;
    }

    /** Python truthiness of a field: missing, null, false, 0, "", [] and {} are false. */
    static boolean truthy(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.decimalValue().signum() != 0;
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        return v.size() > 0;
    }

    static boolean has(JsonNode n, String field) {
        return n != null && n.has(field);
    }

    /** Python's {@code ==} on two JSON values; a missing value is None. */
    static boolean same(JsonNode a, JsonNode b) {
        boolean aNone = a == null || a.isNull() || a.isMissingNode();
        boolean bNone = b == null || b.isNull() || b.isMissingNode();
        if (aNone || bNone) {
            return aNone && bNone;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return number(a).compareTo(number(b)) == 0;
        }
        return a.equals(b);
    }

    private static boolean isNumeric(JsonNode n) {
        return n.isNumber() || n.isBoolean();
    }

    private static BigDecimal number(JsonNode n) {
        return n.isBoolean() ? (n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO) : n.decimalValue();
    }
}
