package dev.newsgraph.server;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.server.Paging.Slice;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.PlaceRow;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.TimelineRow;
import java.util.List;
import java.util.Map;

/**
 * What each page template is given: the query service's answers plus what only a page needs (the
 * filter form refilled, the base of its pager links). One record per template, so that a template
 * and its caller are checked against each other when the templates compile.
 */
final class PageViews {
    private PageViews() {
    }

    /** A field of a filter form: the parameter, its label, and the value asked with (null: none). */
    record Field(String name, String label, String value) {
    }

    record Home(List<ActorRow> actors, List<ArticleRow> articles) {
    }

    record Articles(Slice<ArticleRow> page, String pagerBase) {
    }

    /** An article: its record, its entities by local id, and its text marked. */
    record Article(StoryRecord record, Map<String, Entity> entities, List<ArticleMarkup.Segment> text) {
    }

    record Entities(List<Field> form, Slice<ActorRow> page, String pagerBase) {
    }

    /** The actors going by one name, where a link by name found several. */
    record Namesakes(String name, List<ActorRow> actors) {
    }

    record Events(List<Field> form, Slice<EventRow> page, String pagerBase) {
    }

    record Timeline(List<Field> form, List<TimelineRow> days, List<EventRow> events) {
    }

    /** The network: its edges and their actors by id. */
    record Network(List<Field> form, List<StoreQueries.Link> edges, Map<Long, StoreQueries.Node> actors) {
    }

    /**
     * The map: the places of the located events the filter keeps, and the filter as a query string
     * (ending in "&amp;") for the links from a place to its events.
     */
    record WorldMap(List<Field> form, List<PlaceRow> places, String eventsQuery) {
    }

    record Quotes(List<Field> form, Slice<QuoteRow> page, String pagerBase) {
    }

    /** A search: the words (null where none were asked) and what they found. */
    record Search(String words, StoreQueries.Found found) {
    }

    /** The endpoint list, from the OpenAPI document. */
    record ApiDocs(String description, String openApiVersion, List<Endpoint> endpoints) {
    }

    record Endpoint(String path, String summary, List<Parameter> parameters) {
    }

    record Parameter(String name, String in, String description) {
    }

    record Error(int status, String message) {
    }
}
