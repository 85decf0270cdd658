"""Sentences written for round 16 (no corpus text): places abroad written in other characters than the tables'
(拉各斯州 for 拉哥斯州, 本格拉省 for 本吉拉省) or without their type word (坦桑尼亚桑给巴尔); lists of signing places
the parser hangs on the wrong word; the office of a delegation's head; a delegation led to an expo or forum
held elsewhere, in either language, and whom it met there."""
import pytest

import liaison


def _rec(text, published="2025-06-14"):
    return liaison.extract(text, published=published)


def _name(r):
    return None if r is None else (r.get("name") or {}).get("en") or (r.get("name") or {}).get("zh")


def _sides(rec, kind):
    return sorted(sorted(_name(r) for r in e["parties"]) for e in rec["events"] if e["type"] == kind)


def _trips(rec):
    return sorted((_name(e["origin"]), _name(e["destination"])) for e in rec["events"] if e["type"] == "visit")


def _offices(rec):
    return {p["name"]["zh"] or p["name"]["en"]: [(x["role"], _name(x.get("region"))) for x in p["positions"]]
            for p in rec["people"]}


# ---------------------------------------------------------------- places abroad in other characters

@pytest.mark.parametrize("text, place", [
    ("6月13日，岳阳市与尼日利亚拉各斯州签署经贸合作协议。", "Lagos"),  # the tables write 拉哥斯州
    ("6月13日，株洲市与安哥拉本格拉省签署友好合作备忘录。", "Benguela"),  # the tables write 本吉拉省
    ("6月13日，湘潭市与坦桑尼亚桑给巴尔签署友好合作备忘录。", "Zanzibar"),  # the tables write 桑给巴尔市
])
def test_a_place_abroad_written_as_it_sounds_is_the_tables_place(text, place):
    rec = _rec(text)
    [sides] = _sides(rec, "agreement")
    assert place in sides
    assert not rec["people"]  # (巴尔 of 桑给巴尔 is no one)


def test_a_sound_alike_needs_its_country_before_it():
    rec = _rec("6月13日，岳阳市与拉各斯州签署经贸合作协议。")  # no country named: nothing to compare with
    assert all("Lagos" not in s for s in _sides(rec, "agreement"))


# ---------------------------------------------------------------- English lists of signing places

def test_a_list_of_places_the_parser_hangs_on_the_last_one_signs_as_a_list():
    rec = _rec("On June 13, Hunan Province and Zanzibar of Tanzania signed a memorandum of friendly cooperation; "
               "Yueyang City and Lagos State of Nigeria signed an economic and trade cooperation agreement; Zhuzhou "
               "City and Blantyre City of Malawi signed a letter of intent on friendly city relations.")
    assert _sides(rec, "agreement") == [["Blantyre", "Zhuzhou"], ["Hunan", "Zanzibar"], ["Lagos", "Yueyang"]]


def test_the_signers_after_an_opening_phrase_are_the_subject():
    rec = _rec("On June 13, the expo opened. While in Changsha, Nanchang City and Zanzibar of Tanzania signed a "
               "letter of intent on establishing friendly city relations, and Ganzhou City and Blantyre City of "
               "Malawi signed a memorandum on economic and trade cooperation.")
    assert _sides(rec, "agreement") == [["Blantyre", "Ganzhou"], ["Nanchang", "Zanzibar"]]


# ---------------------------------------------------------------- the office of a delegation's head

@pytest.mark.parametrize("text", [
    "6月13日，湖南省委书记王明在长沙会见了江西省代表团团长、副省长刘洋一行。",
    "6月13日，湖南省委书记王明在长沙会见了以副省长刘洋为团长的江西省代表团。",
])
def test_a_bare_office_of_a_delegations_head_is_held_in_the_delegations_region(text):
    rec = _rec(text)
    assert _offices(rec)["刘洋"] == [("deputy_head", "Jiangxi")]
    assert _trips(rec) == [("Jiangxi", "Changsha")]


def test_a_bare_office_beside_the_hosts_stays_the_hosts():
    rec = _rec("6月13日，湖南省委书记王明在长沙会见了江西省代表团团长、副省长刘洋一行。湖南省副省长李明参加会见。")
    assert _offices(rec)["李明"] == [("deputy_head", "Hunan")]


# ---------------------------------------------------------------- a delegation led to an event held elsewhere

@pytest.mark.parametrize("text", [
    "6月13日，江西省副省长刘洋率团参加在长沙举办的第四届中非经贸博览会。",
    "6月13日，第四届中非经贸博览会在湖南省长沙市开幕。江西省副省长刘洋率江西省代表团参会。",
    "On June 13, Vice Governor Liu Yang of Jiangxi Province led a Jiangxi delegation to the 4th China-Africa "
    "Economic and Trade Expo held in Changsha, Hunan Province.",
    "On June 13, the 4th China-Africa Economic and Trade Expo opened in Changsha, Hunan Province. Vice Governor "
    "Liu Yang of Jiangxi led a delegation from Jiangxi to attend the expo.",
])
def test_a_delegation_led_to_an_expo_goes_where_it_is_held(text):
    assert _trips(_rec(text)) == [("Jiangxi", "Changsha")]


@pytest.mark.parametrize("text", [
    "The Canton Fair opened in Guangzhou on April 15.",
    "4月15日，第一百三十七届广交会在广州开幕。",
    "6月13日，第四届中非经贸博览会在湖南省长沙市开幕。湖南省副省长李明出席。",  # at home: no trip
])
def test_an_expo_alone_is_no_event(text):
    assert _rec(text)["events"] == []


@pytest.mark.parametrize("text", [
    "6月13日，第四届中非经贸博览会在湖南省长沙市开幕。江西省副省长刘洋将率团参会。",
    "6月10日，江西省副省长刘洋将率团访问湖南省。",
    "6月10日，江西省副省长刘洋将带队赴湖南省考察。",
])
def test_who_will_lead_a_delegation_leads_no_trip_yet(text):
    assert _trips(_rec(text)) == []


def test_whom_a_delegation_met_at_the_expo_is_the_meetings_other_side():
    rec = _rec("6月13日，第四届中非经贸博览会在湖南省长沙市开幕。江西省副省长刘洋率江西省代表团参会。"
               "博览会期间，刘洋会见了尼日利亚拉各斯州州长巴巴吉德。")
    assert _trips(rec) == [("Jiangxi", "Changsha")]
    assert _sides(rec, "meeting") == [["Jiangxi", "Lagos"]]
