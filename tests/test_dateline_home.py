"""The reporting side's region from an English dateline, the place written in capitals or not, with or without
a news agency (issue 13: 'the provincial Party committee' with no place). Sentences written here."""
from __future__ import annotations

from liaison.testing import positions_by_name

PUB = "2024-05-20"


def test_a_dateline_in_capitals_without_an_agency_gives_the_home():
    got = positions_by_name("WUHAN, May 6 -- Li Ming, secretary of the provincial Party committee, met Karl Weber, "
                            "Minister-President of Saxony.", PUB)
    assert got["Li Ming"] == [("secretary", "party_committee", "420000")]  # Wuhan's province
    assert got["Karl Weber"] == [("head", "government", "Saxony")]


def test_a_short_name_in_capitals_is_a_place_and_an_abbreviation_is_not():
    got = positions_by_name("HEFEI, June 3 (Xinhua) -- Zhang Wei, the city's mayor, received the guests.", PUB)
    assert got["Zhang Wei"] == [("head", "government", "340100")]
    got = positions_by_name("Zhang Wei, mayor of Hefei, met the PRC delegation to the UN.", PUB)
    assert got["Zhang Wei"] == [("head", "government", "340100")]


def test_no_dateline_no_home_from_it():
    got = positions_by_name("Li Ming, secretary of the provincial Party committee, met Karl Weber, "
                            "Minister-President of Saxony.", PUB)
    assert got["Li Ming"] == []  # a provincial office of no province named: no position rather than Saxony's


def test_a_division_abroad_joined_by_and_to_a_sure_place_is_a_place():
    got = positions_by_name("Hubei and Saxony signed an agreement. Governor Li Ming and Minister-President "
                            "Karl Weber attended.", PUB)
    assert got["Karl Weber"] == [("head", "government", "Saxony")]
    got = positions_by_name("Saxony and Hubei signed an agreement on Monday. Minister-President Karl Weber "
                            "attended.", PUB)
    assert got["Karl Weber"] == [("head", "government", "Saxony")]
    # no sure place beside it: the name stays gated
    assert positions_by_name("Li Ming and Saxony attended.", PUB) == {"Li Ming": []}


def test_a_chinese_city_named_by_its_mayor_alone_is_that_city():
    # Erenhot is a county-level city: named bare, it needs its prefecture; its mayor's title is enough
    got = positions_by_name("Tian Yong, Mayor of Erenhot, visited Mongolia.", PUB)
    assert got["Tian Yong"] == [("head", "government", "152501")]
