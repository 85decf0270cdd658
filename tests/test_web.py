"""The web UI's REST API and pages, through FastAPI's TestClient, over a hand-made knowledge base that is
resolved like an ingested one (``liaison.web.sample``: five articles, one visit reported twice)."""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402

from liaison.store.query import MAX_LIMIT  # noqa: E402
from liaison.web.app import MAX_BODY, create_app  # noqa: E402
from liaison.web.sample import build_db  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("web") / "kb.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def entity(client, name: str) -> int:
    return client.get(f"/api/person/{name}").json()["entity"]


def events(client, **params) -> list[tuple]:
    body = client.get("/api/events", params={"limit": 500, **params}).json()
    return [(e["type"], e["start"], e["sources"]) for e in body["events"]["items"]]


# ------------------------------------------------------------------ API: resolved events
def test_stats_count_resolved_events_and_people(client):
    assert client.get("/api/stats").json() == {
        "articles": 5, "events": 12, "event_reports": 15, "unresolved_reports": 0, "people": 5,
        "person_mentions": 9, "regions": 6, "events_by_type": {"agreement": 3, "inspection": 2, "meeting": 4,
                                                               "visit": 3}, "years": ["2023", "2024"]}


def test_events_lists_each_resolved_event_once_with_its_reports(client):
    body = client.get("/api/events").json()["events"]
    assert body["total"] == 12
    first = body["items"][0]
    assert (first["type"], first["start"], first["end"], first["sources"]) == ("visit", "2023-11-06", "2023-11-07", 2)
    assert first["articles"] == ["en-jilin-tianjin", "zh-jilin-tianjin"]
    assert first["origin"]["key"] == "220000" and first["destination"]["en"] == "Tianjin"
    # the two reports' officials are merged: Wang Lixin (zh in one, en only in the other) is one person
    assert [(p["name"]["zh"], p["roles"]) for p in first["people"]] == [("王立新", ["leader"]), ("李海平", ["host"])]


def test_event_filters_combine_in_the_url(client):
    wang = entity(client, "王立新")
    assert events(client, type="agreement") == [("agreement", "2023-11-06", 2), ("agreement", "2024-03-11", 1),
                                                ("agreement", "2024-05-20", 1)]
    # a province takes in its cities: the 2024 visit went to Changchun (220100)
    assert events(client, type="visit", province="220000") == [("visit", "2023-11-06", 2), ("visit", "2024-05-20", 1)]
    assert events(client, region="220100") == [("visit", "2024-05-20", 1)]
    assert events(client, type=["visit", "inspection"], year="2024") == [("visit", "2024-03-10", 1),
                                                                       ("inspection", "2024-03-12", 1),
                                                                       ("visit", "2024-05-20", 1)]
    assert events(client, country="VN", type="meeting") == [("meeting", "2024-03-11", 1), ("meeting", None, 1)]
    assert events(client, field="logistics") == [("agreement", "2024-05-20", 1)]
    assert events(client, person=wang, role="leader") == [("visit", "2023-11-06", 2)]
    assert events(client, person=wang) == [("visit", "2023-11-06", 2), ("meeting", "2023-11-06", 2),
                                           ("visit", "2024-05-20", 1), ("meeting", "2024-05-20", 1)]
    assert events(client, q="corridor") == [("agreement", "2024-05-20", 1)]
    assert events(client, date_from="2024-03-11", date_to="2024-03-11") == [("meeting", "2024-03-11", 1),
                                                                          ("agreement", "2024-03-11", 1)]
    assert events(client, article="html-attack") == [("meeting", None, 1)]
    for bad in ({"type": "party"}, {"date_from": "last week"}, {"field": "space"}, {"year": "20x4"},
                {"country": "vietnam"}, {"sort": "random"}, {"person": "x"}):
        assert client.get("/api/events", params=bad).status_code == 422, bad


def test_facet_counts_follow_the_other_filters(client):
    body = client.get("/api/events", params={"type": "visit"}).json()
    facets = {f["name"]: {v["value"]: (v["count"], v["selected"]) for v in f["values"]} for f in body["facets"]}
    # a facet ignores its own filter, so every type shows, the chosen one marked
    assert facets["type"] == {"meeting": (4, False), "agreement": (3, False), "visit": (3, True),
                              "inspection": (2, False)}
    # the others count visits only; Changchun's visit counts for Jilin province
    assert facets["province"] == {"220000": (2, False), "120000": (2, False), "460000": (1, False),
                                  "name:Ha Giang": (1, False)}
    assert facets["year"] == {"2024": (2, False), "2023": (1, False)}
    assert facets["country"] == {"CN": (3, False), "VN": (1, False)}
    assert facets["role"] == {"host": (3, False), "leader": (3, False)}
    labels = {f["name"]: {v["value"]: v["label"] for v in f["values"]} for f in body["facets"]}
    assert labels["province"]["220000"] == "Jilin" and labels["country"]["VN"] == "Vietnam"
    field_labels = {v["value"]: v["label"] for f in client.get("/api/events").json()["facets"] if f["name"] == "field"
                    for v in f["values"]}
    assert field_labels["trade_investment"] == "trade and investment"


def test_sorting_and_pagination(client):
    def starts(**params):
        return [e["start"] for e in client.get("/api/events", params=params).json()["events"]["items"]]

    assert starts(limit=3) == ["2023-11-06", "2023-11-06", "2023-11-06"]
    # an event its article does not date sorts by the article's publication date (2024-06-01)
    latest = client.get("/api/events", params={"sort": "-date", "limit": 2}).json()["events"]["items"]
    assert [(e["start"], e["sort_date"]) for e in latest] == [(None, "2024-06-01"), ("2024-05-20", "2024-05-20")]
    page = client.get("/api/events", params={"limit": 5, "offset": 10}).json()["events"]
    assert (page["total"], page["limit"], page["offset"], len(page["items"])) == (12, 5, 10, 2)
    top = client.get("/api/events", params={"sort": "-sources", "limit": 3}).json()["events"]["items"]
    assert [e["sources"] for e in top] == [2, 2, 2]
    assert client.get("/api/events", params={"limit": MAX_LIMIT + 1}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422


def test_csv_twin_has_the_same_rows(client):
    r = client.get("/api/events", params={"type": "agreement", "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [x["title_en"] for x in rows] == ["Tianjin–Jilin Framework Agreement on Agriculture and Equipment "
                                             "Manufacturing", "Memorandum of Understanding on Tourism and "
                                             "Agricultural Trade", "Logistics Corridor Agreement"]
    assert rows[0]["date"] == "6 November 2023" and rows[0]["sources"] == "2"
    assert rows[2]["fields"] == "agriculture and food;industry and manufacturing;logistics and transport"
    people = list(csv.DictReader(io.StringIO(client.get("/api/people", params={"format": "csv"}).text)))
    assert [p["zh"] for p in people][:1] == ["王立新"] and len(people) == 5


def test_event_page_data_merges_reports_and_their_evidence(client):
    e = client.get("/api/event/1").json()
    assert [r["article_id"] for r in e["reports"]] == ["zh-jilin-tianjin", "en-jilin-tianjin"]
    zh, en = e["reports"]
    assert zh["passages"][0].startswith("11月6日至7日，吉林省党政代表团来津考察。")
    assert en["passages"] == ["CHANGCHUN, November 9 - A Party and government delegation of Jilin Province led by Wang Lixin, Secretary of "
                              "the CPC Jilin Provincial Committee, visited Tianjin from November 6 to 7."]
    assert en["date_label"] == "6–7 November 2023"
    one = client.get("/api/event/1", params={"limit": 1, "offset": 1}).json()
    assert [r["article_id"] for r in one["reports"]] == ["en-jilin-tianjin"]
    assert one["reports_page"] == {"total": 2, "limit": 1, "offset": 1}
    assert "1–1 of 2" not in client.get("/event/1").text and "2–2 of 2" in client.get("/event/1?limit=1&offset=1").text
    inspection = client.get("/api/event/4").json()
    assert inspection["sites"] == [{"zh": "海河智能装备有限公司", "en": "Haihe Intelligent Equipment Co., Ltd."}]
    assert client.get("/api/event/999").status_code == 404
    page = client.get("/event/1").text
    assert page.count('class="evidence text"') == 2 and "reported by 2 articles" in page


# ------------------------------------------------------------------ API: people and regions
def test_people_by_any_alias_and_facets(client):
    body = client.get("/api/people").json()
    assert body["people"]["total"] == 5
    assert [(p["name"]["zh"], p["articles"]) for p in body["people"]["items"][:2]] == [("王立新", 3), ("刘小明", 2)]
    wang = entity(client, "王立新")
    for alias in ("Wang Lixin", "wang lixin", "WangLixin", "王立新"):
        assert [p["entity"] for p in client.get("/api/people", params={"q": alias}).json()["people"]["items"]] \
            == [wang], alias
    facets = {f["name"]: {v["value"]: v["count"] for v in f["values"]} for f in body["facets"]}
    assert facets["role"] == {"secretary": 3, "head": 3}
    heads = client.get("/api/people", params={"role": "head", "province": "460000"}).json()["people"]["items"]
    assert [p["name"]["en"] for p in heads] == ["Liu Xiaoming"]


def test_person_timeline_lists_resolved_events_with_pages(client):
    p = client.get("/api/person/王立新").json()
    assert p["name"] == {"zh": "王立新", "en": "Wang Lixin"}
    assert p["aliases"] == [{"zh": None, "en": "Wang Lixin"}]
    assert [(x["published"], x["role"], x["region_key"]) for x in p["positions"]] == [
        ("2023-11-08", "secretary", "220000"), ("2023-11-09", "secretary", "220000"), ("2024-05-21", "head", "220000")]
    assert [(e["type"], e["sources"], e["roles"]) for e in p["events"]["items"]] == [
        ("visit", 2, ["leader"]), ("meeting", 2, ["speaker"]), ("visit", 1, ["host"]), ("meeting", 1, ["attendee"])]
    page = client.get("/api/person/王立新", params={"limit": 2, "offset": 2}).json()["events"]
    assert (page["total"], [e["type"] for e in page["items"]]) == (4, ["visit", "meeting"])
    assert client.get(f"/api/person/{p['entity']}").json()["name"]["en"] == "Wang Lixin"
    assert client.get("/api/person/nobody").status_code == 404
    # a position without an English title gets one built from its role and body
    li = client.get("/api/person/李海平").json()
    assert [x["title"]["en"] for x in li["positions"]] == ["Secretary of the CPC Tianjin Municipal Committee",
                                                          "Party secretary, party committee of Tianjin"]


def test_region_page_data_rolls_up_and_pages(client):
    r = client.get("/api/region/220000").json()
    assert r["name"] == {"zh": "吉林省", "en": "Jilin"} and r["country"] == "CN"
    assert r["events"]["total"] == 7  # its own and Changchun's
    assert r["partners"] == [{"key": "120000", "events": 7, "name": {"zh": "天津市", "en": "Tianjin"}}]
    assert [p["name"]["zh"] for p in r["people"]] == ["王立新"]
    assert client.get("/api/region/220000", params={"type": "visit"}).json()["events"]["total"] == 2
    assert client.get("/api/region/220000", params={"limit": 3}).json()["events"]["items"][2]["type"] == "agreement"
    assert client.get("/api/region/name:Ha Giang").json()["code"] is None
    assert client.get("/api/region/999999").status_code == 404
    regions = client.get("/api/regions").json()["regions"]
    assert {g["key"]: g["events"] for g in regions["items"]} == {"220000": 6, "120000": 7, "460000": 5,
                                                                 "name:Ha Giang": 4, "VN": 1, "220100": 1}


def test_network_by_type_year_and_level(client):
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"], e["type"]): e["weight"] for e in net["edges"]}
    assert edges[("220000", "120000", "visit")] == 1 and edges[("120000", "220000", "visit")] == 1  # Changchun
    assert edges[("120000", "220000", "agreement")] == 2
    nodes = {n["key"]: n for n in net["nodes"]}
    assert set(nodes) == {"220000", "120000", "460000", "name:Ha Giang", "VN"}
    assert (nodes["220000"]["lat"], nodes["220000"]["lon"]) == (43.88, 125.3228)  # Jilin at Changchun
    fine = client.get("/api/network", params={"level": "region", "type": "visit"}).json()
    assert {(e["source"], e["target"]) for e in fine["edges"]} == {("220000", "120000"), ("120000", "220100"),
                                                                   ("name:Ha Giang", "460000")}
    y2023 = client.get("/api/network", params={"year": "2023", "type": ["visit", "agreement"]}).json()
    assert {(e["source"], e["target"], e["type"]) for e in y2023["edges"]} == {
        ("220000", "120000", "visit"), ("120000", "220000", "agreement")}


def test_network_and_map_svg(client):
    for path, name in (("/network.svg", "liaison-network-2024.svg"), ("/map.svg", "liaison-map-2024.svg")):
        r = client.get(path, params={"year": "2024"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
        assert r.headers["content-disposition"] == f'attachment; filename="{name}"'
        assert r.text.startswith("<svg") and "<script" not in r.text
        import xml.dom.minidom

        xml.dom.minidom.parseString(r.text)  # well-formed
        assert 'href="/region/460000"' in r.text  # nodes link to their region pages
        assert ">visit</text>" in r.text and ">agriculture and food</text>" in r.text  # the legend
    m = client.get("/map.svg").text
    assert "GeoNames" in m and m.count("<circle") == 5


def test_search_across_scripts_and_aliases(tmp_path):
    from liaison.store import open_store
    from liaison.store.resolve import resolve
    from test_store_helpers import TIANJIN, event, person, record

    jilin_city = {"code": "220200", "name": {"zh": "吉林市", "en": "Jilin"}, "country": "CN"}
    jilin = {"code": "220000", "name": {"zh": "吉林省", "en": "Jilin"}, "country": "CN"}
    db = tmp_path / "s.db"
    with open_store(db) as s:
        s.put_record(record("a1", [person("p1", "陈敏尔", "Chen Min'er", ("secretary", "party_committee", TIANJIN))],
                            [event("e1", "agreement", "2023-11-06", parties=[jilin, TIANJIN],
                                   title={"zh": "港口物流合作协议", "en": "Port Logistics Cooperation Agreement"})],
                            published="2023-11-08", title="津吉签约"), text="陈敏尔出席签约仪式。吉林省与天津市签署港口物流合作协议。")
        s.put_record(record("a2", [person("p1", None, "Chen Miner", ("secretary", "party_committee", TIANJIN))],
                            [event("e1", "visit", "2024-01-05", origin=jilin_city, destination=TIANJIN)],
                            published="2024-01-06", title="Jilin City delegation"),
                     text="A delegation from Jilin City visited Tianjin; Chen Miner met them.")
        resolve(s)
    c = TestClient(create_app(db))

    def found(q):
        body = c.get("/api/search", params={"q": q}).json()
        return ({r["key"] for r in body["regions"]}, [p["entity"] for p in body["people"]],
                [e["title"]["en"] for e in body["agreements"]["items"]], [a["id"] for a in body["articles"]["items"]])

    assert found("Jilin")[0] == {"220000", "220200"}
    assert found("吉林")[0] == {"220000", "220200"}
    assert found("吉林省")[0] == {"220000"} and found("吉林市")[0] == {"220200"}
    chen = found("陈敏尔")[1]
    assert len(chen) == 1 and found("Chen Min'er")[1] == chen == found("Chen Miner")[1] == found("chen miner")[1]
    assert found("港口物流")[2] == ["Port Logistics Cooperation Agreement"]
    assert found("logistics cooperation")[2] == ["Port Logistics Cooperation Agreement"]
    assert found("签约仪式")[3] == ["a1"]  # a Chinese word inside a longer run
    page = c.get("/search", params={"q": "吉林"}).text
    assert "<mark>吉林</mark>省" in page and "<mark>吉林</mark>市" in page
    rows = list(csv.DictReader(io.StringIO(c.get("/api/search", params={"q": "Chen Miner", "format": "csv"}).text)))
    assert [(r["kind"], r["zh"]) for r in rows] == [("person", "陈敏尔"), ("article", "")]


# ------------------------------------------------------------------ pages
def test_pages_have_facets_sort_links_and_twins(client):
    page = client.get("/events", params={"type": "visit", "province": "220000"}).text
    assert 'data-facet="province"' in page and 'data-facet="role"' in page
    assert 'href="/api/events?type=visit&amp;province=220000"' in page
    assert 'href="/api/events?type=visit&amp;province=220000&amp;format=csv"' in page
    assert 'href="?type=visit&amp;province=220000&amp;sort=-date"' in page  # the sorted column reverses
    assert 'href="?province=220000"' in page  # un-choosing the selected type keeps the other filter
    assert "6–7 November 2023" in page and ">party secretary<" not in page
    for url in ("/people", "/regions", "/person/王立新", "/region/220000", "/search?q=Jilin", "/network", "/map",
                "/articles", "/event/1"):
        r = client.get(url).text
        assert 'class="json-link"' in r and 'class="csv-link"' in r, url


def test_pages_show_words_not_codes(client):
    person = client.get("/person/李海平").text
    assert "party secretary" in person and "party committee" in person
    assert "Party secretary, party committee of Tianjin" in person
    events = client.get("/events", params={"field": "trade_investment"}).text
    assert "trade and investment" in events
    art = client.get("/article/zh-jilin-tianjin").text
    assert 'title="date: 2023-11-06 to 2023-11-07" data-ev="e1">11月6日至7日</span>' in art  # the whole range is marked
    assert 'href="/event/1">resolved event</a>' in art
    assert 'href="/person/3"' in art or re.search(r'href="/person/\d+"', art)


def test_dates_as_a_reader_writes_them():
    from liaison.web.labels import date_label

    assert date_label("--05-22") == "22 May, year not stated"
    assert date_label("2023-11-06", "2023-11-07") == "6–7 November 2023"
    assert date_label("2023-11-30", "2023-12-02") == "30 November – 2 December 2023"
    assert date_label("2023-11") == "November 2023" and date_label(None) == "no date"


def test_date_highlighting_covers_ranges_and_times_of_day():
    from liaison.web.highlight import find_dates

    text = "11月6日至7日，代表团来津。11日上午，双方座谈。March 10 to 12, talks."
    found = {text[d.start:d.end]: d.title for d in find_dates(text, "2023-11-08")}
    assert found["11月6日至7日"] == "date: 2023-11-06 to 2023-11-07"
    assert found["11日上午"] == "date: 2023-11-11"
    assert found["March 10 to 12"] == "date: 2023-03-10 to 2023-03-12"


def test_extract_page_names_people_and_shows_sites(client, monkeypatch):
    import liaison

    monkeypatch.setattr(liaison, "extract", lambda text, **kw: {
        "schema_version": "1", "doc": {"id": "x", "published": kw.get("published")},
        "people": [{"id": "p1", "name": {"zh": "王立新", "en": "Wang Lixin"}, "positions": [], "mentions": [[0, 3]]}],
        "events": [{"id": "e1", "type": "inspection", "date": {"start": None, "end": None}, "origin": None,
                    "destination": None, "parties": [], "participants": [{"person": "p1", "role": "leader"}],
                    "title": None, "fields": [], "sites": [{"zh": "海河智能装备有限公司", "en": None}],
                    "evidence": [[0, 5]]}]})
    r = client.post("/extract", data={"text": "王立新<b>到访</b>", "published": "2024-02-03"})
    assert r.status_code == 200
    assert 'title="person: 王立新 · Wang Lixin" data-ev="e1">王立新</span>' in r.text
    assert "&lt;b&gt;到访&lt;/b&gt;" in r.text
    assert ">?<" not in r.text and '<span lang="zh">王立新</span> <span class="muted">Wang Lixin</span> ' \
                                   '<span class="role">leader</span>' in r.text
    assert "海河智能装备有限公司" in r.text
    assert client.post("/extract", data={"text": "   "}).status_code == 400
    assert client.post("/extract", data={"text": "x" * 100_001}).status_code == 422
    assert client.post("/extract", data={"text": "x", "published": "soon"}).status_code == 422

    def broken(text, **kw):
        raise RuntimeError("stage exploded")

    monkeypatch.setattr(liaison, "extract", broken)
    r = client.post("/extract", data={"text": "x"})
    assert r.status_code == 500 and "stage exploded" in r.text
    assert client.post("/api/extract", json={"text": "x"}).status_code == 500


def test_api_extract_passes_its_input(client, monkeypatch):
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


def test_api_extract_runs_the_real_pipeline(client):
    """The real pipeline behind /api/extract: people and events come out (an empty record fails here)."""
    text = "2023年11月6日，吉林省党政代表团来到天津市考察。省委书记景俊海率团，天津市委书记陈敏尔会见代表团。"
    r = client.post("/api/extract", json={"text": text, "published": "2023-11-08"})
    assert r.status_code == 200
    rec = r.json()
    from liaison.record import validate

    validate(rec)
    assert {p["name"]["zh"] for p in rec["people"]} >= {"景俊海", "陈敏尔"}
    visits = [e for e in rec["events"] if e["type"] == "visit"]
    assert visits and visits[0]["destination"]["code"] == "120000" and visits[0]["date"]["start"] == "2023-11-06"
    assert client.get("/api/stats").json()["articles"] == 5  # not stored


# ------------------------------------------------------------------ safety and limits
def test_body_size_limit(client):
    r = client.post("/api/extract", content=b"x" * (MAX_BODY + 1), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "content-security-policy" in r.headers

    def chunks():  # no Content-Length: the limit holds while streaming
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"y" * 65536

    assert client.post("/extract", content=chunks()).status_code == 413


def test_openapi_lists_every_endpoint(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/articles", "/api/article/{article_id}", "/api/events", "/api/event/{ee}", "/api/people",
            "/api/person/{key}", "/api/regions", "/api/region/{key}", "/api/network", "/api/search", "/api/extract",
            "/api/stats"} <= paths
    assert not any(not p.startswith("/api/") for p in paths)
    assert client.get("/docs").status_code == 404  # Swagger UI would load code from a CDN


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
    for url in ("/", "/articles", "/article/zh-jilin-tianjin", "/events", "/events?type=visit&province=220000",
                "/event/1", "/people", "/person/王立新", "/regions", "/region/220000", "/network", "/network?year=2024",
                "/map", "/search?q=Tianjin", "/extract", "/api/stats", "/static/app.js", "/static/style.css"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "default-src 'none'" in r.headers["content-security-policy"], url
        assert r.headers["x-frame-options"] == "DENY", url
        if r.headers["content-type"].startswith("text/html"):
            assert " on" + "click=" not in r.text and "<script>" not in r.text, url
            assert 'style="' not in r.text, url


def test_read_only(db, client):
    from liaison.store.query import Reader

    with Reader(db) as r:
        with pytest.raises(sqlite3.OperationalError):
            r.conn.execute("DELETE FROM articles")


def test_pages_follow_the_database(tmp_path):
    """Every request reads the file: rows an ingest adds show on the next request (no copy in memory)."""
    from liaison.web.sample import articles

    items = articles()
    db = build_db(tmp_path / "kb.db", items[:1])
    c = TestClient(create_app(db))
    assert c.get("/api/stats").json()["articles"] == 1
    build_db(db, items[1:2])
    assert c.get("/api/stats").json()["articles"] == 2
    assert "Ha Giang" in c.get("/events").text


def test_missing_database(tmp_path):
    c = TestClient(create_app(tmp_path / "none.db"))
    r = c.get("/api/stats")
    assert r.status_code == 503 and "liaison ingest" in r.json()["detail"]
    assert c.get("/").status_code == 503


def test_serve_refuses_a_missing_or_foreign_database(tmp_path, capsys):
    from liaison.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "no such database" in capsys.readouterr().err
    text = tmp_path / "notes.db"
    text.write_text("these are my notes, not a database\n")
    assert main(["serve", "--db", str(text)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("liaison: error: ") and "not a liaison database" in err
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    assert main(["serve", "--db", str(other)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a liaison database" in err


def test_serve_on_a_busy_port_says_so(tmp_path, capsys, db):
    import socket

    from liaison.cli import main
    from liaison.web.commands import EXIT_PORT

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        code = main(["serve", "--db", str(db), "--port", str(port)])
    err = capsys.readouterr().err
    assert code == EXIT_PORT == 3
    lines = [x for x in err.splitlines() if x.startswith("liaison: error:")]
    assert len(lines) == 1 and f"port {port} is in use" in lines[0] and "Traceback" not in err


def test_serve_help_defaults_to_loopback(capsys):
    from liaison.cli import main

    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    assert "127.0.0.1" in out and "--port" in out and "--db" in out


def test_docs_cover_every_route_and_option(client):
    """docs/web.md names every API route, every page and every option of 'liaison serve'."""
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text("utf-8")
    for path, ops in client.get("/openapi.json").json()["paths"].items():
        documented = path.replace("{article_id}", "{id}").replace("/region/{key}", "/region/{code}")
        for method in ops:
            assert f"{method.upper()} {documented}" in doc, f"{method.upper()} {path} is not in docs/web.md"
    for option in ("--db", "--host", "--port", "--sample", "--header-timeout", "--body-timeout"):
        assert f"`{option}" in doc, option
    for page in ("/article/", "/events", "/event/", "/person/", "/region/", "/network", "/map", "/search",
                 "/extract"):
        assert page in doc, page
    for img in re.findall(r"\]\((img/[^)]+)\)", doc):
        assert (Path(__file__).resolve().parents[1] / "docs" / img).is_file(), img


def test_json_answers_are_json(client):
    for url in ("/api/events?format=json", "/api/region/220000", "/api/person/王立新", "/api/network"):
        json.loads(client.get(url).text)
