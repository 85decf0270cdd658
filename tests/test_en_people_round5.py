"""Issue 13, English names (round 5): a name after "counterpart". Sentences written here; the officials are invented."""
from __future__ import annotations

import liaison

PUB = "2024-05-20"


def names(text: str) -> set[str]:
    return {p["name"]["en"] for p in liaison.extract(text, published=PUB)["people"]}


def test_a_name_after_counterpart_is_a_person():
    assert "Pavel Grebnev" in names("Jilin Governor Han Ming met his counterpart Pavel Grebnev in Changchun on Monday.")
    assert "Pavel Grebnev" in names("Jilin Governor Han Ming met his Amur counterpart Pavel Grebnev in Changchun.")


def test_a_family_name_after_particles_is_part_of_the_name():
    assert "Ursula von der Leyen" in names("Jilin Governor Han Ming met Ursula von der Leyen in Changchun.")
