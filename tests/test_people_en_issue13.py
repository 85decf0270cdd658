"""Issue 13 on unseen English: name and title families, each with sentences written here (invented officials)."""
from __future__ import annotations

import liaison
from liaison.testing import positions_by_name
from liaison.names import is_vietnamese_name, normalize_en

PUB = "2024-05-20"


def people(text: str) -> dict[str, list[tuple]]:
    return positions_by_name(text, PUB)


def test_vietnamese_names_need_no_title_and_are_not_cut():
    got = people("Nguyen Van Hung and Le Thi Thu Hang attended the talks with Guangxi officials.")
    assert set(got) == {"Nguyen Van Hung", "Le Thi Thu Hang"}
    got = people("Ha Giang province's Party Secretary Dang Quoc Khanh held talks with Yunnan officials.")
    assert got == {"Dang Quoc Khanh": [("secretary", "party_committee", "Ha Giang")]}
    assert is_vietnamese_name("Hồ Đức Phớc".split()) and not is_vietnamese_name("To Boost Trade".split())


def test_a_place_before_its_type_word_is_no_person():
    got = people("Chairman of the People's Committee of Cao Bang province Hoang Xuan Anh said border trade grew.")
    assert got == {"Hoang Xuan Anh": [("head", "government", "Cao Bang")]}
    got = people("Tran Van Binh, Chairman of the People's Committee of Lao Cai province, met the Yunnan guests.")
    assert list(got) == ["Tran Van Binh"]


def test_a_family_name_alone_after_an_honorific_with_a_title():
    assert people("Mr. Nakamura, the mayor of Sapporo, greeted the Harbin delegation.") == {
        "Nakamura": [("head", "government", "Sapporo")]}
    assert people("Mme. Ivanova, Minister of Culture of Bulgaria, opened the forum.")["Ivanova"][0][:2] == (
        "head", "government_department")


def test_a_family_name_in_capitals_before_the_given_names():
    got = people("PETROV, Ivan, Minister of Economic Development of Primorsky Krai, met the guests from Jilin.")
    assert normalize_en("Petrov Ivan") in {normalize_en(k) for k in got}
    got = people("The guests were received by VOLKOV, Andrei Petrovich, Governor of Tomsk Oblast. "
                 "Volkov said the region was ready to expand trade.")
    assert list(got) == ["Volkov Andrei Petrovich"] and got["Volkov Andrei Petrovich"][0][:2] == ("head", "government")
    assert "Beijing" not in str(people("BEIJING, Oct. 31 (Xinhua) -- Wang Yi met the guests."))


def test_role_words_and_articles_in_titles():
    got = people("Perth Lord Mayor Basil Zempilas and Deputy Lord Mayor Clyde Bevan attended.")
    assert got["Clyde Bevan"][0][:2] == ("deputy_head", "government")
    got = people("He was accompanied by Consul General of Japan in Shanghai Akamatsu Shuichi and Minister Counsellor Liu Bin.")
    assert "Liu Bin" in got and got["Liu Bin"][0][:2] == ("other", "government")
    got = people("Sarah Jones, a member of the Wisconsin State Assembly, visited Heilongjiang.")
    assert got == {"Sarah Jones": [("other", "congress", "Wisconsin")]}


def test_a_family_name_mention_takes_no_title_of_the_name_before_it():
    got = people("Queensland Premier Annastacia Palaszczuk met Chinese Vice Premier Liu He. "
                 "Palaszczuk said Queensland welcomed investment.")
    assert got["Annastacia Palaszczuk"] == [("head", "government", "Queensland")]
    got = people("Meeting with Vice Governor Zhang Chenggang, Governor Orlov said the region is ready.")
    # Orlov's title is not Zhang's; Zhang's own "Vice Governor" names no place, so it gives no position
    assert ("head", "government") not in [g[:2] for g in got["Zhang Chenggang"]]


def test_of_place_and_the_next_title():
    got = people("Mayor Phil Goff of Auckland and Guangzhou Mayor Wen Guohui renewed the sister city agreement.")
    assert got["Phil Goff"] == [("head", "government", "Auckland")]
    assert got["Wen Guohui"] == [("head", "government", "440100")]


def test_a_hong_kong_department_head_with_no_place_is_the_sar_s():
    rec = liaison.extract("香港特區行政長官李家超率團訪問廣州。投資推廣署署長劉志明、副署長陳小文隨行。", published=PUB)
    got = {p["name"]["zh"]: [(x["role"], x["org_kind"], (x["region"] or {}).get("code")) for x in p["positions"]]
           for p in rec["people"]}
    assert got["刘志明"] == [("head", "government_department", "HK")]
    assert got["陈小文"] == [("deputy_head", "government_department", "HK")]


def test_the_same_foreign_person_in_two_scripts_when_the_model_misses_the_first_chinese_mention():
    rec = liaison.extract("該代表團昨日獲卑詩省政府國際事務處總監華德遜(Peter Watson)接待,介紹加拿大情況。"
                          " 華德遜說,卑詩省出口上升。", published=PUB)
    assert len(rec["people"]) == 1
    p = rec["people"][0]
    assert (p["name"]["zh"], p["name"]["en"]) == ("华德逊", "Peter Watson")
    assert [(x["role"], x["org_kind"], x["region"]["name"]["en"]) for x in p["positions"]] == [
        ("head", "government_department", "British Columbia")]


def test_a_national_office_named_by_a_nationality_word_is_that_country_s():
    got = people("Thai Prime Minister Sarawut Chaiyaporn met Yunnan Governor Wang Yubo in Bangkok.")
    assert got["Sarawut Chaiyaporn"] == [("head", "government", "TH")]
    got = people("Mongolian Deputy Prime Minister S. Batbold and Inner Mongolia Vice Chairman Ai Lixin met.")
    assert got["S. Batbold"] == [("deputy_head", "government", "MN")]


def test_the_right_honourable_is_an_honorific_not_the_article_before_a_thing():
    got = people("The Rt Hon Peter Walsh, Minister of Transport, met Vice Mayor Zong Ming.")
    assert got["Peter Walsh"][0][:2] == ("head", "government_department")


def test_two_names_joined_by_and_share_a_plural_apposition():
    got = people("Pyotr Belov and Anton Gromov, vice governors of Primorsky Krai, attended.")
    assert got["Pyotr Belov"] == got["Anton Gromov"] == [("deputy_head", "government", "Primorsky")]


def test_a_headline_verb_inside_a_capitalised_run_ends_the_name():
    assert "Wang Lei" in people("Wang Lei Meets Russian Guests")
