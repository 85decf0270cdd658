"""All benchmarks (``make bench``): extract throughput vs the models alone, start-up, peak memory, ingest.

    .venv/bin/python bench/run.py                   # everything, full sizes (~30-40 min on 2 cores)
    .venv/bin/python bench/run.py --quick           # smaller sizes (~5 min): a smoke run, not the numbers
    .venv/bin/python bench/run.py --only extract startup

docs/performance.md records the numbers and the exact command behind each. These
are benchmarks, not tests: they print measurements and fail only when a run fails.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SECTIONS = ("extract", "startup", "memory", "ingest")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes: 0.3 MB extract corpus, 1,000/5,000 articles")
    ap.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    ap.add_argument("--json-out", metavar="FILE", help="also write every result as JSON")
    args = ap.parse_args(argv)

    import bench_extract
    import bench_memory

    results: dict = {}
    rc = 0
    t0 = time.perf_counter()
    if "extract" in args.only:
        r = bench_extract.run(0.3 if args.quick else 2.0, repeat=1 if args.quick else 3)
        results["extract"] = r
        print(bench_extract.report(r), flush=True)
    if "startup" in args.only:
        r = bench_extract.startup(runs=5)
        results["startup"] = r
        print(bench_extract.startup_report(r), flush=True)
    if "memory" in args.only:
        rows = bench_memory.run([1_000, 5_000] if args.quick else [10_000, 50_000])
        results["memory"] = rows
        print(bench_memory.report(rows), flush=True)
        rc |= any(r["exit"] != 0 for r in rows)
    if "ingest" in args.only:
        cmd = [sys.executable, str(HERE / "bench_ingest.py")]
        if args.quick:
            cmd += ["--ratio-n", "100", "--rss", "1000", "5000", "--repeat", "1"]
        print("ingest (bench/bench_ingest.py):", flush=True)
        rc |= subprocess.run(cmd, check=False).returncode != 0
    print(f"benchmarks done in {time.perf_counter() - t0:.0f} s", flush=True)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 1 if rc else 0


if __name__ == "__main__":
    sys.exit(main())
