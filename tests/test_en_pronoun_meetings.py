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
