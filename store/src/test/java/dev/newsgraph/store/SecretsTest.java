package dev.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Passwords are hidden in any text, whatever characters they hold and wherever the text puts them. */
class SecretsTest {
    @Test
    void theUrlsPasswordIsHiddenWhateverItHolds() {
        assertEquals("postgresql://ng:***@db.example.org:5432/news",
                Secrets.mask("postgresql://ng:secret@db.example.org:5432/news"));
        assertEquals("postgresql://ng:***@db.example.org/news", Secrets.mask("postgresql://ng:pa/ss@db.example.org/news"));
        assertEquals("postgresql://ng:***@db.example.org/news", Secrets.mask("postgresql://ng:pa@ss@db.example.org/news"));
        assertEquals("jdbc:postgresql://ng:***@h/news", Secrets.mask("jdbc:postgresql://ng:p:a:ss@h/news"));
        assertEquals("postgres://ng:***@h/news", Secrets.mask("postgres://ng:p%40ss@h/news"));
    }

    @Test
    void passwordParametersAreHidden() {
        assertEquals("postgresql://h/news?user=ng&password=***&ssl=true",
                Secrets.mask("postgresql://h/news?user=ng&password=s3cr/et&ssl=true"));
        assertEquals("host=h PASSWORD=*** dbname=news", Secrets.mask("host=h PASSWORD=hunter2 dbname=news"));
        assertEquals("postgresql://h/news?pwd=***", Secrets.mask("postgresql://h/news?pwd=x"));
    }

    @Test
    void aUrlInsideAMessageIsHiddenAndTheRestKept() {
        assertEquals("newsgraph: Unmatched argument at index 2: 'postgresql://ng:***@h/db' (try --db)",
                Secrets.mask("newsgraph: Unmatched argument at index 2: 'postgresql://ng:pa ss@h/db' (try --db)"
                        .replace("pa ss", "pa#ss")));
        assertEquals("no password here: a plain message", Secrets.mask("no password here: a plain message"));
        assertEquals("https://example.org/news/2025/ferry", Secrets.mask("https://example.org/news/2025/ferry"));
    }

    @Test
    void aPasswordThisProcessWasGivenIsHiddenWhereverItShowsUp() {
        Secrets.remember("Tr0ub4dor&3");
        String masked = Secrets.mask("FATAL: role \"ng\" failed with Tr0ub4dor&3 (Tr0ub4dor%263)");
        assertFalse(masked.contains("Tr0ub4dor"), masked);
    }
}
