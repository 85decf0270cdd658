"""Mixed-language pages, round 7 (issue 12): a Chinese page partly machine-translated into English.

Every sentence here is written for this file. Families:
- places joined by a hyphen in the English ("the Jilin-Zhejiang cooperation symposium", "the China-Laos
  forum", "Chengdu-Perth"): each place a region, the meeting's two sides the ones its name puts before it;
"""
from __future__ import annotations

import liaison


def _rec(text: str, published: str = "2023-06-01"):
    rec = liaison.extract(text, published=published)
    names = {p["id"]: p["name"]["zh"] or p["name"]["en"] for p in rec["people"]}
    return rec, names


def _zh(r):
    return r["name"]["zh"] if r else None


def _events(rec, kind):
    return [e for e in rec["events"] if e["type"] == kind]


def _parties(e):
    return sorted(_zh(r) for r in e["parties"])


def _regions(text):
    doc = liaison.extract_doc(text, published="2023-06-01")
    return [getattr(s.value, "code", None) for s in doc.layer("regions")]


# ------------------------------------------------------------ places joined by a hyphen
def test_two_provinces_joined_by_a_hyphen_are_two_regions():
    assert _regions("Officials reviewed the Hebei-Guizhou partnership in Shijiazhuang.")[:2] == ["130000", "520000"]


def test_a_place_whose_own_name_has_a_hyphen_stays_one():
    # a hyphenated word whose parts are no places is left alone
    assert _regions("Vice Minister-President Lee met the Gansu delegation.") == ["620000"]


def test_a_pair_symposium_held_in_a_city_of_one_side_has_the_two_provinces_as_parties():
    rec, _ = _rec("黔冀两地干部交流。On June 20, the Hebei-Guizhou collaboration symposium was held in Guiyang.")
    meetings = _events(rec, "meeting")
    assert meetings and _parties(meetings[0]) == ["河北省", "贵州省"]


def test_a_pair_named_with_and_before_the_meeting_noun():
    rec, _ = _rec("On June 21, the Hebei and Guizhou collaboration symposium was held in Guiyang.")
    meetings = _events(rec, "meeting")
    assert meetings and _parties(meetings[0]) == ["河北省", "贵州省"]


def test_a_country_pair_forum_held_in_a_city():
    rec, _ = _rec("The China-Cambodia provincial governors' forum took place in Nanning on June 22.")
    meetings = _events(rec, "meeting")
    assert meetings and _parties(meetings[0]) == ["中国", "柬埔寨"]
