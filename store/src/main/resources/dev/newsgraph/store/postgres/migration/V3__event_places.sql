-- Schema version 3, as the embedded store's migration-3.sql: where each event happened, the place's
-- point and GeoNames entry beside the event, indexed for "near a point" and "in a country".
ALTER TABLE events ADD COLUMN lat DOUBLE PRECISION, ADD COLUMN lon DOUBLE PRECISION,
  ADD COLUMN place_country TEXT, ADD COLUMN place_precision TEXT, ADD COLUMN place_geonames TEXT,
  ADD COLUMN place_name TEXT, ADD COLUMN place_admin1 TEXT, ADD COLUMN place_feature TEXT;
CREATE INDEX events_lat_lon ON events(lat, lon) WHERE lat IS NOT NULL;
CREATE INDEX events_place_country ON events(place_country, day DESC NULLS LAST) WHERE place_country IS NOT NULL;
