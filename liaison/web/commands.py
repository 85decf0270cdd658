"""``liaison serve``: the web UI and REST API (FastAPI + uvicorn), read-only over a knowledge base."""
from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

from .server import BODY_TIMEOUT, HEADER_TIMEOUT


def register(sub) -> None:
    p = sub.add_parser(
        "serve", help="browse the knowledge base in a web browser (and a JSON API)",
        description="Serve a read-only web UI and REST API over a liaison database: articles with their "
                    "highlighted records, events, people, regions, the network of visits and agreements, "
                    "search, and an extract box. API documentation: /openapi.json.",
        epilog="examples:\n  liaison serve --db liaison.db\n  liaison serve --sample   # a small made-up database")
    p.add_argument("--db", default="liaison.db", help="the SQLite database (default: liaison.db)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only; 0.0.0.0 exposes it)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--sample", action="store_true", help="serve a small made-up database instead of --db")
    p.add_argument("--header-timeout", type=float, default=HEADER_TIMEOUT, metavar="SECONDS",
                   help="seconds a client has to send a request's headers before it gets 408 and is "
                        f"disconnected (default {HEADER_TIMEOUT:g})")
    p.add_argument("--body-timeout", type=float, default=BODY_TIMEOUT, metavar="SECONDS",
                   help="seconds a client has to send a request's body, and to start reading a response it "
                        f"stopped reading (default {BODY_TIMEOUT:g})")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    from ..cli import UsageError

    missing = [m for m in ("fastapi", "uvicorn", "jinja2") if importlib.util.find_spec(m) is None]
    if missing:
        raise UsageError(f"'liaison serve' needs {', '.join(missing)}: pip install fastapi uvicorn jinja2")
    if args.sample:
        from .sample import build_db

        with tempfile.TemporaryDirectory(prefix="liaison-sample-") as tmp:
            db = build_db(Path(tmp) / "sample.db")
            return _run(args, db)
    else:
        db = Path(args.db)
        if not db.is_file():
            raise UsageError(f"--db {db}: no such database; create one with 'liaison ingest PATH --db {db}'")
    return _run(args, db)


def _run(args, db: Path) -> int:
    from ..cli import UsageError
    from .app import create_app
    from .server import run

    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port}: not a port number")
    for name in ("header_timeout", "body_timeout"):
        value = getattr(args, name)
        if not 0 < value < 86400:
            raise UsageError(f"--{name.replace('_', '-')} {value:g}: give seconds above 0 and below 86400")
    app = create_app(db)
    print(f"liaison: serving {db} on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    run(app, host=args.host, port=args.port, header_timeout=args.header_timeout, body_timeout=args.body_timeout)
    return 0
