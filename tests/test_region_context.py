"""Regions read from their context: one-character abbreviations after a travel or stay word, places
inside a named region that the tables lack, the smallest region named, 和县 after a word. Every
sentence here was written for these tests.
"""
from __future__ import annotations

import pytest

import liaison


def spans(text: str) -> list[tuple[str, str | None, str | None, int]]:
    doc = liaison.extract_doc(text, published="2024-05-20")
    return [(doc.text[s.start:s.end], s.value.code, s.value.zh, s.value.level)
            for s in doc.layer("regions") if not isinstance(s.value, tuple)]


@pytest.mark.parametrize("text, char, code", [
    ("深圳市代表团赴哈尔滨市考察，在哈期间参观了新区。", "哈", "230100"),
    ("重庆市代表团抵蓉后，与成都市签署合作协议。", "蓉", "510100"),
    ("泰州与本溪两市合作座谈会在溪举行。", "溪", "210500"),
    ("秀山县代表团来酉考察，酉阳县领导陪同。", "酉", "500242"),
    ("南京市党政代表团访问后，安庆市代表团来宁回访。", "宁", "320100"),
])
def test_one_character_abbreviation_of_a_place_the_article_names(text, char, code):
    assert (char, code) in [(s, c) for s, c, _, _ in spans(text)]


def test_one_character_needs_its_place_named_and_a_phrase_end():
    assert [s for s, *_ in spans("代表团在哈佛大学交流。")] == []  # 哈佛: Harvard
    assert "蓉" not in [s for s, *_ in spans("代表团抵蓉后参观。")]  # Chengdu named nowhere


def test_two_places_sharing_the_character_give_none():
    got = [s for s, *_ in spans("宁夏回族自治区与南京市代表团来宁考察。")]
    assert "宁" not in got


def test_a_town_inside_a_named_county_is_the_town():
    got = spans("考察团来到安吉县天荒坪镇，参观了竹产业园。")
    assert ("天荒坪镇", None, "天荒坪镇", 4) in got


def test_a_town_named_like_a_city_is_not_the_city():
    got = spans("代表团首先来到建德市大同镇参观。")
    assert ("大同镇", None, "大同镇", 4) in got
    assert "140200" not in [c for _, c, _, _ in got]  # 大同市 of Shanxi


def test_a_county_the_table_no_longer_holds():
    got = spans("民建中央率贵州省毕节市黔西县政府考察团来访。")
    assert ("黔西", "520581", "黔西市", 3) in got or ("黔西县", None, "黔西县", 3) in got


def test_he_xian_after_a_word_is_a_conjunction():
    assert "和县" not in [s for s, *_ in spans("带队的扎西彭措和县委常委郑军辉出席。")]
    assert ("和县", "340523", "和县", 3) in spans("安徽省马鞍山市和县代表团来访。")


@pytest.mark.parametrize("text, name, region_zh", [
    ("高雄市长陈其明会见访问团。", "陈其明", "高雄市"),
    ("屏东县长周春明会见访问团。", "周春明", "屏东县"),
    ("云林县斗六市长林圣明致辞。", "林圣明", "斗六市"),  # the smallest region named
    ("长春市长李明会见代表团。", "李明", "长春市"),
    ("吉林市长王明会见代表团。", "王明", "吉林市"),
])
def test_a_head_titled_after_the_place_name(text, name, region_zh):
    rec = liaison.extract(text, published="2024-05-20")
    (p,) = [p for p in rec["people"] if p["name"]["zh"] == name]
    assert [(x["role"], x["region"]["name"]["zh"]) for x in p["positions"]] == [("head", region_zh)]


def test_a_county_name_only_in_a_hotel_name_is_no_region():
    got = [s for s, *_ in spans("青岛市长在香格里拉大饭店会见了俄罗斯彼尔姆市代表团。")]
    assert "香格里拉" not in got and "青岛" in "".join(got)
    got = [s for s, *_ in spans("迪庆州代表团到香格里拉考察，下榻香格里拉大酒店。")]
    assert "香格里拉" in got  # named as a place too: it stays
