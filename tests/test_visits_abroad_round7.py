"""English visits abroad (issues 12 and 13): a city abroad lies in its first-level division, so a delegation
welcomed by a governor to a city of the governor's prefecture made one stop, not two. Every sentence here was
written for these tests."""
from __future__ import annotations

import liaison
from liaison.gazetteer import Gazetteer
from liaison.places import within

PUB = "2024-05-20"


def visits(text: str) -> list[tuple[str | None, str | None]]:
    rec = liaison.extract(text, published=PUB)
    return [((e["origin"] or {}).get("name", {}).get("en"), (e["destination"] or {}).get("name", {}).get("en"))
            for e in rec["events"] if e["type"] == "visit"]


def _one(name: str):
    return Gazetteer.default().lookup(name)[0]


def test_a_city_abroad_lies_in_its_division():
    assert within(_one("Sapporo"), _one("Hokkaido"))
    assert not within(_one("Sapporo"), _one("Aomori"))
    assert not within(_one("Hokkaido"), _one("Sapporo"))


def test_a_german_city_lies_in_its_land_not_in_another():
    doc = liaison.extract_doc("The mayor of Dresden in Germany met guests from Saxony and from Bavaria.", published=PUB)
    found = {s.value.en: s.value for s in doc.layer("regions") if not isinstance(s.value, tuple)}
    assert within(found["Dresden"], found["Saxony"])
    assert not within(found["Dresden"], found["Bavaria"])


def test_welcomed_to_a_city_of_the_hosts_prefecture_is_one_stop():
    got = visits("Governor Sato Kenji of Hokkaido welcomed a delegation from Heilongjiang Province to Sapporo "
                 "on June 4.")
    assert got == [("Heilongjiang", "Sapporo")]


def test_a_tour_in_a_city_during_a_stay_in_its_prefecture_is_the_stay():
    got = visits("During their stay in Hokkaido, the Jilin delegation saw a dairy cooperative in Obihiro.")
    assert got == [("Jilin", "Hokkaido")]


def _regions_en(text: str) -> list[str]:
    doc = liaison.extract_doc(text, published=PUB)
    return [s.value.en for s in doc.layer("regions") if not isinstance(s.value, tuple)]


def test_the_kind_of_a_place_before_of_names_no_place():
    assert _regions_en("A delegation from the Free State of Thuringia arrived in Wuhan.") == ["Thuringia", "Wuhan"]
    assert _regions_en("Officials of the US state of Oregon arrived in Fuzhou.") == ["Oregon", "Fuzhou"]
    # a province of its country keeps both
    assert _regions_en("A delegation from Gangwon Province of Korea arrived in Changchun.")[:1] == ["Gangwon"]


def test_a_visit_to_the_free_state_of_a_land_goes_to_the_land():
    got = visits("Hunan Governor Mao Wei led a delegation to the Free State of Bavaria on June 4.")
    assert got == [("Hunan", "Bavaria")]
