"""The Spark engine: articles → Parquet records (mapInPandas) → liaison load → SQLite."""
from __future__ import annotations

import json
import shutil

import pytest

from liaison import spark as lspark

pytestmark = pytest.mark.skipif(not lspark.available() or shutil.which("java") is None,
                                reason="pyspark (extra 'spark') or Java is not installed")


def test_spark_ingest_then_load(tmp_path, monkeypatch, cli):
    """The README's Spark line (ingest --engine spark, then load), full pipeline on a few generated
    articles: the same records as a local ingest."""
    import shlex

    from test_readme import readme_commands

    monkeypatch.delenv("LIAISON_PIPELINE", raising=False)
    monkeypatch.chdir(tmp_path)
    from liaison.store import open_store
    from liaison.store.ingest import ingest
    from liaison.testing import articles

    arts = list(articles(8, 21))
    with open(tmp_path / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for art in arts:
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "empty", "text": ""}) + "\n")
    spark_cmd = next(c for c in readme_commands() if "--engine spark" in c)
    load_cmd = next(c for c in readme_commands() if c.startswith("liaison load"))
    r = cli(*shlex.split(spark_cmd)[1:])
    assert r.code == 1 and "9 articles written to parquet/ (1 failed)" in r.err  # the empty article failed
    r = cli(*shlex.split(load_cmd)[1:])
    assert r.code == 1 and "8 ingested" in r.err and "article empty" in r.err
    with open_store(tmp_path / "liaison.db") as from_spark, open_store(":memory:") as local:
        ingest(local, [str(tmp_path / "corpus.jsonl")], workers=1, progress=False)
        q = "SELECT id, content_hash, record_json FROM articles ORDER BY id"
        assert from_spark.rows(q) == local.rows(q)  # same pipeline, same records
        # the full pipeline ran on the executors: people and events, resolved alike
        assert from_spark.scalar("SELECT count(*) FROM people") > 16
        assert from_spark.scalar("SELECT count(DISTINCT type) FROM events") >= 3
        assert {k: v for k, v in from_spark.counts().items() if k != "errors"} == \
            {k: v for k, v in local.counts().items() if k != "errors"}
