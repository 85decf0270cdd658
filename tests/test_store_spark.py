"""The Spark engine: articles → Parquet records (mapInPandas) → liaison load → SQLite."""
from __future__ import annotations

import json
import shutil

import pytest

from liaison import spark as lspark

pytestmark = pytest.mark.skipif(not lspark.available() or shutil.which("java") is None,
                                reason="pyspark (extra 'spark') or Java is not installed")


def test_spark_ingest_then_load(tmp_path, monkeypatch):
    monkeypatch.setenv("LIAISON_PIPELINE", "light")
    from liaison.store import open_store
    from liaison.store.ingest import ingest, load

    src = tmp_path / "in"
    src.mkdir()
    with open(src / "a.jsonl", "w", encoding="utf-8") as fh:
        for i in range(25):
            fh.write(json.dumps({"id": f"s{i}", "published": "2023-11-08",
                                 "text": f"吉林省代表团第{i}次来津考察。"}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "empty", "text": ""}) + "\n")
    (src / "one.json").write_text(json.dumps({"id": "j1", "title": "t", "text": "A Jilin delegation visited."}),
                                  "utf-8")
    out = tmp_path / "out"
    session = lspark.session("local[2]")
    try:
        counts = lspark.run(session, [str(src)], str(out))
    finally:
        session.stop()
    assert counts == {"articles": 27, "failed": 1}
    with open_store(":memory:") as from_spark, open_store(":memory:") as local:
        r = load(from_spark, str(out))
        assert (r.ingested, r.failed) == (26, 1)
        ingest(local, [str(src)], workers=1, progress=False)
        q = "SELECT id, content_hash, record_json FROM articles ORDER BY id"
        assert from_spark.rows(q) == local.rows(q)  # same pipeline, same records
