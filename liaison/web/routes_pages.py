"""HTML pages; each renders a view of ``views.py`` whose JSON/CSV twin is in ``routes_api``."""
from __future__ import annotations

import re
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from starlette.requests import ClientDisconnect

from ..store import query
from . import drawing, highlight, params, views
from .limits import MAX_EXTRACT_CHARS

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, status_code: int = 200, **ctx) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status_code)


def db(request: Request):
    return views.reader(request.app.state.db)


def _common(request: Request, api: str) -> dict:
    qp = request.query_params
    return {"qp": qp, "twins": params.twins(api, qp), "P": params}


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    with db(request) as r:
        stats = query.stats(r)
        recent = r.rows("SELECT id, title, published FROM articles ORDER BY published DESC, id LIMIT 10")
        top_people = query.people_page(r, query.PersonFilter(), limit=10)["items"]
        top_regions = query.regions_page(r, limit=10)["items"]
        latest = query.events_page(r, query.EventFilter(), sort="date", desc=True, limit=10)["items"]
    return render(request, "home.html", stats=stats, recent=recent, top_people=top_people,
                  top_regions=top_regions, latest=latest)


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request):
    qp = request.query_params
    limit, offset = params.paging(qp)
    q = (qp.get("q") or "").replace("\x00", "")[:200] or None
    with db(request) as r:
        result = views.article_list(r, q, limit, offset)
    return render(request, "articles.html", result=result, pg=params.pager(qp, result["total"], limit, offset),
                  q=q or "", **_common(request, "/api/articles"))


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    with db(request) as r:
        a = views.article_data(r, article_id)
    pieces = highlight.pieces(a["text"], a["record"], a["published"], person_links=a["person_links"])
    return render(request, "article.html", a=a, rec=a["record"], pieces=pieces, runs=highlight.run_summary(a["text"]),
                  plinks=a["person_links"], elinks=a["event_links"])


@router.get("/events", response_class=HTMLResponse)
def events(request: Request):
    with db(request) as r:
        v = views.events_view(r, request.query_params)
    return render(request, "events.html", v=v, **_common(request, "/api/events"),
                  pg=params.pager(request.query_params, v["events"]["total"], v["events"]["limit"],
                                  v["events"]["offset"]))


@router.get("/event/{ee}", response_class=HTMLResponse)
def event(request: Request, ee: str):
    if not re.fullmatch(r"\d{1,18}", ee):
        raise query.NotFound(f"no event {ee!r}")
    with db(request) as r:
        ev = views.event_view(r, int(ee), request.query_params)
    rp = ev["reports_page"]
    return render(request, "event.html", e=ev, **_common(request, f"/api/event/{ee}"),
                  pg=params.pager(request.query_params, rp["total"], rp["limit"], rp["offset"]))


@router.get("/people", response_class=HTMLResponse)
def people(request: Request):
    with db(request) as r:
        v = views.people_view(r, request.query_params)
    return render(request, "people.html", v=v, **_common(request, "/api/people"),
                  pg=params.pager(request.query_params, v["people"]["total"], v["people"]["limit"],
                                  v["people"]["offset"]))


@router.get("/person/{key:path}", response_class=HTMLResponse)
def person(request: Request, key: str):
    with db(request) as r:
        p = views.person_view(r, key, request.query_params)
    ev = p["events"]
    return render(request, "person.html", p=p, **_common(request, f"/api/person/{p['entity']}"),
                  pg=params.pager(request.query_params, ev["total"], ev["limit"], ev["offset"]))


@router.get("/regions", response_class=HTMLResponse)
def regions(request: Request):
    with db(request) as r:
        v = views.regions_view(r, request.query_params)
    g = v["regions"]
    return render(request, "regions.html", v=v, **_common(request, "/api/regions"),
                  pg=params.pager(request.query_params, g["total"], g["limit"], g["offset"]))


@router.get("/region/{key:path}", response_class=HTMLResponse)
def region(request: Request, key: str):
    with db(request) as r:
        d = views.region_view(r, key, request.query_params)
    ev = d["events"]
    return render(request, "region.html", d=d, **_common(request, f"/api/region/{quote(key, safe='')}"),
                  pg=params.pager(request.query_params, ev["total"], ev["limit"], ev["offset"]))


@router.get("/network", response_class=HTMLResponse)
def network(request: Request):
    with db(request) as r:
        net = views.network_view(r, request.query_params)
        years = query.stats(r)["years"]
    shown = drawing.top(net)
    return render(request, "network.html", net=net, svg=drawing.svg(shown), hidden=shown["hidden"], years=years,
                  svg_qs=str(request.query_params), **_common(request, "/api/network"))


@router.get("/network.svg")
def network_svg(request: Request):
    with db(request) as r:
        net = views.network_view(r, request.query_params)
    return Response(drawing.svg(drawing.top(net)), media_type="image/svg+xml",
                    headers={"Content-Disposition": f'attachment; filename="{_svg_name("network", request)}"'})


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request):
    with db(request) as r:
        net = views.network_view(r, request.query_params)
        years = query.stats(r)["years"]
    shown = drawing.top(net, 80)
    return render(request, "map.html", net=net, svg=drawing.map_svg(shown), hidden=shown["hidden"], years=years,
                  svg_qs=str(request.query_params), **_common(request, "/api/network"))


@router.get("/map.svg")
def map_svg(request: Request):
    with db(request) as r:
        net = views.network_view(r, request.query_params)
    return Response(drawing.map_svg(drawing.top(net, 80)), media_type="image/svg+xml",
                    headers={"Content-Disposition": f'attachment; filename="{_svg_name("map", request)}"'})


def _svg_name(kind: str, request: Request) -> str:
    qp = request.query_params
    parts = [f"liaison-{kind}"] + [v for k in ("year", "type", "field") for v in qp.getlist(k)
                                   if re.fullmatch(r"[a-z_0-9]{1,30}", v)]
    return "-".join(parts) + ".svg"


@router.get("/search", response_class=HTMLResponse)
def search(request: Request):
    qp = request.query_params
    q = (qp.get("q") or "").replace("\x00", "").strip()[:200]
    limit, offset = params.paging(qp)
    result = None
    if q:
        with db(request) as r:
            result = query.search(r, q, limit=limit, offset=offset)
    pg = params.pager(qp, result["articles"]["total"], limit, offset) if result else None
    return render(request, "search.html", q=q, result=result, pg=pg, **_common(request, "/api/search"))


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
    from urllib.parse import parse_qs

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
                  runs=highlight.run_summary(text), limit=MAX_EXTRACT_CHARS, plinks={}, elinks={})
