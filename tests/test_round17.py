"""Sentences written for round 17 (no corpus text): a delegation named by its head that attends an expo held
elsewhere; a city's signing at a matchmaking meeting of its province with several partners; a ministry abroad
whose name begins with the sounds of a place; what is said of a site toured (who built it, whose pavilion it is)
is not where the tour went."""
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


def test_a_delegation_named_by_its_head_attending_an_expo_goes_where_it_is_held():
    rec = _rec("6月13日，中国—非洲经贸博览会在湖南长沙开幕。以副省长罗文涛为团长的江西省代表团参会。")
    assert _trips(rec) == [("Jiangxi", "Changsha")]
    [visit] = [e for e in rec["events"] if e["type"] == "visit"]
    [leader] = [p for p in rec["people"] if p["name"]["zh"] == "罗文涛"]
    assert (leader["id"], "leader") in [(x["person"], x["role"]) for x in visit["participants"]]


@pytest.mark.parametrize("text, pair", [
    ("6月13日，在长沙举行的江西—非洲经贸对接会上，赣州市与肯尼亚蒙巴萨签署友好合作备忘录。", ["Ganzhou", "Mombasa"]),
    ("6月13日，江西省与赞比亚、肯尼亚、坦桑尼亚举行经贸对接会。会上，吉安市与肯尼亚蒙巴萨签署合作协议。",
     ["Ji'an", "Mombasa"]),
])
def test_a_city_signing_at_its_provinces_meeting_signs_for_itself(text, pair):
    assert _sides(_rec(text), "agreement") == [pair]


def test_a_ministry_abroad_whose_name_starts_with_a_places_sounds_is_no_person():
    rec = _rec("6月13日，江西省副省长罗文涛会见了坦桑尼亚桑给巴尔贸易与工业发展部部长一行。")
    assert [p["name"]["zh"] for p in rec["people"]] == ["罗文涛"]


@pytest.mark.parametrize("text", [
    "On June 13, Jiangxi Vice Governor Luo Wentao toured the exhibition hall set up by Hunan's Department of "
    "Commerce.",
    "On June 13, Jiangxi Vice Governor Luo Wentao visited the Tanzania Pavilion.",
])
def test_what_is_said_of_a_site_toured_is_not_where_the_tour_went(text):
    assert not _trips(_rec(text))


def test_a_site_toured_in_a_named_place_still_goes_there():
    rec = _rec("On June 13, Jiangxi Vice Governor Luo Wentao visited the Tanzania Pavilion in Changsha.")
    assert _trips(rec) == [("Jiangxi", "Changsha")]
