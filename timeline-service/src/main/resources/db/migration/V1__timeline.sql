-- Timeline store of timeline-service. Shared contract between the write side (consumer, merge, outbox)
-- and the read side (timeline queries): change it only through a new migration.

-- One row per consumed ParsedArticle; the row is also the "processed" record that makes consumption idempotent.
CREATE TABLE article (
    id                  text PRIMARY KEY,
    title               text,
    source              text,
    url                 text,
    published_at        text,
    published_date      date,
    published_at_origin text,
    anchor_date         date,
    anchor_inferred     boolean     NOT NULL DEFAULT false,
    body                text,
    sentences           jsonb,
    status              text        NOT NULL,
    error               text,
    received_at         timestamptz,
    processed_at        timestamptz
);
CREATE INDEX article_received_idx ON article (received_at DESC, id DESC);

-- One row per real-world happening; aggregate fields are recomputed from all of its mentions.
CREATE TABLE event (
    id                text PRIMARY KEY,
    type              text             NOT NULL,
    title             text,
    date              date,
    date_end          date,
    date_precision    text,
    status            text,
    actors            text[]           NOT NULL DEFAULT '{}',
    locations         text[]           NOT NULL DEFAULT '{}',
    quantities        jsonb,
    cameo_code        text,
    confidence        double precision NOT NULL DEFAULT 0,
    source_count      int              NOT NULL DEFAULT 0,
    alternative_dates jsonb,
    created_at        timestamptz      NOT NULL,
    updated_at        timestamptz      NOT NULL,
    version           int              NOT NULL DEFAULT 0,
    evidence          text,
    search            tsvector GENERATED ALWAYS AS
                          (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(evidence, ''))) STORED,
    actors_lc         text[]           NOT NULL DEFAULT '{}',
    locations_lc      text[]           NOT NULL DEFAULT '{}'
);
CREATE INDEX event_order_idx ON event (date ASC NULLS LAST, id ASC);
CREATE INDEX event_search_idx ON event USING gin (search);
CREATE INDEX event_actors_lc_idx ON event USING gin (actors_lc);
CREATE INDEX event_locations_lc_idx ON event USING gin (locations_lc);
CREATE INDEX event_type_date_idx ON event (type, date);

-- One row per event mention found in one sentence of one article; event_id is re-pointed when events merge.
CREATE TABLE mention (
    id              bigserial PRIMARY KEY,
    event_id        text NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    article_id      text NOT NULL REFERENCES article (id),
    type            text NOT NULL,
    title           text,
    date            date,
    date_end        date,
    date_precision  text,
    status          text,
    date_basis      text,
    time_expression text,
    actors          text[] NOT NULL DEFAULT '{}',
    locations       text[] NOT NULL DEFAULT '{}',
    quantities      jsonb,
    cameo_code      text,
    confidence      double precision NOT NULL DEFAULT 0,
    sentence        text,
    sentence_start  int,
    sentence_end    int
);
CREATE INDEX mention_event_idx ON mention (event_id);
CREATE INDEX mention_article_idx ON mention (article_id);
CREATE INDEX mention_type_date_idx ON mention (type, date);

-- Outbox and change log: written in the merge transaction, relayed to Kafka, replayed by GET /api/changes.
CREATE TABLE event_change (
    sequence     bigserial PRIMARY KEY,
    event_id     text        NOT NULL,
    change_type  text        NOT NULL,
    payload      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    published_at timestamptz
);
CREATE INDEX event_change_unpublished_idx ON event_change (published_at) WHERE published_at IS NULL;
