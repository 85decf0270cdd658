"""English visits (round 7, helper en4): who leads a trip a meeting implies. Every sentence here is written for
these tests."""
import liaison

PUB = "2024-05-08"


def _visit_roles(text: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    return sorted((names[x["person"]], x["role"]) for e in rec["events"] if e["type"] == "visit"
                  for x in e["participants"])


def test_a_governor_and_his_delegation_meeting_abroad_leads_the_trip():
    text = ("Vermont Governor Paul Dorsey and his delegation met with Jiangsu Governor Zhou Ming "
            "in Nanjing on March 12.")
    assert _visit_roles(text) == [("Paul Dorsey", "leader")]


def test_a_governor_and_her_party_meeting_abroad_leads_the_trip():
    text = "Maine Governor Ruth Carver and her party met with Fujian Governor Lin Tao in Fuzhou on Monday."
    assert _visit_roles(text) == [("Ruth Carver", "leader")]


def _roles(text: str, kind: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    return sorted((names[x["person"]], x["role"]) for e in rec["events"] if e["type"] == kind
                  for x in e["participants"])


def test_the_visitor_accompanied_by_his_own_officials_leads_them():
    text = ("Vermont Governor Paul Dorsey visited Jiangsu Province on March 12. Dorsey was accompanied by "
            "Vermont Lieutenant Governor Karen Hale and Burlington Mayor Dan Price.")
    assert _roles(text, "visit") == [("Dan Price", "member"), ("Karen Hale", "member"), ("Paul Dorsey", "leader")]


def test_the_visitors_companions_attend_the_meeting():
    text = ("Vermont Governor Paul Dorsey visited Jiangsu Province on March 12. He met with Jiangsu Governor "
            "Zhou Ming in Nanjing. Dorsey was accompanied by Vermont Lieutenant Governor Karen Hale.")
    assert ("Karen Hale", "attendee") in _roles(text, "meeting")
    assert ("Karen Hale", "host") not in _roles(text, "meeting")


def test_accompanied_by_the_hosts_officials_they_host():
    text = ("Vermont Governor Paul Dorsey visited Jiangsu Province on March 12. He was accompanied by "
            "Jiangsu Vice Governor Chen Lan during a tour of the Nanjing Port.")
    roles = _roles(text, "visit") + _roles(text, "inspection")
    assert ("Chen Lan", "member") not in roles
