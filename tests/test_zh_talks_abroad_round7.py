"""A delegation dated and holding talks with another place's side, no trip word and no place of meeting told
(由…率领的甲省代表团…与乙有关方面展开磋商): the delegation went there (issue 12, family 3).

Every sentence here is written for this file (made-up names and events).
"""
from __future__ import annotations

from liaison.testing import extract_named as _rec


def _visits(rec):
    return [e for e in rec["events"] if e["type"] == "visit"]


def test_a_dated_delegation_in_talks_with_another_places_side_went_there():
    rec, _ = _rec("8月3日至9日，由省长王刚率领的福建省代表团与台湾有关方面展开了深入磋商。")
    visits = _visits(rec)
    assert len(visits) == 1, rec["events"]
    assert visits[0]["origin"]["name"]["zh"] == "福建省"
    assert visits[0]["destination"]["country"] == "TW"
    assert any(e["type"] == "meeting" for e in rec["events"])


def test_talks_held_at_a_place_named_tell_no_trip():
    rec, _ = _rec("8月3日，福建省代表团在福州与台湾有关方面进行了磋商。")
    assert not _visits(rec), rec["events"]


def test_undated_talks_tell_no_trip():
    rec, _ = _rec("由省长王刚率领的福建省代表团与台湾有关方面展开了深入磋商。")
    assert not _visits(rec), rec["events"]


# ------------------------------------------------------------ the two sides told before, referred to
def test_talks_of_the_two_mayors_after_a_signing_are_a_meeting_of_the_two_cities():
    rec, _ = _rec("9月15日，福州市市长林峰与美国塔科马市市长维多利亚·伍达兹在福州签署了《建立友好城市关系协议书》。"
                  "签约前，两位市长举行了会谈。")
    meetings = [e for e in rec["events"] if e["type"] == "meeting"]
    assert len(meetings) == 1, rec["events"]
    assert {p["name"]["zh"] for p in meetings[0]["parties"]} == {"福州市", "塔科马市"}


def test_the_two_cities_also_signing_more_documents_sign_each_with_the_same_sides():
    rec, _ = _rec("9月15日，福州市与美国塔科马市签署了友好城市协议书。两市还签署了教育合作谅解备忘录和港口合作意向书。")
    agreements = [e for e in rec["events"] if e["type"] == "agreement"]
    assert len(agreements) == 3, rec["events"]
    for a in agreements:
        assert {p["name"]["zh"] for p in a["parties"]} == {"福州市", "塔科马市"}, a


def test_the_people_in_talks_are_the_meetings_when_the_signing_comes_in_a_later_clause():
    rec, _ = _rec("4月3日，青岛市委书记赵磊与大邱广域市市长朴成民会谈，双方签署了青少年交流备忘录。")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    agreement = next(e for e in rec["events"] if e["type"] == "agreement")
    assert len(meeting["participants"]) == 2, meeting
    assert not agreement["participants"], agreement
