"""Mixed-language pages, round 8 (issue 12): English sentences of a machine-translated Chinese page whose verb
stayed in Chinese, numeric dates inside English, several named documents in one English sentence.

Every sentence here is written for this file (made-up names and events).
"""
from __future__ import annotations

import liaison


from liaison.testing import events_of as _events, extract_named as _rec, party_names as _parties


def _zh(r):
    return r["name"]["zh"] if r else None


# ------------------------------------------------------------ a verb left in Chinese inside an English sentence
def test_an_english_sentence_whose_signing_verb_is_chinese_tells_the_signing():
    rec, _ = _rec("On June 8, Hunan Province 与 Vientiane 签署了友好合作协议。")
    agreements = _events(rec, "agreement")
    assert len(agreements) == 1
    assert _parties(agreements[0]) == ["万象市", "湖南省"]
    assert agreements[0]["date"]["start"] == "2023-06-08"


def test_an_english_sentence_whose_reception_verb_is_chinese_tells_the_meeting():
    rec, names = _rec("On June 5, Governor of Jiangxi Province Hu Lifeng 会见了 Chiang Mai delegation led by "
                      "Mayor Somchai.")
    meetings = _events(rec, "meeting")
    assert len(meetings) == 1
    assert "江西省" in _parties(meetings[0])
    assert ("Hu Lifeng", "host") in [(names[p["person"]], p["role"]) for p in meetings[0]["participants"]]


def test_a_signing_told_in_chinese_and_again_in_a_translation_keeping_the_verb_is_one_event():
    rec, _ = _rec("6月8日,湖南省与老挝万象市签署了《友好合作协议》。\n"
                  "On June 8, Hunan Province and Vientiane of Laos 签署了 the Friendship Cooperation Agreement.")
    assert len(_events(rec, "agreement")) == 1


def test_a_sentence_the_parse_reads_is_not_read_twice():
    rec, _ = _rec("湖南省代表团 visited Vientiane and 签署了《湖南省与万象市友好合作协议》。")
    assert len(_events(rec, "agreement")) == 1


# ------------------------------------------------------------ numeric dates, year first
def test_a_dotted_date_in_an_english_sentence_dates_the_signing():
    rec, _ = _rec("On 2023.5.17, Hunan and Vientiane signed a memorandum of cooperation.")
    agreements = _events(rec, "agreement")
    assert agreements and agreements[0]["date"]["start"] == "2023-05-17"


def test_a_slashed_date_at_the_end_of_a_sentence_dates_the_meeting():
    rec, _ = _rec("Governor Mao Weiming met the Vientiane delegation led by Mayor Somsak in Changsha on 2023/5/18.")
    meetings = _events(rec, "meeting")
    assert meetings and meetings[0]["date"]["start"] == "2023-05-18"


def test_a_page_stamp_or_a_path_is_no_date():
    from liaison.stages.dates import find_dates

    assert find_dates("[2022.03.14] 发表", None) == []
    assert find_dates("see https://example.org/2022/03/14/story.html", None) == []
    assert find_dates("version 2022.3.14.2 of the tool", None) == []


# ------------------------------------------------------------ several named documents in one English sentence
def _titles(rec):
    return sorted((e["title"] or {}).get("en") or (e["title"] or {}).get("zh") or "" for e in _events(rec, "agreement"))


def test_documents_named_in_brackets_are_each_a_signing():
    rec, _ = _rec("On May 9, Hunan and Vientiane signed the 《Friendship Agreement》, 《Memorandum on Tourism "
                  "Cooperation》 and 《Agreement on Education Exchange》.")
    assert _titles(rec) == ["Agreement on Education Exchange", "Friendship Agreement",
                            "Memorandum on Tourism Cooperation"]


def test_capitalised_titles_in_a_list_are_each_a_signing():
    rec, _ = _rec("On May 9, Hunan and Vientiane signed the Friendship Agreement, the Memorandum on Tourism "
                  "Cooperation and the Agreement on Education Exchange.")
    assert len(_events(rec, "agreement")) == 3


def test_documents_listed_after_a_colon():
    rec, _ = _rec("On May 9, Hunan and Vientiane signed three documents: the Friendship Agreement, the Memorandum "
                  "on Tourism Cooperation and the Agreement on Education Exchange.")
    assert len(_events(rec, "agreement")) == 3


def test_documents_listed_on_the_lines_below_the_signing():
    rec, _ = _rec("On May 9, Hunan and Vientiane signed the following documents:\n1. Friendship Agreement\n"
                  "2. Memorandum on Tourism Cooperation\nThe delegation then left.")
    assert _titles(rec) == ["Friendship Agreement", "Memorandum on Tourism Cooperation"]


def test_chinese_titles_in_brackets_inside_an_english_sentence():
    rec, _ = _rec("On May 9, Hunan and Vientiane signed the 《友好合作协议》 and the 《旅游合作备忘录》 in Changsha.")
    agreements = _events(rec, "agreement")
    assert sorted(e["title"]["zh"] for e in agreements) == sorted(["旅游合作备忘录", "友好合作协议"])


def test_one_title_with_and_inside_stays_one_signing():
    rec, _ = _rec("On May 9, Hunan and Vientiane signed the Agreement on Trade and Investment.")
    assert len(_events(rec, "agreement")) == 1


def test_an_unnamed_batch_of_agreements_on_several_fields_is_one_signing():
    rec, _ = _rec("On May 9, Hunan and Vientiane signed agreements on trade, tourism and education.")
    assert len(_events(rec, "agreement")) == 1


# ------------------------------------------------------------ a Chinese sentence whose verb is English
def test_a_chinese_sentence_whose_reception_verb_is_english_tells_the_meeting():
    rec, names = _rec("5月20日，湖南省省长毛伟明 met with 万象市市长宋萨 in Changsha.")
    meetings = _events(rec, "meeting")
    assert len(meetings) == 1
    assert _parties(meetings[0]) == ["万象市", "湖南省"]
    assert ("毛伟明", "host") in [(names[p["person"]], p["role"]) for p in meetings[0]["participants"]]


def test_a_chinese_sentence_whose_signing_verb_is_english_tells_the_signing():
    rec, _ = _rec("5月20日，湖南省外事办主任 and 万象市副市长 signed the friendship agreement.")
    agreements = _events(rec, "agreement")
    assert len(agreements) == 1 and _parties(agreements[0]) == ["万象市", "湖南省"]


# ------------------------------------------------------------ a Chinese name beside an English title
def _positions(rec):
    return {p["name"]["zh"]: [(q["role"], (q.get("region") or {}).get("code")) for q in p["positions"]]
            for p in rec["people"]}


def test_a_chinese_name_after_an_english_title_is_a_person_with_that_title():
    rec, _ = _rec("On May 21, Vice Governor of Jiangxi Province 胡强 met the delegation from Chiang Mai.")
    assert _positions(rec).get("胡强") == [("deputy_head", "360000")]


def test_a_chinese_name_before_an_english_title_takes_it():
    rec, _ = _rec("On May 21, the Chiang Mai delegation met 胡立峰, Governor of Jiangxi Province.")
    assert _positions(rec).get("胡立峰") == [("head", "360000")]


def test_two_chinese_names_after_english_titles():
    rec, _ = _rec("On May 21, Jiangxi Governor 胡立峰 and Vice Governor 胡强 met the delegation from Chiang Mai.")
    pos = _positions(rec)
    assert pos.get("胡立峰") == [("head", "360000")] and pos.get("胡强") == [("deputy_head", "360000")]


# ------------------------------------------------------------ witnesses told with a noun
def _roles(rec, e):
    names = {p["id"]: p["name"]["zh"] or p["name"]["en"] for p in rec["people"]}
    return sorted((names[p["person"]], p["role"]) for p in e["participants"])


def test_in_the_presence_of_names_a_witness_and_no_side():
    rec, _ = _rec("On May 10, in the presence of Governor Mao Weiming, Changsha and Vientiane signed a memorandum "
                  "of cooperation.")
    agreements = _events(rec, "agreement")
    assert len(agreements) == 1
    assert _roles(rec, agreements[0]) == [("Mao Weiming", "witness")]
    assert _parties(agreements[0]) == ["万象市", "长沙市"]


def test_under_the_witness_of_two_people():
    rec, _ = _rec("On May 10, under the witness of Governor Mao Weiming and Mayor Somsak, Changsha and Vientiane "
                  "signed a memorandum of cooperation.")
    agreements = _events(rec, "agreement")
    assert agreements and _roles(rec, agreements[0]) == [("Mao Weiming", "witness"), ("Somsak", "witness")]


def test_the_witness_before_a_list_of_signers_signs_nothing():
    rec, _ = _rec("On May 10, witnessed by Governor Mao Weiming, Changsha Mayor Wu Guiying and Vientiane Mayor "
                  "Somsak signed a memorandum of cooperation.")
    agreements = _events(rec, "agreement")
    assert agreements and _roles(rec, agreements[0]) == [("Mao Weiming", "witness"), ("Somsak", "signatory"),
                                                         ("Wu Guiying", "signatory")]


def test_a_witness_after_the_signing():
    rec, _ = _rec("On May 10, Changsha Mayor Wu Guiying and Vientiane Mayor Somsak signed a memorandum of "
                  "cooperation in the presence of Governor Mao Weiming.")
    agreements = _events(rec, "agreement")
    assert agreements and ("Mao Weiming", "witness") in _roles(rec, agreements[0])
    assert ("Mao Weiming", "signatory") not in _roles(rec, agreements[0])


# ------------------------------------------------------------ Chinese signing sentences: listed below, English nouns
def test_documents_listed_on_the_lines_below_a_chinese_signing():
    rec, _ = _rec("5月22日,湖南省与万象市签署了以下文件:\n1.《友好合作协议》\n2.《旅游合作备忘录》\n代表团随后离开。")
    agreements = _events(rec, "agreement")
    assert sorted(e["title"]["zh"] for e in agreements) == sorted(["友好合作协议", "旅游合作备忘录"])
    assert all(_parties(e) == ["万象市", "湖南省"] for e in agreements)


def test_a_chinese_signing_of_an_english_named_document():
    rec, _ = _rec("5月22日,湖南省与万象市签署了 the Memorandum on Tourism Cooperation.")
    agreements = _events(rec, "agreement")
    assert len(agreements) == 1 and agreements[0]["title"]["en"] == "Memorandum on Tourism Cooperation"


def test_a_chinese_signing_of_two_english_documents_is_two_signings():
    rec, _ = _rec("5月22日,湖南省与万象市签署了 the Friendship Agreement and the Memorandum on Tourism Cooperation.")
    assert len(_events(rec, "agreement")) == 2


def test_a_signing_long_past_named_by_mou_in_chinese_is_no_signing():
    rec, _ = _rec("甲县与乙市自2019年签署MOU后,交流不断。")
    assert _events(rec, "agreement") == []


# ------------------------------------------------------------ envoys posted in China travel (Chinese)
def test_diplomats_beginning_a_visit_in_chinese():
    rec, _ = _rec("5月23日，25名外国外交官开始访问江西。")
    visits = _events(rec, "visit")
    assert len(visits) == 1
    assert visits[0]["origin"] is None and _zh(visits[0]["destination"]) == "江西省"


def test_consuls_posted_in_a_city_do_not_come_from_it():
    rec, _ = _rec("5月23日，多国驻广州总领事赴江西访问。")
    visits = _events(rec, "visit")
    assert visits and visits[0]["origin"] is None and _zh(visits[0]["destination"]) == "江西省"


def test_a_delegation_visit_is_unchanged_by_the_envoy_words():
    rec, _ = _rec("5月23日，湖南省代表团开始访问江西。")
    visits = _events(rec, "visit")
    assert visits and _zh(visits[0]["origin"]) == "湖南省"


# ------------------------------------------------------------ a Chinese title and name inside an English clause
def _meeting_roles(rec):
    meetings = _events(rec, "meeting")
    return _roles(rec, meetings[0]) if meetings else []


def test_two_chinese_titles_with_names_after_met_with_are_both_hosts():
    rec, _ = _rec("On May 24, the Chiang Mai delegation met with 吉林省副省长安立武 and 长春市市长王联春 in Changchun.")
    assert _meeting_roles(rec) == sorted([("安立武", "host"), ("王联春", "host")])


def test_two_chinese_titles_with_names_as_subjects_are_both_hosts():
    rec, _ = _rec("On May 24, 吉林省委书记金守海, 省长胡玉山 met with the Chiang Mai delegation.")
    assert _meeting_roles(rec) == sorted([("胡玉山", "host"), ("金守海", "host")])


def test_a_chinese_name_ending_an_english_sentence_after_its_title():
    rec, _ = _rec("The delegation was received by Jiangxi Governor 叶建春 and Nanchang Mayor 万广明.")
    assert _positions(rec).get("万广明") == [("head", "360100")]


# ------------------------------------------------------------ dates as machine translation writes them
def _dates(text, published="2023-07-01"):
    import datetime as dt

    from liaison.stages.dates import find_dates

    return [s.value for s in find_dates(text, dt.date.fromisoformat(published))]


def test_the_day_of_the_month_written_first():
    assert _dates("On the 14th of June, the two sides met in Changsha.") == [("2023-06-14", "2023-06-14")]


def test_a_month_and_day_written_together():
    assert _dates("On Jun.14, the two sides met.") == [("2023-06-14", "2023-06-14")]
    assert _dates("On June14, the two sides met.") == [("2023-06-14", "2023-06-14")]


def test_the_morning_of_a_day_without_the():
    assert _dates("The delegation arrived on June 13. In the morning of 14th, the two sides met.")[-1] == \
        ("2023-06-14", "2023-06-14")


def test_a_word_ending_in_a_month_name_before_a_number_is_no_date():
    assert _dates("See Summary5 of the report.") == []


# ------------------------------------------------------------ a Latin name after a Chinese title
def _people(rec):
    return {p["name"]["en"]: [(q["role"], ((q.get("region") or {}).get("name") or {}).get("en")) for q in p["positions"]]
            for p in rec["people"]}


def test_a_latin_name_after_a_chinese_title_is_a_person_with_that_title():
    rec, names = _rec("5月25日，广东省省长王国华会见了美国加州州长Gary Dolan一行。")
    assert _people(rec).get("Gary Dolan") == [("head", "California")]
    meetings = _events(rec, "meeting")
    assert meetings and ("Gary Dolan", "attendee") in _roles(rec, meetings[0])


def test_a_single_latin_name_closing_a_chinese_sentence():
    rec, _ = _rec("5月25日，广东省省长王国华会见了Vientiane市长Somsak。")
    assert _people(rec).get("Somsak") == [("head", "Vientiane")]


def test_a_latin_name_leading_a_delegation_after_a_chinese_title():
    rec, _ = _rec("5月25日，加州州长Gary Dolan率代表团访问广东省。")
    visits = _events(rec, "visit")
    assert visits and ("Gary Dolan", "leader") in _roles(rec, visits[0])
