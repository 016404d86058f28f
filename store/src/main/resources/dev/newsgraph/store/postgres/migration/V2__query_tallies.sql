-- Schema version 2, as the embedded store's migration-2.sql: the event's day beside its actors,
-- per-pair event totals, per-type edge indexes and per-actor-day entity tallies, so that the
-- --actor, network and date-range questions read index ranges at a million articles.
ALTER TABLE event_actors ADD COLUMN day TEXT;
UPDATE event_actors x SET day = ev.day FROM events ev WHERE ev.id = x.event;
CREATE INDEX event_actors_actor_day ON event_actors(actor, day DESC NULLS LAST, event DESC);
CREATE TABLE actor_pairs(source BIGINT NOT NULL, target BIGINT NOT NULL, events BIGINT NOT NULL,
  PRIMARY KEY(source, target));
INSERT INTO actor_pairs(source, target, events) SELECT source, target, SUM(events) FROM actor_edges GROUP BY source, target;
CREATE INDEX actor_pairs_source ON actor_pairs(source, events DESC, target);
CREATE INDEX actor_pairs_target ON actor_pairs(target, events DESC, source);
CREATE INDEX actor_pairs_heaviest ON actor_pairs(events DESC, source, target);
DROP INDEX actor_edges_target;
CREATE INDEX actor_edges_source_type ON actor_edges(source, type, events DESC, target);
CREATE INDEX actor_edges_target_type ON actor_edges(target, type, events DESC, source);
CREATE INDEX actor_edges_heaviest ON actor_edges(type, events DESC, source, target);
CREATE TABLE day_types(day TEXT NOT NULL, type TEXT NOT NULL, events BIGINT NOT NULL, reports BIGINT NOT NULL,
  PRIMARY KEY(day, type));
INSERT INTO day_types(day, type, events, reports)
  SELECT day, type, COUNT(*), SUM(reports) FROM events WHERE day IS NOT NULL GROUP BY day, type;
CREATE TABLE actor_days(day TEXT NOT NULL, actor BIGINT NOT NULL, entities BIGINT NOT NULL, mentions BIGINT NOT NULL,
  PRIMARY KEY(day, actor));
INSERT INTO actor_days(day, actor, entities, mentions)
  SELECT a.day, e.actor, COUNT(*), SUM(e.mentions) FROM entities e JOIN articles a ON a.seq = e.seq
  WHERE a.day IS NOT NULL GROUP BY a.day, e.actor;
DROP INDEX actors_articles;
CREATE INDEX actors_rank ON actors(articles DESC, mentions DESC, id);
