"""Issue 13, English (round 4): a city abroad named only by its mayor's title, whose country the article
never names ("Mayor of Buffalo Jane Porter"); "his Saxony counterpart X" gives X the subject's office in
that place. Sentences written here; the officials are invented."""
from __future__ import annotations

import liaison
from liaison.testing import positions_by_name

PUB = "2024-06-10"


def people(text: str) -> dict[str, list[tuple]]:
    return positions_by_name(text, PUB, place=("en",))


def test_mayor_of_a_city_abroad_then_the_name():
    got = people("Mayor of Buffalo Jane Porter met Wuhan Vice Mayor Li Ming on Monday.")
    assert got["Jane Porter"] == [("head", "government", "Buffalo")]
    got = people("Mayor of Hamilton Jane Porter met Wuhan Vice Mayor Li Ming on Monday.")
    assert "Hamilton Jane Porter" not in got
    assert got["Jane Porter"] == [("head", "government", "Hamilton")]


def test_city_mayor_before_the_name_is_the_city_abroad():
    doc = liaison.extract_doc("Christchurch Mayor Jane Porter met Wuhan Vice Mayor Li Ming on Monday.",
                              published=PUB)
    places = [doc.text[s.start:s.end] for s in doc.layer("regions")]
    assert "Christchurch" in places


def test_the_same_word_without_a_mayor_stays_a_name():
    got = people("Buffalo Jane Porter said the visit went well, Wuhan Vice Mayor Li Ming said.")
    assert "Li Ming" in got


def test_counterpart_holds_the_subjects_office_in_that_place():
    got = people("Li Ming, Governor of Hubei, met his Saxony counterpart Karl Weber in Wuhan.")
    assert got["Karl Weber"] == [("head", "government", "Saxony")]
    got = people("Hubei Governor Li Ming met his counterpart from Saxony, Karl Weber, in Wuhan.")
    assert got["Karl Weber"] == [("head", "government", "Saxony")]
    got = people("Mayor of Buffalo Jane Porter met her Wuhan counterpart Li Ming on Monday.")
    assert got["Li Ming"] == [("head", "government", "Wuhan")]


def test_counterpart_without_an_office_before_gives_none():
    got = people("Li Ming met his Saxony counterpart Karl Weber in Wuhan.")
    assert got.get("Karl Weber", []) == []


def test_title_of_a_place_abroad_then_the_name():
    got = people("Minister-President of Saxony Karl Weber met Li Ming, Vice Governor of Hubei.")
    assert "Saxony Karl Weber" not in got
    assert got["Karl Weber"] == [("head", "government", "Saxony")]


def test_mayor_name_of_city():
    got = people("Mayor Jane Porter of Buffalo met Li Ming, Vice Governor of Hubei.")
    assert got["Jane Porter"] == [("head", "government", "Buffalo")]


def test_title_name_of_a_typed_place_no_table_knows():
    got = people("Governor Karl Weber of the Lower Silesian Region met Li Ming, Vice Governor of Hubei.")
    assert got["Karl Weber"] == [("head", "government", "Lower Silesian")]


def test_a_city_council_is_the_citys_government_and_its_director_heads_a_unit():
    got = people("Li Ming met Jane Porter, Mayor of Hamilton City Council, in Wuhan.")
    assert got["Jane Porter"][0][:2] == ("head", "government")
    got = people("Hamilton City Council's Trade Director Tom Hale met Li Ming in Wuhan.")
    assert got["Tom Hale"][0][:2] == ("head", "government_department")


def test_adjective_of_a_state_abroad_is_the_state():
    got = people("Tasmanian Premier Karl Weber met Li Ming, Vice Governor of Hubei.")
    assert got["Karl Weber"] == [("head", "government", "Tasmania")]
    got = people("Bavarian Minister-President Karl Weber met Li Ming, Vice Governor of Hubei.")
    assert got["Karl Weber"] == [("head", "government", "Bavaria")]
