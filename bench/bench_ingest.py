"""Ingest benchmark: throughput with 1 and 2 workers, and peak memory at 10,000 and 50,000 articles.

    .venv/bin/python bench/bench_ingest.py                    # defaults below
    .venv/bin/python bench/bench_ingest.py --ratio-n 400 --ratio-pipeline full --rss 10000 50000

Articles are generated from the templates in examples/ (names, dates and
places varied; ``--source grammar``: from ``liaison.testing``'s grammar, the
generator of the test suite, more varied and shorter) into one JSONL file per
size, so nothing is read from the evaluation corpus. Each measurement runs ``liaison.store.ingest.ingest`` in
a fresh subprocess on a fresh database and reports the articles per second
and the peak resident memory (ru_maxrss) of the main process and, separately,
of the largest worker.

The throughput ratio uses the best of ``--repeat`` interleaved runs (other
jobs on a shared machine only ever slow a run down) and the full pipeline by default (that is where the
time goes; the goal is a ratio ≥ 1.7 with 2 workers). The memory runs use
``LIAISON_PIPELINE=light`` (normalize, languages, sentences) because the
full pipeline at ~0.1–0.3 s an article would need hours for 50,000; memory
of the streaming machinery does not depend on which stages run.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "建国志明立新伟华文斌海涛红军晓东春林德辉永强振宇家栋卫东丽萍"
PROVINCES = ["吉林省", "天津市", "海南省", "贵州省", "浙江省", "广东省", "黑龙江省", "陕西省", "云南省", "甘肃省",
             "福建省", "宁夏回族自治区", "江苏省", "四川省", "湖北省", "山东省"]

DRIVER = r"""
import json, resource, sys, time
from liaison.store import open_store
from liaison.store.ingest import ingest
from liaison.store.resolve import resolve
src, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = time.perf_counter()
with open_store(db) as store:
    res = ingest(store, [src], workers=workers, progress=False, resolve=False)
    secs = time.perf_counter() - t
    t = time.perf_counter()
    resolve(store)
    resolve_secs = time.perf_counter() - t
print(json.dumps({"ingested": res.ingested, "failed": res.failed, "secs": secs, "resolve_secs": resolve_secs,
                  "workers_used": len(res.worker_pids),
                  "rate": res.ingested / secs if secs else 0.0,
                  "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def templates() -> list[dict]:
    out = []
    for f in sorted((ROOT / "examples").glob("*.json")):
        obj = json.loads(f.read_text("utf-8"))
        if obj.get("text"):
            out.append(obj)
    if not out:
        raise SystemExit("no examples/*.json templates")
    return out


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))


def vary(tpl: dict, i: int, rng: random.Random) -> dict:
    """One generated article: the template with other people, another province, other dates."""
    text = tpl["text"]
    for old in set(re.findall(r"(?:书记|省长|市长|主任)([\u4e00-\u9fff]{2,3})", text)):
        text = text.replace(old, _name(rng))
    a, b = rng.sample(PROVINCES, 2)
    text = text.replace("黑龙江省", a).replace("广东省", b).replace("吉林省", a).replace("天津市", b)
    month, day = rng.randint(1, 12), rng.randint(1, 27)
    text = re.sub(r"\d{1,2}月\d{1,2}日", f"{month}月{day}日", text)
    year = rng.choice((2021, 2022, 2023, 2024))
    return {"id": f"gen{i:06d}", "url": f"https://example.org/gen/{i}", "published": f"{year}-{month:02d}-{day + 1:02d}",
            "title": f"{tpl.get('title') or ''} ({i})", "text": text + f"\n（稿件编号 {i}）"}


def generate(path: Path, n: int, seed: int = 5, source: str = "examples") -> Path:
    if source == "grammar":
        from liaison.testing import articles

        with open(path, "w", encoding="utf-8") as fh:
            for art in articles(n, seed):
                fh.write(json.dumps(art, ensure_ascii=False) + "\n")
        return path
    rng = random.Random(seed)
    tpls = templates()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(vary(tpls[i % len(tpls)], i, rng), ensure_ascii=False) + "\n")
    return path


def run(src: Path, workers: int, pipeline: str, tmp: Path, timeout: float) -> dict:
    db = tmp / f"bench-{src.stem}-{workers}-{pipeline}-{time.time_ns()}.db"
    env = {"LIAISON_ARTICLE_TIMEOUT": "2", **os.environ, "LIAISON_PIPELINE": "light" if pipeline == "light" else "full"}
    proc = subprocess.run([sys.executable, "-c", DRIVER, str(src), str(db), str(workers)], env=env,
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"bench run failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    for f in tmp.glob(db.name + "*"):
        f.unlink()
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ratio-n", type=int, default=400, help="articles for the 1-vs-2-worker throughput runs")
    ap.add_argument("--ratio-pipeline", choices=("full", "light"), default="full")
    ap.add_argument("--rss", type=int, nargs="*", default=[10_000, 50_000], help="sizes for the memory runs")
    ap.add_argument("--repeat", type=int, default=3, help="interleaved runs per worker count (best is kept)")
    ap.add_argument("--rss-workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=900, help="seconds allowed per run")
    ap.add_argument("--source", choices=("examples", "grammar"), default="examples",
                    help="articles varied from examples/ (default) or generated by liaison.testing")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="liaison-bench-") as d:
        tmp = Path(d)
        if args.ratio_n:
            src = generate(tmp / f"ratio{args.ratio_n}.jsonl", args.ratio_n, source=args.source)
            # Best of --repeat interleaved runs: on a shared machine other jobs only ever slow a run down.
            ones, twos = [], []
            for _ in range(args.repeat):
                ones.append(run(src, 1, args.ratio_pipeline, tmp, args.timeout))
                twos.append(run(src, 2, args.ratio_pipeline, tmp, args.timeout))
            one, two = max(ones, key=lambda r: r["rate"]), max(twos, key=lambda r: r["rate"])
            print(f"throughput ({args.ratio_pipeline} pipeline, {args.ratio_n} articles, {os.cpu_count()} CPUs, "
                  f"best of {args.repeat}): "
                  f"1 worker {one['rate']:.1f}/s, 2 workers {two['rate']:.1f}/s, "
                  f"ratio {two['rate'] / one['rate']:.2f} (goal >= 1.7); {one['failed']}/{two['failed']} failed; "
                  f"resolution afterwards {one['resolve_secs']:.1f} s; peak RSS with 2 workers: main "
                  f"{two['rss_main_mb']:.0f} MB, largest worker {two['rss_worker_mb']:.0f} MB; worker processes "
                  f"used: {one['workers_used']} and {two['workers_used']}",
                  flush=True)
        for n in args.rss:
            src = generate(tmp / f"rss{n}.jsonl", n, source=args.source)
            r = run(src, args.rss_workers, "light", tmp, args.timeout)
            print(f"memory (light pipeline, {n} articles, {args.rss_workers} workers): {r['rate']:.0f} articles/s, "
                  f"peak RSS main {r['rss_main_mb']:.0f} MB, largest worker {r['rss_worker_mb']:.0f} MB, "
                  f"{r['failed']} failed, resolution {r['resolve_secs']:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
