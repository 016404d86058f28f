-- The embedded store's schema, version 1 (docs/store.md explains every table).
-- Statements are separated by lines holding only ';'. Applied once, in one transaction.
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)
;
-- One row per article. text is the article text; record is the record's JSON with the text left out.
CREATE TABLE articles(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT, source TEXT, title TEXT, published TEXT, day TEXT, language TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  story INTEGER,
  sig BLOB,
  n_entities INTEGER NOT NULL, n_events INTEGER NOT NULL, n_quotes INTEGER NOT NULL,
  added TEXT NOT NULL)
;
CREATE INDEX articles_day ON articles(day)
;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')
;
-- MinHash bands: articles sharing a band are candidate near-duplicates.
CREATE TABLE story_bands(band INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(band, seq)) WITHOUT ROWID
;
-- One row per real-world actor across articles.
CREATE TABLE actors(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL, norm TEXT NOT NULL,
  type TEXT NOT NULL, country TEXT, sector TEXT, kb TEXT,
  articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0)
;
CREATE INDEX actors_norm ON actors(norm)
;
CREATE INDEX actors_articles ON actors(articles DESC)
;
-- Every normalised name and alias an actor goes by.
CREATE TABLE actor_names(norm TEXT NOT NULL, actor INTEGER NOT NULL, PRIMARY KEY(norm, actor)) WITHOUT ROWID
;
-- An article's entity, linked to its actor.
CREATE TABLE entities(seq INTEGER NOT NULL, local TEXT NOT NULL, actor INTEGER NOT NULL, name TEXT, roles TEXT,
  mentions INTEGER NOT NULL, PRIMARY KEY(seq, local)) WITHOUT ROWID
;
CREATE INDEX entities_actor ON entities(actor, seq)
;
-- One row per real-world event, merged across the articles that report it.
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL, mode TEXT, date TEXT, day TEXT, precision TEXT, location INTEGER,
  reports INTEGER NOT NULL DEFAULT 0)
;
CREATE INDEX events_day ON events(day)
;
CREATE INDEX events_type_day ON events(type, day)
;
-- Who took part: role S (source), T (target), L (location).
CREATE TABLE event_actors(actor INTEGER NOT NULL, event INTEGER NOT NULL, role TEXT NOT NULL, pos INTEGER NOT NULL,
  PRIMARY KEY(actor, event, role)) WITHOUT ROWID
;
CREATE INDEX event_actors_event ON event_actors(event, role, pos)
;
-- One article's report of an event, with its evidence.
CREATE TABLE reports(event INTEGER NOT NULL, seq INTEGER NOT NULL, local TEXT NOT NULL, modality TEXT,
  confidence REAL, evidence TEXT, PRIMARY KEY(event, seq, local)) WITHOUT ROWID
;
CREATE INDEX reports_seq ON reports(seq)
;
CREATE TABLE quotes(id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, speaker INTEGER, text TEXT NOT NULL, kind TEXT,
  cue TEXT, channel TEXT, day TEXT)
;
CREATE INDEX quotes_speaker ON quotes(speaker, day)
;
CREATE INDEX quotes_day ON quotes(day)
;
CREATE INDEX quotes_seq ON quotes(seq)
;
CREATE INDEX actor_names_actor ON actor_names(actor)
;
-- Per actor, day and PLOVER type: events the actor took part in and their reports (kept at write time).
CREATE TABLE actor_timeline(actor INTEGER NOT NULL, day TEXT NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL,
  reports INTEGER NOT NULL, PRIMARY KEY(actor, day, type)) WITHOUT ROWID
;
-- Per source actor, target actor and PLOVER type: merged events (kept at write time).
CREATE TABLE actor_edges(source INTEGER NOT NULL, target INTEGER NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL,
  PRIMARY KEY(source, target, type)) WITHOUT ROWID
;
CREATE INDEX actor_edges_target ON actor_edges(target)
