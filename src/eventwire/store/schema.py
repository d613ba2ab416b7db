"""The DuckDB schema and its migrations.

``MIGRATIONS[i]`` takes a database from schema version ``i`` to ``i + 1``.
Never edit a released migration: append a new one. The current version is
kept in ``meta`` under ``schema_version``.
"""

from __future__ import annotations

V1 = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE runs (
  run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
  engine VARCHAR, workers INTEGER, inputs JSON, status VARCHAR,
  read INTEGER, stored INTEGER, duplicates INTEGER, syndicated INTEGER,
  rejected INTEGER, events INTEGER
);

CREATE TABLE articles (
  article_id VARCHAR PRIMARY KEY, version INTEGER, source_sha VARCHAR, format VARCHAR,
  title VARCHAR, outlet VARCHAR, outlets VARCHAR[], authors VARCHAR[], published DATE,
  dateline VARCHAR, url VARCHAR, language VARCHAR, text VARCHAR, raw VARCHAR, source VARCHAR,
  story_id VARCHAR, skip_reason VARCHAR, metadata JSON, run_id VARCHAR, stored_at TIMESTAMP
);

-- Syndicated copies: the same story on another site, stored once under article_id.
CREATE TABLE copies (
  copy_id VARCHAR PRIMARY KEY, article_id VARCHAR, outlet VARCHAR, url VARCHAR,
  source_sha VARCHAR, published DATE, run_id VARCHAR
);

CREATE TABLE removed (
  article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, reason VARCHAR, text VARCHAR
);

CREATE TABLE actors (
  article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, code VARCHAR,
  country VARCHAR, entity_id VARCHAR, kind VARCHAR, name VARCHAR, flags VARCHAR[], confidence DOUBLE
);

CREATE TABLE events (
  event_id VARCHAR PRIMARY KEY, article_id VARCHAR, cameo VARCHAR, root VARCHAR, plover VARCHAR,
  quad_class INTEGER, goldstein DOUBLE,
  date VARCHAR, date_precision VARCHAR, date_basis VARCHAR, date_start DATE, date_end DATE,
  source_text VARCHAR, source_code VARCHAR, source_country VARCHAR, source_entity_id VARCHAR,
  target_text VARCHAR, target_code VARCHAR, target_country VARCHAR, target_entity_id VARCHAR,
  trigger_text VARCHAR, span_start INTEGER, span_end INTEGER, sentence VARCHAR,
  place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
  negated BOOLEAN, modality VARCHAR, attribution VARCHAR, confidence DOUBLE,
  incident_id VARCHAR, record JSON
);

CREATE TABLE quotes (
  article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, kind VARCHAR,
  speaker_text VARCHAR, speaker_code VARCHAR, speaker_country VARCHAR, speaker_entity_id VARCHAR
);

CREATE TABLE times (
  article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, value VARCHAR,
  precision VARCHAR, start_date VARCHAR, end_date VARCHAR, open BOOLEAN
);

CREATE TABLE places (
  article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, name VARCHAR, country VARCHAR,
  lat DOUBLE, lon DOUBLE, kind VARCHAR
);

CREATE TABLE rejects (
  run_id VARCHAR, article_id VARCHAR, source VARCHAR, stage VARCHAR, reason VARCHAR, rejected_at TIMESTAMP
);

CREATE TABLE incidents (
  incident_id VARCHAR PRIMARY KEY, root VARCHAR, cameo VARCHAR, source_code VARCHAR, target_code VARCHAR,
  date_start DATE, date_end DATE, first_report DATE, last_report DATE,
  mentions INTEGER, articles INTEGER, sources INTEGER, outlets VARCHAR[], place_country VARCHAR,
  contrasts JSON
);

CREATE TABLE stories (
  story_id VARCHAR PRIMARY KEY, title VARCHAR, first_published DATE, last_published DATE,
  articles INTEGER, outlets VARCHAR[]
);

-- MinHash signatures of stored articles, for syndicated-copy detection across runs.
CREATE TABLE signatures (article_id VARCHAR PRIMARY KEY, minhash BLOB);
"""

# The article's publication day, copied onto its events: timelines place an
# event at its own date, else at this day, and without the copy every timeline
# joins the whole articles table (measured: most of a 10 M-event dyad query).
V2 = """
ALTER TABLE events ADD COLUMN article_published DATE;
UPDATE events SET article_published = a.published FROM articles a WHERE a.article_id = events.article_id;
"""

#: Schema version i -> i + 1.
MIGRATIONS: list[str] = [V1, V2]
SCHEMA_VERSION = len(MIGRATIONS)

#: Tables holding one article's annotations, deleted and rewritten together.
ANNOTATION_TABLES = ("removed", "actors", "events", "quotes", "times", "places")
