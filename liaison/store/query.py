"""Questions to the knowledge base; every function returns a list of flat dicts (rows).

``events`` and ``agreements`` list resolved event entities (one row per real
event, with the number of articles reporting it); ``person`` gives an
official's dated positions and appearances; ``network`` counts events per
pair of regions.
"""
from __future__ import annotations

from itertools import combinations

from .db import Store
from .resolve import name_key

_E_KEY = "coalesce({p}_code, 'name:' || coalesce({p}_en, {p}_zh))"


def region_keys(store: Store, name: str) -> list[str]:
    """Keys of the regions a user's string names: code, Chinese or English name, or a prefix of the Chinese."""
    rows = store.rows("SELECT key FROM regions WHERE key = ? OR code = ? OR zh = ? OR lower(en) = lower(?) "
                      "OR (length(?) >= 2 AND zh LIKE ? || '%')", (name, name, name, name, name, name))
    return [r["key"] for r in rows] or [name]


def _label(zh, en, code=None) -> str | None:
    if not (zh or en or code):
        return None
    return en or zh or code


def _entity_rows(store: Store, ids: list[int]) -> list[dict]:
    out = []
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ",".join("?" * len(part))
        ents = store.rows(f"SELECT * FROM event_entities WHERE event_entity_id IN ({marks}) "
                          "ORDER BY coalesce(date_start, ''), event_entity_id", part)
        srcs: dict[int, list[str]] = {}
        for r in store.rows(f"SELECT event_entity_id, article_id FROM sources WHERE event_entity_id IN ({marks}) "
                            "ORDER BY article_id", part):
            srcs.setdefault(r["event_entity_id"], []).append(r["article_id"])
        parties: dict[int, list[str]] = {}
        fields: dict[int, list[str]] = {}
        for r in store.rows(f"SELECT DISTINCT s.event_entity_id, coalesce(ep.en, ep.zh, ep.code) AS name FROM sources s "
                            f"JOIN event_parties ep ON ep.article_id = s.article_id AND ep.eid = s.eid "
                            f"WHERE s.event_entity_id IN ({marks})", part):
            parties.setdefault(r["event_entity_id"], []).append(r["name"])
        for r in store.rows(f"SELECT DISTINCT s.event_entity_id, f.field FROM sources s JOIN event_fields f "
                            f"ON f.article_id = s.article_id AND f.eid = s.eid WHERE s.event_entity_id IN ({marks}) "
                            "ORDER BY f.field", part):
            fields.setdefault(r["event_entity_id"], []).append(r["field"])
        for e in ents:
            ee = e["event_entity_id"]
            out.append({
                "event": ee, "type": e["type"], "start": e["date_start"], "end": e["date_end"],
                "origin": _label(e["origin_zh"], e["origin_en"], e["origin_code"]),
                "destination": _label(e["destination_zh"], e["destination_en"], e["destination_code"]),
                "parties": sorted({p for p in parties.get(ee, []) if p is not None}),  # a nameless party: left out
                "title": e["title_en"] or e["title_zh"],
                "fields": fields.get(ee, []),
                "sources": len(srcs.get(ee, [])),
                "articles": srcs.get(ee, []),
            })
    out.sort(key=lambda r: (r["start"] or "", r["event"]))
    return out


def events(store: Store, region: str | None = None, *, type: str | None = None, year: int | None = None) -> list[dict]:
    """Event entities involving ``region`` (origin, destination or party), optionally by type and year."""
    where, params = [], []
    if region:
        keys = region_keys(store, region)
        marks = ",".join("?" * len(keys))
        where.append(f"(({_E_KEY.format(p='e.origin')}) IN ({marks}) OR ({_E_KEY.format(p='e.destination')}) "
                     f"IN ({marks}) OR EXISTS (SELECT 1 FROM event_parties ep WHERE ep.article_id = e.article_id "
                     f"AND ep.eid = e.eid AND ep.region_key IN ({marks})))")
        params += keys * 3
    if type:
        where.append("e.type = ?")
        params.append(type)
    if year:
        where.append("(ee.date_start LIKE ? OR (ee.date_start IS NULL AND a.published LIKE ?))")
        params += [f"{year}%", f"{year}%"]
    sql = ("SELECT DISTINCT ee.event_entity_id FROM events e JOIN event_entities ee ON ee.event_entity_id = "
           "e.event_entity_id JOIN articles a ON a.id = e.article_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return _entity_rows(store, [r["event_entity_id"] for r in store.rows(sql, params)])


def agreements(store: Store, *, field: str | None = None, year: int | None = None) -> list[dict]:
    """Agreement entities, optionally only those with a field of cooperation or signed in a year."""
    rows = events(store, type="agreement", year=year)
    if field:
        rows = [r for r in rows if field in r["fields"]]
    return rows


def find_people(store: Store, name: str) -> list[dict]:
    key = name_key(None, name) if name.isascii() else name_key(name, None)
    return store.rows("SELECT * FROM entities WHERE zh = ? OR lower(en) = lower(?) OR key = ? ORDER BY entity_id",
                      (name, name, key))


def person(store: Store, name: str) -> list[dict]:
    """For each official called ``name``: dated positions (timeline) and event appearances, one row each."""
    out = []
    for ent in find_people(store, name):
        who = ent["zh"] or ent["en"]
        for r in store.rows(
                "SELECT a.published, po.article_id, po.role, po.org_kind, coalesce(po.region_en, po.region_zh, "
                "po.region_code) AS region, coalesce(po.title_en, po.title_zh) AS title FROM positions po JOIN people pe "
                "ON pe.article_id = po.article_id AND pe.pid = po.pid JOIN articles a ON a.id = po.article_id "
                "WHERE pe.entity_id = ? ORDER BY coalesce(a.published, ''), po.article_id", (ent["entity_id"],)):
            out.append({"entity": ent["entity_id"], "name": who, "en": ent["en"], "kind": "position",
                        "date": r["published"], "what": r["role"], "detail": r["org_kind"], "region": r["region"],
                        "title": r["title"], "article": r["article_id"]})
        for r in store.rows(
                "SELECT e.event_entity_id, e.type, coalesce(e.date_start, a.published) AS date, pa.role, e.article_id, "
                "coalesce(e.destination_en, e.destination_zh, e.origin_en, e.origin_zh) AS region, "
                "coalesce(e.title_en, e.title_zh) AS title FROM participants pa JOIN people pe ON "
                "pe.article_id = pa.article_id AND pe.pid = pa.pid JOIN events e ON e.article_id = pa.article_id "
                "AND e.eid = pa.eid JOIN articles a ON a.id = e.article_id WHERE pe.entity_id = ? "
                "ORDER BY coalesce(e.date_start, a.published, ''), e.article_id", (ent["entity_id"],)):
            out.append({"entity": ent["entity_id"], "name": who, "en": ent["en"], "kind": "appearance",
                        "date": r["date"], "what": r["type"], "detail": r["role"], "region": r["region"],
                        "title": r["title"], "article": r["article_id"], "event": r["event_entity_id"]})
    return out


def network(store: Store, *, year: int | None = None, type: str | None = None) -> list[dict]:
    """Pairs of regions taking part in the same event entity, with the number of events (and of each type)."""
    pairs: dict[tuple[str, str], dict] = {}
    for ev in events(store, type=type, year=year):
        names = set(ev["parties"]) | {ev["origin"], ev["destination"]}
        names.discard(None)
        for a, b in combinations(sorted(names), 2):
            row = pairs.setdefault((a, b), {"region_a": a, "region_b": b, "events": 0, "visit": 0, "meeting": 0,
                                            "agreement": 0, "inspection": 0})
            row["events"] += 1
            if ev["type"] in row:
                row[ev["type"]] += 1
    return sorted(pairs.values(), key=lambda r: (-r["events"], r["region_a"], r["region_b"]))


def summary(store: Store, *, top: int = 5) -> dict:
    """Counts for ``liaison demo``: articles, people, events by type, top regions."""
    by_type = {r["type"]: r["n"] for r in store.rows(
        "SELECT type, count(*) AS n FROM event_entities GROUP BY type ORDER BY type")}
    regions: dict[str, int] = {}
    for ev in events(store):
        for name in set(ev["parties"]) | {ev["origin"], ev["destination"]}:
            if name:
                regions[name] = regions.get(name, 0) + 1
    return {
        "articles": store.scalar("SELECT count(*) FROM articles"),
        "people": store.scalar("SELECT count(*) FROM entities"),
        "person_mentions": store.scalar("SELECT count(*) FROM people"),
        "events": store.scalar("SELECT count(*) FROM event_entities"),
        "event_reports": store.scalar("SELECT count(*) FROM events"),
        "events_by_type": by_type,
        "top_regions": sorted(regions.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
        "errors": store.scalar("SELECT count(*) FROM errors"),
    }
