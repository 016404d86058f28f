package dev.newsgraph.reading.html;

/**
 * What a page says about its story besides the text. Any field may be null.
 *
 * @param published    ISO 8601 date or date-time
 * @param language     the language the markup declares (BCP 47 primary tag), not a detected one
 * @param articleBody  the JSON-LD {@code articleBody}, when the page has one
 * @param description  the page's summary ({@code og:description}, {@code description})
 */
public record PageMetadata(String title, String published, String author, String siteName, String canonicalUrl,
                           String language, String articleBody, String description) {
}
