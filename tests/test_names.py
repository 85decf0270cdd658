"""Chinese name romanization and Latin-script pinyin names (sentences and names written for these tests)."""
import pytest

from liaison.names import (canonical_en, is_pinyin_name, is_plausible_zh_name, normalize_en, pinyin_key,
                           romanize, split_merged_pinyin_names, split_surname, syllabify)


@pytest.mark.parametrize("zh,en", [
    ("陈敏尔", "Chen Min'er"),
    ("习近平", "Xi Jinping"),
    ("王长松", "Wang Changsong"),
    ("欧阳坚", "Ouyang Jian"),
    ("单霁翔", "Shan Jixiang"),
    ("曾庆红", "Zeng Qinghong"),
    ("解振华", "Xie Zhenhua"),
    ("马朝旭", "Ma Zhaoxu"),
    ("李建安", "Li Jian'an"),
    ("张恩惠", "Zhang Enhui"),
    ("長孫無忌", "Zhangsun Wuji"),  # traditional input, compound surname
    ("曾长青", "Zeng Changqing"),
])
def test_romanize(zh, en):
    assert romanize(zh) == en


def test_split_surname_and_plausibility():
    assert split_surname("欧阳坚") == ("欧阳", "坚")
    assert split_surname("陈敏尔") == ("陈", "敏尔")
    assert is_plausible_zh_name("陈敏尔")
    assert is_plausible_zh_name("欧阳东方红")
    assert not is_plausible_zh_name("陈")
    assert not is_plausible_zh_name("Chen Min'er")
    assert not is_plausible_zh_name("的确如此啊")


def test_normalize_and_key():
    assert normalize_en("Chen Min'er") == normalize_en("Chen Miner") == normalize_en("CHEN Miner") == "chenminer"
    assert normalize_en("Chen Min’er") == "chenminer"
    assert pinyin_key("陈敏尔") == normalize_en("Chen Miner")


@pytest.mark.parametrize("raw,canon", [
    ("Chen Miner", "Chen Min'er"),
    ("Peng Qing Hua", "Peng Qinghua"),
    ("Liu  Xinmin", "Liu Xinmin"),
    ("CHEN Miner", "Chen Min'er"),
    ("Xi Jinping", "Xi Jinping"),
    ("Li Jianan", "Li Jianan"),  # unmarked: jia+nan needs no apostrophe, so it is kept
    ("Li Jian'an", "Li Jian'an"),
    ("Jerry Brown", "Jerry Brown"),
    ("Nguyen Van Son", "Nguyen Van Son"),
])
def test_canonical_en(raw, canon):
    assert canonical_en(raw) == canon


def test_syllabify():
    assert syllabify("miner") == ["min", "er"]
    assert syllabify("xian") == ["xian"]
    assert syllabify("dangan") == ["dan", "gan"]
    assert syllabify("brown") is None


def test_is_pinyin_name():
    assert is_pinyin_name(["Chen", "Miner"])
    assert is_pinyin_name(["Peng", "Qing", "Hua"])
    assert not is_pinyin_name(["Jerry", "Brown"])
    assert not is_pinyin_name(["Chen"])


def test_split_merged_pinyin_names():
    assert split_merged_pinyin_names("Chen Miner Jing Junhai".split()) == [["Chen", "Miner"], ["Jing", "Junhai"]]
    assert split_merged_pinyin_names("Liu Guodong Mizhe".split()) == [["Liu", "Guodong"], ["Mi", "Zhe"]]
    assert split_merged_pinyin_names(["Zhang", "Gong"]) == [["Zhang", "Gong"]]
    assert split_merged_pinyin_names("Hu Yuting Zhang Gong".split()) == [["Hu", "Yuting"], ["Zhang", "Gong"]]
