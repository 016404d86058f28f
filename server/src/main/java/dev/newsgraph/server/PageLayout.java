package dev.newsgraph.server;

/** The frame of every page: head, skip link, navigation, search box. Titles are escaped here. */
final class PageLayout {
    private PageLayout() {
    }

    /** A whole page around {@code body} (already escaped HTML); {@code scripts} are paths under /static. */
    static String page(String title, String body, String... scripts) {
        StringBuilder b = new StringBuilder(body.length() + 2048);
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Markup.esc(title)).append(" · newsgraph</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/app.css\">");
        for (String s : scripts) {
            b.append("<script src=\"").append(Markup.esc(s)).append("\" defer></script>");
        }
        b.append("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
                .append("<header><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">newsgraph</a>")
                .append("<a href=\"/articles\">Articles</a><a href=\"/entities\">Entities</a>")
                .append("<a href=\"/timeline\">Timeline</a><a href=\"/network\">Network</a>")
                .append("<a href=\"/quotes\">Quotes</a><a href=\"/api\">API</a></nav>")
                .append("<form role=\"search\" action=\"/search\" method=\"get\"><label for=\"q\" class=\"visually-hidden\">")
                .append("Search everything</label><input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search articles, people, quotes\" maxlength=\"200\">")
                .append("<button type=\"submit\">Search</button></form></header>")
                .append("<main id=\"main\" tabindex=\"-1\">").append(body).append("</main>")
                .append("<footer><p>newsgraph: every fact links to the sentence it was read from. ")
                .append("<a href=\"/openapi.json\">OpenAPI</a></p></footer></body></html>");
        return b.toString();
    }
}
