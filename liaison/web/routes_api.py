"""The REST API: every page's data as JSON under ``/api``; lists take ``limit`` and ``offset``."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, field_validator

from . import network as net
from . import queries
from .app import MAX_EXTRACT_CHARS

router = APIRouter(prefix="/api", tags=["api"])



def limit_query():
    return Query(queries.DEFAULT_LIMIT, ge=1, le=queries.MAX_LIMIT, description="page size")


def offset_query():
    return Query(0, ge=0, description="items to skip")
EventType = Literal["visit", "meeting", "agreement", "inspection"]


def date_query():
    # a fresh Query per parameter: FastAPI binds a shared one to the first parameter's name
    return Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD")


def index(request: Request) -> queries.Index:
    return queries.load_index(request.app.state.db)


@router.get("/stats", summary="Counts of articles, events, people and regions")
def stats(request: Request) -> dict:
    idx = index(request)
    by_type: dict[str, int] = {}
    for e in idx.events:
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    return {"articles": len(idx.articles), "events": len(idx.events), "people": len(idx.people),
            "regions": len(idx.regions), "events_by_type": by_type, "years": queries.event_years(idx)}


@router.get("/articles", summary="Articles, newest first")
def articles(request: Request, q: str | None = Query(None, max_length=200, description="in title or id"),
             limit: int = limit_query(), offset: int = offset_query()) -> dict:
    return queries.list_articles(index(request), q=q, limit=limit, offset=offset)


@router.get("/article/{article_id:path}", summary="One article: text and record")
def article(request: Request, article_id: str) -> dict:
    a = queries.get_article(request.app.state.db, index(request), article_id)
    return {k: a[k] for k in ("id", "url", "published", "title", "text", "record")}


@router.get("/events", summary="Events, filterable, in date order")
def events(request: Request, type: EventType | None = None,
           region: str | None = Query(None, description="region code (or key from /api/regions)"),
           date_from: str | None = date_query(), date_to: str | None = date_query(),
           field: str | None = Query(None, description="field of cooperation"),
           person: str | None = Query(None, max_length=100, description="person key or part of a name"),
           article: str | None = None, limit: int = limit_query(), offset: int = offset_query()) -> dict:
    items = queries.filter_events(index(request), type=type, region=region, date_from=date_from,
                                  date_to=date_to, field=field, person=person, article=article)
    return queries.page(items, limit, offset)


@router.get("/people", summary="People across articles, most mentioned first")
def people(request: Request, q: str | None = Query(None, max_length=100), limit: int = limit_query(),
           offset: int = offset_query()) -> dict:
    return queries.page(queries.list_people(index(request), q=q), limit, offset)


@router.get("/person/{key:path}", summary="One person: names, positions over time, events")
def person(request: Request, key: str) -> dict:
    return queries.get_person(index(request), key)


@router.get("/regions", summary="Regions, most active first")
def regions(request: Request, q: str | None = Query(None, max_length=100), limit: int = limit_query(),
            offset: int = offset_query()) -> dict:
    return queries.page(queries.list_regions(index(request), q=q), limit, offset)


@router.get("/region/{key:path}", summary="One region: events, people, partner regions")
def region(request: Request, key: str) -> dict:
    return queries.get_region(index(request), key)


@router.get("/network", summary="Regions as nodes, visits and agreements as weighted edges")
def network(request: Request, year: str | None = Query(None, pattern=r"^\d{4}$"),
            field: str | None = None) -> dict:
    return net.build(index(request), year=year, field=field)


@router.get("/search", summary="Full-text search over articles, and over people's names")
def search(request: Request, q: str = Query(..., min_length=1, max_length=200), limit: int = limit_query(),
           offset: int = offset_query()) -> dict:
    return queries.search(request.app.state.db, index(request), q, limit=limit, offset=offset)


class ExtractIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_EXTRACT_CHARS)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = Field(None, max_length=500)

    @field_validator("text", "published", "title", mode="before")
    @classmethod
    def no_lone_surrogates(cls, value):
        # JSON may carry "\ud800" escapes; such a string cannot be encoded as UTF-8 (in the
        # response or anywhere else), so it becomes U+FFFD, keeping offsets (as the readers do)
        return queries.clean_surrogates(value) if isinstance(value, str) else value


@router.post("/extract", summary="Extract the record of a pasted article (not stored)")
async def extract(body: ExtractIn) -> dict:
    import liaison

    try:
        return await run_in_threadpool(liaison.extract, body.text, published=body.published, title=body.title)
    except Exception as exc:  # noqa: BLE001 - a failed extraction is the server's fault, said plainly
        raise HTTPException(500, f"extraction failed ({exc.__class__.__name__}: {exc})") from None
