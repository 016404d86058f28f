package dev.newsgraph.model;

/**
 * A time expression and its TIMEX3 value, resolved against the publication date where known
 * ("last week" → {@code 2025-W14}), left relative where not ({@code XXXX-WXX-5}).
 */
public record TimeExpression(String text, TimeType type, String value, int start, int end) {
}
