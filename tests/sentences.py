"""Helpers the tests of written sentences share (no test here: pytest collects only test_*.py)."""
import liaison


def visits(text, published="2023-05-20"):
    """(origin, destination, start date) of each visit the text gives, places by their English names."""
    rec = liaison.extract(text, published=published)
    return [((e["origin"] or {}).get("name", {}).get("en"), (e["destination"] or {}).get("name", {}).get("en"),
             e["date"]["start"]) for e in rec["events"] if e["type"] == "visit"]
