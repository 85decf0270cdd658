"""The Spark engine: articles → Parquet records (mapInPandas) → liaison load → SQLite."""
from __future__ import annotations

import json
import shutil

import pytest

from liaison import spark as lspark

pytestmark = pytest.mark.skipif(not lspark.available() or shutil.which("java") is None,
                                reason="pyspark (extra 'spark') or Java is not installed")


def test_spark_ingest_then_load(tmp_path, monkeypatch):
    """The full pipeline on Spark (a few generated articles): the same records as a local ingest."""
    monkeypatch.delenv("LIAISON_PIPELINE", raising=False)
    from liaison.store import open_store
    from liaison.store.ingest import ingest, load
    from liaison.testing import articles

    src = tmp_path / "in"
    src.mkdir()
    arts = list(articles(8, 21))
    with open(src / "a.jsonl", "w", encoding="utf-8") as fh:
        for art in arts[:7]:
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "empty", "text": ""}) + "\n")
    (src / "one.json").write_text(json.dumps(arts[7], ensure_ascii=False), "utf-8")
    out = tmp_path / "out"
    session = lspark.session("local[2]")
    try:
        counts = lspark.run(session, [str(src)], str(out))
    finally:
        session.stop()
    assert counts == {"articles": 9, "failed": 1}
    with open_store(":memory:") as from_spark, open_store(":memory:") as local:
        r = load(from_spark, str(out))
        assert (r.ingested, r.failed) == (8, 1)
        ingest(local, [str(src)], workers=1, progress=False)
        q = "SELECT id, content_hash, record_json FROM articles ORDER BY id"
        assert from_spark.rows(q) == local.rows(q)  # same pipeline, same records
        # the full pipeline ran on the executors: people and events, resolved alike
        assert from_spark.scalar("SELECT count(*) FROM people") > 16
        assert from_spark.scalar("SELECT count(DISTINCT type) FROM events") >= 3
        assert from_spark.counts() == local.counts()
