"""Round 7 (issue 12): how the leader of a Chinese delegation is told — a head's title taken (任团长, 担任团长),
a verb of leading after the name in a later sentence (率团。), 领队的 / 领衔的, 等一行, 甲、乙一行, 受甲委托.
Sentences written for these tests."""
from __future__ import annotations

import liaison

PUB = "2024-05-10"


def _events(text: str, kind: str = "visit") -> list[dict]:
    rec = liaison.extract(text, published=PUB)
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    return [{"origin": (e["origin"] or {}).get("name", {}).get("zh"),
             "roles": {(ids[x["person"]], x["role"]) for x in e["participants"]}}
            for e in rec["events"] if e["type"] == kind]


def test_takes_the_head_title_after_the_trip():
    (v,) = _events("6月3日，江西省经贸代表团赴福建省厦门市考察，江西省副省长周立明担任团长。")
    assert v["roles"] == {("周立明", "leader")}


def test_ren_delegation_head():
    (v,) = _events("6月3日，江西省经贸代表团赴福建省厦门市考察，江西省副省长周立明任代表团团长。")
    assert v["roles"] == {("周立明", "leader")}


def test_head_and_deputy_head_before_the_delegation():
    (v,) = _events("6月3日，由江西省副省长周立明任团长、南昌市市长郑雅琴任副团长的江西省经贸代表团赴福建省厦门市考察。")
    assert ("周立明", "leader") in v["roles"]
    assert ("郑雅琴", "leader") not in v["roles"]


def test_led_by_told_in_a_sentence_of_its_own():
    (v,) = _events("6月3日，江西省经贸代表团赴福建省厦门市考察。代表团由江西省副省长周立明带队。")
    assert v["roles"] == {("周立明", "leader")}


def test_lead_verb_alone_after_the_name_in_a_later_sentence():
    (v,) = _events("6月3日，南昌市党政代表团赴厦门市考察。南昌市委书记周立明率团。")
    assert v["roles"] == {("周立明", "leader")}


def test_lingdui_de_delegation():
    (v,) = _events("6月3日，江西省副省长周立明领队的江西省经贸代表团抵达福建省厦门市。")
    assert v["roles"] == {("周立明", "leader")}


def test_lingxian_de_delegation():
    (v,) = _events("6月3日，江西省副省长周立明领衔的江西省经贸代表团抵达福建省厦门市。")
    assert v["roles"] == {("周立明", "leader")}


def test_deng_yixing_leads():
    (v,) = _events("6月3日，江西省副省长周立明等一行15人赴福建省厦门市考察。")
    assert v["roles"] == {("周立明", "leader")}


def test_two_named_before_yixing_both_lead():
    (v,) = _events("6月3日，南昌市委书记周立明、南昌市市长郑雅琴一行赴厦门市考察。")
    assert v["roles"] == {("周立明", "leader"), ("郑雅琴", "leader")}


def test_the_one_who_entrusts_does_not_travel():
    (v,) = _events("6月3日，受南昌市委书记周立明委托，南昌市市长郑雅琴率团赴厦门市考察。")
    assert v["roles"] == {("郑雅琴", "leader")}


def test_head_title_leader_is_carried_to_the_inspection():
    text = ("6月3日，南昌市党政代表团赴厦门市考察，南昌市委书记周立明任团长。"
            "代表团参观了厦门象屿集团有限公司。")
    (ins,) = _events(text, "inspection")
    assert ins["roles"] == {("周立明", "leader")}


def test_rate_first_is_no_leading():
    (v,) = _events("6月3日，南昌市委书记周立明赴厦门市考察，周立明率先发言。")
    assert ("周立明", "leader") not in v["roles"]
