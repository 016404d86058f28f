-- Schema version 5, as the embedded store's migration-5.sql: what `watch` keeps between runs.
CREATE TABLE watch_sources(url TEXT PRIMARY KEY, kind TEXT, last_fetch TEXT, last_status INTEGER NOT NULL DEFAULT 0,
  etag TEXT, last_modified TEXT, failures INTEGER NOT NULL DEFAULT 0, not_before TEXT, last_error TEXT,
  new_items INTEGER NOT NULL DEFAULT 0);
CREATE TABLE watch_items(url TEXT PRIMARY KEY, source TEXT NOT NULL, state TEXT NOT NULL, reason TEXT,
  attempts INTEGER NOT NULL DEFAULT 0, article_id TEXT, updated TEXT NOT NULL);
CREATE INDEX watch_items_source_state ON watch_items(source, state);
