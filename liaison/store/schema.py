"""The SQLite schema of the corpus knowledge base, as named migrations.

The record JSON in ``articles.record_json`` is the source of truth; every
other table is derived from it (and can be rebuilt from it) or from
cross-article resolution.

Tables
------
articles        one row per article: id (PK; the article's id, or its content
                hash when it has none), url, published, title, text,
                content_hash (SHA-256 of the text, to skip unchanged re-ingests),
                record_json (the SPEC.md record), ingested_at, source (the
                file it was read from, resolved, or <stdin>: ingest refuses to
                let another source overwrite it; NULL when loaded from records).
articles_fts    FTS5 index over articles.title + articles.text (external
                content table kept in sync by triggers).
people          one row per PERSON of a record: (article_id, pid) → zh, en and
                entity_id (the resolved person in ``entities``).
positions       one row per position of a person: role, org_kind, the region
                (region_code / region_zh / region_en) and the title (zh/en).
regions         every region seen in any record, keyed by ``key`` (the code
                when there is one, else ``name:<en or zh>``): code, zh, en,
                country.
events          one row per EVENT of a record: type, date_start, date_end,
                origin_* and destination_* (code, zh, en, country), title,
                part_of and event_entity_id (resolved in ``event_entities``).
participants    (article_id, eid, pid, role): who took part in which event.
event_fields    (article_id, eid, field): fields of cooperation.
event_parties   (article_id, eid, region key/code/zh/en/country).
sites           (article_id, eid, zh, en): places visited (companies, parks).
mentions        (article_id, pid, start, end): offsets of a person's mentions.
entities        resolved persons across articles: entity_id, zh, en, key.
event_entities  resolved events across articles: event_entity_id, type, date
                range, origin/destination, title.
sources         event_entity_id → article_id/eid: the articles reporting it.
ee_regions      per event entity, each region it involves (side origin /
                destination / party, or '' side none when it names no region),
                with the region's province (GB/T 2260 XX0000, or the region
                itself abroad) and country, the entity's type and its days
                (day_lo/day_hi, proleptic ordinals): the facets of /events.
ee_blocks       the blocks event resolution looks candidates up in: per
                entity, type, block key (each pair of its regions "A|B", each
                region "any:A", "only:A" when it names one region, "none"
                when it names none), whether its range is longer than a month
                (long), and its days.
ee_fields       per event entity, its fields of cooperation (all sources').
ee_people       per event entity, its participants as resolved officials
                (entity_id) with their roles, merged across sources.
                event_entities also carry sort_date, year, day_lo, day_hi and
                n_sources; entities carry n_articles and n_events
                (migration 0006_browse, which also clears the resolution so
                the next ``liaison resolve`` or ingest rebuilds it with them).
errors          articles that failed to read or extract: source, line,
                message, at.
migrations      the named migrations already applied, with when.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

_REGION_COLS = "{p}_code TEXT, {p}_zh TEXT, {p}_en TEXT, {p}_country TEXT"

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_articles", """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    published TEXT,
    title TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    record_json TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
"""),
    ("0002_derived", f"""
CREATE TABLE people (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    pid TEXT NOT NULL,
    zh TEXT, en TEXT,
    entity_id INTEGER,
    PRIMARY KEY (article_id, pid)
);
CREATE INDEX people_zh ON people(zh);
CREATE INDEX people_en ON people(en);
CREATE INDEX people_entity ON people(entity_id);
CREATE TABLE positions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    pid TEXT NOT NULL,
    role TEXT, org_kind TEXT,
    region_code TEXT, region_zh TEXT, region_en TEXT,
    title_zh TEXT, title_en TEXT
);
CREATE INDEX positions_person ON positions(article_id, pid);
CREATE TABLE regions (
    key TEXT PRIMARY KEY,
    code TEXT, zh TEXT, en TEXT, country TEXT
);
CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    type TEXT NOT NULL,
    date_start TEXT, date_end TEXT,
    {_REGION_COLS.format(p="origin")},
    {_REGION_COLS.format(p="destination")},
    title_zh TEXT, title_en TEXT,
    part_of TEXT,
    event_entity_id INTEGER,
    PRIMARY KEY (article_id, eid)
);
CREATE INDEX events_type ON events(type, date_start);
CREATE INDEX events_entity ON events(event_entity_id);
CREATE TABLE participants (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL, pid TEXT NOT NULL, role TEXT
);
CREATE INDEX participants_event ON participants(article_id, eid);
CREATE INDEX participants_person ON participants(article_id, pid);
CREATE TABLE event_fields (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL, field TEXT NOT NULL
);
CREATE INDEX event_fields_event ON event_fields(article_id, eid);
CREATE INDEX event_fields_field ON event_fields(field);
CREATE TABLE event_parties (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    region_key TEXT, code TEXT, zh TEXT, en TEXT, country TEXT
);
CREATE INDEX event_parties_event ON event_parties(article_id, eid);
CREATE INDEX event_parties_region ON event_parties(region_key);
CREATE TABLE sites (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL, zh TEXT, en TEXT
);
CREATE INDEX sites_event ON sites(article_id, eid);
CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    pid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX mentions_person ON mentions(article_id, pid);
"""),
    ("0003_resolution", f"""
CREATE TABLE entities (
    entity_id INTEGER PRIMARY KEY,
    zh TEXT, en TEXT,
    key TEXT
);
CREATE INDEX entities_zh ON entities(zh);
CREATE INDEX entities_key ON entities(key);
CREATE TABLE event_entities (
    event_entity_id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    date_start TEXT, date_end TEXT,
    {_REGION_COLS.format(p="origin")},
    {_REGION_COLS.format(p="destination")},
    title_zh TEXT, title_en TEXT
);
CREATE TABLE sources (
    event_entity_id INTEGER NOT NULL REFERENCES event_entities(event_entity_id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    eid TEXT NOT NULL,
    PRIMARY KEY (event_entity_id, article_id, eid)
);
CREATE INDEX sources_article ON sources(article_id);
"""),
    ("0004_errors", """
CREATE TABLE errors (
    id INTEGER PRIMARY KEY,
    source TEXT,
    line INTEGER,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
"""),
    ("0005_resolution_indexes", """
CREATE INDEX event_entities_type ON event_entities(type, date_start);
CREATE INDEX errors_source ON errors(source, line);
CREATE INDEX positions_region ON positions(region_code);
"""),
    ("0006_article_source", """
ALTER TABLE articles ADD COLUMN source TEXT;
"""),
    ("0007_browse", """
ALTER TABLE event_entities ADD COLUMN sort_date TEXT;
ALTER TABLE event_entities ADD COLUMN year TEXT;
ALTER TABLE event_entities ADD COLUMN day_lo INTEGER;
ALTER TABLE event_entities ADD COLUMN day_hi INTEGER;
ALTER TABLE event_entities ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0;
CREATE TABLE ee_regions (
    event_entity_id INTEGER NOT NULL,
    side TEXT NOT NULL,
    region_key TEXT NOT NULL,
    province TEXT,
    country TEXT,
    type TEXT NOT NULL,
    day_lo INTEGER,
    day_hi INTEGER,
    PRIMARY KEY (event_entity_id, side, region_key)
) WITHOUT ROWID;
CREATE TABLE ee_blocks (
    type TEXT NOT NULL,
    block TEXT NOT NULL,
    long INTEGER NOT NULL,
    day_lo INTEGER,
    day_hi INTEGER,
    event_entity_id INTEGER NOT NULL,
    PRIMARY KEY (type, block, long, day_lo, event_entity_id)
) WITHOUT ROWID;
CREATE INDEX ee_blocks_entity ON ee_blocks(event_entity_id);
CREATE INDEX ee_regions_key ON ee_regions(region_key);
CREATE INDEX ee_regions_province ON ee_regions(province);
CREATE INDEX ee_regions_country ON ee_regions(country);
CREATE TABLE ee_fields (
    event_entity_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    PRIMARY KEY (event_entity_id, field)
) WITHOUT ROWID;
CREATE INDEX ee_fields_field ON ee_fields(field);
CREATE TABLE ee_people (
    event_entity_id INTEGER NOT NULL,
    entity_id INTEGER NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (event_entity_id, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX ee_people_entity ON ee_people(entity_id);
CREATE INDEX ee_people_role ON ee_people(role);
CREATE INDEX event_entities_sort ON event_entities(sort_date);
CREATE INDEX event_entities_year ON event_entities(year);
CREATE INDEX entities_en ON entities(en);
CREATE INDEX entities_rank ON entities(n_articles);
CREATE INDEX regions_zh ON regions(zh);
CREATE INDEX regions_en ON regions(en);
UPDATE people SET entity_id = NULL;
UPDATE events SET event_entity_id = NULL;
DELETE FROM sources;
DELETE FROM event_entities;
DELETE FROM entities;
"""),
]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def statements(sql: str) -> list[str]:
    """Split a migration into complete statements (triggers keep their inner semicolons)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the named migrations not yet applied; return their names.

    Each migration runs in one ``BEGIN IMMEDIATE`` transaction that first re-reads what is applied, so two
    processes opening a new database at once apply every migration exactly once.
    """
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied = []
    for name, sql in MIGRATIONS:
        if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                for stmt in statements(sql):
                    conn.execute(stmt)
                conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, now()))
                applied.append(name)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite rolls back by itself on some errors (disk full)
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise
    return applied
