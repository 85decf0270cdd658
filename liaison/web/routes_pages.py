"""HTML pages; each has a JSON twin in ``routes_api``."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from starlette.requests import ClientDisconnect

from . import highlight, queries
from . import network as net
from .app import MAX_EXTRACT_CHARS

router = APIRouter(include_in_schema=False)

EVENT_TYPES = ("visit", "meeting", "agreement", "inspection")
FIELDS = tuple(net.FIELD_COLORS)


def render(request: Request, name: str, status_code: int = 200, **ctx) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status_code)


def person_names(record: dict) -> dict[str, str]:
    """Record-local person id → a display name (both scripts when known)."""
    out = {}
    for p in record.get("people") or []:
        name = p.get("name") or {}
        out[p.get("id")] = " ".join(x for x in (name.get("zh"), name.get("en")) if x) or p.get("id")
    return out


def index(request: Request) -> queries.Index:
    return queries.load_index(request.app.state.db)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _pager(request: Request, result: dict) -> dict:
    """Links to the previous and next pages, keeping the other query parameters."""
    params = dict(request.query_params)
    out = {"first": result["offset"] + 1 if result["total"] else 0,
           "last": min(result["offset"] + result["limit"], result["total"]), "total": result["total"]}
    if result["offset"] > 0:
        out["prev"] = "?" + urlencode({**params, "offset": max(0, result["offset"] - result["limit"])})
    if result["offset"] + result["limit"] < result["total"]:
        out["next"] = "?" + urlencode({**params, "offset": result["offset"] + result["limit"]})
    return out


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    idx = index(request)
    recent = queries.list_articles(idx, limit=10)["items"]
    return render(request, "home.html", idx=idx, recent=recent, years=queries.event_years(idx),
                  top_people=queries.list_people(idx)[:10], top_regions=queries.list_regions(idx)[:10])


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request):
    qp = request.query_params
    result = queries.list_articles(index(request), q=qp.get("q") or None, limit=_int(qp.get("limit"), 50),
                                   offset=_int(qp.get("offset"), 0))
    return render(request, "articles.html", result=result, pg=_pager(request, result), q=qp.get("q", ""))


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    idx = index(request)
    a = queries.get_article(request.app.state.db, idx, article_id)
    pieces = highlight.pieces(a["text"], a["record"], a["published"])
    return render(request, "article.html", a=a, rec=a["record"], pieces=pieces,
                  runs=highlight.run_summary(a["text"]), pkeys=a["person_keys"], pnames=person_names(a["record"]))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request):
    idx = index(request)
    qp = request.query_params
    date_ok = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    f = {"type": qp.get("type") if qp.get("type") in EVENT_TYPES else None,
         "region": qp.get("region") or None,
         "date_from": qp.get("date_from") if date_ok.match(qp.get("date_from") or "") else None,
         "date_to": qp.get("date_to") if date_ok.match(qp.get("date_to") or "") else None,
         "field": qp.get("field") if qp.get("field") in FIELDS else None,
         "person": (qp.get("person") or "")[:100] or None,
         "article": qp.get("article") or None}
    items = queries.filter_events(idx, **f)
    result = queries.page(items, _int(qp.get("limit"), 100), _int(qp.get("offset"), 0))
    regions = sorted(queries.list_regions(idx), key=lambda r: (r["name"].get("en") or r["name"].get("zh") or ""))
    return render(request, "events.html", result=result, pg=_pager(request, result), f=f,
                  types=EVENT_TYPES, fields=FIELDS, regions=regions, people=idx.people)


@router.get("/people", response_class=HTMLResponse)
def people(request: Request):
    return _searchable_list(request, queries.list_people, "people.html")


@router.get("/person/{key:path}", response_class=HTMLResponse)
def person(request: Request, key: str):
    idx = index(request)
    p = queries.get_person(idx, key)
    return render(request, "person.html", p=p, articles=idx.articles, people=idx.people)


@router.get("/regions", response_class=HTMLResponse)
def regions(request: Request):
    return _searchable_list(request, queries.list_regions, "regions.html")


def _searchable_list(request: Request, lister, template: str):
    """A paged list page filtered by ``q`` (people, regions)."""
    qp = request.query_params
    result = queries.page(lister(index(request), q=qp.get("q") or None),
                          _int(qp.get("limit"), 100), _int(qp.get("offset"), 0))
    return render(request, template, result=result, pg=_pager(request, result), q=qp.get("q", ""))


@router.get("/region/{key:path}", response_class=HTMLResponse)
def region(request: Request, key: str):
    idx = index(request)
    r = queries.get_region(idx, key)
    return render(request, "region.html", r=r, articles=idx.articles, people=idx.people)


def _net_params(request: Request) -> tuple[str | None, str | None]:
    year = request.query_params.get("year") or None
    field = request.query_params.get("field") or None
    return (year if year and re.fullmatch(r"\d{4}", year) else None,
            field if field in FIELDS else None)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request):
    idx = index(request)
    year, field = _net_params(request)
    data = net.build(idx, year=year, field=field)
    svg_qs = urlencode({k: v for k, v in (("year", year), ("field", field)) if v})
    return render(request, "network.html", net=data, svg=net.svg(data), years=queries.event_years(idx),
                  fields=FIELDS, year=year, field=field, svg_qs=svg_qs, regions=idx.regions,
                  colors=net.FIELD_COLORS)


@router.get("/network.svg")
def network_svg(request: Request):
    year, field = _net_params(request)
    body = net.svg(net.build(index(request), year=year, field=field))
    name = "liaison-network" + (f"-{year}" if year else "") + (f"-{field}" if field else "") + ".svg"
    return Response(body, media_type="image/svg+xml",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/search", response_class=HTMLResponse)
def search(request: Request):
    qp = request.query_params
    q = (qp.get("q") or "").strip()[:200]
    result = queries.search(request.app.state.db, index(request), q, limit=_int(qp.get("limit"), 50),
                            offset=_int(qp.get("offset"), 0)) if q else None
    return render(request, "search.html", q=q, result=result)


@router.get("/extract", response_class=HTMLResponse)
def extract_form(request: Request):
    return render(request, "extract.html", text="", published="", rec=None, limit=MAX_EXTRACT_CHARS)


@router.post("/extract", response_class=HTMLResponse)
async def extract(request: Request):
    import liaison

    try:
        body = (await request.body()).decode("utf-8", "replace")
    except ClientDisconnect:  # gone (or cut off by the server's body timeout): nobody to answer
        return Response(status_code=400)
    try:
        form = parse_qs(body, max_num_fields=10)
    except ValueError:  # more fields than the form has
        return render(request, "extract.html", status_code=400, text="", published="", rec=None,
                      error="The form has too many fields.", limit=MAX_EXTRACT_CHARS)
    text = (form.get("text") or [""])[0].replace("\r\n", "\n")
    published = (form.get("published") or [""])[0].strip()
    error = None
    if not text.strip():
        error = "Paste an article first."
    elif len(text) > MAX_EXTRACT_CHARS:
        error = f"The text has {len(text):,} characters; the limit is {MAX_EXTRACT_CHARS:,}."
    elif published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        error = "The publication date must be YYYY-MM-DD."
    if error:
        return render(request, "extract.html", status_code=422 if text.strip() else 400, text=text[:MAX_EXTRACT_CHARS],
                      published=published, rec=None, error=error, limit=MAX_EXTRACT_CHARS)
    try:
        rec = await run_in_threadpool(liaison.extract, text, published=published or None)
    except Exception as exc:  # noqa: BLE001 - show the failure, keep serving
        return render(request, "extract.html", status_code=500, text=text, published=published, rec=None,
                      error=f"Extraction failed ({exc.__class__.__name__}: {exc}).", limit=MAX_EXTRACT_CHARS)
    pieces = highlight.pieces(text, rec, published or None, links=False)
    return render(request, "extract.html", text=text, published=published, rec=rec, pieces=pieces,
                  runs=highlight.run_summary(text), limit=MAX_EXTRACT_CHARS, pkeys={},
                  pnames=person_names(rec))
