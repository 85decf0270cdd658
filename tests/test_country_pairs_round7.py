"""Meetings named by a pair of countries' one-character abbreviations (中美省州长论坛, 中日友好城市交流大会): China
and the other country are the meeting's sides; the place it was held in is none (issue 12, family 1).

Every sentence here is written for this file (made-up names and events).
"""
from __future__ import annotations

import pytest

from liaison.testing import extract_named as _rec


def _meetings(rec):
    return [e for e in rec["events"] if e["type"] == "meeting"]


def _countries(ev):
    return {p["country"] for p in ev["parties"] if p.get("code") == p.get("country")}


@pytest.mark.parametrize("text, code", [
    ("10月12日，第五届中美省州长论坛在成都举行，四川省省长王强出席。", "US"),
    ("9月3日，湖北省省长李明在武汉出席中日友好城市交流大会。", "JP"),
    ("中俄地方合作论坛5月在哈尔滨开幕，黑龙江省副省长张华致辞。", "RU"),
])
def test_a_pair_of_country_abbreviations_before_a_conference_noun_names_both_sides(text, code):
    rec, _ = _rec(text)
    meetings = _meetings(rec)
    assert len(meetings) == 1, rec["events"]
    assert {"CN", code} <= _countries(meetings[0]), meetings[0]["parties"]


def test_the_province_attending_a_pair_forum_stays_a_side():
    rec, _ = _rec("10月12日，第五届中美省州长论坛在成都举行，四川省省长王强出席。")
    names = [p["name"]["zh"] for p in _meetings(rec)[0]["parties"]]
    assert "四川省" in names


@pytest.mark.parametrize("text", [
    "其中日方代表出席了座谈会。",
    "4月9日，中老年人座谈会在南宁举行。",
])
def test_a_word_ending_or_starting_with_zhong_is_no_pair_of_countries(text):
    rec, _ = _rec(text)
    assert not _meetings(rec), rec["events"]


def test_the_city_a_pair_meeting_was_held_in_is_no_side_of_it():
    rec, _ = _rec("2018年，张伟访美时曾在洛杉矶出席中美省州长见面会。")
    meetings = _meetings(rec)
    assert len(meetings) == 1, rec["events"]
    names = [p["name"]["zh"] for p in meetings[0]["parties"]]
    assert names == ["中国", "美国"], names
