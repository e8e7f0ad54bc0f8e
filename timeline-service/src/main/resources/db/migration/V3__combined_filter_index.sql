-- One GIN index over all three set-valued filters (actors, locations, full text) instead of one index each.
-- With separate indexes, "actor + location" or "actor + words" built two bitmaps of tens of thousands of rows each
-- and intersected them afterwards (20-40 ms on a million events); a multicolumn GIN index intersects the posting
-- lists inside one scan, skipping ahead in the longer list, so the scan costs about as much as the rarer key
-- (2-3 ms). A GIN index serves a condition on any subset of its columns, so single filters lose nothing.
CREATE INDEX event_filter_idx ON event USING gin (actors_lc, locations_lc, search);
DROP INDEX event_search_idx;
DROP INDEX event_actors_lc_idx;
DROP INDEX event_locations_lc_idx;
