"""English event dates (round 7, helper en4): an event's date is the one its own clause gives; a meeting held
during a trip told with its span of days has no date of its own. Every sentence here is written for these tests."""
import liaison

PUB = "2024-05-08"


def _dates(text: str, kind: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    return [((e.get("date") or {}).get("start"), (e.get("date") or {}).get("end"))
            for e in rec["events"] if e["type"] == kind]


def test_a_meeting_during_a_trip_span_has_no_date_of_its_own():
    text = ("During his March 11-15 visit to Jiangsu, Vermont Governor Paul Dorsey met with "
            "Jiangsu Governor Zhou Ming in Nanjing.")
    assert _dates(text, "meeting") == [(None, None)]


def test_a_meeting_during_a_trip_of_one_year_keeps_its_year():
    text = ("During her trip to Jiangsu in 2016, Vermont Governor Anna Dorsey met with "
            "Jiangsu Governor Zhou Ming in Nanjing.")
    assert _dates(text, "meeting") == [("2016", "2016")]


def test_a_meeting_with_its_own_day_inside_a_trip_keeps_it():
    text = ("During his March 11-15 visit to Jiangsu, Vermont Governor Paul Dorsey met with "
            "Jiangsu Governor Zhou Ming in Nanjing on March 12.")
    assert _dates(text, "meeting") == [("2024-03-12", "2024-03-12")]


def test_a_year_opening_the_sentence_dates_its_signing():
    text = "In 2011, Maine and Fujian signed an agreement on forestry cooperation."
    assert _dates(text, "agreement") == [("2011", "2011")]


def test_an_earlier_signing_keeps_its_own_year_not_the_meeting_day():
    text = ("Maine Governor Ruth Carver met with Fujian Governor Lin Tao in Augusta on May 6. "
            "In 2011, the two sides signed an agreement on forestry cooperation.")
    assert _dates(text, "agreement") == [("2011", "2011")]


def test_a_signing_inside_a_since_phrase_keeps_its_own_year():
    text = ("Maine Governor Ruth Carver met with Fujian Governor Lin Tao in Augusta on May 6. Since signing a "
            "sister-state agreement in 2004, the two have cooperated closely.")
    assert all(d == ("2004", "2004") for d in _dates(text, "agreement"))
    assert _dates(text, "meeting") == [("2024-05-06", "2024-05-06")]
