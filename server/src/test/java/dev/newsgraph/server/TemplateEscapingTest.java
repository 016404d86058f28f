package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.QuoteRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The templates given hostile values in every field they show (no store, no server): all of it
 * comes out as text, in element content and in attributes; only http(s) URLs become links.
 */
class TemplateEscapingTest {
    private static final String EVIL = "\"><script>window.__pwned=1</script><img src=x onerror='f()'>`";
    private static final Templates TEMPLATES = new Templates();

    /** No element, attribute or URL scheme of the hostile value's making survived. */
    private static void inert(String html) {
        // the page's own scripts come from /static with src only; none of the hostile value's making
        String ownScriptsOut = html.replaceAll("<script src=\"/(static|webjars)/[^\"]+\" defer></script>", "");
        assertFalse(ownScriptsOut.contains("<script") || ownScriptsOut.contains("<img") || ownScriptsOut.contains("onerror='")
                || ownScriptsOut.contains("\"><script") || ownScriptsOut.contains("href=\"javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&#39;f()&#39;&gt;&#96;")
                || html.contains("%3Cscript%3E"), html);
    }

    @Test
    void listsEscapeEveryFieldOfTheirRows() {
        ActorRow actor = new ActorRow(7, EVIL, EVIL, EVIL, EVIL, null, List.of(EVIL), 2, 3);
        ArticleRow article = new ArticleRow(EVIL, EVIL, EVIL, EVIL, EVIL, "en", null, 1, 1, 1);
        String home = TEMPLATES.render("home", new PageViews.Home(List.of(actor), List.of(article)));
        inert(home);
        assertTrue(home.contains("href=\"/articles/%22%3E%3Cscript%3E"), "ids in paths are URL-encoded");
        QuoteRow quote = new QuoteRow(EVIL, EVIL, EVIL, EVIL, new ActorRef(7, EVIL, EVIL, EVIL, EVIL), EVIL, EVIL, EVIL, EVIL);
        inert(TEMPLATES.render("quotes", new PageViews.Quotes(List.of(new PageViews.Field("speaker", EVIL, EVIL)),
                new Paging(0, 1).from(List.of(quote, quote)), "/quotes?speaker=" + Markup.url(EVIL) + "&")));
        inert(TEMPLATES.render("namesakes", new PageViews.Namesakes(EVIL, List.of(actor))));
        inert(TEMPLATES.render("error", new PageViews.Error(404, EVIL)));
        dev.newsgraph.store.PlaceRow place = new dev.newsgraph.store.PlaceRow(50.45, 30.52, EVIL, EVIL, EVIL, 2,
                Map.of(EVIL, 2L));
        String map = TEMPLATES.render("map", new PageViews.WorldMap(List.of(new PageViews.Field("actor", EVIL, EVIL)),
                List.of(place), "actor=" + Markup.url(EVIL) + "&"));
        String ownScripts = "<script src=\"/static/map/topojson-client.min.js\" defer></script>"
                + "<script src=\"/static/map.js\" defer></script>";
        assertTrue(map.contains(ownScripts));
        inert(map.replace(ownScripts, ""));
        assertTrue(map.contains("data-type=\"&quot;&gt;&lt;script&gt;"), "the type goes into its attribute as text");
    }

    @Test
    void aReflectedFormValueStaysInsideItsAttribute() {
        String html = TEMPLATES.render("entities", new PageViews.Entities(List.of(new PageViews.Field("q", "Name", EVIL)),
                new Paging(0, 10).from(List.of()), "/entities?"));
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;"), html);
        inert(html);
    }

    @Test
    void anArticlesTextStaysTextAndItsMarksStayElements() {
        String text = "Mayor " + EVIL + " spoke.";
        Entity mayor = new Entity("e1", EVIL, EntityType.PERSON, null, List.of(), List.of(EVIL), null, null, null, null,
                List.of(new Span(6, 6 + EVIL.length(), EVIL)));
        StoryRecord r = new StoryRecord(null, new Article("sha256:x", "javascript:window.__pwned=2", EVIL, EVIL, EVIL, "en",
                text, List.of()), List.of(mayor), List.of(), List.of(), List.of(), List.of(), null);
        String html = TEMPLATES.render("article", new PageViews.Article(r, ArticleMarkup.entities(r), ArticleMarkup.segments(r)));
        inert(html);
        assertTrue(html.contains("<span class=\"url\">javascript:window.__pwned=2</span>"), "a script URL stays text: " + html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertTrue(html.contains("<a class=\"ent ent-person\" href=\"/entities/by-name?name=%22%3E%3Cscript%3E"), "the mention is a link: " + html);
    }

    @Test
    void onlyWebUrlsOfTheDataBecomeLinks() {
        Article web = new Article("sha256:y", "https://example.org/a?b=1&c=\"2\"", "s", "t", "2025-01-01", "en", "", List.of());
        StoryRecord r = new StoryRecord(null, web, List.of(), List.of(), List.of(), List.of(), List.of(), null);
        String html = TEMPLATES.render("article", new PageViews.Article(r, Map.of(), ArticleMarkup.segments(r)));
        assertTrue(html.contains("rel=\"noopener noreferrer nofollow\""), html);
        assertTrue(html.contains("href=\"https://example.org/a?b=1&amp;c="), html);
        assertFalse(html.contains("c=\"2\""), html);
    }
}
