"""Foreign delegation leaders told in Chinese (issue 12, families 2 and 4): a dotted name the analyser cuts
before 为团长 (…拉马 | 约为 | 团长), and an office of no level (议长) held in the delegation's own place.

Every sentence here is written for this file (made-up names and events).
"""
from __future__ import annotations

import pytest

from liaison.testing import extract_named as _rec


def _person(rec, name):
    return next((p for p in rec["people"] if p["name"]["zh"] == name), None)


@pytest.mark.parametrize("text, name, place", [
    ("以市长阿尔贝托·拉马约为团长的阿根廷罗萨里奥市代表团于5月访问杭州。", "阿尔贝托·拉马约", "罗萨里奥市"),
    ("以市长卡洛斯·费尔南多为团长的巴西坎皮纳斯市代表团于5月访问杭州。", "卡洛斯·费尔南多", "坎皮纳斯市"),
])
def test_a_dotted_name_before_wei_tuanzhang_runs_to_wei_and_holds_the_delegations_office(text, name, place):
    rec, _ = _rec(text)
    p = _person(rec, name)
    assert p is not None, [q["name"] for q in rec["people"]]
    assert p["positions"] and p["positions"][0]["region"]["name"]["zh"] == place, p["positions"]


@pytest.mark.parametrize("text", [
    "以议长汉斯·米勒为团长的德国巴伐利亚州议会代表团于5月访问济南。",
    "由议长汉斯·米勒率领的德国巴伐利亚州议会代表团于5月访问济南。",
])
def test_a_speaker_leading_a_foreign_parliaments_delegation_heads_that_places_congress(text):
    rec, _ = _rec(text)
    p = _person(rec, "汉斯·米勒")
    assert p is not None and p["positions"], rec["people"]
    pos = p["positions"][0]
    assert (pos["role"], pos["org_kind"], pos["region"]["name"]["zh"]) == ("head", "congress", "巴伐利亚州")
