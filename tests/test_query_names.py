"""Regions known only in Chinese, only in English, or by no name at all: every query still answers."""
from __future__ import annotations

import json

import pytest

from liaison.record import validate
from liaison.store import open_store, query
from liaison.store.resolve import resolve
from test_store_helpers import JILIN, event, person, record

ZH_ONLY = {"code": None, "name": {"zh": "某某州", "en": None}, "country": "MM"}
EN_ONLY = {"code": None, "name": {"zh": None, "en": "Nowhere County"}, "country": "US"}
NAMELESS = {"code": None, "name": {"zh": None, "en": None}, "country": "KR"}


def odd_record(aid: str) -> dict:
    rec = record(aid, [person("p1", "王小明", None, ("head", "government", ZH_ONLY)),
                       person("p2", None, "John Roe", ("head", "government", EN_ONLY))],
                 [event("e1", "meeting", "2024-03-01", parties=[JILIN, ZH_ONLY, EN_ONLY, NAMELESS],
                        participants=[("p1", "host"), ("p2", "speaker")], fields=["trade_investment"]),
                  event("e2", "visit", "2024-03-01", origin=EN_ONLY, destination=ZH_ONLY,
                        participants=[("p2", "leader")]),
                  event("e3", "agreement", "2024-03-02", parties=[NAMELESS, ZH_ONLY],
                        title={"zh": "合作备忘录", "en": None})],
                 published="2024-03-03")
    validate(rec)  # a region with no name is schema-valid, so the store must cope with it
    return rec


@pytest.fixture
def store():
    s = open_store(":memory:")
    s.put_record(odd_record("odd"), text="某某州与 Nowhere County 会谈")
    resolve(s)
    yield s
    s.close()


def test_events_with_a_nameless_party_sort(store):
    rows = query.events(store)
    meeting = [r for r in rows if r["type"] == "meeting"][0]
    assert meeting["parties"] == ["Jilin", "Nowhere County", "某某州"]  # the nameless party left out
    visit = [r for r in rows if r["type"] == "visit"][0]
    assert (visit["origin"], visit["destination"]) == ("Nowhere County", "某某州")
    assert [r["parties"] for r in rows if r["type"] == "agreement"] == [["某某州"]]


def test_regions_by_their_only_name(store):
    assert [r["type"] for r in query.events(store, "某某州")] == ["meeting", "visit", "agreement"]
    assert [r["type"] for r in query.events(store, "nowhere county")] == ["meeting", "visit"]


def test_network_and_people(store):
    pairs = {(r["region_a"], r["region_b"]) for r in query.network(store)}
    assert ("Nowhere County", "某某州") in pairs and ("Jilin", "某某州") in pairs
    assert [r["region"] for r in query.person(store, "王小明") if r["kind"] == "position"] == ["某某州"]
    assert [r["region"] for r in query.person(store, "John Roe") if r["kind"] == "position"] == ["Nowhere County"]


@pytest.mark.parametrize("argv", [["query", "events"], ["query", "events", "--region", "某某州"],
                                  ["query", "agreements"], ["query", "network"], ["query", "person", "John Roe"]])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_cli_queries_answer(tmp_path, cli, argv, fmt):
    db = tmp_path / "odd.db"
    with open_store(db) as s:
        s.put_record(odd_record("odd"))
        resolve(s)
    r = cli(*argv, "--db", db, "--format", fmt)
    assert r.code == 0, r.err
    assert r.err == ""
    if fmt == "json":
        assert json.loads(r.out)
    else:
        assert len(r.out.splitlines()) >= 2
