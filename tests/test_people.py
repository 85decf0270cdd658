"""People: names, titles → positions, bylines, scripts (issue 3).

Every sentence here was written for these tests; the officials are invented.
Each text is extracted once per module (``recs`` fixture).
"""
from __future__ import annotations

import pytest

import liaison
from liaison.names import normalize_en
from liaison.stages.normalize import to_simplified

PUB = "2024-05-20"

TEXTS = {
    # a visit with a byline, combined titles, a 、-list sharing a title, polyphonic surnames
    "visit": ("本报长春5月19日电（记者 赵明亮 通讯员 孙晓东）5月18日，河北省委副书记、省长王建国率河北省党政代表团"
              "来长春考察。吉林省委常委、长春市委书记李红梅，长春市副市长张卫东、刘晓燕陪同考察。"
              "河北省委常委、秘书长单立新，副省长曾志远，省发展改革委主任解红军参加活动。"),
    # traditional characters
    "trad": "吉林省委書記張志明在長春會見了河北省黨政代表團。",
    # an article about one city: 市委书记 / 市长 are that city's
    "city": "长春市召开全市招商引资工作会议。市委书记李红梅出席会议并讲话，市长张卫东主持会议。",
    # one person in a Chinese and an English paragraph
    "mixed": ("河北省委书记王建国会见吉林省代表团，副省长李建安参加会见。\n"
              "Hebei Party Secretary Wang Jianguo met the delegation from Jilin. "
              "Vice Governor Li Jianan also attended the meeting."),
    # a body spaCy tags PERSON, two pinyin names merged into one entity, an English byline
    "en": ("Wang Jianguo thanked Changchun Municipal People's Government for its support. "
           "Chen Guoqiang Liu Yanping and Zhang Weidong attended the signing. (Reporter Song Jiawei)"),
    "en_header": "By Song Jiawei\nA Yunnan delegation visited Lao Cai. Li Hongmei, Governor of Yunnan Province, led the delegation.",
    # foreign officials
    "us_before": "New Mexico Governor Maria Lopez met the Gansu delegation in Santa Fe.",
    "us_of": ("Governor Maria Lopez of New Mexico met a delegation from Gansu Province in Santa Fe. "
              "The Gansu delegation also visited Albuquerque."),
    "us_host": "A delegation from New Mexico visited Gansu Province. Gansu Governor Ren Zhenhe met the delegation.",
    "vn_en": ("Nguyen Van Thanh, Secretary of the Lao Cai Provincial Party Committee, met with the Yunnan "
              "delegation in Lao Cai City."),
    "vn_zh": "越南老街省委书记阮文清会见云南省代表团。",
}


@pytest.fixture(scope="module")
def recs() -> dict[str, dict]:
    return {k: liaison.extract(t, published=PUB, id=k) for k, t in TEXTS.items()}


def person(rec: dict, name: str) -> dict:
    """The PERSON whose zh or en name is ``name`` (en compared as SPEC's scorer does)."""
    found = [p for p in rec["people"]
             if p["name"]["zh"] == name or normalize_en(p["name"]["en"] or "") == normalize_en(name)]
    assert len(found) == 1, (name, [p["name"] for p in rec["people"]])
    return found[0]


def pos(p: dict) -> list[tuple]:
    """(role, org_kind, region code or English name, country) per position, in order."""
    out = []
    for x in p["positions"]:
        r = x["region"] or {}
        out.append((x["role"], x["org_kind"], r.get("code") or (r.get("name") or {}).get("en"), r.get("country")))
    return out


# ------------------------------------------------------------------ titles
def test_combined_title_splits_into_one_position_per_office(recs):
    p = person(recs["visit"], "王建国")
    assert p["name"]["en"] == "Wang Jianguo"
    assert pos(p) == [("deputy_secretary", "party_committee", "130000", "CN"), ("head", "government", "130000", "CN")]
    assert [x["title"]["zh"] for x in p["positions"]] == ["河北省委副书记", "省长"]
    assert all(x["region"]["name"] == {"zh": "河北省", "en": "Hebei"} for x in p["positions"])


def test_combined_title_over_two_regions(recs):
    # 吉林省委常委、长春市委书记: the province for the first office, the city for the second
    assert pos(person(recs["visit"], "李红梅")) == [("standing_member", "party_committee", "220000", "CN"),
                                                   ("secretary", "party_committee", "220100", "CN")]


def test_name_list_shares_the_title_before_it(recs):
    for name in ("张卫东", "刘晓燕"):
        assert pos(person(recs["visit"], name)) == [("deputy_head", "government", "220100", "CN")], name


def test_implicit_province_title_takes_the_region_of_the_clause(recs):
    # 副省长曾志远 right after 河北省委常委…: Hebei's; 省发展改革委主任: a department head of Hebei
    assert pos(person(recs["visit"], "曾志远")) == [("deputy_head", "government", "130000", "CN")]
    assert pos(person(recs["visit"], "解红军")) == [("head", "government_department", "130000", "CN")]


def test_secretary_general_after_standing_member_is_party_committee(recs):
    assert pos(person(recs["visit"], "单立新")) == [("standing_member", "party_committee", "130000", "CN"),
                                                   ("secretary_general", "party_committee", "130000", "CN")]


def test_implicit_city_region_from_a_one_city_article(recs):
    assert pos(person(recs["city"], "李红梅")) == [("secretary", "party_committee", "220100", "CN")]
    assert pos(person(recs["city"], "张卫东")) == [("head", "government", "220100", "CN")]


# ------------------------------------------------------------------ names
@pytest.mark.parametrize("zh,en", [("单立新", "Shan Lixin"), ("曾志远", "Zeng Zhiyuan"), ("解红军", "Xie Hongjun")])
def test_polyphonic_surnames(recs, zh, en):
    assert person(recs["visit"], zh)["name"] == {"zh": zh, "en": en}


def test_bylines_are_not_people(recs):
    names = {p["name"]["zh"] for p in recs["visit"]["people"]}
    assert names == {"王建国", "李红梅", "张卫东", "刘晓燕", "单立新", "曾志远", "解红军"}
    assert "赵明亮" not in names and "孙晓东" not in names


def test_english_bylines_are_not_people(recs):
    for key in ("en", "en_header"):
        ens = {normalize_en(p["name"]["en"]) for p in recs[key]["people"]}
        assert normalize_en("Song Jiawei") not in ens, key
    assert [p["name"]["en"] for p in recs["en_header"]["people"]] == ["Li Hongmei"]


def test_traditional_characters_give_a_simplified_name(recs):
    p = person(recs["trad"], "张志明")
    assert p["name"] == {"zh": "张志明", "en": "Zhang Zhiming"}
    assert pos(p) == [("secretary", "party_committee", "220000", "CN")]
    (s, e), = p["mentions"]
    assert TEXTS["trad"][s:e] == "張志明"


def test_merged_pinyin_names_are_split(recs):
    ens = [p["name"]["en"] for p in recs["en"]["people"]]
    assert "Chen Guoqiang" in ens and "Liu Yanping" in ens
    assert not any("Chen Guoqiang Liu" in e for e in ens)
    chen, liu = person(recs["en"], "Chen Guoqiang"), person(recs["en"], "Liu Yanping")
    text = TEXTS["en"]
    assert [text[s:e] for s, e in chen["mentions"]] == ["Chen Guoqiang"]
    assert [text[s:e] for s, e in liu["mentions"]] == ["Liu Yanping"]
    assert chen["name"]["zh"] is None  # seen only in Latin letters: no guessed characters


def test_a_body_tagged_as_a_person_is_rejected(recs):
    ens = sorted(p["name"]["en"] for p in recs["en"]["people"])
    assert ens == ["Chen Guoqiang", "Liu Yanping", "Wang Jianguo", "Zhang Weidong"]
    assert not any("Government" in e or "Changchun" in e for e in ens)


def test_one_person_across_scripts(recs):
    rec, text = recs["mixed"], TEXTS["mixed"]
    wang = person(rec, "王建国")
    assert wang["name"] == {"zh": "王建国", "en": "Wang Jianguo"}
    assert [text[s:e] for s, e in wang["mentions"]] == ["王建国", "Wang Jianguo"]
    assert pos(wang) == [("secretary", "party_committee", "130000", "CN")]
    li = person(rec, "李建安")
    assert li["name"] == {"zh": "李建安", "en": "Li Jian'an"}  # apostrophe before a syllable in a/o/e
    assert [text[s:e] for s, e in li["mentions"]] == ["李建安", "Li Jianan"]
    assert len(rec["people"]) == 2


def test_host_side_implicit_title_is_the_hosts_region(recs):
    assert pos(person(recs["mixed"], "李建安")) == [("deputy_head", "government", "130000", "CN")]


# ------------------------------------------------------------------ foreign officials
def test_us_governor_title_before_the_name(recs):
    p = person(recs["us_before"], "Maria Lopez")
    assert p["name"] == {"zh": None, "en": "Maria Lopez"}
    (x,) = p["positions"]
    assert (x["role"], x["org_kind"]) == ("head", "government")
    assert x["region"] == {"code": None, "name": {"zh": x["region"]["name"]["zh"], "en": "New Mexico"}, "country": "US"}


def test_us_governor_of_state(recs):
    assert pos(person(recs["us_of"], "Maria Lopez")) == [("head", "government", "New Mexico", "US")]


def test_chinese_governor_in_english(recs):
    assert pos(person(recs["us_host"], "Ren Zhenhe")) == [("head", "government", "620000", "CN")]


def test_english_title_before_the_name_stops_at_the_sentence_end(recs):
    assert person(recs["us_host"], "Ren Zhenhe")["positions"][0]["title"]["en"] == "Gansu Governor"


def test_vietnamese_provincial_party_secretary_in_english(recs):
    p = person(recs["vn_en"], "Nguyen Van Thanh")
    assert pos(p) == [("secretary", "party_committee", "Lao Cai", "VN")]
    assert p["positions"][0]["title"]["en"] == "Secretary of the Lao Cai Provincial Party Committee"


def test_vietnamese_provincial_party_secretary_in_chinese(recs):
    p = person(recs["vn_zh"], "阮文清")
    assert pos(p) == [("secretary", "party_committee", "Lao Cai", "VN")]


# ------------------------------------------------------------------ offsets
def test_mentions_slice_the_raw_text_to_the_name(recs):
    checked = 0
    for key, rec in recs.items():
        text = TEXTS[key]
        for p in rec["people"]:
            assert p["mentions"], (key, p["name"])
            for s, e in p["mentions"]:
                assert 0 <= s < e <= len(text)
                got = text[s:e]
                if p["name"]["zh"] is not None and to_simplified(got) == p["name"]["zh"]:
                    checked += 1
                    continue
                assert normalize_en(got) == normalize_en(p["name"]["en"]), (key, got, p["name"])
                checked += 1
    assert checked >= 20
