"""Serve benchmark: ``liaison serve`` over knowledge bases of 10,000 and 50,000 generated articles.

    .venv/bin/python bench/bench_serve.py                       # 10,000 and 50,000 articles
    .venv/bin/python bench/bench_serve.py --sizes 1000 5000     # a quick look
    .venv/bin/python bench/bench_serve.py --keep /tmp/kb        # keep the databases (kb-10000.db ...)

For each size: articles are generated from the templates in examples/
(``bench_ingest.vary``: other people and provinces; nothing read from the
evaluation corpus), dated over a span that grows with the corpus (about 27
articles a day, as a feed that has run longer: 10,000 articles cover a year,
50,000 five; ``--fixed-span`` keeps bench_ingest's four years for every size,
a corpus five times denser at 50,000), ingested with the full pipeline
(``liaison ingest --workers 2 --no-resolve``), resolved (``liaison
resolve``), then served by ``liaison serve`` on a free loopback port. It
reports the ingest and resolution times, the server's start-up time (until
``/api/stats`` answers), the time of the first request of a list of pages
(cold: the first page, a faceted ``/events`` page, a region, a person, the
network, the map, a search), the same pages again (warm), and the server's
peak resident memory (VmHWM) after all of them.

Goals (issue 14): peak RSS at 50k ≤ 1.1 × at 10k; first page and faceted
/events page each under 1 s at 50k; (ingest + resolution) 50k / 10k ≤ 6.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
HOST = "127.0.0.1"


def liaison(*argv: str, timeout: float) -> float:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "liaison.cli", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"liaison {' '.join(argv)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return time.perf_counter() - t


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(port: int, path: str) -> tuple[int, bytes, float]:
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    t = time.perf_counter()
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
        return r.status, body, time.perf_counter() - t
    finally:
        conn.close()


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pages(port: int) -> list[tuple[str, str]]:
    stats = json.loads(get(port, "/api/stats")[1])
    year = stats["years"][len(stats["years"]) // 2] if stats["years"] else "2023"
    ev = json.loads(get(port, "/api/events?limit=1&sort=-sources")[1])["events"]["items"]
    province = next((r["province"] for r in (ev[0]["parties"] + [ev[0]["origin"] or {}]) if r and r.get("province")),
                    "220000") if ev else "220000"
    people = json.loads(get(port, "/api/people?limit=1")[1])["people"]["items"]
    person = people[0]["entity"] if people else 1
    return [("first page /", "/"),
            ("faceted /events", f"/events?type=meeting&year={year}&province={quote(province)}"),
            ("/events (all, facets)", "/events"),
            ("/events sorted by reports", "/events?sort=-sources&field=agriculture"),
            (f"/event/{ev[0]['event'] if ev else 1}", f"/event/{ev[0]['event'] if ev else 1}"),
            ("/region/{province}", f"/region/{quote(province)}"),
            ("/person/{most reported}", f"/person/{person}"),
            ("/people (facets)", "/people"),
            ("/network", f"/network?year={year}"),
            ("/map", "/map"),
            ("/search?q=吉林", "/search?q=" + quote("吉林")),
            ("/api/events csv", f"/api/events?year={year}&format=csv&limit=500")]


def serve_and_measure(db: Path) -> dict:
    port = free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "liaison.cli", "serve", "--db", str(db), "--host", HOST,
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while True:
            try:
                if get(port, "/api/stats")[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None:
                raise SystemExit(f"serve exited: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.05)
        startup = time.perf_counter() - t0
        plan = pages(port)
        cold, warm = {}, {}
        for label, path in plan:
            status, _, secs = get(port, path)
            if status != 200:
                raise SystemExit(f"{path}: HTTP {status}")
            cold[label] = secs
        for label, path in plan:
            warm[label] = get(port, path)[2]
        return {"startup_s": startup, "cold_s": cold, "warm_s": warm, "peak_rss_mb": peak_rss_mb(proc.pid)}
    finally:
        proc.terminate()
        proc.wait(10)


PER_DAY = 27


def generate(path: Path, n: int, *, fixed_span: bool = False, seed: int = 5) -> Path:
    """``n`` articles from the examples' templates; dates spread over ``n / PER_DAY`` days from 2019-01-01."""
    import datetime as dt
    import random
    import re

    from bench_ingest import generate as fixed, templates, vary

    if fixed_span:
        return fixed(path, n, seed)
    rng = random.Random(seed)
    tpls = templates()
    start = dt.date(2019, 1, 1)
    span = max(30, n // PER_DAY)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            art = vary(tpls[i % len(tpls)], i, rng)
            day = start + dt.timedelta(days=rng.randrange(span))
            art["text"] = re.sub(r"\d{1,2}月\d{1,2}日", f"{day.month}月{day.day}日", art["text"])
            art["published"] = (day + dt.timedelta(days=1)).isoformat()
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    return path


def build(n: int, where: Path, timeout: float, fixed_span: bool = False) -> tuple[Path, dict]:
    src = generate(where / f"articles-{n}.jsonl", n, fixed_span=fixed_span)
    db = where / f"kb-{n}.db"
    for f in where.glob(db.name + "*"):
        f.unlink()
    ingest = liaison("ingest", str(src), "--db", str(db), "--workers", "2", "--no-resolve", "-q", timeout=timeout)
    resolve = liaison("resolve", "--db", str(db), timeout=timeout)
    src.unlink()
    import sqlite3

    conn = sqlite3.connect(db)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "events", "event_entities", "people", "entities")}
    conn.close()
    return db, {"ingest_s": ingest, "resolve_s": resolve, "counts": counts, "db_mb": db.stat().st_size / 2 ** 20}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    ap.add_argument("--keep", type=Path, help="directory to keep the databases in (reused when present)")
    ap.add_argument("--timeout", type=float, default=7200)
    ap.add_argument("--fixed-span", action="store_true", help="date every size over the same four years")
    args = ap.parse_args(argv)
    os.environ.setdefault("LIAISON_ARTICLE_TIMEOUT", "20")
    print(f"load average at start: {os.getloadavg()[0]:.1f}", flush=True)
    results = {}
    with tempfile.TemporaryDirectory(prefix="liaison-bench-serve-") as d:
        where = args.keep or Path(d)
        where.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            db = where / f"kb-{n}.db"
            if args.keep and db.exists() and (where / f"kb-{n}.json").exists():
                info = json.loads((where / f"kb-{n}.json").read_text())
            else:
                db, info = build(n, where, args.timeout, args.fixed_span)
                (where / f"kb-{n}.json").write_text(json.dumps(info))
            info.update(serve_and_measure(db))
            results[n] = info
            c = info["counts"]
            print(f"(load average {os.getloadavg()[0]:.1f}) {n} articles: ingest {info['ingest_s']:.0f} s + resolution {info['resolve_s']:.1f} s; "
                  f"{c['event_entities']} resolved events from {c['events']} reports, {c['entities']} officials "
                  f"from {c['people']} mentions; db {info['db_mb']:.0f} MB; serve start-up {info['startup_s']:.2f} s, "
                  f"peak RSS {info['peak_rss_mb']:.0f} MB", flush=True)
            for label in info["cold_s"]:
                print(f"    {label:<28} cold {info['cold_s'][label] * 1000:7.0f} ms   warm "
                      f"{info['warm_s'][label] * 1000:7.0f} ms", flush=True)
    if len(results) >= 2:
        small, big = min(results), max(results)
        a, b = results[small], results[big]
        print(f"peak RSS {big}/{small}: {b['peak_rss_mb'] / a['peak_rss_mb']:.2f} (goal <= 1.1); "
              f"first page at {big}: {b['cold_s']['first page /']:.2f} s, faceted /events "
              f"{b['cold_s']['faceted /events']:.2f} s (goal < 1 s each); ingest + resolution {big}/{small}: "
              f"{(b['ingest_s'] + b['resolve_s']) / (a['ingest_s'] + a['resolve_s']):.2f} (goal <= 6); "
              f"resolution alone {b['resolve_s'] / a['resolve_s']:.2f}")
    print(json.dumps({str(k): v for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
