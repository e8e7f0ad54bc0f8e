-- Full-text filters that match many events, walked in timeline order without touching the table.
--
-- A full-text filter can be answered two ways: the GIN index finds every matching event, whose rows are then
-- fetched and sorted by date; or the timeline index is walked in date order and each event's search vector is
-- tested until the page is full. On a million events both cost a table row fetch per event (about 7 us each on
-- the benchmark machine): the GIN way one per match, the walk one per event passed. For words in 0.4-1 % of
-- events both came to 35-80 ms.
--
-- search_sig is a 512-bit signature of the event's lexemes (one bit per lexeme, picked by a hash), carried in the
-- covering timeline indexes. A walk tests "every required lexeme's bit is set" on the index entry (under 1 us) and
-- fetches the row only for events that pass, to check the real search vector. Signatures can only give false
-- positives, never drop a match: an event containing a lexeme always has its bit.
--
-- The hash must never change once rows are stored (the generated column keeps old values): md5, not hashtext,
-- whose value PostgreSQL does not promise to keep across major versions.
CREATE FUNCTION eventline_lexeme_signature(lexemes text[]) RETURNS bit(512)
    IMMUTABLE STRICT PARALLEL SAFE LANGUAGE sql AS $$
SELECT coalesce(bit_or(set_bit(0::bit(512), ('x' || substr(md5(l), 1, 8))::bit(32)::int & 511, 1)), 0::bit(512))
FROM unnest(lexemes) AS l
$$;

-- The lexemes every match of a query must contain. Only plain conjunctions and phrases are read: a query with an
-- OR or a NOT gets none (an all-zero signature, which every event passes), and prefix terms ('polic:*') are skipped
-- because their full lexeme is unknown. Erring towards fewer required lexemes only costs speed, never matches.
CREATE FUNCTION eventline_required_lexemes(query tsquery) RETURNS text[]
    IMMUTABLE STRICT PARALLEL SAFE LANGUAGE sql AS $$
SELECT CASE WHEN query::text ~ '[|!]' THEN '{}'::text[] ELSE coalesce(
    (SELECT array_agg(replace(m[1], '''''', ''''))
     FROM regexp_matches(query::text, '''((?:[^'']|'''')*)''(:[*A-D]+)?', 'g') AS m
     WHERE m[2] IS NULL OR strpos(m[2], '*') = 0),
    '{}'::text[]) END
$$;

-- The signature a timeline query's text filter (web-search syntax, as the API takes it) requires.
CREATE FUNCTION eventline_query_signature(query text) RETURNS bit(512)
    IMMUTABLE STRICT PARALLEL SAFE LANGUAGE sql AS $$
SELECT eventline_lexeme_signature(eventline_required_lexemes(websearch_to_tsquery('english', query)))
$$;

-- The same text as V1's search column (a generated column cannot read another one).
ALTER TABLE event ADD COLUMN search_sig bit(512) GENERATED ALWAYS AS (eventline_lexeme_signature(tsvector_to_array(
    to_tsvector('english', coalesce(title, '') || ' ' || coalesce(evidence, ''))))) STORED;

-- V2's covering indexes again, now carrying the signature.
DROP INDEX event_timeline_idx;
CREATE INDEX event_timeline_idx ON event (date, id)
    INCLUDE (type, status, source_count, actors_lc, locations_lc, search_sig)
    WHERE date IS NOT NULL;

DROP INDEX event_multiday_idx;
CREATE INDEX event_multiday_idx ON event (date, id)
    INCLUDE (date_end, type, status, source_count, actors_lc, locations_lc, search_sig)
    WHERE date_end > date;

DROP INDEX event_undated_idx;
CREATE INDEX event_undated_idx ON event (id)
    INCLUDE (type, status, source_count, actors_lc, locations_lc, search_sig)
    WHERE date IS NULL;
