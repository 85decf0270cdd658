"""Every ``query`` and ``export`` command, in every format, over a database ingested (full pipeline, two
worker processes) from generated articles, plus records whose regions are known only in Chinese, only
in English, or by no name: each answers with exit 0 and output that parses, never a traceback."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET

import pytest

from liaison.store import open_store
from liaison.store.ingest import ingest
from liaison.testing import articles
from test_query_names import odd_record

N = 240


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    d = tmp_path_factory.mktemp("gen")
    src = d / "articles.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for art in articles(N, 99):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    db = d / "kb.db"
    with open_store(db) as store:
        res = ingest(store, [str(src)], workers=2, progress=False, chunk_size=8)
        store.put_record(odd_record("odd-regions"), text="某某州与 Nowhere County 会谈")
        from liaison.store.resolve import resolve

        resolve(store)
        names = store.rows("SELECT zh, en FROM entities WHERE zh IS NOT NULL AND en IS NOT NULL "
                           "AND entity_id IN (SELECT entity_id FROM people GROUP BY entity_id "
                           "HAVING count(DISTINCT article_id) >= 2) ORDER BY entity_id LIMIT 1")
    return {"db": db, "res": res, "person": names[0] if names else None}


def test_ingest_used_both_workers_and_the_full_pipeline(kb):
    res = kb["res"]
    assert (res.ingested, res.failed) == (N, 0)
    assert len(res.worker_pids) == 2 and os.getpid() not in res.worker_pids
    with open_store(kb["db"]) as s:
        assert s.scalar("SELECT count(*) FROM people") > 2 * N        # records with people and events:
        assert s.scalar("SELECT count(DISTINCT type) FROM events") == 4  # the full pipeline ran
        assert s.scalar("SELECT count(*) FROM event_entities") > N


def _queries(kb):
    p = kb["person"]
    assert p is not None, "no official named in two articles"
    out = [["events"], ["events", "--region", "吉林"], ["events", "--region", "Jilin"], ["events", "--region", "220000"],
           ["events", "--region", "某某州"], ["events", "--region", "Nowhere County"], ["events", "--region", "Atlantis"],
           ["events", "--year", "2020"], ["agreements"], ["agreements", "--field", "agriculture"],
           ["agreements", "--year", "2019"], ["network"], ["network", "--year", "2021"], ["person", p["zh"]],
           ["person", p["en"]], ["person", "Nobody At All"]]
    out += [["events", "--type", t] for t in ("visit", "meeting", "agreement", "inspection")]
    out += [["network", "--type", t] for t in ("visit", "meeting", "agreement", "inspection")]
    return out


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_query_in_every_format(kb, cli, fmt):
    for q in _queries(kb):
        r = cli("query", *q, "--db", kb["db"], "--format", fmt)
        assert r.code == 0, (q, r.err)
        assert r.err == "", (q, r.err)
        if fmt == "json":
            rows = json.loads(r.out)
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(r.out)))
        else:
            rows = [] if r.out == "(no rows)\n" else r.out.splitlines()[1:-1]
            if rows:
                assert r.out.rstrip().endswith(f"({len(rows)} rows)")
        if q[0] == "events" and len(q) == 1:
            assert len(rows) > N  # the generated corpus has many events
        if q in (["events", "--region", "Atlantis"], ["person", "Nobody At All"]):
            assert rows == [] and (fmt != "table" or r.out == "(no rows)\n")
        if q[0] == "person" and q[1] != "Nobody At All":
            assert rows, q


def test_person_by_chinese_and_english_name_agree(kb, cli):
    p = kb["person"]
    by_zh = json.loads(cli("query", "person", p["zh"], "--db", kb["db"], "--format", "json").out)
    by_en = json.loads(cli("query", "person", p["en"], "--db", kb["db"], "--format", "json").out)
    assert by_zh == by_en and by_zh


def test_regions_known_in_one_language_only(kb, cli):
    for region, types in (("某某州", ["meeting", "visit", "agreement"]), ("Nowhere County", ["meeting", "visit"])):
        rows = json.loads(cli("query", "events", "--region", region, "--db", kb["db"], "--format", "json").out)
        assert sorted(r["type"] for r in rows) == sorted(types)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "graphml", "plover", "parquet"])
def test_every_export_format(kb, cli, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="parquet export needs pyarrow (extra 'parquet')")
    out = tmp_path / f"export.{fmt}"
    r = cli("export", "--format", fmt, "--db", kb["db"], "-o", out)
    assert r.code == 0, r.err
    m = re.fullmatch(rf"{fmt}: (\d+) events from (\d+) articles written to {re.escape(str(out))}\n", r.err)
    assert m, r.err
    events, arts = int(m.group(1)), int(m.group(2))
    with open_store(kb["db"]) as s:
        resolved = s.scalar("SELECT count(*) FROM event_entities")
        stored = s.scalar("SELECT count(*) FROM articles")
    if fmt in ("jsonl", "csv", "parquet"):  # every event of every article
        assert events == resolved
    assert 0 < events <= resolved and 0 < arts <= stored
    if fmt == "jsonl":
        lines = out.read_text("utf-8").splitlines()
        assert len(lines) == stored == arts and all(json.loads(x)["store"] for x in lines)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
        assert len({r["event_entity_id"] for r in rows}) == events
        assert sum(bool(r["participants"]) for r in rows) > len(rows) // 2
    elif fmt == "graphml":
        ET.fromstring(out.read_text("utf-8"))
    elif fmt == "plover":
        rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
        assert len({r["event_id"].removesuffix("-host") for r in rows}) == events
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == stored
    # to standard output too, with the same counts on stderr
    r2 = cli("export", "--format", fmt, "--db", kb["db"]) if fmt != "parquet" else None
    if r2 is not None:
        assert r2.code == 0 and r2.err.startswith(f"{fmt}: {events} events from {arts} articles written to")
        assert r2.out == out.read_bytes().decode("utf-8")
