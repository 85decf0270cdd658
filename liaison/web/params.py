"""Query parameters of the browse pages: filters that combine in the URL, sorting, pages, and the links
built from them (facet toggles, sort headers, pager, the JSON and CSV twins with the same filters).

Datasette's conventions, kept small: a filter repeats its key for OR (``?type=visit&type=meeting``),
different keys AND together, ``sort=-date`` sorts descending, ``limit``/``offset`` page, and
``format=json|csv`` on an ``/api/...`` URL gives the same view as data.
"""
from __future__ import annotations

import re
from urllib.parse import urlencode

from ..eventtypes import FIELD_NAMES, ROLE_NAMES, TYPE_NAMES
from ..store.query import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, EventFilter, PersonFilter
from .labels import ORG_KINDS, POSITION_ROLES

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
YEAR = re.compile(r"^\d{4}$")
PROVINCE = re.compile(r"^(\d{2}0000|name:.{1,100})$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


def _many(qp, name: str, ok) -> list[str]:
    return list(dict.fromkeys(v for v in qp.getlist(name) if v and ok(v)))[:20]


def _int(value, default: int | None) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def event_filter(qp) -> EventFilter:
    """The resolved-events filter in a request's query parameters; values that cannot be right are
    dropped (an HTML page never fails on a hand-edited URL; the API validates the same names)."""
    person = _int(qp.get("person"), None)
    return EventFilter(
        type=_many(qp, "type", lambda v: v in TYPE_NAMES), year=_many(qp, "year", YEAR.match),
        province=_many(qp, "province", PROVINCE.match), region=(qp.get("region") or None),
        country=_many(qp, "country", COUNTRY.match), field=_many(qp, "field", lambda v: v in FIELD_NAMES),
        person=person, role=_many(qp, "role", lambda v: v in ROLE_NAMES),
        q=(qp.get("q") or "").replace("\x00", "").strip()[:100] or None,
        date_from=qp.get("date_from") if DATE.match(qp.get("date_from") or "") else None,
        date_to=qp.get("date_to") if DATE.match(qp.get("date_to") or "") else None,
        article=(qp.get("article") or None))


def person_filter(qp) -> PersonFilter:
    return PersonFilter(q=(qp.get("q") or "").replace("\x00", "").strip()[:100] or None,
                        role=_many(qp, "role", lambda v: v in POSITION_ROLES),
                        org_kind=_many(qp, "org_kind", lambda v: v in ORG_KINDS),
                        province=_many(qp, "province", PROVINCE.match))


def sort(qp, allowed, default: str, default_desc: bool = False) -> tuple[str, bool]:
    raw = qp.get("sort") or ""
    desc = raw.startswith("-")
    name = raw.lstrip("-")
    if name not in allowed:
        return default, default_desc
    return name, desc


def paging(qp, default: int = DEFAULT_LIMIT) -> tuple[int, int]:
    limit = _int(qp.get("limit"), default) or default
    return max(1, min(limit, MAX_LIMIT)), min(MAX_OFFSET, max(0, _int(qp.get("offset"), 0) or 0))


def items(qp) -> list[tuple[str, str]]:
    return [(k, v) for k, v in qp.multi_items() if k != "format"]


def with_params(qp, **changes) -> str:
    """``?…`` with ``changes`` applied (None removes a key; a list replaces all its values); a change of
    filter or sort goes back to the first page."""
    keep = [(k, v) for k, v in items(qp) if k not in changes and not (k == "offset" and "offset" not in changes)]
    for k, v in changes.items():
        if v is None:
            continue
        for x in (v if isinstance(v, list) else [v]):
            keep.append((k, str(x)))
    return "?" + urlencode(keep)


def toggle(qp, name: str, value) -> str:
    """The URL that adds ``name=value`` to the filters, or removes it when it is there."""
    current = qp.getlist(name)
    value = str(value)
    new = [v for v in current if v != value] if value in current else [*current, value]
    return with_params(qp, **{name: new})


def sort_link(qp, name: str, current: str, desc: bool) -> str:
    return with_params(qp, sort=("-" if current == name and not desc else "") + name)


def twins(path_api: str, qp) -> dict[str, str]:
    """The JSON and CSV links of a view, with its filters."""
    base = [(k, v) for k, v in items(qp)]
    return {"json": path_api + ("?" + urlencode(base) if base else ""),
            "csv": path_api + "?" + urlencode([*base, ("format", "csv")])}


def pager(qp, total: int, limit: int, offset: int) -> dict:
    out = {"first": offset + 1 if total else 0, "last": min(offset + limit, total), "total": total}
    if offset > 0:
        out["prev"] = with_params(qp, offset=max(0, offset - limit))
    if offset + limit < total:
        out["next"] = with_params(qp, offset=offset + limit)
    return out
