"""Helpers the tests of written sentences share (no test here: pytest collects only test_*.py)."""
import liaison


def visits(text, published="2023-05-20"):
    """(origin, destination, start date) of each visit the text gives, places by their English names."""
    rec = liaison.extract(text, published=published)
    return [((e["origin"] or {}).get("name", {}).get("en"), (e["destination"] or {}).get("name", {}).get("en"),
             e["date"]["start"]) for e in rec["events"] if e["type"] == "visit"]


def region_name(r):
    """A region's English name, else its Chinese one (None for no region)."""
    return None if r is None else (r.get("name") or {}).get("en") or (r.get("name") or {}).get("zh")


def sides(rec, kind):
    """The sides of each event of that kind in a record, each sorted, by name."""
    return sorted(sorted(region_name(r) for r in e["parties"]) for e in rec["events"] if e["type"] == kind)


def trips(rec):
    """(origin, destination) of each visit in a record, by name."""
    return sorted((region_name(e["origin"]), region_name(e["destination"])) for e in rec["events"]
                  if e["type"] == "visit")


def offices(rec, first="zh"):
    """Each person's (role, region name) positions, keyed by the name (in the language ``first``, else the other)."""
    other = "en" if first == "zh" else "zh"
    return {p["name"][first] or p["name"][other]: [(x["role"], region_name(x.get("region"))) for x in p["positions"]]
            for p in rec["people"]}


def roles(rec, kind):
    """(name, role) of every participant of the events of that kind in a record, sorted (English name first)."""
    by_id = {p["id"]: p["name"]["en"] or p["name"]["zh"] for p in rec["people"]}
    return sorted((by_id[x["person"]], x["role"]) for e in rec["events"] if e["type"] == kind for x in e["participants"])


def titles(rec):
    """The (zh, en) title of each agreement in a record, in record order."""
    return [((e.get("title") or {}).get("zh"), (e.get("title") or {}).get("en")) for e in rec["events"]
            if e["type"] == "agreement"]
