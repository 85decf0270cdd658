"""Stream articles through the pipeline into the store, in bounded memory, with N worker processes.

The main process reads articles lazily (``liaison.readers.iter_articles``),
skips those whose content hash is already stored (unless ``force``), groups
the rest into chunks of ``CHUNK`` articles and hands them to a pool of
worker processes, each of which builds the pipeline once. At most
``workers * 3`` chunks are in flight: ``Pool.imap`` would drain the input
iterator eagerly in its feeder thread, so submission is bounded by hand
with ``apply_async``; results are written in completion order. Each
worker runs its inference libraries single-threaded (N workers on N cores).
Each finished chunk is written in one transaction (upsert + delete-then-
insert of derived rows), so a kill at any moment loses at most the
uncommitted chunk, which the next run redoes; nothing is ever doubled.

What a worker does with its articles (one pipeline per process, warm-up,
time limit per article, batched model calls) is ``liaison.runner``, shared
with the Spark engine. ``LIAISON_PIPELINE=light`` runs only the stages up to
``sentences``: records without people or events, for tests and benchmarks
of the store machinery itself.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import queue
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from liaison.console import progress as make_bar
from liaison.pipeline import chunked
from liaison.runner import BUILD_FAILED, build_pipeline, extract_chunk, extract_many, init_worker, \
    single_thread_runtimes, warm_up

from .db import Store, StoredArticle, content_hash

CHUNK = 8


class IngestAborted(Exception):
    """The pipeline cannot run at all (e.g. a stage fails to import): stop instead of failing every article."""


def _result(item):
    if isinstance(item, BaseException):  # the worker process itself failed (not one article)
        raise IngestAborted(f"a worker process failed ({item.__class__.__name__}: {item})")
    return item


@dataclass
class IngestResult:
    ingested: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)
    resolved: dict = field(default_factory=dict)
    worker_pids: set[int] = field(default_factory=set)  # the worker processes that extracted (none: in-process)
    skipped_suffix: dict[str, int] = field(default_factory=dict)  # files of a directory not read: suffix → count

    def summary(self) -> str:
        from liaison.readers import skipped_note

        workers = len(self.worker_pids)
        note = skipped_note(self.skipped_suffix)
        return (f"{self.ingested} ingested, {self.skipped} unchanged (skipped), {self.failed} failed"
                + (f" ({workers} worker process{'es' * (workers != 1)})" if workers else "")
                + (f"; {note}" if note else ""))


def count_articles(paths: Iterable[str]) -> int | None:
    """A cheap estimate of the number of articles (files, plus lines of JSONL files), for the ETA."""
    from liaison.readers import ALL_SUFFIXES, JSONL_SUFFIXES

    n = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = (f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            suffix = f.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                try:
                    with open(f, "rb") as fh:
                        n += sum(1 for line in fh if line.strip())
                except OSError:
                    n += 1
            elif suffix in ALL_SUFFIXES - {""} or not path.is_dir():
                n += 1
    return n


def source_of(item) -> str:
    """Where an article comes from, the same however the path was written: the resolved file, or <stdin>."""
    if not item.source or item.source.startswith("<"):
        return item.source or "<stdin>"
    try:
        return str(Path(item.source).resolve())
    except (OSError, RuntimeError):
        return str(item.source)


class _RunIds:
    """The ids read in one ingest run, and which article each belongs to (in a temporary table: memory
    stays flat however large the corpus)."""

    def __init__(self, store: Store):
        self.store = store
        store.execute("CREATE TEMP TABLE IF NOT EXISTS ingest_run (id TEXT PRIMARY KEY, source TEXT, line INTEGER, "
                      "hash TEXT)")
        store.execute("DELETE FROM temp.ingest_run")

    def clash(self, aid: str, src: str, line: int | None, chash: str) -> str | None:
        """Where the *other* article with id ``aid`` comes from, or None when the id is free for this one.

        Taken: earlier in this run by another article (another file or line, other content), or stored
        from another source with other content. The same content under the same id is never a clash.
        """
        row = self.store.conn.execute("SELECT source, line, hash FROM temp.ingest_run WHERE id = ?", (aid,)).fetchone()
        if row is not None:
            if (row[0], row[1]) != (src, line) and row[2] != chash:
                return _where(row[0], row[1])
            return None
        stored = self.store.stored(aid)
        if stored is not None and stored[1] and stored[1] != src and stored[0] != chash:
            return f"stored from {stored[1]}"
        return None

    def add(self, aid: str, src: str, line: int | None, chash: str) -> bool:
        """Remember ``aid`` for this article; False when it was read before in this run (a duplicate)."""
        return self.store.conn.execute("INSERT OR IGNORE INTO temp.ingest_run VALUES (?,?,?,?)",
                                       (aid, src, line, chash)).rowcount == 1

    def close(self) -> None:
        try:
            self.store.execute("DELETE FROM temp.ingest_run")
        except Exception:  # noqa: BLE001 - a closed or failing connection: the temp table dies with it
            pass


def _where(source, line) -> str:
    return f"{source} line {line}" if line else str(source)


def ingest(store: Store, paths: list[str], *, workers: int | None = None, published: str | None = None,
           force: bool = False, progress: bool | None = None, resolve: bool = True,
           max_chars: int | None = None, chunk_size: int = CHUNK) -> IngestResult:
    """Ingest every article under ``paths`` into ``store``; see the module docstring."""
    from liaison.readers import DEFAULT_MAX_CHARS, Article, content_id, iter_articles

    workers = max(1, workers or os.cpu_count() or 1)
    res = IngestResult()
    bar = None
    if progress is not False:
        bar = make_bar(None, total=count_articles(paths), desc="ingest", disable=None if progress is None else False)

    def tick(n: int = 1) -> None:
        if bar is not None:
            bar.update(n)

    def fail(source, line, message) -> None:
        res.failed += 1
        msg = f"{_where(source, line)}: {message}"
        if len(res.failures) < 1000:
            res.failures.append(msg)
        store.add_error(source, line, message)

    ids = _RunIds(store)

    def todo() -> Iterator[dict]:
        for item in iter_articles(paths, max_chars=max_chars or DEFAULT_MAX_CHARS, skipped=res.skipped_suffix):
            if not isinstance(item, Article):
                fail(getattr(item, "source", None), getattr(item, "line", None), getattr(item, "message", str(item)))
                tick()
                continue
            pub = item.published or published
            chash = content_hash(item.text, published=pub, title=item.title, url=item.url)
            src = source_of(item)
            aid, other = item.id, ids.clash(item.id, src, item.line, chash)
            if other is not None and not item.given_id:  # a derived id another source has: add the content hash
                aid = f"{item.id}-{content_id(item.text)[:8]}"
                other = ids.clash(aid, src, item.line, chash)
            if other is not None:
                fail(item.source, item.line, f"id {aid!r} is already the id of another article ({other}); give "
                                             "each article its own id (this one was not stored)")
                tick()
                continue
            first = ids.add(aid, src, item.line, chash)
            stored = store.stored(aid)
            if not first or (not force and stored is not None and stored[0] == chash):
                res.skipped += 1  # unchanged since it was stored, or the same article twice in this run
                tick()
                continue
            yield {"id": aid, "text": item.text, "url": item.url, "published": pub, "title": item.title,
                   "source": item.source, "line": item.line, "hash": chash, "src": src}

    def write(results) -> None:
        good, sources = [], []
        if results and all(err and err.startswith(BUILD_FAILED) for _, _, err in results):
            raise IngestAborted(results[0][2])
        for art, rec_json, err in results:
            if err is not None:
                fail(art["source"], art["line"], err)
                continue
            good.append(StoredArticle(id=art["id"], text=art["text"], record=json.loads(rec_json), url=art["url"],
                                      published=art["published"], title=art["title"], content_hash=art["hash"],
                                      record_json=rec_json, source=art["src"]))
            sources.append((art["source"], art["line"]))
        if good:
            store.put_batch(good, sources=sources)
            res.ingested += len(good)
        tick(len(results))

    def write_from_worker(item) -> None:
        pid, results = item
        res.worker_pids.add(pid)
        write(results)

    try:
        if workers == 1:
            # Single-threaded here too: a second inference thread buys ~10% for a whole extra core, and
            # it makes the 1-worker run a true baseline for scaling out.
            single_thread_runtimes()
            try:
                pipeline = build_pipeline()
            except Exception as exc:  # noqa: BLE001
                raise IngestAborted(f"{BUILD_FAILED} ({exc.__class__.__name__}: {exc})") from exc
            warm_up(pipeline)
            for chunk in chunked(todo(), chunk_size):
                write(extract_many(chunk, pipeline))
        else:
            ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
            # Results are written in completion order (writes are keyed by id, so order does not matter):
            # a slow chunk never leaves the other workers idle. At most ``workers * 3`` chunks are in flight.
            done: queue.Queue = queue.Queue()
            in_flight = 0
            with ctx.Pool(workers, initializer=init_worker) as pool:
                for chunk in chunked(todo(), chunk_size):
                    pool.apply_async(extract_chunk, (chunk,), callback=done.put,
                                     error_callback=lambda exc: done.put(exc))
                    in_flight += 1
                    while in_flight >= workers * 3 or not done.empty():
                        in_flight -= 1
                        write_from_worker(_result(done.get()))
                while in_flight:
                    in_flight -= 1
                    write_from_worker(_result(done.get()))
    finally:
        if bar is not None:
            bar.close()
        ids.close()
    if resolve:
        from .resolve import resolve as run_resolve

        res.resolved = run_resolve(store)
    return res


# ------------------------------------------------------------------ load
def iter_record_files(directory: str) -> Iterator[tuple[dict, str, str | None] | tuple[None, str, str]]:
    """(row, source, None) for records under DIR (.json, .jsonl, .parquet), or (None, source, error)."""
    root = Path(directory)
    files = sorted(root.rglob("*")) if root.is_dir() else [root]
    for f in files:
        if not f.is_file() or f.name.startswith((".", "_")):
            continue
        suffix = f.suffix.lower()
        try:
            if suffix == ".parquet":
                yield from _parquet_rows(f)
            elif suffix == ".jsonl":
                with open(f, encoding="utf-8") as fh:
                    for n, line in enumerate(fh, 1):
                        if line.strip():
                            yield _row(json.loads(line)), f"{f}:{n}", None
            elif suffix == ".json":
                obj = json.loads(f.read_text("utf-8"))
                for o in obj if isinstance(obj, list) else [obj]:
                    yield _row(o), str(f), None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            yield None, str(f), f"cannot load ({exc.__class__.__name__}: {exc})"


def _row(obj: dict) -> dict:
    """A loadable row: a bare record, or {id, text, record_json|record, ...} (spark output)."""
    if obj.get("error"):
        return {**obj, "record": None}
    if "record_json" in obj or "record" in obj:
        rec = obj.get("record") or json.loads(obj["record_json"])
        return {**obj, "record": rec}
    if "schema_version" in obj and "doc" in obj:
        return {"record": obj}
    raise KeyError("neither a record (schema_version, doc) nor a row with record_json")


def _parquet_rows(path: Path):
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=256):
        for row in batch.to_pylist():
            yield _row(row), str(path), None


def load(store: Store, directory: str, *, resolve: bool = True) -> IngestResult:
    """Put records written by ``liaison extract --out`` or the Spark engine into the store."""
    res = IngestResult()
    batch: list[StoredArticle] = []
    for row, source, err in iter_record_files(directory):
        if err is not None:
            res.failed += 1
            res.failures.append(f"{source}: {err}")
            store.add_error(source, None, err)
            continue
        if row.get("error"):
            where = f"{source} (article {row.get('id')})"
            res.failed += 1
            res.failures.append(f"{where}: {row['error']}")
            store.add_error(where, None, row["error"])
            continue
        rec = row["record"]
        doc = rec.get("doc") or {}
        aid = str(row.get("id") or doc.get("id") or "")
        if not aid:
            res.failed += 1
            res.failures.append(f"{source}: record has no doc.id")
            store.add_error(source, None, "record has no doc.id")
            continue
        text = row.get("text") or ""
        meta = {k: row.get(k) if row.get(k) is not None else doc.get(k) for k in ("url", "published", "title")}
        batch.append(StoredArticle(id=aid, text=text, record=rec, content_hash=row.get("content_hash"), **meta))
        if len(batch) >= 200:
            store.put_batch(batch)
            res.ingested += len(batch)
            batch = []
    if batch:
        store.put_batch(batch)
        res.ingested += len(batch)
    if resolve:
        from .resolve import resolve as run_resolve

        res.resolved = run_resolve(store)
    return res
