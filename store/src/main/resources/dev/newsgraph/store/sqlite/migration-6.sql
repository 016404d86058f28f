-- Schema version 6: a two-dimensional index of where events happened (docs/store.md, "Places").
-- SQLite's R*Tree module holds each located event's point as a box of no size, so that "events
-- near a point" reads the events inside the circle's box, not every event in its band of
-- latitudes as the (lat, lon) index did. Statements are separated by lines holding only ';'.
--
-- The R*Tree keeps 32-bit floats, each box rounded outwards: a query finds every point inside
-- its box and a few just outside, which the exact great-circle test on events.lat/lon then drops.
CREATE VIRTUAL TABLE event_points USING rtree(id, lat_min, lat_max, lon_min, lon_max)
;
INSERT INTO event_points(id, lat_min, lat_max, lon_min, lon_max)
  SELECT id, lat, lat, lon, lon FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL
;
-- The index follows the events' own columns, whatever writes them.
CREATE TRIGGER event_points_insert AFTER INSERT ON events WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL
BEGIN
  INSERT INTO event_points(id, lat_min, lat_max, lon_min, lon_max) VALUES (new.id, new.lat, new.lat, new.lon, new.lon);
END
;
CREATE TRIGGER event_points_update AFTER UPDATE OF lat, lon ON events
BEGIN
  DELETE FROM event_points WHERE id = old.id;
  INSERT INTO event_points(id, lat_min, lat_max, lon_min, lon_max)
    SELECT new.id, new.lat, new.lat, new.lon, new.lon WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
END
;
CREATE TRIGGER event_points_delete AFTER DELETE ON events
BEGIN
  DELETE FROM event_points WHERE id = old.id;
END
;
DROP INDEX events_lat_lon
