"""Language runs and sentences (issue 2)."""
from __future__ import annotations

import pytest

import liaison
from liaison.stages.segment import char_lang, language_runs, language_shares, sentences


def runs(text: str) -> list[tuple[str, str]]:
    spans = language_runs(text)
    assert spans[0].start == 0 and spans[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(spans, spans[1:]))
    return [(text[s.start:s.end], s.value) for s in spans]


# ------------------------------------------------------------------ runs
def test_chinese_clause_with_quoted_terms_then_english_clause():
    text = "两地将深化“津粮吉储”“津肉吉供”,Let more Jilin rice reach Tianjin kitchens."
    assert runs(text) == [("两地将深化“津粮吉储”“津肉吉供”,", "zh"),
                          ("Let more Jilin rice reach Tianjin kitchens.", "en")]


def test_chinese_with_embedded_english_words():
    text = "天津市与Changchun City签署了framework agreement。"
    assert runs(text) == [("天津市与", "zh"), ("Changchun City", "en"), ("签署了", "zh"),
                          ("framework agreement。", "en")]


def test_english_with_a_chinese_name_in_brackets():
    text = "Governor Jing Junhai (景俊海) met Chen Min'er in Tianjin."
    assert runs(text) == [("Governor Jing Junhai ", "en"), ("(景俊海) ", "zh"),
                          ("met Chen Min'er in Tianjin.", "en")]


def test_opening_quote_joins_the_following_run():
    text = "他说：“We welcome you.”然后离开。"
    assert runs(text) == [("他说：", "zh"), ("“We welcome you.”", "en"), ("然后离开。", "zh")]


def test_several_openers_and_spaces_join_forward():
    text = "Agreement signed 《 「吉津合作」》 today"
    assert runs(text) == [("Agreement signed ", "en"), ("《 「吉津合作」》 ", "zh"), ("today", "en")]


def test_digits_and_punctuation_join_preceding_run():
    text = "11月6日,2023 delegation"
    assert runs(text) == [("11月6日,2023 ", "zh"), ("delegation", "en")]


def test_leading_neutrals_take_the_first_language():
    assert runs("2023. 吉林") == [("2023. 吉林", "zh")]
    assert runs("  -- Jilin") == [("  -- Jilin", "en")]


def test_only_neutrals_and_empty():
    assert runs("2023-11-08 !!") == [("2023-11-08 !!", "und")]
    assert language_runs("") == []


def test_trailing_opener_stays_with_preceding_run():
    assert runs("吉林“") == [("吉林“", "zh")]


def test_char_lang():
    assert [char_lang(c) for c in "吉aé〇1,𠀀"] == ["zh", "en", "en", "zh", None, None, "zh"]


def test_language_shares():
    assert language_shares("吉林") == {"zh": 1.0}
    assert language_shares("Jilin") == {"en": 1.0}
    assert language_shares("123 ,") == {}
    shares = language_shares("吉林省Jilin")
    assert abs(sum(shares.values()) - 1) < 0.01 and set(shares) == {"zh", "en"}


# ------------------------------------------------------------------ sentences
def sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def test_english_abbreviations_do_not_split():
    text = "Mr. Smith of Tianjin Port Co., Ltd. visited Jilin. He met Dr. Wang at 3 p.m. today. Next!"
    assert sents(text) == ["Mr. Smith of Tianjin Port Co., Ltd. visited Jilin.",
                           "He met Dr. Wang at 3 p.m. today.", "Next!"]


def test_initials_and_us_do_not_split():
    assert sents("J. K. Lee met U.S. officials. They left.") == ["J. K. Lee met U.S. officials.", "They left."]


def test_decimal_numbers_do_not_split():
    assert sents("Trade grew 3.5 percent. It was good.") == ["Trade grew 3.5 percent.", "It was good."]


def test_quotes_close_the_sentence():
    assert sents("He said “welcome.” Then left.") == ["He said “welcome.”", "Then left."]


def test_chinese_end_punctuation_splits():
    text = "吉林省代表团来津。双方签署协议！这是真的吗？是的……好的；完了"
    assert sents(text) == ["吉林省代表团来津。", "双方签署协议！", "这是真的吗？", "是的……", "好的；", "完了"]


def test_chinese_closing_quote_stays_with_sentence():
    assert sents("他说：“欢迎。”随后离开。") == ["他说：“欢迎。”", "随后离开。"]


def test_newlines_split_and_spaces_are_trimmed():
    text = "  第一行没有句号\n\n  Second line without stop  \n第三行"
    assert sents(text) == ["第一行没有句号", "Second line without stop", "第三行"]


def test_sentence_language_value():
    spans = sentences("吉林省代表团来津。Jilin delegation came.")
    assert [s.value for s in spans] == ["zh", "en"]


def test_stages_on_a_doc():
    doc = liaison.extract_doc("吉林省代表团来津考察。Mr. Jing met Chen Min'er.\n两地签署协议")
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        "吉林省代表团来津考察。", "Mr. Jing met Chen Min'er.", "两地签署协议"]
    assert [r.value for r in doc.runs] == ["zh", "en", "zh"]
    assert abs(sum(doc.languages.values()) - 1) < 0.01
    assert doc.sentence_at(doc.text.index("Jing")).value == "en"
