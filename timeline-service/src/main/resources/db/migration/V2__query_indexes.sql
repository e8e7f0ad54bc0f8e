-- Read-side indexes of timeline-service (owned by the query side; V1 is the shared schema).

-- Multi-day events (week / month / year precision, ranges) that start before a requested window and are still
-- running inside it. The timeline query finds them by "range contains the window start" instead of scanning every
-- earlier event; partial, because single-day events cannot straddle a window start.
CREATE INDEX event_multiday_span_idx ON event USING gist (daterange(date, date_end, '[]'))
    WHERE date_end > date;

-- GET /api/events/{id} for an id that was merged away: which MERGED change folded it into which event.
CREATE INDEX event_change_merged_ids_idx ON event_change USING gin ((payload -> 'mergedEventIds') jsonb_path_ops)
    WHERE change_type = 'MERGED';
