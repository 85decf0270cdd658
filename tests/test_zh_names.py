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


# ---------------------------------------------------------------- titles
def positions(text: str, name: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    p = next(p for p in rec["people"] if p["name"]["zh"] == name)
    return sorted((x["role"], x["org_kind"], (x["region"] or {}).get("code")) for x in p["positions"])


def test_one_role_word_after_a_list_of_offices_holds_each():
    assert positions("中共中央台办、国务院台办主任王建国和河北省省长李红梅出席仪式。", "王建国") == [
        ("head", "government_department", "CN"), ("head", "party_department", "CN")]


def test_an_office_of_a_party_committee_is_a_party_department():
    assert positions("天津市委办公室主任王建国陪同考察。", "王建国") == [("head", "party_department", "120000")]


def test_national_associations_and_foundations():
    text = "代表团团长、全国友好交流协会副会长、中国和平友好基金会理事长王建国同吉林省省长李红梅交流。"
    assert positions(text, "王建国") == [("deputy_head", "institution", "CN"), ("head", "institution", "CN")]


def test_japanese_prefecture_titles():
    text = "四川省省长王建国会见了日本和歌山县知事森川正树、和歌山县议会议长田中一郎。"
    rec = liaison.extract(text, published=PUB)
    kinds = {x["role"] + "/" + x["org_kind"] for p in rec["people"] for x in p["positions"]}
    assert {"head/government", "head/congress"} <= kinds


def test_a_bracketed_note_between_title_and_name():
    assert positions("多哥驻华大使(代办)贾明阁下出席。", "贾明") == [("other", "government", "TG")]


def test_the_head_named_in_the_delegations_description_leads_the_visit():
    text = "11月6日，黑龙江省副省长王建国在哈尔滨会见了以日本新潟县议会议长汤崎英彦为团长的日本新潟县议会代表团一行。"
    rec = liaison.extract(text, published=PUB)
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert [(ids[x["person"]], x["role"]) for x in visit["participants"]] == [("汤崎英彦", "leader")]
