-- Schema version 4: what actors show is what most of their entities give, whatever the order the
-- articles came in (docs/store.md, "Linking actors"). Applied after migration-3.sql, in one
-- transaction, to a new store or a store of version 3. Statements are separated by lines holding only ';'.
--
-- Per actor, field (name, country, sector) and value: how many of its entities give that value.
CREATE TABLE actor_claims(actor INTEGER NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY(actor, field, value)) WITHOUT ROWID
;
-- An older store's actors: what they show now, counted once for each article that names them.
INSERT INTO actor_claims(actor, field, value, n) SELECT id, 'name', name, MAX(articles, 1) FROM actors
;
INSERT INTO actor_claims(actor, field, value, n) SELECT id, 'country', country, MAX(articles, 1) FROM actors
  WHERE country IS NOT NULL
;
INSERT INTO actor_claims(actor, field, value, n) SELECT id, 'sector', sector, MAX(articles, 1) FROM actors
  WHERE sector IS NOT NULL
