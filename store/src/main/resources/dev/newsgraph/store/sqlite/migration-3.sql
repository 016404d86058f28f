-- Schema version 3: where each event happened (docs/store.md, "Places"). The place's point and
-- GeoNames entry beside the event, from the record's place entity (its geo), so that
-- "events near a point" and "events in a country" read index ranges. Applied after version 2,
-- in one transaction; an older store's events stay unlocated (their records had no geo).
ALTER TABLE events ADD COLUMN lat REAL
;
ALTER TABLE events ADD COLUMN lon REAL
;
ALTER TABLE events ADD COLUMN place_country TEXT
;
ALTER TABLE events ADD COLUMN place_precision TEXT
;
ALTER TABLE events ADD COLUMN place_geonames TEXT
;
ALTER TABLE events ADD COLUMN place_name TEXT
;
ALTER TABLE events ADD COLUMN place_admin1 TEXT
;
ALTER TABLE events ADD COLUMN place_feature TEXT
;
-- Only located events are indexed: a bounding box is a range of latitudes, its longitudes checked in the index.
CREATE INDEX events_lat_lon ON events(lat, lon) WHERE lat IS NOT NULL
;
CREATE INDEX events_place_country ON events(place_country, day) WHERE place_country IS NOT NULL
