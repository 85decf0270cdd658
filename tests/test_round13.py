"""Sentences written for this round (no corpus text): bilingual pages (a Chinese paragraph, then its English),
words said at the meeting told in their own sentence, a welcome that returns the story to the reception after a
dinner, and a tour told by the places listed before what was seen there."""
import pytest

import liaison
from sentences import visits as _visits


def _events(text):
    rec = liaison.extract(text, published="2023-05-20")
    names = {p["id"]: p["name"].get("zh") or p["name"].get("en") for p in rec["people"]}
    return [(e["type"], e["date"]["start"], sorted((names[x["person"]], x["role"]) for x in e["participants"]))
            for e in rec["events"]]


RECEPTION_THEN_CONFERENCE = (
    "6月5日，福建省委书记李立在福州会见了宁夏代表团一行。"
    "6月6日，闽宁协作联席会议在福州召开，宁夏回族自治区主席张海和福建省省长王平出席会议并讲话。"
    "会上，两省区签署了《闽宁协作框架协议》。")


def test_words_said_in_the_sentence_telling_a_meeting_are_said_at_that_meeting():
    got = _events(RECEPTION_THEN_CONFERENCE)
    meetings = [(d, ps) for t, d, ps in got if t == "meeting"]
    assert meetings[0] == ("2023-06-05", [("李立", "host")])
    assert meetings[1][0] == "2023-06-06"
    assert ("张海", "speaker") in meetings[1][1] and ("王平", "speaker") in meetings[1][1]


def test_a_signing_at_the_meeting_takes_the_day_of_the_meeting_told_last():
    got = _events(RECEPTION_THEN_CONFERENCE)
    assert [d for t, d, _ in got if t == "agreement"] == ["2023-06-06"]


def test_a_welcome_to_the_visitors_after_a_dinner_returns_to_the_reception():
    got = _events("13日，广东省省长陈明在广州会见了夏威夷州州长约翰·李。会见后，陈明、约翰·李共同出席结好周年晚宴并致辞。"
                  "陈明代表省政府对约翰·李一行的到来表示欢迎。陈明指出，双方在教育、旅游等领域合作潜力很大。")
    meetings = [ps for t, _d, ps in got if t == "meeting"]
    assert ("陈明", "speaker") in meetings[0] and ("陈明", "host") in meetings[0]
    # the dinner keeps its own speeches
    assert ("陈明", "speaker") in meetings[1] and ("约翰·李", "speaker") in meetings[1]


def test_a_dinner_without_a_welcome_after_it_keeps_what_is_said_next():
    got = _events("13日，广东省省长陈明在广州会见了夏威夷州州长约翰·李。会见后，陈明、约翰·李共同出席结好周年晚宴。"
                  "陈明指出，双方在教育、旅游等领域合作潜力很大。")
    meetings = [ps for t, _d, ps in got if t == "meeting"]
    assert ("陈明", "speaker") not in meetings[0]


def test_a_tour_told_by_the_places_listed_then_what_was_seen_there_is_an_inspection():
    got = _events("6月12日，宁夏回族自治区代表团赴福建省考察。代表团先后考察了福州、厦门等地的企业和园区。")
    assert [t for t, _d, _p in got] == ["visit", "inspection"]
    # places alone, nothing seen there, tell no tour
    got = _events("6月12日，宁夏回族自治区代表团赴福建省考察。代表团先后考察了福州、厦门。")
    assert "inspection" not in [t for t, _d, _p in got]


def test_an_english_paragraph_joins_the_chinese_meeting_of_its_own_day():
    text = ("6月5日，福建省委书记李立在福州会见了宁夏代表团。\n"
            "On June 5, Li Li, Secretary of the Fujian Provincial Party Committee, met with the Ningxia delegation "
            "in Fuzhou.\n"
            "6月6日，闽宁协作联席会议在福州召开，宁夏回族自治区主席张海和福建省省长王平出席会议并讲话。\n"
            "On June 6, the Fujian-Ningxia Cooperation Joint Conference was held in Fuzhou. Zhang Hai, chairman of "
            "Ningxia Hui Autonomous Region, and Wang Ping, governor of Fujian Province, attended the meeting and "
            "delivered speeches.")
    meetings = [(d, ps) for t, d, ps in _events(text) if t == "meeting"]
    assert len(meetings) == 2
    assert meetings[0] == ("2023-06-05", [("李立", "host")])
    assert ("张海", "attendee") in meetings[1][1]


def test_a_chinese_name_inside_an_english_sentence_is_read_as_a_name():
    # (the parser tags some names' characters as anything: 韩磊, 陈曦 were read as adverbs, the meeting hostless)
    for name in ("韩磊", "陈曦", "赵俊"):
        got = _events(f"Jilin Governor {name} met with Primorsky Krai Governor Oleg Petrov in Changchun on June 5.")
        assert got == [("meeting", "2023-06-05", [("Oleg Petrov", "attendee"), (name, "host")])]
    # a Chinese place among English words stays a place
    rec = liaison.extract("On June 5, Jilin Province and 浙江省 signed a cooperation agreement in Changchun.",
                          published="2023-05-20")
    assert [sorted(p["name"]["en"] for p in e["parties"]) for e in rec["events"]] == [["Jilin", "Zhejiang"]]


def test_a_chinese_title_before_a_name_in_letters_with_a_space_between():
    rec = liaison.extract("吉林省省长 Han Ming met with Primorsky Krai Governor Oleg Petrov in Changchun on June 5.",
                          published="2023-05-20")
    pos = {p["name"]["en"]: [(x["role"], x["region"]["name"]["en"]) for x in p["positions"]] for p in rec["people"]}
    assert pos["Han Ming"] == [("head", "Jilin")]
    assert [e["type"] for e in rec["events"]] == ["meeting"]


def test_a_day_inside_the_purpose_clause_of_a_led_delegation_dates_the_visit():
    got = _visits("Lao Cai Party Secretary Dang Van Minh led a delegation to visit Kunming on June 5.")
    assert got == [("Lao Cai", "Kunming", "2023-06-05")]


@pytest.mark.xfail(reason="the day told with the leading ('On June 5, X led a delegation to visit Y') dating the "
                          "visit was measured: no dev article tells it, and on the check set it gave "
                          "one false date more, so the visit stays undated", strict=True)
def test_a_delegation_led_to_visit_a_place_on_the_day_told_before_the_leading():
    got = _visits("On June 5, Lao Cai Party Secretary Dang Van Minh led a delegation to visit Kunming.")
    assert got == [("Lao Cai", "Kunming", "2023-06-05")]


def test_an_office_with_no_name_leading_a_delegation_to_visit_gives_the_trip_its_origin():
    got = _visits("Guiyang and Lawrence, Kansas are sister cities. In September 2017, the Mayor of Lawrence led a "
                  "delegation to visit Guiyang.")
    assert [(o, d) for o, d, _day in got] == [("Lawrence", "Guiyang")]


TIMELINE = ("In April 2016, Guiyang and Lawrence, Kansas signed a sister city agreement.\n"
            "In May 2018, a Guiyang delegation paid a return visit to Lawrence, and the two sides signed a "
            "memorandum of understanding on education cooperation.")


def test_two_signings_told_in_different_years_are_two_agreements():
    rec = liaison.extract(TIMELINE, published="2023-05-20")
    got = [(e["date"]["start"], e["fields"]) for e in rec["events"] if e["type"] == "agreement"]
    assert got == [("2016-04", []), ("2018-05", ["education"])]


def test_an_event_is_part_of_the_visit_of_its_own_days_only():
    rec = liaison.extract(TIMELINE, published="2023-05-20")
    by_id = {e["id"]: e for e in rec["events"]}
    got = {e["date"]["start"]: e.get("part_of") and by_id[e["part_of"]]["date"]["start"]
           for e in rec["events"] if e["type"] == "agreement"}
    assert got == {"2016-04": None, "2018-05": "2018-05"}
    rec = liaison.extract("2016年4月，贵阳市与美国堪萨斯州劳伦斯市签署友好城市协议。2017年9月，劳伦斯市市长率代表团访问贵阳市。"
                          "2018年5月，贵阳市代表团回访劳伦斯市，双方签署教育合作备忘录。", published="2023-05-20")
    by_id = {e["id"]: e for e in rec["events"]}
    got = {e["date"]["start"]: e.get("part_of") and by_id[e["part_of"]]["date"]["start"]
           for e in rec["events"] if e["type"] == "agreement"}
    assert got == {"2016-04": None, "2018-05": "2018-05"}


def test_a_relative_day_with_the_date_in_brackets_is_that_date():
    rec = liaison.extract("The Chief Executive, Mr Lee Wai-man, met with the Secretary of the CPC Guangdong Provincial "
                          "Committee, Mr Huang Jianping, at Government House today (May 8).", published="2023-05-09")
    assert [(e["type"], e["date"]["start"]) for e in rec["events"]] == [("meeting", "2023-05-08")]
    rec = liaison.extract("Guangdong Governor Wang Ping met with a Hong Kong delegation in Guangzhou yesterday "
                          "(May 7).", published="2023-05-09")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "meeting"] == ["2023-05-07"]


def test_inspecting_a_place_is_a_trip_there():
    got = _visits("On September 20, Wang Hai, secretary of the Changchun Municipal Party Committee, led a delegation "
                  "from Changchun to inspect Binhai New Area of Tianjin.")
    assert [(o, d) for o, d, _day in got] == [("Changchun", "Binhai")]
    got = _visits("On May 3, a delegation from Hunan investigated Shenzhen.")
    assert got == [("Hunan", "Shenzhen", "2023-05-03")]
    # inspecting a plant is a tour of it, no trip to a place called so
    rec = liaison.extract("On May 3, the Hubei officials inspected a car plant in Ohio.", published="2023-05-20")
    assert [(e["type"], e["destination"]["name"]["en"]) for e in rec["events"]] == [("visit", "Ohio"),
                                                                                   ("inspection", "Ohio")]


def test_sites_named_after_a_city_are_no_second_trip_to_it():
    rec = liaison.extract("On September 20, the Changchun delegation visited Tianjin. The delegation visited Tianjin "
                          "Port Group and Sino-Singapore Tianjin Eco-City.", published="2023-05-20")
    assert [e["type"] for e in rec["events"]] == ["visit", "inspection"]
    assert [s["en"] for s in rec["events"][1]["sites"]] == ["Tianjin Port Group", "Sino-Singapore Tianjin Eco-City"]


def test_a_place_written_with_the_larger_place_it_lies_in_is_no_site():
    rec = liaison.extract("9月20日，长春市代表团赴天津市滨海新区考察。代表团参观了天津港集团。", published="2023-05-20")
    ins = [e for e in rec["events"] if e["type"] == "inspection"]
    assert [s["zh"] for s in ins[0]["sites"]] == ["天津港集团"]


def test_the_people_a_speech_opens_by_addressing_attend_the_meeting_it_tells():
    got = _events("尊敬的俄亥俄州约翰·米勒州长，尊敬的密苏里州大卫·帕克州长，女士们，先生们：\n"
                  "很高兴出席第五届中美省州长论坛。首先，我对论坛的成功举办表示祝贺！")
    assert got == [("meeting", None, [("大卫·帕克", "attendee"), ("约翰·米勒", "attendee")])]
    got = _events("Governor John Miller of Ohio, Governor David King of Missouri, Ladies and gentlemen, Dear friends,\n"
                  "It gives me great pleasure to attend the fifth China-US Governors Forum in Beijing.")
    assert got == [("meeting", None, [("David King", "attendee"), ("John Miller", "attendee")])]


def test_people_named_in_an_opening_line_that_addresses_no_one_attend_nothing():
    got = _events("俄亥俄州约翰·米勒州长和密苏里州大卫·金州长发来贺信。\n很高兴出席第五届中美省州长论坛。")
    assert all(ps == [] for t, _d, ps in got if t == "meeting")


def test_a_visitor_holding_talks_with_a_host_where_the_host_is_at_home_is_one_meeting():
    got = _events("Lao Cai Chairman Nguyen Van Hung held talks with Yunnan Vice Governor Li Wen in Kunming on May 9.")
    assert got == [("meeting", "2023-05-09", [("Li Wen", "host"), ("Nguyen Van Hung", "attendee")])]


def test_a_two_letter_initial_of_a_mongolian_name_ends_no_sentence():
    got = _events("Governor of Dornogovi Province Ch. Batbold met with Erenhot Mayor Zhang Li on May 9.")
    assert [(t, sorted(n for n, _r in ps)) for t, _d, ps in got] == [("meeting", ["Ch. Batbold", "Zhang Li"])]


def test_courtesy_calls_told_day_by_day_in_one_sentence_each_call_on_their_own_host():
    got = _events("湖南省省长王明5月8日至12日率团访问日本，8日拜会埼玉县知事大野俊，10日拜会群马县知事山本健。")
    meetings = [(d, ps) for t, d, ps in got if t == "meeting"]
    assert meetings == [("2023-05-08", [("大野俊", "host"), ("王明", "attendee")]),
                        ("2023-05-10", [("山本健", "host"), ("王明", "attendee")])]
    rec = liaison.extract("湖南省省长王明5月8日至12日率团访问日本，8日拜会埼玉县知事大野俊，10日拜会群马县知事山本健。",
                          published="2023-05-20")
    assert [sorted(p["name"]["zh"] for p in e["parties"]) for e in rec["events"] if e["type"] == "meeting"] == [
        ["埼玉县", "湖南省"], ["湖南省", "群马县"]]


def test_those_led_on_a_trip_go_on_as_subjects_of_the_next_clause():
    got = _events("5月8日，湖南省副省长王明率省商务厅厅长李强、省农业厅厅长赵刚前往吉林省，分别参加了农业论坛和投资洽谈会。")
    assert [t for t, _d, _p in got][:1] == ["visit"]
    assert any(("李强", "attendee") in ps for t, _d, ps in got if t == "meeting")


def test_a_meeting_between_the_provinces_is_part_of_the_trip_to_a_city_inside_one():
    rec = liaison.extract("Jilin Governor Han Ming met with a delegation from Primorsky Krai led by Governor Oleg "
                          "Petrov in Changchun on May 9.", published="2023-05-20")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert visit["destination"]["name"]["en"] == "Changchun"
    assert meeting.get("part_of") == visit["id"]


def _agreements(text):
    rec = liaison.extract(text, published="2023-05-20")
    return [(e["date"]["start"], sorted(p["name"]["en"] for p in e["parties"]))
            for e in rec["events"] if e["type"] == "agreement"]


def test_two_places_becoming_sister_cities_on_a_day_is_a_signing():
    assert _agreements("5月9日，长春市与韩国春川市正式结为友好城市。") == [("2023-05-09", ["Changchun", "Chuncheon"])]
    assert _agreements("On May 9, Changchun and Gangwon Province of South Korea became sister cities.") == [
        ("2023-05-09", ["Changchun", "Gangwon"])]
    # sister cities since a year named in passing: background
    assert _agreements("Changchun and Gangwon Province of South Korea became sister cities in 1994.") == []


def test_exchanging_the_signed_texts_is_a_signing():
    assert _agreements("5月9日，吉林省党政代表团赴天津市考察。双方互换了合作文本。") == [
        ("2023-05-09", ["Jilin", "Tianjin"])]


def test_a_symposium_referred_to_on_a_trip_where_the_two_sides_sign_is_a_meeting():
    got = _events("5月9日，吉林省党政代表团赴天津市考察。座谈会上，双方签署了合作协议。")
    assert [t for t, _d, _p in got] == ["visit", "meeting", "agreement"]


def test_an_english_article_loads_no_chinese_language_module():
    # (the speech salutation check reads each line with its own language's module: start-up stays English-only)
    import subprocess
    import sys

    probe = ("import sys, liaison\n"
             "liaison.extract('Governor Li Ming of Jilin Province visited Tianjin and met Mayor Zhang Gong.',"
             " published='2023-11-08')\n"
             "print('liaison.lang.zh' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_name_in_letters_before_a_chinese_title_in_a_chinese_sentence():
    rec = liaison.extract("5月9日，美国俄亥俄州Mike Dolan州长率团访问湖北省武汉市。", published="2023-05-20")
    pos = {p["name"]["en"]: [(x["role"], x["region"]["name"]["en"]) for x in p["positions"]] for p in rec["people"]}
    assert pos == {"Mike Dolan": [("head", "Ohio")]}
    got = _events("5月9日，Mike Dolan州长率俄亥俄州代表团访问湖北省武汉市。")
    assert got == [("visit", "2023-05-09", [("Mike Dolan", "leader")])]


def test_a_welcome_at_the_airport_hosts_the_trip_and_is_no_meeting():
    got = _events("On May 9, a delegation from Primorsky Krai arrived in Changchun and was greeted at the airport by "
                  "Vice Mayor Li Wen.")
    assert got == [("visit", "2023-05-09", [("Li Wen", "host")])]
    # greeted in the city: a reception still
    got = _events("On May 9, Vice Mayor Li Wen greeted a delegation from Primorsky Krai in Changchun.")
    assert "meeting" in [t for t, _d, _p in got]


def test_an_official_accompanying_the_visitors_on_a_tour_hosts_the_tour():
    got = _events("On May 9, a delegation from Primorsky Krai visited Changchun. Vice Mayor Li Wen accompanied the "
                  "delegation on a tour of FAW Group.")
    assert got == [("visit", "2023-05-09", []), ("inspection", None, [("Li Wen", "host")])]
