"""Mixed-language pages, round 7 (issue 12): a Chinese page partly machine-translated into English.

Every sentence here is written for this file. Families:
- places joined by a hyphen in the English ("the Jilin-Zhejiang cooperation symposium", "the China-Laos
  forum", "Chengdu-Perth"): each place a region, the meeting's two sides the ones its name puts before it;
- several signings in one English sentence ("A and B, C and D signed sister-city agreements respectively", "X
  signed agreements with A and B respectively"): one agreement per pair, as the Chinese 分别 reads;
- "a delegation from Perth, Australia visited X" (machine translation leaves out the comma after the country): the
  country the parser takes for the subject is no side, the place before it is;
- Chinese words written against English ones in an English sentence ("甘肃省与河北省signed a framework agreement"):
  the parse cuts them where the script changes and at 与 和 及 同 、, so the clause reads its Chinese sides;
- envoys posted in the country ("30 foreign diplomats from 20 countries started to visit Guizhou"; envoys.tsv):
  a visit with its origin open, kept on a bilingual page although the Chinese rules read no such trip;
- translated titles: "member of the Standing Committee of the X Municipal Party Committee and Minister of the
  Propaganda Department" (市委常委、宣传部部长) heads X's department, not the CPC's;
- dates as machine translation writes 6日下午: "On the afternoon of the 6th", "In the morning of the 13th";
- "Witnessed by X and Y, A and B signed": X and Y witness; the names before a verb whose subject names places
  are no signers;
- a working group's meeting (合作工作组第八次会议在南宁召开; triggers.tsv 工作组会议, 工作组…会议);
- "the two provinces held a symposium in X" during a trip: the trip's two sides, not the venue (as 两省 reads).
"""
from __future__ import annotations

import liaison


from liaison.testing import events_of as _events, extract_named as _rec, party_names as _parties


def _zh(r):
    return r["name"]["zh"] if r else None


def _regions(text):
    doc = liaison.extract_doc(text, published="2023-06-01")
    return [getattr(s.value, "code", None) for s in doc.layer("regions")]


# ------------------------------------------------------------ places joined by a hyphen
def test_two_provinces_joined_by_a_hyphen_are_two_regions():
    assert _regions("Officials reviewed the Hebei-Guizhou partnership in Shijiazhuang.")[:2] == ["130000", "520000"]


def test_a_place_whose_own_name_has_a_hyphen_stays_one():
    # a hyphenated word whose parts are no places is left alone
    assert _regions("Vice Minister-President Lee met the Gansu delegation.") == ["620000"]


def test_a_pair_symposium_held_in_a_city_of_one_side_has_the_two_provinces_as_parties():
    rec, _ = _rec("黔冀两地干部交流。On June 20, the Hebei-Guizhou collaboration symposium was held in Guiyang.")
    meetings = _events(rec, "meeting")
    assert meetings and _parties(meetings[0]) == ["河北省", "贵州省"]


def test_a_pair_named_with_and_before_the_meeting_noun():
    rec, _ = _rec("On June 21, the Hebei and Guizhou collaboration symposium was held in Guiyang.")
    meetings = _events(rec, "meeting")
    assert meetings and _parties(meetings[0]) == ["河北省", "贵州省"]


def test_a_country_pair_forum_held_in_a_city():
    rec, _ = _rec("The China-Cambodia provincial governors' forum took place in Nanning on June 22.")
    meetings = _events(rec, "meeting")
    assert meetings and _parties(meetings[0]) == ["中国", "柬埔寨"]


# ------------------------------------------------------------ several signings in one English sentence
def test_pairs_listed_with_respectively_each_sign_their_own_agreement():
    rec, _ = _rec("On June 12, Yantai and Gimpo of South Korea, Weihai and Kushiro of Japan, and Rizhao and "
                  "Pyeongtaek of South Korea signed friendship city agreements respectively.")
    assert sorted(_parties(e)[0] + "-" + _parties(e)[1] for e in _events(rec, "agreement")) == [
        "Gimpo-烟台市", "Pyeongtaek-日照市", "威海市-钏路市"]


def test_one_side_signing_agreements_with_two_others_respectively():
    rec, _ = _rec("On June 13, Hainan Province signed friendly province agreements with Cebu Province of the "
                  "Philippines and Bali Province of Indonesia respectively.")
    agreements = _events(rec, "agreement")
    assert len(agreements) == 2 and all("海南省" in _parties(e) for e in agreements)


def test_one_agreement_among_three_sides_stays_one():
    rec, _ = _rec("On June 14, Hainan Province signed a tourism agreement with Cebu Province of the Philippines "
                  "and Bali Province of Indonesia.")
    assert len(_events(rec, "agreement")) == 1


# ------------------------------------------------------------ "from Da Nang, Vietnam visited": no comma after the country
def test_a_country_after_a_city_with_no_closing_comma_is_not_the_subject():
    rec, _ = _rec("On June 2, a delegation from Perth, Australia visited Chengdu.")
    visits = _events(rec, "visit")
    assert visits and _zh(visits[0]["origin"]) == "珀斯" and _zh(visits[0]["destination"]) == "成都市"


def test_a_city_comma_country_delegation_on_a_bilingual_page():
    rec, _ = _rec("On June 2, a delegation from Da Nang, Vietnam visited Huzhou.")
    visits = _events(rec, "visit")
    assert [(_zh(v["origin"]), _zh(v["destination"])) for v in visits] == [("岘港市", "湖州市")]


# ------------------------------------------------------------ Chinese words written against English ones
def test_a_chinese_delegation_written_into_an_english_clause_visits():
    rec, _ = _rec("6月15日，甘肃省党政代表团visited Hebei Province，双方held talks。")
    visits = _events(rec, "visit")
    assert [(_zh(v["origin"]), _zh(v["destination"])) for v in visits] == [("甘肃省", "河北省")]


def test_two_chinese_sides_joined_by_yu_sign_in_an_english_clause():
    rec, _ = _rec("6月16日，甘肃省与河北省signed a framework agreement on counterpart cooperation。")
    agreements = _events(rec, "agreement")
    assert agreements and _parties(agreements[0]) == ["河北省", "甘肃省"]


def test_the_parse_keeps_the_sentence_characters_and_offsets():
    from liaison import models

    text = "6月16日，甘肃省与河北省signed a framework agreement。"
    sp = models.spacy_parse([text])[0]
    assert sp.text == text
    assert [t.text for t in sp if t.idx == text.index("signed")] == ["signed"]
    assert "河北省" in [t.text for t in sp]


# ------------------------------------------------------------ envoys posted in the country travel
def test_foreign_diplomats_visiting_a_province_is_a_visit_with_its_origin_open():
    rec, _ = _rec("A total of 30 foreign diplomats from 20 countries on Monday started to visit southwest China's "
                  "Guizhou Province, said the provincial foreign affairs office.")
    visits = _events(rec, "visit")
    assert [(v["origin"], _zh(v["destination"])) for v in visits] == [(None, "贵州省")]


def test_envoys_on_a_bilingual_page_keep_their_trip_when_the_chinese_tells_it_too():
    rec, _ = _rec("来自20个国家的30名外国外交官周一开始访问贵州省。\n"
                  "A total of 30 foreign diplomats from 20 countries on Monday started to visit Guizhou Province.")
    assert [_zh(v["destination"]) for v in _events(rec, "visit")] == ["贵州省"]


def test_a_delegation_with_no_origin_and_no_one_named_still_tells_no_trip():
    rec, _ = _rec("On June 5, a delegation visited Guizhou Province.")
    assert _events(rec, "visit") == []


# ------------------------------------------------------------ translated titles
def _offices(rec, name):
    p = next(p for p in rec["people"] if p["name"]["en"] == name)
    return [(q["role"], q["org_kind"], _zh(q["region"])) for q in p["positions"]]


def test_a_department_named_after_a_local_party_committee_is_that_committees():
    rec, _ = _rec("Zhou Ping, member of the Standing Committee of the Jiaxing Municipal Party Committee and Minister "
                  "of the Propaganda Department, attended the signing.")
    assert _offices(rec, "Zhou Ping") == [("standing_member", "party_committee", "嘉兴市"),
                                          ("head", "party_department", "嘉兴市")]


def test_the_central_publicity_department_stays_national():
    rec, _ = _rec("Zhou Ping, Minister of the Publicity Department of the CPC Central Committee, attended.")
    assert _offices(rec, "Zhou Ping") == [("head", "party_department", "中国")]


# ------------------------------------------------------------ dates as machine translation writes 6日下午
def test_the_afternoon_of_the_sixth_dates_a_signing_inside_the_trip():
    rec, _ = _rec("6月5日至7日，甘肃省代表团在河北考察。On the afternoon of the 6th, Gansu and Hebei signed a "
                  "cooperation agreement.")
    agreements = _events(rec, "agreement")
    assert agreements and agreements[0]["date"]["start"] == "2023-06-06"


def test_in_the_morning_of_the_day_dates_a_meeting():
    rec, _ = _rec("From June 12 to 14, the Gansu delegation visited Hebei. In the morning of the 13th, Gansu and "
                  "Hebei held a symposium on cooperation in Shijiazhuang.")
    meetings = _events(rec, "meeting")
    assert meetings and meetings[0]["date"]["start"] == "2023-06-13"


# ------------------------------------------------------------ witnesses named before places that sign
def test_witnesses_named_before_two_cities_signing_are_no_signatories():
    rec, names = _rec("Witnessed by Zhou Ping and Li Ming, Lanzhou and Almaty signed a memorandum of understanding "
                      "on friendly exchanges on June 19.")
    agreements = _events(rec, "agreement")
    assert agreements and sorted((names[p["person"]], p["role"]) for p in agreements[0]["participants"]) == [
        ("Li Ming", "witness"), ("Zhou Ping", "witness")]


# ------------------------------------------------------------ a working group's meeting (工作组会议)
def test_a_working_group_meeting_between_a_province_and_a_neighbouring_country():
    rec, _ = _rec("6月23日，广西—越南北部四省合作工作组第八次会议在南宁召开。")
    meetings = _events(rec, "meeting")
    assert meetings and _parties(meetings[0]) == ["广西壮族自治区", "越南"]


# ------------------------------------------------------------ "the two provinces" meeting in a city during a trip
def test_the_two_provinces_meeting_in_a_city_of_the_host_have_the_trips_sides():
    rec, _ = _rec("From June 12 to 14, the Gansu delegation visited Hebei. On June 13, the two provinces held a "
                  "cooperation symposium in Shijiazhuang.")
    meetings = _events(rec, "meeting")
    assert meetings and _parties(meetings[0]) == ["河北省", "甘肃省"]
