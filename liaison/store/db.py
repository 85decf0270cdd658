"""The SQLite store: open (WAL, migrations), upsert records keyed by article id, record errors.

Writes are safe to repeat: ``put_batch`` upserts each article and replaces
its derived rows (delete then insert) inside one transaction, so a process
killed at any moment leaves each article either fully stored or absent, and
re-ingesting never duplicates anything.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .schema import migrate, now

DERIVED = ("people", "positions", "events", "participants", "event_fields", "event_parties", "sites",
           "mentions", "sources")


def content_hash(text: str, *, published: str | None = None, title: str | None = None,
                 url: str | None = None) -> str:
    """SHA-256 over what changes the record: text and metadata."""
    h = hashlib.sha256()
    for part in (text, published or "", title or "", url or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def region_key(region: dict | None) -> str | None:
    """The key of a region: its code, else ``name:<en or zh>``; None when it has neither."""
    if not region:
        return None
    if region.get("code"):
        return str(region["code"])
    name = region.get("name") or {}
    label = name.get("en") or name.get("zh")
    return f"name:{label}" if label else None


def _region_cols(region: dict | None) -> tuple:
    if not region:
        return (None, None, None, None)
    name = region.get("name") or {}
    return (region.get("code"), name.get("zh"), name.get("en"), region.get("country"))


@dataclass
class StoredArticle:
    """What ``put_batch`` stores for one article."""

    id: str
    text: str
    record: dict
    url: str | None = None
    published: str | None = None
    title: str | None = None
    content_hash: str | None = None
    record_json: str | None = None  # pre-serialized record (from a worker), else dumped from ``record``


class Store:
    """A liaison knowledge base in one SQLite file (``:memory:`` for tests)."""

    def __init__(self, path: str | Path = ":memory:", *, readonly: bool = False):
        self.path = str(path)
        if readonly:
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn)

    # ------------------------------------------------------------------ basics
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def execute(self, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, tuple(params))

    def rows(self, sql: str, params: Iterable = ()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def scalar(self, sql: str, params: Iterable = ()):
        row = self.conn.execute(sql, tuple(params)).fetchone()
        return row[0] if row else None

    def transaction(self):
        return _Tx(self.conn)

    # ------------------------------------------------------------------ reads
    def stored_hash(self, article_id: str) -> str | None:
        return self.scalar("SELECT content_hash FROM articles WHERE id = ?", (article_id,))

    def record(self, article_id: str) -> dict | None:
        raw = self.scalar("SELECT record_json FROM articles WHERE id = ?", (article_id,))
        return json.loads(raw) if raw else None

    def iter_records(self) -> Iterable[dict]:
        for (raw,) in self.conn.execute("SELECT record_json FROM articles ORDER BY id"):
            yield json.loads(raw)

    def counts(self) -> dict:
        tables = ("articles", "people", "positions", "events", "participants", "entities", "event_entities",
                  "sources", "errors")
        return {t: self.scalar(f"SELECT count(*) FROM {t}") for t in tables}

    # ------------------------------------------------------------------ writes
    def put(self, article: StoredArticle) -> None:
        self.put_batch([article])

    def put_record(self, record: dict, *, text: str = "", source: str | None = None) -> str:
        """Store a record (as written by ``liaison extract``) with its article text; return the id."""
        doc = record.get("doc") or {}
        aid = str(doc.get("id") or "") or hashlib.sha256(text.encode()).hexdigest()[:16]
        self.put(StoredArticle(id=aid, text=text, record=record, url=doc.get("url"),
                               published=doc.get("published"), title=doc.get("title")))
        return aid

    def put_batch(self, articles: list[StoredArticle], *, sources: list[tuple[str | None, int | None]] = ()) -> None:
        """Upsert articles and replace their derived rows, all in one transaction.

        ``sources``: (file, line) of each article, whose earlier errors are cleared.
        """
        with self.transaction():
            for art in articles:
                self._put(art)
            for src, line in sources:
                if src is not None:
                    self.conn.execute("DELETE FROM errors WHERE source = ? AND line IS ?", (src, line))

    def _put(self, art: StoredArticle) -> None:
        rec_json = art.record_json or json.dumps(art.record, ensure_ascii=False)
        chash = art.content_hash or content_hash(art.text, published=art.published, title=art.title, url=art.url)
        c = self.conn
        c.execute(
            "INSERT INTO articles(id, url, published, title, text, content_hash, record_json, ingested_at) "
            "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET url=excluded.url, "
            "published=excluded.published, title=excluded.title, text=excluded.text, "
            "content_hash=excluded.content_hash, record_json=excluded.record_json, ingested_at=excluded.ingested_at",
            (art.id, art.url, art.published, art.title, art.text, chash, rec_json, now()))
        for table in DERIVED:
            c.execute(f"DELETE FROM {table} WHERE article_id = ?", (art.id,))
        insert_derived(c, art.id, art.record)

    def add_error(self, source: str | None, line: int | None, message: str) -> None:
        """Record a failed article, replacing an earlier error for the same source and line."""
        with self.transaction():
            self.conn.execute("DELETE FROM errors WHERE source IS ? AND line IS ?", (source, line))
            self.conn.execute("INSERT INTO errors(source, line, message, at) VALUES (?,?,?,?)",
                              (source, line, message, now()))

    def delete_article(self, article_id: str) -> None:
        with self.transaction():
            for table in DERIVED:
                self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


class _Tx:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error); nested use is a no-op."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.outer = False

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.outer = True
        return self.conn

    def __exit__(self, exc_type, *rest):
        if self.outer:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def insert_derived(c: sqlite3.Connection, aid: str, rec: dict) -> None:
    """Rows of the derived tables for one record (the caller deleted the old ones)."""
    regions: dict[str, tuple] = {}

    def remember(region):
        key = region_key(region)
        if key and key not in regions:
            regions[key] = (key, *_region_cols(region))
        return key

    for p in rec.get("people") or []:
        name = p.get("name") or {}
        pid = str(p.get("id"))
        c.execute("INSERT OR REPLACE INTO people(article_id, pid, zh, en) VALUES (?,?,?,?)",
                  (aid, pid, name.get("zh"), name.get("en")))
        for pos in p.get("positions") or []:
            region = pos.get("region")
            remember(region)
            code, rzh, ren, _ = _region_cols(region)
            title = pos.get("title") or {}
            c.execute("INSERT INTO positions VALUES (?,?,?,?,?,?,?,?,?)",
                      (aid, pid, pos.get("role"), pos.get("org_kind"), code, rzh, ren, title.get("zh"),
                       title.get("en")))
        for m in p.get("mentions") or []:
            c.execute('INSERT INTO mentions(article_id, pid, start, "end") VALUES (?,?,?,?)',
                      (aid, pid, int(m[0]), int(m[1])))
    for e in rec.get("events") or []:
        eid = str(e.get("id"))
        date = e.get("date") or {}
        title = e.get("title") or {}
        origin, dest = e.get("origin"), e.get("destination")
        remember(origin), remember(dest)
        c.execute("INSERT OR REPLACE INTO events(article_id, eid, type, date_start, date_end, origin_code, origin_zh, "
                  "origin_en, origin_country, destination_code, destination_zh, destination_en, destination_country, "
                  "title_zh, title_en, part_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                  (aid, eid, e.get("type"), date.get("start"), date.get("end") or date.get("start"),
                   *_region_cols(origin), *_region_cols(dest), title.get("zh"), title.get("en"), e.get("part_of")))
        for part in e.get("participants") or []:
            c.execute("INSERT INTO participants VALUES (?,?,?,?)", (aid, eid, str(part.get("person")),
                                                                    part.get("role")))
        for f in dict.fromkeys(e.get("fields") or []):
            c.execute("INSERT INTO event_fields VALUES (?,?,?)", (aid, eid, f))
        for r in e.get("parties") or []:
            key = remember(r)
            c.execute("INSERT INTO event_parties VALUES (?,?,?,?,?,?,?)", (aid, eid, key, *_region_cols(r)))
        for s in e.get("sites") or []:
            s = s if isinstance(s, dict) else {"zh": None, "en": str(s)}
            c.execute("INSERT INTO sites VALUES (?,?,?,?)", (aid, eid, s.get("zh"), s.get("en")))
    for row in regions.values():
        # Keep the first names seen for a key, but fill in what was missing.
        c.execute("INSERT INTO regions(key, code, zh, en, country) VALUES (?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET "
                  "code=coalesce(regions.code, excluded.code), zh=coalesce(regions.zh, excluded.zh), "
                  "en=coalesce(regions.en, excluded.en), country=coalesce(regions.country, excluded.country)", row)
