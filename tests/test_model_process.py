"""LAC and the parses in a child process of their own (liaison.models.ModelProcess, liaison.model_worker): the same words, tags and parses
as in this process, the same records through Pipeline.pipe, and a dead child costs no article."""
from __future__ import annotations

import json
import time

import pytest

import liaison
from liaison import models
from liaison.record import to_record

TEXTS = ["吉林省省长林大明会见了浙江省代表团一行。", "", "双方签署了战略合作框架协议，涵盖农业、旅游等领域。"]

ARTICLES = [
    "11月6日，吉林省委书记林大明率吉林省党政代表团来津考察。天津市委书记陈小华会见代表团一行。",
    "吉林省長韓小明率團訪問香港，與香港特區行政長官會面，雙方簽署合作備忘錄。",
    "Governor Li Ming of Jilin Province visited Tianjin on Monday and met Mayor Zhang Gong.",
    "11月8日，黑龙江省省长王大海在哈尔滨会见了俄罗斯阿穆尔州州长奥尔洛夫一行。",
]


def _wait_ready(proc, seconds=120.0):
    end = time.monotonic() + seconds
    while not proc.ready and not proc.broken and time.monotonic() < end:
        time.sleep(0.05)
    return proc.ready


def test_the_child_gives_what_lac_run_gives():
    proc = models.ModelProcess()
    try:
        assert proc.submit_lac(TEXTS).result(timeout=120) == models.lac_run(TEXTS)
        assert proc.ready and not proc.broken
    finally:
        proc.close()


def test_a_dead_child_fails_what_waits_for_it_and_says_so():
    proc = models.ModelProcess()
    try:
        assert _wait_ready(proc)
        proc._proc.kill()
        with pytest.raises(RuntimeError):
            proc.submit_lac(TEXTS).result(timeout=60)
        assert proc.broken
    finally:
        proc.close()


def _records(docs):
    return [json.dumps(to_record(d), ensure_ascii=False, sort_keys=True) for d in docs]


@pytest.mark.parametrize("kill", [False, True])
def test_pipe_gives_the_same_records_with_lac_in_its_own_process(monkeypatch, kill):
    pipe = liaison.default_pipeline()
    expected = _records(pipe(liaison.make_doc(t, published="2023-11-08")) for t in ARTICLES * 3)
    made = []

    class Ready(models.ModelProcess):  # wait until LAC is loaded there, so that the later batches go to it
        def __init__(self):
            super().__init__()
            assert _wait_ready(self)
            if kill:
                self._proc.kill()  # died: those batches go back to the thread, or one doc at a time
            made.append(self)

    monkeypatch.setattr(models, "ModelProcess", Ready)
    monkeypatch.setenv("LIAISON_MODEL_PROCESS", "1")
    docs = [liaison.make_doc(t, published="2023-11-08") for t in ARTICLES * 3]
    out = list(pipe.pipe_results(docs, batch_size=2, threads=1))
    assert made, "the pipeline never started the LAC process"
    assert all(exc is None for _, _, exc in out)
    assert _records(d for d, _, _ in out) == expected


def test_the_child_parses_as_this_process_does():
    sents = ["Governor Li Ming of Jilin Province met Mayor Zhang Gong in Tianjin on Monday.",
             "吉林省与浙江省signed a framework agreement on trade."]
    proc = models.ModelProcess()
    try:
        got = models.parsed_docs(proc.submit_parse(sents).result(timeout=120))
    finally:
        proc.close()
    want = models.spacy_parse(sents)
    assert [[(t.text, t.idx, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in d] for d in got] == \
        [[(t.text, t.idx, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in d] for d in want]
