"""The CLI and the web read the same knowledge base the same way: same counts, same resolved events, same
resolved people (both go through ``liaison.store.query``)."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from liaison.web.app import create_app  # noqa: E402
from liaison.web.sample import build_db  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("agree") / "kb.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def cli_json(cli, *argv):
    res = cli(*argv, "--format", "json")
    assert res.code == 0, res.err
    return json.loads(res.out)


def web_events(client, **params) -> list[dict]:
    out, offset = [], 0
    while True:
        page = client.get("/api/events", params={**params, "limit": 2, "offset": offset}).json()["events"]
        out += page["items"]
        offset += 2
        if offset >= page["total"]:
            return out


def test_same_resolved_events(cli, db, client):
    rows = cli_json(cli, "query", "events", "--db", db)
    web = web_events(client)
    assert len(rows) == len(web) == client.get("/api/stats").json()["events"] == 12
    assert [(r["event"], r["type"], r["start"], r["sources"], r["articles"]) for r in rows] == \
        [(e["event"], e["type"], e["start"], e["sources"], e["articles"]) for e in web]
    # a region named in either script gives the same events as the web's region filter
    for name in ("Jilin", "吉林", "220000"):
        by_cli = [r["event"] for r in cli_json(cli, "query", "events", "--region", name, "--db", db)]
        assert by_cli == [e["event"] for e in web_events(client, region="220000")], name
    agreements = cli_json(cli, "query", "agreements", "--field", "agriculture", "--db", db)
    assert [r["event"] for r in agreements] == [e["event"] for e in web_events(client, type="agreement",
                                                                                field="agriculture")]


def test_same_resolved_people(cli, db, client):
    people = client.get("/api/people", params={"limit": 500}).json()["people"]
    assert people["total"] == 5
    for p in people["items"]:
        for name in filter(None, (p["name"]["zh"], p["name"]["en"])):
            rows = cli_json(cli, "query", "person", name, "--db", db)
            assert {r["entity"] for r in rows} == {p["entity"]}, name
            appearances = {r["event"] for r in rows if r["kind"] == "appearance"}
            web = client.get(f"/api/person/{p['entity']}", params={"limit": 500}).json()
            assert appearances == {e["event"] for e in web["events"]["items"]}, name
            assert len([r for r in rows if r["kind"] == "position"]) == len(web["positions"])


def test_same_counts_in_the_demo_summary(cli, db, client):
    from liaison.store import open_store
    from liaison.store.query import summary

    with open_store(db) as s:
        summ = summary(s)
    stats = client.get("/api/stats").json()
    assert (summ["articles"], summ["events"], summ["people"], summ["event_reports"]) == (
        stats["articles"], stats["events"], stats["people"], stats["event_reports"])
    net = cli_json(cli, "query", "network", "--db", db)
    pair = {(r["region_a"], r["region_b"]): r["events"] for r in net}
    assert pair[("Jilin", "Tianjin")] == 6  # the 2023 visit, meeting, agreement, inspection; 2024 meeting, agreement
