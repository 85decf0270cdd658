"""Pipeline.pipe_results: batched model calls give the records one-at-a-time calls give, and keep
every per-article guarantee (order, contexts, one bad article never stops the others)."""
from __future__ import annotations

import json

import pytest

import liaison
from liaison import models
from liaison.pipeline import Pipeline, stage
from liaison.record import to_record
from liaison.stages import default_stages
from liaison.stages.people import people_stage

# Written for these tests: Chinese, English, mixed, traditional, a byline, one with no names at all.
ARTICLES = [
    "11月6日，吉林省委书记景俊海率吉林省党政代表团来津考察。天津市委书记陈敏尔会见代表团一行。双方签署战略合作框架协议。",
    "Governor Li Ming of Jilin Province visited Tianjin on Monday and met Mayor Zhang Gong. The two sides signed "
    "an agreement on trade and agriculture.",
    "昨日，天津市副市长王卫东会见了 the delegation led by Governor Sun Hua of Yunnan Province，双方举行座谈。",
    "吉林省長韓俊率團訪問香港，與香港特區行政長官會面，雙方簽署合作備忘錄。（記者 李四）",
    "It rained in the city all week. Nothing else happened.",
    "服务东北全面振兴是义不容辞的责任。\n\n要在推进科技创新上协同互补。",
    "Mayor Zhang Gong of Tianjin met Ambassador Jim Doyle in Tianjin. Doyle said the two cities would cooperate.",
    "11月8日，黑龙江省省长梁惠玲在哈尔滨会见了俄罗斯阿穆尔州州长奥尔洛夫一行。",
]


def _docs(texts):
    return [liaison.make_doc(t, published="2023-11-08") for t in texts]  # ids from the content


def _records(docs) -> list[str]:
    return [json.dumps(to_record(d), ensure_ascii=False, sort_keys=True) for d in docs]


@pytest.fixture(scope="module")
def one_by_one() -> list[str]:
    pipe = liaison.default_pipeline()
    return _records(pipe(d) for d in _docs(ARTICLES))


@pytest.mark.parametrize("batch_size", [1, 3, 16])
@pytest.mark.parametrize("threads", [0, 1])
def test_batched_records_equal_one_at_a_time(one_by_one, batch_size, threads):
    pipe = liaison.default_pipeline()
    out = list(pipe.pipe_results(_docs(ARTICLES), batch_size=batch_size, threads=threads))
    assert all(exc is None for _, _, exc in out)
    assert _records(d for d, _, _ in out) == one_by_one


def test_pipe_keeps_order_and_contexts():
    pipe = liaison.default_pipeline()
    pairs = [(d, f"ctx{i}") for i, d in enumerate(_docs([f"{t} ({k})" for k in range(3) for t in ARTICLES]))]
    out = list(pipe.pipe_results(pairs, batch_size=4, as_tuples=True))
    assert [c for _, c, _ in out] == [f"ctx{i}" for i in range(len(pairs))]
    assert [d.meta["id"] for d, _, _ in out] == [d.meta["id"] for d, _ in pairs]
    assert all(not d.cache for d, _, _ in out)  # batched model output is not left behind


def test_models_run_once_per_batch(monkeypatch):
    calls = {"lac": 0, "spacy": 0}
    lac_run, spacy_ents = models.lac_run, models.spacy_ents

    def count_lac(texts):
        calls["lac"] += 1
        return lac_run(texts)

    def count_spacy(texts):
        calls["spacy"] += 1
        return spacy_ents(texts)

    monkeypatch.setattr(models, "lac_run", count_lac)
    monkeypatch.setattr("liaison.stages.people.spacy_ents", count_spacy)
    list(liaison.default_pipeline().pipe(_docs(ARTICLES), batch_size=len(ARTICLES)))
    assert calls == {"lac": 1, "spacy": 1}


def test_a_failing_article_is_reported_and_the_batch_goes_on(one_by_one):
    @stage("boom", requires=("text",), assigns=())
    def boom(doc):
        if "BOOM" in doc.raw:
            raise RuntimeError("stage exploded")

    pipe = Pipeline(default_stages()[:3] + [boom] + default_stages()[3:])
    texts = ARTICLES[:3] + ["BOOM 吉林省代表团来津考察。"] + ARTICLES[3:]
    out = list(pipe.pipe_results(_docs(texts), batch_size=4))
    errors = [(i, str(exc)) for i, (_, _, exc) in enumerate(out) if exc is not None]
    assert errors == [(3, "stage exploded")]
    good = [d for i, (d, _, _) in enumerate(out) if i != 3]
    assert _records(good) == one_by_one


def test_pipe_raises_the_first_failure():
    @stage("boom", requires=("text",), assigns=())
    def boom(doc):
        raise ValueError("bad article")

    with pytest.raises(ValueError, match="bad article"):
        list(Pipeline(default_stages()[:3] + [boom]).pipe(_docs(ARTICLES[:2])))


def test_a_failing_batched_model_call_falls_back_to_one_at_a_time(monkeypatch, one_by_one):
    def broken(docs, submit=None):
        raise RuntimeError("batch failed")

    monkeypatch.setattr(people_stage, "predict", broken)
    out = list(liaison.default_pipeline().pipe_results(_docs(ARTICLES), batch_size=5))
    assert all(exc is None for _, _, exc in out)
    assert _records(d for d, _, _ in out) == one_by_one


@pytest.mark.parametrize("threads", [0, 1])
def test_lac_failing_for_a_batch_falls_back(monkeypatch, one_by_one, threads):
    lac_run = models.lac_run
    seen = []

    def flaky(texts):
        seen.append(len(texts))
        if len(seen) == 1:
            raise RuntimeError("onnx failed")
        return lac_run(texts)

    monkeypatch.setattr(models, "lac_run", flaky)
    out = list(liaison.default_pipeline().pipe_results(_docs(ARTICLES), batch_size=len(ARTICLES), threads=threads))
    assert all(exc is None for _, _, exc in out)
    assert _records(d for d, _, _ in out) == one_by_one
    assert len(seen) > 1  # the docs were redone one by one


def test_pipeline_without_model_stage_pipes_one_by_one():
    pipe = Pipeline(default_stages()[:3])
    out = list(pipe.pipe_results(_docs(ARTICLES[:3])))
    assert [d.stages_run for d, _, _ in out] == [["normalize", "languages", "sentences"]] * 3


def test_model_threads_env(monkeypatch):
    from liaison.pipeline import model_threads

    monkeypatch.setenv("LIAISON_MODEL_THREADS", "0")
    assert model_threads() == 0
    monkeypatch.setenv("LIAISON_MODEL_THREADS", "2")
    assert model_threads() == 2
    monkeypatch.setenv("LIAISON_MODEL_THREADS", "")
    assert model_threads() in (0, 1)


def test_ingest_batch_times_out_then_redoes_each_article(tmp_path, monkeypatch):
    """A stuck article in a batch: the batch is redone one article at a time, each under its own limit."""
    from liaison.store import ingest as mod
    from liaison.store import open_store

    @stage("stuck", requires=("text",), assigns=())
    def stuck(doc):
        while "loop" in doc.raw:
            pass

    pipe = Pipeline(default_stages()[:3] + [stuck] + default_stages()[3:])
    monkeypatch.setattr(mod, "build_pipeline", lambda: pipe)
    monkeypatch.setenv("LIAISON_ARTICLE_TIMEOUT", "1")
    d = tmp_path / "in"
    d.mkdir()
    for i, text in enumerate(ARTICLES[:3] + ["loop 吉林省代表团来津考察。"] + ARTICLES[3:5]):
        (d / f"{i}.txt").write_text(text, "utf-8")
    with open_store(":memory:") as store:
        r = mod.ingest(store, [str(d)], workers=1, progress=False, resolve=False)
        assert (r.ingested, r.failed) == (5, 1)
        assert "longer than 1 s" in store.scalar("SELECT message FROM errors")
        assert store.scalar("SELECT count(*) FROM articles") == 5


def test_records_do_not_depend_on_the_hash_seed():
    """Two processes with different PYTHONHASHSEED give the same bytes (participants were once a set)."""
    import os
    import subprocess
    import sys

    text = ("11月6日，吉林省委书记景俊海和天津市委书记陈敏尔、市长张工、省长胡玉亭出席座谈会并讲话。"
            "双方签署合作协议，王莉霞、欧阳晓晖、包钢参加。")
    code = ("import json, liaison, sys; "
            f"print(json.dumps(liaison.extract({text!r}, published='2023-11-08'), ensure_ascii=False, sort_keys=True))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout for seed in (1, 2, 3, 4)}
    assert len(outs) == 1
