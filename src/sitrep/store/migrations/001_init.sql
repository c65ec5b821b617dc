-- 001: the first schema. One row per coded article; its attributions, events and actors
-- flattened into their own tables, keyed by (article_id, record id). The whole dispatch of an
-- article is written in one transaction, so a reader never sees a partial one.

CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,      -- sha256 of the normalised text, 16 hex (SPEC.md)
    title        VARCHAR,
    url          VARCHAR,
    outlet       VARCHAR,
    published    DATE,
    language     VARCHAR,
    text         VARCHAR NOT NULL,         -- exactly as read: every offset indexes into it
    text_chars   INTEGER NOT NULL,
    path         VARCHAR,                  -- where it was read from (file, or file:line)
    minhash      BLOB,                     -- near-duplicate signature (sitrep.ingest.dedupe)
    n_attributions INTEGER NOT NULL,       -- counts of the dispatch, to check completeness
    n_events     INTEGER NOT NULL,
    n_actors     INTEGER NOT NULL,
    warnings     VARCHAR[],
    dispatch     JSON NOT NULL,            -- the whole Dispatch record (SPEC.md), as coded
    ingested_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE actors (
    article_id   VARCHAR NOT NULL,
    actor_id     VARCHAR NOT NULL,         -- "x1": unique within its article
    name         VARCHAR NOT NULL,
    country      VARCHAR,
    sector       VARCHAR,
    kind         VARCHAR,
    title        VARCHAR,
    wikidata     VARCHAR,
    n_mentions   INTEGER NOT NULL,
    mentions     JSON,
    PRIMARY KEY (article_id, actor_id)
);

CREATE TABLE attributions (
    article_id     VARCHAR NOT NULL,
    attribution_id VARCHAR NOT NULL,       -- "a3": unique within its article
    cue_start      INTEGER NOT NULL,
    cue_end        INTEGER NOT NULL,
    cue_text       VARCHAR NOT NULL,
    source_start   INTEGER,
    source_end     INTEGER,
    source_text    VARCHAR,
    source_actor   VARCHAR,
    source_name    VARCHAR,                -- the resolved actor's name, country, sector
    source_country VARCHAR,
    source_sector  VARCHAR,
    content_start  INTEGER,                -- extent of all content fragments
    content_end    INTEGER,
    content_text   VARCHAR,                -- fragments joined with " … "
    content        JSON,                   -- the fragments as in SPEC.md
    kind           VARCHAR NOT NULL,
    stance         VARCHAR NOT NULL,
    parent         VARCHAR,
    disputes       VARCHAR,
    confidence     DOUBLE,
    PRIMARY KEY (article_id, attribution_id)
);

CREATE TABLE events (
    article_id        VARCHAR NOT NULL,
    event_id          VARCHAR NOT NULL,    -- "e4": unique within its article
    event             VARCHAR NOT NULL,    -- PLOVER type
    mode              VARCHAR,
    context           VARCHAR[],
    actor_ids         VARCHAR[],
    actor_names       VARCHAR[],
    actor_countries   VARCHAR[],
    actor_sectors     VARCHAR[],
    recipient_ids     VARCHAR[],
    recipient_names   VARCHAR[],
    recipient_countries VARCHAR[],
    recipient_sectors VARCHAR[],
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    trigger_text      VARCHAR NOT NULL,
    sentence_start    INTEGER NOT NULL,
    sentence_end      INTEGER NOT NULL,
    sentence_text     VARCHAR,             -- the article text of [sentence_start, sentence_end)
    modality          VARCHAR NOT NULL,
    attribution_id    VARCHAR,
    date              DATE,
    date_text         VARCHAR,
    published         DATE,                -- the article's, for events without their own date
    location_text     VARCHAR,
    location_country  VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    size_min          DOUBLE,
    size_max          DOUBLE,
    size_unit         VARCHAR,
    dead              INTEGER,
    injured           INTEGER,
    arrested          INTEGER,
    cameo             VARCHAR,
    quad_class        INTEGER,
    confidence        DOUBLE,
    PRIMARY KEY (article_id, event_id)
);

-- Who took part in each event, one row per (event, role, actor): for joins and dyad counts.
CREATE TABLE event_actors (
    article_id VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,           -- 'actor' | 'recipient'
    position   INTEGER NOT NULL,           -- order within the role
    actor_id   VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_id, role, position)
);

-- Documents that were skipped, and why (the latest verdict per path and line).
CREATE TABLE rejects (
    path       VARCHAR NOT NULL,
    line       INTEGER NOT NULL,           -- 0 for a whole file
    reason     VARCHAR NOT NULL,
    article_id VARCHAR,                    -- set for near duplicates
    rejected_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (path, line)
);
