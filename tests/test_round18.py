"""Sentences written for round 18 (no corpus text): officials with one-word names (Indonesian, Burmese) set off
by commas after their title or closing a title that ends on a place; a Spanish official named again by the
first of two family names; a dateline in ordinary case before a single dash; a company's legal form before its
name; a document's quoted title without its quotation marks; an envoy's post (驻广州) is no side of the trip;
投资兴业 names no place (资兴)."""
from functools import partial

import pytest

import liaison
from sentences import offices, sides as _sides, trips as _trips

_offices = partial(offices, first="en")


def _rec(text, published="2024-11-13"):
    return liaison.extract(text, published=published)


def _roles(rec, kind):
    names = {p["id"]: p["name"]["en"] or p["name"]["zh"] for p in rec["people"]}
    return sorted((names[x["person"]], x["role"]) for e in rec["events"] if e["type"] == kind
                  for x in e["participants"])


@pytest.mark.parametrize("text", [
    "The Governor of East Java, Suharjo, held talks with a delegation from Guangxi led by Vice Chairman Chen Gang "
    "on Monday. Suharjo said trade is growing.",
    "Jakarta - The Governor of East Java, Suharjo, held talks with a delegation from Guangxi led by Vice Chairman "
    "Chen Gang on Monday. Suharjo said trade is growing.",
])
def test_a_one_word_name_set_off_by_commas_after_its_title_is_that_official(text):
    rec = _rec(text)
    assert _offices(rec)["Suharjo"] == [("head", "East Java")]
    assert ("Suharjo", "speaker") in _roles(rec, "meeting")  # named again alone: the same person


def test_a_one_word_name_closing_a_sentence_after_its_title_is_that_official():
    rec = _rec("On arrival on Monday evening, the guests from Fujian were welcomed by the Regional Secretary of "
               "Central Java, Wiryanto.")
    assert _offices(rec) == {"Wiryanto": [("secretary_general", "Central Java")]}


def test_a_one_word_name_after_a_title_ending_on_a_place_is_whole():
    rec = _rec("On Tuesday morning, Acting Governor of Central Java Suharjo received Chen Weiqun and his delegation "
               "in Semarang.")
    assert "Suharjo" in _offices(rec) and "Java Suharjo" not in _offices(rec)
    assert ("Suharjo", "host") in _roles(rec, "meeting")


def test_titled_names_told_with_their_places_in_a_pair_are_both_signatories():
    rec = _rec('After the talks, Governor Suharjo of Central Java and Vice Governor Chen Weiqun of Fujian signed the '
               '"Central Java-Fujian Sister Province Action Plan 2025-2029", which covers trade.')
    assert _offices(rec) == {"Suharjo": [("head", "Central Java")], "Chen Weiqun": [("deputy_head", "Fujian")]}
    [deal] = [e for e in rec["events"] if e["type"] == "agreement"]
    assert deal["title"]["en"] == "Central Java-Fujian Sister Province Action Plan 2025-2029"  # no quotation mark
    assert sorted(r for _n, r in _roles(rec, "agreement")) == ["signatory", "signatory"]


def test_a_spanish_official_named_again_by_the_first_family_name_is_the_speaker():
    rec = _rec("Governor of Jalisco José Ramírez Núñez met with Guangdong Vice Governor Li Hong in Guadalajara on "
               "March 3. Ramírez said Jalisco wants more flights.")
    assert ("José Ramírez Núñez", "speaker") in _roles(rec, "meeting")
    assert len(rec["people"]) == 2


def test_a_company_after_its_legal_form_is_no_person():
    rec = _rec("On Wednesday the Fujian delegation led by Chen Weiqun toured the production line of PT Sinar Rotan "
               "Semarang, a rattan furniture exporter in Central Java.")
    assert "Sinar Rotan Semarang" not in _offices(rec)


def test_a_place_opening_a_paragraph_before_a_dash_is_the_dateline_not_a_side():
    rec = _rec("Surabaya - The Governor of East Java, Suharjo, held talks with a delegation from Guangxi led by Vice "
               "Chairman Chen Gang on Monday about trade and tourism.")
    assert _sides(rec, "meeting") == [["East Java", "Guangxi"]]


def test_the_place_an_envoy_is_posted_to_is_not_where_the_party_comes_from():
    rec = _rec("4月23日，副省长刘晓岚在南昌接见了来赣的尼日利亚驻广州总领事奥卢米德·阿金托拉一行。", published="2025-04-25")
    assert _trips(rec) == [("Nigeria", "Jiangxi")]
    assert _sides(rec, "meeting") == [["Jiangxi", "Nigeria"]]


def test_investing_names_no_place():
    doc = liaison.extract_doc("24日，阿南布拉州州长一行来到赣州，鼓励企业投资兴业。", published="2025-04-25")
    assert [doc.text[r.start:r.end] for r in doc.layer("regions")] == ["赣州"]


def test_a_month_after_a_preposition_is_no_site_toured():
    rec = _rec("The Karaganda delegation from Kazakhstan arrived in Hohhot on 11 September. On 12 September a business "
               "meeting of entrepreneurs of the two regions took place with the participation of more than 80 "
               "companies. On 13 September the guests were taken on a tour of the Hohhot Dairy Park.",
               published="2023-09-20")
    [tour] = [e for e in rec["events"] if e["type"] == "inspection"]
    assert [s["en"] for s in tour["sites"]] == ["Hohhot Dairy Park"]


def test_a_chinese_headline_in_two_halves_names_no_document_across_the_space():
    rec = _rec("江西省与安哥拉万博省缔结友好省关系 李明华与若昂·卡蓬戈签署协议", published="2024-10-15")
    [deal] = [e for e in rec["events"] if e["type"] == "agreement"]
    assert deal["title"] is None
    assert [x["role"] for x in deal["participants"]] == ["signatory", "signatory"]


@pytest.mark.parametrize("verb", ["formalized", "formalised"])
def test_ties_formalized_on_a_day_are_a_signing(verb):
    rec = _rec(f"On May 2, Hainan and Phuket Province {verb} their sister-province relationship in Haikou.")
    assert _sides(rec, "agreement") == [["Hainan", "Phuket"]]


def test_a_country_then_the_first_sounds_of_its_city_are_no_name():
    rec = _rec("11月26日上午，中非地方政府合作圆桌会在长沙举行。副省长谭敏、湖北省副省长邵振华，赞比亚北方省省长本森·穆伦加"
               "（Benson Mulenga）、马拉维姆祖祖市市长埃丝特·尼伦达（Esther Nyirenda）出席。", published="2024-11-27")
    names = [p["name"]["zh"] or p["name"]["en"] for p in rec["people"]]
    assert not any(n.startswith("马拉维") for n in names) and "Ma Laweimu" not in str(rec)


def test_a_headline_verb_held_ends_no_name():
    rec = _rec("China-Africa Local Government Cooperation Roundtable Held in Changsha\n\nOn November 26, Vice Governor "
               "Tan Min of Hunan met Benson Mulenga, Minister of Zambia's Northern Province, in Changsha.")
    assert "Roundtable Held" not in _offices(rec)


@pytest.mark.parametrize("text", [
    "11月2日，湖南省与赞比亚北方省在长沙市举行农业合作圆桌会。",
    "9月5日，广西壮族自治区与越南谅山省在南宁市举行地方政府对话会。",
])
def test_a_roundtable_or_a_dialogue_between_two_sides_is_a_meeting(text):
    assert len(_sides(_rec(text), "meeting")) == 1


def test_one_at_the_head_of_a_delegation_leads_it_and_the_titles_list_names_the_members():
    rec = _rec("The Regional Governor of Arequipa, José Ramírez Núñez, concluded on Thursday a four-day working visit "
               "to Kunming, at the head of a delegation that also included the Regional Manager of Economic Development,"
               " Lucía Paredes Quispe, and the Provincial Mayor of Caylloma, Rubén Chávez Mamani.", published="2025-05-16")
    assert ("José Ramírez Núñez", "leader") in _roles(rec, "visit")
    assert _offices(rec)["Rubén Chávez Mamani"] == [("head", "Caylloma")]


def test_an_accented_family_name_after_its_title_is_a_person():
    rec = _rec("On Tuesday, Governor Ramírez of Arequipa held a meeting with the Party Secretary of Kunming, Cheng "
               "Zhiyong.", published="2025-05-16")
    assert _offices(rec)["Ramírez"] == [("head", "Arequipa")]


def test_a_meeting_noun_the_tagger_reads_as_an_adjective_is_still_a_meeting():
    rec = _rec("On Wednesday, the Arequipa delegation took part in a business roundtable with Yunnan officials.",
               published="2025-05-16")
    assert _sides(rec, "meeting") == [["Arequipa", "Yunnan"]]


def test_a_possibility_explored_is_no_site():
    rec = _rec("The Governor of Arequipa, José Ramírez Núñez, led a delegation to Kunming on Monday. The next day, "
               "Ramírez held a meeting with the Party Secretary of Kunming, Cheng Zhiyong, with whom he explored the "
               "possibility of a direct cargo route through the port of Chancay.", published="2025-05-16")
    assert not [e for e in rec["events"] if e["type"] == "inspection"]


def test_talks_told_after_a_reception_with_no_one_named_are_its_talks():
    rec = _rec("On Monday, the governor of Arequipa was received by the Vice Governor of Yunnan, Yang Shuping. The "
               "authorities discussed access to the Chinese market for Arequipa's avocados and Yunnan's experience in "
               "irrigation.", published="2025-05-16")
    assert _sides(rec, "meeting") == [["Arequipa", "Yunnan"]]


def test_an_sar_under_secretary_is_a_deputy_and_a_two_letter_family_name_keeps_no_full_stop():
    rec = _rec("The Secretary for Innovation, Technology and Industry, Mr Dennis Leung, began a three-day visit to "
               "Guizhou Province today (August 26) at the head of a Hong Kong delegation. The delegation includes the "
               "Under Secretary for Innovation, Technology and Industry, Ms Carmen Ho.", published="2024-08-26")
    assert _offices(rec)["Carmen Ho"] == [("deputy_head", "Hong Kong")]
    assert _roles(rec, "visit") == [("Carmen Ho", "member"), ("Dennis Leung", "leader")]


def test_a_company_limited_is_no_name_and_a_data_administration_is_a_department():
    rec = _rec("The Chief Executive Officer of Hong Kong Cyberport Management Company Limited, Mr Simon Yip, and the "
               "Director of the Guizhou Provincial Big Data Development Administration, Mr Ma Ning, signed the "
               "agreement.", published="2024-08-26")
    names = {p["name"]["en"]: [(x["role"], x["org_kind"]) for x in p["positions"]] for p in rec["people"]}
    assert names == {"Simon Yip": [("head", "enterprise")], "Ma Ning": [("head", "government_department")]}


def test_a_foreign_official_named_in_both_scripts_of_a_bilingual_page_is_one_person():
    text = ("4月16日，那坡县与越南高平省河广县边境友好会晤在平孟口岸举行。那坡县委书记黄建勋、河广县委书记农文泰出席并讲话。\n\n"
            "On April 16, the border friendship meeting between Napo County and Ha Quang District of Cao Bang Province, "
            "Vietnam, was held at the Pingmeng border crossing. Huang Jianxun, Secretary of the CPC Napo County "
            "Committee, and Nong Van Thai, Secretary of the Ha Quang District Party Committee, attended and delivered "
            "speeches.")
    rec = _rec(text, published="2024-04-18")
    assert sorted(p["name"]["en"] for p in rec["people"]) == ["Huang Jianxun", "Nong Van Thai"]


def test_regular_meetings_become_a_custom_are_no_event():
    rec = _rec("Since contacts resumed in the 1990s, regular meetings between the leaders of Napo County and Ha Quang "
               "District of Vietnam have become a custom.", published="2024-04-18")
    assert rec["events"] == []


def test_the_delegation_at_a_place_inside_its_trip_is_no_new_trip_and_a_sites_description_is_no_site():
    rec = _rec("A delegation from Heilongjiang Province spent two days in the Bay of Plenty, New Zealand, this week. "
               "On Wednesday 12 March, Regional Council Chair Aroha Ngata co-hosted a roundtable with the delegation at "
               "Regional House in Tauranga. On Thursday 13 March the delegation toured the Port of Tauranga, New "
               "Zealand's largest export port, and visited Kaimai View Farm, a 750-cow dairy farm near Te Puke.",
               published="2025-03-14")
    assert _trips(rec) == [("Heilongjiang", "Bay of Plenty")]
    [tour] = [e for e in rec["events"] if e["type"] == "inspection"]
    assert [s["en"] for s in tour["sites"]] == ["Port of Tauranga", "Kaimai View Farm"]


def test_a_data_exchange_visited_is_a_site_not_a_trip_to_its_city():
    rec = _rec("Mr Dennis Leung led a Hong Kong delegation to Guizhou Province on August 26. In the afternoon, the "
               "delegation visited the Guiyang Big Data Exchange.", published="2024-08-26")
    assert _trips(rec) == [("Hong Kong", "Guizhou")]
    [tour] = [e for e in rec["events"] if e["type"] == "inspection"]
    assert [s["en"] for s in tour["sites"]] == ["Guiyang Big Data Exchange"]


def test_a_headlines_capitals_name_no_document_and_its_verb_ends_the_title_before_it():
    rec = _rec("Weihai Mayor Calls on Governor Yoon; Jeonbuk and Weihai Sign Youth Exchange MOU\n\n"
               "A delegation from Weihai, a port city in China's Shandong Province, led by Mayor Qu Haining, visited "
               "Jeonbuk State on 9-10 April.\n\nOn the afternoon of 9 April, Mayor Qu called on Governor Yoon Jae-hoon "
               "at the Jeonbuk State Government building in Jeonju. Following the courtesy call, Governor Yoon and "
               "Mayor Qu signed a memorandum of understanding on youth exchanges.", published="2025-04-10")
    assert _offices(rec)["Yoon Jae-hoon"] == [("head", "Jeonbuk")]
    [deal] = [e for e in rec["events"] if e["type"] == "agreement"]
    assert deal["title"] is None


def test_the_signing_told_again_is_the_one_before_and_the_chinese_guests_are_their_province():
    rec = _rec("A delegation of Jilin Province headed by Vice Governor Zhang Hongwei is in Primorye on a working visit "
               "on November 21-24. On Wednesday, First Deputy Chairman of the Government of Primorsky Krai Vitaly Orlov "
               "held talks with the Chinese guests. Following the talks, Andrei Bondarenko, Minister of Agriculture of "
               "Primorsky Krai, and Liu Guoqing, Director of the Jilin Department of Agriculture, signed the Memorandum "
               "on Cooperation in the Field of Agriculture. The signing took place in the presence of Vitaly Orlov and "
               "Zhang Hongwei.", published="2023-11-23")
    assert _sides(rec, "meeting") == [["Jilin", "Primorye"]]
    assert _sides(rec, "agreement") == [["Jilin", "Primorye"]]
    assert sorted(r for _n, r in _roles(rec, "agreement")) == ["signatory", "signatory", "witness", "witness"]


@pytest.mark.parametrize("full, short", [
    ("Andrei Petrovich Bondarenko", "Andrei Bondarenko"),  # the patronymic left out
    ("Lucía Paredes Quispe", "Lucia Paredes"),  # the second family name and the accent left out
])
def test_a_name_told_again_without_its_middle_or_last_word_is_the_same_person(full, short):
    rec = _rec(f"Minister of Agriculture of Primorsky Krai {full} met Vice Governor Zhang Hongwei of Jilin in "
               f"Vladivostok on Wednesday. Later that day {short} presented the region's projects.",
               published="2023-11-23")
    assert [p["name"]["en"] for p in rec["people"] if p["name"]["en"] != "Zhang Hongwei"] == [full]


def test_an_sar_release_told_whole_in_chinese_then_in_english_names_each_official_once():
    zh = ("運輸及物流局局長林家輝今日（十一月七日）率領香港物流業界代表團抵達重慶，展開為期兩天的訪問。林家輝上午與重慶市副市長羅家俊"
          "會面，雙方就推動兩地在多式聯運和航空貨運等領域的合作交換意見，並談及西部陸海新通道建設。")
    en = ("The Secretary for Transport and Logistics, Mr Lam Ka-fai, led a delegation of Hong Kong's logistics sector "
          "to Chongqing today (November 7) for a two-day visit. In the morning, Mr Lam met with the Vice Mayor of "
          "Chongqing, Mr Luo Jiajun, and they exchanged views on promoting cooperation between the two places in "
          "multimodal transport and air cargo, and on the New International Land-Sea Trade Corridor.")
    rec = _rec(zh + "\n\n" + en, published="2024-11-07")
    assert sorted(p["name"]["en"] for p in rec["people"]) == ["Lam Ka-fai", "Luo Jiajun"]


def test_a_bulletins_date_headings_date_the_entries_under_them():
    rec = _rec("Jiangsu Foreign Affairs Bulletin, October 2024\n\n9 October\nJiangsu Vice Governor Qian Huiping met "
               "Governor Hideaki Omura of Aichi Prefecture, Japan, in Nanjing.\n\n16 October\nChangzhou and the city of "
               "Tampere, Finland, signed a memorandum of understanding on friendly exchanges in Changzhou.",
               published="2024-11-05")
    dates = sorted((e["type"], e["date"]["start"]) for e in rec["events"] if e["type"] != "visit")
    assert dates == [("agreement", "2024-10-16"), ("meeting", "2024-10-09")]


def test_a_day_told_in_a_clause_of_its_own_dates_no_trip():
    rec = _rec("Officials from Jilin province began a trip to Russia on May 19. Ma Lin, the provincial Party secretary, "
               "at the head of the delegation, made the first stop of this trip in Khabarovsk. Ma described the "
               "purpose of this trip as acting on the consensus that was reached when the two presidents met in "
               "Moscow, on May 8.", published="2015-05-21")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "visit"] == ["2015-05-19"]
