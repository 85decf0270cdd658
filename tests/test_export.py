"""Exports: jsonl, csv, parquet, graphml, plover (and the PLOVER/CAMEO crosswalk)."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from liaison.store import open_store
from liaison.store.export import CROSSWALK, export, plover_rows
from liaison.store.resolve import resolve
from test_store_helpers import JILIN, TIANJIN, event, record, visit_record


@pytest.fixture
def store():
    s = open_store(":memory:")
    s.put_record(visit_record("a1"), text="津方报道")
    s.put_record(visit_record("a2", published="2023-11-09"), text="吉方报道")
    s.put_record(record("a3", events=[event("e1", "inspection", "2023-11-07", origin=JILIN, destination=TIANJIN,
                                            sites=[{"zh": "天津港", "en": "Tianjin Port"}])]))
    resolve(s)
    yield s
    s.close()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "graphml", "plover"])
def test_every_format_counts_the_same_events_and_articles(store, fmt, tmp_path):
    """4 resolved events (the visit, meeting and agreement both a1 and a2 report, a3's inspection) from 3
    articles, whatever the format: a CSV has 7 rows, PLOVER 5 lines, and the count is still 4."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="parquet export needs pyarrow (extra 'parquet')")
        done = export(store, fmt, path=str(tmp_path / "x.parquet"))
    else:
        done = export(store, fmt, io.StringIO())
    assert (done.events, done.records) == (4, 3)
    assert str(done) == "4 events from 3 articles"


def test_export_count_is_events_after_no_resolve(tmp_path):
    """Never resolved, each reported event counts once (CSV and JSONL agree)."""
    with open_store(":memory:") as s:
        s.put_record(visit_record("a1"))
        s.put_record(visit_record("a2"))
        assert export(s, "jsonl", io.StringIO()).events == 6
        assert export(s, "csv", io.StringIO()).events == 6
        assert export(s, "plover", io.StringIO()).events == 0  # PLOVER codes resolved events only


def test_jsonl_is_records_with_resolution(store):
    buf = io.StringIO()
    assert export(store, "jsonl", buf).records == 3
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [r["doc"]["id"] for r in recs] == ["a1", "a2", "a3"]
    assert recs[0]["store"]["event_entities"]["e1"] == recs[1]["store"]["event_entities"]["e1"]
    assert recs[0]["store"]["entities"]["p1"] == recs[1]["store"]["entities"]["p1"]


def test_csv_one_row_per_reported_event(store):
    buf = io.StringIO()
    assert export(store, "csv", buf).events == 4
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 7
    visit = [r for r in rows if r["type"] == "visit"]
    assert {r["event_entity_id"] for r in visit} == {visit[0]["event_entity_id"]}
    assert visit[0]["origin"] == "Jilin" and visit[0]["destination"] == "Tianjin"
    assert [r["parties"] for r in rows if r["type"] == "meeting"][0] == "Jilin;Tianjin"


def test_csv_carries_participants_with_roles(store):
    buf = io.StringIO()
    export(store, "csv", buf)
    rows = {(r["article_id"], r["type"]): r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert rows[("a1", "visit")]["participants"] == "景俊海 (leader);陈敏尔 (host)"
    assert rows[("a2", "meeting")]["participants"] == "景俊海 (speaker);陈敏尔 (presider)"
    assert rows[("a1", "agreement")]["participants"] == "景俊海 (witness)"
    assert rows[("a3", "inspection")]["participants"] == ""


def test_graphml_is_valid_and_links_regions(store):
    buf = io.StringIO()
    export(store, "graphml", buf)
    root = ET.fromstring(buf.getvalue())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    assert {"r:220000", "r:120000"} <= nodes
    edges = [(e.get("source"), e.get("target")) for e in root.iterfind(".//g:edge", ns)]
    assert ("r:220000", "r:120000") in edges
    assert all(s in nodes and t in nodes for s, t in edges)


def test_plover_crosswalk(store):
    rows = list(plover_rows(store))
    codes = sorted((r["liaison_type"], r["event_type"], r["cameo"]) for r in rows)
    assert codes == [("agreement", "AGREE", "057"), ("inspection", "CONSULT", "042"),
                     ("meeting", "CONSULT", "040"), ("visit", "CONSULT", "042"), ("visit", "CONSULT", "043")]
    visit, host = [r for r in rows if r["liaison_type"] == "visit"]
    assert (visit["actor"], visit["recipient"], visit["mode"]) == ("Jilin", ["Tianjin"], "visit")
    assert (host["actor"], host["recipient"]) == ("Tianjin", ["Jilin"])
    assert visit["sources"] == ["a1", "a2"]


def test_plover_never_accuses_or_investigates(store):
    for plover, _mode, cameo, _label in CROSSWALK.values():
        assert plover != "ACCUSE" and not cameo.startswith("09")
    for row in plover_rows(store):
        assert row["event_type"] != "ACCUSE" and not row["cameo"].startswith("09")


def test_parquet_round_trip_through_load(store, tmp_path):
    pytest.importorskip("pyarrow", reason="parquet export needs pyarrow (extra 'parquet')")
    from liaison.store.ingest import load

    path = tmp_path / "records.parquet"
    assert export(store, "parquet", path=str(path)).records == 3
    with open_store(":memory:") as other:
        load(other, str(path))
        assert other.rows("SELECT id, text, record_json FROM articles ORDER BY id") == store.rows(
            "SELECT id, text, record_json FROM articles ORDER BY id")
        assert other.counts() == store.counts()


def test_unknown_format_and_parquet_without_path(store):
    with pytest.raises(ValueError, match="unknown format"):
        export(store, "xlsx", io.StringIO())
    with pytest.raises(ValueError, match="-o FILE"):
        export(store, "parquet")
