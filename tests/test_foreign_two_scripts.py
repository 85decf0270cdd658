"""One foreign person across mentions and scripts; sentences written here, people invented."""
from __future__ import annotations

import liaison


def names(text):
    return [(p["name"]["zh"], p["name"]["en"], len(p["mentions"])) for p in liaison.extract(text)["people"]]


def test_one_part_of_a_dotted_name_is_the_same_person():
    out = names("广东省省长朱明会见美国夏威夷州州长戴维·伊维斯。伊维斯表示，愿深化合作。")
    assert [n for n in out if n[0] and "伊维斯" in n[0]] == [("戴维·伊维斯", None, 2)]


def test_a_name_glued_to_the_first_character_of_the_title_after_it():
    out = names("美国夏威夷州州长戴维·伊维斯访问广州。伊维斯州长率领代表团出席。")
    assert [n[0] for n in out] == ["戴维·伊维斯"]


def test_a_three_part_dotted_name_is_whole():
    out = names("会见了俄罗斯彼尔姆市市长安德烈·彼得罗夫·伊万诺维奇先生一行。")
    assert out[0][0] == "安德烈·彼得罗夫·伊万诺维奇"
    rec = liaison.extract("会见了俄罗斯彼尔姆市市长安德烈·彼得罗夫·伊万诺维奇先生一行。")
    assert rec["people"][0]["positions"][0]["title"]["zh"] == "俄罗斯彼尔姆市市长"


def test_a_cut_of_a_foreign_name_where_the_text_goes_on():
    out = names("关岛总督古蕾露（Lourdes A. Leon Torres）与高雄市长陈其明签署协定。2015年曾率团造访高雄的古蕾露这次率观光局来访。")
    assert ("古蕾露", "Lourdes A. Leon Torres", 3) in out and not any(n[0] == "古蕾" for n in out)
