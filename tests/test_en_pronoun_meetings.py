"""English: a meeting whose subject is "He"/"She" opening the sentence is the meeting of the person the
sentence before is about. Every sentence here was written for these tests."""
from __future__ import annotations

import liaison
from liaison.testing import roles_of


def test_he_met_takes_the_one_the_sentence_before_is_about():
    text = ("The Chief Secretary for Administration of the Hong Kong Special Administrative Region, Mr Lam Tai-ming, "
            "arrived in Guangzhou today to begin his visit. He met the Vice Governor of Guangdong Province, "
            "Ms Chen Hua, in the afternoon.")
    rec = liaison.extract(text, published="2023-11-07")
    (m,) = [e for e in rec["events"] if e["type"] == "meeting"]
    assert roles_of(rec, m, ("en",)) == {("Lam Tai-ming", "attendee"), ("Chen Hua", "host")}


def test_who_chaired_the_meeting_presides_over_the_one_told():
    text = ("Jilin Governor Li Ming met with a delegation from Zhejiang led by Vice Governor Chen Hua in Changchun "
            "on Tuesday. Li, who chaired the meeting, briefed the guests on Jilin's economy.")
    rec = liaison.extract(text, published="2023-11-08")
    (m,) = [e for e in rec["events"] if e["type"] == "meeting"]
    assert {("Li Ming", "host"), ("Li Ming", "presider"), ("Chen Hua", "attendee")} <= roles_of(rec, m, ("en",))


def test_chairing_the_meeting_told_first_still_tells_it():
    text = "Jilin Governor Li Ming chaired the meeting with a Zhejiang delegation in Changchun on May 5."
    rec = liaison.extract(text, published="2023-05-08")
    assert [e["type"] for e in rec["events"]].count("meeting") == 1
