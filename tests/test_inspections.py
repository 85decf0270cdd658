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


def _trips(text: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    return sorted((e["type"], e["destination"]["name"]["zh"]) for e in rec["events"]
                  if e["type"] in ("visit", "inspection"))


def test_stops_inside_the_region_visited_are_visits_with_their_own_tours():
    got = _trips("11月6日至7日，北京市委书记王建国率北京市党政代表团赴河北省学习考察。"
                 "代表团一行首先来到保定市，参观了白洋淀科创园。"
                 "随后，代表团在唐山市和承德市实地考察了产业园区建设情况。")
    assert set(got) == {("inspection", "唐山市"), ("inspection", "保定市"), ("inspection", "承德市"),
                        ("visit", "唐山市"), ("visit", "保定市"), ("visit", "承德市"), ("visit", "河北省")}


def test_a_site_walked_into_is_no_stop_nor_an_office_named_after_a_place():
    got = _trips("11月6日，北京市委书记王建国率北京市党政代表团赴河北省学习考察。"
                 "代表团走进保定市白洋淀科创园，在唐山市委书记李红梅陪同下参观了曹妃甸港区。")
    assert ("visit", "保定市") not in got and ("visit", "唐山市") not in got
