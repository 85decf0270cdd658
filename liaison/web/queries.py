"""Read-only queries behind the web UI and the REST API.

The ``articles`` table's ``record_json`` is the source of truth of the store,
so the views are built from it: one pass over the records builds an
in-memory :class:`Index` (events, people, regions across articles), cached
per database file and rebuilt when the file changes. Article text is read
per request, and search uses the store's FTS5 table when there is one.

Every connection is opened read-only (``mode=ro``) and every statement is
parameterized: the web server can never change the knowledge base.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

MAX_LIMIT = 500
DEFAULT_LIMIT = 50


class NotFound(LookupError):
    pass


# ------------------------------------------------------------------ connection
def connect_ro(path: str | os.PathLike) -> sqlite3.Connection:
    """A read-only connection to the database at ``path`` (which must exist)."""
    p = Path(path).resolve()
    if not p.is_file():
        raise FileNotFoundError(f"no database at {p}")
    conn = sqlite3.connect(f"file:{quote(str(p))}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.text_factory = _text  # a TEXT value that is not UTF-8 must not take the whole site down
    conn.execute("PRAGMA query_only = ON")
    return conn


def _text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_surrogates(value):
    """``value`` with lone surrogates (from ``\\ud800`` escapes) in its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [clean_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {clean_surrogates(k): clean_surrogates(v) for k, v in value.items()}
    return value


# A record is the pipeline's output, validated when stored; but a database may be hand-edited, old or
# corrupt, and one odd value must not break every page that lists it. Records are read into the shape of
# liaison/schema: a value of the wrong type becomes None (or is dropped from its list), a missing required
# key gets an empty value; a valid record comes out equal to what went in.
def _str(v):
    return v if isinstance(v, str) else None


def _list(v) -> list:
    return v if isinstance(v, list) else []


def _dicts(v) -> list[dict]:
    return [x for x in _list(v) if isinstance(x, dict)]


def _fix(d: dict, **fixes) -> dict:
    """``d`` with ``fix(value)`` applied to each of its keys that is present."""
    return {**d, **{k: fn(d[k]) for k, fn in fixes.items() if k in d}}


def _names(v) -> dict:
    return _fix(v, zh=_str, en=_str) if isinstance(v, dict) else {"zh": None, "en": None}


def _names_or_none(v) -> dict | None:
    return _names(v) if isinstance(v, dict) else None


def _spans(v) -> list:
    return [x for x in _list(v) if isinstance(x, list) and len(x) == 2 and all(type(i) is int for i in x)]


def _region(v) -> dict | None:
    if not isinstance(v, dict):
        return None
    return {**_fix(v, code=_str, country=_str), "name": _names(v.get("name"))}


def _regions(v) -> list[dict]:
    return [r for r in map(_region, _list(v)) if r]


def _position(p: dict) -> dict:
    return {**_fix(p, region=_region, title=_names_or_none), "role": _str(p.get("role")),
            "org_kind": _str(p.get("org_kind"))}


def _person(p: dict) -> dict:
    return {**_fix(p, mentions=_spans), "id": _str(p.get("id")), "name": _names(p.get("name")),
            "positions": [_position(x) for x in _dicts(p.get("positions"))]}


def _date(v) -> dict:
    return _fix(v, start=_str, end=_str) if isinstance(v, dict) else {}


def _participants(v) -> list[dict]:
    return [{**x, "person": _str(x.get("person")), "role": _str(x.get("role"))} for x in _dicts(v)]


def _event(e: dict) -> dict:
    return {**_fix(e, date=_date, origin=_region, destination=_region, parties=_regions, participants=_participants,
                   title=_names_or_none, fields=lambda v: [f for f in _list(v) if isinstance(f, str)],
                   sites=lambda v: [_names(x) for x in _dicts(v)], evidence=_spans, part_of=_str),
            "id": _str(e.get("id")), "type": _str(e.get("type"))}


def _languages(v) -> dict:
    return {k: x for k, x in v.items() if isinstance(x, (int, float)) and not isinstance(x, bool)} \
        if isinstance(v, dict) else {}


def shape_record(rec: dict) -> dict:
    """``rec`` with every value the web reads of the type the schema gives it."""
    doc = rec.get("doc") if isinstance(rec.get("doc"), dict) else {}
    doc = {**_fix(doc, url=_str, published=_str, title=_str, languages=_languages), "id": _str(doc.get("id"))}
    return {**_fix(rec, flags=_dicts), "doc": doc, "people": [_person(p) for p in _dicts(rec.get("people"))],
            "events": [_event(e) for e in _dicts(rec.get("events"))]}


def load_record(raw) -> dict:
    """A stored ``record_json`` as a dict in the schema's shape (:func:`shape_record`): ``{}`` when it is
    not a JSON object; no lone surrogates (they cannot be encoded as UTF-8, so one would make every page
    that shows it fail)."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    if not isinstance(raw, str):
        return {}
    try:
        rec = json.loads(raw or "{}")
        if isinstance(rec, dict) and ("\\ud" in raw or "\\uD" in raw):
            rec = clean_surrogates(rec)
    except (ValueError, RecursionError):
        return {}
    return shape_record(rec) if isinstance(rec, dict) else {}


def clamp(limit: int | None, offset: int | None) -> tuple[int, int]:
    limit = DEFAULT_LIMIT if limit is None else max(1, min(int(limit), MAX_LIMIT))
    return limit, max(0, int(offset or 0))


def page(items: list, limit: int | None, offset: int | None) -> dict:
    limit, offset = clamp(limit, offset)
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


# ------------------------------------------------------------------ keys
def norm_en(name: str) -> str:
    return re.sub(r"[\s'’\-‐]+", "", name).lower()


def person_key(person: dict) -> str | None:
    name = person.get("name") or {}
    if name.get("zh"):
        return name["zh"]
    if name.get("en"):
        return norm_en(name["en"])
    return None


def region_key(region: dict | None) -> str | None:
    if not region:
        return None
    if region.get("code"):
        return region["code"]
    name = region.get("name") or {}
    label = name.get("en") or name.get("zh")
    return f"name:{label}" if label else None  # the store's key (liaison.store.db.region_key)


def region_label(region: dict | None) -> str:
    if not region:
        return ""
    name = region.get("name") or {}
    zh, en = name.get("zh"), name.get("en")
    return " / ".join(x for x in (en, zh) if x) or (region.get("code") or "?")


def sort_date(date: str | None, published: str | None) -> str:
    """A sortable ``YYYY-MM-DD``-ish date: the event's, completed with the article's year, else the article's."""
    if date and re.match(r"\d{4}", date):
        return date
    if date and date.startswith("--") and published and re.match(r"\d{4}", published):
        return published[:4] + date[1:]
    return published or ""


# ------------------------------------------------------------------ index
@dataclass
class Index:
    articles: dict[str, dict] = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)
    people: dict[str, dict] = field(default_factory=dict)
    regions: dict[str, dict] = field(default_factory=dict)

    def add_region(self, region: dict | None, *, article: str | None = None) -> str | None:
        key = region_key(region)
        if key is None:
            return None
        r = self.regions.get(key)
        if r is None:
            r = self.regions[key] = {"key": key, "code": region.get("code"), "country": region.get("country"),
                                     "name": dict(region.get("name") or {}), "articles": [], "events": [],
                                     "people": []}
        for k in ("zh", "en"):
            if not r["name"].get(k) and (region.get("name") or {}).get(k):
                r["name"][k] = region["name"][k]
        if article and article not in r["articles"]:
            r["articles"].append(article)
        return key

    def add_record(self, row: dict, rec: dict) -> None:
        aid = row["id"]
        doc = rec.get("doc") or {}
        published = row.get("published") or doc.get("published")
        self.articles[aid] = {"id": aid, "url": row.get("url") or doc.get("url"), "published": published,
                              "title": row.get("title") or doc.get("title"),
                              "languages": doc.get("languages") or {},
                              "people": len(rec.get("people") or []), "events": len(rec.get("events") or [])}
        local: dict[str, str] = {}
        for p in rec.get("people") or []:
            key = person_key(p)
            if key is None:
                continue
            local[p.get("id")] = key
            person = self.people.get(key)
            if person is None:
                person = self.people[key] = {"key": key, "name": dict(p.get("name") or {}), "positions": [],
                                             "articles": [], "events": []}
            for k in ("zh", "en"):
                if not person["name"].get(k) and (p.get("name") or {}).get(k):
                    person["name"][k] = p["name"][k]
            if aid not in person["articles"]:
                person["articles"].append(aid)
            for pos in p.get("positions") or []:
                rkey = self.add_region(pos.get("region"), article=aid)
                person["positions"].append({**pos, "region_key": rkey, "article": aid, "published": published})
                if rkey and key not in self.regions[rkey]["people"]:
                    self.regions[rkey]["people"].append(key)
        for e in rec.get("events") or []:
            date = e.get("date") or {}
            uid = f"{aid}#{e.get('id')}"
            ev = {"uid": uid, "article": aid, "article_title": self.articles[aid]["title"], "id": e.get("id"),
                  "type": e.get("type"),
                  "start": date.get("start"), "end": date.get("end"),
                  "sort_date": sort_date(date.get("start"), published), "published": published,
                  "origin": e.get("origin"), "destination": e.get("destination"),
                  "parties": list(e.get("parties") or []), "title": e.get("title"),
                  "fields": list(e.get("fields") or []), "sites": list(e.get("sites") or []),
                  "evidence": e.get("evidence") or [], "part_of": e.get("part_of"), "participants": []}
            ev["origin_key"] = self.add_region(ev["origin"], article=aid)
            ev["destination_key"] = self.add_region(ev["destination"], article=aid)
            ev["party_keys"] = [k for k in (self.add_region(r, article=aid) for r in ev["parties"]) if k]
            ev["region_keys"] = list(dict.fromkeys(
                k for k in [ev["origin_key"], ev["destination_key"], *ev["party_keys"]] if k))
            for part in e.get("participants") or []:
                key = local.get(part.get("person"))
                person = self.people.get(key) if key else None
                ev["participants"].append({"person": key, "role": part.get("role"),
                                           "name": person["name"] if person else None})
                if person and uid not in person["events"]:
                    person["events"].append(uid)
            for k in ev["region_keys"]:
                self.regions[k]["events"].append(uid)
            self.events.append(ev)

    def finish(self) -> "Index":
        self.events.sort(key=lambda e: (e["sort_date"], e["article"], e["id"] or ""))
        self.by_uid = {e["uid"]: e for e in self.events}
        return self


BAD_RECORD = (AttributeError, TypeError, KeyError, ValueError, IndexError)


class _Again(Exception):
    pass


def usable_record(row: dict, rec: dict) -> dict:
    """``rec`` when the index can read it, else ``{}``: one record of the wrong shape (a hand-edited or
    corrupt database) must not take down the pages that list it."""
    try:
        Index().add_record(row, rec)
    except BAD_RECORD:
        return {}
    return rec


_CACHE: dict[str, tuple[tuple, Index]] = {}
_LOCK = threading.Lock()


def _stamp(path: Path) -> tuple:
    out = []
    for suffix in ("", "-wal"):
        p = Path(str(path) + suffix)
        try:
            st = p.stat()
            out.append((st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


def load_index(path: str | os.PathLike) -> Index:
    """The index of the database at ``path``, rebuilt when the file changed."""
    p = Path(path).resolve()
    stamp = _stamp(p)
    with _LOCK:
        hit = _CACHE.get(str(p))
        if hit and hit[0] == stamp:
            return hit[1]
        conn = connect_ro(p)
        bad: set = set()  # ids whose record has the wrong shape: listed, with an empty record
        try:
            while True:
                idx = Index()
                try:
                    rows = conn.execute("SELECT id, url, published, title, record_json FROM articles ORDER BY id")
                    for row in rows:
                        row = dict(row)
                        rec = {} if row["id"] in bad else load_record(row.pop("record_json"))
                        try:
                            idx.add_record(row, rec)
                        except BAD_RECORD:
                            bad.add(row["id"])
                            raise _Again from None  # add_record may have left half an article behind
                    break
                except _Again:
                    continue
        finally:
            conn.close()
        idx.finish()
        _CACHE[str(p)] = (stamp, idx)
        return idx


# ------------------------------------------------------------------ views
def list_articles(idx: Index, *, q: str | None = None, limit=None, offset=None) -> dict:
    items = sorted(idx.articles.values(), key=lambda a: (a["published"] or "", a["id"]), reverse=True)
    if q:
        ql = q.lower()
        items = [a for a in items if ql in (a["title"] or "").lower() or ql in a["id"].lower()]
    return page(items, limit, offset)


def get_article(path, idx: Index, article_id: str) -> dict:
    conn = connect_ro(path)
    try:
        row = conn.execute("SELECT id, url, published, title, text, record_json FROM articles WHERE id = ?",
                           (article_id,)).fetchone()
    finally:
        conn.close()
    if row is None:
        raise NotFound(f"no article {article_id!r}")
    record = usable_record(dict(row), load_record(row["record_json"]))
    people_keys = {p.get("id"): person_key(p) for p in record.get("people") or []}
    return {"id": row["id"], "url": row["url"], "published": row["published"], "title": row["title"],
            "text": row["text"] or "", "record": record, "person_keys": people_keys,
            "events": [e for e in idx.events if e["article"] == row["id"]]}


def within(key: str, area: str) -> bool:
    """Whether region ``key`` is ``area`` or lies inside it (GB/T 2260: 220100 is in 220000)."""
    if key == area:
        return True
    if len(area) == 6 and len(key) == 6 and area.isdigit() and key.isdigit():
        if area.endswith("0000"):
            return key[:2] == area[:2]
        if area.endswith("00"):
            return key[:4] == area[:4]
    return False


def filter_events(idx: Index, *, type=None, region=None, date_from=None, date_to=None, field=None,
                  person=None, article=None) -> list[dict]:
    out = []
    pq = person.lower() if person else None
    for e in idx.events:
        if type and e["type"] != type:
            continue
        if region and not any(within(k, region) for k in e["region_keys"]):
            continue
        if field and field not in e["fields"]:
            continue
        if article and e["article"] != article:
            continue
        if date_from and (not e["sort_date"] or e["sort_date"][:len(date_from)] < date_from):
            continue
        if date_to and (not e["sort_date"] or e["sort_date"][:len(date_to)] > date_to):
            continue
        if pq and not any(p["person"] and (p["person"].lower() == pq or _name_has(p["name"], pq))
                          for p in e["participants"]):
            continue
        out.append(e)
    return out


def _name_has(name: dict | None, q: str) -> bool:
    if not name:
        return False
    return any(v and (q in v.lower() or norm_en(q) and norm_en(q) in norm_en(v)) for v in name.values())


def list_people(idx: Index, *, q=None) -> list[dict]:
    items = sorted(idx.people.values(), key=lambda p: (-len(p["articles"]), p["key"]))
    if q:
        items = [p for p in items if _name_has(p["name"], q.lower())]
    return [person_summary(p) for p in items]


def person_summary(p: dict) -> dict:
    return {"key": p["key"], "name": p["name"], "articles": len(p["articles"]), "events": len(p["events"]),
            "positions": len(p["positions"])}


def get_person(idx: Index, key: str) -> dict:
    p = idx.people.get(key)
    if p is None:
        raise NotFound(f"no person {key!r}")
    positions = sorted(p["positions"], key=lambda x: (x["published"] or "", x["article"]))
    events = sorted((idx.by_uid[u] for u in p["events"]), key=lambda e: e["sort_date"])
    timeline = []
    for e in events:
        roles = [x["role"] for x in e["participants"] if x["person"] == key]
        timeline.append({**e, "roles": roles})
    return {"key": key, "name": p["name"], "positions": positions, "articles": p["articles"], "events": timeline}


def list_regions(idx: Index, *, q=None) -> list[dict]:
    items = sorted(idx.regions.values(), key=lambda r: (-len(r["events"]), r["key"]))
    if q:
        items = [r for r in items if _name_has(r["name"], q.lower()) or q == r["code"]]
    return [{"key": r["key"], "code": r["code"], "name": r["name"], "country": r["country"],
             "events": len(r["events"]), "articles": len(r["articles"]), "people": len(r["people"])} for r in items]


def get_region(idx: Index, key: str) -> dict:
    r = idx.regions.get(key)
    if r is None:
        raise NotFound(f"no region {key!r}")
    events = filter_events(idx, region=key)  # its own and its subdivisions
    partners: dict[str, int] = {}
    for e in events:
        for k in e["region_keys"]:
            if not within(k, key) and not within(key, k):
                partners[k] = partners.get(k, 0) + 1
    return {"key": key, "code": r["code"], "name": r["name"], "country": r["country"], "events": events,
            "people": [person_summary(idx.people[k]) for k in r["people"] if k in idx.people],
            "partners": [{"key": k, "name": idx.regions[k]["name"], "events": n}
                         for k, n in sorted(partners.items(), key=lambda kv: -kv[1])],
            "articles": r["articles"]}


def event_years(idx: Index) -> list[str]:
    return sorted({e["sort_date"][:4] for e in idx.events if re.match(r"\d{4}", e["sort_date"] or "")})


# ------------------------------------------------------------------ search
def _fts_table(conn: sqlite3.Connection) -> str | None:
    for row in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%fts5%'"):
        if re.fullmatch(r"\w+", row["name"]):
            return row["name"]
    return None


def _snippet(text: str, q: str, width: int = 60) -> str:
    i = text.lower().find(q.lower())
    if i < 0:
        return text[:width * 2]
    s = max(0, i - width)
    return ("…" if s else "") + text[s:i + len(q) + width] + ("…" if i + len(q) + width < len(text) else "")


def search_articles(path, q: str, *, limit=None, offset=None) -> dict:
    """Articles whose text or title contains ``q``: the FTS5 index first, then a substring scan."""
    limit, offset = clamp(limit, offset)
    conn = connect_ro(path)
    ids: list[str] = []
    try:
        table = _fts_table(conn)
        if table:
            phrase = '"' + q.replace('"', '""') + '"'
            try:
                cols = [r["name"] for r in conn.execute(f"PRAGMA table_info({table})")]
                # An external-content FTS table maps rowid to articles; a standalone one may carry the id.
                col = "article_id" if "article_id" in cols else ("id" if "id" in cols else None)
                if col:
                    sql = f"SELECT {col} AS id FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT 1000"
                else:
                    sql = (f"SELECT a.id AS id FROM {table} f JOIN articles a ON a.rowid = f.rowid "
                           f"WHERE {table} MATCH ? ORDER BY f.rank LIMIT 1000")
                ids = [str(r["id"]) for r in conn.execute(sql, (phrase,))]
            except sqlite3.Error:
                ids = []
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for r in conn.execute("SELECT id FROM articles WHERE text LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' "
                              "ORDER BY published DESC, id LIMIT 1000", (like, like)):
            if r["id"] not in ids:
                ids.append(r["id"])
        total = len(ids)
        items = []
        for aid in ids[offset:offset + limit]:
            row = conn.execute("SELECT id, title, published, text FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is not None:
                items.append({"id": row["id"], "title": row["title"], "published": row["published"],
                              "snippet": _snippet(row["text"] or "", q)})
    finally:
        conn.close()
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def search(path, idx: Index, q: str, *, limit=None, offset=None) -> dict:
    # SQLite's LIKE stops a pattern at NUL, so "a\0b" would match everything containing "a"
    q = (q or "").replace("\x00", "").strip()[:200]
    if not q:
        return {"q": q, "articles": page([], limit, offset), "people": page([], limit, offset)}
    return {"q": q, "articles": search_articles(path, q, limit=limit, offset=offset),
            "people": page(list_people(idx, q=q), limit, offset)}
