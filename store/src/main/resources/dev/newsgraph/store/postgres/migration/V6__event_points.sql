-- Schema version 6, as the embedded store's migration-6.sql: a two-dimensional index of where
-- events happened. A GiST index over each located event's point (PostgreSQL's own geometric
-- type; no PostGIS) replaces the (lat, lon) B-tree, so that "events near a point" reads the
-- events inside the circle's box, not every event in its band of latitudes.
CREATE INDEX events_point ON events USING gist (point(lon, lat)) WHERE lat IS NOT NULL AND lon IS NOT NULL;
DROP INDEX events_lat_lon;
