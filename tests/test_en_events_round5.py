"""English events, round 5 (issue 12): visits, signings and tours told in ways the earlier rounds missed.

Every sentence here was written for these tests.
"""
from __future__ import annotations

import liaison


def _events(text: str, published: str = "2024-05-10"):
    rec = liaison.extract(text, published=published)
    names = {p["id"]: (p.get("name") or {}).get("en") for p in rec.get("people", [])}
    return rec["events"], names


def _en(region) -> str | None:
    return ((region or {}).get("name") or {}).get("en")


def _of(events, kind):
    return [e for e in events if e["type"] == kind]


def _roles(ev, names):
    return {(names[p["person"]], p["role"]) for p in ev["participants"]}


def test_in_a_place_for_a_visit_is_a_visit():
    evs, _n = _events("Vietnamese Deputy Prime Minister Tran Van Hoa is in Kunming for a visit, his first in years.")
    visits = _of(evs, "visit")
    assert [_en(v["destination"]) for v in visits] == ["Kunming"]


def test_touring_a_province_is_a_visit():
    evs, _n = _events("Hokkaido Governor Naomichi Ueda toured Heilongjiang Province on May 6.")
    visits = _of(evs, "visit")
    assert [(_en(v["origin"]), _en(v["destination"]), v["date"]["start"]) for v in visits] == [
        ("Hokkaido", "Heilongjiang", "2024-05-06")]


def test_site_named_after_a_place_is_no_stop():
    evs, _n = _events("During their visit to Shenzhen, the Vietnamese delegation visited BYD Company and Yantian Port.")
    assert [_en(v["destination"]) for v in _of(evs, "visit")] == ["Shenzhen"]
    tours = _of(evs, "inspection")
    assert len(tours) == 1 and {s["en"] for s in tours[0]["sites"]} == {"BYD Company", "Yantian Port"}


def test_learned_about_something_at_a_site_is_a_tour():
    evs, _n = _events("A Mongolian delegation visited Inner Mongolia on May 8. The visitors learned about desert "
                      "control at the Kubuqi Ecological Park in Ordos on May 9.")
    tours = _of(evs, "inspection")
    assert len(tours) == 1 and [s["en"] for s in tours[0]["sites"]] == ["Kubuqi Ecological Park"]


def test_headed_to_is_no_leading():
    evs, names = _events("Governor Jane Ross of Washington State headed to Sichuan Province on May 2.")
    visits = _of(evs, "visit")
    assert len(visits) == 1 and ("Jane Ross", "leader") not in _roles(visits[0], names)
    evs, names = _events("Governor Jane Ross of Washington State headed a delegation to Sichuan Province on May 2.")
    assert ("Jane Ross", "leader") in _roles(_of(evs, "visit")[0], names)


def test_exchanged_a_letter_of_intent_is_a_signing():
    evs, _n = _events("Officials of Yunnan and Lao Cai Province exchanged a letter of intent on tourism in Hanoi "
                      "on May 7.")
    assert len(_of(evs, "agreement")) == 1
    evs, _n = _events("The governor of Yunnan exchanged gifts with the chairman of Lao Cai Province on May 7.")
    assert not _of(evs, "agreement")


def test_sister_city_relations_established_on_a_day_are_a_signing():
    evs, _n = _events("Hainan and Phuket Province established sister-city relations in Haikou on May 2.")
    agr = _of(evs, "agreement")
    assert [(sorted(_en(p) for p in a["parties"]), a["date"]["start"]) for a in agr] == [
        (["Hainan", "Phuket"], "2024-05-02")]
    # ties set up in a year named in passing are background, not an event
    evs, _n = _events("Since Jilin established friendly relations with Gangwon in 1994, trade has grown.")
    assert not _of(evs, "agreement")
    evs, _n = _events("The two provinces Hainan and Phuket established sister-city relations in October 1993.")
    assert not _of(evs, "agreement")


def test_a_capitalised_short_document_name_is_no_title_running_on():
    evs, _n = _events("Zhejiang Province and the Mongolian province of Dornogovi signed an MoU and a cooperation "
                      "agreement in Hangzhou on May 5.")
    agr = _of(evs, "agreement")
    assert len(agr) == 2 and all(a["title"] is None for a in agr)


def test_earlier_opening_a_sentence_tells_a_tour_of_the_same_trip():
    text = ("A delegation from Yunnan led by Vice Governor Zhang Guohua visited Lao Cai on November 5. "
            "Earlier, the delegation visited the Hekou International Border Gate.")
    evs, _n = _events(text, published="2024-11-06")
    tours = _of(evs, "inspection")
    assert len(tours) == 1 and [s["en"] for s in tours[0]["sites"]] == ["Hekou International Border Gate"]
    # "had earlier visited": an earlier trip recalled without a date, no event
    evs, _n = _events("A delegation from Yunnan had earlier visited Lao Cai.", published="2024-11-06")
    assert not _of(evs, "visit")


def test_a_capitalised_plural_document_is_signed_between_the_sides_of_the_talks():
    text = ("On November 20, Vice Governor Liu Hong of Guangxi held talks with Ho Tien Thieu, Chairman of the "
            "People's Committee of Lang Son Province, in Nanning. After the talks, the two sides signed the "
            "Minutes of the Meeting.")
    evs, _n = _events(text, published="2024-11-21")
    agr = _of(evs, "agreement")
    assert len(agr) == 1 and len(agr[0]["parties"]) == 2
    assert "Lang Son" in {_en(p) for p in agr[0]["parties"]}


def test_venue_hung_on_the_leaders_name_gives_the_trip():
    text = ("On the afternoon of May 6, Li Ming met with the delegation from Gyeonggi Province of the Republic "
            "of Korea led by Vice Governor Oh Hoo-seok in Changchun.")
    evs, names = _events(text)
    visits = _of(evs, "visit")
    assert [(_en(v["origin"]), _en(v["destination"])) for v in visits] == [("Gyeonggi", "Changchun")]


def test_led_a_delegation_of_a_region_to_visit_takes_the_delegations_home():
    text = ("From June 3 to 6, at the invitation of the Governor of Vientiane, Vice Governor Chen Ming led a "
            "delegation of Yunnan Province to visit Laos.")
    evs, _n = _events(text, published="2024-06-10")
    assert [(_en(v["origin"]), _en(v["destination"])) for v in _of(evs, "visit")] == [("Yunnan", "Laos")]


def test_tours_of_unnamed_sites():
    for tail in ("The delegation visited a number of enterprises in Wuhan.",
                 "The delegation made a field trip to a logistics center."):
        evs, _n = _events("A delegation from Ohio arrived in Wuhan on May 6. " + tail)
        assert len(_of(evs, "inspection")) == 1, tail


def test_a_stay_inside_the_province_is_where_the_trip_went():
    text = ("Governor Fukuda Akio of Tochigi and his party concluded their three-day visit to Zhejiang Province "
            "on Tuesday. During their stay in Hangzhou, the guests also visited the Hangzhou Economic "
            "Development Zone.")
    evs, _n = _events(text)
    assert [_en(v["destination"]) for v in _of(evs, "visit")] == ["Hangzhou"]
    assert [_en(v["destination"]) for v in _of(evs, "inspection")] == ["Hangzhou"]


def test_mongolia_visited_beside_inner_mongolia_is_the_country():
    evs, _n = _events("Officials of Inner Mongolia visited Mongolia on May 3.")
    assert [(_en(v["origin"]), _en(v["destination"])) for v in _of(evs, "visit")] == [("Inner Mongolia", "Mongolia")]


def test_dateline_with_a_plain_hyphen():
    from liaison.lang.en import dateline_head

    text = "Hanoi, May 3 (VNA) - Lang Son leaders met the guests."
    assert text[dateline_head(text):].startswith("Lang Son")


def test_courtesy_visit_is_a_meeting_too():
    evs, names = _events("The Guangxi delegation paid a courtesy visit to Lang Son Party Secretary Nguyen Quoc Doan "
                         "on May 2.")
    meetings = _of(evs, "meeting")
    assert len(meetings) == 1 and ("Nguyen Quoc Doan", "host") in _roles(meetings[0], names)
    assert len(_of(evs, "visit")) == 1


def test_talks_with_a_delegation_tell_its_trip_to_the_hosts():
    evs, _n = _events("Lang Son provincial leaders held talks with a delegation of Guangxi, China on May 2 to "
                      "discuss measures to boost trade.")
    assert [(_en(v["origin"]), _en(v["destination"])) for v in _of(evs, "visit")] == [("Guangxi", "Lang Son")]


def test_who_tours_keeps_the_role_of_the_trip():
    evs, names = _events("Niigata Governor Hideo Sato visited Jilin Province from May 5 to 8. Sato also visited "
                         "FAW Group, where he learned about electric vehicles.")
    tours = _of(evs, "inspection")
    assert len(tours) == 1 and ("Hideo Sato", "member") in _roles(tours[0], names)


def test_a_city_named_by_what_it_is_is_a_site():
    evs, _n = _events("A delegation from Ohio visited Hubei on May 3. The delegation also toured the Wuhan Science "
                      "City.")
    assert [_en(v["destination"]) for v in _of(evs, "visit")] == ["Hubei"]
    tours = _of(evs, "inspection")
    assert len(tours) == 1 and [s["en"] for s in tours[0]["sites"]] == ["Wuhan Science City"]
    evs, _n = _events("A delegation from Ohio toured Shenzhen City on May 3.")
    assert [_en(v["destination"]) for v in _of(evs, "visit")] == ["Shenzhen"] and not _of(evs, "inspection")


def test_she_in_a_where_clause_on_the_trip_is_its_traveller():
    evs, names = _events("California Governor Jane Ross today concluded a week-long trade mission to China, where "
                         "she met with leaders of Jiangsu and Zhejiang provinces.")
    meetings = _of(evs, "meeting")
    assert len(meetings) == 1 and ("Jane Ross", "attendee") in _roles(meetings[0], names)
    assert "California" in {_en(p) for p in meetings[0]["parties"]}


def test_a_meeting_with_guests_from_an_unnamed_place_is_kept_with_its_one_side():
    evs, names = _events("Hunan Vice Governor He Bin met with Consul General Ahmed Karim in Changsha on May 10.")
    meetings = _of(evs, "meeting")
    assert len(meetings) == 1 and [_en(p) for p in meetings[0]["parties"]] == ["Hunan"]
    # everyone from the one region: an event inside it, none
    evs, _n = _events("The Jiangxi Provincial Party Committee held a provincial work conference on rural "
                      "revitalization. Wang Jianguo, Secretary of the CPC Jiangxi Provincial Committee, attended.")
    assert evs == []


def test_the_two_sides_also_signed_more_documents():
    evs, _n = _events("During the visit, Shandong and Gyeonggi signed an agreement on trade. The two sides also "
                      "signed an MoU on tourism and a letter of intent on education cooperation.")
    agr = _of(evs, "agreement")
    assert len(agr) == 3 and all(len(a["parties"]) == 2 for a in agr)


def test_a_forum_attended_by_its_title_is_a_meeting_of_its_own():
    evs, _n = _events("A delegation from Gyeonggi Province led by Vice Governor Oh Hoo-seok visited Shandong from "
                      "May 5 to 8. Shandong Governor Zhou Nairang met with the delegation. The delegation also "
                      "attended the Shandong-Gyeonggi Economic Cooperation Forum in Jinan.")
    assert len(_of(evs, "meeting")) == 2


def test_the_one_on_his_own_trip_is_the_guest():
    evs, names = _events("During his stay in Jilin Province on May 5, Niigata Governor Hideo Sato met with "
                         "Governor Li Ming.")
    meetings = _of(evs, "meeting")
    assert len(meetings) == 1
    assert {("Li Ming", "host"), ("Hideo Sato", "attendee")} <= _roles(meetings[0], names)
    assert len(_of(evs, "visit")) == 1
