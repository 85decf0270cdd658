"""Article ids are unique per source: nothing is overwritten silently (issue 15 item 4).

An article without an id of its own gets the path of its file relative to the directory given
(``a/report``), the file name's suffix when two files of a folder differ only in it, and its
content hash when its id is taken by another source. Two articles giving the same id of their own
are a true collision: the second is reported (error line, errors table) and not stored.
"""
from __future__ import annotations

import json

import pytest

from conftest import EN, ZH
from liaison.readers import content_id
from liaison.store import open_store
from liaison.store.ingest import ingest


@pytest.fixture(autouse=True)
def light(monkeypatch):
    monkeypatch.setenv("LIAISON_PIPELINE", "light")


def _texts(store) -> dict[str, str]:
    return {r["id"]: r["text"] for r in store.rows("SELECT id, text FROM articles")}


def test_two_report_txt_in_different_folders_are_two_articles(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text(ZH, "utf-8")
    (tmp_path / "b" / "report.txt").write_text(EN, "utf-8")
    with open_store(tmp_path / "k.db") as store:
        r = ingest(store, [str(tmp_path)], workers=1, progress=False)
        assert (r.ingested, r.failed) == (2, 0)
        assert _texts(store) == {"a/report": ZH, "b/report": EN}
        again = ingest(store, [str(tmp_path)], workers=1, progress=False)
        assert (again.ingested, again.skipped) == (0, 2)


def test_same_name_different_suffix_keeps_the_suffix(tmp_path):
    (tmp_path / "report.txt").write_text(ZH, "utf-8")
    (tmp_path / "report.html").write_text(f"<html><body><p>{EN}</p></body></html>", "utf-8")
    (tmp_path / "other.txt").write_text(ZH + "。", "utf-8")
    with open_store(":memory:") as store:
        r = ingest(store, [str(tmp_path)], workers=1, progress=False)
        assert r.ingested == 3
        assert sorted(_texts(store)) == ["other", "report.html", "report.txt"]


def test_two_files_given_by_name_get_the_content_hash(tmp_path):
    a, b = tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"
    for p, text in ((a, ZH), (b, EN)):
        p.parent.mkdir()
        p.write_text(text, "utf-8")
    with open_store(tmp_path / "k.db") as store:
        r = ingest(store, [str(a), str(b)], workers=1, progress=False)
        assert (r.ingested, r.failed) == (2, 0)
        assert _texts(store) == {"report": ZH, f"report-{content_id(EN)[:8]}": EN}
        r2 = ingest(store, [str(a), str(b)], workers=1, progress=False)  # the same ids again: nothing changes
        assert (r2.ingested, r2.skipped, r2.failed) == (0, 2, 0)
        (tmp_path / "a" / "report.txt").write_text(ZH + "又及。", "utf-8")  # an edit in place updates it
        r3 = ingest(store, [str(a)], workers=1, progress=False)
        assert r3.ingested == 1 and _texts(store)["report"] == ZH + "又及。"


def test_a_given_id_twice_in_one_run_is_reported_not_overwritten(tmp_path, cli):
    d = tmp_path / "in"
    d.mkdir()
    (d / "x1.json").write_text(json.dumps({"id": "x", "text": ZH}, ensure_ascii=False), "utf-8")
    (d / "x2.json").write_text(json.dumps({"id": "x", "text": EN}), "utf-8")
    db = tmp_path / "k.db"
    r = cli("ingest", d, "--db", db, "-q")
    assert r.code == 1
    assert r.errors == [f"liaison: error: {d / 'x2.json'}: id 'x' is already the id of another article "
                        f"({(d / 'x1.json').resolve()}); give each article its own id (this one was not stored)"]
    with open_store(db) as store:
        assert _texts(store) == {"x": ZH}
        assert store.rows("SELECT source, line FROM errors") == [{"source": str(d / "x2.json"), "line": None}]


def test_a_given_id_stored_from_another_file_is_not_overwritten(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    for d, text in ((one, ZH), (two, EN)):
        d.mkdir()
        (d / "x.json").write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False), "utf-8")
    with open_store(tmp_path / "k.db") as store:
        assert ingest(store, [str(one)], workers=1, progress=False).ingested == 1
        r = ingest(store, [str(two)], workers=1, progress=False)
        assert (r.ingested, r.failed) == (0, 1)
        assert f"stored from {(one / 'x.json').resolve()}" in r.failures[0]
        assert _texts(store) == {"x": ZH}
        assert store.scalar("SELECT count(*) FROM errors") == 1
        # the same content under the same id from elsewhere is no collision: unchanged, skipped
        (two / "x.json").write_text(json.dumps({"id": "x", "text": ZH}, ensure_ascii=False), "utf-8")
        r2 = ingest(store, [str(two)], workers=1, progress=False)
        assert (r2.ingested, r2.skipped, r2.failed) == (0, 1, 0)


def test_jsonl_lines_with_one_id(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in (
        {"id": "x", "text": ZH}, {"id": "y", "text": EN}, {"id": "x", "text": EN + " Again."},
        {"id": "y", "text": EN})) + "\n", "utf-8")
    with open_store(":memory:") as store:
        r = ingest(store, [str(src)], workers=1, progress=False)
        assert (r.ingested, r.skipped, r.failed) == (2, 1, 1)  # line 4 repeats line 2: a duplicate, skipped
        assert r.failures == [f"{src} line 3: id 'x' is already the id of another article ({src.resolve()} line 1); "
                              "give each article its own id (this one was not stored)"]
        assert _texts(store) == {"x": ZH, "y": EN}


def test_extract_out_never_overwrites_another_articles_record(tmp_path, cli):
    d = tmp_path / "in"
    d.mkdir()
    (d / "x1.json").write_text(json.dumps({"id": "x", "text": ZH}, ensure_ascii=False), "utf-8")
    (d / "x2.json").write_text(json.dumps({"id": "x", "text": EN}), "utf-8")
    out = tmp_path / "out"
    r = cli("extract", d, "--out", out, "-q")
    assert r.code == 1
    assert len(r.errors) == 1 and "x2.json" in r.errors[0] and "would overwrite" in r.errors[0]
    assert [p.name for p in out.iterdir()] == ["x.json"]
    rec = json.loads((out / "x.json").read_text("utf-8"))
    assert rec["doc"]["id"] == "x" and rec["doc"]["languages"].get("zh", 0) > 0.5  # the first one's, kept
