"""Run the pipeline on Apache Spark: articles (JSON / JSONL) in, Parquet records out.

The only module that imports pyspark (lazily, inside functions; it is the
optional extra ``spark``). ``liaison ingest --engine spark INPUT --out DIR``
reads the articles, runs the same pipeline as the local engine with
``mapInPandas`` — the pipeline is built once per partition, not per
article — and writes Parquet with the columns ``id, url, published, title,
text, content_hash, record_json, error``. ``liaison load DIR`` then puts the
records into SQLite (rows with an ``error`` go to the errors table).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

OUT_COLUMNS = ("id", "url", "published", "title", "text", "content_hash", "record_json", "error")
OUT_SCHEMA = ", ".join(f"{c} string" for c in OUT_COLUMNS)
IN_SCHEMA = "id string, url string, published string, title string, text string"


def available() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return True


def _input_files(paths: list[str]) -> tuple[list[str], list[str]]:
    """(JSONL files, JSON files) under ``paths``."""
    jsonl, json_ = [], []
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.name.startswith("."):
                continue
            suffix = f.suffix.lower()
            if suffix in (".jsonl", ".ndjson"):
                jsonl.append(str(f.resolve()))
            elif suffix == ".json":
                json_.append(str(f.resolve()))
    return jsonl, json_


def extract_partition(batches, published: str | None = None):
    """mapInPandas function: build the pipeline once, then extract every article of the partition."""
    import pandas as pd

    from liaison.readers import content_hash, content_id
    from liaison.runner import build_pipeline, extract_many

    try:
        pipeline = build_pipeline()
        build_error = None
    except Exception as exc:  # noqa: BLE001 - reported per row
        pipeline, build_error = None, f"pipeline could not be built ({exc.__class__.__name__}: {exc})"
    for pdf in batches:
        out = {c: [] for c in OUT_COLUMNS}
        rows = []  # (meta with id and text, record json, error)
        for row in pdf.to_dict("records"):
            text = row.get("text")
            text = text if isinstance(text, str) else None
            meta = {k: (row.get(k) if isinstance(row.get(k), str) and row.get(k) else None)
                    for k in ("id", "url", "published", "title")}
            meta["published"] = (meta["published"] or published or None)
            if meta["published"]:
                meta["published"] = meta["published"][:10]
            meta["id"] = meta["id"] or (content_id(text) if text else None)
            err = build_error
            if not text or not text.strip():
                err = "article has no 'text' string"
            rows.append([{**meta, "text": text}, None, err])
        todo = [r for r in rows if r[2] is None]
        # the models run once over the whole Arrow batch (extract_many), the stages per article
        for r, (_, rec_json, err) in zip(todo, extract_many([r[0] for r in todo], pipeline)):
            r[1], r[2] = rec_json, err
        for art, rec_json, err in rows:
            text = art["text"]
            chash = content_hash(text or "", published=art["published"], title=art["title"], url=art["url"])
            for k, v in (("id", art["id"]), ("url", art["url"]), ("published", art["published"]),
                         ("title", art["title"]), ("text", text), ("content_hash", chash),
                         ("record_json", rec_json), ("error", err)):
                out[k].append(v)
        yield pd.DataFrame(out, columns=list(OUT_COLUMNS))


def session(master: str = "local[2]", app: str = "liaison"):
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (SparkSession.builder.master(master).appName(app)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
            .getOrCreate())


def run(spark, paths: list[str], out: str, *, published: str | None = None) -> dict:
    """Extract every article under ``paths`` into Parquet at ``out``; return counts."""
    from pyspark.sql import functions as F

    jsonl, json_ = _input_files(paths)
    if not jsonl and not json_:
        raise FileNotFoundError(f"no .json or .jsonl articles under {', '.join(paths)}")
    frames = []
    if jsonl:
        frames.append(spark.read.schema(IN_SCHEMA).json(jsonl))
    if json_:
        frames.append(spark.read.schema(IN_SCHEMA).option("multiLine", True).json(json_))
    df = frames[0] if len(frames) == 1 else frames[0].unionByName(frames[1])
    pub = published
    result = df.mapInPandas(lambda it: extract_partition(it, pub), schema=OUT_SCHEMA)
    result.write.mode("overwrite").parquet(out)
    written = spark.read.parquet(out)
    counts = written.agg(F.count("*").alias("n"), F.count("error").alias("failed")).first()
    return {"articles": int(counts["n"]), "failed": int(counts["failed"])}


def run_ingest(paths: list[str], *, out: str, master: str = "local[2]", published: str | None = None) -> int:
    """``liaison ingest --engine spark``: exit code 0, 1 when some articles failed, 2 without pyspark."""
    from liaison.console import error

    if not available():
        error("--engine spark needs pyspark: pip install 'liaison[spark]' (and Java 17)")
        return 2
    spark = session(master)
    try:
        counts = run(spark, paths, out, published=published)
    except FileNotFoundError as exc:
        error(str(exc))
        return 2
    finally:
        spark.stop()
    print(f"{counts['articles']} articles written to {out} ({counts['failed']} failed); "
          f"next: liaison load {out} --db liaison.db", file=sys.stderr)
    return 1 if counts["failed"] else 0
