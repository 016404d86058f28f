package dev.newsgraph.store.sql;

import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.ArticleRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stored articles: their metadata (all, a page, those naming an actor), their records whole, and
 * how many there are. A record is stored as its JSON without the text, which is kept once, in its
 * own column (the full-text index reads it there); reading a record puts the two together again.
 * Not thread-safe.
 */
record ArticleQueries(Statements sql) {
    private static final String ARTICLE_COLUMNS = "SELECT a.id, a.url, a.source, a.title, a.published, a.language, s.id,"
            + " a.n_entities, a.n_events, a.n_quotes FROM articles a LEFT JOIN articles s ON s.seq = a.story";

    /** Every article's metadata, in the order stored. */
    void articles(Consumer<ArticleRow> sink) throws SQLException {
        try (Statement st = fetching(); ResultSet rs = st.executeQuery(ARTICLE_COLUMNS + " ORDER BY a.seq")) {
            articleRows(rs, sink);
        }
    }

    /** A page of articles' metadata, latest stored first. */
    void articles(int offset, int limit, Consumer<ArticleRow> sink) throws SQLException {
        try (ResultSet rs = sql.bind(ARTICLE_COLUMNS + " ORDER BY a.seq DESC LIMIT ? OFFSET ?", limit, offset)
                .executeQuery()) {
            articleRows(rs, sink);
        }
    }

    /** The latest articles naming an actor. */
    void articlesNaming(long actorId, int limit, Consumer<ArticleRow> sink) throws SQLException {
        // the actor's latest articles are the last of its index range (entities_actor: actor, seq)
        try (ResultSet rs = sql.bind(ARTICLE_COLUMNS + " JOIN (SELECT DISTINCT seq FROM entities WHERE actor = ?"
                + " ORDER BY seq DESC LIMIT ?) n ON n.seq = a.seq ORDER BY a.seq DESC", actorId, limit).executeQuery()) {
            articleRows(rs, sink);
        }
    }

    /** One article's record, whole. */
    Optional<StoryRecord> record(String articleId) throws SQLException {
        try (ResultSet rs = sql.bind("SELECT text, record FROM articles WHERE id = ?", articleId).executeQuery()) {
            return rs.next() ? Optional.of(withText(rs)) : Optional.empty();
        }
    }

    /** Every record, whole, in the order stored. */
    void records(Consumer<StoryRecord> sink) throws SQLException {
        try (Statement st = fetching(); ResultSet rs = st.executeQuery("SELECT text, record FROM articles ORDER BY seq")) {
            while (rs.next()) {
                sink.accept(withText(rs));
            }
        }
    }

    /** The seq of the last article stored: it grows with every article, whichever process stores it. */
    long revision() throws SQLException {
        return single("SELECT COALESCE(MAX(seq), 0) FROM articles");
    }

    long articleCount() throws SQLException {
        return single("SELECT COUNT(*) FROM articles");
    }

    private long single(String query) throws SQLException {
        try (ResultSet rs = sql.of(query).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The record of a row of (text, record JSON). */
    private static StoryRecord withText(ResultSet rs) throws SQLException {
        StoryRecord r = RecordCodec.fromJson(rs.getString(2));
        return r.withArticle(r.article().withText(rs.getString(1), r.article().removed()));
    }

    private static void articleRows(ResultSet rs, Consumer<ArticleRow> sink) throws SQLException {
        while (rs.next()) {
            sink.accept(new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
        }
    }

    /** A statement that streams its rows rather than reading them all first (exports read every article). */
    private Statement fetching() throws SQLException {
        Statement st = sql.connection().createStatement();
        st.setFetchSize(500);
        return st;
    }
}
