"""Store faults (issue 8): corrupt and unopenable databases, concurrent ingests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import liaison.store as store  # the project's own package: an import error must fail, not skip
from conftest import EN, ZH


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


# ------------------------------------------------------------------ helpers for the faults below
import hashlib  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import time  # noqa: E402

from liaison.errors import StoreError  # noqa: E402
from liaison.store import db as store_db  # noqa: E402


@pytest.fixture
def light(monkeypatch):
    monkeypatch.setenv("LIAISON_PIPELINE", "light")


def _big_corpus(path: Path, n: int, *, prefix: str, chars: int = 1500) -> Path:
    """``n`` JSONL articles of about ``chars`` Chinese characters each (3 bytes apiece in UTF-8)."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"{prefix}{i}：" + (ZH * (chars // len(ZH) + 1))[:chars]
            fh.write(json.dumps({"id": f"{prefix}{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _rows(db: Path) -> dict:
    """Every stored article row, read without writing anything (``mode=ro``)."""
    with store.db.Store(db, readonly=True) as s:
        assert s.scalar("PRAGMA integrity_check") == "ok"
        return {r["id"]: r for r in s.rows("SELECT * FROM articles")}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ingest(cli, db: Path, src: Path, *extra):
    return cli("ingest", "--db", db, "--workers", "1", "-q", *extra, src)


def _one_clear_error(r, db: Path, *words: str) -> str:
    assert r.code != 0, r.err
    assert "Traceback" not in r.err, r.err
    assert len(r.errors) == 1, r.err
    line = r.errors[0]
    assert str(db) in line, line
    for w in words:
        assert w in line, line
    return line


def _check_disk_full_then_rerun(cli, db: Path, tmp_path: Path, free_space) -> None:
    """Corpus A fits; corpus B fills the disk part-way. A and B's committed chunks survive; a rerun completes."""
    a = _big_corpus(tmp_path / "a.jsonl", 10, prefix="a")
    b = _big_corpus(tmp_path / "b.jsonl", 120, prefix="b")
    assert _ingest(cli, db, a).code == 0
    before = _rows(db)
    assert len(before) == 10

    r = _ingest(cli, db, b)
    _one_clear_error(r, db, "disk is full", "free some space", "--db", "run the same command again")
    assert r.code == 1
    after = _rows(db)
    assert {k: after[k] for k in before} == before                 # nothing stored before was touched
    partial = sorted(set(after) - set(before))
    assert 0 < len(partial) < 120                                 # some chunks were committed, then it stopped
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in b.read_text("utf-8").splitlines()}
    for aid in partial:                                           # each committed article is whole
        assert after[aid]["text"] == texts[aid]
        assert json.loads(after[aid]["record_json"])["doc"]["id"] == aid

    free_space()
    r = cli("ingest", "--db", db, "--workers", "1", b)
    assert r.code == 0, r.err
    assert f"{120 - len(partial)} ingested, {len(partial)} unchanged (skipped)" in r.err
    final = _rows(db)
    assert len(final) == 130 and {k: final[k] for k in after} == after   # no duplicate, no rewrite
    with store.db.Store(db, readonly=True) as s:
        assert s.scalar("SELECT count(*) FROM articles_fts") == 130


# ------------------------------------------------------------------ 1. disk full
def test_disk_full_simulated_with_max_page_count(tmp_path, cli, light, monkeypatch):
    """SQLITE_FULL from ``PRAGMA max_page_count`` (works everywhere): clear error, exit 1, nothing lost."""
    db = tmp_path / "kb.db"
    orig = store_db.Store.__init__

    def small_disk(self, *args, **kwargs):
        orig(self, *args, **kwargs)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages + 60}")

    def free_space():
        monkeypatch.setattr(store_db.Store, "__init__", orig)

    def fill_then_check():
        monkeypatch.setattr(store_db.Store, "__init__", small_disk)
        # The Python API raises StoreError naming the file, and rolls the batch back.
        with store_db.Store(db) as s:
            n = s.scalar("SELECT count(*) FROM articles")
            big = [store_db.StoredArticle(id=f"x{i}", text=ZH * 400, record={}) for i in range(40)]
            with pytest.raises(StoreError) as info:
                s.put_batch(big)
            assert str(db) in str(info.value) and "disk is full" in str(info.value)
            assert not s.conn.in_transaction and s.scalar("SELECT count(*) FROM articles") == n

    a = _big_corpus(tmp_path / "a.jsonl", 10, prefix="a")
    assert _ingest(cli, db, a).code == 0
    fill_then_check()
    _check_disk_full_then_rerun(cli, db, tmp_path, free_space)


@pytest.fixture
def tiny_tmpfs(tmp_path):
    """A 1 MiB tmpfs mounted under tmp_path (skip when mounting is not allowed); yields (dir, grow)."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if not shutil.which("mount"):
        pytest.skip("no mount command")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace').strip()}")

    def grow():
        subprocess.run(["mount", "-o", "remount,size=32m", str(mnt)], check=True)

    try:
        yield mnt, grow
    finally:
        if subprocess.run(["umount", str(mnt)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_disk_full_on_a_real_tiny_filesystem(tmp_path, cli, light, tiny_tmpfs):
    """The database on a 1 MiB tmpfs: the disk really fills; then it is enlarged ("space freed") and rerun."""
    mnt, grow = tiny_tmpfs
    _check_disk_full_then_rerun(cli, mnt / "kb.db", tmp_path, grow)


# ------------------------------------------------------------------ 2. read-only database
@pytest.fixture
def populated(tmp_path, cli, light):
    db = tmp_path / "ro" / "kb.db"
    db.parent.mkdir()
    assert _ingest(cli, db, _big_corpus(tmp_path / "a.jsonl", 10, prefix="a")).code == 0
    assert not Path(f"{db}-wal").exists()  # closed cleanly: everything is in the main file
    return db


def _chattr(flag: str, path: Path) -> bool:
    if not shutil.which("chattr"):
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


@pytest.mark.parametrize("how", ["immutable", "readonly-mount", "sqlite-readonly"])
def test_read_only_database_is_a_clear_error_and_changes_nothing(tmp_path, cli, light, populated, how,
                                                                  monkeypatch):
    """root ignores file modes, so: ``chattr +i``, a read-only bind mount, or SQLite's own read-only
    fallback (the open-time check bypassed, so the first write fails); each skips when it cannot be set up."""
    db = populated
    before, digest = _rows(db), _sha(db)
    b = _big_corpus(tmp_path / "b.jsonl", 5, prefix="b")
    target, undo = db, None
    if how in ("immutable", "sqlite-readonly"):
        if how == "sqlite-readonly":
            monkeypatch.setattr(store_db.os, "access", lambda *a, **k: True)
        if not _chattr("+i", db):
            pytest.skip("chattr +i is not available here")
        undo = lambda: _chattr("-i", db)  # noqa: E731
    else:
        ro = tmp_path / "ro-view"
        ro.mkdir()
        ok = subprocess.run(["mount", "--bind", str(db.parent), str(ro)], capture_output=True).returncode == 0
        if ok and subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], capture_output=True).returncode:
            subprocess.run(["umount", str(ro)], capture_output=True)
            ok = False
        if not ok:
            pytest.skip("cannot make a read-only bind mount here")
        target = ro / db.name
        undo = lambda: subprocess.run(["umount", str(ro)], capture_output=True)  # noqa: E731
    try:
        r = _ingest(cli, target, b)
    finally:
        undo()
    _one_clear_error(r, target, "database is read-only", "another --db", "nothing was changed")
    # Found at open (exit 2, like any unusable --db) except when SQLite itself falls back to read-only.
    assert r.code == (1 if how == "sqlite-readonly" else 2)
    assert _sha(db) == digest and _rows(db) == before
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # not a page written to the log either


# ------------------------------------------------------------------ 3. locked by another writer
HOLDER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("INSERT INTO errors(source, line, message, at) VALUES ('holder', 1, 'held', 'now')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
c.execute(sys.argv[3])
print("released", flush=True)
"""


def _hold_lock(db: Path, seconds: float, end: str = "COMMIT") -> subprocess.Popen:
    """Another process holding the write lock (BEGIN IMMEDIATE plus an uncommitted row) for ``seconds``."""
    p = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds), end], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "locked", p.stderr.read()
    return p


def test_locked_database_waits_for_the_other_writer_then_succeeds(tmp_path, cli, populated, monkeypatch):
    db = populated
    monkeypatch.setenv("LIAISON_DB_TIMEOUT", "10")
    holder = _hold_lock(db, 3.0)
    t0 = time.monotonic()
    r = _ingest(cli, db, _big_corpus(tmp_path / "b.jsonl", 5, prefix="b"))
    waited = time.monotonic() - t0
    holder.wait(timeout=10)
    assert r.code == 0, r.err
    assert waited > 1.5  # it really waited for the lock
    rows = _rows(db)
    assert len(rows) == 15
    with store.db.Store(db, readonly=True) as s:
        assert s.scalar("SELECT count(*) FROM errors WHERE source = 'holder'") == 1  # the other writer's row too


def test_locked_past_the_timeout_is_a_clear_error_and_changes_nothing(tmp_path, cli, populated, monkeypatch):
    db = populated
    before = _rows(db)
    b = _big_corpus(tmp_path / "b.jsonl", 5, prefix="b")
    monkeypatch.setenv("LIAISON_DB_TIMEOUT", "1")
    holder = _hold_lock(db, 6.0, "ROLLBACK")
    try:
        t0 = time.monotonic()
        r = _ingest(cli, db, b)
        waited = time.monotonic() - t0
    finally:
        holder.kill()
        holder.wait(timeout=10)
    _one_clear_error(r, db, "database is locked by another process", "LIAISON_DB_TIMEOUT", "retry")
    assert r.code == 1 and 0.8 < waited < 5.5
    assert _rows(db) == before
    monkeypatch.delenv("LIAISON_DB_TIMEOUT")
    r = _ingest(cli, db, b)   # the other writer is gone: the rerun completes
    assert r.code == 0, r.err
    assert len(_rows(db)) == 15
