"""The web UI's REST API and pages, through FastAPI's TestClient, over a hand-made knowledge base."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402

from liaison.web.app import MAX_BODY, create_app  # noqa: E402
from liaison.web.queries import MAX_LIMIT  # noqa: E402
from liaison.web.sample import build_db  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("web") / "kb.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


# ------------------------------------------------------------------ API
def test_stats(client):
    r = client.get("/api/stats")
    assert r.status_code == 200
    assert r.json() == {"articles": 4, "events": 12, "people": 5, "regions": 6,
                        "events_by_type": {"visit": 3, "meeting": 4, "agreement": 3, "inspection": 2},
                        "years": ["2023", "2024"]}


def test_articles_newest_first_and_paginated(client):
    body = client.get("/api/articles").json()
    assert body["total"] == 4 and body["offset"] == 0
    assert [a["id"] for a in body["items"]] == ["html-attack", "mixed-tianjin-changchun", "en-hagiang-hainan",
                                                "zh-jilin-tianjin"]
    page2 = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["id"] for a in page2["items"]] == ["en-hagiang-hainan", "zh-jilin-tianjin"]
    assert client.get("/api/articles", params={"q": "Hainan"}).json()["total"] == 1


def test_pagination_limits(client):
    assert client.get("/api/articles", params={"limit": MAX_LIMIT + 1}).status_code == 422
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422
    assert client.get("/api/events", params={"limit": MAX_LIMIT}).json()["limit"] == MAX_LIMIT


def test_article(client):
    a = client.get("/api/article/zh-jilin-tianjin").json()
    assert a["published"] == "2023-11-08"
    assert a["text"].startswith("11月6日至7日，吉林省党政代表团来津考察。")
    assert [e["type"] for e in a["record"]["events"]] == ["visit", "meeting", "agreement", "inspection"]
    s, e = a["record"]["people"][0]["mentions"][0]
    assert a["text"][s:e] == "王立新"
    assert client.get("/api/article/nope").status_code == 404


def test_events_filters(client):
    def ids(**params):
        return [e["uid"] for e in client.get("/api/events", params=params).json()["items"]]

    assert len(ids()) == 12
    assert ids(type="agreement") == ["zh-jilin-tianjin#e3", "en-hagiang-hainan#e3", "mixed-tianjin-changchun#e3"]
    assert ids(type="visit", region="460000") == ["en-hagiang-hainan#e1"]
    assert ids(field="logistics") == ["mixed-tianjin-changchun#e3"]
    assert ids(date_from="2024-03-11", date_to="2024-03-11") == ["en-hagiang-hainan#e2", "en-hagiang-hainan#e3"]
    assert ids(date_from="2024-05") == ["mixed-tianjin-changchun#e1", "mixed-tianjin-changchun#e2",
                                        "mixed-tianjin-changchun#e3", "html-attack#e1"]
    assert ids(person="Zhang Beifang") == ids(person="张北方") == [
        "mixed-tianjin-changchun#e1", "mixed-tianjin-changchun#e2", "mixed-tianjin-changchun#e3"]
    assert ids(region="name:Ha Giang", type="inspection") == ["en-hagiang-hainan#e4"]
    assert ids(article="html-attack") == ["html-attack#e1"]
    assert client.get("/api/events", params={"type": "party"}).status_code == 422
    assert client.get("/api/events", params={"date_from": "last week"}).status_code == 422


def test_event_carries_regions_participants_and_evidence(client):
    e = client.get("/api/events", params={"type": "visit", "region": "name:Ha Giang"}).json()["items"][0]
    assert e["origin"]["name"]["en"] == "Ha Giang" and e["destination"]["code"] == "460000"
    assert e["start"] == "2024-03-10" and e["end"] == "2024-03-12"
    assert {(p["person"], p["role"]) for p in e["participants"]} == {("nguyenvanson", "leader"), ("刘小明", "host")}
    assert e["evidence"] and e["article"] == "en-hagiang-hainan"


def test_people_and_person(client):
    people = client.get("/api/people").json()
    assert people["total"] == 5
    assert people["items"][0]["key"] in ("王立新", "刘小明")  # in two articles each
    assert client.get("/api/people", params={"q": "wang lixin"}).json()["items"][0]["key"] == "王立新"
    p = client.get("/api/person/王立新").json()
    assert p["name"] == {"zh": "王立新", "en": "Wang Lixin"}
    assert [(x["role"], x["org_kind"], x["region_key"], x["published"]) for x in p["positions"]] == [
        ("secretary", "party_committee", "220000", "2023-11-08"), ("head", "government", "220000", "2024-05-21")]
    assert [(e["uid"], e["roles"]) for e in p["events"]] == [
        ("zh-jilin-tianjin#e1", ["leader"]), ("zh-jilin-tianjin#e2", ["speaker"]),
        ("mixed-tianjin-changchun#e1", ["host"]), ("mixed-tianjin-changchun#e2", ["attendee"])]
    assert client.get("/api/person/nguyenvanson").json()["name"]["en"] == "Nguyen Van Son"
    assert client.get("/api/person/nobody").status_code == 404


def test_regions_and_region(client):
    regions = client.get("/api/regions").json()
    assert {r["key"] for r in regions["items"]} == {"220000", "120000", "460000", "220100", "VN", "name:Ha Giang"}
    r = client.get("/api/region/220000").json()
    assert r["name"]["zh"] == "吉林省" and r["country"] == "CN"
    # Jilin's page counts Changchun's events too (220100 lies in 220000)
    assert r["partners"] == [{"key": "120000", "name": {"zh": "天津市", "en": "Tianjin"}, "events": 7}]
    assert len(r["events"]) == 7 and len(client.get("/api/region/220100").json()["events"]) == 1
    assert len(client.get("/api/events", params={"region": "220000", "type": "visit"}).json()["items"]) == 2
    assert {p["key"] for p in r["people"]} == {"王立新"}
    assert client.get("/api/region/name:Ha Giang").json()["code"] is None
    assert client.get("/api/region/999999").status_code == 404


def test_network(client):
    net = client.get("/api/network").json()
    assert {n["key"] for n in net["nodes"]} == {"220000", "120000", "460000", "220100", "name:Ha Giang"}
    edges = {(e["source"], e["target"], e["kind"]): e for e in net["edges"]}
    assert edges[("120000", "220000", "agreement")]["weight"] == 2
    assert edges[("120000", "220000", "agreement")]["field"] in ("agriculture", "industry")
    assert edges[("220000", "120000", "visit")]["weight"] == 1
    assert ("120000", "220100", "visit") in edges
    y2023 = client.get("/api/network", params={"year": "2023"}).json()
    assert {(e["source"], e["target"], e["kind"]) for e in y2023["edges"]} == {
        ("220000", "120000", "visit"), ("120000", "220000", "agreement")}
    tourism = client.get("/api/network", params={"field": "tourism_culture"}).json()
    # the visit names no field, but the agreement signed during it (part_of) does
    assert {(e["source"], e["target"], e["kind"]) for e in tourism["edges"]} == {
        ("460000", "name:Ha Giang", "agreement"), ("name:Ha Giang", "460000", "visit")}
    assert edges[("220000", "120000", "visit")]["fields"] == {"agriculture": 1, "industry": 1}
    assert client.get("/api/network", params={"year": "20x4"}).status_code == 422


def test_network_svg_download(client):
    r = client.get("/network.svg", params={"year": "2024"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert r.headers["content-disposition"] == 'attachment; filename="liaison-network-2024.svg"'
    assert r.text.startswith("<svg") and r.text.count("<circle") == 5
    assert "<script" not in r.text
    import xml.dom.minidom

    xml.dom.minidom.parseString(r.text)  # well-formed


def test_search(client):
    body = client.get("/api/search", params={"q": "Haikou"}).json()
    assert [a["id"] for a in body["articles"]["items"]] == ["en-hagiang-hainan"]
    assert "haikou" in body["articles"]["items"][0]["snippet"].lower()
    body = client.get("/api/search", params={"q": "王立新"}).json()
    assert {a["id"] for a in body["articles"]["items"]} == {"zh-jilin-tianjin", "mixed-tianjin-changchun"}
    assert [p["key"] for p in body["people"]["items"]] == ["王立新"]
    body = client.get("/api/search", params={"q": 'x" OR 1=1 --'}).json()  # not an FTS or SQL injection
    assert body["articles"]["total"] == 0
    assert client.get("/api/search", params={"q": "%"}).json()["articles"]["total"] == 0
    assert client.get("/api/search").status_code == 422


def test_extract(client, monkeypatch):
    import liaison

    seen = {}

    def fake_extract(text, **kw):
        seen.update(kw, text=text)
        return {"schema_version": "1", "doc": {"id": "x"}, "people": [], "events": []}

    monkeypatch.setattr(liaison, "extract", fake_extract)
    r = client.post("/api/extract", json={"text": "吉林省代表团来津。", "published": "2024-01-02"})
    assert r.status_code == 200 and r.json()["schema_version"] == "1"
    assert seen == {"text": "吉林省代表团来津。", "published": "2024-01-02", "title": None}
    assert client.post("/api/extract", json={"text": "x" * 100_001}).status_code == 422
    assert client.post("/api/extract", json={"text": "a", "published": "yesterday"}).status_code == 422
    assert client.post("/api/extract", json={}).status_code == 422


def test_extract_runs_the_real_pipeline(client):
    r = client.post("/api/extract", json={"text": "The delegation visited Tianjin.", "published": "2024-01-02"})
    assert r.status_code == 200
    rec = r.json()
    assert rec["schema_version"] == "1" and rec["doc"]["published"] == "2024-01-02"
    from liaison.record import validate

    validate(rec)
    assert client.get("/api/stats").json()["articles"] == 4  # not stored


def test_body_size_limit(client):
    r = client.post("/api/extract", content=b"x" * (MAX_BODY + 1), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "content-security-policy" in r.headers

    def chunks():  # no Content-Length: the limit holds while streaming
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"y" * 65536

    assert client.post("/extract", content=chunks()).status_code == 413


def test_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/articles", "/api/article/{article_id}", "/api/events", "/api/people", "/api/person/{key}",
            "/api/regions", "/api/region/{key}", "/api/network", "/api/search", "/api/extract",
            "/api/stats"} <= paths
    assert not any(not p.startswith("/api/") for p in paths)
    assert client.get("/docs").status_code == 404  # Swagger UI would load code from a CDN


# ------------------------------------------------------------------ safety
def test_hostile_article_is_escaped(client):
    r = client.get("/article/html-attack")
    assert r.status_code == 200
    html = r.text
    assert "<script>document.title" not in html and "&lt;script&gt;document.title" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    assert 'href="javascript:' not in html
    assert "<title>&lt;img src=x onerror=" in html
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in html.replace('<script src="/static/app.js" defer></script>', "")


def test_every_page_has_headers_and_no_inline_script(client):
    for url in ("/", "/articles", "/article/zh-jilin-tianjin", "/events", "/events?type=visit&region=220000",
                "/people", "/person/王立新", "/regions", "/region/220000", "/network", "/network?year=2024",
                "/search?q=Tianjin", "/extract", "/api/stats", "/static/app.js", "/static/style.css"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "default-src 'none'" in r.headers["content-security-policy"], url
        assert r.headers["x-frame-options"] == "DENY", url
        if r.headers["content-type"].startswith("text/html"):
            assert " on" + "click=" not in r.text and "<script>" not in r.text, url
            assert 'style="' not in r.text, url


def test_pages_show_the_data(client):
    assert "吉林省党政代表团来津考察" in client.get("/articles").text
    page = client.get("/article/zh-jilin-tianjin").text
    assert 'class="lang-zh ev ent ent-person"' in page and 'title="person: 王立新 · Wang Lixin' in page
    assert 'title="date: 2023-11-06"' in page
    assert 'title="region: Jilin / 吉林省 [220000]"' in page
    assert "津吉农业与装备制造合作框架协议" in page
    assert "Logistics Corridor Agreement" in client.get("/events?field=logistics").text
    assert "Logistics Corridor Agreement" not in client.get("/events?field=tourism_culture").text
    assert "Secretary of the CPC Jilin Provincial Committee" in client.get("/person/王立新").text
    assert "Ha Giang" in client.get("/region/460000").text
    assert "<svg" in client.get("/network").text
    assert "Wang Lixin" in client.get("/search?q=王立新").text
    assert client.get("/article/none").status_code == 404
    assert client.get("/person/none").status_code == 404


def test_extract_form(client, monkeypatch):
    import liaison

    monkeypatch.setattr(liaison, "extract", lambda text, **kw: {
        "schema_version": "1", "doc": {"id": "x", "published": kw.get("published")},
        "people": [{"id": "p1", "name": {"zh": "王立新", "en": "Wang Lixin"}, "positions": [], "mentions": [[0, 3]]}],
        "events": []})
    r = client.post("/extract", data={"text": "王立新<b>到访</b>", "published": "2024-02-03"})
    assert r.status_code == 200
    assert 'title="person: 王立新 · Wang Lixin">王立新</span>' in r.text
    assert "&lt;b&gt;到访&lt;/b&gt;" in r.text
    assert client.post("/extract", data={"text": "   "}).status_code == 400
    assert client.post("/extract", data={"text": "x" * 100_001}).status_code == 422
    assert client.post("/extract", data={"text": "x", "published": "soon"}).status_code == 422

    def broken(text, **kw):
        raise RuntimeError("stage exploded")

    monkeypatch.setattr(liaison, "extract", broken)
    r = client.post("/extract", data={"text": "x"})
    assert r.status_code == 500 and "stage exploded" in r.text
    assert client.post("/api/extract", json={"text": "x"}).status_code == 500


def test_read_only(db, client):
    from liaison.web.queries import connect_ro

    conn = connect_ro(db)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")
    conn.close()


def test_index_follows_the_database(tmp_path):
    from liaison.web.sample import articles

    items = articles()
    db = build_db(tmp_path / "kb.db", items[:1])
    c = TestClient(create_app(db))
    assert c.get("/api/stats").json()["articles"] == 1
    build_db(db, items[1:2])
    assert c.get("/api/stats").json()["articles"] == 2


def test_missing_database(tmp_path):
    c = TestClient(create_app(tmp_path / "none.db"))
    r = c.get("/api/stats")
    assert r.status_code == 503 and "liaison ingest" in r.json()["detail"]
    assert c.get("/").status_code == 503


def test_serve_command_refuses_a_missing_db(tmp_path, capsys):
    from liaison.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_serve_help_defaults_to_loopback(capsys):
    from liaison.cli import main

    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    assert "127.0.0.1" in out and "--port" in out and "--db" in out


def test_record_json_is_the_source(tmp_path):
    """A record stored with only the articles table filled still shows up (derived tables unused)."""
    from liaison.web.sample import articles

    text, rec = articles()[0]
    db = tmp_path / "kb.db"
    build_db(db, [])
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM articles")
    conn.execute("INSERT INTO articles(id, url, published, title, text, content_hash, record_json, ingested_at) "
                 "VALUES (?,?,?,?,?,?,?,?)", ("a1", None, "2023-11-08", "t", text, "h", json.dumps(rec), "now"))
    conn.commit()
    conn.close()
    c = TestClient(create_app(db))
    assert [e["type"] for e in c.get("/api/events").json()["items"]] == ["visit", "meeting", "agreement",
                                                                        "inspection"]


def test_docs_cover_every_route_and_option(client):
    """docs/web.md names every API route and every option of 'liaison serve'."""
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text("utf-8")
    for path, ops in client.get("/openapi.json").json()["paths"].items():
        documented = path.replace("{article_id}", "{id}").replace("/region/{key}", "/region/{code}")
        for method in ops:
            assert f"{method.upper()} {documented}" in doc, f"{method.upper()} {path} is not in docs/web.md"
    for option in ("--db", "--host", "--port", "--sample"):
        assert f"`{option}" in doc, option
    for page in ("/article/", "/events", "/person/", "/region/", "/network", "/search", "/extract"):
        assert page in doc, page
    for img in re.findall(r"\]\((img/[^)]+)\)", doc):
        assert (Path(__file__).resolve().parents[1] / "docs" / img).is_file(), img
