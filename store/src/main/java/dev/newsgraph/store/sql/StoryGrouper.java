package dev.newsgraph.store.sql;

import dev.newsgraph.store.linking.MinHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Puts a new article into the story of its near-duplicates: the stored articles that share a
 * MinHash band with it and whose signatures agree on at least {@value #SAME_STORY} of the
 * hashes. An article with no such copy starts its own story. Runs inside the writer's transaction.
 */
final class StoryGrouper {
    static final double SAME_STORY = 0.3;
    private final Statements sql;

    StoryGrouper(Statements sql) {
        this.sql = sql;
    }

    /** Groups the article {@code seq} (already inserted) and records its bands. */
    void group(long seq, String text) throws SQLException {
        int[] sig = MinHash.signature(text);
        if (sig == null) {
            sql.bind("UPDATE articles SET story = ? WHERE seq = ?", seq, seq).executeUpdate();
            return;
        }
        long[] bands = MinHash.bands(sig);
        Set<Long> candidates = new HashSet<>();
        for (long band : bands) {
            try (ResultSet rs = sql.bind("SELECT seq FROM story_bands WHERE band = ?", band).executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
        }
        long story = seq;
        for (long other : candidates) {
            try (ResultSet rs = sql.bind("SELECT sig, story FROM articles WHERE seq = ?", other).executeQuery()) {
                if (rs.next() && rs.getBytes(1) != null
                        && MinHash.similarity(sig, MinHash.fromBytes(rs.getBytes(1))) >= SAME_STORY) {
                    story = Math.min(story, rs.getLong(2));
                }
            }
        }
        sql.bind("UPDATE articles SET story = ?, sig = ? WHERE seq = ?", story, MinHash.toBytes(sig), seq).executeUpdate();
        for (long band : bands) {
            sql.bind("INSERT INTO story_bands(band, seq) VALUES (?, ?) ON CONFLICT DO NOTHING", band, seq).executeUpdate();
        }
    }
}
