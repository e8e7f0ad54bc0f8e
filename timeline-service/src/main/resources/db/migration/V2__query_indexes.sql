-- Read-side indexes of timeline-service (owned by the query side; V1 is the shared schema).
-- Each timeline slice first selects the (date, id) keys of its page and only then fetches those rows; the indexes
-- below carry every filter column except the full-text vector (INCLUDE), so that the key selection is an
-- index-only scan: walking the timeline in order and skipping non-matching events never touches the table.
-- Full-text filters use V1's GIN index on search.
--
-- Filter columns carried: type, status, source_count, actors_lc, locations_lc.

-- Dated events in timeline order (the key order of V1's event_order_idx, plus the filter columns).
CREATE INDEX event_timeline_idx ON event (date, id)
    INCLUDE (type, status, source_count, actors_lc, locations_lc)
    WHERE date IS NOT NULL;

-- Undated events, listed last by id; a few percent of events, so a small index.
CREATE INDEX event_undated_idx ON event (id)
    INCLUDE (type, status, source_count, actors_lc, locations_lc)
    WHERE date IS NULL;

-- Multi-day events (week / month / year precision, ranges) that start before a requested window and are still
-- running inside it: found by "range contains the window start" instead of scanning every earlier event.
-- Partial, because single-day events cannot straddle a window start.
CREATE INDEX event_multiday_span_idx ON event USING gist (daterange(date, date_end, '[]'))
    INCLUDE (date, id, type, status, source_count, actors_lc, locations_lc)
    WHERE date_end > date;

-- GET /api/events/{id} for an id that was merged away: which MERGED change folded it into which event.
CREATE INDEX event_change_merged_ids_idx ON event_change USING gin ((payload -> 'mergedEventIds') jsonb_path_ops)
    WHERE change_type = 'MERGED';
