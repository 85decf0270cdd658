"""English trips and tours (round 7, helper en3): background trips told in passing, datelines read whole,
itineraries, signers' sides, tours by a visiting delegation. Every sentence here is written for these tests."""
import liaison

PUB = "2024-05-08"


def _name(r):
    return r and (r["name"]["en"] or r["name"]["zh"])


def _events(text: str, kind: str | None = None) -> list[dict]:
    rec = liaison.extract(text, published=PUB)
    return [e for e in rec["events"] if kind is None or e["type"] == kind]


def _visits(text: str) -> list[tuple]:
    return [(_name(e["origin"]), _name(e["destination"])) for e in _events(text, "visit")]


def test_a_perfect_in_a_relative_clause_is_background():
    assert _visits("Li Ming, who has visited Wuhan, said the ties between Ohio and Hubei are strong.") == []


def test_a_counted_trip_is_background():
    got = _visits("Mayor Anna Cruz of Cebu has visited Guangzhou several times since 2015, "
                  "and she hosted a Guangzhou delegation in Cebu on Monday.")
    assert got == [("Guangzhou", "Cebu")]


def test_a_dated_trip_in_a_relative_clause_is_still_a_trip():
    assert _visits("The Hunan delegation, which arrived in Perth on Monday, met with Governor Tom Hill.") \
        == [("Hunan", "Perth")]
