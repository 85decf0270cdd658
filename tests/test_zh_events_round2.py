"""Chinese event rules, second round: a territory written after its country (美國關島, 中國澳門) is one side of a
signing."""
from __future__ import annotations

import liaison


def _rec(text: str, published: str = "2025-03-10"):
    rec = liaison.extract(text, published=published)
    names = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    return rec, names


def _agreements(rec):
    return [sorted(r["name"]["zh"] for r in e["parties"]) for e in rec["events"] if e["type"] == "agreement"]


def test_a_territory_after_its_country_is_one_side_and_one_signing():
    # 締結姊妹市 and 簽署姊妹市協定 in one sentence tell one signing between 台中市 and 关岛 (not 美国 too)
    rec, _names = _rec("台中市政府昨日與美國關島締結姊妹市，到訪台中的關島總督王大明與台中市長林小華簽署姊妹市協定。")
    assert _agreements(rec) == [["关岛", "台中市"]]

