"""Questions to the knowledge base, in SQL: the one query layer of ``liaison query`` and of every web page.

Everything reads the store's resolved tables (``event_entities`` with their
browse rows ``ee_regions`` / ``ee_fields`` / ``ee_people``, ``entities``,
``sources``, ``articles_fts``); nothing holds a copy of the corpus, so memory
does not grow with it and a page costs a few indexed queries.

``db`` is anything with ``rows(sql, params)`` and ``scalar(sql, params)``: a
``Store`` (the CLI) or a read-only ``Reader`` (the web, :func:`open_ro`).

Browsing (the web and its JSON/CSV twins): :class:`EventFilter` and
:func:`events_page` / :func:`event_facets` / :func:`event_detail`,
:func:`people_page` / :func:`people_facets` / :func:`person_detail`,
:func:`regions_page` / :func:`region_detail`, :func:`search`,
:func:`network_edges`, :func:`stats`. The CLI's row lists (:func:`events`,
:func:`person`, :func:`agreements`, :func:`network`, :func:`summary`) are
built on the same queries, so both give the same events and people.
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field as _field, fields as dc_fields
from itertools import combinations
from pathlib import Path
from urllib.parse import quote

from ..eventtypes import EVENT_TYPES
from .resolve import name_key

MAX_LIMIT = 500
MAX_OFFSET = 10 ** 12
DEFAULT_LIMIT = 50
FACET_SIZE = 30
_CN6 = "[0-9][0-9][0-9][0-9][0-9][0-9]"


class NotFound(LookupError):
    pass


class NotAStore(ValueError):
    """The file is not a liaison knowledge base (or one made before the migrations the web reads)."""


# ------------------------------------------------------------------ read-only access
class Reader:
    """A read-only connection (``mode=ro``, ``query_only``) with the ``rows``/``scalar`` of a ``Store``."""

    def __init__(self, path: str | os.PathLike):
        p = Path(path).resolve()
        if not p.is_file():
            raise FileNotFoundError(f"no database at {p}")
        self.conn = sqlite3.connect(f"file:{quote(str(p))}?mode=ro", uri=True, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.text_factory = lambda b: b.decode("utf-8", "replace")  # bad bytes must not break a page
        self.conn.execute("PRAGMA query_only = ON")

    def rows(self, sql: str, params=()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def scalar(self, sql: str, params=()):
        row = self.conn.execute(sql, tuple(params)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Reader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


REQUIRED_MIGRATION = "0007_browse"


def check_store(path: str | os.PathLike) -> None:
    """Raise ``NotAStore`` (one line saying what to do) unless ``path`` is a liaison knowledge base the web
    can read; ``FileNotFoundError`` when there is no file."""
    try:
        with Reader(path) as r:
            tables = {x["name"] for x in r.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"articles", "migrations", "event_entities"} <= tables:
                raise NotAStore(f"{path}: not a liaison database (no articles/migrations tables); "
                                "create one with 'liaison ingest PATH --db FILE'")
            if not r.scalar("SELECT 1 FROM migrations WHERE name = ?", (REQUIRED_MIGRATION,)):
                raise NotAStore(f"{path}: made by an older liaison; upgrade it with 'liaison resolve --db {path}'")
    except sqlite3.DatabaseError as exc:
        raise NotAStore(f"{path}: not a liaison database ({exc})") from None


def clamp(limit, offset) -> tuple[int, int]:
    limit = DEFAULT_LIMIT if limit is None else max(1, min(int(limit), MAX_LIMIT))
    return limit, min(MAX_OFFSET, max(0, int(offset or 0)))


def _in(values) -> str:
    return ",".join("?" * len(values))


# ------------------------------------------------------------------ regions
def region_key_sql(p: str) -> str:
    """SQL for the store's key of the region in columns ``{p}_code/_en/_zh`` (``db.region_key``)."""
    return f"coalesce({p}_code, 'name:' || coalesce({p}_en, {p}_zh))"


def area_clause(key: str, col: str = "r") -> tuple[str, list]:
    """SQL over ``ee_regions {col}`` matching region ``key`` or any region inside it (GB/T 2260)."""
    if re.fullmatch(r"\d{2}0000", key):
        return f"{col}.province = ?", [key]
    if re.fullmatch(r"\d{4}00", key):
        return f"{col}.region_key GLOB ?", [key[:4] + "[0-9][0-9]"]
    return f"{col}.region_key = ?", [key]


def region_keys(db, name: str) -> list[str]:
    """Keys of the regions a user's string names: key or code, Chinese or English name, a prefix of the
    Chinese name (吉林 → 吉林省, 吉林市)."""
    name = (name or "").strip()
    if not name:
        return []
    rows = db.rows("SELECT key FROM regions WHERE key = ? OR code = ? OR zh = ? OR lower(en) = lower(?) "
                   "OR (length(?) >= 2 AND zh LIKE ? || '%') ORDER BY key", (name, name, name, name, name, name))
    return [r["key"] for r in rows]


def region_names(db, keys) -> dict[str, dict]:
    """key → ``{"key", "code", "zh", "en", "country"}`` from the regions seen (provinces only rolled up to
    get their names from the division table)."""
    keys = [k for k in dict.fromkeys(keys) if k]
    out: dict[str, dict] = {}
    for i in range(0, len(keys), 500):
        part = keys[i:i + 500]
        for r in db.rows(f"SELECT key, code, zh, en, country FROM regions WHERE key IN ({_in(part)})", part):
            out[r["key"]] = r
    missing = [k for k in keys if k not in out]
    if missing:
        by_code = _tables().by_code
        for k in missing:
            reg = by_code.get(k)
            out[k] = {"key": k, "code": k if reg else None, "zh": reg.zh if reg else None,
                      "en": reg.en if reg else (k[5:] if k.startswith("name:") else None),
                      "country": reg.country if reg else None}
    return out


_TABLES = None


def _tables():
    global _TABLES
    if _TABLES is None:
        from ..regions_data import load_tables

        _TABLES = load_tables()
    return _TABLES


# ------------------------------------------------------------------ events
SORTS = {"date": "coalesce(ee.sort_date, '')", "type": "ee.type", "sources": "ee.n_sources",
         "title": "coalesce(ee.title_en, ee.title_zh, '')"}


@dataclass
class EventFilter:
    """Filters of the resolved events list; every one can be combined (AND), each list is OR within."""

    type: list[str] = _field(default_factory=list)
    year: list[str] = _field(default_factory=list)
    province: list[str] = _field(default_factory=list)
    region: str | None = None     # a region key: itself and the regions inside it
    country: list[str] = _field(default_factory=list)
    field: list[str] = _field(default_factory=list)
    person: int | None = None     # an official (entities.entity_id)
    role: list[str] = _field(default_factory=list)
    q: str | None = None          # in an agreement's or event's title
    date_from: str | None = None
    date_to: str | None = None
    article: str | None = None

    def params(self) -> dict:
        """The filter as URL query parameters (lists repeat their key)."""
        out = {}
        for f in dc_fields(self):
            v = getattr(self, f.name)
            if v not in (None, [], ""):
                out[f.name] = v
        return out

    def where(self, *, skip: str | None = None) -> tuple[list[str], list]:
        """SQL conditions over ``event_entities ee`` (without the facet ``skip``, whose own counts show
        every value)."""
        w, p = [], []
        if self.type and skip != "type":
            w.append(f"ee.type IN ({_in(self.type)})")
            p += self.type
        if self.year and skip != "year":
            w.append(f"ee.year IN ({_in(self.year)})")
            p += self.year
        if self.date_from:
            w.append("substr(ee.sort_date, 1, ?) >= ?")
            p += [len(self.date_from), self.date_from]
        if self.date_to:
            w.append("substr(ee.sort_date, 1, ?) <= ?")
            p += [len(self.date_to), self.date_to]
        if self.province and skip != "province":
            w.append(f"EXISTS (SELECT 1 FROM ee_regions r WHERE r.event_entity_id = ee.event_entity_id AND "
                     f"r.province IN ({_in(self.province)}))")
            p += self.province
        if self.region:
            clause, cp = area_clause(self.region)
            w.append(f"EXISTS (SELECT 1 FROM ee_regions r WHERE r.event_entity_id = ee.event_entity_id AND {clause})")
            p += cp
        if self.country and skip != "country":
            w.append(f"EXISTS (SELECT 1 FROM ee_regions r WHERE r.event_entity_id = ee.event_entity_id AND "
                     f"r.country IN ({_in(self.country)}))")
            p += self.country
        if self.field and skip != "field":
            w.append(f"EXISTS (SELECT 1 FROM ee_fields f WHERE f.event_entity_id = ee.event_entity_id AND "
                     f"f.field IN ({_in(self.field)}))")
            p += self.field
        roles = self.role if skip != "role" else []
        if self.person is not None or roles:
            cond = ["pp.event_entity_id = ee.event_entity_id"]
            if self.person is not None:
                cond.append("pp.entity_id = ?")
                p.append(self.person)
            if roles:
                cond.append(f"pp.role IN ({_in(roles)})")
                p += roles
            w.append(f"EXISTS (SELECT 1 FROM ee_people pp WHERE {' AND '.join(cond)})")
        if self.q:
            like = "%" + _escape_like(self.q) + "%"
            w.append("EXISTS (SELECT 1 FROM events t WHERE t.event_entity_id = ee.event_entity_id AND "
                     "(t.title_zh LIKE ? ESCAPE '\\' OR t.title_en LIKE ? ESCAPE '\\'))")
            p += [like, like]
        if self.article:
            w.append("EXISTS (SELECT 1 FROM sources s WHERE s.event_entity_id = ee.event_entity_id AND "
                     "s.article_id = ?)")
            p.append(self.article)
        return w, p


def _escape_like(q: str) -> str:
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where_sql(w: list[str]) -> str:
    return (" WHERE " + " AND ".join(w)) if w else ""


def events_page(db, f: EventFilter, *, sort: str = "date", desc: bool = False, limit=None, offset=None) -> dict:
    """One page of resolved events: ``{"total", "limit", "offset", "items"}`` (items: :func:`event_rows`)."""
    limit, offset = clamp(limit, offset)
    w, p = f.where()
    total = db.scalar(f"SELECT count(*) FROM event_entities ee{_where_sql(w)}", p)
    order = SORTS.get(sort, SORTS["date"])
    direction = "DESC" if desc else "ASC"
    ids = [r["event_entity_id"] for r in db.rows(
        f"SELECT ee.event_entity_id FROM event_entities ee{_where_sql(w)} ORDER BY {order} {direction}, "
        f"ee.event_entity_id {direction} LIMIT ? OFFSET ?", [*p, limit, offset])]
    return {"total": total, "limit": limit, "offset": offset, "items": event_rows(db, ids)}


def event_rows(db, ids: list[int]) -> list[dict]:
    """Resolved events (in the order of ``ids``) with their regions, fields, officials and sources."""
    if not ids:
        return []
    marks = _in(ids)
    ents = {r["event_entity_id"]: r for r in db.rows(
        f"SELECT * FROM event_entities WHERE event_entity_id IN ({marks})", ids)}
    regs: dict[int, list] = {}
    keys = set()
    for r in db.rows(f"SELECT event_entity_id, side, region_key, province, country FROM ee_regions WHERE "
                     f"event_entity_id IN ({marks}) AND region_key != '' ORDER BY region_key", ids):
        regs.setdefault(r["event_entity_id"], []).append(r)
        keys.add(r["region_key"])
    names = region_names(db, keys)
    flds: dict[int, list] = {}
    for r in db.rows(f"SELECT event_entity_id, field FROM ee_fields WHERE event_entity_id IN ({marks}) "
                     "ORDER BY field", ids):
        flds.setdefault(r["event_entity_id"], []).append(r["field"])
    ppl: dict[int, list] = {}
    for r in db.rows(f"SELECT p.event_entity_id, p.entity_id, group_concat(p.role, ';') AS roles, e.zh, e.en "
                     f"FROM ee_people p JOIN entities e ON e.entity_id = p.entity_id WHERE p.event_entity_id IN "
                     f"({marks}) GROUP BY p.event_entity_id, p.entity_id ORDER BY p.entity_id", ids):
        ppl.setdefault(r["event_entity_id"], []).append(
            {"entity": r["entity_id"], "name": {"zh": r["zh"], "en": r["en"]},
             "roles": sorted(set((r["roles"] or "").split(";")) - {""})})
    srcs: dict[int, list] = {}
    for r in db.rows(f"SELECT event_entity_id, article_id FROM sources WHERE event_entity_id IN ({marks}) "
                     "ORDER BY article_id", ids):
        srcs.setdefault(r["event_entity_id"], []).append(r["article_id"])
    out = []
    for i in ids:
        e = ents.get(i)
        if e is None:
            continue
        sides = {"origin": None, "destination": None, "parties": []}
        for r in regs.get(i, []):
            reg = {**names.get(r["region_key"], {"key": r["region_key"]}), "key": r["region_key"],
                   "province": r["province"]}
            if r["side"] == "party":
                sides["parties"].append(reg)
            elif sides[r["side"]] is None:
                sides[r["side"]] = reg
        out.append({"event": i, "type": e["type"], "start": e["date_start"], "end": e["date_end"],
                    "sort_date": e["sort_date"], "year": e["year"], **sides,
                    "title": {"zh": e["title_zh"], "en": e["title_en"]}, "fields": flds.get(i, []),
                    "people": ppl.get(i, []), "sources": e["n_sources"], "articles": srcs.get(i, [])})
    return out


def event_facets(db, f: EventFilter, *, size: int = FACET_SIZE) -> dict[str, list[dict]]:
    """Counts of resolved events by type, year, province (cities and counties rolled up), country, field
    and role, over the events the filter keeps (each facet ignoring its own filter): ``{facet: [{"value",
    "count", "selected"}]}``, largest first."""
    out = {}

    def run(name, sql_from, col, extra="", selected=()):
        w, p = f.where(skip=name)
        if extra:
            w = [extra, *w]
        rows = db.rows(f"SELECT {col} AS value, count(DISTINCT ee.event_entity_id) AS n {sql_from}{_where_sql(w)} "
                       f"GROUP BY {col} ORDER BY n DESC, value LIMIT ?", [*p, size])
        out[name] = [{"value": r["value"], "count": r["n"], "selected": r["value"] in selected} for r in rows]

    run("type", "FROM event_entities ee", "ee.type", selected=f.type)
    run("year", "FROM event_entities ee", "ee.year", "ee.year IS NOT NULL", selected=f.year)
    run("province", "FROM ee_regions fr JOIN event_entities ee ON ee.event_entity_id = fr.event_entity_id",
        "fr.province", "fr.province IS NOT NULL", selected=f.province)
    run("country", "FROM ee_regions fr JOIN event_entities ee ON ee.event_entity_id = fr.event_entity_id",
        "fr.country", "fr.country IS NOT NULL", selected=f.country)
    run("field", "FROM ee_fields ff JOIN event_entities ee ON ee.event_entity_id = ff.event_entity_id",
        "ff.field", selected=f.field)
    run("role", "FROM ee_people fp JOIN event_entities ee ON ee.event_entity_id = fp.event_entity_id",
        "fp.role", selected=f.role)
    out["year"].sort(key=lambda r: r["value"] or "", reverse=True)
    return out


def event_detail(db, ee: int, *, limit=None, offset=None) -> dict:
    """One resolved event: its row (:func:`event_rows`), sites, and a page of its reports: article, the
    event's id there, its dates, evidence offsets and the article's text (for highlighting)."""
    rows = event_rows(db, [ee])
    if not rows:
        raise NotFound(f"no event {ee}")
    ev = rows[0]
    limit, offset = clamp(limit, offset)
    reports = db.rows(
        "SELECT s.article_id, s.eid, e.type, e.date_start, e.date_end, e.part_of, a.title, a.published, a.url, "
        "a.text, a.record_json FROM sources s JOIN events e ON e.article_id = s.article_id AND e.eid = s.eid "
        "JOIN articles a ON a.id = s.article_id WHERE s.event_entity_id = ? ORDER BY a.published, s.article_id "
        "LIMIT ? OFFSET ?", (ee, limit, offset))
    ev["reports"] = reports
    ev["reports_page"] = {"total": ev["sources"], "limit": limit, "offset": offset}
    sites = {}
    for r in db.rows("SELECT si.zh, si.en FROM sources s JOIN sites si ON si.article_id = s.article_id AND "
                     "si.eid = s.eid WHERE s.event_entity_id = ?", (ee,)):
        sites.setdefault((r["zh"] or r["en"] or "").strip(), r)
    ev["sites"] = [v for k, v in sites.items() if k]
    return ev


# ------------------------------------------------------------------ people
_POS_PROVINCE = (f"CASE WHEN po.region_code GLOB '{_CN6}' THEN substr(po.region_code, 1, 2) || '0000' "
                 "WHEN po.region_code GLOB '[A-Z][A-Z]' THEN NULL ELSE " + region_key_sql("po.region") + " END")


@dataclass
class PersonFilter:
    q: str | None = None
    role: list[str] = _field(default_factory=list)       # a position's role (secretary, head ...)
    org_kind: list[str] = _field(default_factory=list)
    province: list[str] = _field(default_factory=list)   # where they hold office (rolled up)

    def params(self) -> dict:
        return {f.name: getattr(self, f.name) for f in dc_fields(self) if getattr(self, f.name) not in (None, [], "")}

    def where(self, db, *, skip: str | None = None) -> tuple[list[str], list]:
        w, p = [], []
        if self.q:
            ids = find_people(db, self.q)
            w.append(f"en.entity_id IN ({_in(ids) or 'NULL'})")
            p += ids
        conds, cp = [], []
        for name, col in (("role", "po.role"), ("org_kind", "po.org_kind"), ("province", _POS_PROVINCE)):
            vals = getattr(self, name)
            if vals and skip != name:
                conds.append(f"{col} IN ({_in(vals)})")
                cp += vals
        if conds:
            w.append("EXISTS (SELECT 1 FROM people pe JOIN positions po ON po.article_id = pe.article_id AND "
                     f"po.pid = pe.pid WHERE pe.entity_id = en.entity_id AND {' AND '.join(conds)})")
            p += cp
        return w, p


PEOPLE_SORTS = {"articles": "en.n_articles", "events": "en.n_events", "name": "coalesce(en.en, en.zh)"}


def people_page(db, f: PersonFilter, *, sort: str = "articles", desc: bool = True, limit=None, offset=None) -> dict:
    limit, offset = clamp(limit, offset)
    w, p = f.where(db)
    total = db.scalar(f"SELECT count(*) FROM entities en{_where_sql(w)}", p)
    order = PEOPLE_SORTS.get(sort, PEOPLE_SORTS["articles"])
    d = "DESC" if desc else "ASC"
    items = db.rows(f"SELECT en.entity_id AS entity, en.zh, en.en, en.n_articles AS articles, en.n_events AS events "
                    f"FROM entities en{_where_sql(w)} ORDER BY {order} {d}, en.entity_id LIMIT ? OFFSET ?",
                    [*p, limit, offset])
    for it in items:
        it["name"] = {"zh": it.pop("zh"), "en": it.pop("en")}
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def people_facets(db, f: PersonFilter, *, size: int = FACET_SIZE) -> dict[str, list[dict]]:
    out = {}
    for name, col in (("role", "po.role"), ("org_kind", "po.org_kind"), ("province", _POS_PROVINCE)):
        w, p = f.where(db, skip=name)
        rows = db.rows(f"SELECT {col} AS value, count(DISTINCT en.entity_id) AS n FROM entities en JOIN people pe "
                       f"ON pe.entity_id = en.entity_id JOIN positions po ON po.article_id = pe.article_id AND "
                       f"po.pid = pe.pid{_where_sql([f'{col} IS NOT NULL', *w])} GROUP BY {col} "
                       "ORDER BY n DESC, value LIMIT ?", [*p, size])
        out[name] = [{"value": r["value"], "count": r["n"], "selected": r["value"] in getattr(f, name)} for r in rows]
    return out


def find_people(db, name: str) -> list[int]:
    """Officials (entity ids) called ``name`` in any script or spelling: 陈敏尔, Chen Min'er, Chen Miner, or
    a Chinese prefix of two characters or more."""
    name = (name or "").strip()
    if not name:
        return []
    key = name_key(None, name) if name.isascii() else name_key(name, None)
    rows = db.rows("SELECT entity_id FROM entities WHERE zh = ? OR lower(en) = lower(?) OR key = ? "
                   "OR (length(?) >= 2 AND zh LIKE ? || '%') "
                   "UNION SELECT entity_id FROM people WHERE entity_id IS NOT NULL AND (zh = ? OR lower(en) = lower(?))",
                   (name, name, key, name, name, name, name))
    return sorted({r["entity_id"] for r in rows})


def person_detail(db, entity: int, *, limit=None, offset=None) -> dict:
    """An official: names and the other spellings seen, positions over time (dated by the articles), and a
    page of the resolved events they took part in, with their roles."""
    ent = db.rows("SELECT * FROM entities WHERE entity_id = ?", (entity,))
    if not ent:
        raise NotFound(f"no person {entity}")
    ent = ent[0]
    aliases = db.rows("SELECT DISTINCT zh, en FROM people WHERE entity_id = ? ORDER BY zh, en", (entity,))
    positions = db.rows(
        "SELECT a.published, po.article_id AS article, po.role, po.org_kind, po.region_code, po.region_zh, "
        f"po.region_en, {region_key_sql('po.region')} AS region_key, po.title_zh, po.title_en FROM positions po "
        "JOIN people pe ON pe.article_id = po.article_id AND pe.pid = po.pid JOIN articles a ON a.id = po.article_id "
        "WHERE pe.entity_id = ? ORDER BY coalesce(a.published, ''), po.article_id LIMIT 1000", (entity,))
    page = events_page(db, EventFilter(person=entity), limit=limit, offset=offset)
    for ev in page["items"]:
        ev["roles"] = next((p["roles"] for p in ev["people"] if p["entity"] == entity), [])
    return {"entity": entity, "name": {"zh": ent["zh"], "en": ent["en"]}, "key": ent["key"],
            "aliases": [a for a in aliases if (a["zh"], a["en"]) != (ent["zh"], ent["en"])],
            "articles": ent["n_articles"], "positions": positions, "events": page}


# ------------------------------------------------------------------ regions
def regions_page(db, *, q: str | None = None, country: list[str] | None = None, sort: str = "events",
                 desc: bool = True, limit=None, offset=None) -> dict:
    limit, offset = clamp(limit, offset)
    w, p = [], []
    if q:
        keys = region_keys(db, q)
        w.append(f"g.key IN ({_in(keys) or 'NULL'})")
        p += keys
    if country:
        w.append(f"g.country IN ({_in(country)})")
        p += country
    base = ("FROM regions g LEFT JOIN (SELECT region_key, count(DISTINCT event_entity_id) AS n FROM ee_regions "
            "GROUP BY region_key) c ON c.region_key = g.key")
    total = db.scalar(f"SELECT count(*) FROM regions g{_where_sql(w)}", p)
    order = {"events": "coalesce(c.n, 0)", "name": "coalesce(g.en, g.zh)", "code": "g.key"}.get(sort, "coalesce(c.n, 0)")
    d = "DESC" if desc else "ASC"
    items = db.rows(f"SELECT g.key, g.code, g.zh, g.en, g.country, coalesce(c.n, 0) AS events {base}{_where_sql(w)} "
                    f"ORDER BY {order} {d}, g.key LIMIT ? OFFSET ?", [*p, limit, offset])
    fw = [c for c in w if not c.startswith("g.country")]
    fp = p[:len(keys)] if q else []
    facet = db.rows(f"SELECT g.country AS value, count(*) AS n FROM regions g{_where_sql(['g.country IS NOT NULL', *fw])} "
                    "GROUP BY g.country ORDER BY n DESC, value LIMIT ?", [*fp, FACET_SIZE])
    return {"total": total, "limit": limit, "offset": offset, "items": items,
            "facets": {"country": [{"value": r["value"], "count": r["n"], "selected": r["value"] in (country or [])}
                                   for r in facet]}}


def region_detail(db, key: str, f: EventFilter | None = None, *, limit=None, offset=None, sort="date",
                  desc=False) -> dict:
    """A region (with the regions inside it): names, a page of its resolved events (filters combinable),
    its partner regions (by province) and the officials holding office there."""
    names = region_names(db, [key])[key]
    known = db.scalar("SELECT 1 FROM regions WHERE key = ?", (key,)) or db.scalar(
        "SELECT 1 FROM ee_regions WHERE province = ? LIMIT 1", (key,))
    if not known:
        raise NotFound(f"no region {key!r}")
    f = f or EventFilter()
    f.region = key
    page = events_page(db, f, sort=sort, desc=desc, limit=limit, offset=offset)
    clause, cp = area_clause(key, "me")
    partners = db.rows(
        "SELECT coalesce(o.province, o.region_key) AS key, count(DISTINCT o.event_entity_id) AS events FROM ee_regions me "
        f"JOIN ee_regions o ON o.event_entity_id = me.event_entity_id WHERE {clause} AND o.region_key != '' "
        f"AND NOT ({area_clause(key, 'o')[0]}) GROUP BY 1 ORDER BY events DESC, key LIMIT 30", [*cp, *cp])
    pn = region_names(db, [p["key"] for p in partners])
    for p in partners:
        p["name"] = {"zh": pn[p["key"]]["zh"], "en": pn[p["key"]]["en"]}
    if re.fullmatch(r"\d{2}0000", key):
        pos, pp = "po.region_code GLOB ?", [key[:2] + "[0-9][0-9][0-9][0-9]"]
    elif re.fullmatch(r"\d{4}00", key):
        pos, pp = "po.region_code GLOB ?", [key[:4] + "[0-9][0-9]"]
    else:
        pos, pp = f"{region_key_sql('po.region')} = ?", [key]
    people = db.rows(
        "SELECT en.entity_id AS entity, en.zh, en.en, count(DISTINCT po.article_id) AS articles, "
        "group_concat(DISTINCT po.role) AS roles FROM positions po JOIN people pe ON pe.article_id = po.article_id "
        f"AND pe.pid = po.pid JOIN entities en ON en.entity_id = pe.entity_id WHERE {pos} GROUP BY en.entity_id "
        "ORDER BY articles DESC, en.entity_id LIMIT 50", pp)
    for p in people:
        p["name"] = {"zh": p.pop("zh"), "en": p.pop("en")}
        p["roles"] = sorted((p["roles"] or "").split(","))
    return {"key": key, "code": names.get("code"), "name": {"zh": names.get("zh"), "en": names.get("en")},
            "country": names.get("country"), "events": page, "partners": partners, "people": people}


# ------------------------------------------------------------------ search
def search(db, q: str, *, limit=None, offset=None) -> dict:
    """Regions by any name, officials by any spelling, agreements by title, then articles (full-text index,
    then a substring match for Chinese words inside longer runs)."""
    limit, offset = clamp(limit, offset)
    q = (q or "").replace("\x00", "").strip()[:200]
    empty = {"total": 0, "limit": limit, "offset": offset, "items": []}
    if not q:
        return {"q": q, "regions": [], "people": [], "agreements": empty, "articles": empty}
    keys = region_keys(db, q)
    regions = regions_page(db, q=q, limit=20)["items"] if keys else []
    ids = find_people(db, q)
    people = people_page(db, PersonFilter(q=q), limit=20)["items"] if ids else []
    agreements = events_page(db, EventFilter(type=["agreement"], q=q), limit=20)
    return {"q": q, "regions": regions, "people": people, "agreements": agreements,
            "articles": search_articles(db, q, limit=limit, offset=offset)}


def search_articles(db, q: str, *, limit=None, offset=None, scan: int = 1000) -> dict:
    limit, offset = clamp(limit, offset)
    ids: list[str] = []
    phrase = '"' + q.replace('"', '""') + '"'
    try:
        ids = [r["id"] for r in db.rows("SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
                                        "WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?", (phrase, scan))]
    except sqlite3.Error:
        ids = []
    like = "%" + _escape_like(q) + "%"
    seen = set(ids)
    for r in db.rows("SELECT id FROM articles WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\' "
                     "ORDER BY published DESC, id LIMIT ?", (like, like, scan)):
        if r["id"] not in seen:
            seen.add(r["id"])
            ids.append(r["id"])
    items = []
    for aid in ids[offset:offset + limit]:
        row = db.rows("SELECT id, title, published, text FROM articles WHERE id = ?", (aid,))
        if row:
            r = row[0]
            items.append({"id": r["id"], "title": r["title"], "published": r["published"],
                          "snippet": snippet(r["text"] or "", q)})
    return {"total": len(ids), "limit": limit, "offset": offset, "items": items, "capped": len(ids) >= scan}


def snippet(text: str, q: str, width: int = 60) -> str:
    i = text.lower().find(q.lower())
    if i < 0:
        return text[:width * 2]
    s = max(0, i - width)
    return ("…" if s else "") + text[s:i + len(q) + width] + ("…" if i + len(q) + width < len(text) else "")


# ------------------------------------------------------------------ network
def network_edges(db, f: EventFilter, *, level: str = "province") -> list[dict]:
    """Edges between regions over the resolved events the filter keeps: ``{"source", "target", "type",
    "weight", "fields": {field: n}, "field"}``. Directional types (visit, inspection) go origin →
    destination; the others join every pair of parties. ``level='province'`` rolls cities and counties up
    to provinces. Counted in SQL: the answer's size follows the number of region pairs, not of events."""
    w, p = f.where()
    col = "coalesce({t}.province, {t}.region_key)" if level == "province" else "{t}.region_key"
    a, b = col.format(t="x"), col.format(t="y")
    directional = [t for t, et in EVENT_TYPES.items() if et.directional]
    pairs = (f"WITH pairs AS (SELECT DISTINCT {a} AS source, {b} AS target, ee.type AS type, ee.event_entity_id AS ev "
             f"FROM event_entities ee JOIN ee_regions x ON x.event_entity_id = ee.event_entity_id JOIN ee_regions y "
             f"ON y.event_entity_id = ee.event_entity_id WHERE x.region_key != '' AND y.region_key != '' AND ("
             f"(ee.type IN ({_in(directional)}) AND x.side = 'origin' AND y.side = 'destination') OR "
             f"(ee.type NOT IN ({_in(directional)}) AND x.side = 'party' AND y.side = 'party' AND {a} < {b}))"
             f"{' AND ' + ' AND '.join(w) if w else ''}) ")
    args = [*directional, *directional, *p]
    edges: dict[tuple, dict] = {}
    for r in db.rows(pairs + "SELECT source, target, type, count(*) AS n FROM pairs WHERE source != target "
                             "GROUP BY source, target, type", args):
        edges[(r["source"], r["target"], r["type"])] = {"source": r["source"], "target": r["target"],
                                                         "type": r["type"], "weight": r["n"], "fields": {}}
    for r in db.rows(pairs + "SELECT source, target, type, ff.field, count(*) AS n FROM pairs JOIN ee_fields ff ON "
                             "ff.event_entity_id = pairs.ev WHERE source != target GROUP BY source, target, type, "
                             "ff.field", args):
        e = edges.get((r["source"], r["target"], r["type"]))
        if e is not None:
            e["fields"][r["field"]] = r["n"]
    out = []
    for e in edges.values():
        counts = e["fields"]
        e["field"] = max(sorted(counts), key=counts.get) if counts else None
        out.append(e)
    out.sort(key=lambda e: (-e["weight"], e["source"], e["target"], e["type"]))
    return out


def stats(db) -> dict:
    by_type = {r["type"]: r["n"] for r in db.rows("SELECT type, count(*) AS n FROM event_entities GROUP BY type "
                                                  "ORDER BY type")}
    return {"articles": db.scalar("SELECT count(*) FROM articles"),
            "events": db.scalar("SELECT count(*) FROM event_entities"),
            "event_reports": db.scalar("SELECT count(*) FROM events"),
            "unresolved_reports": db.scalar("SELECT count(*) FROM events WHERE event_entity_id IS NULL"),
            "people": db.scalar("SELECT count(*) FROM entities"),
            "person_mentions": db.scalar("SELECT count(*) FROM people"),
            "regions": db.scalar("SELECT count(*) FROM regions"),
            "events_by_type": by_type,
            "years": [r["year"] for r in db.rows("SELECT DISTINCT year FROM event_entities WHERE year IS NOT NULL "
                                                 "ORDER BY year")]}


# ------------------------------------------------------------------ the CLI's rows
def _label(reg: dict | None) -> str | None:
    if not reg:
        return None
    return reg.get("en") or reg.get("zh") or reg.get("code") or reg.get("key")


def _flat(ev: dict) -> dict:
    return {"event": ev["event"], "type": ev["type"], "start": ev["start"], "end": ev["end"],
            "origin": _label(ev["origin"]), "destination": _label(ev["destination"]),
            "parties": sorted({_label(r) or "" for r in ev["parties"]} - {""}),
            "title": ev["title"]["en"] or ev["title"]["zh"], "fields": ev["fields"],
            "sources": ev["sources"], "articles": ev["articles"]}


def _all_events(db, f: EventFilter, *, order: bool = False) -> list:
    out, offset = [], 0
    while True:
        page = events_page(db, f, limit=MAX_LIMIT, offset=offset)
        out += [((e["sort_date"] or "", e["event"]), _flat(e)) if order else _flat(e) for e in page["items"]]
        offset += MAX_LIMIT
        if offset >= page["total"]:
            return out


def events(db, region: str | None = None, *, type: str | None = None, year: int | None = None) -> list[dict]:
    """Resolved events involving ``region`` (a name in either script, or a code: the regions inside it count
    too), optionally of a type and year; one flat row each, in date order."""
    f = EventFilter(type=[type] if type else [], year=[str(year)] if year else [])
    if region:
        keys = region_keys(db, region) or [region]
        rows: dict[int, tuple] = {}
        for k in keys:
            f.region = k
            for order, r in _all_events(db, f, order=True):
                rows.setdefault(r["event"], (order, r))
        return [r for _, r in sorted(rows.values(), key=lambda x: x[0])]  # the web's order: by date
    return _all_events(db, f)


def agreements(db, *, field: str | None = None, year: int | None = None) -> list[dict]:
    """Agreement entities, optionally only those with a field of cooperation or signed in a year."""
    return _all_events(db, EventFilter(type=["agreement"], year=[str(year)] if year else [],
                                       field=[field] if field else []))


def person(db, name: str) -> list[dict]:
    """For each official called ``name``: dated positions (timeline) and event appearances, one row each."""
    out = []
    for ent in find_people(db, name):
        d = person_detail(db, ent, limit=MAX_LIMIT)
        who = d["name"]["zh"] or d["name"]["en"]
        for r in d["positions"]:
            out.append({"entity": ent, "name": who, "en": d["name"]["en"], "kind": "position", "date": r["published"],
                        "what": r["role"], "detail": r["org_kind"],
                        "region": r["region_en"] or r["region_zh"] or r["region_code"],
                        "title": r["title_en"] or r["title_zh"], "article": r["article"]})
        for ev in d["events"]["items"]:
            for role in ev["roles"]:
                out.append({"entity": ent, "name": who, "en": d["name"]["en"], "kind": "appearance",
                            "date": ev["start"] or ev["sort_date"], "what": ev["type"], "detail": role,
                            "region": _label(ev["destination"]) or _label(ev["origin"]),
                            "title": ev["title"]["en"] or ev["title"]["zh"], "article": ";".join(ev["articles"]),
                            "event": ev["event"]})
    return out


def network(db, *, year: int | None = None, type: str | None = None) -> list[dict]:
    """Pairs of regions taking part in the same event entity, with the number of events (and of each type)."""
    pairs: dict[tuple[str, str], dict] = {}
    for ev in events(db, type=type, year=year):
        names = set(ev["parties"]) | {ev["origin"], ev["destination"]}
        names.discard(None)
        for a, b in combinations(sorted(names), 2):
            row = pairs.setdefault((a, b), {"region_a": a, "region_b": b, "events": 0,
                                            **{t: 0 for t in EVENT_TYPES}})
            row["events"] += 1
            row[ev["type"]] = row.get(ev["type"], 0) + 1
    return sorted(pairs.values(), key=lambda r: (-r["events"], r["region_a"], r["region_b"]))


def summary(db, *, top: int = 5) -> dict:
    """Counts for ``liaison demo``: articles, people, events by type, top regions."""
    s = stats(db)
    tops = db.rows("SELECT region_key, count(DISTINCT event_entity_id) AS n FROM ee_regions WHERE region_key != '' "
                   "GROUP BY region_key ORDER BY n DESC, region_key LIMIT ?", (top,))
    names = region_names(db, [t["region_key"] for t in tops])
    return {"articles": s["articles"], "people": s["people"], "person_mentions": s["person_mentions"],
            "events": s["events"], "event_reports": s["event_reports"], "events_by_type": s["events_by_type"],
            "top_regions": [(_label(names[t["region_key"]]) or t["region_key"], t["n"]) for t in tops],
            "errors": db.scalar("SELECT count(*) FROM errors")}
