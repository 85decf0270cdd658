"""An article's own record as the article and extract pages show it.

Everything else the web shows comes from SQL over the resolved store
(``liaison.store.query``); only an article's page reads its ``record_json``,
one row at a time. A database may be hand-edited, old or corrupt, so a
record is read into the schema's shape first (:func:`load_record`).
"""
from __future__ import annotations

import json
import re

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
