""""arrived here": the place is the one the report is datelined (own sentences)."""
import liaison


def _visits(text: str):
    rec = liaison.extract(text, published="2025-05-14")
    return [(e["origin"]["name"]["en"], e["destination"]["name"]["en"], e["date"]["start"])
            for e in rec["events"] if e["type"] == "visit"]


def test_arrived_here_goes_to_the_dateline_place():
    text = "VIENTIANE, May 12 (Xinhua) -- A delegation of Yunnan province arrived here on Monday for a visit."
    assert _visits(text) == [("Yunnan", "Vientiane", "2025-05-12")]


def test_here_without_a_dateline_names_no_place():
    assert _visits("A delegation of Yunnan province arrived here on Monday for a visit.") == []
