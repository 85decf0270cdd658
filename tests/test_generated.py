"""The whole default pipeline over thousands of generated articles (liaison.testing) and over examples/:
no exception, every record schema-valid (liaison.record.validate), every span inside its text.

``LIAISON_GEN_ARTICLES`` (default 2000) sets how many articles; ``LIAISON_GEN_SEED`` the seed (a longer
hunt: ``LIAISON_GEN_ARTICLES=20000 LIAISON_GEN_SEED=7 pytest tests/test_generated.py``).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from liaison.testing import LANGS, articles, check, check_parallel

N = int(os.environ.get("LIAISON_GEN_ARTICLES", "2000"))
SEED = int(os.environ.get("LIAISON_GEN_SEED", "2026"))
ROOT = Path(__file__).resolve().parents[1]


def test_generator_is_deterministic():
    assert list(articles(50, 3)) == list(articles(50, 3))
    assert list(articles(50, 3)) != list(articles(50, 4))


def test_generator_covers_the_grammar():
    arts = list(articles(400, 11))
    by_lang = {lang: [a for a in arts if a["lang"] == lang] for lang in set(LANGS)}
    assert {k: len(v) for k, v in by_lang.items()} == {"zh": 150, "en": 100, "zht": 50, "mixed": 100}
    zh = "\n".join(a["text"] for a in by_lang["zh"])
    for word in ("率", "代表团", "会见", "座谈会", "签署", "《", "签约仪式", "考察", "出席", "分别代表", "记者"):
        assert word in zh, word
    assert re.search(r"签署了[两三四五六七八九十\d]项合作协议", zh)         # a counted batch of signings
    assert re.search(r"\d+月\d+日至\d+日", zh) and "昨日" in zh             # dates of several forms
    en = "\n".join(a["text"] for a in by_lang["en"])
    for phrase in ("delegation from", "led by", "witnessed the signing", "toured", "Also present were",
                   "presided over"):
        assert phrase in en, phrase
    zht = "\n".join(a["text"] for a in by_lang["zht"])
    assert "代表團" in zht and "代表团" not in zht                          # traditional, not simplified
    mixed = by_lang["mixed"]
    assert sum(bool(re.search(r"[\u4e00-\u9fff]", a["text"]) and re.search(r"[A-Za-z]{4} [A-Za-z]{4}", a["text"]))
               for a in mixed) > 80                                          # both languages in one article
    assert any("，" not in a["text"] and "," in a["text"] for a in by_lang["zh"])  # half-width punctuation
    assert any(a["published"] is None for a in arts) and any(a["title"] is None for a in arts)


def test_pipeline_over_generated_articles():
    arts = list(articles(N, SEED))
    got = check_parallel(arts, workers=2)
    assert got["exceptions"] == []
    assert got["invalid"] == []
    assert got["offsets"] == []
    assert got["records"] == N
    # the pipeline really ran: the stories' people and events come out (loose floors, not quality)
    assert got["people"] > 3 * N and got["positions"] > 2 * N
    assert all(got["events"].get(t, 0) > N // 5 for t in ("visit", "meeting", "agreement", "inspection")), \
        got["events"]


def test_examples_give_valid_records():
    from liaison.readers import Article, iter_articles

    arts = [{"id": a.id, "text": a.text, "url": a.url, "published": a.published, "title": a.title}
            for a in iter_articles([str(ROOT / "examples")]) if isinstance(a, Article)]
    assert len(arts) == len(list((ROOT / "examples").iterdir()))
    got = check(arts)
    assert (got["exceptions"], got["invalid"], got["offsets"]) == ([], [], [])
    assert got["records"] == len(arts)
    assert got["events"]["agreement"] >= 5 and got["events"]["visit"] >= 5
