"""English dates, events and roles, round 4 (issue 12): datelines, page stamps, relative days, ranges.

Every sentence here was written for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

import liaison
from liaison.stages.dates import find_dates


def _dates(text: str, published: str | None):
    pub = dt.date.fromisoformat(published) if published else None
    return [(text[s.start:s.end], s.label, s.value) for s in find_dates(text, pub)]


def _events(text: str, published: str | None = None):
    return liaison.extract(text, published=published)["events"]


def _date(ev):
    d = ev.get("date") or {}
    return d.get("start"), d.get("end")


# ------------------------------------------------------------------ dates alone
@pytest.mark.parametrize("text,published,want", [
    # a range running into the next month, month first and day first
    ("The mayor stayed in Wuhan on April 29 - May 1.", "2024-05-03", ("2024-04-29", "2024-05-01")),
    ("The mayor stayed in Wuhan from 29 January to 1 February.", "2024-02-02", ("2024-01-29", "2024-02-01")),
    ("The mayor stayed in Wuhan from Dec 30 to Jan 2.", "2024-01-05", ("2023-12-30", "2024-01-02")),
    # "on the 28th": the day in the report's month
    ("The two governors met on the 28th.", "2024-08-30", ("2024-08-28", "2024-08-28")),
    # "last Tuesday" written on a Tuesday is a week before
    ("Last Tuesday the governor flew to Harbin.", "2024-11-12", ("2024-11-05", "2024-11-05")),
])
def test_date_forms(text, published, want):
    got = [v for _t, label, v in _dates(text, published) if label == "date"]
    assert got == [want]


def test_next_weekday_is_no_date():
    assert _dates("The governor will fly to Harbin next Monday.", "2024-11-12") == []


def test_page_stamp_is_no_date_but_anchors_relative_days():
    text = "Updated: 2024-06-08 10:22\nThe mayor met the visitors on Tuesday."
    got = _dates(text, None)
    assert got == [("on Tuesday", "date", ("2024-06-04", "2024-06-04"))]
    assert _dates("Published 19/09/2024\nThe mayor met the visitors yesterday.", None) == [
        ("yesterday", "date", ("2024-09-18", "2024-09-18"))]


def test_dateline_anchors_weekdays():
    # filed on Sunday the 3rd, published on Monday the 4th: "on Sunday" is the 3rd
    text = "Lanzhou, March 3 (Xinhua) -- The governor met the visitors on Sunday."
    got = _dates(text, "2024-03-04")
    assert got[0][1] == "dateline"
    assert got[1] == ("on Sunday", "date", ("2024-03-03", "2024-03-03"))


# ------------------------------------------------------------------ dates on events
def test_trip_range_over_the_dateline():
    text = ("TOKYO, June 9 (Kyodo) -- Nagano Governor Ken Abe paid a working visit to Hebei Province from "
            "June 4 to 6.")
    visits = [e for e in _events(text, "2024-06-10") if e["type"] == "visit"]
    assert [_date(v) for v in visits] == [("2024-06-04", "2024-06-06")]


def test_signing_day_over_the_dateline():
    text = ("Phnom Penh, Nov 19 (AKP) – The Governor of Siem Reap Province and the Vice Governor of Hainan "
            "Province signed a friendship agreement in Siem Reap on November 17.")
    ags = [e for e in _events(text, "2024-11-20") if e["type"] == "agreement"]
    assert [_date(a) for a in ags] == [("2024-11-17", "2024-11-17")]


# ------------------------------------------------------------------ sides
def _names(regions):
    return sorted((r.get("name") or {}).get("en") for r in regions)


def test_dateline_place_is_no_side():
    text = ("Beijing, June 2 (Xinhua) -- Sichuan Governor Huang Qiang held talks with visiting Victorian Premier "
            "Anne Bell in Chengdu on Sunday.")
    meetings = [e for e in _events(text, "2024-06-03") if e["type"] == "meeting"]
    assert len(meetings) == 1
    names = _names(meetings[0]["parties"])
    assert len(names) == 2 and "Sichuan" in names and "Beijing" not in names


def test_meeting_with_a_delegation_gives_its_side_to_the_signing():
    text = ("Tomsk Oblast Governor Ivan Orlov held a meeting with the delegation of Heilongjiang Province on the "
            "14th. The parties signed an agreement on forestry cooperation.")
    evs = _events(text, "2024-07-20")
    ags = [e for e in evs if e["type"] == "agreement"]
    assert len(ags) == 1
    assert _names(ags[0]["parties"]) == ["Heilongjiang", "Tomsk"]
    assert _date(ags[0]) == ("2024-07-14", "2024-07-14")


def test_following_day_and_same_day():
    got = _dates("The mayor met the governor on Aug. 19 and the party secretary the following day. "
                 "On the same day he left for Dalian.", "2024-08-25")
    assert [v for _t, _l, v in got] == [("2024-08-19", "2024-08-19"), ("2024-08-20", "2024-08-20"),
                                        ("2024-08-20", "2024-08-20")]


def test_the_meeting_took_place_is_the_meeting_told_before():
    text = ("Governor of Amur Oblast Vasily Orlov met with the delegation of Heilongjiang Province headed by "
            "Vice Governor Li Yi. The meeting took place in Blagoveshchensk on May 21.")
    meetings = [e for e in _events(text, "2024-05-22") if e["type"] == "meeting"]
    assert len(meetings) == 1
    assert _date(meetings[0]) == ("2024-05-21", "2024-05-21")


def test_the_delegation_also_visited_two_places_one_inside_the_other():
    text = ("A delegation of the Amur Oblast government paid a working visit to Heilongjiang Province. "
            "The delegation also visited Mudanjiang and Suifenhe.")
    visits = [e for e in _events(text, "2024-04-30") if e["type"] == "visit"]
    dests = sorted((v["destination"]["name"] or {}).get("en") for v in visits)
    assert dests == ["Heilongjiang", "Mudanjiang", "Suifenhe"]
    assert all((v["origin"]["name"] or {}).get("en") == "Amur" for v in visits)


@pytest.mark.parametrize("text,want", [
    ("Published Friday, 12 April, 2024 at 10:08 AM\nThe mayor met the visitors on Tuesday.", "2024-04-09"),
    ("First published: | 3 May 2024 | Last updated:\nThe mayor met the visitors on Monday.", "2024-04-29"),
    ("Posted on Jun 7, 2024 Print\nThe mayor met the visitors yesterday.", "2024-06-06"),
])
def test_more_page_stamps(text, want):
    assert [v for _t, _l, v in _dates(text, None)] == [(want, want)]


@pytest.mark.parametrize("text,length", [
    ("(Napier, 16 December) – The mayor of Napier welcomed guests.", len("(Napier, 16 December) – ")),
    ("Darkhan /MONTSAME/. The governor welcomed guests.", len("Darkhan /MONTSAME/. ")),
    ("Can Tho (VNA) – The governor welcomed guests.", len("Can Tho (VNA) – ")),
])
def test_dateline_forms(text, length):
    from liaison.lang.en import dateline_head
    assert dateline_head(text) == length


def _roles(ev, rec):
    names = {p["id"]: (p.get("name") or {}).get("en") for p in rec["people"]}
    return sorted((names[p["person"]], p["role"]) for p in ev["participants"])


def test_words_about_the_visit_are_spoken_at_the_meeting():
    text = ("A delegation from Hunan Province led by Vice Governor Qin Guowen visited Davao on May 20. "
            "Davao Mayor Sebastian Duterte received the delegation at City Hall. "
            "Duterte said Davao welcomed investors from Hunan.")
    rec = liaison.extract(text, published="2024-05-22")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert ("Sebastian Duterte", "speaker") in _roles(meeting, rec)
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert ("Sebastian Duterte", "speaker") not in _roles(visit, rec)


def test_who_is_on_a_visit_travels():
    text = ("Daegu Mayor Hong Joon-pyo, who is on a three-day visit to Qingdao, held talks with Qingdao Mayor "
            "Zhao Haozhi on Tuesday.")
    rec = liaison.extract(text, published="2024-06-26")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert (visit["origin"]["name"] or {}).get("en") == "Daegu"
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert _roles(meeting, rec) == [("Hong Joon-pyo", "attendee"), ("Zhao Haozhi", "host")]


def test_a_person_welcoming_a_delegation_receives_it():
    text = "Nelson Mayor Nick Smith today welcomed a delegation from Fuzhou led by Vice Mayor Lin Hong."
    rec = liaison.extract(text, published="2024-10-11")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert _roles(meeting, rec) == [("Lin Hong", "attendee"), ("Nick Smith", "host")]
    assert _date(meeting) == ("2024-10-11", "2024-10-11")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert (visit["origin"]["name"] or {}).get("en") == "Fuzhou"
    assert _date(visit) == (None, None)  # the day of the reception is not the trip's


def test_a_place_welcoming_a_delegation_is_only_the_trip():
    rec = liaison.extract("Tasmania welcomed a delegation from Fujian in March.", published="2024-10-11")
    assert [e["type"] for e in rec["events"]] == ["visit"]


def test_a_working_meeting_with_a_delegation_is_its_visit_too():
    text = ("On June 5, Governor of the Zabaykalsky Krai Alexander Osipov held a working meeting with the "
            "delegation of Manzhouli City headed by Mayor Zhao Lei.")
    rec = liaison.extract(text)
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert (visit["origin"]["name"] or {}).get("en") == "Manzhouli"
    assert _roles(visit, rec) == [("Zhao Lei", "leader")]


@pytest.mark.parametrize("second", [
    "Also attending the meeting was Ningxia Vice Chairman Ma Hui.",
    "Also present at the meeting were Ningxia Vice Chairman Ma Hui and others.",
])
def test_also_attending_was(second):
    text = "Ningxia Chairman Zhang Yupu met with Gangwon Governor Kim Jin-tae in Yinchuan on Monday. " + second
    rec = liaison.extract(text, published="2024-05-22")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert ("Ma Hui", "attendee") in _roles(meeting, rec)


def test_according_to_is_speech():
    text = ("Ningxia Chairman Zhang Yupu met with Gangwon Governor Kim Jin-tae in Yinchuan on Monday. "
            "According to Kim, Gangwon plans to open a trade office.")
    rec = liaison.extract(text, published="2024-05-22")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert ("Kim Jin-tae", "speaker") in _roles(meeting, rec)


def _sites(ev):
    return [s.get("en") for s in ev.get("sites") or []]


@pytest.mark.parametrize("text,site", [
    ("The delegation from Gyeonggi Province went to the Port of Dalian to learn about its logistics.", "Port of Dalian"),
    ("The delegation from Gyeonggi Province paid a visit to the Dalian Free Trade Zone in Liaoning on Monday.",
     "Dalian Free Trade Zone"),
    ("The delegation from Gyeonggi Province made a field trip to the Liaoning Academy of Sciences in Shenyang.",
     "Liaoning Academy of Sciences"),
])
def test_a_trip_to_a_site_is_an_inspection(text, site):
    rec = liaison.extract(text, published="2024-05-22")
    insp = [e for e in rec["events"] if e["type"] == "inspection"]
    assert [_sites(e) for e in insp] == [[site]]
    assert (insp[0]["origin"]["name"] or {}).get("en") == "Gyeonggi"


def test_shown_around_a_named_site_by_a_host():
    text = "The Shanxi delegation was shown around the Perth Techpark by Perth Deputy Mayor Anna Cole."
    rec = liaison.extract(text, published="2024-05-22")
    insp = next(e for e in rec["events"] if e["type"] == "inspection")
    assert _sites(insp) == ["Perth Techpark"]
    assert ("Anna Cole", "host") in _roles(insp, rec)


def test_led_a_delegation_to_a_place():
    rec = liaison.extract("Cebu Governor Gwendolyn Garcia led a delegation to Fujian Province on May 21.",
                          published="2024-06-05")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert (visit["destination"]["name"] or {}).get("en") == "Fujian"
    assert _roles(visit, rec) == [("Gwendolyn Garcia", "leader")]


def test_luncheon_in_honour_of_a_guest():
    rec = liaison.extract("Hainan Governor Liu Xiaoming gave a luncheon in honour of Phuket Governor Sophon "
                          "Suwannarat in Haikou on May 21.", published="2024-05-23")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert _roles(meeting, rec) == [("Liu Xiaoming", "host"), ("Sophon Suwannarat", "attendee")]


def test_signed_between_two_places_in_the_passive():
    rec = liaison.extract("A memorandum of understanding on tourism was signed between Fujian Province and Iloilo "
                          "Province in Fuzhou on May 21.", published="2024-05-23")
    ag = next(e for e in rec["events"] if e["type"] == "agreement")
    assert _names(ag["parties"]) == ["Fujian", "Iloilo"]


def test_conferring_a_title_is_no_meeting():
    rec = liaison.extract("Hebei Governor Wang Zhengpu conferred an honorary citizenship on Gyeonggi Governor Kim "
                          "Dong-yeon.", published="2024-05-23")
    assert [e for e in rec["events"] if e["type"] == "meeting"] == []


def test_the_one_at_home_where_they_met_hosts():
    rec = liaison.extract("Bohol Governor Aris Aumentado met with Fujian Governor Zhao Long in Fuzhou on May 21.",
                          published="2024-05-23")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert _roles(meeting, rec) == [("Aris Aumentado", "attendee"), ("Zhao Long", "host")]


def test_counterparts_met_on_different_days_are_two_meetings():
    text = "Fujian Governor Zhao Long met Cebu Governor Pam Baricuatro on May 21, and Bohol Governor Aris Aumentado on May 22."
    rec = liaison.extract(text, published="2024-05-23")
    meetings = [e for e in rec["events"] if e["type"] == "meeting"]
    assert sorted((_date(m)[0], tuple(_names(m["parties"]))) for m in meetings) == [
        ("2024-05-21", ("Cebu", "Fujian")), ("2024-05-22", ("Bohol", "Fujian"))]


def test_the_delegation_included_members():
    text = ("A delegation of Jilin Province headed by Party Secretary Huang Qiang visited Primorsky Krai on June 3. "
            "The delegation included Vice Governor Li Wei and Changchun Mayor Wang Zijun.")
    rec = liaison.extract(text, published="2024-06-05")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert _roles(visit, rec) == [("Huang Qiang", "leader"), ("Li Wei", "member"), ("Wang Zijun", "member")]


def test_separately_with_unnamed_officials_of_two_places():
    text = ("Shandong Vice Governor Song Junji met separately with the Governor of Chungcheongnam-do and the Mayor "
            "of Busan in Jinan on March 4.")
    rec = liaison.extract(text, published="2024-03-06")
    meetings = [e for e in rec["events"] if e["type"] == "meeting"]
    assert sorted(tuple(_names(m["parties"])) for m in meetings) == [
        ("Busan", "Shandong"), ("Chungcheongnam", "Shandong")]


def test_stops_each_with_their_own_day():
    text = "The Bohol delegation, headed by Governor Aris Aumentado, visited Xiamen on May 21 and Quanzhou on May 22."
    rec = liaison.extract(text, published="2024-05-23")
    visits = [e for e in rec["events"] if e["type"] == "visit"]
    assert sorted(((v["destination"]["name"] or {}).get("en"), _date(v)[0]) for v in visits) == [
        ("Quanzhou", "2024-05-22"), ("Xiamen", "2024-05-21")]


def test_the_welcomer_hosts_the_trip_too():
    text = "Nelson Mayor Nick Smith welcomed a delegation from Fuzhou led by Vice Mayor Lin Hong on Monday."
    rec = liaison.extract(text, published="2024-10-11")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert _roles(visit, rec) == [("Lin Hong", "leader"), ("Nick Smith", "host")]


def test_talks_with_a_visiting_governor_tell_the_trip():
    text = "Jilin Governor Hu Yuting met with visiting Gangwon Governor Kim Jin-tae in Changchun on Tuesday."
    rec = liaison.extract(text, published="2024-03-04")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert (visit["origin"]["name"] or {}).get("en") == "Gangwon"
    assert _date(visit) == (None, None)
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert _roles(meeting, rec) == [("Hu Yuting", "host"), ("Kim Jin-tae", "attendee")]
