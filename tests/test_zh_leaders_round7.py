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


def test_received_yixing_in_a_later_sentence_leads_the_trip_and_its_tour():
    text = ("本报讯 6月3日，南昌市党政代表团来我市考察。市委书记郑雅琴会见了南昌市委书记周立明一行。"
            "代表团实地察看了厦门象屿集团有限公司。来源：厦门日报")
    (v,) = _events(text)
    assert ("周立明", "leader") in v["roles"]
    assert ("周立明", "member") not in v["roles"]
    (ins,) = _events(text, "inspection")
    assert ("周立明", "leader") in ins["roles"]


def test_received_pair_before_yixing_both_lead():
    text = ("本报讯 6月3日，南昌市党政代表团来我市考察。市委书记郑雅琴会见了南昌市委书记周立明、市长何晓东一行。"
            "来源：厦门日报")
    (v,) = _events(text)
    assert {("周立明", "leader"), ("何晓东", "leader")} <= v["roles"]


def test_yixing_courtesy_call_leads_the_trip_it_tells():
    (v,) = _events("6月3日，南昌市委书记周立明一行拜会厦门市委书记郑雅琴，双方就深化合作进行了交流。")
    assert v["roles"] == {("周立明", "leader")}


def test_walking_into_a_county_is_going_there():
    visits = _events("6月3日，进贤县党政代表团一行走进泰宁县，实地察看产业发展情况。")
    assert len(visits) == 1 and visits[0]["origin"] == "进贤县"


def test_tour_alone_tells_the_trip_to_the_home_region():
    text = "本报讯 6月3日，南昌市委书记周立明一行参观了厦门象屿集团有限公司。来源：厦门日报"
    (v,) = _events(text)
    assert v["origin"] == "南昌市" and v["roles"] == {("周立明", "leader")}
    (ins,) = _events(text, "inspection")
    assert ins["roles"] == {("周立明", "leader")}


def test_under_lead_without_de():
    (v,) = _events("6月3日，南昌市委副书记何晓东等一行在南昌市委书记周立明带领下赴厦门市考察。")
    assert ("周立明", "leader") in v["roles"]
    assert ("何晓东", "leader") not in v["roles"]


def test_tour_alone_under_lead():
    text = "本报讯 6月3日，南昌市党政代表团在南昌市委书记周立明带领下，实地察看了厦门象屿集团有限公司。来源：厦门日报"
    (ins,) = _events(text, "inspection")
    assert ins["roles"] == {("周立明", "leader")}


def test_host_after_wo_shi_is_the_home_office_not_the_visitors():
    rec = liaison.extract("本报讯 6月3日，南昌市委书记周立明一行到我市考察，市委书记郑雅琴陪同。来源：厦门日报",
                          published=PUB)
    (host,) = [p for p in rec["people"] if p["name"]["zh"] == "郑雅琴"]
    assert [x["region"]["name"]["zh"] for x in host["positions"]] == ["厦门市"]


def test_a_town_visiting_a_town_the_tables_lack_goes_to_that_town():
    rec = liaison.extract("6月3日，江西省进贤县李渡镇党政代表团赴福建省泰宁县大田镇考察交流。", published=PUB)
    (v,) = [e for e in rec["events"] if e["type"] == "visit"]
    assert v["destination"]["name"]["zh"] == "大田镇"


def test_ling_jun_in_traditional_script_leads():
    (v,) = _events("【記者林志明/雲林報導】雲林縣斗六市長黃文雄今天(20日)領軍市府團隊赴日本熊本縣參訪。")
    assert v["roles"] == {("黄文雄", "leader")}


def test_wei_shou_de_delegation_is_headed_by_him():
    (v,) = _events("【記者林志明/雲林報導】以雲林縣斗六市長黃文雄為首的參訪團今天(20日)抵達日本熊本縣。")
    assert v["roles"] == {("黄文雄", "leader")}


def test_the_leaders_place_is_the_visitors_not_the_home():
    rec = liaison.extract("6月3日，南昌市委书记周立明率队来我市考察。郑雅琴对周立明一行的到来表示欢迎。"
                          "厦门与南昌两市合作基础良好。", published=PUB)
    (v,) = [e for e in rec["events"] if e["type"] == "visit"]
    assert (v["origin"]["name"]["zh"], v["destination"]["name"]["zh"]) == ("南昌市", "厦门市")


def test_speaker_named_before_his_title():
    rec = liaison.extract("【記者林志明/雲林報導】雲林縣長張麗善今天(20日)在縣府會見日本熊本縣知事蒲島郁夫一行。"
                          "蒲島郁夫知事說，期待深化兩地合作。", published=PUB)
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    (m,) = [e for e in rec["events"] if e["type"] == "meeting"]
    assert ("蒲岛郁夫", "speaker") in {(ids[x["person"]], x["role"]) for x in m["participants"]}


def test_a_name_cut_short_where_the_text_goes_on_is_the_full_name():
    rec = liaison.extract("【記者林志明/雲林報導】雲林縣長張麗善今天(20日)在縣府會見日本熊本縣知事蒲島郁夫一行。"
                          "張麗善縣長致詞時指出，兩地交流密切。", published=PUB)
    assert sorted(p["name"]["zh"] for p in rec["people"]) == ["张丽善", "蒲岛郁夫"]


def test_the_place_left_and_the_place_gone_on_to_are_two_visits():
    rec = liaison.extract("6月3日，南昌市党政代表团结束在厦门的考察后，转赴泉州市考察。", published=PUB)
    dests = sorted(e["destination"]["name"]["zh"] for e in rec["events"] if e["type"] == "visit")
    assert dests == ["厦门市", "泉州市"]


def test_going_to_attend_a_meeting_elsewhere_is_a_visit():
    (v,) = _events("6月3日，南昌市副市长周立明赴厦门市参加两市对口合作联席会议。")
    assert v["origin"] == "南昌市" and v["roles"] == {("周立明", "member")}


def test_qianwang_with_no_purpose_word_is_a_visit():
    (v,) = _events("6月3日，南昌市副市长周立明前往厦门市洽谈合作事宜。")
    assert v["origin"] == "南昌市"


def test_sites_between_dao_and_the_touring_verb():
    text = ("6月3日，南昌市委书记周立明率南昌市党政代表团赴厦门市考察。"
            "代表团一行到厦门象屿集团有限公司、厦门软件园走访调研。")
    rec = liaison.extract(text, published=PUB)
    (ins,) = [e for e in rec["events"] if e["type"] == "inspection"]
    assert [s["zh"] for s in ins["sites"]] == ["厦门象屿集团有限公司", "厦门软件园"]


def test_sites_before_what_the_tour_was_about():
    text = ("6月3日，南昌市委书记周立明率南昌市党政代表团赴厦门市考察。"
            "代表团一行先后深入厦门象屿集团有限公司、厦门软件园等地，就产业发展进行考察交流。")
    rec = liaison.extract(text, published=PUB)
    (ins,) = [e for e in rec["events"] if e["type"] == "inspection"]
    assert "厦门象屿集团有限公司" in [s["zh"] for s in ins["sites"]]


def _meeting_roles(text: str) -> set:
    rec = liaison.extract(text, published=PUB)
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    (m,) = [e for e in rec["events"] if e["type"] == "meeting"]
    return {(ids[x["person"]], x["role"]) for x in m["participants"]}


def test_speaker_named_by_his_title_alone():
    roles = _meeting_roles("【記者林志明/雲林報導】雲林縣長張麗善今天(20日)在縣府會見日本熊本縣知事蒲島郁夫一行。"
                           "縣長致詞指出，兩地交流密切。")
    assert ("张丽善", "speaker") in roles


def test_title_alone_held_by_two_names_no_speaker():
    roles = _meeting_roles("【記者林志明/雲林報導】雲林縣長張麗善今天(20日)在縣府會見嘉義縣長翁章梁一行。"
                           "縣長致詞指出，兩地交流密切。")
    assert not any(r == "speaker" for _n, r in roles)


def test_a_deputy_does_not_hold_the_title_alone():
    roles = _meeting_roles("【記者林志明/雲林報導】雲林縣副縣長謝淑亞今天(20日)在縣府會見日本熊本縣知事蒲島郁夫一行。"
                           "縣長致詞指出，兩地交流密切。")
    assert ("谢淑亚", "speaker") not in roles


def test_a_subdistrict_the_tables_lack_is_the_side_that_travels():
    (v,) = _events("6月3日，南昌市东湖区百花洲街道党工委书记周立明率队到泰宁县大田镇考察。")
    assert v["origin"] == "百花洲街道" and v["roles"] == {("周立明", "leader")}


def test_a_document_spoken_of_whose_signing_is_recalled_is_no_signing():
    rec = liaison.extract("6月3日，南昌市党政代表团赴厦门市考察。去年两市签署的战略合作框架协议落实良好。", published=PUB)
    assert not [e for e in rec["events"] if e["type"] == "agreement"]


def test_a_past_signing_told_as_done_is_still_a_signing():
    rec = liaison.extract("6月3日，南昌市党政代表团赴厦门市考察。去年5月，两市签署了战略合作框架协议。", published=PUB)
    assert [e for e in rec["events"] if e["type"] == "agreement"]


def test_yixing_after_the_name_and_title_leads():
    (v,) = _events("6月3日，南昌市党政代表团来厦门市考察。厦门市委书记郑雅琴会见了周立明书记一行。"
                   "南昌市委书记周立明表示感谢。")
    assert ("周立明", "leader") in v["roles"] and ("周立明", "member") not in v["roles"]


def test_lead_verb_after_the_name_and_title_leads():
    (v,) = _events("6月3日，南昌市党政代表团来厦门市考察。南昌市委书记周立明表示感谢。此次考察由周立明书记带队。")
    assert v["roles"] == {("周立明", "leader")}


def _positions(text: str, name: str) -> list:
    rec = liaison.extract(text, published=PUB)
    (p,) = [p for p in rec["people"] if p["name"]["zh"] == name]
    return [(x["title"]["zh"], x["region"]["name"]["zh"]) for x in p["positions"]]


def test_a_delegation_member_is_no_office_and_his_implicit_titles_are_the_delegations():
    text = ("本报讯 6月3日，南昌市党政代表团来我市考察。代表团成员、市委常委、秘书长何晓东介绍了南昌市的情况。"
            "市委书记郑雅琴陪同。来源：厦门日报")
    assert _positions(text, "何晓东") == [("市委常委", "南昌市"), ("秘书长", "南昌市")]
    assert _positions(text, "郑雅琴") == [("市委书记", "厦门市")]


def test_the_deputy_head_of_the_delegation_holds_the_delegations_office():
    text = "6月3日，南昌市党政代表团来厦门市考察。代表团副团长、市委副书记何晓东介绍了南昌市的情况。"
    assert _positions(text, "何晓东") == [("市委副书记", "南昌市")]
