"""The command line: ``liaison COMMAND --help`` for each command.

Exit codes: 0 success, 1 some input failed (the rest was processed), 2 usage error.
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path

from . import __version__
from .console import error, iso_date, progress
from .errors import UsageError

# Modules adding commands through ``register(subparsers)``. They are the command-line layer of their
# packages (tests/test_layers.py): nothing below the CLI imports them.
COMMAND_MODULES = ("liaison.evalgate", "liaison.store.commands", "liaison.web.commands")

# ``UsageError`` and the printing helpers live below the CLI so that the store and the engines can use
# them without importing it; these names stay here for commands that import them from ``liaison.cli``.
_iso_date = iso_date


# ------------------------------------------------------------------ extract
def add_extract(sub) -> None:
    p = sub.add_parser(
        "extract", help="extract records from articles",
        description="Extract one SPEC.md record per article. PATH: a .txt, .html, .json (one article: id, url, "
                    "published, title, text), .jsonl (one article a line) file, a directory of these, or - for "
                    "standard input.",
        epilog="examples:\n  liaison extract examples/ --out preds/\n  liaison extract article.txt "
               "--published 2023-11-08\n  cat a.txt | liaison extract - -o out.jsonl\n\n"
               "More than 64 articles: the Chinese analyser and the English parse move to a second process\n"
               "(~240 MB more memory, ~25% faster); LIAISON_MODEL_PROCESS=0 keeps them in this one.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--out", metavar="DIR", help="write DIR/<id>.json, one file per article")
    g.add_argument("-o", "--output", metavar="FILE.jsonl", help="write JSON lines to FILE (default: stdout)")
    p.add_argument("--published", type=iso_date, metavar="DATE",
                   help="publication date (YYYY-MM-DD) for articles that carry none")
    p.add_argument("--max-chars", type=int, default=None, metavar="N",
                   help="refuse articles longer than N characters (default 2,000,000)")
    p.add_argument("--pretty", action="store_true", help="indent JSON output")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_extract)


def _where(item) -> str:
    return f"{item.source} line {item.line}" if item.line else str(item.source)


def safe_filename(article_id: str) -> str:
    name = re.sub(r"[^\w.\-]+", "_", article_id, flags=re.UNICODE).strip("._") or "article"
    return name[:150]


def cmd_extract(args) -> int:
    from . import default_pipeline, make_doc
    from .readers import DEFAULT_MAX_CHARS, Article, iter_articles, skipped_note
    from .record import to_record

    max_chars = args.max_chars or DEFAULT_MAX_CHARS
    pipeline = default_pipeline()
    out_dir = Path(args.out) if args.out else None
    if out_dir:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"--out {out_dir}: cannot create directory ({exc.strerror})") from None
    sink = None
    if args.output:
        try:
            sink = open(args.output, "w", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"-o {args.output}: cannot write ({exc.strerror})") from None
    elif not out_dir:
        sink = sys.stdout
    ok = failed = 0
    indent = 2 if args.pretty else None
    written: dict[str, str] = {}  # --out: file name → the article written there (ids may collide)
    skipped: dict[str, int] = {}  # files of a directory not read for their suffix

    def extraction_failed(item, exc) -> None:
        nonlocal failed
        error(f"{_where(item)}: extraction failed ({exc.__class__.__name__}: {exc}); please report this article")
        failed += 1

    def docs():
        """(doc, article) for every readable article; unreadable ones are reported here, in reading order."""
        nonlocal failed
        for item in progress(iter_articles(args.paths, max_chars=max_chars, skipped=skipped), desc="extract",
                             disable=True if args.quiet else None):
            if not isinstance(item, Article):
                error(str(item))
                failed += 1
                continue
            try:
                doc = make_doc(item.text, published=item.published or args.published, id=item.id,
                               url=item.url, title=item.title)
            except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
                extraction_failed(item, exc)
                continue
            yield doc, item

    try:
        # pipe_results: the stages per article, the models over batches of articles (one bad article
        # never stops the batch: its error comes back with it)
        for doc, item, exc in pipeline.pipe_results(docs(), as_tuples=True):
            rec = None
            if exc is None:
                try:
                    rec = to_record(doc)
                except Exception as e:  # noqa: BLE001
                    exc = e
            if exc is not None:
                extraction_failed(item, exc)
                continue
            try:
                line = json.dumps(rec, ensure_ascii=False, indent=indent)
                if out_dir:
                    name = f"{safe_filename(item.id)}.json"
                    if name in written:
                        error(f"{_where(item)}: its record would overwrite {out_dir / name}, the record of "
                              f"{written[name]} (the same id {item.id!r}); give each article its own id")
                        failed += 1
                        continue
                    written[name] = _where(item)
                    (out_dir / name).write_text(line + "\n", encoding="utf-8", errors="replace")
                else:
                    sink.write(line + "\n")
                    sink.flush()
            except OSError as exc:  # disk full, permissions: records already written stay
                error(f"{item.source}: cannot write its record ({exc.strerror or exc}); free space or choose "
                      "another --out/-o, then rerun")
                failed += 1
                if exc.errno in (28, 30):  # ENOSPC, EROFS: every later write fails the same way
                    break
                continue
            except UnicodeEncodeError:
                error(f"{item.source}: its record cannot be encoded for this output; use --out DIR or -o FILE")
                failed += 1
                continue
            ok += 1
    finally:
        if sink is not None and sink is not sys.stdout:
            sink.close()
    note = skipped_note(skipped)
    if not args.quiet and (out_dir or args.output):
        print(f"{ok} records written, {failed} failed" + (f"; {note}" if note else ""), file=sys.stderr)
    elif not args.quiet and note:
        print(f"liaison: {note}", file=sys.stderr)
    return 1 if failed else 0


# ------------------------------------------------------------------ stages
def add_stages(sub) -> None:
    p = sub.add_parser("stages", help="print the pipeline's stages",
                       description="Print the stages of the default pipeline with what each requires and assigns.")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(func=cmd_stages)


def cmd_stages(args) -> int:
    from . import default_pipeline

    rows = default_pipeline().table()
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1))
        return 0
    req = max([len("requires")] + [len(", ".join(r.requires)) for r in rows])
    asg = max([len("assigns")] + [len(", ".join(r.assigns)) for r in rows])
    name = max([len("stage")] + [len(r.name) for r in rows])
    print(f"{'#':>2}  {'stage':<{name}}  {'requires':<{req}}  {'assigns':<{asg}}  what")
    for i, r in enumerate(rows, 1):
        print(f"{i:>2}  {r.name:<{name}}  {', '.join(r.requires):<{req}}  {', '.join(r.assigns):<{asg}}  {r.doc}")
    return 0


# ------------------------------------------------------------------ main
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liaison",
        description="Structured records of exchanges between governments from Chinese, English and mixed "
                    "news articles.",
        epilog="Run 'liaison COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_extract(sub)
    add_stages(sub)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):  # no command: a usage error, the help goes to stderr
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        error(str(exc))
        return 2
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
