"""The FastAPI application: pages (Jinja2, server-rendered) and their JSON twins under ``/api``.

Safe by default:

- the database is opened read-only for every request (``queries.connect_ro``);
- templates autoescape everything, so article text (untrusted HTML) is shown as text;
- every response carries a Content-Security-Policy that allows only this
  server's own script and style files (no inline script), plus
  ``X-Content-Type-Options``, ``X-Frame-Options``/``frame-ancestors`` and
  ``Referrer-Policy``;
- request bodies larger than ``max_body`` bytes are refused with 413 before
  they are read in full.

Swagger UI is off (it loads code from a CDN); the OpenAPI document is at
``/openapi.json``.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request

from ..eventtypes import EVENT_TYPES
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..store.query import MAX_LIMIT, NotFound
from . import labels, routes_api, routes_pages
from .limits import MAX_BODY, MAX_EXTRACT_CHARS  # noqa: F401 - the limits, re-exported for tests
from .records import clean_surrogates, region_key

HERE = Path(__file__).parent

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": list(message.get("headers", [])) +
                           [(k, v) for k, v in SECURITY_HEADERS if k not in names]}
            await send(message)

        return await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """ASGI middleware refusing request bodies over ``max_body`` bytes (by header, and while streaming)."""

    def __init__(self, app, max_body: int = MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_body
                except ValueError:
                    too_big = True
                if too_big:
                    return await _too_large(send, self.max_body)
        seen = 0
        started = False
        overflow = False

        async def limited_receive():
            nonlocal seen, overflow
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    overflow = True
                    raise _BodyTooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if overflow:
                # the app caught the failed read and answers it (FastAPI: 400 "error parsing the body");
                # the client is told the real reason instead
                if not started and message["type"] == "http.response.start":
                    started = True
                    await _too_large(send, self.max_body)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            return await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                return await _too_large(send, self.max_body)
            raise


class _BodyTooLarge(Exception):
    pass


async def _too_large(send, limit: int) -> None:
    body = json.dumps({"detail": f"request body larger than {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class SafeJSONResponse(JSONResponse):
    """JSON that can always be encoded: lone surrogates (from ``\\ud800`` escapes) become U+FFFD, and
    NaN or infinite numbers (``NaN`` is accepted by Python's JSON reader) become null."""

    def render(self, content) -> bytes:
        try:
            return super().render(content)
        except (UnicodeEncodeError, ValueError):
            return super().render(_encodable(content))


def _encodable(value):
    if isinstance(value, str):
        return clean_surrogates(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_encodable(v) for v in value]
    if isinstance(value, dict):
        return {_encodable(str(k)): _encodable(v) for k, v in value.items()}
    return value


def urlq(value) -> str:
    return quote(str(value), safe="")


def mark(text, q) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, matched) around the case-insensitive occurrences of ``q`` (search hits)."""
    text, q = str(text or ""), str(q or "").strip()
    if not q:
        return [(text, False)]
    out, i, low, ql = [], 0, text.lower(), q.lower()
    while True:
        j = low.find(ql, i)
        if j < 0:
            out.append((text[i:], False))
            return [x for x in out if x[0]]
        out += [(text[i:j], False), (text[j:j + len(q)], True)]
        i = j + len(q)


def create_app(db: str | Path, *, max_body: int = MAX_BODY) -> FastAPI:
    """The application serving the knowledge base in ``db`` (an SQLite file written by ``liaison ingest``)."""
    app = FastAPI(title="liaison", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only REST API over a liaison knowledge base: articles, events, people, "
                              "regions, the network of visits and agreements, search, and extraction of "
                              "pasted text (not stored). Lists take `limit` (max "
                              f"{MAX_LIMIT}) and `offset`.")
    app.state.db = str(Path(db).resolve())
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True  # every template, whatever its name
    templates.env.filters["urlq"] = urlq
    templates.env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=1)
    templates.env.globals["version"] = __version__
    templates.env.globals["types"] = list(EVENT_TYPES)
    for name in ("date_label", "type_label", "type_zh", "field_label", "field_zh", "role_label", "org_label",
                 "country_label", "iso_label", "title_label"):
        templates.env.filters[name] = getattr(labels, name)
    templates.env.filters["mark"] = mark
    templates.env.filters["region_key"] = region_key
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        # FastAPI's own handler echoes the input, which may hold lone surrogates from JSON escapes
        return SafeJSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        return templates.TemplateResponse(request, "error.html", {"status": 404, "message": str(exc)},
                                          status_code=404)

    @app.exception_handler(FileNotFoundError)
    async def no_db(request: Request, exc: FileNotFoundError):
        msg = f"{exc}; build one with 'liaison ingest'"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": msg}, status_code=503)
        return HTMLResponse(templates.get_template("error.html").render(status=503, message=msg, request=request),
                            status_code=503)

    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    return app
