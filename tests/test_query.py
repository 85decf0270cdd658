"""Queries over resolved events and people, and their table/json/csv output."""
from __future__ import annotations

import csv
import io
import json

import pytest

from liaison.store import open_store
from liaison.store import query
from liaison.store.commands import write_rows
from liaison.store.resolve import resolve
from test_store_helpers import HA_GIANG, HAINAN, JILIN, TIANJIN, event, person, record, visit_record


@pytest.fixture
def store():
    s = open_store(":memory:")
    s.put_record(visit_record("a1", start="2023-11-06", end="2023-11-07"), text="津方报道")
    s.put_record(visit_record("a2", start="2023-11-06", end="2023-11-06", published="2023-11-09"), text="吉方报道")
    s.put_record(visit_record("a3", start="2024-05-14", end="2024-05-15", published="2024-05-16",
                              destination=HAINAN))
    s.put_record(record("a4", [person("p1", "阮文山", "Nguyen Van Son", ("head", "government", HA_GIANG))],
                        [event("e1", "meeting", "2024-01-08", parties=[JILIN, HA_GIANG],
                               participants=[("p1", "speaker")], fields=["logistics"])], published="2024-01-09"))
    resolve(s)
    yield s
    s.close()


def test_events_by_region_name_code_or_prefix(store):
    by_en = query.events(store, "Jilin", type="visit")
    assert [(r["start"], r["destination"], r["sources"]) for r in by_en] == [
        ("2023-11-06", "Tianjin", 2), ("2024-05-14", "Hainan", 1)]
    assert query.events(store, "220000", type="visit") == by_en
    assert query.events(store, "吉林", type="visit") == by_en
    assert [r["start"] for r in query.events(store, "Jilin", type="visit", year=2024)] == ["2024-05-14"]


def test_events_by_party(store):
    rows = query.events(store, "Ha Giang")
    assert [(r["type"], r["parties"], r["fields"]) for r in rows] == [("meeting", ["Ha Giang", "Jilin"],
                                                                        ["logistics"])]


def test_person_timeline_and_appearances(store):
    rows = query.person(store, "Jing Junhai")
    positions = [(r["date"], r["what"], r["region"]) for r in rows if r["kind"] == "position"]
    assert positions == [("2023-11-08", "secretary", "Jilin"), ("2023-11-09", "secretary", "Jilin"),
                         ("2024-05-16", "secretary", "Jilin")]
    appearances = {(r["what"], r["detail"], r["event"]) for r in rows if r["kind"] == "appearance"}
    assert {w for w, _, _ in appearances} == {"visit", "meeting", "agreement"}
    assert query.person(store, "景俊海") == rows


def test_agreements_by_field_and_year(store):
    assert len(query.agreements(store)) == 2
    assert [r["start"] for r in query.agreements(store, field="trade_investment", year=2024)] == ["2024-05-14"]
    assert query.agreements(store, field="health") == []


def test_network_counts_region_pairs(store):
    rows = query.network(store)
    pair = {(r["region_a"], r["region_b"]): r for r in rows}
    jt = pair[("Jilin", "Tianjin")]
    assert (jt["events"], jt["visit"], jt["meeting"], jt["agreement"]) == (3, 1, 1, 1)
    assert pair[("Ha Giang", "Jilin")]["events"] == 1
    assert {(r["region_a"], r["region_b"]) for r in rows} == {("Jilin", "Tianjin"), ("Hainan", "Jilin"),
                                                              ("Ha Giang", "Jilin")}
    assert [r["region_a"] for r in query.network(store, year=2024) if r["region_b"] == "Tianjin"] == []


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_output_formats(store, fmt):
    rows = query.events(store, "Jilin")
    buf = io.StringIO()
    write_rows(rows, fmt, buf)
    text = buf.getvalue()
    if fmt == "json":
        assert json.loads(text) == rows
    elif fmt == "csv":
        parsed = list(csv.DictReader(io.StringIO(text)))
        assert len(parsed) == len(rows) and parsed[0]["type"] == rows[0]["type"]
    else:
        assert text.splitlines()[0].split()[:3] == ["event", "type", "start"]
        assert text.rstrip().endswith(f"({len(rows)} rows)")


def test_cli_query_json(tmp_path, capsys):
    from liaison.cli import main

    db = tmp_path / "k.db"
    with open_store(db) as s:
        s.put_record(visit_record("a1"))
        resolve(s)
    assert main(["query", "events", "--region", "Tianjin", "--type", "visit", "--db", str(db),
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["origin"], r["destination"]) for r in rows] == [("Jilin", "Tianjin")]


def test_cli_query_missing_db_is_usage_error(tmp_path, capsys):
    from liaison.cli import main

    assert main(["query", "network", "--db", str(tmp_path / "nope.db")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_regions_known_in_one_script_only_never_break_a_query(tmp_path):
    """Issue 15 item 2: sorting parties crashed when one had no English name."""
    from liaison.cli import main

    zh_only = {"code": None, "name": {"zh": "某某州", "en": None}, "country": "US"}
    en_only = {"code": None, "name": {"zh": None, "en": "Somewhere"}, "country": "AU"}
    nameless = {"code": None, "name": {"zh": None, "en": None}, "country": None}
    db = tmp_path / "k.db"
    with open_store(db) as s:
        s.put_record(record("a1", events=[event("e1", "meeting", "2024-01-08", parties=[zh_only, en_only, JILIN]),
                                          event("e2", "agreement", None, parties=[nameless, zh_only])],
                            published="2024-01-09"))
        resolve(s)
        rows = query.events(s)
        assert [r["parties"] for r in rows] == [["Jilin", "Somewhere", "某某州"], ["某某州"]]
        assert query.network(s)[0]["events"] == 1
    for what in (["events"], ["agreements"], ["network"], ["person", "nobody"]):
        for fmt in ("table", "json", "csv"):
            assert main(["query", *what, "--db", str(db), "--format", fmt]) == 0, (what, fmt)
