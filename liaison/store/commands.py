"""CLI commands of the knowledge base: ingest, load, demo, query, export, resolve.

``register(subparsers)`` is called by ``liaison.cli``.
"""
from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

from liaison.console import error, iso_date
from liaison.errors import StoreError, UsageError

DEFAULT_DB = "liaison.db"


def _open(path: str, *, must_exist: bool = False):
    from . import open_store

    if must_exist and path != ":memory:" and not Path(path).exists():
        raise UsageError(f"--db {path}: no such database; create it with 'liaison ingest PATH --db {path}'")
    try:
        return open_store(path)
    except StoreError as exc:  # not a database, read-only, locked, cannot be created: named, with what to do
        raise UsageError(f"--db {exc}") from None
    except Exception as exc:  # noqa: BLE001 - anything else SQLite may raise at open
        raise UsageError(f"--db {path}: cannot open ({exc})") from None


@contextmanager
def _store_faults(path: str):
    """Turn a database fault during a command (disk full, locked, read-only) into one error line and exit 1.

    Yields a one-item list holding the exit code to use (None when nothing went wrong).
    """
    from .db import store_error

    status: list[int | None] = [None]
    try:
        yield status
    except StoreError as exc:
        error(str(exc))
        status[0] = 1
    except sqlite3.Error as exc:  # a write outside ``Store.transaction``: same message
        error(str(store_error(exc, path)))
        status[0] = 1


def register(sub) -> None:
    fmt = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser("ingest", help="extract articles into a SQLite knowledge base", formatter_class=fmt,
                       description="Stream articles through the pipeline into SQLite (upsert by article id; "
                                   "unchanged articles are skipped; a killed run can simply be rerun).",
                       epilog="examples:\n  liaison ingest corpus/ --db liaison.db --workers 4\n"
                              "  liaison ingest articles.jsonl --engine spark --master 'local[2]' --out records/\n"
                              "env: LIAISON_PIPELINE=light runs only the normalize/languages/sentences stages")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")
    p.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes (default: CPU count)")
    p.add_argument("--published", type=iso_date, metavar="DATE", help="date for articles that carry none")
    p.add_argument("--force", action="store_true", help="re-extract articles even when unchanged")
    p.add_argument("--max-chars", type=int, default=None, metavar="N", help="refuse longer articles")
    p.add_argument("--no-resolve", action="store_true", help="skip cross-article resolution after ingest")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--engine", choices=("local", "spark"), default="local",
                   help="spark: run the pipeline on Spark and write Parquet records to --out")
    p.add_argument("--master", default="local[2]", help="Spark master (with --engine spark)")
    p.add_argument("--out", metavar="DIR", help="Parquet output directory (with --engine spark)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("load", help="load records (JSON, JSONL or Parquet) into the knowledge base",
                       description="Put records written by 'liaison extract --out DIR' or by "
                                   "'liaison ingest --engine spark --out DIR' into SQLite.")
    p.add_argument("directory", metavar="DIR")
    p.add_argument("--db", default=DEFAULT_DB)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("demo", help="ingest examples/ and print a summary",
                       description="Ingest the sample articles of examples/ into --db and summarize them.")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--workers", type=int, default=1, metavar="N")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("resolve", help="re-run cross-article resolution",
                       description="Resolve people and events across articles (incremental; --full redoes all).")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--full", action="store_true")
    p.set_defaults(func=cmd_resolve)

    _register_query(sub, fmt)

    from .export import FORMATS

    p = sub.add_parser("export", help="export the knowledge base", formatter_class=fmt,
                       description="Export records, events, a graph or PLOVER/CAMEO-coded events. Prints how many "
                                   "events (resolved: one per real event, however many articles report it) and "
                                   "from how many articles were written, the same count for every format.",
                       epilog="examples:\n  liaison export --format plover -o events.jsonl\n"
                              "  liaison export --format parquet -o records.parquet")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout; required for parquet)")
    p.set_defaults(func=cmd_export)


def _register_query(sub, fmt) -> None:
    q = sub.add_parser("query", help="ask the knowledge base", formatter_class=fmt,
                       description="Query resolved events, people, agreements and the network of regions.",
                       epilog="examples:\n  liaison query events --region 吉林 --type visit --year 2023\n"
                              "  liaison query person 陈敏尔\n  liaison query agreements --field agriculture\n"
                              "  liaison query network --year 2023 --format csv")
    qs = q.add_subparsers(dest="what", metavar="WHAT")

    def common(p):
        p.add_argument("--db", default=DEFAULT_DB)
        p.add_argument("--format", choices=("table", "json", "csv"), default="table")
        p.set_defaults(func=cmd_query)

    p = qs.add_parser("events", help="events involving a region")
    p.add_argument("--region", help="code, Chinese or English name (吉林, Jilin, 220000)")
    p.add_argument("--type", choices=("visit", "meeting", "agreement", "inspection"))
    p.add_argument("--year", type=int)
    common(p)
    p = qs.add_parser("person", help="an official's positions timeline and appearances")
    p.add_argument("name", help="Chinese or English name")
    common(p)
    p = qs.add_parser("agreements", help="agreements signed")
    p.add_argument("--field", help="field of cooperation (agriculture, industry, ...)")
    p.add_argument("--year", type=int)
    common(p)
    p = qs.add_parser("network", help="pairs of regions with the number of events between them")
    p.add_argument("--year", type=int)
    p.add_argument("--type", choices=("visit", "meeting", "agreement", "inspection"))
    common(p)
    q.set_defaults(func=lambda args: (q.print_help(sys.stderr), 2)[1])  # no WHAT: a usage error


# ------------------------------------------------------------------ commands
def _report(res, quiet: bool = False) -> int:

    for line in res.failures[:50]:
        error(line)
    if len(res.failures) > 50:
        error(f"... and {res.failed - 50} more (see the errors table)")
    if not quiet:
        extra = ""
        if res.resolved:
            extra = f"; resolved {res.resolved.get('people', 0)} person and {res.resolved.get('events', 0)} event rows"
        print(res.summary() + extra, file=sys.stderr)
    return 1 if res.failed else 0


def cmd_ingest(args) -> int:
    if args.engine == "spark":
        if not args.out:
            raise UsageError("--engine spark writes Parquet records: give --out DIR (then 'liaison load DIR')")
        from liaison import spark

        return spark.run_ingest(args.paths, out=args.out, master=args.master, published=args.published)
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    from .ingest import IngestAborted, ingest

    with _open(args.db) as store, _store_faults(args.db) as fault:
        try:
            res = ingest(store, args.paths, workers=args.workers, published=args.published, force=args.force,
                         progress=False if args.quiet else None, resolve=not args.no_resolve,
                         max_chars=args.max_chars)
        except IngestAborted as exc:
            error(f"{exc}; nothing more was ingested (articles already stored are kept)")
            return 1
    if fault[0] is not None:
        return fault[0]
    return _report(res, args.quiet)


def cmd_load(args) -> int:
    from .ingest import load

    if not Path(args.directory).exists():
        raise UsageError(f"{args.directory}: no such file or directory")
    with _open(args.db) as store, _store_faults(args.db) as fault:
        res = load(store, args.directory)
    if fault[0] is not None:
        return fault[0]
    return _report(res)


def examples_dir() -> Path:
    here = Path(__file__).resolve().parents[2] / "examples"
    return here if here.is_dir() else Path.cwd() / "examples"


def cmd_demo(args) -> int:
    from .ingest import IngestAborted, ingest
    from .query import summary

    ex = examples_dir()
    if not ex.is_dir():
        raise UsageError(f"no examples/ directory at {ex}")
    with _open(args.db) as store, _store_faults(args.db) as fault:
        try:
            res = ingest(store, [str(ex)], workers=args.workers, progress=None)
        except IngestAborted as exc:
            error(str(exc))
            return 1
        s = summary(store)
    if fault[0] is not None:
        return fault[0]
    print(f"{args.db}: {s['articles']} articles ({res.summary()})")
    print(f"people: {s['people']} officials ({s['person_mentions']} in articles)")
    print(f"events: {s['events']} ({s['event_reports']} reports)" +
          "".join(f"\n  {t:<11} {n}" for t, n in s["events_by_type"].items()))
    print("top regions:" + "".join(f"\n  {name:<20} {n} events" for name, n in s["top_regions"]) if s["top_regions"]
          else "top regions: none yet")
    print(f"errors: {s['errors']}")
    print(f"next: liaison query events --region Jilin --db {args.db}")
    return 1 if res.failed else 0


def cmd_resolve(args) -> int:
    from .resolve import resolve

    with _open(args.db, must_exist=True) as store, _store_faults(args.db) as fault:
        counts = resolve(store, full=args.full)
    if fault[0] is not None:
        return fault[0]
    print(f"resolved {counts['people']} person and {counts['events']} event rows", file=sys.stderr)
    return 0


def cmd_query(args) -> int:
    from . import query

    with _open(args.db, must_exist=True) as store:
        if args.what == "events":
            rows = query.events(store, args.region, type=args.type, year=args.year)
        elif args.what == "person":
            rows = query.person(store, args.name)
        elif args.what == "agreements":
            rows = query.agreements(store, field=args.field, year=args.year)
        else:
            rows = query.network(store, year=args.year, type=args.type)
    write_rows(rows, args.format, sys.stdout)
    return 0


def cmd_export(args) -> int:
    from .export import export

    with _open(args.db, must_exist=True) as store:
        try:
            if args.format == "parquet":
                n = export(store, "parquet", path=args.output)
            elif args.output:
                with open(args.output, "w", encoding="utf-8", newline="") as fh:
                    n = export(store, args.format, fh)
            else:
                n = export(store, args.format, sys.stdout)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    # the same two counts for every format: events (resolved) and the articles they come from
    print(f"{args.format}: {n} written to {args.output or 'standard output'}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ output
def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return ";".join(str(x) for x in v)
    return str(v)


def write_rows(rows: list[dict], fmt: str, out) -> None:
    """Rows as an aligned table, a JSON array or CSV (lists joined with ';')."""
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    cols = list(dict.fromkeys(k for r in rows for k in r))
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
        return
    if not rows:
        out.write("(no rows)\n")
        return
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)

    cells = [[_cell(r.get(c))[:60] for c in cols] for r in rows]
    widths = [max(width(c), *(width(row[i]) for row in cells)) for i, c in enumerate(cols)]
    pad = lambda s, w: s + " " * (w - width(s))  # noqa: E731
    out.write("  ".join(pad(c, w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(pad(v, w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} rows)\n")
