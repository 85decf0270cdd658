"""Issue 13, English titles and names (round 3): Malaysian honorifics, university heads, units of a
government, state presidents by nationality word, diplomats with no place, pinyin in lower case.
Sentences written here; the officials are invented."""
from __future__ import annotations

import liaison
from liaison.testing import positions_by_name
from liaison.titles import parse_en

PUB = "2024-05-20"


def people(text: str) -> dict[str, list[tuple]]:
    return positions_by_name(text, PUB)


def test_malaysian_honorifics_are_no_part_of_the_name():
    got = people("Penang Chief Minister Datuk Seri Panglima Ismail Harun welcomed the Fujian guests. "
                 "Tan Sri Dr. Lee Boon Keat, Deputy Chief Minister of Penang, and Dato' Sri Aminah binti Yusof "
                 "also attended.")
    assert "Ismail Harun" in got and got["Ismail Harun"][0][:2] == ("head", "government")
    assert got["Lee Boon Keat"][0][:2] == ("deputy_head", "government")
    assert "Aminah binti Yusof" in got
    assert not any(k.startswith(("Datuk", "Tan Sri", "Sri", "Dato")) for k in got)


def test_university_heads():
    assert [(o.role, o.org_kind) for o in parse_en("Vice-Chancellor of the University of Kedah")] == [
        ("head", "institution")]
    assert [(o.role, o.org_kind) for o in parse_en("rector of the Danang Polytechnic University")] == [
        ("head", "institution")]
    assert [(o.role, o.org_kind) for o in parse_en("Deputy Vice-Chancellor of the University of Kedah")] == [
        ("deputy_head", "institution")]


def test_a_unit_named_first_after_the_role_owns_it():
    assert [(o.role, o.org_kind) for o in parse_en(
        "Deputy Director-General of the Commerce Office of the Hunan Provincial Government")] == [
        ("deputy_head", "government_department")]
    assert [(o.role, o.org_kind) for o in parse_en("Hunan Provincial Government Commerce Office Director")] == [
        ("head", "government_department")]
    assert [(o.role, o.org_kind) for o in parse_en(
        "Vice Chairman of the Standing Committee of the Hunan Provincial People's Congress")] == [
        ("deputy_head", "congress")]


def test_a_state_president_by_nationality_word():
    got = people("Cambodian President Sok Vanna met the Guangxi delegation in the capital.")
    assert got.get("Sok Vanna") == [("head", "government", "KH")] or [(o.role, o.org_kind, o.level) for o in parse_en(
        "Cambodian President")] == [("head", "government", "country")]
    assert [(o.role, o.org_kind, o.level) for o in parse_en("Vietnamese President")] == [
        ("head", "government", "country")]


def test_a_diplomat_with_no_place_acts_for_a_country():
    got = people("Deputy Mayor of Wuhan Lin Tao opened the fair. Ambassador Gao Yuming said the two countries "
                 "were close partners.")
    assert got["Gao Yuming"] == [("other", "government", "CN")]


def test_pinyin_in_lower_case_reads_as_a_chinese_name():
    got = people("The Governor of Gangwon Province, Park Min-ho, welcomed the Jilin delegation led by "
                 "vice governor zhao lianfeng.")
    assert got.get("Zhao Lianfeng") == [("deputy_head", "government", "220000")]


def test_an_implicit_english_title_takes_the_place_of_its_level_named_earlier_in_the_clause():
    got = people("In Yulin city of Guangxi, the Lao delegation met with the region's vice chairman and Secretary of "
                 "the municipal Party Committee Wei Guoqiang, and toured a sugar mill.")
    assert sorted(got["Wei Guoqiang"]) == [("deputy_head", "government", "450000"),
                                           ("secretary", "party_committee", "450900")]


def test_japanese_places_in_chinese_titles():
    zh = {p["name"]["zh"]: p["positions"] for p in liaison.extract(
        "北海道知事田中健一会见了吉林省副省长张明一行。美瑛町町长佐藤浩二陪同会见。", published=PUB)["people"]}
    assert "美瑛町" not in zh
    assert zh["田中健一"][0]["region"]["name"]["en"] == "Hokkaido"
    assert zh["佐藤浩二"][0]["region"]["name"]["zh"] == "美瑛町"


def test_a_national_administration_is_china_s():
    zh = {p["name"]["zh"]: p["positions"] for p in liaison.extract(
        "香港特区政府创新科技及工业局局长孙东出席。国家税务总局副局长赵明远、海关总署副署长钱立群也出席了活动。",
        published=PUB)["people"]}
    assert zh["赵明远"][0]["region"]["code"] == "CN"
    assert zh["钱立群"][0]["region"]["code"] == "CN"


def test_governor_of_a_country_s_prefecture_is_the_prefecture_s():
    got = people("Governor Sato Akio of Japan's Shizuoka Prefecture and his party left Hangzhou on Tuesday "
                 "after meeting Zhejiang officials.")
    assert got["Sato Akio"] == [("head", "government", "Shizuoka")]


def test_a_place_adjective_in_a_title_is_the_place_the_article_names():
    got = people("A delegation from Bavaria arrived in Qingdao. Anna Keller, Speaker of the Bavarian State "
                 "Parliament, met Shandong officials.")
    assert got["Anna Keller"] == [("head", "congress", "Bavaria")]
