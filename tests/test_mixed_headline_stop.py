"""A Chinese headline's trip to a province abroad beside the English story's one stop inside it is that stop
(one visit, to the smallest place named). Every sentence here was written for these tests."""
from __future__ import annotations

import liaison


def test_a_chinese_headline_trip_to_a_province_is_the_english_storys_stop():
    text = ("吉林省代表团访问韩国江原道\n"
            "On June 5, the Jilin Provincial Government delegation led by Vice Governor Li Ming arrived in "
            "Chuncheon, Gangwon-do, Korea for a three-day visit.")
    rec = liaison.extract(text, published="2023-06-06")
    visits = [e for e in rec["events"] if e["type"] == "visit"]
    assert [(v["destination"]["name"]["en"], v["date"]["start"]) for v in visits] == [("Chuncheon", "2023-06-05")]
