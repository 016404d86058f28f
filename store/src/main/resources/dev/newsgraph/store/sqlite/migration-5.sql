-- Schema version 5: what `watch` keeps between runs (docs/collect.md, "State"). Statements are
-- separated by lines holding only ';'.
--
-- Each followed source: its validators for conditional requests, its failures in a row and the
-- time before which it waits.
CREATE TABLE watch_sources(url TEXT PRIMARY KEY, kind TEXT, last_fetch TEXT, last_status INTEGER NOT NULL DEFAULT 0,
  etag TEXT, last_modified TEXT, failures INTEGER NOT NULL DEFAULT 0, not_before TEXT, last_error TEXT,
  new_items INTEGER NOT NULL DEFAULT 0)
;
-- Each item URL met in a source and how far it got (SEEN, STORED, GIVEN_UP).
CREATE TABLE watch_items(url TEXT PRIMARY KEY, source TEXT NOT NULL, state TEXT NOT NULL, reason TEXT,
  attempts INTEGER NOT NULL DEFAULT 0, article_id TEXT, updated TEXT NOT NULL)
;
CREATE INDEX watch_items_source_state ON watch_items(source, state)
