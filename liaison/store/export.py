"""Export the knowledge base: jsonl, csv, parquet, graphml, plover.

- ``jsonl``: one SPEC.md record per article (as stored), plus a ``store`` key
  mapping its person and event ids to resolved entity ids.
- ``csv``: one row per reported event (article, event, resolved event id,
  type, dates, places, parties, fields, title, participants with their roles).
- ``parquet``: the articles table (id, url, published, title, text,
  content_hash, record_json) — what ``liaison load`` reads back. Needs pyarrow.
- ``graphml``: regions and resolved people as nodes; an edge per event entity
  between the regions it joins, and from each person to the regions of their
  positions.
- ``plover``: one JSON line per event entity (two for a visit: the visiting
  and the hosting side) coded in PLOVER and CAMEO, see ``CROSSWALK``.

Every export returns an ``Exported``: the number of **events** written and the
number of articles (records) they come from — the same meaning whatever the
format, although the lines of the files differ (a CSV row per article's report
of an event, two PLOVER lines for a visit, GraphML edges). An event is a
resolved event (an event entity, however many articles report it); an event
that was never resolved (``ingest --no-resolve``) counts once per report.
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from typing import IO, Iterator

from .db import Store
from .query import events as query_events

FORMATS = ("jsonl", "csv", "parquet", "graphml", "plover")

# liaison event type → (PLOVER event type, PLOVER mode, CAMEO code, CAMEO label). Cooperative codes only:
# nothing here is ever ACCUSE or CAMEO 09x (investigate); see docs/store.md.
CROSSWALK = {
    "visit": ("CONSULT", "visit", "042", "Make a visit"),
    "visit_host": ("CONSULT", "visit", "043", "Host a visit"),
    "meeting": ("CONSULT", "meet", "040", "Consult, not specified below"),
    "agreement": ("AGREE", None, "057", "Sign formal agreement"),
    "inspection": ("CONSULT", "visit", "042", "Make a visit"),
}


@dataclass
class Exported:
    """What an export wrote: ``events`` (resolved events) from ``records`` articles, for every format."""

    event_keys: set = field(default_factory=set)
    article_ids: set = field(default_factory=set)

    @property
    def events(self) -> int:
        return len(self.event_keys)

    @property
    def records(self) -> int:
        return len(self.article_ids)

    def add(self, article_id, eid=None, entity_id=None) -> None:
        """Count ``article_id``, and its event ``eid`` (as its entity when resolved)."""
        self.article_ids.add(article_id)
        if eid is not None or entity_id is not None:
            self.event_keys.add(entity_id if entity_id is not None else (article_id, eid))

    def __str__(self) -> str:
        return (f"{self.events} event{'s' * (self.events != 1)} from {self.records} "
                f"article{'s' * (self.records != 1)}")


def export(store: Store, fmt: str, out: IO[str] | None = None, *, path: str | None = None) -> Exported:
    """Write the store in ``fmt`` to ``out`` (or ``path`` for parquet); return what was written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not path:
            raise ValueError("parquet needs an output file: -o FILE.parquet")
        return export_parquet(store, path)
    out = out or sys.stdout
    return {"jsonl": export_jsonl, "csv": export_csv, "graphml": export_graphml, "plover": export_plover}[fmt](store, out)


# ------------------------------------------------------------------ jsonl / csv
def export_jsonl(store: Store, out: IO[str]) -> Exported:
    done = Exported()
    for (aid, raw) in store.conn.execute("SELECT id, record_json FROM articles ORDER BY id"):
        rec = json.loads(raw)
        events = store.rows("SELECT eid, event_entity_id FROM events WHERE article_id = ?", (aid,))
        rec["store"] = {
            "article_id": aid,
            "entities": {r["pid"]: r["entity_id"] for r in store.rows(
                "SELECT pid, entity_id FROM people WHERE article_id = ?", (aid,))},
            "event_entities": {r["eid"]: r["event_entity_id"] for r in events},
        }
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        done.add(aid)
        for r in events:
            done.add(aid, r["eid"], r["event_entity_id"])
    return done


CSV_COLUMNS = ("article_id", "eid", "event_entity_id", "type", "date_start", "date_end", "origin_code", "origin",
               "destination_code", "destination", "parties", "fields", "title_zh", "title_en", "published",
               "participants")


def _participants(store: Store, article_id: str, eid: str) -> str:
    """``name (role)`` for each participant of a reported event, in the record's order, joined by ';'."""
    rows = store.rows("SELECT coalesce(pe.zh, pe.en, pa.pid) AS name, pa.role FROM participants pa LEFT JOIN people pe "
                      "ON pe.article_id = pa.article_id AND pe.pid = pa.pid WHERE pa.article_id = ? AND pa.eid = ? "
                      "ORDER BY pa.rowid", (article_id, eid))
    return ";".join(f"{r['name']} ({r['role']})" if r["role"] else r["name"] for r in rows)


def export_csv(store: Store, out: IO[str]) -> Exported:
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    done = Exported()
    for e in store.rows("SELECT e.*, a.published FROM events e JOIN articles a ON a.id = e.article_id "
                        "ORDER BY e.article_id, e.eid"):
        parties = [r["n"] for r in store.rows("SELECT coalesce(en, zh, code) AS n FROM event_parties WHERE "
                                              "article_id = ? AND eid = ?", (e["article_id"], e["eid"]))]
        fields = [r["field"] for r in store.rows("SELECT field FROM event_fields WHERE article_id = ? AND eid = ?",
                                                 (e["article_id"], e["eid"]))]
        w.writerow([e["article_id"], e["eid"], e["event_entity_id"], e["type"], e["date_start"], e["date_end"],
                    e["origin_code"], e["origin_en"] or e["origin_zh"], e["destination_code"],
                    e["destination_en"] or e["destination_zh"], ";".join(p for p in parties if p), ";".join(fields),
                    e["title_zh"], e["title_en"], e["published"], _participants(store, e["article_id"], e["eid"])])
        done.add(e["article_id"], e["eid"], e["event_entity_id"])
    return done


# ------------------------------------------------------------------ parquet
PARQUET_COLUMNS = ("id", "url", "published", "title", "text", "content_hash", "record_json")


def export_parquet(store: Store, path: str, *, batch: int = 1000) -> Exported:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ValueError("parquet export needs pyarrow: pip install 'liaison[parquet]'") from None
    schema = pa.schema([(c, pa.string()) for c in PARQUET_COLUMNS])
    done = Exported()
    with pq.ParquetWriter(path, schema) as writer:
        cur = store.conn.execute(f"SELECT {', '.join(PARQUET_COLUMNS)} FROM articles ORDER BY id")
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                break
            writer.write_table(pa.table({c: [r[i] for r in rows] for i, c in enumerate(PARQUET_COLUMNS)},
                                        schema=schema))
            done.article_ids.update(r[0] for r in rows)
    for r in store.rows("SELECT article_id, eid, event_entity_id FROM events"):
        done.add(r["article_id"], r["eid"], r["event_entity_id"])
    return done


# ------------------------------------------------------------------ graphml
def export_graphml(store: Store, out: IO[str]) -> Exported:
    import xml.etree.ElementTree as ET

    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    keys = [("label", "node", "string"), ("kind", "node", "string"), ("country", "node", "string"),
            ("type", "edge", "string"), ("date", "edge", "string"), ("event", "edge", "int"),
            ("sources", "edge", "int"), ("title", "edge", "string")]
    for name, dom, typ in keys:
        ET.SubElement(root, "key", {"id": name, "for": dom, "attr.name": name, "attr.type": typ})
    g = ET.SubElement(root, "graph", id="liaison", edgedefault="directed")

    def data(el, k, v):
        if v is not None:
            ET.SubElement(el, "data", key=k).text = str(v)

    nodes: dict[str, str] = {}

    def node(nid: str, label: str, kind: str, country: str | None = None) -> str:
        if nid not in nodes:
            nodes[nid] = nid
            el = ET.SubElement(g, "node", id=nid)
            data(el, "label", label), data(el, "kind", kind), data(el, "country", country)
        return nid

    region_by_name = {}
    for r in store.rows("SELECT * FROM regions ORDER BY key"):
        label = r["en"] or r["zh"] or r["code"]
        region_by_name[label] = node(f"r:{r['key']}", label, "region", r["country"])
    n = 0
    done = Exported()
    for ev in query_events(store):
        regions = [region_by_name.get(x) for x in [ev["origin"], ev["destination"], *ev["parties"]]]
        regions = list(dict.fromkeys(r for r in regions if r))
        if ev["origin"] and ev["destination"] and ev["origin"] != ev["destination"]:
            pairs = [(region_by_name.get(ev["origin"]), region_by_name.get(ev["destination"]))]
        else:
            pairs = [(a, b) for i, a in enumerate(regions) for b in regions[i + 1:]]
        for a, b in pairs:
            if not a or not b:
                continue
            el = ET.SubElement(g, "edge", id=f"e{n}", source=a, target=b)
            for k in ("type", "title", "sources"):
                data(el, k, ev[k])
            data(el, "date", ev["start"]), data(el, "event", ev["event"])
            n += 1
            done.event_keys.add(ev["event"])
            done.article_ids.update(ev["articles"])
    for p in store.rows("SELECT e.entity_id, e.zh, e.en, coalesce(po.region_code, 'name:' || "
                        "coalesce(po.region_en, po.region_zh)) AS rkey, po.role, group_concat(po.article_id, char(31)) "
                        "AS articles FROM entities e JOIN people pe ON pe.entity_id = e.entity_id JOIN positions po "
                        "ON po.article_id = pe.article_id AND po.pid = pe.pid GROUP BY e.entity_id, rkey, po.role "
                        "ORDER BY e.entity_id, rkey, po.role"):
        pn = node(f"p:{p['entity_id']}", p["zh"] or p["en"], "person")
        if p["rkey"] and f"r:{p['rkey']}" in nodes:
            el = ET.SubElement(g, "edge", id=f"e{n}", source=pn, target=f"r:{p['rkey']}")
            data(el, "type", f"position:{p['role']}")
            n += 1
            done.article_ids.update(p["articles"].split("\x1f"))
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode") + "\n")
    return done


# ------------------------------------------------------------------ plover
def plover_rows(store: Store) -> Iterator[dict]:
    """PLOVER/CAMEO-coded rows, one per event entity and side (see ``CROSSWALK``)."""
    for ev in query_events(store):
        if ev["type"] not in CROSSWALK:
            continue
        sides = [ev["type"]] + (["visit_host"] if ev["type"] == "visit" else [])
        for side in sides:
            plover, mode, cameo, label = CROSSWALK[side]
            if ev["type"] in ("visit", "inspection"):
                actor, recipient = ev["origin"], ev["destination"]
                if side == "visit_host":
                    actor, recipient = recipient, actor
                recipients = [recipient] if recipient else []
            else:
                parties = ev["parties"] or [x for x in (ev["origin"], ev["destination"]) if x]
                actor, recipients = (parties[0], parties[1:]) if parties else (None, [])
            yield {"event_id": f"liaison-{ev['event']}" + ("-host" if side == "visit_host" else ""),
                   "event_date": ev["start"], "event_end": ev["end"], "liaison_type": ev["type"],
                   "event_type": plover, "mode": mode, "cameo": cameo, "cameo_label": label,
                   "actor": actor, "recipient": recipients, "title": ev["title"], "fields": ev["fields"],
                   "sources": ev["articles"]}


def export_plover(store: Store, out: IO[str]) -> Exported:
    done = Exported()
    for row in plover_rows(store):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        done.event_keys.add(row["event_id"].removesuffix("-host"))
        done.article_ids.update(row["sources"])
    return done
