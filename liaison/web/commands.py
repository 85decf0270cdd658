"""``liaison serve``: the web UI and REST API (FastAPI + uvicorn), read-only over a knowledge base.

Exit codes: 0 after Ctrl-C, 2 for a usage error (no database, a file that is not a liaison database,
bad options), ``EXIT_PORT`` (3) when the address cannot be listened on (the port is in use, or needs
privileges). Each failure is one ``liaison: error:`` line. This module prints its own errors: nothing in
``liaison.web`` imports the CLI.
"""
from __future__ import annotations

import errno
import importlib.util
import socket
import sys
import tempfile
from pathlib import Path

from .server import BODY_TIMEOUT, HEADER_TIMEOUT

EXIT_USAGE = 2
EXIT_PORT = 3


class _Refused(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


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
    try:
        return _serve(args)
    except _Refused as exc:
        print(f"liaison: error: {exc}", file=sys.stderr)
        return exc.code


def _serve(args) -> int:
    missing = [m for m in ("fastapi", "uvicorn", "jinja2") if importlib.util.find_spec(m) is None]
    if missing:
        raise _Refused(f"'liaison serve' needs {', '.join(missing)}: pip install fastapi uvicorn jinja2")
    if args.sample:
        from .sample import build_db

        with tempfile.TemporaryDirectory(prefix="liaison-sample-") as tmp:
            db = build_db(Path(tmp) / "sample.db")
            return _run(args, db)
    else:
        db = Path(args.db)
        if not db.is_file():
            raise _Refused(f"--db {db}: no such database; create one with 'liaison ingest PATH --db {db}'")
    from ..store.query import NotAStore, check_store

    try:
        check_store(db)
    except NotAStore as exc:
        raise _Refused(f"--db {exc}") from None
    return _run(args, db)


def _run(args, db: Path) -> int:
    from .app import create_app
    from .server import run

    if not 0 < args.port < 65536:
        raise _Refused(f"--port {args.port}: not a port number")
    for name in ("header_timeout", "body_timeout"):
        value = getattr(args, name)
        if not 0 < value < 86400:
            raise _Refused(f"--{name.replace('_', '-')} {value:g}: give seconds above 0 and below 86400")
    sock = listen(args.host, args.port)
    app = create_app(db)
    print(f"liaison: serving {db} on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    run(app, sock=sock, header_timeout=args.header_timeout, body_timeout=args.body_timeout)
    return 0


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (handed to uvicorn, so nothing can take the port in between)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise _Refused(f"--host {host}: not an address of this machine ({exc.strerror})") from None
    family, kind, proto, _, addr = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise _Refused(f"port {port} is in use on {host}: stop what listens there or pass --port N",
                           EXIT_PORT) from None
        raise _Refused(f"cannot listen on {host}:{port} ({exc.strerror}); pass another --host or --port",
                       EXIT_PORT) from None
    sock.set_inheritable(True)
    return sock
