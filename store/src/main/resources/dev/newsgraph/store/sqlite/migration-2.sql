-- Schema version 2: what keeps the --actor, network and date-range questions fast at a million
-- articles (docs/store.md, "Measured"). Applied after schema.sql on a new store, or alone, in one
-- transaction, to a store of version 1. Statements are separated by lines holding only ';'.
--
-- The day of each event beside its actors, so an actor's latest events are one index range.
ALTER TABLE event_actors ADD COLUMN day TEXT
;
UPDATE event_actors SET day = (SELECT day FROM events WHERE events.id = event_actors.event)
;
CREATE INDEX event_actors_actor_day ON event_actors(actor, day, event)
;
-- Per source and target actor: merged events of every type (kept at write time), so an actor's
-- heaviest counterparts are the first rows of an index.
CREATE TABLE actor_pairs(source INTEGER NOT NULL, target INTEGER NOT NULL, events INTEGER NOT NULL,
  PRIMARY KEY(source, target)) WITHOUT ROWID
;
INSERT INTO actor_pairs(source, target, events) SELECT source, target, SUM(events) FROM actor_edges GROUP BY source, target
;
CREATE INDEX actor_pairs_source ON actor_pairs(source, events DESC, target)
;
CREATE INDEX actor_pairs_target ON actor_pairs(target, events DESC, source)
;
CREATE INDEX actor_pairs_heaviest ON actor_pairs(events DESC, source, target)
;
DROP INDEX actor_edges_target
;
CREATE INDEX actor_edges_source_type ON actor_edges(source, type, events DESC, target)
;
CREATE INDEX actor_edges_target_type ON actor_edges(target, type, events DESC, source)
;
CREATE INDEX actor_edges_heaviest ON actor_edges(type, events DESC, source, target)
;
-- Per day and PLOVER type: merged events and their reports (kept at write time), the whole timeline.
CREATE TABLE day_types(day TEXT NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL, reports INTEGER NOT NULL,
  PRIMARY KEY(day, type)) WITHOUT ROWID
;
INSERT INTO day_types(day, type, events, reports)
  SELECT day, type, COUNT(*), SUM(reports) FROM events WHERE day IS NOT NULL GROUP BY day, type
;
-- Per actor and publication day: the entities naming it and their mentions (kept at write time),
-- so "who was named most this week" sums a few rows per actor and day.
CREATE TABLE actor_days(day TEXT NOT NULL, actor INTEGER NOT NULL, entities INTEGER NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY(day, actor)) WITHOUT ROWID
;
INSERT INTO actor_days(day, actor, entities, mentions)
  SELECT a.day, e.actor, COUNT(*), SUM(e.mentions) FROM entities e JOIN articles a ON a.seq = e.seq
  WHERE a.day IS NOT NULL GROUP BY a.day, e.actor
;
DROP INDEX actors_articles
;
CREATE INDEX actors_rank ON actors(articles DESC, mentions DESC, id)
