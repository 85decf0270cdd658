"""Round 7 roles: who leads a visit (团长 named before the person, guests of several sides listed before 一行,
the one who leads the tour of the trip). Sentences written for these tests."""
from __future__ import annotations

import liaison

PUB = "2024-05-10"


def _visits(text: str) -> list[dict]:
    rec = liaison.extract(text, published=PUB)
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    out = []
    for e in rec["events"]:
        if e["type"] == "visit":
            out.append({"origin": (e["origin"] or {}).get("name", {}).get("zh"),
                        "roles": {(ids[x["person"]], x["role"]) for x in e["participants"]}})
    return out


def test_head_of_the_delegation_named_after_tuanzhang_leads():
    (visit,) = _visits("5月8日，吉林省经贸代表团来到大连考察，代表团团长、吉林省副省长王明表示，两地合作潜力巨大。")
    assert ("王明", "leader") in visit["roles"]
    assert ("王明", "member") not in visit["roles"]


def test_deputy_head_named_after_fu_tuanzhang_does_not_lead_by_that_title():
    (visit,) = _visits("5月8日，吉林省经贸代表团来到大连考察，代表团副团长、吉林省副省长王明表示，两地合作潜力巨大。")
    assert ("王明", "leader") not in visit["roles"]


def test_the_leader_of_the_tour_leads_the_trip():
    visits = _visits("5月8日，吉林省经贸代表团一行30人抵达大连。吉林省副省长王明率队参观了大连港，大连市副市长李强陪同。")
    (visit,) = visits
    assert ("王明", "leader") in visit["roles"]


def test_lone_official_touring_stays_a_member():
    (visit,) = _visits("5月8日，吉林省副省长王明赴大连考察，实地参观了大连港。")
    assert visit["roles"] == {("王明", "member")}


def test_guests_of_several_sides_before_yixing_each_lead_their_side():
    from liaison.doc import Event
    from liaison.lang.zh.roles import said_to_lead
    from liaison.stages.events.context import context

    text = ("9月14日，大连市市长李强出席联席会议。吉林省政协主席王明、黑龙江省政协主席赵刚出席。"
            "同日，李强在大连会见吉林省政协主席王明、黑龙江省政协主席赵刚一行。")
    doc = liaison.extract_doc(text, published=PUB)
    ctx = context(doc)
    byname = {}
    for _s, _e, pid in ctx.persons_in(0, len(doc.text)):
        byname.setdefault(doc.text[_s:_e], pid)
    v1 = Event(id="", type="visit", evidence=[])
    v1.add_participant(byname["王明"], "member")
    v2 = Event(id="", type="visit", evidence=[])
    v2.add_participant(byname["赵刚"], "member")
    said_to_lead(ctx, [v1, v2])
    assert [p.role for p in v1.participants] == ["leader"]
    assert [p.role for p in v2.participants] == ["leader"]


def test_members_under_another_leader_before_yixing_stay_members():
    from liaison.doc import Event
    from liaison.lang.zh.roles import said_to_lead
    from liaison.stages.events.context import context

    text = ("3月3日，吉林省政协主席王明、黑龙江省政协主席赵刚一行在全国政协副主席孙平的带领下到大连考察。")
    doc = liaison.extract_doc(text, published=PUB)
    ctx = context(doc)
    byname = {}
    for _s, _e, pid in ctx.persons_in(0, len(doc.text)):
        byname.setdefault(doc.text[_s:_e], pid)
    v = Event(id="", type="visit", evidence=[])
    v.add_participant(byname["王明"], "member")
    said_to_lead(ctx, [v])
    assert [p.role for p in v.participants] == ["member"]


def test_each_by_of_a_passive_signing_names_a_signatory():
    rec = liaison.extract("The agreement was signed by Mayor John Carter on behalf of the City of Perth and by Mayor "
                          "Chen Bo on behalf of Nanning, Guangxi.", published=PUB)
    ids = {p["id"]: p["name"]["en"] for p in rec["people"]}
    (ag,) = [e for e in rec["events"] if e["type"] == "agreement"]
    assert {(ids[x["person"]], x["role"]) for x in ag["participants"]} >= {
        ("John Carter", "signatory"), ("Chen Bo", "signatory")}
