"""Chinese event rules, second round: a territory written after its country (美國關島, 中國澳門) is one side of a
signing; a trip told after its end (结束对X的访问); stops listed inside a province (走访了A、B和C等地), one visit each;
who leads under 在X的带领下."""
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


def _visits(rec, names):
    out = []
    for e in rec["events"]:
        if e["type"] == "visit":
            roles = sorted((names[p["person"]], p["role"]) for p in e["participants"])
            out.append((e["origin"]["name"]["zh"] if e["origin"] else None, e["destination"]["name"]["zh"], roles))
    return out


def test_a_trip_told_after_its_end_is_a_visit_to_the_smallest_place_named():
    rec, names = _rec("安徽省省长陈立结束对日本静冈县的访问后回国，他说两地合作前景广阔。")
    assert [(o, d) for o, d, _r in _visits(rec, names)] == [("安徽省", "静冈县")]


def test_a_country_written_before_the_place_is_not_the_destination():
    rec, names = _rec("6月2日，安徽省省长陈立率团赴日本静冈县访问。")
    assert [(o, d) for o, d, _r in _visits(rec, names)] == [("安徽省", "静冈县")]


def test_stops_listed_inside_the_province_are_one_visit_each():
    rec, names = _rec("4月7日，甘肃省代表团来江苏考察。代表团一行走访了南京、苏州和无锡等地。")
    assert sorted((o, d) for o, d, _r in _visits(rec, names)) == [("甘肃省", "南京市"), ("甘肃省", "无锡市"),
                                                                  ("甘肃省", "苏州市")]


def test_who_leads_under_zai_de_dailing_xia_is_the_leader_and_the_others_travel_with():
    rec, names = _rec("5月6日，贵州省黔西县县长王明等一行在民建中央社会服务部副部长张华的带领下来浙江考察。")
    visits = _visits(rec, names)
    assert len(visits) == 1
    origin, dest, roles = visits[0]
    assert dest == "浙江省" and origin in ("黔西县", "黔西市")
    assert roles == [("张华", "leader"), ("王明", "member")]


def test_a_site_opening_the_clause_before_what_was_seen_there_is_toured():
    rec, _names = _rec("6月3日，湖北省代表团赴浙江省杭州市考察。在杭州萧山国际机场，代表团详细听取了航空物流发展情况介绍。"
                       "在未来科技城展示厅，代表团了解了数字经济发展情况。")
    tours = [e for e in rec["events"] if e["type"] == "inspection"]
    assert len(tours) == 1
    assert sorted(s["zh"] for s in tours[0]["sites"]) == ["未来科技城展示厅", "杭州萧山国际机场"]


def test_one_document_told_as_yixiang_and_again_by_its_ceremony_is_one_signing_between_the_two_cities():
    # 一項友好交流協議書 and 友好交流協議 (its ceremony) are one document; 東京八王子市 is 八王子市, not 东京都 too
    rec, _names = _rec("台南市與日本東京八王子市11月2日簽署了一項友好交流協議書。\n台南市與日本東京八王子市簽署友好交流協議儀式"
                       "在台南市政府舉行，八王子市市長山田一郎與市議員鈴木次郎一同見證這項簽署儀式。", published="2024-11-03")
    assert _agreements(rec) == [["八王子市", "台南市"]]
