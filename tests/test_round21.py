"""Sentences written for round 21 (no corpus text): China–Africa pages in two scripts — a foreign name joined by a
name dot (阿里·哈米斯) holding a place's characters, an ambassador named in Chinese with no sending country, the
place two sides met that is no side, a province's signing and its city's told apart, a table row flattened to
"中文 | English", 拟 after a title, a ministry's own name holding 和, a ceremony's witnesses before the signings
told one by one, 该省 (that province), a city abroad inside its division, a named site's place that is no stop,
South Africa's MEC and a spokesperson's office."""
import liaison
from liaison.places import within
from sentences import offices, roles, sides, trips


def _rec(text, published="2024-06-05"):
    return liaison.extract(text, published=published)


def test_a_place_inside_a_foreign_name_with_a_name_dot_is_no_place():
    rec = _rec("2024年5月14日，驻坦桑尼亚大使李明会见来访的桑给巴尔北部省省长阿里·哈米斯，双方就深化地方合作交换意见。")
    regions = {x["region"]["name"]["en"] for p in rec["people"] for x in p["positions"] if x.get("region")}
    assert "Xizang" not in regions  # (阿里 is Ngari, Xizang, only as a place)


def test_places_joined_by_a_dot_stay_places():
    rec = _rec("5月14日，2024中国·吉林东北亚博览会开幕，浙江省副省长张华率团赴长春参会。")
    assert ("Zhejiang", "Changchun") in trips(rec)


def test_an_ambassador_posted_abroad_named_in_chinese_acts_for_china():
    rec = _rec("2024年5月14日，驻坦桑尼亚大使李明会见桑给巴尔市市长阿卜杜拉·奥马尔。")
    assert offices(rec)["李明"] == [("other", "China")]


def test_the_place_two_sides_met_is_no_side_when_their_people_name_two():
    en = _rec("On 20 May, Vice Governor of Zhejiang Province Zhang Hua met with Malawi's Minister of Local Government "
              "John Banda in Lilongwe.")
    zh = _rec("5月20日，浙江省副省长张华在利隆圭会见马拉维地方政府部长约翰·班达。")
    assert sides(en, "meeting") == [["Malawi", "Zhejiang"]]
    assert sides(zh, "meeting") == [["Malawi", "Zhejiang"]]


def test_a_provinces_signing_and_its_citys_told_after_are_two():
    rec = _rec("Hunan Province and Angola's Huambo Province signed an agreement on friendly relations on Monday. "
               "Later that day Changsha and Huambo City signed an agreement on trade.")
    assert len(sides(rec, "agreement")) == 2


def test_the_letter_of_intent_signed_is_the_letter_not_the_memorandum_told_last():
    rec = _rec("At the ceremony, Weifang and Sofala Province signed a letter of intent on friendship city relations, and "
               "Shouguang and the city of Beira signed a memorandum on vegetable growing. Mayor Meng Qinghua and "
               "Governor Luisa Maconde signed the letter of intent.", published="2024-11-15")
    signed = {tuple(sorted(r["name"]["en"] for r in e["parties"])) for e in rec["events"] if e["type"] == "agreement"
              and any(x["role"] == "signatory" for x in e["participants"])}
    assert signed == {("Sofala", "Weifang")}


def test_a_table_row_in_two_scripts_is_a_sentence_per_cell():
    doc = liaison.extract_doc("活动 | Activity\n市长王强会见来访的赞比亚铜带省省长一行 | Mayor Wang Qiang met the Governor "
                              "of Copperbelt Province, Zambia, and his delegation\n", published="2025-07-10")
    cells = [doc.text[s.start:s.end] for s in doc.sentences]
    assert cells[2].startswith("市长王强") and cells[2].endswith("一行")
    assert cells[3].lstrip("| ").startswith("Mayor Wang Qiang")


def test_a_plan_after_a_title_is_no_name():
    rec = _rec("7月28日，塞内加尔驻华大使拟来宜出席中非农业合作对接会。", published="2025-07-15")
    assert rec["people"] == []


def test_a_ministrys_name_holding_and_is_one_office_of_its_country():
    rec = _rec("5月3日，肯尼亚土地和城市规划部部长约翰·姆万吉率团访问吉林。")
    assert offices(rec)["约翰·姆万吉"] == [("head", "Kenya")]
    assert trips(rec) == [("Kenya", "Jilin")]


def test_witnesses_of_a_ceremony_witness_each_signing_told_after_it():
    rec = _rec("9月12日，山东—科特迪瓦地方合作签约仪式在济南举行，副省长孟凡华与部长阿马杜·戈里共同见证签约。"
               "日照市与科特迪瓦圣佩德罗市签署友好港合作协议；淄博市与科特迪瓦布瓦凯市签署陶瓷产业合作备忘录。",
               published="2024-09-15")
    witnesses = [x for x in roles(rec, "agreement") if x[1] == "witness"]
    assert witnesses.count(("Meng Fanhua", "witness")) == 2


def test_that_province_is_the_province_named_before():
    rec = _rec("4月14日，南非夸祖鲁-纳塔尔省省长诺姆武拉·宗古在彼得马里茨堡会见无锡市副市长高月华率领的无锡市代表团。"
               "代表团于4月13日至15日在该省访问。", published="2025-04-15")
    assert [(a, b.lower()) for a, b in trips(rec)] == [("Wuxi", "kwazulu-natal")]


def test_a_city_abroad_lies_in_its_division_however_the_division_is_capitalised():
    doc = liaison.extract_doc("Pietermaritzburg, the capital of KwaZulu-Natal, South Africa.", published="2025-04-15")
    found = {s.value.en: s.value for s in doc.layer("regions") if not isinstance(s.value, tuple)}
    assert within(found["Pietermaritzburg"], found["KwaZulu-Natal"])


def test_a_place_in_a_named_sites_name_is_no_stop_of_the_tour():
    rec = _rec("KwaZulu-Natal Premier Nomvula Zungu on Monday hosted a delegation from Wuxi City in China's Jiangsu "
               "Province. The delegation is in the province from 13 to 15 April.\n\nToday the delegation, accompanied "
               "by Deputy Mayor Thandi Mkhize, toured the Durban Automotive Supplier Park and the Richards Bay "
               "Industrial Development Zone.", published="2025-04-15")
    assert trips(rec) == [("Wuxi", "KwaZulu-Natal")]


def test_a_south_african_mec_and_a_spokesperson():
    rec = _rec("KwaZulu-Natal Premier Nomvula Zungu hosted a delegation from Wuxi on Monday. MEC for Economic "
               "Development, Tourism and Environmental Affairs Sibusiso Ngcobo and Director Tang Jianping of Wuxi "
               "signed the memorandum.\n\nEnquiries: Lindiwe Dlamini, Spokesperson for the Premier",
               published="2025-04-15")
    who = offices(rec, "en")
    assert who["Sibusiso Ngcobo"] == [("head", "KwaZulu-Natal")]
    assert who["Lindiwe Dlamini"][0][0] == "other"
    assert all("tourism_culture" not in e["fields"] for e in rec["events"] if e["type"] == "agreement")


# ---- the partner's own page: a masthead or dateline naming the town, its country never named

def test_a_masthead_in_the_councils_own_language_names_the_page_and_its_country():
    rec = _rec("Comune di Faenza | Ufficio Stampa | 25 October 2024\n\nA delegation from Jingdezhen, led by Vice Mayor "
               "Zhou Lihong, visited Faenza on Tuesday. Mayor Chiara Bertoni received the delegation.",
               published="2024-10-25")
    assert ("Jingdezhen", "Faenza") in trips(rec)


def test_a_group_spending_days_with_us_came_to_the_councils_place():
    rec = _rec("The Moray Council | News | 22 September 2023\n\nA group of eight from Luzhou, in China's Sichuan "
               "Province, spent three days with us last week. The group, led by Vice Mayor Wang Yumei, was welcomed "
               "by the Convener.", published="2023-09-22")
    assert ("Luzhou", "Moray") in trips(rec)


def test_a_weekday_after_a_full_date_is_in_that_week_not_the_publications():
    rec = _rec("City of Salina | News | 22 September 2023\n\nA delegation from Binzhou arrived in Salina on Monday "
               "11 September. On Tuesday Mayor Ann Ortega met the delegation and the two sides discussed trade.",
               published="2023-09-22")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "meeting"] == ["2023-09-12"]


def test_a_councillor_on_the_councils_own_page_is_its():
    rec = _rec("Angus Council | News | 10 June 2025\n\nCouncillor Iain Fotheringham has returned from Weihai, where "
               "he met Vice Mayor Wei Lan. He also toured the harbour at Arbroath before leaving.",
               published="2025-06-10")
    assert offices(rec, "en")["Iain Fotheringham"] == [("other", "Angus")]


def test_a_ports_officer_is_no_office_of_a_place_called_port():
    rec = _rec("ABERDEEN, Wash. — A delegation from Rizhao visited the Port on Tuesday. Port Executive Director Dale "
               "Kessler met the group.", published="2024-03-08")
    regions = {x["region"]["name"]["en"] for p in rec["people"] for x in p["positions"] if x.get("region")}
    assert "Port" not in regions


def test_a_title_in_quotation_marks_ends_at_the_closing_mark():
    rec = _rec('After the roundtable, Mayor Dale Kessler and Vice Mayor Kong Deming of Rizhao signed a "Memorandum of '
               'Understanding on Friendly Port Relations" between the Port of Grays Harbor and Rizhao Port Group, with '
               'Vice Mayor Sun Lina looking on.', published="2024-03-08")
    assert [e["title"]["en"] for e in rec["events"] if e["type"] == "agreement"] \
        == ["Memorandum of Understanding on Friendly Port Relations"]


def test_the_council_of_a_masthead_naming_it_with_its_type_word_is_its_members():
    rec = _rec("Kerry County Council | News | 6 June 2025\n\nTRALEE — Cllr Séamus Brosnan, the Cathaoirleach, is back "
               "from a week in Changsha, where he met provincial officials.", published="2025-06-06")
    assert offices(rec, "en")["Séamus Brosnan"][0][1] == "Kerry"


def test_a_leader_and_members_told_before_the_trip_lead_and_travel_on_it():
    rec = _rec("Kerry County Council | News | 6 June 2025\n\nCllr Séamus Brosnan led the three-member delegation, which "
               "also included Cllr Niamh Kissane and Moira Healy.\n\nThe Kerry delegation spent Monday 26 and "
               "Tuesday 27 May in Changsha.", published="2025-06-06")
    assert trips(rec) == [("Kerry", "Changsha")]
    assert roles(rec, "visit") == [("Moira Healy", "member"), ("Niamh Kissane", "member"), ("Séamus Brosnan", "leader")]


def test_a_tour_spent_at_a_named_site_on_a_trip_is_an_inspection_there():
    rec = _rec("From 28 to 30 May the delegation from Kerry was in Wulingyuan District. Accompanied by Deputy District "
               "Head Luo Jing, the delegation spent the following two days in the Zhangjiajie National Forest Park.",
               published="2025-06-06")
    tours = [(e["destination"]["name"]["en"], [s["en"] for s in e["sites"]]) for e in rec["events"]
             if e["type"] == "inspection"]
    assert tours == [("Wulingyuan", ["Zhangjiajie National Forest Park"])]


def test_a_continent_visited_is_no_site():
    rec = _rec("The Ohio delegation spent Monday and Tuesday in Changsha. On Tuesday the group was received by Yi "
               "Hanqing, Director General of the Hunan Foreign Affairs Office. Mr Yi said more travellers from Hunan "
               "were visiting Europe every year.", published="2025-06-06")
    assert [e for e in rec["events"] if e["type"] == "inspection"] == []


def test_the_day_of_coming_home_is_not_the_trips():
    rec = _rec("The Secretary of Economic Development of Pernambuco, Rafael Moura, returned on Sunday from a mission to "
               "Guangxi. The delegation arrived in Nanning on Monday 15 April and stayed until Wednesday.",
               published="2024-04-26")
    assert [e["destination"]["name"]["en"] for e in rec["events"] if e["type"] == "visit"] == ["Nanning"]


def test_a_weekday_with_its_day_in_brackets_is_that_day():
    rec = _rec("The Pernambuco delegation arrived in Nanning on Monday (15). On Tuesday (16) Secretary Rafael Moura met "
               "Vice Chairman Huang Lixin of Guangxi.", published="2024-04-26")
    assert sorted(e["date"]["start"] for e in rec["events"]) == ["2024-04-15", "2024-04-16"]


def test_latin_america_is_not_the_united_states():
    doc = liaison.extract_doc("Huang said Guangxi's trade with Latin America was growing. Ohio's trade with America's "
                              "west coast grew too.", published="2024-04-26")
    assert [s.value.en for s in doc.layer("regions")] == ["Guangxi", "Ohio", "United States"]


def test_a_deputy_county_head_is_a_deputy():
    rec = _rec("On Wednesday the group from Selwyn toured a dairy plant in Fuping County, accompanied by Deputy County "
               "Head Du Jianping.", published="2026-04-17")
    assert offices(rec, "en")["Du Jianping"][0][0] == "deputy_head"


def test_a_council_whose_country_the_page_never_names_is_still_its_members():
    rec = _rec("Selwyn District Council | News | 17 April 2026\n\nMayor Fiona Tregear returned to Rolleston at the "
               "weekend after leading a council delegation to Fuping County in Shaanxi Province. Travelling with the "
               "Mayor was Councillor Hamish Doig. Selwyn's farmers could help with pasture management, the Mayor said.",
               published="2026-04-17")
    assert offices(rec, "en")["Fiona Tregear"] == [("head", "Selwyn")]


def test_no_agreement_signed_is_no_signing():
    rec = _rec("A delegation from Fuping County led by County Head Yan Xiaohong visited Christchurch, New Zealand, on "
               "Tuesday and held talks with Mayor Fiona Tregear. No agreement was signed on this trip.",
               published="2026-04-17")
    assert [e for e in rec["events"] if e["type"] == "agreement"] == []


def test_people_travelling_with_the_leader_are_members():
    rec = _rec("Mayor Fiona Tregear of Christchurch led a council delegation to Fuping County last week. Travelling with "
               "the Mayor were Councillor Hamish Doig and Dr Priya Nandakumar.", published="2026-04-17")
    assert roles(rec, "visit") == [("Fiona Tregear", "leader"), ("Hamish Doig", "member"),
                                   ("Priya Nandakumar", "member")]


def test_weekdays_of_a_trip_told_as_last_weeks():
    rec = _rec("Mayor Fiona Tregear of Christchurch, New Zealand, led a council delegation to Shaanxi last week.\n\n"
               "The delegation spent Tuesday and Wednesday in Fuping. On Tuesday morning County Head Yan Xiaohong held "
               "a roundtable with the visitors.", published="2026-04-17")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "meeting"] == ["2026-04-07"]
