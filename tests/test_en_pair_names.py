"""English pairs of places written as one word ("Hubei-Ohio", "Saxony–Hubei") and meetings named after
both sides ("The Hubei-Ohio Economic Forum opened …"). Sentences written here."""
from __future__ import annotations

import liaison

PUB = "2024-05-20"


def regions(text: str) -> list[str]:
    d = liaison.extract_doc(text, published=PUB)
    return [getattr(s.value, "en", None) for s in d.layer("regions")]


def meetings(text: str) -> list[tuple]:
    r = liaison.extract(text, published=PUB)
    return [(sorted(x["name"]["en"] for x in e["parties"]), e["date"]["start"]) for e in r["events"]
            if e["type"] == "meeting"]


def test_a_hyphenated_pair_is_two_places_and_a_hyphenated_name_one():
    assert regions("The China-Laos railway opened.") == ["China", "Laos"]
    assert regions("Officials of Baden-Württemberg and Jeollanam-do met.") == ["Baden-Württemberg", "Jeollanam"]


def test_a_forum_named_after_both_sides_is_their_meeting():
    assert meetings("The Hubei-Ohio Economic Forum opened in Wuhan on May 6.") == [(["Hubei", "Ohio"], "2024-05-06")]
    assert meetings("A Sichuan-Victoria trade forum was held in Chengdu on May 6.") == \
        [(["Sichuan", "Victoria"], "2024-05-06")]


def test_a_division_abroad_joined_to_a_sure_place_by_a_dash_is_a_place():
    # Saxony alone is gated (a word or a name elsewhere); joined to Hubei it is the German state
    assert meetings("The Hubei–Saxony Economic Forum was held in Wuhan on May 6.") == \
        [(["Hubei", "Saxony"], "2024-05-06")]
    assert meetings("Li Ming attended the Hubei-Saxony Economic Forum in Wuhan on May 6.") == \
        [(["Hubei", "Saxony"], "2024-05-06")]
    assert regions("Li Ming and Saxony attended.") == []
