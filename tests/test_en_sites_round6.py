"""English inspections told with touring verbs and nouns the earlier tables lacked (lang/en/sites.tsv rows):
looked around X, dropped by X, called at X, conducted an on-site investigation at X, carried out an
inspection of X. Every sentence here is written for these tests.
"""
import pytest

import liaison

TRIP = "A delegation of Hunan Province led by Vice Governor Zhou Lin visited Queensland, Australia from May 3 to 6. "


def _sites(text: str) -> list[str]:
    rec = liaison.extract(TRIP + text, published="2025-05-08")
    return [s.get("en") or s.get("zh") for e in rec["events"] if e["type"] == "inspection" for s in e["sites"]]


@pytest.mark.parametrize("text, expected", [
    ("The visitors looked around the Toowoomba Science Park.", ["Toowoomba Science Park"]),
    ("The guests also dropped by the Ipswich Craft Centre.", ["Ipswich Craft Centre"]),
    ("The Hunan delegation called at the Port of Gladstone.", ["Port of Gladstone"]),
    ("The officials carried out an inspection of the Mackay Sugar Terminal.", ["Mackay Sugar Terminal"]),
    ("On May 5, the delegation conducted an on-site investigation at the Bundaberg Rum Distillery.",
     ["Bundaberg Rum Distillery"]),
])
def test_more_ways_of_touring_a_site(text, expected):
    assert _sites(text) == expected


def test_looking_at_an_idea_or_calling_for_cooperation_is_no_tour():
    assert _sites("Zhou Lin called for closer cooperation in mining. Both sides looked at ways to expand trade.") == []
