"""Peak memory of ``liaison extract`` streaming N articles: it should not grow with N.

    .venv/bin/python bench/bench_memory.py                    # 10,000 and 50,000 articles
    .venv/bin/python bench/bench_memory.py --sizes 2000 10000 # a quicker pair (still 5x apart)

For each size, a JSONL file of N articles is generated from the project's sample
articles (``examples/*.json``, replicated with varied ids), then
``.venv/bin/liaison extract FILE -o /dev/null -q`` runs as a child process with the
full default pipeline. The child's peak resident memory comes from ``os.wait4``
(``ru_maxrss`` of that child alone); its resident memory is also sampled from
``/proc/PID/status`` while it runs, so the report shows RSS after 10%, 50% and 100%
of the run's time — a flat line, not just a flat peak.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIAISON = ROOT / ".venv" / "bin" / "liaison"


def write_corpus(path: Path, n: int) -> int:
    samples = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*.json"))]
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            a = dict(samples[i % len(samples)])
            a["id"] = f"{a['id']}-{i:06d}"
            line = json.dumps(a, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    return size


def _rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def measure(path: Path, timeout: float, interval: float = 0.5) -> dict:
    cmd = [str(LIAISON), "extract", str(path), "-o", os.devnull, "-q"]
    t = time.perf_counter()
    errf = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errf)
    samples: list[tuple[float, int]] = []
    while True:
        # peek without reaping (WNOWAIT): os.wait4 below must reap the child to read its rusage
        if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            break
        rss = _rss_kb(proc.pid)
        if rss:
            samples.append((time.perf_counter() - t, rss))
        if time.perf_counter() - t > timeout:
            proc.kill()
            break
        time.sleep(interval)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    secs = time.perf_counter() - t
    errf.seek(0)
    err = errf.read().decode("utf-8", "replace")
    errf.close()

    def at(frac: float) -> float | None:
        pts = [r for s, r in samples if s >= frac * secs]
        return round(pts[0] / 1024, 1) if pts else None

    return {"exit": proc.returncode, "secs": round(secs, 1), "max_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "cpu_secs": round(usage.ru_utime + usage.ru_stime, 1),
            "rss_at_10pct_mb": at(0.10), "rss_at_50pct_mb": at(0.50), "rss_at_90pct_mb": at(0.90),
            "errors": err.count("liaison: error:")}


def run(sizes: list[int], timeout: float = 1800) -> list[dict]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"articles-{n}.jsonl"
            mb = write_corpus(path, n) / 1e6
            r = measure(path, timeout)
            r.update({"articles": n, "corpus_mb": round(mb, 1), "articles_per_s": round(n / r["secs"], 1)})
            out.append(r)
            path.unlink()
    return out


def report(rows: list[dict]) -> str:
    lines = ["extract peak memory (liaison extract FILE.jsonl -o /dev/null, full pipeline)",
             f"  {'articles':>9} {'MB in':>6} {'secs':>7} {'art/s':>6} {'peak RSS':>9} {'RSS@10%':>8} {'RSS@50%':>8} "
             f"{'RSS@90%':>8}  exit"]
    for r in rows:
        lines.append(f"  {r['articles']:>9,} {r['corpus_mb']:>6} {r['secs']:>7} {r['articles_per_s']:>6} "
                     f"{r['max_rss_mb']:>7} MB {r['rss_at_10pct_mb']!s:>8} {r['rss_at_50pct_mb']!s:>8} "
                     f"{r['rss_at_90pct_mb']!s:>8}  {r['exit']}")
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        lines.append(f"  peak RSS growth {a['articles']:,} -> {b['articles']:,} articles: "
                     f"{b['max_rss_mb'] - a['max_rss_mb']:+.1f} MB ({b['max_rss_mb'] / a['max_rss_mb']:.3f}x)")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000], help="article counts")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds allowed per run (then killed)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rows = run(args.sizes, args.timeout)
    print(json.dumps(rows) if args.json else report(rows))
    return 0 if all(r["exit"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
