"""Store faults (issue 8): corrupt and unopenable databases, concurrent ingests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

store = pytest.importorskip("liaison.store")

from conftest import EN, ZH  # noqa: E402


def _corpus(tmp_path: Path, n: int) -> Path:
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": (ZH if i % 2 else EN) + f" {i}"}, ensure_ascii=False) + "\n")
    return src


def test_corrupt_database_is_a_clear_error(tmp_path, cli):
    db = tmp_path / "bad.db"
    db.write_text("this is not a database, just text " * 100)
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    r = cli("ingest", "--db", db, tmp_path / "a.txt", "-q")
    assert r.code == 2
    assert len(r.errors) == 1 and "bad.db" in r.errors[0] and "not a database" in r.errors[0]


def test_database_in_missing_directory(tmp_path, cli):
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    r = cli("ingest", "--db", tmp_path / "no" / "such" / "x.db", tmp_path / "a.txt", "-q")
    assert r.code == 2 and len(r.errors) == 1 and "x.db" in r.errors[0]


def test_two_ingest_processes_keep_every_article_once(tmp_path):
    src = _corpus(tmp_path, 40)
    db = tmp_path / "kb.db"
    exe = [sys.executable, "-m", "liaison.cli"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    procs = [subprocess.Popen([*exe, "ingest", "--db", str(db), "--workers", "1", "-q", "--force", str(src)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs):
        assert p.returncode == 0, err.decode(errors="replace")
    with store.open_store(db) as s:
        assert s.scalar("SELECT count(*) FROM articles") == 40
        assert s.scalar("SELECT count(DISTINCT id) FROM articles") == 40
