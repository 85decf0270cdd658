"""liaison ingest: streaming into SQLite, upserts, skips, errors, workers, and surviving SIGKILL."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from liaison.store import open_store
from liaison.store.ingest import ingest, load


@pytest.fixture(autouse=True)
def light(monkeypatch):
    monkeypatch.setenv("LIAISON_PIPELINE", "light")


def write_articles(d: Path, n: int, *, start: int = 0) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"batch{start}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"id": f"a{i:05d}", "published": "2023-11-08", "title": f"第{i}条",
                                 "text": f"11月6日，吉林省代表团第{i}次来津考察，双方举行座谈会。Delegation {i} visited."},
                                ensure_ascii=False) + "\n")
    return path


def test_ingest_then_reingest_skips_and_never_duplicates(tmp_path):
    src = write_articles(tmp_path / "in", 20)
    with open_store(tmp_path / "k.db") as store:
        r1 = ingest(store, [str(src)], workers=1, progress=False)
        r2 = ingest(store, [str(src)], workers=1, progress=False)
        r3 = ingest(store, [str(src)], workers=1, progress=False, force=True)
        assert (r1.ingested, r1.skipped) == (20, 0)
        assert (r2.ingested, r2.skipped) == (0, 20)
        assert (r3.ingested, r3.skipped) == (20, 0)
        assert store.scalar("SELECT count(*) FROM articles") == 20
        assert store.scalar("SELECT count(DISTINCT id) FROM articles") == 20


def test_changed_article_is_updated(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "x.json").write_text(json.dumps({"id": "x", "text": "第一版"}, ensure_ascii=False), "utf-8")
    with open_store(tmp_path / "k.db") as store:
        ingest(store, [str(d)], workers=1, progress=False)
        (d / "x.json").write_text(json.dumps({"id": "x", "text": "第二版"}, ensure_ascii=False), "utf-8")
        r = ingest(store, [str(d)], workers=1, progress=False)
        assert r.ingested == 1
        assert store.rows("SELECT id, text FROM articles") == [{"id": "x", "text": "第二版"}]


def test_published_option_fills_missing_dates(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "x.txt").write_text("吉林省代表团来津考察。", "utf-8")
    with open_store(":memory:") as store:
        ingest(store, [str(d)], workers=1, progress=False, published="2023-11-08")
        assert store.scalar("SELECT published FROM articles WHERE id = 'x'") == "2023-11-08"


def test_bad_articles_go_to_errors_and_do_not_stop_the_batch(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.json").write_text(json.dumps({"id": "g", "text": "吉林省代表团来津考察。"}, ensure_ascii=False), "utf-8")
    (d / "broken.json").write_text("{not json", "utf-8")
    (d / "lines.jsonl").write_text('{"id": "l1", "text": "ok"}\n{oops\n{"id": "l3"}\n', "utf-8")
    with open_store(":memory:") as store:
        r = ingest(store, [str(d)], workers=1, progress=False)
        assert (r.ingested, r.failed) == (2, 3)
        errs = store.rows("SELECT source, line FROM errors ORDER BY source, line")
        assert [(Path(e["source"]).name, e["line"]) for e in errs] == [
            ("broken.json", 1), ("lines.jsonl", 2), ("lines.jsonl", 3)]
        ingest(store, [str(d)], workers=1, progress=False)
        assert store.scalar("SELECT count(*) FROM errors") == 3  # replaced, not doubled


def test_extraction_failure_is_recorded(tmp_path, monkeypatch):
    from liaison.store import ingest as mod

    class Boom:
        def __call__(self, doc):
            if "boom" in doc.raw:
                raise RuntimeError("stage exploded")
            return doc

    monkeypatch.setattr(mod, "build_pipeline", lambda: Boom())
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("boom", "utf-8")
    (d / "b.txt").write_text("fine", "utf-8")
    with open_store(":memory:") as store:
        r = ingest(store, [str(d)], workers=1, progress=False, resolve=False)
        assert (r.ingested, r.failed) == (1, 1)
        assert "stage exploded" in store.scalar("SELECT message FROM errors")


def test_stuck_article_times_out_and_the_batch_goes_on(tmp_path, monkeypatch):
    from liaison.store import ingest as mod

    class Stuck:
        def __call__(self, doc):
            while "loop" in doc.raw:
                try:
                    pass
                except Exception:  # noqa: BLE001 - a stage swallowing errors must not swallow the timeout
                    pass
            return doc

    monkeypatch.setattr(mod, "build_pipeline", lambda: Stuck())
    monkeypatch.setenv("LIAISON_ARTICLE_TIMEOUT", "0.3")
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("loop forever", "utf-8")
    (d / "b.txt").write_text("fine", "utf-8")
    with open_store(":memory:") as store:
        r = ingest(store, [str(d)], workers=1, progress=False, resolve=False)
        assert (r.ingested, r.failed) == (1, 1)
        assert "longer than 0.3 s" in store.scalar("SELECT message FROM errors")


def test_two_workers_store_the_same_as_one(tmp_path, monkeypatch):
    """Full pipeline: two worker processes did the extraction, and their records equal one worker's."""
    from liaison.testing import articles

    monkeypatch.delenv("LIAISON_PIPELINE")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles(32, 5)), "utf-8")
    with open_store(tmp_path / "one.db") as one, open_store(tmp_path / "two.db") as two:
        r1 = ingest(one, [str(src)], workers=1, progress=False, resolve=False)
        r2 = ingest(two, [str(src)], workers=2, progress=False, resolve=False, chunk_size=4)
        assert r1.worker_pids == set() and (r1.ingested, r2.ingested) == (32, 32)
        assert len(r2.worker_pids) == 2 and os.getpid() not in r2.worker_pids
        assert r2.summary() == "32 ingested, 0 unchanged (skipped), 0 failed (2 worker processes)"
        q = "SELECT id, content_hash, record_json FROM articles ORDER BY id"
        assert one.rows(q) == two.rows(q)
        assert two.scalar("SELECT count(*) FROM people") > 64 and two.scalar("SELECT count(*) FROM events") > 32


def test_load_records_written_by_extract(tmp_path):
    from test_store_helpers import visit_record

    d = tmp_path / "records"
    d.mkdir()
    (d / "a1.json").write_text(json.dumps(visit_record("a1")), "utf-8")
    (d / "more.jsonl").write_text(json.dumps(visit_record("a2", published="2023-11-09")) + "\n", "utf-8")
    (d / "junk.json").write_text("[1, 2", "utf-8")
    with open_store(":memory:") as store:
        r = load(store, str(d))
        assert (r.ingested, r.failed) == (2, 1)
        assert store.scalar("SELECT count(*) FROM event_entities WHERE type = 'visit'") == 1


def _counts(db: Path) -> tuple[int, int]:
    from liaison.store.db import Store

    with Store(db, readonly=True) as s:
        return s.scalar("SELECT count(*) FROM articles"), s.scalar("SELECT count(DISTINCT id) FROM articles")


def test_sigkill_mid_run_then_rerun_loses_and_doubles_nothing(tmp_path):
    n = 800
    src = tmp_path / "in"
    write_articles(src, n // 2, start=0)
    write_articles(src, n // 2, start=n // 2)
    db = tmp_path / "k.db"
    env = {**os.environ, "LIAISON_PIPELINE": "light"}
    cmd = [sys.executable, "-m", "liaison.cli", "ingest", str(src), "--db", str(db), "--workers", "2", "-q"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 180
    while time.time() < deadline:
        time.sleep(0.05)
        if db.exists() and Path(str(db) + "-wal").exists():
            try:
                got, _ = _counts(db)
            except Exception:  # noqa: BLE001 - database still being created
                continue
            if got >= 32:
                break
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: parent and workers
    proc.wait()
    got, distinct = _counts(db)
    assert got == distinct and got < n, "kill should land mid-run"
    rerun = subprocess.run(cmd[:-1], env=env, capture_output=True, text=True, timeout=600)  # without -q
    assert rerun.returncode == 0, rerun.stderr
    # the count names the processes that extracted: on a loaded machine one may finish before the other warms up
    assert f"{n - got} ingested, {got} unchanged (skipped), 0 failed (" in rerun.stderr
    assert "(2 worker processes)" in rerun.stderr or "(1 worker process)" in rerun.stderr
    assert _counts(db) == (n, n)
    with open_store(db) as s:
        assert s.scalar("SELECT count(*) FROM articles_fts") == n
        ids = [r["id"] for r in s.rows("SELECT id FROM articles ORDER BY id")]
    assert ids == [f"a{i:05d}" for i in range(n)]
