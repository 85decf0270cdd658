"""Chinese inspections, round 6: a comma between the motion word's sites and what was learnt there
(深入A，了解…), more site endings (交易所, 示范点, 工坊, 港口) and 到访了A; a place followed by a kind of site
(X市学校) is described, not named; 考察团 is a group, not a touring verb. Every sentence is written for these tests.
"""
import pytest

import liaison

TRIP = "5月12日至14日，湖南省党政代表团赴贵州省学习考察。"


def _sites(text: str) -> list[str]:
    rec = liaison.extract(TRIP + text, published="2025-05-20")
    return [s["zh"] for e in rec["events"] if e["type"] == "inspection" for s in e["sites"]]


@pytest.mark.parametrize("text, expected", [
    ("代表团深入安顺市经济技术开发区，了解园区建设情况。", ["安顺市经济技术开发区"]),
    ("代表团一行还前往铜仁市梵净山景区，详细了解生态保护工作。", ["铜仁市梵净山景区"]),
    ("代表团走进贵阳大数据交易所，详细了解数据交易情况。", ["贵阳大数据交易所"]),
    ("湖南客人还观摩了毕节市乡村振兴示范点。", ["毕节市乡村振兴示范点"]),
    ("代表团一行还到访了凯里市苗族刺绣工坊。", ["凯里市苗族刺绣工坊"]),
])
def test_more_ways_of_naming_a_site(text, expected):
    assert _sites(text) == expected


def test_a_place_and_a_kind_of_site_is_no_named_site():
    sites = _sites("代表团深入遵义市学校、医院和贵州茅台酒厂，了解对口帮扶工作成效。")
    assert "遵义市学校" not in sites and "贵州茅台酒厂" in sites


def test_a_touring_group_is_no_touring_verb():
    sites = _sites("会前，湖南工商界考察团一行前往贵阳综合保税区，参观了保税仓库。")
    assert sites == ["贵阳综合保税区"]


def test_a_bare_place_name_before_a_kind_of_site_is_a_name():
    assert _sites("代表团参观了遵义大学。") == ["遵义大学"]


@pytest.mark.parametrize("text", [
    "双方召开湘黔协作工作推进会。",
    "两省在贵阳市召开毗邻地区合作协调会。",
    "在贵阳期间，贵州省省长与代表团成员进行了亲切交谈。",
    "贵州省委书记与湖南省委书记进行工作交流。",
])
def test_more_meeting_words(text):
    rec = liaison.extract(TRIP + text, published="2025-05-20")
    assert [e["type"] for e in rec["events"]].count("meeting") == 1
