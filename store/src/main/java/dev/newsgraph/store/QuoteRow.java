package dev.newsgraph.store;

/** A quote with its speaker resolved to an actor across articles (null where the article names none). */
public record QuoteRow(String articleId, String url, String published, String title, ActorRef speaker,
                       String text, String kind, String cue, String channel) {
}
