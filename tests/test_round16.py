"""Sentences written for round 16 (no corpus text): places abroad written in other characters than the tables'
(拉各斯州 for 拉哥斯州, 本格拉省 for 本吉拉省) or without their type word (坦桑尼亚桑给巴尔); lists of signing places
the parser hangs on the wrong word; the office of a delegation's head; a delegation led to an expo or forum
held elsewhere, in either language, and whom it met there."""
import pytest

import liaison
from sentences import offices as _offices, region_name as _name, sides as _sides, trips as _trips


def _rec(text, published="2025-06-14"):
    return liaison.extract(text, published=published)


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


# ---------------------------------------------------------------- a partner's own press release

_RELEASE = ("COUNTY GOVERNMENT OF NAKURU\nPRESS RELEASE\n\nNakuru, 14th March 2024 - A delegation from Luoyang City "
            "came to Nakuru on Tuesday. Governor Grace Mbugua received the visitors on Tuesday afternoon.")


def test_a_county_governments_release_names_its_own_places_without_their_country():
    rec = _rec(_RELEASE, published="2024-03-14")
    assert _trips(rec) == [("Luoyang", "Nakuru")]
    assert _offices(rec)["Grace Mbugua"] == [("head", "Nakuru")]


def test_a_dateline_with_an_ordinal_day_is_the_reports_day_not_the_trips():
    rec = _rec(_RELEASE, published="2024-03-14")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert visit["date"]["start"] == "2024-03-12"  # "on Tuesday", not the dateline's 14th


# ---------------------------------------------------------------- a pavilion named after a place

@pytest.mark.parametrize("text", [
    "8月24日下午，吉林省副省长韩俊峰到访内蒙古展馆，与内蒙古自治区副主席张立群见面。",
    "On August 24, Jilin Vice Governor Han Junfeng came to the Inner Mongolia Pavilion in Changchun and met with "
    "Zhang Liqun, Vice Chairman of Inner Mongolia.",
])
def test_a_pavilion_named_after_a_place_is_no_trip_to_it(text):
    assert ("Jilin", "Inner Mongolia") not in _trips(_rec(text, published="2024-08-27"))


def test_a_division_met_at_an_expo_is_the_side_not_its_country():
    rec = _rec("8月23日，第十四届中国—东北亚博览会在吉林省长春市开幕。内蒙古自治区副主席张立群率自治区代表团参会。"
               "8月24日上午，张立群在长春与蒙古国东方省省长奥特冈巴雅尔举行工作会面。", published="2024-08-27")
    assert _sides(rec, "meeting") == [["Dornod", "Inner Mongolia"]]


# ---------------------------------------------------------------- several signings in one sentence

@pytest.mark.parametrize("text, pairs", [
    ("6月13日，湖南省分别与坦桑尼亚多多马省、赞比亚铜带省、马拉维南部区签署友好合作备忘录。",
     [["Copperbelt", "Hunan"], ["Dodoma", "Hunan"], ["Hunan", "Southern"]]),
    ("6月13日，长沙市、株洲市、湘潭市分别与肯尼亚蒙巴萨郡、加纳阿散蒂省、尼日利亚拉各斯州签署友好城市意向书。",
     [["Ashanti", "Zhuzhou"], ["Changsha", "Mombasa"], ["Lagos", "Xiangtan"]]),
    ("6月13日，湖南省与非洲多国地方政府签署合作协议，其中包括湖南省与坦桑尼亚多多马省友好合作备忘录、长沙市与肯尼亚"
     "蒙巴萨郡友好城市意向书。", [["Changsha", "Mombasa"], ["Dodoma", "Hunan"]]),
    ("June 13 - Hunan Province signed memorandums of friendly cooperation with Dodoma Region of Tanzania, the "
     "Copperbelt Province of Zambia and the Southern Region of Malawi respectively.",
     [["Copperbelt", "Hunan"], ["Dodoma", "Hunan"], ["Hunan", "Southern"]]),
    ("Changsha, Zhuzhou and Xiangtan signed letters of intent on friendly city relations with Mombasa County of "
     "Kenya, Ashanti Region of Ghana and Lagos State of Nigeria respectively on June 13.",
     [["Ashanti", "Zhuzhou"], ["Changsha", "Mombasa"], ["Lagos", "Xiangtan"]]),
])
def test_signings_listed_in_one_sentence_are_one_per_pair(text, pairs):
    assert _sides(_rec(text), "agreement") == pairs


def test_a_province_and_its_city_abroad_written_together_are_the_city_inside_the_province():
    rec = _rec("9月10日，青岛市与莫桑比克索法拉贝拉市签署友好交流意向书。", published="2025-09-13")
    assert _sides(rec, "agreement") == [["Beira", "Qingdao"]]
