"""Chinese names LAC cuts or glues wrongly, and strings that only look like names.

The sentences and names were written for these tests. Where a rule repairs a particular LAC
output, the test also feeds that output directly (``fake_lac``), so the rule is tested even if a
future LAC reads the sentence right by itself.
"""
from __future__ import annotations

import pytest

import liaison
from liaison.stages import people

PUB = "2023-11-08"


def names(text: str) -> list[str]:
    return [p["name"]["zh"] for p in liaison.extract(text, published=PUB)["people"]]


def fake_lac(monkeypatch, words: list[tuple[str, str]]) -> None:
    """LAC returns these (word, tag) pairs for any text (they must spell the text)."""

    def tokens(text):
        assert "".join(w for w, _ in words) == text
        out, pos = [], 0
        for w, tag in words:
            out.append((pos, pos + len(w), w, tag))
            pos += len(w)
        return out

    monkeypatch.setattr(people, "lac_tokens", tokens)


def test_double_surname_glued_to_the_title():
    assert names("在香港行政长官林郑美玲与广东省省长王建国等官员见证下，双方签署协议。") == ["林郑美玲", "王建国"]


def test_double_surname_rule_on_a_given_lac_output(monkeypatch):
    fake_lac(monkeypatch, [("行政", "n"), ("长官林", "n"), ("郑美玲", "PER"), ("出席", "v"), ("。", "w")])
    assert names("行政长官林郑美玲出席。") == ["林郑美玲"]


@pytest.mark.parametrize("name", ["刘伟中", "李伟中", "孙伟中"])
def test_third_character_left_out_by_lac(name):
    assert names(f"并与广东省省长{name}共同主持粤港合作联席会议。") == [name]


def test_a_two_character_name_is_not_stretched_over_the_next_word(monkeypatch):
    fake_lac(monkeypatch, [("省长", "n"), ("王伟", "PER"), ("并", "c"), ("表示", "v"), ("。", "w")])
    assert names("省长王伟并表示。") == ["王伟"]


def test_name_with_an_unknown_surname_right_after_a_title(monkeypatch):
    # a Japanese name: its surname is in no Chinese surname table, LAC reads it as a person
    fake_lac(monkeypatch, [("议会", "n"), ("议长", "n"), ("森川正树", "PER"), ("为", "p"), ("团长", "n"), ("。", "w")])
    assert names("议会议长森川正树为团长。") == ["森川正树"]


def test_unknown_surname_without_a_title_is_not_a_name(monkeypatch):
    fake_lac(monkeypatch, [("森川正树", "PER"), ("为", "p"), ("团长", "n"), ("。", "w")])
    assert names("森川正树为团长。") == []


def test_four_characters_with_a_function_word_after_a_title_are_no_name():
    assert names("她表示，虽然和马省长都是首次分别以行政长官和省长身份出席会议，但合作基础深厚。") == []


def test_rare_surname_in_a_list():
    assert names("赤壁市领导陈中山、但明华、别国庆、欧阳萍参加。") == ["陈中山", "但明华", "别国庆", "欧阳萍"]
