"""Bilingual pages and foreign partners told in Chinese, round 10 (issue 12): transliterated names with a middle
dot after an office, trips told by a country's abbreviation (访美期间, 来华), foreign cities sharing a Chinese
form, and short bilingual pages (a Chinese paragraph, then its English translation).

Every sentence here is written for this file (made-up names and events).
"""
from __future__ import annotations

import pytest

from liaison.testing import events_of as _events, extract_named as _rec, party_names as _parties


def _names(rec):
    return [p["name"]["zh"] for p in rec["people"]]


# ------------------------------------------------------------ a transliterated name after an office
def test_a_dotted_name_that_the_analyser_splits_at_its_dot_stays_one_name():
    rec, _ = _rec("3月2日，泰中友好协会会长颂猜·翁沙瓦率团访问昆明。")
    assert "颂猜·翁沙瓦" in _names(rec)
    assert "翁沙瓦" not in _names(rec)


@pytest.mark.parametrize("dot", ["·", "•", "‧", "．", "."])
def test_a_mayors_dotted_name_is_one_name_whatever_dot_the_page_types(dot):
    rec, _ = _rec(f"美国俄亥俄州代顿市市长约翰{dot}史密斯会见了江苏省代表团。")
    assert any(n.startswith("约翰") and n.endswith("史密斯") for n in _names(rec)), _names(rec)
    assert "史密斯" not in _names(rec)


def test_a_governors_name_typed_with_a_bullet_is_one_name():
    rec, _ = _rec("5月8日，美国俄勒冈州州长玛丽•琼斯在广州会见了广东省副省长王明。")
    assert "玛丽琼斯" in [n.replace("·", "").replace("•", "") for n in _names(rec)]
    assert "琼斯" not in _names(rec)


# ------------------------------------------------------------ a foreign city sharing its Chinese form with another
def _region_of(rec, zh_name):
    for p in rec["people"]:
        if p["name"]["zh"] == zh_name and p["positions"]:
            return p["positions"][0]["region"]
    return None


@pytest.mark.parametrize("text", [
    "新西兰奥克兰市市长菲尔·戈夫于10月访问宁波。",
    "新西兰奥克兰市长菲尔·戈夫于10月访问宁波。",
    "奥克兰市市长菲尔·戈夫于10月访问宁波。新西兰驻上海总领事陪同访问。",
])
def test_a_city_whose_form_another_country_shares_is_the_one_in_the_country_the_article_names(text):
    rec, _ = _rec(text)
    region = _region_of(rec, "菲尔·戈夫")
    assert region is not None and region["country"] == "NZ"


def test_the_same_form_stays_the_other_city_when_its_own_country_is_named():
    rec, _ = _rec("美国奥克兰市市长约翰·李维斯于10月访问宁波。")
    region = _region_of(rec, "约翰·李维斯")
    assert region is not None and region["country"] == "US"
