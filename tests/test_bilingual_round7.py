"""Bilingual pages, round 7 (issue 12): a Chinese page with its English version, or the other way round, where
the two languages tell several signings, visits and meetings.

Every sentence here is written for this file (made-up names and events).
"""
from __future__ import annotations

from liaison.testing import events_of as _events, extract_named as _rec


def _titles(rec):
    return sorted((e["title"] or {}).get("en") or (e["title"] or {}).get("zh") or "-" for e in _events(rec, "agreement"))


# ------------------------------------------------------------ several documents in the translation, one batch in the original
def test_documents_the_translation_names_one_by_one_stay_apart_from_the_originals_batch():
    rec, _ = _rec("3月8日,宁波市与德国汉堡市签署了教育、旅游和港口合作协议。\n"
                  "On March 8, Ningbo and Hamburg of Germany signed the Memorandum on Education Cooperation, the "
                  "Agreement on Tourism Cooperation and the Letter of Intent on Port Cooperation.")
    assert _titles(rec) == ["Agreement on Tourism Cooperation", "Letter of Intent on Port Cooperation",
                            "Memorandum on Education Cooperation"]


def test_named_documents_of_a_translation_whose_place_names_differ_stay_apart():
    # (the original writes the foreign city in characters the gazetteer lacks: no twin by sides, the paragraph pair)
    rec, _ = _rec("3月8日,宁波市与德国亚琛市签署了教育、旅游和港口合作协议。\n"
                  "On March 8, Ningbo and Aachen of Germany signed the Memorandum on Education Cooperation, the "
                  "Agreement on Tourism Cooperation and the Letter of Intent on Port Cooperation.")
    assert len(_events(rec, "agreement")) == 3


def test_one_document_told_in_both_languages_is_still_one_signing():
    rec, _ = _rec("3月8日,宁波市与德国汉堡市签署了《港口合作意向书》。\n"
                  "On March 8, Ningbo and Hamburg of Germany signed the Letter of Intent on Port Cooperation.")
    assert len(_events(rec, "agreement")) == 1


# ------------------------------------------------------------ documents described, not named, in one English list
def test_documents_described_in_a_list_are_each_a_signing():
    rec, _ = _rec("On March 8, Ningbo and Hamburg of Germany signed a memorandum on education cooperation, an "
                  "agreement on tourism cooperation and a letter of intent on port cooperation.")
    assert len(_events(rec, "agreement")) == 3


def test_a_document_named_inside_another_ones_description_is_no_signing_of_its_own():
    rec, _ = _rec("On March 8, Ningbo and Hamburg of Germany signed a memorandum on carrying out the agreement "
                  "on port cooperation.")
    assert len(_events(rec, "agreement")) == 1


# ------------------------------------------------------------ meetings between mayors held at a distance
def test_a_teleconference_between_two_mayors_is_a_meeting():
    rec, _ = _rec("On May 6, Mayor of Wuxi Zhao Ping and Mayor of Osaka Taro Sato held a teleconference.")
    assert len(_events(rec, "meeting")) == 1


def test_a_video_call_told_in_chinese_is_a_meeting():
    rec, _ = _rec("5月6日,无锡市市长赵平与日本大阪市市长佐藤太郎进行视频通话。")
    meetings = _events(rec, "meeting")
    assert len(meetings) == 1 and meetings[0]["date"]["start"] == "2023-05-06"


def test_a_phone_call_told_in_chinese_is_a_meeting():
    rec, _ = _rec("5月6日,无锡市市长赵平与日本大阪市市长佐藤太郎通电话。")
    assert len(_events(rec, "meeting")) == 1


# ------------------------------------------------------------ an official's own trip, told with 访问 and no 率 / 一行
def test_an_official_visiting_a_country_is_a_visit():
    rec, names = _rec("5月6日,吉林省省长李明访问日本。")
    visits = _events(rec, "visit")
    assert len(visits) == 1
    assert (visits[0]["origin"]["name"]["zh"], visits[0]["destination"]["name"]["zh"]) == ("吉林省", "日本")
    assert visits[0]["date"]["start"] == "2023-05-06"


def test_a_foreign_governor_visiting_a_province_is_a_visit():
    rec, _ = _rec("5月6日,美国加州州长布朗访问吉林省。")
    visits = _events(rec, "visit")
    assert len(visits) == 1 and visits[0]["destination"]["name"]["zh"] == "吉林省"


def test_a_meeting_during_an_officials_visit_keeps_the_trip():
    rec, names = _rec("5月6日,吉林省省长李明访问美国加州期间,会见了加州州长布朗。")
    assert len(_events(rec, "visit")) == 1
    meeting = _events(rec, "meeting")[0]
    assert ("布朗", "host") in [(names[p["person"]], p["role"]) for p in meeting["participants"]]


# ------------------------------------------------------------ a weekday beside the date it names
def test_a_weekday_followed_by_its_date_dates_the_meeting_by_the_date():
    rec, _ = _rec("Governor of Yunnan Wang Ning met with Mayor of Vientiane Somsak in Kunming on Tuesday, May 2, 2023.",
                  published="2023-06-20")
    assert _events(rec, "meeting")[0]["date"]["start"] == "2023-05-02"


def test_a_weekday_with_its_date_in_brackets_dates_the_meeting_by_the_date():
    rec, _ = _rec("Governor of Yunnan Wang Ning met with Mayor of Vientiane Somsak in Kunming on Tuesday (May 2).",
                  published="2023-06-20")
    assert _events(rec, "meeting")[0]["date"]["start"] == "2023-05-02"


def test_a_weekday_alone_still_counts_back_from_the_publication():
    rec, _ = _rec("Governor of Yunnan Wang Ning met with Mayor of Vientiane Somsak in Kunming on Tuesday.",
                  published="2023-06-22")
    assert _events(rec, "meeting")[0]["date"]["start"] == "2023-06-20"


# ------------------------------------------------------------ sister-city anniversaries and talks between two cities
def test_an_anniversary_celebration_of_two_cities_is_a_meeting():
    rec, _ = _rec("5月6日,无锡市市长赵平与日本大阪市市长佐藤太郎共同出席结好20周年庆祝活动并致辞。")
    meetings = _events(rec, "meeting")
    assert len(meetings) == 1 and len(meetings[0]["parties"]) == 2


def test_an_opening_ceremony_both_mayors_attend_is_a_meeting():
    rec, _ = _rec("On May 6, Mayor of Wuxi Zhao Ping and Mayor of Osaka Taro Sato attended the opening ceremony of "
                  "the Osaka Week and delivered speeches.")
    assert len(_events(rec, "meeting")) == 1


def test_consultations_between_two_regions_are_a_meeting():
    rec, _ = _rec("5月6日,湖北省与加拿大安大略省在武汉举行会商。")
    assert len(_events(rec, "meeting")) == 1


# ------------------------------------------------------------ a city abroad named in both scripts, its country never
def test_a_city_named_in_both_scripts_is_a_side_of_the_signing():
    rec, _ = _rec("5月6日,苏州市与格勒诺布尔签署了合作协议。\nOn May 6, Suzhou and Grenoble signed a cooperation agreement.")
    agreements = _events(rec, "agreement")
    assert len(agreements) == 1
    assert sorted(r["name"]["en"] for r in agreements[0]["parties"]) == ["Grenoble", "Suzhou"]


def test_a_city_named_in_one_script_only_still_needs_its_country():
    from liaison import extract_doc

    doc = extract_doc("5月6日,苏州市与格勒诺布尔签署了合作协议,双方将在教育和旅游领域开展交流。")
    assert [getattr(s.value, "en", None) for s in doc.layer("regions")] == ["Suzhou"]


# ------------------------------------------------------------ national offices named in English
def _offices(rec, name):
    person = next(p for p in rec["people"] if p["name"]["en"] == name)
    return [(x["role"], x["org_kind"], (x["region"] or {}).get("code")) for x in person["positions"]]


def test_the_chinese_premier_heads_the_national_government():
    rec, _ = _rec("On May 6, Chinese Premier Li Qiang met with Governor of California Gavin Newsom in Beijing.")
    assert _offices(rec, "Li Qiang") == [("head", "government", "CN")]


def test_a_provinces_premier_stays_the_provinces():
    rec, _ = _rec("On May 6, Premier of Ontario Doug Ford met with Governor of Jilin Li Ming in Toronto.")
    assert [x[:2] for x in _offices(rec, "Doug Ford")] == [("head", "government")]
    person = next(p for p in rec["people"] if p["name"]["en"] == "Doug Ford")
    assert person["positions"][0]["region"]["name"]["en"] == "Ontario"


def test_the_head_of_a_council_for_the_promotion_of_trade_heads_an_institution():
    rec, _ = _rec("On May 6, Governor of Jilin Li Ming met with Chairman of the China Council for the Promotion "
                  "of International Trade Ren Hongbin and Mayor of Osaka Taro Sato.")
    assert _offices(rec, "Ren Hongbin") == [("head", "institution", "CN")]


# ------------------------------------------------------------ "Visiting X met Y" at the head of the sentence
def test_a_visiting_official_opening_the_sentence_is_the_guest_on_a_trip():
    rec, names = _rec("Visiting Governor of Yunnan Wang Ning met with Thai Prime Minister Prayut Chan-o-cha in Bangkok "
                      "on May 2, 2023.")
    visits = _events(rec, "visit")
    assert len(visits) == 1 and visits[0]["origin"]["name"]["en"] == "Yunnan"
    meeting = _events(rec, "meeting")[0]
    assert sorted((names[p["person"]], p["role"]) for p in meeting["participants"]) == [
        ("Prayut Chan-o-cha", "host"), ("Wang Ning", "attendee")]


# ------------------------------------------------------------ a guest named in Latin letters inside a Chinese sentence
def test_a_delegation_received_whose_leader_is_named_in_latin_letters_came_from_his_city():
    rec, names = _rec("5月6日,沈阳市市长王明远会见了日本札幌市市长Ichiro Akimoto一行。")
    visits = _events(rec, "visit")
    assert len(visits) == 1
    assert (visits[0]["origin"]["name"]["en"], visits[0]["destination"]["name"]["en"]) == ("Sapporo", "Shenyang")
    assert [(names[p["person"]], p["role"]) for p in visits[0]["participants"]] == [("Ichiro Akimoto", "leader")]


def test_a_region_far_before_the_delegation_word_is_still_not_its_origin():
    rec, _ = _rec("5月6日,沈阳市市长王明远在市政府会见了来自多个国家和地区的企业家和留学生代表一行。")
    assert _events(rec, "visit") == []


# ------------------------------------------------------------ a named official touring abroad, no 一行 or 代表团
def test_a_foreign_mayor_touring_a_city_is_on_a_trip_there():
    rec, _ = _rec("5月6日,日本札幌市市长秋元克广在沈阳市考察了沈阳机床集团。")
    visits = _events(rec, "visit")
    assert len(visits) == 1 and visits[0]["destination"]["name"]["zh"] == "沈阳市"
    assert len(_events(rec, "inspection")) == 1


def test_a_governor_touring_his_own_provinces_capital_makes_no_trip():
    rec, _ = _rec("5月6日,吉林省省长李明在长春市考察了一汽集团。")
    assert _events(rec, "visit") == []
