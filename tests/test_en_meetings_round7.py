"""English meetings (round 7, helper en4): places whose offices, named with no one's name, "respectively" met a
delegation each hold a meeting of their own. Every sentence here is written for these tests."""
import liaison

PUB = "2024-05-08"


def _meetings(text: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    return sorted((tuple(sorted(r["name"]["en"] for r in e["parties"] if r)),
                   tuple(sorted((names[x["person"]], x["role"]) for x in e["participants"])))
                  for e in rec["events"] if e["type"] == "meeting")


def test_the_governors_of_two_places_respectively_met_the_delegation():
    text = ("A delegation from Yunnan Province led by Vice Governor Zhang Hua visited Germany. During the stay, "
            "Deputy Minister Hans Weber and the governors of Bavaria and Saxony respectively met with the delegation.")
    got = _meetings(text)
    assert (("Bavaria", "Yunnan"), (("Zhang Hua", "attendee"),)) in got
    assert (("Saxony", "Yunnan"), (("Zhang Hua", "attendee"),)) in got
    assert any(("Hans Weber", "host") in people for _p, people in got)


def test_a_named_governor_of_a_place_is_no_extra_meeting():
    text = ("A delegation from Yunnan Province led by Vice Governor Zhang Hua visited Germany. During the stay, "
            "Deputy Minister Hans Weber and Deputy Minister Karl Roth respectively met with the delegation.")
    assert len(_meetings(text)) == 2


def test_she_in_the_next_stop_is_the_traveller_not_the_one_she_met_before():
    text = ("Maine Governor Ruth Carver visited Fujian Province and Zhejiang Province this week. In Fuzhou, she met "
            "with Fujian Governor Lin Tao. In Hangzhou, she met with officials.")
    got = _meetings(text)
    assert not any(("Lin Tao", "attendee") in people for _p, people in got)
    assert any(("Ruth Carver", "attendee") in people and "Fujian" not in parties for parties, people in got)


def test_the_governor_met_is_the_one_named_before():
    text = ("Maine Governor Ruth Carver visited Fujian Province on May 6. Fujian Governor Lin Tao met with the "
            "governor in Fuzhou.")
    got = _meetings(text)
    assert any(("Ruth Carver", "attendee") in people and ("Lin Tao", "host") in people for _p, people in got)


def test_the_governor_meeting_someone_is_the_one_named_before():
    text = ("Maine Governor Ruth Carver visited Fujian Province on May 6. In Fuzhou, the governor met with Fujian "
            "Vice Governor Chen Lan.")
    got = _meetings(text)
    assert any(("Ruth Carver", "attendee") in people for _p, people in got)


def test_the_vice_governor_is_not_the_governor():
    text = ("Maine Governor Ruth Carver visited Fujian Province on May 6. In Fuzhou, the vice governor met with "
            "Fujian Governor Lin Tao.")
    got = _meetings(text)
    assert not any(("Ruth Carver", "attendee") in people or ("Ruth Carver", "host") in people for _p, people in got)
