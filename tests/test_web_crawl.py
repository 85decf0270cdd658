"""Every link of the web UI answers, over records from the real pipeline and over odd records."""
from __future__ import annotations

import re
import sqlite3
from html import unescape
from urllib.parse import quote, urldefrag

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402

from liaison.web.app import create_app  # noqa: E402
from liaison.web.sample import articles, build_db  # noqa: E402

TEXTS = [  # written for this test
    ("2023年11月6日至7日，吉林省党政代表团来津考察。省委书记景俊海率团，天津市委书记陈敏尔会见代表团。"
     "双方签署《战略合作框架协议》。\nThe delegation toured Tianjin Port on November 7.", "2023-11-08"),
    ("On May 3, a delegation from Hainan Province led by Governor Liu Xiaoming visited Hanoi, Vietnam, "
     "and signed a memorandum on tourism cooperation.", "2024-05-04"),
    ("6月12日，长春市代表团赴天津市考察，参观了天津港。", "2024-06-13"),
]

ODD = [  # records a buggy extractor or an old schema might leave behind
    ("odd text", {"schema_version": "1", "doc": {"id": "odd-1", "published": None},
                  "people": [{"id": "p1", "name": {"zh": None, "en": None}, "positions": [{"role": "head",
                              "org_kind": "government", "region": {"code": None, "name": {"zh": None, "en": None}},
                              "title": None}], "mentions": [[0, 3], [50, 99], [2, 1]]},
                             {"id": "p2", "name": {"zh": None, "en": "O'Neil-Smith"}, "positions": []}],
                  "events": [{"id": "e1", "type": "visit", "date": {"start": "--05-01", "end": None},
                              "origin": None, "destination": {"code": None, "name": {"en": "Atlantis"}},
                              "participants": [{"person": "p9", "role": "leader"},
                                               {"person": "p2", "role": "host"}],
                              "evidence": [[0, 999], [-1, 2]]},
                             {"id": "e2", "type": "agreement"}]}),
    ("", {"schema_version": "1", "doc": {"id": "odd/slash?&#"}, "people": [], "events": []}),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    import liaison

    items = []
    for i, (text, published) in enumerate(TEXTS):
        items.append((text, liaison.extract(text, published=published, id=f"real-{i}")))
    db = build_db(tmp_path_factory.mktemp("crawl") / "kb.db", items + ODD + articles())
    conn = sqlite3.connect(db)  # a row whose record is not JSON at all
    conn.execute("INSERT INTO articles(id, url, published, title, text, content_hash, record_json, ingested_at) "
                 "VALUES ('broken', NULL, NULL, NULL, 'x', 'h', '{not json', 'now')")
    conn.commit()
    conn.close()
    return TestClient(create_app(db))


def test_every_link_answers(client):
    from collections import Counter, deque

    seen: set[str] = set()
    variants: Counter = Counter()  # facet, sort and page links multiply: a few of each page's are enough
    todo = deque(["/", "/articles?limit=500", "/people?limit=500", "/regions?limit=500", "/events?limit=500",
                  "/network", "/map", "/search?q=Tianjin", "/search?q=天津"])
    while todo and len(seen) < 600:
        url = todo.popleft()
        if url in seen:
            continue
        base = url.split("?")[0]
        if "?" in url and variants[base] >= 12 and not url.endswith("limit=500"):
            continue
        variants[base] += 1
        seen.add(url)
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code, r.text[:300])
        if not r.headers["content-type"].startswith("text/html"):
            continue
        for href in re.findall(r'href="([^"]+)"', r.text):
            href = urldefrag(unescape(href))[0]
            if href.startswith("/") and not href.startswith("//") and href not in seen:
                todo.append(href)
            elif href.startswith("?"):
                todo.append(url.split("?")[0] + href)
    assert len(seen) > 30
    for prefix in ("/article/real-0", "/article/odd-1", "/article/broken", "/person/", "/event/", "/region/220000",
                   "/events?", "/map?"):
        assert any(u.startswith(prefix) for u in seen), prefix


def test_api_over_real_and_odd_records(client):
    stats = client.get("/api/stats").json()
    assert stats["articles"] == len(TEXTS) + len(ODD) + len(articles()) + 1
    for a in client.get("/api/articles", params={"limit": 500}).json()["items"]:
        assert client.get(f"/api/article/{quote(a['id'], safe='')}").status_code == 200, a["id"]
    for p in client.get("/api/people", params={"limit": 500}).json()["people"]["items"]:
        assert client.get(f"/api/person/{p['entity']}").status_code == 200, p
    for r in client.get("/api/regions", params={"limit": 500}).json()["regions"]["items"]:
        assert client.get(f"/api/region/{quote(r['key'], safe='')}").status_code == 200, r["key"]
    for e in client.get("/api/events", params={"limit": 500}).json()["events"]["items"]:
        assert client.get(f"/api/event/{e['event']}").status_code == 200, e
    odd = client.get("/api/events", params={"article": "odd-1"}).json()["events"]["items"]
    assert [e["sort_date"] for e in odd] == [None, None]  # --05-01 with no publication year stays unsorted
    assert [e["type"] for e in client.get("/api/events", params={"article": "real-0"}).json()["events"]["items"]]
    assert client.get("/api/person/oneilsmith").json()["name"]["en"] == "O'Neil-Smith"
    assert client.get("/network.svg").text.startswith("<svg")
