"""Round 7, English roles and the sides of a meeting with "the delegation": who attends ("Among those attending
were", "took part in the talks"), who travels ("were among the delegation members"), who escorts a delegation
("accompanied the delegation"), an office held told in a relative clause ("who also chairs ..."), and "met with the
delegation in X" after the delegation's home was told. Sentences written for these tests."""
from __future__ import annotations

import liaison
from liaison.testing import events_of, party_names, roles_of

PUB = "2024-05-09"
MET = "Hainan Governor Liu Xiaoming met with a delegation from Phuket Province in Haikou on Monday.\n"


def _one(text: str, kind: str) -> tuple[dict, dict]:
    rec = liaison.extract(text, published=PUB)
    (ev,) = events_of(rec, kind)
    return rec, ev


def test_among_those_attending_were_attendees():
    rec, meeting = _one(MET + "Among those attending were Vice Governor Shen Danyang and Secretary-General Wang Jing.",
                        "meeting")
    roles = roles_of(rec, meeting, ("en",))
    assert {("Shen Danyang", "attendee"), ("Wang Jing", "attendee")} <= roles


def test_took_part_in_the_talks_attends_them():
    text = ("Mayor Konstantin Orlov of Vladivostok held talks with a delegation from Harbin in Vladivostok on Wednesday.\n"
            "Deputy Mayor Pavel Sokolov and Harbin Vice Mayor Zhang Hua took part in the talks.")
    rec, meeting = _one(text, "meeting")
    assert {("Pavel Sokolov", "attendee"), ("Zhang Hua", "attendee")} <= roles_of(rec, meeting, ("en",))


def test_took_part_in_a_programme_attends_nothing():
    text = ("Mayor Konstantin Orlov of Vladivostok held talks with a delegation from Harbin in Vladivostok on Wednesday.\n"
            "Deputy Mayor Pavel Sokolov took part in a cultural programme in the evening.")
    rec, meeting = _one(text, "meeting")
    assert ("Pavel Sokolov", "attendee") not in roles_of(rec, meeting, ("en",))


def test_among_the_delegation_members_travel_with_it():
    text = ("Secretary Nguyen Van Minh of the Lao Cai provincial Party Committee received a delegation from "
            "Yunnan Province led by Vice Governor Li Hong on May 6.\n"
            "Director Zhao Lin and Deputy Director Qian Bo were among the delegation members.")
    rec = liaison.extract(text, published=PUB)
    (visit,) = events_of(rec, "visit")
    assert {("Zhao Lin", "member"), ("Qian Bo", "member")} <= roles_of(rec, visit, ("en",))


def test_accompanied_the_delegation_hosts_its_trip():
    rec = liaison.extract(MET + "Vice Governor Shen Danyang accompanied the delegation during the visit.", published=PUB)
    (visit,) = events_of(rec, "visit")
    assert ("Shen Danyang", "host") in roles_of(rec, visit, ("en",))


def test_an_office_told_in_a_relative_clause_is_no_role():
    rec, meeting = _one(MET + '"We welcome investors from Phuket," said Liu, who also chairs the provincial tourism '
                              "committee.", "meeting")
    roles = roles_of(rec, meeting, ("en",))
    assert ("Liu Xiaoming", "speaker") in roles
    assert ("Liu Xiaoming", "presider") not in roles


def test_met_with_the_delegation_in_a_city_is_a_meeting_with_its_home():
    text = ("A delegation from Chiang Mai Province of Thailand visited Yunnan from May 6 to 10.\n"
            "On Tuesday, Yunnan Governor Wang Yubo met with the delegation in Kunming.")
    rec = liaison.extract(text, published=PUB)
    (meeting,) = events_of(rec, "meeting")
    assert party_names(meeting) == ["云南省", "清迈"]
    assert meeting["date"]["start"] == "2024-05-07"


def test_a_lower_case_title_after_led_by_takes_the_delegations_home():
    from liaison.testing import positions_by_name

    got = positions_by_name("Sabah Chief Minister Hajiji Noor received a delegation from Guangxi led by CPPCC "
                            "vice-chairman Huang Wei.", published=PUB)
    assert got["Huang Wei"] == [("deputy_head", "cppcc", "450000")]


def test_a_technopark_visited_is_a_site_toured():
    text = ("A delegation from Shaanxi Province arrived in Almaty on May 3.\n"
            "The delegation also paid a visit to the Almaty Technopark.")
    rec = liaison.extract(text, published=PUB)
    (tour,) = events_of(rec, "inspection")
    assert [s["en"] for s in tour["sites"]] == ["Almaty Technopark"]


def test_the_received_delegations_leader_attends_beside_others_named_present():
    text = ("A delegation from Phuket Province led by Governor Narong Woonciew arrived in Haikou on Monday.\n"
            "On Tuesday, Hainan Governor Liu Xiaoming met with the delegation.\n"
            "Also present was Vice Governor Shen Danyang.")
    rec = liaison.extract(text, published=PUB)
    (meeting,) = events_of(rec, "meeting")
    roles = roles_of(rec, meeting, ("en",))
    assert {("Narong Woonciew", "attendee"), ("Shen Danyang", "attendee"), ("Liu Xiaoming", "host")} <= roles
