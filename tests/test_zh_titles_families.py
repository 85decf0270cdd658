"""Chinese titles and names of issue 13's families; every sentence written here, officials invented."""
from __future__ import annotations

import liaison
from liaison.names import romanize
from liaison.titles import parse_zh


def offices(phrase, regions=None):
    return [(o.role, o.org_kind, o.level) for o in parse_zh(phrase, regions or [])]


def test_a_body_owns_the_offices_inside_it():
    assert offices("全国政协经济委员会副主任") == [("deputy_head", "cppcc", "country")]
    assert offices("省政协办公厅接待处处长") == [("head", "cppcc", "province")]
    assert offices("市委组织部部长") == [("head", "party_department", "city")]


def test_yu_inside_a_committee_name_does_not_split_the_title():
    assert offices("省政协港澳台侨与外事委员会专职副主任") == [("deputy_head", "cppcc", "province")]
    assert offices("中共中央台办、国务院台办主任") == [("head", "party_department", "country"),
                                                ("head", "government_department", "country")]


def test_places_no_table_knows():
    o = parse_zh("云林县斗六市长", [(0, 3, "云林县")])[0]
    assert (o.region_text, o.place) == ("斗六市", True)
    o = parse_zh("八王子市议会副议长")[0]
    assert (o.role, o.org_kind, o.region_text) == ("deputy_head", "congress", "八王子市")
    assert parse_zh("时任市长")[0].region_text is None


def person(rec, zh):
    return next(p for p in rec["people"] if p["name"]["zh"] == zh)


def test_names_lac_cuts_and_minority_names():
    rec = liaison.extract("乡城县委常委、常务副县长扎西彭措和县委常委郑军强带队来访。广东省省长王伟中会面。")
    assert person(rec, "扎西彭措")["name"]["en"] == "Zhaxi Pengcuo"
    assert [x["region"]["code"] for x in person(rec, "郑军强")["positions"]] == ["513336"]  # not 和县
    assert person(rec, "王伟中")
    assert romanize("次仁卓玛") == "Ciren Zhuoma"


def test_a_latin_name_in_brackets_is_the_same_person():
    rec = liaison.extract("关岛总督古蕾露（Lourdes A. Leon Torres）与高雄市长陈其明签署协定。")
    p = person(rec, "古蕾露")
    assert p["name"]["en"] == "Lourdes A. Leon Torres" and len(p["mentions"]) == 2
    assert len(rec["people"]) == 2
