"""Doc → the SPEC.md record, and validation against the project's copy of the schema."""
from __future__ import annotations

import functools
import json
from importlib import resources

from .doc import Doc, Event, Person

SCHEMA_VERSION = "1"


def region_dict(region) -> dict | None:
    if region is None:
        return None
    if isinstance(region, dict):
        return region
    return region.to_dict()


def person_dict(doc: Doc, p: Person) -> dict:
    positions = []
    for pos in p.positions:
        positions.append({
            "role": pos.role,
            "org_kind": pos.org_kind,
            "region": region_dict(pos.region),
            "title": {"zh": pos.title_zh, "en": pos.title_en},
        })
    return {
        "id": p.id,
        "name": {"zh": p.zh, "en": p.en},
        "positions": positions,
        "mentions": [list(doc.raw_span(s, e)) for s, e in sorted(set(p.mentions))],
    }


def event_dict(doc: Doc, e: Event) -> dict:
    out = {
        "id": e.id,
        "type": e.type,
        "date": {"start": e.start, "end": e.end if e.end else e.start},
        "origin": region_dict(e.origin),
        "destination": region_dict(e.destination),
        # a side that could not be resolved is left out (the schema holds regions only); origin may be null
        "parties": [region_dict(r) for r in e.parties if r is not None],
        "participants": [{"person": x.person, "role": x.role} for x in e.participants],
        "title": ({"zh": e.title_zh, "en": e.title_en} if (e.title_zh or e.title_en) else None),
        "fields": list(dict.fromkeys(e.fields)),
        "sites": list(e.sites),
        "evidence": [list(doc.raw_span(s, t)) for s, t in sorted(set(e.evidence))],
    }
    if e.part_of:
        out["part_of"] = e.part_of
    return out


def to_record(doc: Doc) -> dict:
    """The record of SPEC.md for one analysed document."""
    meta = doc.meta
    rec = {
        "schema_version": SCHEMA_VERSION,
        "doc": {
            "id": str(meta.get("id") or ""),
            "url": meta.get("url"),
            "published": meta.get("published"),
            "title": meta.get("title"),
            "languages": dict(doc.languages),
        },
        "people": [person_dict(doc, p) for p in doc.people],
        "events": [event_dict(doc, e) for e in doc.events],
        "flags": [_flag(doc, f) for f in doc.flags],
    }
    if doc.ties:
        rec["ties"] = [{"kind": t["kind"], "regions": [region_dict(r) for r in t["regions"]],
                        "evidence": [list(doc.raw_span(s, e)) for s, e in t.get("evidence", [])]}
                       for t in doc.ties]
    return rec


def _flag(doc: Doc, f: dict) -> dict:
    out = dict(f)
    if "span" in out and out["span"] is not None:
        out["span"] = list(doc.raw_span(*out["span"]))
    return out


@functools.lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("liaison").joinpath("schema/document.schema.json").read_text("utf-8"))


@functools.lru_cache(maxsize=1)
def _validator():
    """The schema's validator, checked and built once (``jsonschema.validate`` redoes both on every call)."""
    import jsonschema

    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


def validate(record: dict) -> None:
    """Raise ``jsonschema.ValidationError`` when the record breaks the schema (as ``jsonschema.validate``)."""
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(record))
    if error is not None:
        raise error
