"""The REST API: every page's view as JSON under ``/api`` (or CSV with ``format=csv``), with the same
filters as the page's URL. Parameters are validated here (a bad one is a 422 naming it); the views read
them from the query string exactly as the pages do."""
from __future__ import annotations

import re
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field, field_validator

from ..eventtypes import FIELD_NAMES, ROLE_NAMES, TYPE_NAMES
from ..store import query
from . import params, views
from .labels import ORG_KINDS, POSITION_ROLES
from .limits import MAX_EXTRACT_CHARS
from .records import clean_surrogates

router = APIRouter(prefix="/api", tags=["api"])

EventType = Literal[TYPE_NAMES]
FieldName = Literal[FIELD_NAMES]
RoleName = Literal[ROLE_NAMES]
PositionRole = Literal[tuple(POSITION_ROLES)]
OrgKind = Literal[tuple(ORG_KINDS)]
Format = Literal["json", "csv"]
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def limit_query():
    return Query(query.DEFAULT_LIMIT, ge=1, le=query.MAX_LIMIT, description="page size")


def offset_query():
    return Query(0, ge=0, le=query.MAX_OFFSET, description="items to skip")


def format_query():
    return Query("json", description="json, or csv for the same rows as a table")


def event_params(type: list[EventType] = Query([], description="event type (repeat for any of several)"),
                 year: list[str] = Query([], description="YYYY (repeatable)"),
                 province: list[str] = Query([], description="province key: 220000 (its cities and counties "
                                             "count), or a foreign region's key (name:Ha Giang)"),
                 region: str | None = Query(None, max_length=120, description="a region key (from /api/regions); "
                                            "the regions inside it count"),
                 country: list[str] = Query([], description="ISO 3166-1 alpha-2"),
                 field: list[FieldName] = Query([], description="field of cooperation"),
                 person: int | None = Query(None, ge=0, description="an official's id (from /api/people)"),
                 role: list[RoleName] = Query([], description="a participant's role"),
                 q: str | None = Query(None, max_length=100, description="in an event's title"),
                 date_from: str | None = Query(None, pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD"),
                 date_to: str | None = Query(None, pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD"),
                 article: str | None = Query(None, max_length=300, description="reported by this article"),
                 sort: str | None = Query(None, pattern=r"^-?(date|type|sources|title)$",
                                          description="date, type, sources or title; '-' first for descending")):
    for y in year:
        if not re.fullmatch(r"\d{4}", y):
            raise HTTPException(422, f"year: {y!r} is not YYYY")
    for p in province:
        if not params.PROVINCE.match(p):
            raise HTTPException(422, f"province: {p[:40]!r} is not a province key (220000, name:...)")
    for c in country:
        if not re.fullmatch(r"[A-Z]{2}", c):
            raise HTTPException(422, f"country: {c!r} is not an ISO 3166-1 alpha-2 code")


def reply(data, fmt: str, rows=None, name: str = "liaison"):
    if fmt == "csv":
        return Response(views.to_csv(rows if rows is not None else []), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return data


@router.get("/stats", summary="Counts of articles, resolved events, officials and regions")
def stats(request: Request) -> dict:
    with views.reader(request.app.state.db) as r:
        return query.stats(r)


@router.get("/articles", summary="Articles, newest first")
def articles(request: Request, q: str | None = Query(None, max_length=200, description="in title or id"),
             limit: int = limit_query(), offset: int = offset_query(), format: Format = format_query()):
    with views.reader(request.app.state.db) as r:
        data = views.article_list(r, (q or "").replace("\x00", "") or None, limit, offset)
    return reply(data, format, data["items"], "articles")


@router.get("/article/{article_id:path}", summary="One article: text and its own record")
def article(request: Request, article_id: str) -> dict:
    with views.reader(request.app.state.db) as r:
        a = views.article_data(r, article_id)
    return {k: a[k] for k in ("id", "url", "published", "title", "text", "record")} | {
        "resolved": {"people": a["person_links"], "events": a["event_links"]}}


@router.get("/events", summary="Resolved events with facet counts; filters combine")
def events(request: Request, _: None = Depends(event_params), limit: int = limit_query(),
           offset: int = offset_query(), format: Format = format_query()):
    with views.reader(request.app.state.db) as r:
        v = views.events_view(r, request.query_params)
    return reply(v, format, views.event_csv_rows(v["events"]["items"]), "events")


@router.get("/event/{ee}", summary="One resolved event: participants merged, every report with its evidence")
def event(request: Request, ee: str, limit: int = Query(20, ge=1, le=query.MAX_LIMIT, description="reports "
                                                        "per page"), offset: int = offset_query(),
          format: Format = format_query()):
    if not re.fullmatch(r"\d{1,18}", ee):
        raise query.NotFound(f"no event {ee!r}")
    with views.reader(request.app.state.db) as r:
        v = views.event_view(r, int(ee), request.query_params)
    rows = [{"article": x["article_id"], "event_id": x["eid"], "title": x["title"], "published": x["published"],
             "url": x["url"], "date": x["date_label"], "evidence": [f"{s}-{e}" for s, e in x["evidence"]]}
            for x in v["reports"]]
    if format == "json":
        for x in v["reports"]:
            x["passages"] = ["".join(p.text for p in ps) for ps in x["passages"]]
    return reply(v, format, rows, f"event-{ee}")


@router.get("/people", summary="Resolved officials, most reported first, with facet counts")
def people(request: Request, q: str | None = Query(None, max_length=100, description="a name in any script"),
           role: list[PositionRole] = Query([]), org_kind: list[OrgKind] = Query([]),
           province: list[str] = Query([], max_length=120),
           sort: str | None = Query(None, pattern=r"^-?(articles|events|name)$"),
           limit: int = limit_query(), offset: int = offset_query(), format: Format = format_query()):
    with views.reader(request.app.state.db) as r:
        v = views.people_view(r, request.query_params)
    rows = [{"entity": p["entity"], "zh": p["name"]["zh"], "en": p["name"]["en"], "articles": p["articles"],
             "events": p["events"]} for p in v["people"]["items"]]
    return reply(v, format, rows, "people")


@router.get("/person/{key:path}", summary="One official: names, positions over time, a page of their events")
def person(request: Request, key: str, limit: int = limit_query(), offset: int = offset_query(),
           format: Format = format_query()):
    with views.reader(request.app.state.db) as r:
        p = views.person_view(r, key, request.query_params)
    return reply(p, format, views.event_csv_rows(p["events"]["items"]), f"person-{p['entity']}")


@router.get("/regions", summary="Regions, most active first")
def regions(request: Request, q: str | None = Query(None, max_length=100), country: list[str] = Query([]),
            sort: str | None = Query(None, pattern=r"^-?(events|name|code)$"), limit: int = limit_query(),
            offset: int = offset_query(), format: Format = format_query()):
    with views.reader(request.app.state.db) as r:
        v = views.regions_view(r, request.query_params)
    return reply(v, format, v["regions"]["items"], "regions")


@router.get("/region/{key:path}", summary="One region (with the regions inside it): events, partners, officials")
def region(request: Request, key: str, _: None = Depends(event_params), limit: int = limit_query(),
           offset: int = offset_query(), format: Format = format_query()):
    with views.reader(request.app.state.db) as r:
        d = views.region_view(r, key, request.query_params)
    return reply(d, format, views.event_csv_rows(d["events"]["items"]), "region")


@router.get("/network", summary="Regions as nodes, resolved events between them as weighted edges")
def network(request: Request, _: None = Depends(event_params),
            level: Literal["province", "region"] = Query("province", description="roll cities up to provinces"),
            format: Format = format_query()):
    with views.reader(request.app.state.db) as r:
        net = views.network_view(r, request.query_params)
    from .drawing import coordinates

    coords = coordinates()
    for n in net["nodes"]:
        n["lat"], n["lon"] = coords.get(n["key"], (None, None))
    rows = [{**e, "fields": [f"{k} {v}" for k, v in e["fields"].items()]} for e in net["edges"]]
    return reply(net, format, rows, "network")


@router.get("/search", summary="Regions, officials, agreements and articles matching the words")
def search(request: Request, q: str = Query(..., min_length=1, max_length=200), limit: int = limit_query(),
           offset: int = offset_query(), format: Format = format_query()):
    with views.reader(request.app.state.db) as r:
        res = query.search(r, q, limit=limit, offset=offset)
    rows = ([{"kind": "region", "id": x["key"], "zh": x["zh"], "en": x["en"]} for x in res["regions"]]
            + [{"kind": "person", "id": x["entity"], "zh": x["name"]["zh"], "en": x["name"]["en"]}
               for x in res["people"]]
            + [{"kind": "agreement", "id": x["event"], "zh": x["title"]["zh"], "en": x["title"]["en"]}
               for x in res["agreements"]["items"]]
            + [{"kind": "article", "id": x["id"], "zh": None, "en": x["title"]} for x in res["articles"]["items"]])
    return reply(res, format, rows, "search")


class ExtractIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_EXTRACT_CHARS)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = Field(None, max_length=500)

    @field_validator("text", "published", "title", mode="before")
    @classmethod
    def no_lone_surrogates(cls, value):
        # JSON may carry "\ud800" escapes; such a string cannot be encoded as UTF-8 (in the
        # response or anywhere else), so it becomes U+FFFD, keeping offsets (as the readers do)
        return clean_surrogates(value) if isinstance(value, str) else value


@router.post("/extract", summary="Extract the record of a pasted article (not stored)")
async def extract(body: ExtractIn) -> dict:
    import liaison

    try:
        return await run_in_threadpool(liaison.extract, body.text, published=body.published, title=body.title)
    except Exception as exc:  # noqa: BLE001 - a failed extraction is the server's fault, said plainly
        raise HTTPException(500, f"extraction failed ({exc.__class__.__name__}: {exc})") from None

