"""The data of every view, computed once from the request's query parameters: the HTML page renders it,
its ``/api/...`` twin returns it as JSON, or as CSV with ``format=csv`` (the same filters either way).

Each view reads the store through ``liaison.store.query`` on a read-only connection opened for the
request (:func:`reader`); nothing is cached between requests, so a database that ``liaison ingest`` is
still writing shows its new rows on the next request.
"""
from __future__ import annotations

import csv
import io
import re
from contextlib import contextmanager

from ..store import query
from ..store.query import EventFilter, NotFound, Reader
from . import drawing, params
from .labels import (country_label, date_label, facet_label, field_label, names_label, org_label, role_label,
                     title_label, type_label)
from .records import load_record


@contextmanager
def reader(path):
    r = Reader(path)
    try:
        yield r
    finally:
        r.close()


def region_label(r: dict | None) -> str:
    if not r:
        return ""
    return r.get("en") or r.get("zh") or r.get("code") or r.get("key") or ""


def events_view(db, qp) -> dict:
    f = params.event_filter(qp)
    sort, desc = params.sort(qp, query.SORTS, "date")
    limit, offset = params.paging(qp)
    page = query.events_page(db, f, sort=sort, desc=desc, limit=limit, offset=offset)
    raw = query.event_facets(db, f)
    names = query.region_names(db, [v["value"] for v in raw["province"]])
    for v in raw["province"]:
        v["label"] = region_label(names.get(v["value"]))
    chosen = []
    for name, vals in f.params().items():
        for v in (vals if isinstance(vals, list) else [vals]):
            chosen.append({"name": name, "value": v, "label": _chosen_label(db, name, v),
                           "remove": params.with_params(qp, **{name: [x for x in qp.getlist(name) if x != str(v)]})})
    return {"filter": f.params(), "sort": ("-" if desc else "") + sort, "events": page,
            "facets": _label_facets(raw, qp), "chosen": chosen}


def _chosen_label(db, name, v) -> str:
    if name in ("province", "region"):
        return region_label(query.region_names(db, [v]).get(v))
    if name == "person":
        rows = db.rows("SELECT zh, en FROM entities WHERE entity_id = ?", (v,))
        return names_label(rows[0]) if rows else str(v)
    if name == "country":
        return country_label(v)
    return facet_label(name, v)


def _label_facets(raw: dict, qp) -> list[dict]:
    out = []
    for facet, values in raw.items():
        rows = []
        for v in values:
            label = v.get("label") or (country_label(v["value"]) if facet == "country" else facet_label(facet, v["value"]))
            rows.append({"value": v["value"], "label": label, "count": v["count"], "selected": v["selected"],
                         "href": params.toggle(qp, facet, v["value"])})
        out.append({"name": facet, "values": rows})
    return out


def event_view(db, ee: int, qp) -> dict:
    from . import highlight

    limit, offset = params.paging(qp, 20)
    ev = query.event_detail(db, ee, limit=limit, offset=offset)
    reports = []
    for r in ev.pop("reports"):
        rec = load_record(r.pop("record_json"))
        text = r.pop("text") or ""
        mine = next((e for e in rec.get("events", []) if e.get("id") == r["eid"]), None)
        spans = [s for s in (mine or {}).get("evidence", []) if 0 <= s[0] < s[1] <= len(text)]
        passages = highlight.passages(text, rec, spans, r["published"]) if spans else []
        reports.append({**r, "date_label": date_label(r["date_start"], r["date_end"]), "evidence": spans,
                        "passages": passages})
    ev["reports"] = reports
    return ev


def people_view(db, qp) -> dict:
    f = params.person_filter(qp)
    sort, desc = params.sort(qp, query.PEOPLE_SORTS, "articles", True)
    limit, offset = params.paging(qp)
    page = query.people_page(db, f, sort=sort, desc=desc, limit=limit, offset=offset)
    raw = query.people_facets(db, f)
    names = query.region_names(db, [v["value"] for v in raw["province"]])
    for v in raw["province"]:
        v["label"] = region_label(names.get(v["value"]))
    for v in raw["role"]:
        v["label"] = role_label(v["value"])
    for v in raw["org_kind"]:
        v["label"] = org_label(v["value"])
    return {"filter": f.params(), "sort": ("-" if desc else "") + sort, "people": page,
            "facets": _label_facets(raw, qp)}


def resolve_person(db, key: str) -> int:
    """An official's id from a URL: the id, or a name in any script naming exactly one official."""
    if re.fullmatch(r"\d{1,18}", key or ""):
        if db.scalar("SELECT 1 FROM entities WHERE entity_id = ?", (int(key),)):
            return int(key)
    found = query.find_people(db, key)
    if len(found) == 1:
        return found[0]
    raise NotFound(f"no person {key!r}" if not found else f"{key!r} names {len(found)} people: search for them")


def person_view(db, key: str, qp) -> dict:
    entity = resolve_person(db, key)
    limit, offset = params.paging(qp)
    d = query.person_detail(db, entity, limit=limit, offset=offset)
    for p in d["positions"]:
        region = p["region_en"] or p["region_zh"]
        p["title"] = title_label({"zh": p["title_zh"], "en": p["title_en"]}, p["role"], p["org_kind"], region)
    return d


def regions_view(db, qp) -> dict:
    sort, desc = params.sort(qp, ("events", "name", "code"), "events", True)
    limit, offset = params.paging(qp)
    countries = [c for c in qp.getlist("country") if re.fullmatch(r"[A-Z]{2}", c)]
    page = query.regions_page(db, q=(qp.get("q") or "").strip()[:100] or None, country=countries, sort=sort,
                              desc=desc, limit=limit, offset=offset)
    facets = page.pop("facets")
    for v in facets["country"]:
        v["label"] = country_label(v["value"])
    return {"sort": ("-" if desc else "") + sort, "regions": page, "facets": _label_facets(facets, qp)}


def region_view(db, key: str, qp) -> dict:
    f = params.event_filter(qp)
    sort, desc = params.sort(qp, query.SORTS, "date")
    limit, offset = params.paging(qp)
    d = query.region_detail(db, key, f, limit=limit, offset=offset, sort=sort, desc=desc)
    d["sort"] = ("-" if desc else "") + sort
    f.region = key
    raw = query.event_facets(db, f)
    names = query.region_names(db, [v["value"] for v in raw["province"]])
    for v in raw["province"]:
        v["label"] = region_label(names.get(v["value"]))
    d["facets"] = _label_facets(raw, qp)
    return d


def network_view(db, qp) -> dict:
    f = params.event_filter(qp)
    level = "region" if qp.get("level") == "region" else "province"
    return drawing.build(db, f, level=level)


# ------------------------------------------------------------------ CSV
def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return ";".join(_cell(x) for x in v)
    if isinstance(v, dict):
        if "zh" in v or "en" in v:
            return " ".join(x for x in (v.get("zh"), v.get("en")) if x)
        return region_label(v)
    return str(v)


def event_csv_rows(items: list[dict]) -> list[dict]:
    return [{"event": e["event"], "type": e["type"], "type_label": type_label(e["type"]), "start": e["start"],
             "end": e["end"], "date": date_label(e["start"], e["end"]), "origin": region_label(e["origin"]),
             "destination": region_label(e["destination"]), "parties": [region_label(r) for r in e["parties"]],
             "title_zh": e["title"]["zh"], "title_en": e["title"]["en"],
             "fields": [field_label(x) for x in e["fields"]],
             "people": [f"{names_label(p['name'])} ({', '.join(role_label(r) for r in p['roles'])})"
                        for p in e["people"]], "sources": e["sources"], "articles": e["articles"],
             **({"roles": e["roles"]} if "roles" in e else {})} for e in items]


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    cols = list(dict.fromkeys(k for r in rows for k in r))
    w = csv.writer(buf)
    w.writerow(cols)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in cols])
    return buf.getvalue()


# ------------------------------------------------------------------ articles
def article_list(r, q, limit, offset) -> dict:
    where, p = "", []
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where, p = " WHERE title LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\'", [like, like]
    total = r.scalar(f"SELECT count(*) FROM articles{where}", p)
    items = r.rows(f"SELECT id, url, published, title FROM articles{where} ORDER BY published DESC, id DESC "
                   "LIMIT ? OFFSET ?", [*p, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def article_data(r, article_id: str) -> dict:
    rows = r.rows("SELECT id, url, published, title, text, record_json FROM articles WHERE id = ?", (article_id,))
    if not rows:
        raise NotFound(f"no article {article_id!r}")
    row = rows[0]
    record = load_record(row.pop("record_json"))
    plinks = {x["pid"]: x["entity_id"] for x in r.rows(
        "SELECT pid, entity_id FROM people WHERE article_id = ? AND entity_id IS NOT NULL", (article_id,))}
    elinks = {x["eid"]: x["event_entity_id"] for x in r.rows(
        "SELECT eid, event_entity_id FROM events WHERE article_id = ? AND event_entity_id IS NOT NULL", (article_id,))}
    return {**row, "text": row["text"] or "", "record": record, "person_links": plinks, "event_links": elinks}
