"""Hostile requests against the web UI and REST API (issue 8, web part).

- SQL and FTS5 injection on every parameter of every route (the routes are
  read from the app, so a new route or parameter without a case here fails);
- path traversal on the static files and the path parameters;
- oversized, lying and malformed bodies;
- slow clients against a real ``liaison serve`` on a free loopback port:
  slow or unfinished headers and bodies, idle keep-alive connections, a
  client that stops reading — they are cut within the server's limits while
  other requests are answered;
- hostile database rows (bytes that are not UTF-8, lone surrogates, records
  that are not JSON objects).

Only 127.0.0.1 is ever contacted.
"""
from __future__ import annotations

import contextlib
import hashlib
import http.client
import inspect
import json
import re
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import typing
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")
pytest.importorskip("uvicorn")

from fastapi.testclient import TestClient  # noqa: E402

from liaison.web import params, routes_pages, views  # noqa: E402
from liaison.web.app import MAX_BODY, create_app  # noqa: E402
from liaison.web.sample import articles, build_db  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CANARY = "CANARY-7f3a9c-never-served"        # in a table the web never reads
HASH_CANARY = "HASHCANARY-51d0e2-never-served"  # in articles.content_hash, a column the web never shows

# Every route of the app, by (method, path), with the parameters the route reads. API routes declare
# theirs (checked against this table); pages read request.query_params (checked against their source).
EVENT_QUERY = ["type", "year", "province", "region", "country", "field", "person", "role", "q", "date_from",
               "date_to", "article", "sort"]
ROUTES: dict[tuple[str, str], dict[str, list[str]]] = {
    ("GET", "/openapi.json"): {},
    ("GET", "/static/{path}"): {},
    ("GET", "/api/stats"): {},
    ("GET", "/api/articles"): {"query": ["q", "limit", "offset", "format"]},
    ("GET", "/api/article/{article_id}"): {},
    ("GET", "/api/events"): {"query": [*EVENT_QUERY, "limit", "offset", "format"]},
    ("GET", "/api/event/{ee}"): {"query": ["limit", "offset", "format"]},
    ("GET", "/api/people"): {"query": ["q", "role", "org_kind", "province", "sort", "limit", "offset", "format"]},
    ("GET", "/api/person/{key}"): {"query": ["limit", "offset", "format"]},
    ("GET", "/api/regions"): {"query": ["q", "country", "sort", "limit", "offset", "format"]},
    ("GET", "/api/region/{key}"): {"query": [*EVENT_QUERY, "limit", "offset", "format"]},
    ("GET", "/api/network"): {"query": [*EVENT_QUERY, "level", "format"]},
    ("GET", "/api/search"): {"query": ["q", "limit", "offset", "format"]},
    ("POST", "/api/extract"): {"json": ["text", "published", "title"]},
    ("GET", "/"): {},
    ("GET", "/articles"): {"query": ["q", "limit", "offset"]},
    ("GET", "/article/{article_id}"): {},
    ("GET", "/events"): {"query": [*EVENT_QUERY, "limit", "offset"]},
    ("GET", "/event/{ee}"): {"query": ["limit", "offset"]},
    ("GET", "/people"): {"query": ["q", "role", "org_kind", "province", "sort", "limit", "offset"]},
    ("GET", "/person/{key}"): {"query": ["limit", "offset"]},
    ("GET", "/regions"): {"query": ["q", "country", "sort", "limit", "offset"]},
    ("GET", "/region/{key}"): {"query": [*EVENT_QUERY, "limit", "offset"]},
    ("GET", "/network"): {"query": [*EVENT_QUERY, "level"]},
    ("GET", "/network.svg"): {"query": [*EVENT_QUERY, "level"]},
    ("GET", "/map"): {"query": [*EVENT_QUERY, "level"]},
    ("GET", "/map.svg"): {"query": [*EVENT_QUERY, "level"]},
    ("GET", "/search"): {"query": ["q", "limit", "offset"]},
    ("GET", "/extract"): {},
    ("POST", "/extract"): {"form": ["text", "published"]},
}
REQUIRED = {"q": "Tianjin"}  # the value other parameters keep while one is attacked (search needs a q)

PAYLOADS = [
    "' OR 1=1 --", "' OR '1'='1", "\" OR \"\"=\"", "%' OR 1=1 --", "天津' OR 1=1 --",
    "\"; DROP TABLE articles; --", "1; DELETE FROM articles",
    "1 UNION SELECT v, v, v, v, v, v FROM zz_secret --",
    "x' UNION SELECT content_hash, content_hash, content_hash, content_hash, content_hash, content_hash "
    "FROM articles --",
    "x\" UNION SELECT name, sql, sql, sql, sql, sql FROM sqlite_master --",
    "1'; ATTACH DATABASE '/tmp/liaison-pwned.db' AS pwned; --", "'; PRAGMA query_only = OFF; --",
    '"', "'", "\\", "NEAR(", "*", "title:*", "^", "(", "OR NOT", "-", "%", "_", "\x00", "Tianjin\x00' OR 1=1 --",
    "-1", "1e999", "9" * 5000, "<script>alert(1)</script>", "{{7*7}}", "../../etc/passwd", "\u202e\u200b", " ",
]
TAUTOLOGIES = [p for p in PAYLOADS if re.search(r"1=1|'1'='1|\"\"=\"", p)]
LEAKS = (CANARY, HASH_CANARY, "CREATE TABLE", "CREATE VIRTUAL", "sqlite_master", "Traceback", "OperationalError",
         "sqlite3.", "record_json", "content_hash")


# ------------------------------------------------------------------ fixtures
def checksum(db: Path) -> tuple[str, dict[str, int], list]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()
    return hashlib.sha256(db.read_bytes()).hexdigest(), counts, schema


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = build_db(tmp_path_factory.mktemp("faults") / "kb.db")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE zz_secret(v TEXT)")
    conn.execute("INSERT INTO zz_secret VALUES (?)", (CANARY,))
    conn.execute("UPDATE articles SET content_hash = ? WHERE id = 'zh-jilin-tianjin'", (HASH_CANARY,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def route_table(app) -> dict[tuple[str, str], dict]:
    """(method, path) → {"route": ..., "path_params": [...], "declared": {kind: [names]}} for every route."""
    try:
        from fastapi.routing import iter_route_contexts
        contexts = [(ctx.original_route, ctx.path_format or ctx.path) for ctx in iter_route_contexts(app.routes)]
    except ImportError:  # older FastAPI: included routes are flat in app.routes
        contexts = [(r, getattr(r, "path_format", r.path)) for r in app.routes]
    out = {}
    for route, path in contexts:
        methods = getattr(route, "methods", None) or {"GET"}  # a Mount (static files) serves GET
        if not hasattr(route, "methods") and hasattr(route, "app"):
            path = route.path + "/{path}"
        dep = getattr(route, "dependant", None)
        declared: dict[str, list[str]] = {}
        if dep is not None:
            names = []
            for d in [*dep.dependencies, dep]:  # parameters declared through a dependency come first
                names += [p.name for p in d.query_params]
            if names:
                declared["query"] = names
            for p in dep.body_params:
                model = typing.get_type_hints(route.endpoint).get(p.name)
                declared["json"] = list(model.model_fields)
        for m in sorted(methods - {"HEAD"}):
            out[(m, path)] = {"route": route, "path_params": re.findall(r"{(\w+)}", path), "declared": declared}
    return out


# ------------------------------------------------------------------ routes and parameters
def test_every_route_and_parameter_has_fault_cases(client):
    table = route_table(client.app)
    missing = set(table) - set(ROUTES)
    assert not missing, f"routes without fault cases (add them to ROUTES): {sorted(missing)}"
    assert not set(ROUTES) - set(table), f"ROUTES lists routes the app no longer has: {set(ROUTES) - set(table)}"
    for key, info in table.items():
        for kind, names in info["declared"].items():
            assert sorted(names) == sorted(ROUTES[key].get(kind)), \
                f"{key}: the app declares {kind} {names}, ROUTES says {ROUTES[key].get(kind)}"
    # pages read their query parameters by hand: every name they read must be attacked somewhere
    src = inspect.getsource(routes_pages) + inspect.getsource(params) + inspect.getsource(views)
    read = set(re.findall(r"(?:qp|query_params)\.get(?:list)?\(\s*\"(\w+)\"", src))
    read |= set(re.findall(r"_many\(qp, \"(\w+)\"", src))
    attacked = {n for spec in ROUTES.values() for n in spec.get("query", [])}
    assert read and read <= attacked, f"page parameters without fault cases: {read - attacked}"
    assert set(re.findall(r"form\.get\(\s*\"(\w+)\"", src)) <= set(ROUTES[("POST", "/extract")]["form"])


def attack(client, method: str, path: str, kind: str, name: str | None, payload: str):
    """One request with ``payload`` in one parameter (kind: path, query, form, json); the others benign."""
    params = re.findall(r"{(\w+)}", path)
    url = path
    for p in params:
        url = url.replace("{" + p + "}", quote(payload if (kind, name) == ("path", p) else "zz-none", safe=""))
    if kind == "query":
        query = {**({"q": REQUIRED["q"]} if name != "q" and "search" in path else {}), name: payload}
        return client.request(method, url, params=query)
    if kind == "form":
        return client.request(method, url, data={"text": "Tianjin delegation", "published": "2024-01-02", name: payload})
    if kind == "json":
        return client.request(method, url, json={"text": "Tianjin delegation", name: payload})
    return client.request(method, url)


def cases(table):
    for (method, path), info in sorted(table.items()):
        slots = [("path", p) for p in info["path_params"]]
        for kind in ("query", "form", "json"):
            slots += [(kind, n) for n in ROUTES[(method, path)].get(kind, [])]
        if not slots:
            slots = [("none", None)]
        for kind, name in slots:
            yield method, path, kind, name


def test_sql_and_fts_injection_on_every_parameter(client, db):
    before = checksum(db)
    table = route_table(client.app)
    tried = 0
    for method, path, kind, name in cases(table):
        baseline = attack(client, method, path, kind, name, "zzqx-no-such-thing")
        for payload in PAYLOADS if kind != "none" else [""]:
            r = attack(client, method, path, kind, name, payload)
            where = f"{method} {path} {kind}:{name}={payload[:40]!r}"
            tried += 1
            assert r.status_code < 500, (where, r.status_code, r.text[:300])
            assert r.status_code in (200, 400, 404, 413, 422), (where, r.status_code)
            body = r.text
            for leak in LEAKS:
                # the page for the extract form shows what was typed; the openapi schema names its own fields
                if leak in payload or (path == "/openapi.json"):
                    continue
                assert leak not in body, (where, leak)
            if kind == "path" and payload.strip():
                assert r.status_code == 404, (where, r.status_code)  # no such id, whatever the quoting
            if payload in TAUTOLOGIES and r.headers["content-type"].startswith("application/json") \
                    and kind in ("query", "path"):
                # a tautology matches exactly what a plain non-matching word matches (usually nothing)
                assert r.status_code == baseline.status_code, where
                if r.status_code == 200:
                    def unechoed(d):  # what the answer says back of the request (filters, links) aside
                        if isinstance(d, list):
                            return [unechoed(x) for x in d]
                        if isinstance(d, dict):
                            return {k: unechoed(v) for k, v in d.items()
                                    if k not in ("q", name, "href", "remove", "filter", "chosen")}
                        return d

                    assert unechoed(r.json()) == unechoed(baseline.json()), where
    assert tried > 1000
    assert checksum(db) == before, "the database changed"
    assert not Path("/tmp/liaison-pwned.db").exists()


def test_nul_does_not_widen_a_search(client):
    # SQLite's LIKE stopped the pattern at NUL: "\0" matched every article
    for q in ("\x00", "zzqx\x00", "\x00zzqx"):
        body = client.get("/api/search", params={"q": q}).json()
        assert body["articles"]["total"] == 0, q
    assert client.get("/api/search", params={"q": "Hai\x00kou"}).json()["articles"]["total"] == 1
    assert client.get("/api/article/html-attack%00junk").status_code == 404


def test_numbers_too_large_or_odd(client):
    for q in ("limit=" + "9" * 5000, "offset=" + "9" * 5000, "offset=99999999999999999999999", "limit=1e3",
              "limit=-1", "offset=-1", "limit=0x10", "limit=%C2%B2", "limit=", "offset=+1", "limit=١٢"):
        for path in ("/api/articles", "/api/events", "/api/people", "/api/regions", "/api/search?q=a"):
            url = path + ("&" if "?" in path else "?") + q
            r = client.get(url)
            assert r.status_code in (200, 422), (url, r.status_code)
        for path in ("/articles", "/events", "/people", "/regions", "/search?q=a"):
            url = path + ("&" if "?" in path else "?") + q
            assert client.get(url).status_code == 200, url


# ------------------------------------------------------------------ path traversal
SECRETS = ("root:x:0:0", "root:*:", "from __future__", "def create_app", "{% extends", "CANARY", "SQLite format")
TRAVERSALS = [
    "/static/%2e%2e/app.py", "/static/%2e%2e%2fapp.py", "/static/..%2fapp.py", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/..%5capp.py", "/static/..\\app.py",
    "/static/%252e%252e%252fapp.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/%2Fetc/passwd",
    "/static/app.js%00.png", "/static/%00", "/static/./../app.py", "/static/templates/../../app.py",
    "/static/..%2f..%2fstore%2fdb.py", "/static/..%2ftemplates%2fbase.html", "/static/..%2f..%2f..%2fpyproject.toml",
    "/static/%c0%ae%c0%ae/app.py", "/static/..%c0%afapp.py", "/static/....//app.py", "/static/",
    "/article/..%2f..%2f..%2fetc%2fpasswd", "/article/%2fetc%2fpasswd", "/api/article/..%2f..%2fetc%2fpasswd",
    "/api/person/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/region/%2e%2e", "/api/region/..%2f..%2fapp.py",
    "/person/%2fetc%2fpasswd", "/api/article/%2e%2e%2fkb.db",
]


@pytest.mark.parametrize("url", TRAVERSALS)
def test_path_traversal_testclient(client, url):
    r = client.get(url)
    assert r.status_code in (400, 404), (url, r.status_code)
    for s in SECRETS:
        assert s not in r.text, (url, s)


def test_static_files_still_served(client):
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200


# ------------------------------------------------------------------ bodies (in process)
def test_oversized_bodies(client):
    big = b"x" * (MAX_BODY + 1)
    for url, ctype in (("/api/extract", "application/json"), ("/extract", "application/x-www-form-urlencoded")):
        r = client.post(url, content=big, headers={"content-type": ctype})
        assert r.status_code == 413, url
        assert "content-security-policy" in r.headers

        def chunks(head=b'{"text": "' if ctype == "application/json" else b"text="):
            yield head
            for _ in range(MAX_BODY // 65536 + 2):
                yield b"y" * 65536

        r = client.post(url, content=chunks(), headers={"content-type": ctype})
        assert r.status_code == 413, (url, r.status_code, r.text[:200])  # was 400 on /api/extract
    # a body of exactly the limit is read; the text inside is then too long for extraction
    body = b'{"text": "' + b"a" * (MAX_BODY - 12) + b'"}'
    assert len(body) == MAX_BODY
    assert client.post("/api/extract", content=body, headers={"content-type": "application/json"}).status_code == 422
    assert client.get("/api/stats").status_code == 200


def test_malformed_bodies(client):
    j = {"content-type": "application/json"}
    for body in (b"[" * 600_000 + b"]" * 600_000, b'{"text": ' * 100_000, b"\xff\xfe\x00", b"", b"null", b"[]",
                 b'"text"', b'{"text": 5}', b'{"text": ["a"]}', b'{"text": {"$gt": ""}}', b'{"text": "a", "text": 1}',
                 b'{"text": "\\ud800"}' + b" " * 10, b'{"\\ud800": "x"}', b'"\\udfff"', b'{"text": "a", "title": ["\\ud800"]}',
                 b'{"text": "a", "published": "\\ud800"}', b'{"text": "' + b"\\ud800" * 100_001 + b'"}', b"NaN",
                 b'{"text": "a", "published": "2023-13-45"}'):
        r = client.post("/api/extract", content=body, headers=j)
        assert r.status_code in (200, 400, 422), (body[:40], r.status_code, r.text[:200])
        r.json()  # valid JSON, whatever was sent
    r = client.post("/api/extract", content=b'{"text": "\\ud800 Jilin delegation visited Tianjin"}', headers=j)
    assert r.status_code == 200 and r.json()["schema_version"]  # the lone surrogate became U+FFFD
    f = {"content-type": "application/x-www-form-urlencoded"}
    for body in (b"&".join(b"a%d=1" % i for i in range(50)), b"text=%ED%A0%80", b"text=%ff%fe", b"text=" + b"%" * 1000,
                 b"=&=&=", b"text=a&text=b", b"\x00", b"text=a&published=%00"):
        r = client.post("/extract", content=body, headers=f)
        assert r.status_code in (200, 400, 422), (body[:40], r.status_code, r.text[:200])
    assert client.post("/extract", content=b"a=1&" * 20, headers=f).status_code == 400  # was a 500
    # other methods on read-only routes
    for method in ("PUT", "DELETE", "PATCH"):
        assert client.request(method, "/api/articles").status_code == 405
    assert client.post("/api/stats", content=b"x" * (MAX_BODY + 1)).status_code == 413


# ------------------------------------------------------------------ hostile database rows
ODD_SHAPES = [  # records of the wrong shape, as a hand-edited or corrupt database may hold
    {"people": 1}, {"people": ["x", None, 5]}, {"events": "x"}, {"doc": "x", "people": {}, "events": {}},
    {"people": [{"name": "x", "positions": 5, "mentions": "ab"}]},
    {"people": [{"id": "p1", "name": {"zh": 5, "en": ["a"]}, "mentions": [["a", "b"], [1], 5, [0, 2.5]]}]},
    {"events": [{"id": 1, "type": 5, "date": "x", "participants": 5, "parties": "ab", "fields": 7,
                 "evidence": [[1, "x"]]}]},
    {"doc": {"published": 5, "languages": [1], "title": ["t"]}},
    {"events": [{"id": "e1", "type": "visit", "origin": "x", "destination": 5, "date": {"start": 2024}}]},
    {"people": [{"id": "p1", "name": {"zh": "甲"}, "positions": [{"region": "x", "role": 5, "title": "t"}]}]},
    {"people": [{"id": "p1", "name": {"zh": "甲"}, "mentions": [[0, 1]],
                 "positions": [{"region": {"code": 5, "name": "x"}, "title": 5}]}],
     "events": [{"id": "e1", "type": "meeting", "parties": [{"code": 220000}, None],
                 "participants": [{"person": "p1", "role": 5}, {"person": ["p1"]}], "fields": ["x", 5, None],
                 "sites": ["x", 5, {"zh": 1}], "evidence": [[0, 2], [5, 1], [-3, 99]], "title": "x"}]},
    {"events": [{"id": "e1", "type": "agreement", "parties": [{"code": "A"}, {"code": "B"}], "fields": [["x"]]}]},
    {"events": [{"id": "e1", "type": "visit", "part_of": ["e0"], "title": {"en": {"x": 1}}}]},
]


def test_shaping_keeps_valid_records():
    from liaison.web.records import shape_record

    for _, rec in articles():
        assert shape_record(rec) == rec


def test_hostile_database_rows(tmp_path):
    path = build_db(tmp_path / "kb.db")
    text, rec = articles()[1]
    rec = json.loads(json.dumps(rec))
    rec["doc"]["id"] = "surrogate"
    rec["people"][0]["name"]["en"] = "Bad\ud800Name"
    conn = sqlite3.connect(path)
    ins = ("INSERT INTO articles(id, url, published, title, text, content_hash, record_json, ingested_at) "
           "VALUES (?, NULL, '2024-01-01', ?, ?, 'h', ?, 'now')")
    conn.execute(ins, ("surrogate", "ok", text, json.dumps(rec)))  # ensure_ascii: a "\ud800" escape
    for aid, record_json in (("null", "null"), ("list", "[1, 2]"), ("number", "5"), ("deep", "[" * 100_000),
                             ("blob", b'{"people": 1}'), ("nan", '{"doc": {"languages": {"zh": NaN, "en": Infinity}}, '
                                                                '"flags": [{"score": NaN}]}')):
        conn.execute(ins, (aid, "t", "x", record_json))
    for i, shape in enumerate(ODD_SHAPES):
        conn.execute(ins, (f"shape-{i}", "t", "甲乙丙 text", json.dumps(shape)))
    conn.execute("INSERT INTO articles(id, url, published, title, text, content_hash, record_json, ingested_at) "
                 "VALUES ('badutf', NULL, '2024-01-01', CAST(X'41EDA08042' AS TEXT), CAST(X'FF41FE' AS TEXT), 'h', "
                 "'{}', 'now')")
    conn.commit()
    conn.close()
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        for url in ("/", "/api/stats", "/articles", "/api/articles", "/people", "/api/people?q=bad", "/events",
                    "/api/events", "/network", "/search?q=A", "/api/search?q=A", "/article/surrogate",
                    "/api/article/surrogate", "/article/badutf", "/api/article/badutf", "/article/null",
                    "/api/article/list", "/article/deep", "/api/article/blob", "/article/number", "/article/nan",
                    "/api/article/nan", "/regions", "/network.svg", "/api/network",
                    *[f"/article/shape-{i}" for i in range(len(ODD_SHAPES))],
                    *[f"/api/article/shape-{i}" for i in range(len(ODD_SHAPES))],
                    *["/person/" + str(p["entity"]) for p in c.get("/api/people?limit=500").json()["people"]["items"]],
                    *["/region/" + quote(r["key"], safe="") for r in
                      c.get("/api/regions?limit=500").json()["regions"]["items"]]):
            r = c.get(url)
            assert r.status_code == 200, (url, r.status_code, r.text[:200])
            if url.startswith("/api/"):
                r.json()
        assert "Bad\ufffdName" in c.get("/api/article/surrogate").json()["record"]["people"][0]["name"]["en"]
        assert c.get("/api/article/badutf").json()["title"] == "A\ufffd\ufffd\ufffdB"


# ------------------------------------------------------------------ a real server
HEADER_TIMEOUT = 1.5
BODY_TIMEOUT = 2.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, port: int, proc: subprocess.Popen, err):
        self.port, self.proc, self.err = port, proc, err

    def stderr(self) -> str:
        self.err.flush()
        self.err.seek(0)
        return self.err.read().decode("utf-8", "replace")

    def get(self, path: str, timeout: float = 5.0) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            return r.status, r.read()
        finally:
            conn.close()

    def connect(self, rcvbuf: int | None = None) -> socket.socket:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        s.connect(("127.0.0.1", self.port))
        return s


@contextlib.contextmanager
def live_server(db: Path, *args: str):
    """``liaison serve`` as a subprocess on a free loopback port."""
    port = free_port()
    cmd = [sys.executable, "-c", "import sys; from liaison.cli import main; sys.exit(main(sys.argv[1:]))",
           "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port), *args]
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
    server = LiveServer(port, proc, err)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"liaison serve exited ({proc.returncode}): {server.stderr()}")
            try:
                if server.get("/api/stats", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("liaison serve did not answer within 60 s")
            time.sleep(0.1)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        err.close()


BIG_CHARS = 3_000_000


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    items = articles()
    text, rec = items[0]
    big = json.loads(json.dumps(rec))
    big["doc"]["id"] = "big"
    items.append(("天" * BIG_CHARS, {**big, "people": [], "events": []}))
    path = build_db(tmp_path_factory.mktemp("live") / "kb.db", items)
    with live_server(path, "--header-timeout", str(HEADER_TIMEOUT), "--body-timeout", str(BODY_TIMEOUT)) as srv:
        yield srv
        log = srv.stderr()
    assert "Traceback" not in log and "Exception in ASGI" not in log, log[-3000:]


def read_response(sock: socket.socket, timeout: float = 5.0) -> tuple[int | None, bytes]:
    """The first response on ``sock``: (status, body); (None, b"") when the server closed without one."""
    sock.settimeout(timeout)
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return (None, data) if not data else (int(data.split()[1]), data)
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        m = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
        length = int(m.group(1)) if m else None
        while length is not None and len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return int(head.split()[1]), body
    except ConnectionResetError:
        return (int(data.split()[1]) if data.startswith(b"HTTP/") else None), data


def test_cli_rejects_bad_timeouts(tmp_path, capsys):
    from liaison.cli import main

    db = build_db(tmp_path / "kb.db", articles()[:1])
    for bad in ("0", "-1", "nan", "1e9"):
        assert main(["serve", "--db", str(db), "--header-timeout", bad]) == 2, bad
        assert "--header-timeout" in capsys.readouterr().err
    assert main(["serve", "--db", str(db), "--body-timeout", "0"]) == 2


def test_slow_headers_are_cut_and_others_served(server):
    """Slowloris: 10 connections that send nothing, 10 that send a header byte every 0.25 s, 10 that stop
    half-way through the headers; meanwhile ordinary requests are answered at once."""
    results: dict[int, tuple[float, bytes]] = {}
    start = time.monotonic()

    def slow(i: int, mode: str):
        s = server.connect()
        opened = time.monotonic()
        s.settimeout(0.25)
        got = b""
        if mode == "stop":
            s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half")
        elif mode == "drip":
            s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        try:
            while time.monotonic() - opened < HEADER_TIMEOUT + 6:
                try:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    got += chunk
                except socket.timeout:
                    if mode == "drip":
                        try:
                            s.sendall(b"a")
                        except OSError:
                            break
                except OSError:
                    break
            results[i] = (time.monotonic() - opened, got)
        finally:
            s.close()

    threads = [threading.Thread(target=slow, args=(i, ("silent", "drip", "stop")[i % 3])) for i in range(30)]
    for t in threads:
        t.start()
    time.sleep(0.2)
    latencies = []
    while time.monotonic() - start < HEADER_TIMEOUT + 0.5:
        t0 = time.monotonic()
        status, _ = server.get("/api/stats", timeout=3)
        latencies.append(time.monotonic() - t0)
        assert status == 200
        time.sleep(0.05)
    for t in threads:
        t.join(HEADER_TIMEOUT + 10)
    assert len(latencies) >= 10 and max(latencies) < 1.0, latencies
    assert len(results) == 30
    for i, (secs, got) in results.items():
        mode = ("silent", "drip", "stop")[i % 3]
        assert HEADER_TIMEOUT - 0.1 <= secs <= HEADER_TIMEOUT + 1.5, (mode, secs)
        if mode == "silent":
            assert got == b"", got  # nothing was asked: closed without an answer
        else:
            assert got.startswith(b"HTTP/1.1 408 "), (mode, got[:80])
    assert server.get("/api/stats")[0] == 200


def test_idle_keep_alive_connection_is_closed(server):
    s = server.connect()
    try:
        s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        status, _ = read_response(s)
        assert status == 200
        t0 = time.monotonic()
        s.settimeout(HEADER_TIMEOUT + 5)
        assert s.recv(100) == b""  # closed, no unsolicited 408
        assert time.monotonic() - t0 <= HEADER_TIMEOUT + 1.0
        # the next request on a fresh connection after a slow one is fine
    finally:
        s.close()


@pytest.mark.parametrize("path", ["/api/extract", "/extract"])
def test_slow_body_is_cut(server, path):
    s = server.connect()
    try:
        s.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Content-Length: 1000\r\n\r\n{".encode())
        t0 = time.monotonic()
        s.settimeout(0.25)
        got = b""
        while time.monotonic() - t0 < BODY_TIMEOUT + 5:
            try:
                chunk = s.recv(4096)
                if not chunk:
                    break
                got += chunk
            except socket.timeout:
                try:
                    s.sendall(b" ")
                except OSError:
                    break
            except OSError:
                break
        secs = time.monotonic() - t0
    finally:
        s.close()
    assert BODY_TIMEOUT - 0.1 <= secs <= BODY_TIMEOUT + 1.5, secs
    assert got.startswith(b"HTTP/1.1 408 "), got[:100]
    assert server.get("/api/stats")[0] == 200


def test_client_that_stops_reading_is_dropped(server):
    """A 9 MB response to a client that never reads: the server drops it after the body timeout
    instead of holding the buffer for ever."""
    status, body = server.get("/api/article/big", timeout=30)
    assert status == 200
    full = len(body)
    assert full > 3 * BIG_CHARS
    s = server.connect(rcvbuf=4096)
    try:
        s.sendall(b"GET /api/article/big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        time.sleep(0.5)
        assert server.get("/api/stats")[0] == 200  # others are served meanwhile
        time.sleep(BODY_TIMEOUT + 1.5)
        got = 0
        s.settimeout(5)
        try:
            while True:
                chunk = s.recv(1 << 20)
                if not chunk:
                    break
                got += len(chunk)
        except (ConnectionResetError, socket.timeout):
            pass
    finally:
        s.close()
    assert got < full, (got, full)
    assert server.get("/api/stats")[0] == 200


RAW_CASES = [  # (name, request bytes, acceptable statuses of the first answer; None: closed without one)
    ("content-length over the limit", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
     b"Content-Length: 99999999999\r\n\r\n{}", {413}),
    ("form content-length over the limit", b"POST /extract HTTP/1.1\r\nHost: a\r\nContent-Length: %d\r\n\r\ntext=a"
     % (MAX_BODY + 1), {413}),
    ("expect 100-continue over the limit", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n"
     b"Content-Length: 50000000\r\n\r\n", {413}),
    ("content-length shorter than the body", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nContent-Type: "
     b"application/json\r\nContent-Length: 5\r\n\r\n{\"text\": \"" + b"a" * 5000 + b"\"}", {422}),
    ("content-length longer than the body, then EOF", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nContent-Type: "
     b"application/json\r\nContent-Length: 1000\r\n\r\n{\"text\": \"a\"}", {None, 400}),
    ("negative content-length", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n{}", {400}),
    ("content-length not a number", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nContent-Length: 1e3\r\n\r\n{}", {400}),
    ("two content-lengths", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 30\r\n"
     b"\r\n{}", {400}),
    ("content-length and chunked", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n"
     b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", {400, 422}),
    ("bad chunk size", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n"
     b"0\r\n\r\n", {400}),
    ("chunked over the limit", b"POST /api/extract HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
     b"Transfer-Encoding: chunked\r\n\r\n" + b"".join(b"10000\r\n" + b"y" * 0x10000 + b"\r\n"
                                                     for _ in range(MAX_BODY // 0x10000 + 2)) + b"0\r\n\r\n", {413}),
    ("form chunked over the limit", b"POST /extract HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
     + b"".join(b"10000\r\n" + b"t" * 0x10000 + b"\r\n" for _ in range(MAX_BODY // 0x10000 + 2)) + b"0\r\n\r\n",
     {413}),
    ("headers over 16 KiB", b"GET /api/stats HTTP/1.1\r\nHost: a\r\nX-Big: " + b"b" * 20_000 + b"\r\n\r\n", {431}),
    ("headers just under 16 KiB", b"GET /api/stats HTTP/1.1\r\nHost: a\r\nX-Big: " + b"b" * 16_000 + b"\r\n\r\n",
     {200}),
    ("URL over 16 KiB", b"GET /api/search?q=" + b"a" * 20_000 + b" HTTP/1.1\r\nHost: a\r\n\r\n", {431}),
    ("garbage request line", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 50 + b"\r\n\r\n", {400}),
    ("HTTP/0.9", b"GET /\r\n\r\n", {400, None}),
    ("absolute-form target", b"GET http://127.0.0.1/static/../app.py HTTP/1.1\r\nHost: a\r\n\r\n", {404, 400}),
    ("raw dot segments in static", b"GET /static/../../../../etc/passwd HTTP/1.1\r\nHost: a\r\n\r\n", {404, 400}),
    ("raw dot segments to the app source", b"GET /static/../app.py HTTP/1.1\r\nHost: a\r\n\r\n", {404, 400}),
    ("raw dot segments to a template", b"GET /static/../templates/base.html HTTP/1.1\r\nHost: a\r\n\r\n", {404, 400}),
    ("encoded dot segments", b"GET /static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: a\r\n\r\n",
     {404, 400}),
    ("no leading slash", b"GET ../../etc/passwd HTTP/1.1\r\nHost: a\r\n\r\n", {404, 400}),
    ("NUL in the path", b"GET /static/app.js%00 HTTP/1.1\r\nHost: a\r\n\r\n", {404, 400}),
    ("unknown method", b"BREW /api/stats HTTP/1.1\r\nHost: a\r\n\r\n", {405}),
]


def test_pipelined_requests_are_all_answered(server):
    s = server.connect()
    try:
        s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: a\r\n\r\n" * 3)
        for _ in range(3):
            status, body = read_response(s)
            assert status == 200 and body.startswith(b'{"articles"')
    finally:
        s.close()


@pytest.mark.parametrize("name,raw,ok", RAW_CASES, ids=[c[0] for c in RAW_CASES])
def test_raw_requests(server, name, raw, ok):
    s = server.connect()
    try:
        try:
            s.sendall(raw)
            if "then EOF" in name:
                s.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):
            pass
        status, body = read_response(s, timeout=BODY_TIMEOUT + 3)
    finally:
        s.close()
    assert status in ok, (name, status, body[:200])
    for secret in SECRETS:
        assert secret.encode() not in body, (name, secret)
    assert server.get("/api/stats")[0] == 200, name


# ------------------------------------------------------------------ uvicorn's internals
def test_uvicorn_internals_match_the_pinned_version():
    """The slow-client timers subclass uvicorn's h11 protocol: what they override and read must be there in
    the version pyproject.toml pins (an upgrade that changes them fails here first)."""
    import uvicorn

    from liaison.web.server import missing_internals

    pinned = re.search(r'"uvicorn==([^"]+)"', (ROOT / "pyproject.toml").read_text("utf-8")).group(1)
    assert uvicorn.__version__ == pinned
    assert missing_internals() == []


def test_changed_internals_fall_back_to_the_public_protocol(monkeypatch, capsys):
    from liaison.web import server

    app = create_app(Path("/nonexistent.db"))
    cfg = server.config(app)
    assert isinstance(cfg.http, type) and cfg.http.__name__ == "BoundedH11Protocol"
    assert (cfg.timeout_keep_alive, cfg.h11_max_incomplete_event_size) == (server.KEEP_ALIVE, server.MAX_HEAD)
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(server, "missing_internals", lambda: ["H11Protocol().cycle"])
    cfg = server.config(app)
    assert cfg.http == "h11"  # uvicorn's public protocol, with its public limits
    assert (cfg.timeout_keep_alive, cfg.h11_max_incomplete_event_size) == (server.KEEP_ALIVE, server.MAX_HEAD)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "uvicorn's internals changed (H11Protocol().cycle)" in err


def test_missing_internals_notices_a_changed_class(monkeypatch):
    from uvicorn.protocols.http import h11_impl

    from liaison.web.server import missing_internals

    monkeypatch.delattr(h11_impl.H11Protocol, "pause_writing")
    assert missing_internals() == ["H11Protocol.pause_writing"]
