"""Sentences written for round 14 (no corpus text): code-switched pages where a name and its title are written
in different scripts — a Chinese name after an English title, a Chinese title set after a name in letters, a
transliterated name whose title the analyser took into it, a foreign state's 州长 leading his state's delegation."""
import pytest

import liaison
from sentences import visits as _visits


def _offices(text, name):
    rec = liaison.extract(text, published="2023-05-20")
    person = next(p for p in rec["people"] if name in (p["name"].get("zh") or "", p["name"].get("en") or ""))
    return [(x["role"], x["org_kind"], ((x.get("region") or {}).get("name") or {}).get("en"))
            for x in person["positions"]]


def test_a_chinese_name_after_a_bare_english_title_takes_the_place_of_the_delegation_it_leads():
    assert _offices("Vice Governor 李明 led a Sichuan delegation to Perth on May 8.", "李明") == [
        ("deputy_head", "government", "Sichuan")]


@pytest.mark.parametrize("text", [
    "On May 8, Li Ming, 四川省副省长, led a delegation to Perth.",
    "On May 8, Li Ming (四川省副省长) led a delegation to Perth.",
])
def test_a_chinese_title_set_after_a_name_in_letters_is_that_persons_office(text):
    assert _offices(text, "Li Ming") == [("deputy_head", "government", "Sichuan")]


def test_a_chinese_title_after_a_name_in_letters_splits_into_its_offices():
    assert _offices("On May 8, Li Ming, 四川省委常委、副省长, led a delegation to Perth.", "Li Ming") == [
        ("standing_member", "party_committee", "Sichuan"), ("deputy_head", "government", "Sichuan")]


def test_a_place_set_after_a_name_in_letters_is_no_office():
    assert _offices("On May 8, Li Ming, 成都, visited Perth.", "Li Ming") == []


@pytest.mark.parametrize("text,name", [
    ("5月8日，Mike Dolan州长率俄亥俄州代表团访问武汉。", "Mike Dolan"),
    ("5月8日，迈克·多兰州长率俄亥俄州代表团访问武汉。", "迈克·多兰"),
    ("5月8日，迈克·多兰州长率领的美国俄亥俄州代表团访问武汉。", "迈克·多兰"),
])
def test_a_state_governor_named_before_his_title_leads_his_states_delegation(text, name):
    assert _offices(text, name) == [("head", "government", "Ohio")]


def test_a_transliterated_name_with_its_title_glued_on_is_the_visits_leader_not_the_host():
    rec = liaison.extract("5月8日，迈克·多兰州长率领的美国俄亥俄州代表团访问武汉。湖北省省长王军会见了多兰一行。",
                          published="2023-05-20")
    names = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert visit["date"]["start"] == "2023-05-08"
    assert [(names[x["person"]], x["role"]) for x in visit["participants"]] == [("迈克·多兰", "leader")]


def test_a_prefecture_head_named_before_his_title_still_leads_his_prefectures_delegation():
    assert _offices("5月8日，张三州长率延边州代表团访问首尔。", "张三") == [("head", "government", "Yanbian")]


@pytest.mark.parametrize("text,name", [
    ("5月8日，佐藤健一知事率鸟取县代表团访问河北。", "佐藤健一"),  # the analyser cut the name (佐藤健 | 一)
    ("5月8日，鸟取县平井伸治知事率团访问河北省。", "平井伸治"),  # the place, the name, then the office
])
def test_a_japanese_name_written_before_its_governors_title_is_found(text, name):
    assert _offices(text, name) == [("head", "government", "Tottori")]


def test_a_japanese_governor_leading_the_delegation_leads_the_visit():
    rec = liaison.extract("5月8日，佐藤健一知事率鸟取县代表团访问河北。", published="2023-05-20")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert [x["role"] for x in visit["participants"]] == ["leader"]
    assert visit["origin"]["name"]["en"] == "Tottori"


def test_a_japanese_name_after_the_governors_title_still_read_after_it():
    assert _offices("5月8日，鸟取县知事平井伸治率团访问河北省。", "平井伸治") == [("head", "government", "Tottori")]


BULLETIN = ("黑龙江外事动态\n\n"
            "■ 1月16日 | Jan 16\n"
            "俄罗斯滨海边疆区代表团访问哈尔滨。\n\n"
            "■ 2月27日—3月1日 | Feb 27 – Mar 1\n"
            "黑河市代表团赴布拉戈维申斯克市访问，双方签署《黑河市与布拉戈维申斯克市2024年交流合作备忘录》。\n\n"
            "■ 3月12日 | Mar 12\n"
            "日本新潟县经济交流团来哈尔滨访问。\n")


def test_a_bulletins_date_lines_date_the_entries_under_them():
    rec = liaison.extract(BULLETIN, published="2024-04-02")
    got = [((e["destination"] or {}).get("name", {}).get("en"), e["date"]["start"], e["date"]["end"])
           for e in rec["events"] if e["type"] == "visit"]
    assert got == [("Harbin", "2024-01-16", "2024-01-16"), ("Blagoveshchensk", "2024-02-27", "2024-03-01"),
                   ("Harbin", "2024-03-12", "2024-03-12")]


def test_a_year_inside_a_documents_title_dates_nothing():
    rec = liaison.extract("6月5日，甲市与乙市签署《甲乙两市2024年交流合作备忘录》。\n甲市代表团访问了天津。",
                          published="2024-07-01")
    assert all(e["date"]["start"] != "2024" for e in rec["events"])
    rec = liaison.extract("黑河市代表团赴布拉戈维申斯克市访问，双方签署《黑河市与布拉戈维申斯克市2024年交流合作备忘录》。",
                          published="2024-04-02")
    assert [e["date"]["start"] for e in rec["events"]] == [None, None]


def test_one_date_alone_on_a_line_is_the_pages_date_not_a_heading():
    rec = liaison.extract("2024年3月12日\n日本新潟县经济交流团来哈尔滨访问。双方举行了座谈。", published="2024-04-02")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "visit"] == [None]


def test_our_province_in_a_machine_translated_sentence_is_the_papers_province():
    rec = liaison.extract("陕西日报\nOn December 5, the party and government delegation of Jiangsu Province came to our "
                          "province for inspection.", published="2023-12-20")
    assert [(e["origin"]["name"]["en"], e["destination"]["name"]["en"], e["date"]["start"])
            for e in rec["events"] if e["type"] == "visit"] == [("Jiangsu", "Shaanxi", "2023-12-05")]


def _roles(rec):
    names = {p["id"]: p["name"].get("en") or p["name"].get("zh") for p in rec["people"]}
    return [(e["type"], sorted((names[x["person"]], x["role"]) for x in e["participants"])) for e in rec["events"]]


def test_a_later_stop_of_the_delegation_is_led_by_the_trips_leader():
    rec = liaison.extract("A delegation led by Lao Cai Party Secretary Dang Xuan Phong visited Nanning on Tuesday and "
                          "met Guangxi Party Secretary Liu Ning. On Wednesday, the delegation traveled to Pingxiang, "
                          "where they toured the Pingxiang Bonded Zone, accompanied by Chongzuo Mayor Nong Wei.",
                          published="2023-11-17")
    got = _roles(rec)
    visits = [ps for t, ps in got if t == "visit"]
    assert visits == [[("Dang Xuan Phong", "leader")], [("Dang Xuan Phong", "leader")]]
    # the prefecture's mayor accompanying the tour of a city inside it hosts the tour
    assert [ps for t, ps in got if t == "inspection"] == [[("Dang Xuan Phong", "leader"), ("Nong Wei", "host")]]


def test_a_stop_of_another_delegation_takes_no_leader():
    rec = liaison.extract("A delegation led by Lao Cai Party Secretary Dang Xuan Phong visited Nanning on Tuesday. "
                          "On Wednesday, a business delegation from Ha Giang visited Pingxiang.", published="2023-11-17")
    assert [ps for t, ps in _roles(rec) if t == "visit"][1:] == [[]]


MET_IN_HARBIN = "On Monday, Governor Vasily Orlov of Amur Region met Heilongjiang Governor Liang Hui in Harbin. "


def test_the_two_governors_who_met_sign_what_the_two_governors_signed():
    rec = liaison.extract(MET_IN_HARBIN + "After the talks, the two governors signed a memorandum on agricultural "
                          "cooperation.", published="2023-11-17")
    assert [ps for t, ps in _roles(rec) if t == "agreement"] == [
        [("Liang Hui", "signatory"), ("Vasily Orlov", "signatory")]]


def test_in_the_presence_of_the_two_governors_they_witness_and_a_roadmap_is_a_document():
    rec = liaison.extract(MET_IN_HARBIN + "In the presence of the two governors, Amur Agriculture Minister Dmitry "
                          "Sokolov and Han Bo, Director of the Heilongjiang Department of Agriculture, signed a roadmap "
                          "for soybean cooperation.", published="2023-11-17")
    assert [ps for t, ps in _roles(rec) if t == "agreement"] == [
        [("Dmitry Sokolov", "signatory"), ("Han Bo", "signatory"), ("Liang Hui", "witness"),
         ("Vasily Orlov", "witness")]]


def test_both_leaders_spoke_at_the_talks_and_a_weekday_before_a_mayors_title_is_a_day():
    rec = liaison.extract("On Monday, Mayor Anna Reid of Christchurch held talks with Wuhan Mayor Chen Li in "
                          "Christchurch. Both leaders spoke highly of the friendship between the two cities.",
                          published="2023-11-17")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert meeting["date"]["start"] == "2023-11-13"
    assert sorted(r for t, ps in _roles(rec) if t == "meeting" for _n, r in ps) == [
        "attendee", "host", "speaker", "speaker"]


def test_the_two_leaders_among_three_who_met_are_nobody_in_particular():
    rec = liaison.extract("On Monday, Heilongjiang Governor Liang Hui and Harbin Mayor Zhang Qi met Governor Vasily "
                          "Orlov of Amur Region in Harbin. The two leaders signed a memorandum.", published="2023-11-17")
    assert [ps for t, ps in _roles(rec) if t == "agreement"] == [[]]


@pytest.mark.parametrize("text", [
    "A delegation headed by Governor of Dornogovi Province D. Munkhsaikhan arrived in Erenhot on Tuesday.",
    "A delegation from Dornogovi headed by Governor D. Munkhsaikhan arrived in Erenhot on Tuesday.",
])
def test_a_county_level_city_where_a_trip_arrives_is_a_place_though_its_province_goes_unnamed(text):
    rec = liaison.extract(text, published="2023-11-17")
    assert [(e["origin"]["name"]["en"], e["destination"]["name"]["en"], e["destination"]["code"])
            for e in rec["events"] if e["type"] == "visit"] == [("Dornogovi", "Erenhot", "152501")]


def test_a_county_level_name_with_no_travel_word_still_needs_its_province():
    rec = liaison.extract("Officials from Erenhot and Dornogovi discussed the port on Tuesday.", published="2023-11-17")
    assert all((r.get("name") or {}).get("en") != "Erenhot" for e in rec["events"] for r in e["parties"])


def test_a_mongolian_governor_named_by_one_word_leads_his_delegation():
    rec = liaison.extract("A Dornogovi delegation led by Governor Batbold arrived in Erenhot on Tuesday.",
                          published="2023-11-17")
    assert _roles(rec) == [("visit", [("Batbold", "leader")])]
    assert _offices("A Dornogovi delegation led by Governor Batbold arrived in Erenhot on Tuesday.", "Batbold") == [
        ("head", "government", "Dornogovi")]


def test_a_mongolian_named_in_full_before_is_no_second_person_when_named_by_one_word():
    rec = liaison.extract("Dornogovi Governor D. Munkhsaikhan arrived in Erenhot on Tuesday. Governor Munkhsaikhan "
                          "said the port matters.", published="2023-11-17")
    assert [p["name"]["en"] for p in rec["people"]] == ["D. Munkhsaikhan"]


def _agreements(text, published="2023-05-20"):
    rec = liaison.extract(text, published=published)
    return [(e["date"]["start"], (e["title"] or {}).get("en") or (e["title"] or {}).get("zh"))
            for e in rec["events"] if e["type"] == "agreement"]


def test_a_ceremony_where_named_documents_were_signed_is_no_further_signing():
    assert _agreements("On May 8, Jilin and Tianjin held a signing ceremony in Changchun, where they signed the "
                       "Framework Agreement on Counterpart Cooperation, the Tourism Cooperation Agreement and the "
                       "Memorandum on Agricultural Cooperation.") == [
        ("2023-05-08", "Framework Agreement on Counterpart Cooperation"),
        ("2023-05-08", "Tourism Cooperation Agreement"), ("2023-05-08", "Memorandum on Agricultural Cooperation")]


def test_the_documents_listed_after_a_dated_ceremony_are_its_signings():
    got = _agreements("On May 8, Jilin and Tianjin held a signing ceremony in Changchun. The following documents were "
                      "signed:\n1. Framework Agreement on Counterpart Cooperation between Jilin and Tianjin\n"
                      "2. Tourism Cooperation Agreement between Jilin and Tianjin\n")
    assert [d for d, _t in got] == ["2023-05-08", "2023-05-08"] and all(t for _d, t in got)


def test_a_ceremony_and_one_named_document_stay_as_told():
    # one document named: the ceremony may have signed another, unnamed one (nothing to fold it into)
    assert len(_agreements("On May 8, Jilin and Tianjin signed a cooperation agreement in Changchun. They also "
                           "signed the Memorandum on Agricultural Cooperation.")) == 2


def test_a_headline_in_both_scripts_on_one_line_tells_the_bodys_signing():
    assert _agreements("长春市与伊尔库茨克市签署友好城市协议 Changchun and Irkutsk Sign Sister-City Agreement\n"
                       "On May 8, Changchun and Irkutsk signed a sister-city agreement in Changchun.") == [
        ("2023-05-08", None)]


@pytest.mark.parametrize("text,want", [
    ("5月8日，香港特区政府代表团抵达广西南宁访问。", ("Hong Kong", "Nanning")),
    ("5月8日，澳门特区政府代表团抵达南宁访问。", ("Macao", "Nanning")),
    ("5月8日，老街省委书记率团访问红河州。", ("Lao Cai", "Honghe")),  # an office with no name leads
    ("Lao Cai Party Secretary Dang Xuan Phong led a high-ranking delegation of Lao Cai province on a working trip "
     "to Yunnan from May 8-10.", ("Lao Cai", "Yunnan")),
    ("On May 8, the delegation of Lao Cai province led by Party Secretary Dang Xuan Phong had a working session "
     "with Yunnan Province in Kunming.", ("Lao Cai", "Kunming")),
    ("Visiting Gansu Governor Wang Jun met Jilin Governor Han Jun in Changchun on May 8.", ("Gansu", "Changchun")),
])
def test_trips_told_in_more_ways(text, want):
    assert [(o, d) for o, d, _day in _visits(text)] == [want]


def test_a_host_receiving_a_visiting_governor_makes_no_trip_to_the_governors_place():
    assert all(d != "Gansu" for _o, d, _day in _visits(
        "On May 8, Jilin Governor Han Jun received visiting Gansu Governor Wang Jun in Changchun."))


def test_a_delegation_meeting_at_home_makes_no_trip():
    assert _visits("On May 8, the delegation of Lao Cai province held talks with Yunnan officials in Lao Cai.") == []


@pytest.mark.parametrize("text,name,want", [
    ("On May 8, Governor Oh Young-hun of Jeju Special Self-Governing Province met Hainan Governor Feng Fei in Haikou.",
     "Oh Young-hun", [("head", "government", "Jeju")]),
    ("On May 8, Mayor Oh Se-hoon of Seoul Special City met Beijing Mayor Yin Yong.",
     "Oh Se-hoon", [("head", "government", "Seoul")]),
    ("Hungarian Minister of Foreign Affairs and Trade Gabor Nemeth met Hubei Governor Wang Zhonglin in Budapest on "
     "May 8.", "Gabor Nemeth", [("head", "government_department", "Hungary")]),
])
def test_titles_and_places_named_in_full_english(text, name, want):
    assert _offices(text, name) == want


def test_a_minister_whose_portfolio_joins_two_domains_by_and_is_a_person():
    rec = liaison.extract("Minister for Trade and Investment Nick Papadakis met the Shandong delegation on May 8.",
                          published="2023-05-20")
    assert "Nick Papadakis" in [p["name"]["en"] for p in rec["people"]]


def test_a_japanese_family_name_in_capitals_then_alone_is_one_person():
    rec = liaison.extract("On May 8, Governor MORIMOTO Kenji of Shizuoka Prefecture met Zhejiang Governor Wang Hao. "
                          "Governor Morimoto said the ties were strong.", published="2023-05-20")
    assert [p["name"]["en"] for p in rec["people"]] == ["Morimoto Kenji", "Wang Hao"]


def test_what_the_document_envisages_are_the_signings_fields():
    rec = liaison.extract("On May 8, Jilin and Tianjin signed a strategic cooperation agreement in Changchun. The "
                          "document envisages joint measures on logistics and student exchanges.", published="2023-05-20")
    assert [e["fields"] for e in rec["events"] if e["type"] == "agreement"] == [["logistics", "education"]]


def _visit_days(text, published):
    rec = liaison.extract(text, published=published)
    return [(e["date"]["start"], e["date"]["end"]) for e in rec["events"] if e["type"] == "visit"]


def test_a_weekday_span_around_the_day_of_the_report_is_this_weeks():
    # published on Monday 30 October 2023: Sunday to Tuesday is the 29th to the 31st, not the week before
    assert _visit_days("Governor Wang Jun of Shandong is in Adelaide from Sunday to Tuesday, leading a delegation.",
                       "2023-10-30") == [("2023-10-29", "2023-10-31")]


def test_a_weekday_span_told_before_the_report_stays_in_the_past():
    # published on Thursday 2 November 2023: Monday to Wednesday are the days just gone
    assert _visit_days("From Monday to Wednesday, a Shandong delegation led by Governor Wang Jun visited Adelaide.",
                       "2023-11-02") == [("2023-10-30", "2023-11-01")]


def test_on_two_weekdays_opening_a_sentence_is_a_span():
    assert _visit_days("On Monday and Tuesday, a Shandong delegation led by Governor Wang Jun visited Adelaide.",
                       "2023-11-01") == [("2023-10-30", "2023-10-31")]


def test_arriving_one_day_and_leaving_another_is_the_trips_span():
    assert _visit_days("A Shandong delegation led by Governor Wang Jun arrived in Adelaide on October 29 and left on "
                       "October 31.", "2023-11-01") == [("2023-10-29", "2023-10-31")]
    assert _visit_days("A Shandong delegation led by Governor Wang Jun arrived in Adelaide on Sunday and left on "
                       "Tuesday.", "2023-11-01") == [("2023-10-29", "2023-10-31")]


@pytest.mark.parametrize("said", ["阮文山表示：“Lao Cai hopes to expand trade with Yunnan.”",
                                  "阮文山表示，Lao Cai hopes to expand trade with Yunnan."])
def test_a_speaker_named_in_chinese_whose_words_are_english_speaks_at_the_meeting(said):
    rec = liaison.extract("5月8日，云南省省长王军在昆明会见了老街省代表团团长阮文山。" + said, published="2023-05-20")
    assert ("阮文山", "speaker") in [(n, r) for t, ps in _roles(rec) if t == "meeting" for n, r in ps] or \
        ("Ruan Wenshan", "speaker") in [(n, r) for t, ps in _roles(rec) if t == "meeting" for n, r in ps]


COURTESY_CALL = ("Governor of Luang Namtha Province Mr. Phonesavanh Keomany received a courtesy call from a delegation "
                 "of Xishuangbanna Prefecture, Yunnan Province of China, led by Mr. Dao Guoxiang, Governor of "
                 "Xishuangbanna Prefecture, on October 8 at the provincial hall.\n\nThe Chinese delegation is on a "
                 "working visit to Luang Namtha Province from October 7 to 9.")


def test_a_courtesy_call_received_from_a_delegation_is_a_meeting_with_it_and_its_trip():
    rec = liaison.extract(COURTESY_CALL, published="2024-10-10")
    got = _roles(rec)
    assert ("meeting", [("Dao Guoxiang", "attendee"), ("Phonesavanh Keomany", "host")]) in got
    # the nationality word names the delegation told before: one trip, dated by the sentence telling it
    assert _visits(COURTESY_CALL, published="2024-10-10") == [("Xishuangbanna", "Luang Namtha", "2024-10-07")]


@pytest.mark.parametrize("name", ["Luang Namtha", "Luang Prabang", "Oudomxay", "Phongsaly", "Attapeu", "Khammouane",
                                  "Tuv", "Bayan-Ulgii", "Umnugovi", "Shan"])
def test_partner_provinces_in_their_common_english_spelling_are_places(name):
    kind = "State" if name == "Shan" else "Province"
    assert [d for _o, d, _day in _visits(f"A Gansu delegation visited {name} {kind} on May 8.")] == [name]


def test_a_prefectures_party_committee_and_commissioner_are_offices():
    rec = liaison.extract("2023年8月7日至10日，阿勒泰地委副书记、行署专员赵建平率阿勒泰地区代表团赴哈萨克斯坦东哈萨克斯坦州"
                          "访问。行署副专员王丽随团出访。", published="2023-08-20")
    offices = {p["name"]["zh"]: [(x["role"], x["org_kind"], x["region"]["name"]["en"]) for x in p["positions"]]
               for p in rec["people"]}
    assert offices == {"赵建平": [("deputy_secretary", "party_committee", "Altay"), ("head", "government", "Altay")],
                       "王丽": [("deputy_head", "government", "Altay")]}
    assert _roles(rec) == [("visit", [("Wang Li", "member"), ("Zhao Jianping", "leader")])]


@pytest.mark.parametrize("text,name", [
    ("王丽与东哈州副州长达乌连·赛特卡利分别代表双方签字。", "达乌连·赛特卡利"),  # the analyser read 长达 (up to)
    ("5月8日，昆士兰州州长安德鲁·巴尔会见了四川省代表团。", "安德鲁·巴尔"),  # and 长安 (a city)
    ("5月8日，美国艾奥瓦州州长金·雷诺兹率团访问河北省。", "金·雷诺兹"),
])
def test_a_transliterated_name_keeps_the_first_character_the_title_took(text, name):
    rec = liaison.extract(text, published="2023-05-20")
    assert name in [p["name"]["zh"] for p in rec["people"]]
