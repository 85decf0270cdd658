"""A meeting's sides are the places named, not the ones written before them to say where they lie
(湖州市长兴县 is 长兴县, 安徽广德市 is 广德市): issue 13's "smallest region named". Own sentences."""
import liaison


def _parties(text: str) -> list[list[str]]:
    rec = liaison.extract(text, published="2025-05-20")
    return [sorted(p["name"]["zh"] for p in e["parties"]) for e in rec["events"] if e["type"] == "meeting"]


def test_a_qualified_county_is_the_side():
    assert _parties("5月12日，湖州市长兴县与安徽广德市举行省际毗邻地区合作座谈会。") == [["广德市", "长兴县"]]


def test_a_province_and_a_city_apart_stay_two_sides():
    assert _parties("5月12日，吉林省与天津市在长春市举行两省市合作座谈会。") == [["吉林省", "天津市"]]
