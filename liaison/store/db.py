"""The SQLite store: open (WAL, migrations), upsert records keyed by article id, record errors.

Writes are safe to repeat: ``put_batch`` upserts each article and replaces
its derived rows (delete then insert) inside one transaction, so a process
killed at any moment leaves each article either fully stored or absent, and
re-ingesting never duplicates anything.

Faults of the database itself (disk full, read-only file, locked by another
writer, corrupt file) raise ``liaison.errors.StoreError`` naming the file
and saying what to do (``store_error``); a failed write transaction is
rolled back, so what was committed before it is kept intact.
``LIAISON_DB_TIMEOUT`` (seconds, default 60) is how long a write waits for
another process's write transaction before failing with "database is locked".
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from liaison.errors import StoreError
from liaison.readers import content_hash  # noqa: F401 - also imported from here

from .schema import migrate, now

DEFAULT_BUSY_TIMEOUT = 60.0


def busy_timeout() -> float:
    """Seconds a write waits for another writer's lock (``LIAISON_DB_TIMEOUT``, default 60)."""
    try:
        value = float(os.environ.get("LIAISON_DB_TIMEOUT", DEFAULT_BUSY_TIMEOUT))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT
    return value if value >= 0 and value == value else DEFAULT_BUSY_TIMEOUT


AGAIN = "then run the same command again (articles already stored are kept and skipped)"


def store_error(exc: BaseException, path: str, *, timeout: float | None = None) -> StoreError:
    """A ``StoreError`` naming ``path`` that says what went wrong and what to do, for an ``sqlite3`` error."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    low = text.lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in low:
        msg = f"database or disk is full; free some space or use another --db, {AGAIN}"
    elif name.startswith("SQLITE_READONLY") or "readonly database" in low or "read-only" in low:
        msg = ("database is read-only; make the file (and its directory) writable or use another --db "
               "(nothing was changed)")
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in low:
        waited = f" (waited {timeout:g} s, LIAISON_DB_TIMEOUT)" if timeout is not None else ""
        msg = (f"database is locked by another process{waited}; retry when that process has finished "
               "(articles already stored are kept and skipped)")
    elif name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in low or "malformed" in low:
        msg = f"{text} (corrupt, or not a SQLite file); use another --db or restore the file from a backup"
    elif name.startswith("SQLITE_CANTOPEN") or "unable to open" in low:
        msg = f"{text}; check that its directory exists and is writable, or use another --db"
    elif name.startswith("SQLITE_IOERR") or "i/o error" in low:
        msg = f"{text} ({name or 'I/O error'}); check the disk (is it full?), {AGAIN}"
    else:
        msg = f"{text}{f' ({name})' if name else ''}"
    return StoreError(msg, source=path)


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already done so (it does on some errors)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the transaction is gone either way; the original error matters

DERIVED = ("people", "positions", "events", "participants", "event_fields", "event_parties", "sites",
           "mentions", "sources")


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
    source: str | None = None  # where it was read from (a resolved path, <stdin>); None: unknown


class Store:
    """A liaison knowledge base in one SQLite file (``:memory:`` for tests)."""

    def __init__(self, path: str | Path = ":memory:", *, readonly: bool = False):
        """Open (creating and migrating when writable) the database; ``StoreError`` when it cannot be used."""
        self.path = str(path)
        self.timeout = busy_timeout()
        self.conn = None
        if not readonly and self.path != ":memory:" and Path(self.path).exists() \
                and not os.access(self.path, os.W_OK):
            # Checked before SQLite opens it: it would fall back to read-only and fail only at the first write.
            raise StoreError("database is read-only; make the file writable or use another --db "
                             "(nothing was changed)", source=self.path)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._connect(readonly)
                return
            except sqlite3.Error as exc:
                if self.conn is not None:
                    self.conn.close()
                    self.conn = None
                # Two processes opening one new database: switching it to WAL takes a lock SQLite does not
                # wait for, so opening retries until the busy timeout instead of failing at once.
                if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                    if time.monotonic() < deadline:
                        time.sleep(0.1)
                        continue
                raise store_error(exc, self.path, timeout=self.timeout) from exc

    def _connect(self, readonly: bool) -> None:
        if readonly:
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=self.timeout)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if self.path != ":memory:" and self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
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
        """``with store.transaction():`` one write transaction; SQLite errors become ``StoreError``."""
        return _Tx(self.conn, self.path, self.timeout)

    # ------------------------------------------------------------------ reads
    def stored_hash(self, article_id: str) -> str | None:
        return self.scalar("SELECT content_hash FROM articles WHERE id = ?", (article_id,))

    def stored(self, article_id: str) -> tuple[str, str | None] | None:
        """(content hash, source) of the article stored under ``article_id``, or None."""
        row = self.conn.execute("SELECT content_hash, source FROM articles WHERE id = ?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

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
            "INSERT INTO articles(id, url, published, title, text, content_hash, record_json, ingested_at, source) "
            "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET url=excluded.url, "
            "published=excluded.published, title=excluded.title, text=excluded.text, "
            "content_hash=excluded.content_hash, record_json=excluded.record_json, ingested_at=excluded.ingested_at, "
            "source=coalesce(excluded.source, articles.source)",
            (art.id, art.url, art.published, art.title, art.text, chash, rec_json, now(), art.source))
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
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error); nested use is a no-op.

    An ``sqlite3.Error`` inside (disk full, read-only, locked past the busy timeout) rolls back and is raised
    as ``StoreError`` naming the database; the transactions committed before are untouched.
    """

    def __init__(self, conn: sqlite3.Connection, path: str = "", timeout: float | None = None):
        self.conn = conn
        self.path = path
        self.timeout = timeout
        self.outer = False

    def __enter__(self):
        if not self.conn.in_transaction:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise store_error(exc, self.path, timeout=self.timeout) from exc
            self.outer = True
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if not self.outer:
            return False
        if exc_type is not None:
            rollback(self.conn)
            if isinstance(exc, sqlite3.Error):
                raise store_error(exc, self.path, timeout=self.timeout) from exc
            return False
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as err:
            rollback(self.conn)
            raise store_error(err, self.path, timeout=self.timeout) from err
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
