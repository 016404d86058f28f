package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {
    private static InputFormat of(String name, String head) {
        return InputFormat.detect(name, head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesDecideFirst() {
        assertEquals(InputFormat.HTML, of("page.HTM", "plain words"));
        assertEquals(InputFormat.WARC, of("crawl.warc.gz", ""));
        assertEquals(InputFormat.FEED, of("news.rss", ""));
        assertEquals(InputFormat.JSON_LINES, of("items.jsonl", ""));
        assertEquals(InputFormat.TEXT, of("brief.txt", "{Updated 14:00} Talks resume in Geneva"));
        assertEquals(InputFormat.TEXT, of("brief.TXT", "<Breaking> Talks resume in Geneva"));
        assertEquals(InputFormat.JSON_LINES, of("-", "{\"title\": \"Talks resume\"}"));
    }

    @Test
    void contentDecidesForUnnamedInput() {
        assertEquals(InputFormat.HTML, of("-", "<!-- saved from url=(0040)https://example.com/ -->\n<html><body>"));
        assertEquals(InputFormat.HTML, of("-", "\ufeff<!DOCTYPE html><html>"));
        assertEquals(InputFormat.HTML, of("-", "  <meta charset=\"utf-8\"><title>x</title>"));
        assertEquals(InputFormat.FEED, of("-", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
        assertEquals(InputFormat.FEED, of("-", "\ufeff<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(InputFormat.WARC, of("-", "WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
        assertEquals(InputFormat.TEXT, of("-", "Storm closes mountain pass\n\nThe pass was closed on Friday."));
    }
}
