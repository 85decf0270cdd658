"""Inspections: a site named before the touring verb, and which trip a site visit belongs to.
Sentences written for these tests; the sites are invented."""
from __future__ import annotations

import liaison

PUB = "2023-11-08"

TEXT = ("11月6日至7日，北京市委书记王建国率北京市党政代表团到河北、天津学习考察。\n"
        "11月7日，河北省委书记李红梅率河北省党政代表团到天津市学习考察。\n"
        "11月7日，河北省党政代表团在天津市滨海新区“海河之眼”会客厅学习考察。")


def test_site_before_the_touring_verb_after_its_place():
    rec = liaison.extract(TEXT, published=PUB)
    insp = [e for e in rec["events"] if e["type"] == "inspection"]
    assert len(insp) == 1
    assert [s["zh"] for s in insp[0]["sites"]] == ["“海河之眼”会客厅"]


def test_the_inspection_belongs_to_the_trip_whose_sides_the_sentence_names():
    rec = liaison.extract(TEXT, published=PUB)
    insp = next(e for e in rec["events"] if e["type"] == "inspection")
    assert insp["origin"]["code"] == "130000" and insp["destination"]["code"] == "120000"
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    assert [(ids[x["person"]], x["role"]) for x in insp["participants"]] == [("李红梅", "leader")]


def test_a_trip_level_study_tour_without_a_site_is_no_inspection():
    rec = liaison.extract("11月7日，河北省委书记李红梅率河北省党政代表团到天津市学习考察。", published=PUB)
    assert [e["type"] for e in rec["events"]] == ["visit"]
