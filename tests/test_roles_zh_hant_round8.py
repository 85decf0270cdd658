"""Roles in traditional Chinese (round 8): 列席 is attending; the people named after "出席…的還有" attended;
a banquet attended (列席晚宴) is no meeting of theirs. Sentences written here; the officials are invented."""
from __future__ import annotations

import liaison
from liaison.testing import roles_of

PUB = "2024-06-10"


def meeting_roles(text: str) -> set[tuple[str, str]]:
    rec = liaison.extract(text, published=PUB)
    out: set[tuple[str, str]] = set()
    for ev in rec["events"]:
        if ev["type"] == "meeting":
            out |= roles_of(rec, ev, ("zh",))
    return out


def test_liexi_is_attending():
    got = meeting_roles("5月10日，吉林·澳門經貿合作交流會在澳門舉行。澳門特區經濟財政司司長周文華、"
                        "吉林省副省長趙明遠等列席交流會。")
    assert {("周文华", "attendee"), ("赵明远", "attendee")} <= got


def test_people_named_after_also_attending_were():
    got = meeting_roles("5月10日，吉林·澳門經貿合作交流會在澳門舉行，出席交流會的還有澳門特區經濟財政司司長周文華、"
                        "吉林省副省長趙明遠等。")
    assert {("周文华", "attendee"), ("赵明远", "attendee")} <= got
    got = meeting_roles("5月10日，吉林省副省長趙明遠在長春會見了澳門特區經濟財政司司長周文華一行，"
                        "參加會見的還有吉林省商務廳廳長孫立新。")
    assert ("孙立新", "attendee") in got


def test_a_banquet_attended_is_no_meeting_of_theirs():
    got = meeting_roles("5月10日，吉林省副省長趙明遠在長春會見了澳門特區經濟財政司司長周文華一行。"
                        "當晚吉林省政協常委孫立新獲邀列席晚宴。")
    assert ("孙立新", "attendee") not in got


def all_roles(text: str) -> set[tuple[str, str]]:
    rec = liaison.extract(text, published=PUB)
    out: set[tuple[str, str]] = set()
    for ev in rec["events"]:
        out |= roles_of(rec, ev, ("zh",))
    return out


def test_a_welcome_or_opening_speech_is_a_speech():
    base = "5月10日，吉林·澳門經貿合作交流會在澳門舉行。"
    assert ("周文华", "speaker") in all_roles(base + "澳門特區經濟財政司司長周文華致歡迎辭。")
    assert ("赵明远", "speaker") in all_roles(base + "吉林省副省長趙明遠致開幕詞。")
    assert ("周文华", "speaker") in all_roles(base + "周文華在致辭中提到，澳門將發揮平台作用。")


def test_the_nth_of_this_month():
    rec = liaison.extract("吉林省副省長趙明遠於本月10日率團訪問澳門。", published="2024-05-20")
    assert [(e["type"], e["date"]["start"]) for e in rec["events"]] == [("visit", "2024-05-10")]


def test_the_escorted_inspect_and_the_escort_hosts():
    rec = liaison.extract("5月10日，吉林省委書記趙明遠率吉林省黨政代表團抵達寧波。11日，趙明遠一行在寧波市委書記孫立新陪同下"
                          "考察了寧波舟山港。", published=PUB)
    tours = [ev for ev in rec["events"] if ev["type"] == "inspection"]
    assert tours and roles_of(rec, tours[0], ("zh",)) == {("孙立新", "host"), ("赵明远", "leader")}


def test_a_tour_told_with_its_trip_from_an_unnamed_place_is_led_by_the_trips_leader():
    rec = liaison.extract("5月10日，趙明遠一行在寧波市委書記孫立新陪同下考察了寧波舟山港。", published=PUB)
    tours = [ev for ev in rec["events"] if ev["type"] == "inspection"]
    assert tours and roles_of(rec, tours[0], ("zh",)) == {("孙立新", "host"), ("赵明远", "leader")}


def test_the_lone_traveller_of_a_trip_leads_its_tour():
    text = ("5月10日，吉林省代表團抵達寧波市考察。寧波市委書記孫立新會見了吉林省副省長趙明遠。"
            "代表團參觀了寧波舟山港和吉利汽車研究院。")
    rec = liaison.extract(text, published=PUB)
    tours = [ev for ev in rec["events"] if ev["type"] == "inspection"]
    trips = [ev for ev in rec["events"] if ev["type"] == "visit"]
    assert trips and ("赵明远", "member") in roles_of(rec, trips[0], ("zh",))
    assert tours and ("赵明远", "leader") in roles_of(rec, tours[0], ("zh",))


def test_a_tour_recalled_in_a_speech_gets_no_traveller():
    text = ("5月10日，吉林省代表團抵達寧波市考察。寧波市委書記孫立新會見了吉林省副省長趙明遠。"
            "趙明遠表示，這次代表團分別參觀了寧波舟山港和吉利汽車研究院，收穫很大。")
    rec = liaison.extract(text, published=PUB)
    for ev in rec["events"]:
        if ev["type"] == "inspection":
            assert ("赵明远", "leader") not in roles_of(rec, ev, ("zh",))
