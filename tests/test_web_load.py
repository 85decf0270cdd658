"""A small bounded load test: ``liaison serve`` on a free loopback port answers a fixed set of requests over
every page and API endpoint from a few threads without a single error (latency is measured by
``bench/bench_web_load.py``, not asserted here)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_web_load.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_web_load", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_load_without_errors(bench, tmp_path):
    db = bench.build_bench_db(tmp_path / "kb.db", copies=3)
    with bench.serve(db) as port:
        mix = bench.url_mix(port)
        res = bench.run_load(port, mix, requests=400, concurrency=6)
        after = bench.get(port, "/api/stats")
    assert res["errors"] == []
    assert res["requests"] == 400
    s = bench.summary(res)
    assert set(s["endpoints"]) == {label for label, _, _ in mix}  # every endpoint was exercised
    assert after[0] == 200
    log = bench.serve.last_stderr
    assert "Traceback" not in log and "Exception in ASGI" not in log, log[-2000:]


def test_percentile(bench):
    xs = [float(i) for i in range(1, 101)]
    assert bench.percentile(xs, 50) == 50 and bench.percentile(xs, 99) == 99 and bench.percentile(xs, 100) == 100
    assert bench.percentile([3.0], 99) == 3.0
