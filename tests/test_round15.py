"""Sentences written for round 15 (no corpus text): sides of signings abroad and at home — each document with
its own partners, the place of a signing that is no side, a pair of abbreviations signing, a mayor's city that
shares its province's name, a guest whose trip set out from his second office's city, a division abroad the
tables lack written after its country — and the eval's aggregate diagnostics of what was missed."""
import pytest

import liaison
from liaison import evalgate


def _sides(text, kind="agreement", published="2024-07-20"):
    rec = liaison.extract(text, published=published)

    def name(r):
        return (r.get("name") or {}).get("en") or (r.get("name") or {}).get("zh")

    return [sorted(name(r) for r in e["parties"]) for e in rec["events"] if e["type"] == kind]


def test_each_document_is_signed_with_its_own_partners():
    got = _sides("On June 29, Hunan Province signed friendship agreements with Nigeria's Ekiti State and Tanzania's "
                 "Tanga Region, and a cooperation memorandum with Malawi's Blantyre City.")
    assert sorted(got) == [["Blantyre", "Hunan"], ["Ekiti", "Hunan"], ["Hunan", "Tanga"]]


def test_one_plural_document_with_one_partner_each_only_when_each_names_its_own():
    # one list of partners for two documents: no per-document split (the documents share their sides)
    got = _sides("On June 29, Hunan Province signed a friendship agreement and a trade memorandum with "
                 "Nigeria's Ekiti State.")
    assert got and all(g == ["Ekiti", "Hunan"] for g in got)


@pytest.mark.parametrize("text", [
    "浙江省与匈牙利4月8日在布达佩斯签署六项合作协议。",
    "4月8日，浙江省与匈牙利在布达佩斯签署合作备忘录。",
])
def test_where_a_chinese_signing_took_place_is_no_side(text):
    assert _sides(text) == [["Hungary", "Zhejiang"]]


def test_a_place_after_zai_is_still_a_side_when_the_clause_names_no_two_others():
    assert _sides("4月8日，浙江省在匈牙利签署合作备忘录。") == [["Hungary", "Zhejiang"]]


@pytest.mark.parametrize("text, pair", [
    ("5月6日，川渝两地签署合作协议。", ["Chongqing", "Sichuan"]),
    ("5月6日，津吉双方签署对口合作框架协议。", ["Jilin", "Tianjin"]),
])
def test_a_pair_of_abbreviations_signs_as_its_two_places(text, pair):
    assert _sides(text) == [pair]


def _codes(text, published="2024-05-20"):
    rec = liaison.extract(text, published=published)
    return {p["name"]["en"]: [(x.get("region") or {}).get("code") for x in p["positions"]] for p in rec["people"]}


@pytest.mark.parametrize("text", [
    "Jilin Mayor Wang Lu led a delegation to Tianjin on May 6.",
    "The Mayor of Jilin, Wang Lu, met with the visiting delegation from Dalian on May 6.",
])
def test_a_mayor_of_a_name_shared_by_a_province_and_its_city_heads_the_city(text):
    assert _codes(text)["Wang Lu"] == ["220200"]


def test_a_governor_of_that_name_still_heads_the_province():
    assert _codes("Jilin Governor Wang Lu led a delegation to Tianjin on May 6.")["Wang Lu"] == ["220000"]


def test_a_guest_whose_trip_set_out_from_his_city_makes_no_second_trip_from_his_province():
    rec = liaison.extract("On May 6, the delegation led by Wang Lu, member of the Standing Committee of the CPC Jilin "
                          "Provincial Committee and Secretary of the Changchun Municipal Committee, visited Tianjin "
                          "and met Zhang Wei, Secretary of the CPC Tianjin Municipal Committee.", published="2024-05-20")
    visits = [(e["origin"]["name"]["en"], e["destination"]["name"]["en"]) for e in rec["events"] if e["type"] == "visit"]
    meetings = [sorted(r["name"]["en"] for r in e["parties"]) for e in rec["events"] if e["type"] == "meeting"]
    assert visits == [("Changchun", "Tianjin")]
    assert meetings == [["Changchun", "Tianjin"]]


@pytest.mark.parametrize("text, side", [
    ("6月29日，湖南省与尼日利亚拉各斯州签署友好省州关系协议。", "拉各斯州"),
    ("6月29日，株洲市与安哥拉本格拉省签署友好合作备忘录。", "本格拉省"),
])
def test_a_division_abroad_the_tables_lack_is_read_after_its_countrys_name(text, side):
    rec = liaison.extract(text, published="2024-07-20")
    ev = next(e for e in rec["events"] if e["type"] == "agreement")
    abroad = [r for r in ev["parties"] if r["country"] != "CN"]
    assert [r["name"]["zh"] for r in abroad] == [side] and abroad[0]["code"] is None


@pytest.mark.parametrize("text", [
    "6月29日，湖南省与美国各州签署合作备忘录。",
    "6月29日，湖南省与法国驻华大使馆签署合作备忘录。",
])
def test_words_after_a_country_are_no_division_of_it(text):
    rec = liaison.extract(text, published="2024-07-20")
    names = {r["name"]["zh"] for e in rec["events"] for r in e.get("parties") or []}
    assert not names & {"各州", "驻华大使馆", "美国各州"}


def _eq(a, b):
    return (a.get("code") or a["name"]["en"]) == (b.get("code") or b["name"]["en"])


def test_position_misses_say_what_differs():
    counts = {}

    def add(key, n=1):
        counts[key] = counts.get(key, 0) + n

    jilin = {"code": "220000", "name": {"en": "Jilin"}}
    city = {"code": "220200", "name": {"en": "Jilin"}}
    gold = [{"positions": [{"role": "head", "org_kind": "government", "region": city},
                           {"role": "secretary", "org_kind": "party_committee", "region": city}]},
            {"positions": [{"role": "head", "org_kind": "government", "region": jilin}]}]
    pred = [{"positions": [{"role": "head", "org_kind": "government", "region": jilin}]}, {"positions": []}]
    evalgate._position_misses(gold, pred, {0: 0, 1: 1}, _eq, add)
    assert counts == {("position", "region other (gold cn prefecture, given cn province, nested)"): 1,
                      ("position", "role"): 1, ("position", "person has none"): 1}


def test_event_misses_say_whether_the_sides_were_ever_given():
    counts = {}

    def add(key, n=1):
        counts[key] = counts.get(key, 0) + n

    hunan = {"code": "430000", "name": {"en": "Hunan"}}
    changsha = {"code": "430100", "name": {"en": "Changsha"}}
    lagos = {"code": None, "name": {"en": "Lagos"}, "country": "NG"}
    gold = [{"type": "agreement", "parties": [changsha, lagos]}, {"type": "visit", "origin": hunan, "destination": lagos}]
    pred = [{"type": "agreement", "parties": [hunan, {"code": "NG", "name": {"en": "Nigeria"}}]}]
    evalgate._event_misses(gold, pred, {}, [], _eq, add)
    assert counts[("unmatched", "type given; sides unknown")] == 1
    assert counts[("unmatched", "type absent; sides unknown")] == 1
    assert counts[("unknown side", "no code, in NG")] == 2
    assert counts[("unknown side", "cn prefecture (cn province given inside or around)")] == 1


def _visit_pairs(text, published="2024-05-20"):
    rec = liaison.extract(text, published=published)
    return [(e["origin"]["name"]["zh"], e["destination"]["name"]["zh"]) for e in rec["events"] if e["type"] == "visit"]


@pytest.mark.parametrize("text, pair", [
    ("5月6日，长兴县委书记王路率团赴安吉考察学习。", ("长兴县", "安吉县")),
    ("5月6日，霍邱县党政代表团赴金寨学习考察。", ("霍邱县", "金寨县")),
])
def test_a_countys_short_name_is_a_place_where_a_county_of_its_prefecture_is_named(text, pair):
    assert _visit_pairs(text) == [pair]


def test_a_countys_short_name_alone_is_still_no_place():
    assert _visit_pairs("5月6日，代表团赴金寨学习考察。") == []


def test_the_counties_a_delegation_went_deep_into_are_its_stops():
    assert _visit_pairs("5月6日至8日，湖州市代表团赴广元市，先后深入青川县、剑阁县、旺苍县考察调研。") == [
        ("湖州市", "青川县"), ("湖州市", "剑阁县"), ("湖州市", "旺苍县")]


def test_the_year_naming_a_document_is_no_day_of_its_signing():
    rec = liaison.extract("5月6日至8日，湖州市党政代表团赴广元市考察。\n\n8日下午，两市在广元召开东西部协作联席会议。"
                          "会上，双方签署了2024年东西部协作框架协议。", published="2024-05-20")
    signing = next(e for e in rec["events"] if e["type"] == "agreement")
    assert signing["date"]["start"] == "2024-05-08"


def test_the_year_naming_a_document_still_dates_it_when_nothing_else_does():
    rec = liaison.extract("大连庄河市与上海市松江区签署了2018年对口合作工作计划。", published="")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "agreement"] == ["2018"]


def test_a_country_and_its_division_written_in_characters_in_an_english_sentence_is_the_division():
    got = _sides("On June 29, Hunan Province signed a friendship agreement with 尼日利亚拉各斯州.")
    assert got == [["Hunan", "Lagos"]]  # (the tables' 拉哥斯州, by its sound since round 16)


_LISTED = ("11月25日，江西省与智利瓦尔帕莱索大区在南昌举行签约仪式，共签署以下4项合作文件：\n"
           "1.《江西省人民政府与智利瓦尔帕莱索大区政府友好合作备忘录》；\n"
           "2. 南昌市与比尼亚德尔马市友好交流城市关系协议书；\n"
           "3. 江西铜业集团有限公司与瓦尔帕莱索港务公司物流合作协议；\n"
           "4. 上饶市与圣安东尼奥市港口物流合作意向书。\n")


def test_each_document_listed_below_a_signing_is_signed_between_the_two_its_line_names():
    rec = liaison.extract(_LISTED, published="2024-11-29")
    got = sorted(sorted(r["name"]["en"] or r["name"]["zh"] for r in e["parties"]) for e in rec["events"]
                 if e["type"] == "agreement")
    assert got == sorted([["Jiangxi", "Valparaíso"], ["Nanchang", "Viña del Mar"], ["Jiangxi", "Valparaíso"],
                          ["San Antonio", "Shangrao"]])
    assert {e["date"]["start"] for e in rec["events"] if e["type"] == "agreement"} == {"2024-11-25"}


def test_a_listed_document_signed_with_two_partners_respectively_is_two_signings():
    text = ("6月13日，签约仪式在长沙举行，签署的文件有：\n（一）株洲市与肯尼亚基苏木郡友好合作协议；\n"
            "（二）（三）湖南省分别与尼日利亚拉各斯州、坦桑尼亚达累斯萨拉姆省签署的投资合作协议。\n")
    got = _sides(text)
    assert sorted(map(tuple, got)) == [("Dar es Salaam", "Hunan"), ("Hunan", "Lagos"), ("Kisumu", "Zhuzhou")]


def test_a_count_of_documents_signed_is_no_signing_of_its_own_when_the_documents_are_named_after_it():
    rec = liaison.extract("6月13日下午，中非地方合作签约仪式在长沙举行，共签署7份合作文件。湖南省与尼日利亚拉各斯州签署了"
                          "《友好省州关系协议书》；长沙市与坦桑尼亚达累斯萨拉姆市签署了《友好城市关系意向书》。",
                          published="2025-06-15")
    signings = [(e["title"] or {}).get("zh") for e in rec["events"] if e["type"] == "agreement"]
    assert sorted(signings) == ["友好城市关系意向书", "友好省州关系协议书"]
    assert {e["date"]["start"] for e in rec["events"] if e["type"] == "agreement"} == {"2025-06-13"}


def test_a_division_abroad_read_after_its_country_is_the_same_place_named_again_alone():
    rec = liaison.extract("湖南省与尼日利亚拉各斯州签署友好省州关系协议书。6月14日，湖南省商务厅代表团访问拉各斯州。",
                          published="2025-06-15")
    visits = [e["destination"]["name"]["zh"] for e in rec["events"] if e["type"] == "visit"]
    assert visits == ["拉各斯州"]


def test_a_provincial_department_of_agriculture_and_rural_affairs_names_no_village():
    rec = liaison.extract("6月13日，湖南省农业农村厅与赞比亚铜带省农业局签署杂交水稻合作备忘录。", published="2025-06-15")
    names = {r["name"]["zh"] for e in rec["events"] for r in e.get("parties") or []}
    assert "湖南省" in names and not any("农村" in n for n in names)


def test_what_the_two_sides_agreed_to_hold_is_no_meeting():
    rec = liaison.extract("双方商定，2026年在拉各斯举办湖南—拉各斯经贸合作论坛。", published="2025-06-15")
    assert [e for e in rec["events"] if e["type"] == "meeting"] == []


def test_a_trip_the_governor_is_due_to_make_is_no_visit():
    rec = liaison.extract("During the trip the governor of Huila is also due to visit the port city of Ningbo.",
                          published="2025-03-04")
    assert [e for e in rec["events"] if e["type"] == "visit"] == []


def _people(text, published="2023-10-20"):
    rec = liaison.extract(text, published=published)
    return {p["name"]["en"]: [(x["role"], ((x.get("region") or {}).get("name") or {}).get("en")) for x in p["positions"]]
            for p in rec["people"]}, rec


def test_a_heading_in_capitals_above_a_title_is_no_name():
    people, _ = _people("PRESS RELEASE\n\nThe Governor of Ogun State, Olusegun Adebanjo, on Wednesday received a "
                        "delegation from Jiangxi Province.")
    assert set(people) == {"Olusegun Adebanjo"}
    assert people["Olusegun Adebanjo"] == [("head", "Ogun")]


def test_prince_before_a_name_is_an_honorific():
    people, _ = _people("The Governor of Ogun State, Prince Olusegun Adebanjo, on Wednesday received a delegation "
                        "from Jiangxi Province.")
    assert people.get("Olusegun Adebanjo") == [("head", "Ogun")]


def test_led_by_a_title_with_the_name_set_after_it_between_commas():
    _, rec = _people("The Governor of Ogun State, Olusegun Adebanjo, on Wednesday received a delegation from Jiangxi "
                     "Province, led by the Vice Governor of the province, Mr. Liu Weiping, at the Governor's Office.")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    assert [(names[x["person"]], x["role"]) for x in visit["participants"]] == [("Liu Weiping", "leader")]


def test_who_is_expected_to_lead_a_delegation_later_leads_nothing_told():
    _, rec = _people("On Wednesday, Governor Olusegun Adebanjo of Ogun State received a delegation from Jiangxi "
                     "Province led by Vice Governor Liu Weiping.\n\nGovernor Adebanjo is expected to lead a trade "
                     "delegation to Nanchang next year.")
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    leaders = {names[x["person"]] for e in rec["events"] for x in e["participants"] if x["role"] == "leader"}
    assert leaders == {"Liu Weiping"}


def test_the_leaders_team_going_on_is_the_delegation_told_before():
    got = _visit_pairs("The Santa Catarina delegation led by Governor Carlos Moreira arrived in Nanjing on Monday. "
                       "On Wednesday, the governor and his team went to Lianyungang.", published="2024-11-08")
    assert [d for _o, d in got] == ["南京市", "连云港市"]
    assert len({o for o, _d in got}) == 1  # one trip's stops, from the same place


def test_what_is_said_of_a_place_gone_to_and_the_day_are_no_sites():
    rec = liaison.extract("The Santa Catarina delegation led by Governor Carlos Moreira arrived in Nanjing on Monday. "
                          "On Wednesday, the governor and his team went to Lianyungang, the eastern terminal of the "
                          "New Eurasian Land Bridge railway, where they visited the Port of Lianyungang.",
                          published="2024-11-08")
    sites = [s["en"] for e in rec["events"] if e["type"] == "inspection" for s in e["sites"]]
    assert sites == ["Port of Lianyungang"]


_SAMARKAND = ("5月19日至22日，乌兹别克斯坦撒马尔罕州州长（Khokim of Samarkand Region）巴霍迪尔·拉希莫夫率代表团访问陕西。"
              "5月20日，陕西省省长李振华在西安会见了拉希莫夫一行。会见后，李振华与拉希莫夫签署了《陕西省与撒马尔罕州建立友好"
              "省州关系协议书》。西安市与撒马尔罕市早在2019年即已结为友好城市。")


def test_an_english_gloss_in_brackets_between_a_chinese_title_and_the_name_keeps_the_title():
    rec = liaison.extract(_SAMARKAND, published="2024-05-23")
    person = next(p for p in rec["people"] if p["name"]["zh"] == "巴霍迪尔·拉希莫夫")
    assert [(x["role"], x["region"]["name"]["zh"][:4]) for x in person["positions"]] == [("head", "撒马尔罕")]


def test_a_transliterated_name_told_again_by_its_family_name_is_the_same_person():
    rec = liaison.extract(_SAMARKAND, published="2024-05-23")
    pid = next(p["id"] for p in rec["people"] if p["name"]["zh"] == "巴霍迪尔·拉希莫夫")
    roles = {(e["type"], x["role"]) for e in rec["events"] for x in e["participants"] if x["person"] == pid}
    assert {("meeting", "attendee"), ("agreement", "signatory"), ("visit", "leader")} <= roles


def test_ties_recalled_from_long_ago_are_no_signing_and_date_none():
    rec = liaison.extract(_SAMARKAND, published="2024-05-23")
    signings = [(e["date"]["start"], (e["title"] or {}).get("zh")) for e in rec["events"] if e["type"] == "agreement"]
    assert signings == [("2024-05-20", "陕西省与撒马尔罕州建立友好省州关系协议书")]


def test_a_pages_heading_year_dates_its_entries_when_no_publication_date_is_given():
    rec = liaison.extract("红河州外事办 | 2024年4月对外交流一览\n\n■ 4月3日\n越南老街省人民委员会副主席阮青海率团来红河州河口县访问。\n"
                          "\n■ 4月25日\n越南河江省代表团到访红河州。\n", published=None)
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "visit"] == ["2024-04-03", "2024-04-25"]


def test_a_year_counting_meetings_is_no_date_of_the_meeting():
    rec = liaison.extract("4月18日，红河州与越南老街省以视频方式召开2024年第一次联合工作组会议。", published="2024-04-20")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "meeting"] == ["2024-04-18"]
    rec = liaison.extract("红河州与越南老街省以视频方式召开2024年第一次联合工作组会议。", published="2024-04-20")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "meeting"] == [None]


_MISSION = ("Santa Catarina mission signs agreements in Jiangsu\n\n"
            "The Santa Catarina mission to China, led by Governor Carlos Moreira, spent three days in the province of "
            "Jiangsu this week. Santa Catarina is a state in the south of Brazil. On Monday, in Nanjing, the delegation was received by the Governor of Jiangsu Province, Fang "
            "Jianmin. At the end of the meeting, Renata Kuster and Gu Yanfei signed, on behalf of Santa Catarina and "
            "Jiangsu respectively, a memorandum of understanding on trade promotion. On Tuesday, the mission "
            "travelled to Suzhou. On Wednesday, the delegation went to Lianyungang.")


def test_the_sides_a_document_is_signed_on_behalf_of_are_its_parties_and_the_headline_is_that_signing():
    got = _sides(_MISSION, published="2024-11-08")
    assert got == [["Jiangsu", "Santa Catarina"]]


@pytest.mark.parametrize("text", [
    "On December 5, Minister of Economic Development and Industry of the Irkutsk Region Ruslan Sadykov met a "
    "delegation from Inner Mongolia.",
    "On December 5, Ruslan Sadykov, Minister of Economic Development and Industry of the Irkutsk Region, met a "
    "delegation from Inner Mongolia.",
])
def test_a_portfolio_of_two_domains_keeps_the_place_named_after_the_second(text):
    people, _ = _people(text, published="2023-12-08")
    assert people["Ruslan Sadykov"] == [("head", "Irkutsk")]


def test_two_places_joined_by_a_dot_are_no_name_told_again_by_its_second_place():
    rec = liaison.extract("3月27日，深圳市南山区党政代表团赴百色市田阳区考察。\n\nOn 27 March, the two sides held the "
                          "南山·田阳东西部协作联席会议 in Tianyang.\n\n3月28日，代表团实地考察了深百产业园。田阳区区长农丽萍陪同考察。",
                          published="2024-03-30")
    offices = {p["name"]["zh"]: {x["region"]["name"]["zh"] for x in p["positions"]} for p in rec["people"]}
    assert offices.get("农丽萍") == {"田阳区"}
