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


def test_a_transliterated_name_after_a_foreign_head_without_a_dot():
    rec = liaison.extract("代表团与滨海边疆区州长科热米亚科举行会谈。蒙古国东戈壁省省长巴特额尔德尼出席。")
    by = {p["name"]["zh"]: p for p in rec["people"]}
    assert set(by) == {"科热米亚科", "巴特额尔德尼"}
    assert by["科热米亚科"]["name"]["en"] is None  # pinyin is no English form of a transliteration
    assert by["科热米亚科"]["positions"][0]["title"]["en"] == "Governor of Primorsky Krai"


def test_a_chinese_implicit_title_never_takes_a_foreign_home():
    rec = liaison.extract("省委常委、常务副省长李明会见了越南老街省人民委员会主席阮文山一行。")
    li = next(p for p in rec["people"] if p["name"]["zh"] == "李明")
    assert all((x["region"] or {}).get("country") in (None, "CN") for x in li["positions"])


def test_a_transliteration_and_its_english_form_share_their_consonants():
    rec = liaison.extract("5月20日，黑龙江省副省长王永康在哈尔滨会见了俄罗斯阿穆尔州州长瓦西里·奥尔洛夫一行。\n"
                          "On May 20, Wang Yongkang, vice governor of Heilongjiang Province, met with Vasily Orlov, "
                          "governor of Russia's Amur Region, in Harbin.")
    orlov = next(p for p in rec["people"] if p["name"]["zh"] == "瓦西里·奥尔洛夫")
    assert orlov["name"]["en"] == "Vasily Orlov" and len(orlov["mentions"]) == 2
    assert orlov["positions"][0]["title"]["zh"] == "俄罗斯阿穆尔州州长"  # not 哈尔滨会见了…
    assert len(rec["people"]) == 2


def test_a_foreign_officials_chinese_name_and_english_name_are_one_person():
    rec = liaison.extract("澳大利亚驻成都总领事倪瑞兰出席活动。\nAustralian Consul General in Chengdu Adelle Nealy attended.")
    assert [(p["name"]["zh"], p["name"]["en"]) for p in rec["people"]] == [("倪瑞兰", "Adelle Nealy")]
