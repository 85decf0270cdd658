"""A delegation received with no word of its travel is a visit to the host's region (issue 12, item 5)."""
from __future__ import annotations

import liaison


def _events(text: str) -> dict:
    rec = liaison.extract(text, published="2024-06-08")
    names = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    return rec, names


def test_received_delegation_is_a_visit_to_the_hosts_region_and_a_meeting():
    rec, names = _events("6月4日，甘肃省张掖市市长刘国强会见了安徽省宣城市代表团一行，双方就深化友好合作进行了交流。")
    visits = [e for e in rec["events"] if e["type"] == "visit"]
    assert [(v["origin"]["name"]["zh"], v["destination"]["name"]["zh"]) for v in visits] == [("宣城市", "张掖市")]
    assert visits[0]["date"]["start"] is None  # the day they met is not the trip's
    (meeting,) = [e for e in rec["events"] if e["type"] == "meeting"]
    assert meeting["date"]["start"] == "2024-06-04"
    assert {"person": next(k for k, v in names.items() if v == "刘国强"), "role": "host"} in meeting["participants"]


def test_a_trip_told_elsewhere_is_not_doubled():
    rec, _ = _events("安徽省宣城市代表团于6月3日赴甘肃省张掖市考察。6月4日，张掖市市长刘国强会见了宣城市代表团一行。")
    assert [e["type"] for e in rec["events"]].count("visit") == 1
