"""Positions, round 8 (issue 13): foreign titles the tables lacked (akim, voivode, marshal of a voivodeship,
prefect, regent), a one-word name after a title closing on its place or body ("Governor of Dornod Province
Batbold met"), words of time before an apposition ("currently the Governor of X"), and a name glued to the
title after it when a page lost its line break ("Karl WeberGovernor of Saxony"). Sentences written here; the
officials are invented."""
from __future__ import annotations

import liaison
from liaison.stages.normalize import unglue_titles
from liaison.testing import positions_by_name

PUB = "2024-06-10"


def people(text: str) -> dict[str, list[tuple]]:
    return positions_by_name(text, PUB, place=("en",))


def test_akim_heads_a_kazakh_region():
    got = people("Yerlan Nurov, akim of the Almaty region, met Li Ming, Vice Governor of Xinjiang.")
    assert got["Yerlan Nurov"] == [("head", "government", "Almaty")]
    got = people("Akim of Almaty Region Yerlan Nurov met Li Ming, Vice Governor of Xinjiang, in Almaty.")
    assert got["Yerlan Nurov"] == [("head", "government", "Almaty")]
    got = people("Deputy Akim of Almaty Region Yerlan Nurov met Li Ming, Vice Governor of Xinjiang.")
    assert got["Yerlan Nurov"] == [("deputy_head", "government", "Almaty")]


def test_voivode_and_marshal_of_a_voivodeship():
    got = people("Tomasz Nowak, Voivode of Lodz, met Wang Tao, Vice Governor of Sichuan, in Poland.")
    assert got["Tomasz Nowak"] == [("head", "government", "Lodz")]
    got = people("Voivode of Lodz Tomasz Nowak met Wang Tao, Vice Governor of Sichuan, in Poland.")
    assert "Lodz Tomasz Nowak" not in got
    assert got["Tomasz Nowak"] == [("head", "government", "Lodz")]
    got = people("Piotr Kowalski, Marshal of the Lodzkie Voivodeship, met Wang Tao in Poland.")
    assert got["Piotr Kowalski"][0][:2] == ("head", "government")


def test_a_field_marshal_names_no_region():
    got = people("Field Marshal Piotr Kowalski met Wang Tao, Vice Governor of Sichuan, in Poland.")
    assert got.get("Piotr Kowalski", []) == []


def test_prefect_and_regent():
    got = people("Prefect of Var Pierre Martin met Li Ming, Vice Mayor of Wuhan.")
    assert got["Pierre Martin"] == [("head", "government", "Var")]
    got = people("Pierre Martin, Prefect of Var, met Li Ming, Vice Mayor of Wuhan.")
    assert got["Pierre Martin"] == [("head", "government", "Var")]


def test_one_word_name_after_a_title_closing_on_its_place():
    got = people("Governor of Dornod Province Batbold met Wang Tao, Vice Mayor of Hulunbuir.")
    assert got["Batbold"] == [("head", "government", "Dornod")]
    got = people("Governor of Dornod aimag Batbold said the two sides would cooperate.")
    assert got["Batbold"] == [("head", "government", "Dornod")]


def test_one_word_name_after_a_title_closing_on_its_body():
    got = people("Chairman of the Khentii Aimag Khural Ganbold met Wang Tao, Vice Mayor of Chifeng.")
    assert got["Ganbold"] == [("head", "congress", "Khentii")]


def test_a_family_name_after_a_place_title_is_still_no_new_person():
    got = people("Governor of Jilin Province Wang met Karl Weber in Changchun.")
    assert "Wang" not in got


def test_words_of_time_before_an_apposition():
    got = people("Karl Weber, currently the Governor of Saxony, hosted the delegation.")
    assert got["Karl Weber"] == [("head", "government", "Saxony")]
    got = people("Karl Weber, the newly elected Governor of Saxony, hosted the delegation.")
    assert got["Karl Weber"] == [("head", "government", "Saxony")]
    got = people("Anna Berg, now Mayor of Dresden, met Wang Tao, Vice Mayor of Wuhan.")
    assert got["Anna Berg"] == [("head", "government", "Dresden")]


def test_a_name_glued_to_its_title():
    got = people("Meeting with Karl WeberGovernor of Saxony, Li Ming said the two sides would cooperate.")
    assert got["Karl Weber"] == [("head", "government", "Saxony")]
    got = people("Karl Webergovernor of Saxony met Li Ming, Vice Governor of Hubei.")
    assert got["Karl Weber"] == [("head", "government", "Saxony")]


def test_ungluing_keeps_words_and_offsets():
    for text in ("The Administer of X", "Tom Undersecretary", "New York President", "McDonald President"):
        out, index = unglue_titles(text, list(range(len(text))))
        assert out == text
    text = "Li MingVice Governor of Hubei"
    out, index = unglue_titles(text, list(range(len(text))))
    assert out == "Li Ming, Vice Governor of Hubei"
    assert len(index) == len(out) and index[out.index("Vice")] == text.index("Vice")
    raw = "Then Karl WeberGovernor of Saxony met Li Ming."
    rec = liaison.extract(raw, published=PUB)
    weber = next(p for p in rec["people"] if p["name"]["en"] == "Karl Weber")
    assert [raw[a:b] for a, b in weber["mentions"]] == ["Karl Weber"]  # mentions point into the raw text


def zh_people(text: str) -> dict[str, list[tuple]]:
    return positions_by_name(text, PUB, place=("zh",), keys=("zh",))


def test_a_democratic_party_committee_chair_is_its_head():
    got = zh_people("在宁波，考察团在宁波市委主委张立平的陪同下参观了港口。")
    assert got["张立平"] == [("head", "other", "宁波市")]
    got = zh_people("浙江省宁波市。交流会由宁波民盟市委会副主委李文华主持。")
    assert got["李文华"] == [("deputy_head", "other", "宁波市")]


def test_a_democratic_party_short_name_before_its_city_committee_is_no_place():
    doc = liaison.extract_doc("交流会由宁波民盟市委会副主委李文华主持。", published=PUB)
    assert [doc.text[r.start:r.end] for r in doc.layer("regions")] == ["宁波"]


def test_bare_roles_joined_by_jian_go_on_in_the_body_before():
    got = zh_people("浙江省宁波市。民进省委会副主委王海涛、副主委兼秘书长刘春梅等领导参与接待。")
    assert got["王海涛"] == [("deputy_head", "other", "浙江省")]
    assert got["刘春梅"] == [("deputy_head", "other", "浙江省"), ("secretary_general", "other", "浙江省")]


def test_a_bureau_only_hong_kong_has_is_hong_kongs():
    text = "粵港經貿合作交流會在廣州舉行。廣東省副省長王曦、商務及經濟發展局局長丘應樺出席並致辭。"
    got = positions_by_name(text, PUB, place=("code",), keys=("zh",))
    assert got["王曦"] == [("deputy_head", "government", "440000")]
    assert got["丘应桦"] == [("head", "government_department", "HK")]
    assert "商务" not in got  # the first word of the bureau's name is no name of the list


def test_a_macao_secretariat_is_not_hong_kongs_financial_secretary():
    text = "粵澳合作會議在廣州舉行。廣東省副省長王曦、經濟財政司司長李偉農出席。"
    got = positions_by_name(text, PUB, place=("code",), keys=("zh",))
    assert [p[2] for p in got["李伟农"]] == ["MO"]


def test_a_word_of_a_bodys_name_before_ji_is_no_office_of_its_own():
    from liaison.titles import parse_zh

    assert [o.title for o in parse_zh("文化及旅游局局长")] == ["文化及旅游局局长"]
    assert [o.title for o in parse_zh("日本和歌山县知事")] == ["日本和歌山县知事"]


def test_a_sentence_opening_on_a_title_then_comma_and_name():
    got = people("Director of the Department of Commerce of Jilin Province, Wang Tao, attended the talks.")
    assert got["Wang Tao"] == [("head", "government_department", "Jilin")]
    got = people("Secretary of the Jilin Provincial Party Committee, Wang Tao, met Karl Weber.")
    assert got["Wang Tao"] == [("secretary", "party_committee", "Jilin")]


def test_a_name_after_an_opening_place_is_no_place_of_a_list():
    got = people("In Saxony, Karl Weber met Wang Tao, Vice Governor of Jilin.")
    assert "Karl Weber" in got
    got = people("Meeting in Dresden, Karl Weber said the visit went well.")
    assert "Karl Weber" in got
    got = people("The team toured Ca Mau, Ninh Thuan, Ninh Binh and Vinh Long.")
    assert got == {}


def test_a_list_of_titles_each_followed_by_its_name():
    text = ("Wang Tao met with Director of the International Relations Office of Lombardy Region, Marco Rossi; "
            "Deputy Director of the Milan Trade Bureau, Anna Bianchi; and Head of the Protocol Office, Luca Verdi.")
    got = people(text)
    assert got["Marco Rossi"] == [("head", "government_department", "Lombardy")]
    assert got["Anna Bianchi"] == [("deputy_head", "government_department", "Milan")]
    assert [p[:2] for p in got["Luca Verdi"]] == [("head", "government_department")]
    assert "Protocol" not in [p[2] for p in got["Luca Verdi"]]  # a domain word before Office is no place
    got = people("Attendees: director of the Trade & Investment Office of Lombardy Region, Mr. Marco Rossi; "
                 "deputy director of the Milan Trade Bureau, Ms. Anna Bianchi.")
    assert got["Marco Rossi"] == [("head", "government_department", "Lombardy")]
    assert got["Anna Bianchi"] == [("deputy_head", "government_department", "Milan")]


def test_the_secretary_of_a_department_is_its_minister():
    from liaison.titles import parse_en

    for title in ("Secretary of the Department of Trade and Industry", "DTI Secretary",
                  "Secretary of the Department of Tourism"):
        assert [(o.role, o.org_kind) for o in parse_en(title)] == [("head", "government_department")]
    assert [(o.role, o.org_kind) for o in parse_en("Secretary of the Party Committee of the Department of Commerce")] \
        == [("secretary", "party_committee")]


def test_a_body_named_with_and_after_a_comma_keeps_its_place():
    from liaison.titles import parse_en

    offices = parse_en("Head of International Affairs, Macau Trade and Investment Promotion Institute", ["Macau"])
    assert [(o.role, o.org_kind, o.region_text) for o in offices] == [("head", "institution", "Macau")]
    offices = parse_en("Secretary of the CPC Jilin Provincial Committee and Governor of Jilin Province", ["Jilin"])
    assert [(o.role, o.org_kind) for o in offices] == [("secretary", "party_committee"), ("head", "government")]
