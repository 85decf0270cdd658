"""Round 7, English fields: what a meeting is about, not the offices or the money its sentences name.
Sentences written for these tests."""
from __future__ import annotations

import liaison
from liaison.fields import fields_in
from liaison.testing import events_of


def test_a_lower_case_office_names_no_field():
    assert fields_in("Li Hong, director of the city's commerce bureau, and the head of the provincial "
                     "agriculture department attended the talks on cooperation.") == []


def test_the_ministry_of_a_field_names_no_field():
    assert fields_in("An official of the ministry of industry and trade joined the cooperation talks.") == []


def test_money_given_is_no_field():
    assert fields_in("The province will give financial support to the cooperation projects, financed by the city.") == []


def test_areas_named_beside_an_office_still_count():
    got = fields_in("With the tourism bureau present, the two sides discussed cooperation in agriculture, "
                    "finance and financial services.")
    assert got == ["agriculture", "finance"]


def test_meeting_takes_the_areas_discussed_not_the_offices_present():
    text = ("Governor Park Min-ho of Gangwon Province met with a delegation from Jilin Province in Chuncheon on May 6.\n"
            "The director of the provincial education department and the head of the health bureau attended the "
            "meeting, where the two sides discussed cooperation in tourism.")
    rec = liaison.extract(text, published="2024-05-09")
    (meeting,) = events_of(rec, "meeting")
    assert meeting["fields"] == ["tourism_culture"]


def test_a_place_described_by_several_words_names_no_field():
    assert fields_in("Jilin province is an important industrial and grain center in China, "
                     "which the guests praised during the cooperation talks.") == []
    assert fields_in("Shaanxi is a major agricultural province, and the two sides discussed cooperation.") == []


def test_background_ties_give_the_meeting_no_field():
    text = ("Governor Park Min-ho of Gangwon Province met with a delegation from Jilin Province in Chuncheon on May 6.\n"
            "The two sides discussed cooperation in tourism.\n"
            "Gangwon and Jilin established sister ties in 1994 and have since cooperated in agriculture and education.")
    rec = liaison.extract(text, published="2024-05-09")
    (meeting,) = events_of(rec, "meeting")
    assert meeting["fields"] == ["tourism_culture"]


def test_a_wish_told_after_the_meeting_is_no_area_of_it():
    text = ("Governor Park Min-ho of Gangwon Province met with a delegation from Jilin Province in Chuncheon on May 6.\n"
            "The two sides discussed cooperation in tourism.\n"
            "Park said he hoped to welcome more students and investors from Jilin.")
    rec = liaison.extract(text, published="2024-05-09")
    (meeting,) = events_of(rec, "meeting")
    assert meeting["fields"] == ["tourism_culture"]


def test_what_the_talks_focused_on_is_their_area():
    text = ("Governor Park Min-ho of Gangwon Province met with a delegation from Jilin Province in Chuncheon on May 6.\n"
            "The talks focused on education and health.")
    rec = liaison.extract(text, published="2024-05-09")
    (meeting,) = events_of(rec, "meeting")
    assert meeting["fields"] == ["education", "health"]


def test_deals_inked_hold_their_areas():
    text = ("A delegation from Chiang Mai Province of Thailand arrived in Kunming on May 6.\n"
            "During the visit, Yunnan and Chiang Mai inked three cooperation deals on trade, tourism and agriculture.")
    rec = liaison.extract(text, published="2024-05-09")
    (signing,) = events_of(rec, "agreement")
    assert sorted(signing["fields"]) == ["agriculture", "tourism_culture", "trade_investment"]
