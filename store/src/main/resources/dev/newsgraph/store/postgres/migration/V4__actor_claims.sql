-- Schema version 4, as the embedded store's migration-4.sql: per actor, field (name, country,
-- sector) and value, how many of its entities give that value, so that what an actor shows is what
-- most of its entities give, whatever the order the articles came in (docs/store.md, "Linking actors").
CREATE TABLE actor_claims(actor BIGINT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, n BIGINT NOT NULL,
  PRIMARY KEY(actor, field, value));
INSERT INTO actor_claims(actor, field, value, n) SELECT id, 'name', name, GREATEST(articles, 1) FROM actors;
INSERT INTO actor_claims(actor, field, value, n) SELECT id, 'country', country, GREATEST(articles, 1) FROM actors
  WHERE country IS NOT NULL;
INSERT INTO actor_claims(actor, field, value, n) SELECT id, 'sector', sector, GREATEST(articles, 1) FROM actors
  WHERE sector IS NOT NULL;
