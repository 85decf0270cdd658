"""Web load benchmark: a fixed number of requests over the main pages and API endpoints of ``liaison serve``.

    .venv/bin/python bench/bench_web_load.py                    # 2,000 requests, 8 threads, sample × 25
    .venv/bin/python bench/bench_web_load.py --requests 10000 --concurrency 16 --copies 250
    .venv/bin/python bench/bench_web_load.py --db liaison.db    # an existing knowledge base

The server is ``liaison serve`` in a subprocess on a free port of 127.0.0.1
(nothing else is ever contacted), over a database built from the hand-made
articles of ``liaison/web/sample.py``, copied ``--copies`` times under new
ids (or over ``--db``). Client threads each keep one HTTP/1.1 connection
(``http.client``) and take requests from a shared, fixed list that cycles
through the URL mix below, so every run sends the same requests. After a
warm-up pass over every URL (which builds the server's index and loads the
extraction models), the requests are timed one by one; the report gives
p50, p90, p99 and max latency overall and per endpoint, the throughput, and
every error (a status other than 200, or a failed connection).
"""
from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import math
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only


# ------------------------------------------------------------------ database and server
def build_bench_db(path: Path, copies: int) -> Path:
    """The sample articles, ``copies`` times under new ids (``<id>~<n>``)."""
    sys.path.insert(0, str(ROOT))
    from liaison.web.sample import articles, build_db

    items = []
    for n in range(copies):
        for text, rec in articles():
            rec = json.loads(json.dumps(rec))
            rec["doc"]["id"] = f"{rec['doc']['id']}~{n}" if n else rec["doc"]["id"]
            items.append((text, rec))
    return build_db(path, items)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(port: int, path: str, timeout: float = 10.0) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


@contextlib.contextmanager
def serve(db: Path, *args: str, start_timeout: float = 60.0):
    """``liaison serve --db DB`` on a free loopback port; yields the port."""
    port = free_port()
    cmd = [sys.executable, "-c", "import sys; from liaison.cli import main; sys.exit(main(sys.argv[1:]))",
           "serve", "--db", str(db), "--host", HOST, "--port", str(port), *args]
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)

    def stderr() -> str:
        err.seek(0)
        return err.read().decode("utf-8", "replace")

    try:
        deadline = time.monotonic() + start_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"liaison serve exited ({proc.returncode}): {stderr()}")
            try:
                if get(port, "/api/stats", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"liaison serve did not answer within {start_timeout:g} s")
            time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        serve.last_stderr = stderr()
        err.close()


serve.last_stderr = ""


# ------------------------------------------------------------------ the requests
EXTRACT_BODY = json.dumps({"text": "11月6日，吉林省党政代表团来津考察。天津市委书记与吉林省委书记举行会谈，双方签署合作框架协议。",
                           "published": "2023-11-08"}, ensure_ascii=False).encode()


def url_mix(port: int) -> list[tuple[str, str, str]]:
    """(endpoint label, method, path) of the mix: every page and API endpoint, with ids from the database."""
    arts = json.loads(get(port, "/api/articles?limit=500")[1])["items"]
    people = json.loads(get(port, "/api/people?limit=500")[1])["people"]["items"]
    regions = json.loads(get(port, "/api/regions?limit=500")[1])["regions"]["items"]
    events = json.loads(get(port, "/api/events?limit=1")[1])["events"]["items"]
    aid = quote(arts[len(arts) // 2]["id"], safe="") if arts else "none"
    pkey = str(people[0]["entity"]) if people else "none"
    eid = str(events[0]["event"]) if events else "none"
    rkey = quote(regions[0]["key"], safe="") if regions else "none"
    mix = [
        ("page /", "GET", "/"),
        ("page /articles", "GET", "/articles"),
        ("page /article/{id}", "GET", f"/article/{aid}"),
        ("page /events", "GET", "/events"),
        ("page /events?filters", "GET", "/events?type=visit&province=220000&date_from=2023"),
        ("page /event/{id}", "GET", f"/event/{eid}"),
        ("page /map", "GET", "/map"),
        ("page /people", "GET", "/people"),
        ("page /person/{key}", "GET", f"/person/{pkey}"),
        ("page /regions", "GET", "/regions"),
        ("page /region/{key}", "GET", f"/region/{rkey}"),
        ("page /network", "GET", "/network?year=2024"),
        ("page /network.svg", "GET", "/network.svg"),
        ("page /search", "GET", "/search?q=" + quote("天津")),
        ("page /extract", "GET", "/extract"),
        ("static", "GET", "/static/app.js"),
        ("api /stats", "GET", "/api/stats"),
        ("api /articles", "GET", "/api/articles?limit=50&offset=10"),
        ("api /article/{id}", "GET", f"/api/article/{aid}"),
        ("api /events", "GET", "/api/events?limit=100"),
        ("api /events?filters", "GET", "/api/events?type=agreement&field=agriculture"),
        ("api /events.csv", "GET", "/api/events?type=visit&format=csv"),
        ("api /event/{id}", "GET", f"/api/event/{eid}"),
        ("api /people", "GET", "/api/people"),
        ("api /person/{key}", "GET", f"/api/person/{pkey}"),
        ("api /regions", "GET", "/api/regions"),
        ("api /region/{key}", "GET", f"/api/region/{rkey}"),
        ("api /network", "GET", "/api/network"),
        ("api /search", "GET", "/api/search?q=Haikou"),
    ]
    # extraction is far heavier than a read: one request in every two rounds of the mix
    return mix + mix + [("api POST /extract", "POST", "/api/extract")]


def _send(conn: http.client.HTTPConnection, method: str, path: str) -> int:
    if method == "POST":
        conn.request("POST", path, body=EXTRACT_BODY, headers={"Content-Type": "application/json"})
    else:
        conn.request(method, path)
    r = conn.getresponse()
    r.read()
    return r.status


def run_load(port: int, mix: list[tuple[str, str, str]], requests: int, concurrency: int,
             timeout: float = 30.0) -> dict:
    """Send ``requests`` requests (the mix, cycled) from ``concurrency`` threads; return timings and errors."""
    for label, method, path in dict.fromkeys(mix):  # warm-up: index, templates, extraction models
        conn = http.client.HTTPConnection(HOST, port, timeout=120)
        try:
            _send(conn, method, path)
        finally:
            conn.close()
    plan = [mix[i % len(mix)] for i in range(requests)]
    lock = threading.Lock()
    nxt = [0]
    samples: list[tuple[str, float]] = []
    errors: list[str] = []

    def worker():
        conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
        try:
            while True:
                with lock:
                    i = nxt[0]
                    nxt[0] += 1
                if i >= len(plan):
                    return
                label, method, path = plan[i]
                t0 = time.perf_counter()
                try:
                    status = _send(conn, method, path)
                except (OSError, http.client.HTTPException) as exc:
                    status = f"{exc.__class__.__name__}: {exc}"
                    conn.close()
                    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
                secs = time.perf_counter() - t0
                with lock:
                    samples.append((label, secs))
                    if status != 200:
                        errors.append(f"{method} {path}: {status}")
        finally:
            conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"requests": len(samples), "concurrency": concurrency, "wall": wall, "samples": samples,
            "errors": errors}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of ``values``."""
    s = sorted(values)
    return s[max(0, math.ceil(q / 100 * len(s)) - 1)] if s else float("nan")


def summary(result: dict) -> dict:
    lat = [s for _, s in result["samples"]]
    out = {"requests": result["requests"], "concurrency": result["concurrency"], "errors": len(result["errors"]),
           "seconds": round(result["wall"], 2), "per_second": round(result["requests"] / result["wall"], 1),
           "p50_ms": round(percentile(lat, 50) * 1000, 1), "p90_ms": round(percentile(lat, 90) * 1000, 1),
           "p99_ms": round(percentile(lat, 99) * 1000, 1), "max_ms": round(max(lat, default=0) * 1000, 1),
           "endpoints": {}}
    by: dict[str, list[float]] = {}
    for label, secs in result["samples"]:
        by.setdefault(label, []).append(secs)
    for label, xs in by.items():
        out["endpoints"][label] = {"n": len(xs), "p50_ms": round(percentile(xs, 50) * 1000, 1),
                                   "p99_ms": round(percentile(xs, 99) * 1000, 1)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=2000, help="requests to time (default 2000)")
    ap.add_argument("--concurrency", type=int, default=8, help="client threads (default 8)")
    ap.add_argument("--copies", type=int, default=25,
                    help="copies of the 4 sample articles in the generated database (default 25: 100 articles)")
    ap.add_argument("--db", type=Path, help="serve this knowledge base instead of a generated one")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="liaison-bench-web-") as tmp:
        db = args.db or build_bench_db(Path(tmp) / "bench.db", args.copies)
        with serve(db) as port:
            mix = url_mix(port)
            res = run_load(port, mix, args.requests, args.concurrency)
    s = summary(res)
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=1))
    else:
        print(f"{s['requests']} requests, {s['concurrency']} threads, {s['seconds']} s ({s['per_second']}/s), "
              f"errors {s['errors']}")
        print(f"latency ms: p50 {s['p50_ms']}  p90 {s['p90_ms']}  p99 {s['p99_ms']}  max {s['max_ms']}")
        width = max(map(len, s["endpoints"]))
        for label, e in sorted(s["endpoints"].items()):
            print(f"  {label:<{width}}  n {e['n']:>5}  p50 {e['p50_ms']:>7.1f}  p99 {e['p99_ms']:>7.1f}")
    for e in res["errors"][:20]:
        print("error:", e, file=sys.stderr)
    return 1 if res["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
