"""Region tables for the gazetteer: loading the TSVs in ``liaison/data`` into ``Region`` objects.

Kept apart from ``gazetteer.py`` (matching and resolution) so each stays small.
Every file is tab-separated with one header row and no quoting; multi-valued
cells use ``|`` (see ``data/SOURCES.md``).
"""
from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).parent / "data"

# GB/T 2260 codes of the three territories; SPEC.md wants their ISO codes instead.
TERRITORY_CODES = {"810000": "HK", "820000": "MO", "710000": "TW"}
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}


@dataclass(frozen=True)
class Region:
    code: str | None  # GB/T 2260 for mainland divisions; ISO alpha-2 for a country/territory; else None
    zh: str | None  # full Chinese name: 吉林省, 长春市, 中国, 加利福尼亚州
    en: str | None  # English name without type word: Jilin, Changchun, China, California
    country: str | None  # ISO alpha-2
    level: int  # 0 country/territory, 1 province / foreign state, 2 prefecture / city, 3 county
    parent: str | None = None  # parent code (Chinese divisions)

    def to_dict(self) -> dict:
        return {"code": self.code, "name": {"zh": self.zh, "en": self.en}, "country": self.country}

    @property
    def key(self) -> str:
        """A stable identity: the code, or country:en for regions without one."""
        return self.code or f"{self.country}:{self.en}"


def read_tsv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def country_abbreviations_zh() -> dict[str, str]:
    """One-character Chinese abbreviations of countries (日 → JP; ``data/country_abbreviations_zh.tsv``), read
    once for every reader: friendship associations (日中友好协会), trips (访美期间), country pairs (中美论坛)."""
    return {r["abbr"]: r["code"] for r in read_tsv("country_abbreviations_zh.tsv")}


def split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def fold(s: str) -> str:
    """Lowercase ASCII comparison form: diacritics removed, curly apostrophes straightened."""
    s = s.replace("’", "'").replace("‘", "'").replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


@dataclass
class Tables:
    """Everything the gazetteer indexes, as plain data."""

    by_code: dict[str, Region]
    divisions: list[dict]  # raw division rows (code, short_zh, abbr, type_zh, aliases ...)
    countries: list[tuple[Region, list[str], list[str]]]  # (region, zh aliases, en aliases)
    foreign: list[tuple[Region, list[str], list[str]]]
    groups: list[dict]  # regions.tsv rows
    pairs: list[dict]  # pair_abbreviations.tsv (+ extra) rows
    confusions: list[dict]


def load_tables() -> Tables:
    by_code: dict[str, Region] = {}
    countries = []
    for row in read_tsv("countries.tsv"):
        r = Region(row["code"], row["zh"], row["en"], row["code"], 0)
        by_code[r.code] = r
        countries.append((r, split(row["aliases_zh"]), split(row["aliases_en"])))
    # the territories: full Chinese names as the division table writes them
    for gb, iso in TERRITORY_CODES.items():
        r = by_code[iso]
        if iso != "TW":
            r = Region(iso, {"HK": "香港特别行政区", "MO": "澳门特别行政区"}[iso], r.en, iso, 0)
        by_code[iso] = r
        by_code[gb] = r
    countries = [(by_code[r.code], zh, en) for r, zh, en in countries]
    divisions = read_tsv("divisions_gb2260.tsv")
    for row in divisions:
        if row["code"] in TERRITORY_CODES:
            continue
        by_code[row["code"]] = Region(row["code"], row["name_zh"], row["en"], "CN", int(row["level"]),
                                      row["parent"] or None)
    foreign = []
    for row in read_tsv("foreign_regions.tsv"):
        r = Region(None, row["name_zh"] or None, row["en"], row["country"], int(row["level"]), row["country"])
        foreign.append((r, split(row["aliases_zh"]), split(row["aliases_en"])))
    pairs = read_tsv("pair_abbreviations.tsv") + read_tsv("pair_abbreviations_extra.tsv")
    return Tables(by_code, divisions, countries, foreign, read_tsv("regions.tsv"), pairs,
                  read_tsv("abbr_confusions.tsv"))


# A generated place is matched only where the article makes its country plausible (GATED), unless it is
# a city of a million people or more; a county only with its type word (Kings County).
OPEN, GATED, TYPED, WORDY = 0, 1, 2, 3  # WORDY: gated, and spelled like an English word (Reading, Union)
BIG_CITY = 1_000_000


class PlaceRow(NamedTuple):
    """One generated place (``places.tsv``, built by ``tools/build_places.py``; see SOURCES.md)."""

    region: Region
    zh: tuple  # (form, open?) — an open form matches without the country named (八王子市 of 580,000 people)
    en: tuple  # (lookup key, mark) — keys precomputed as gazetteer._key makes them; mark "!" an English
    # word (matched only after in / to / from ...), "^" matched only with its type word, "" none
    gate: int
    population: int
    hand: str  # "en|level" of the hand-written row (foreign_regions.tsv) this place is, or ""
    iso: str = ""  # its ISO 3166-2 code (a subdivision), or ""
    up: str = ""  # the ISO 3166-2 code of the division it lies in (a city's first-level one), or ""


def possessive_cut(word: str) -> str:
    """A word with its "'s" dropped, as the English scan reads it (Hawke's -> Hawke; "it's", "Li's" kept whole)."""
    return word[:-2] if word[-2:] in ("'s", "’s") and len(word) > 3 else word


def _possessive_cut(key: str) -> tuple:
    """A precomputed key's words, each through ``possessive_cut`` (hawke's bay -> hawke bay)."""
    return tuple(possessive_cut(w) for w in key.split(" "))


def _place_rows(lines, head: list[str]) -> list[PlaceRow]:
    ix = {c: i for i, c in enumerate(head)}
    i_cc, i_lv, i_par, i_en, i_zh = ix["country"], ix["level"], ix["parent"], ix["en"], ix["zh"]
    i_fz, i_ke, i_gate, i_pop, i_hand = ix["forms_zh"], ix["keys_en"], ix["gate"], ix["population"], ix["hand"]
    i_src, i_id = ix["source"], ix["id"]
    out = []
    for line in lines:
        row = line.rstrip("\n").split("\t")
        par, iso = row[i_par], row[i_id] if row[i_src] == "iso3166-2" else ""
        up = par if "-" in par else ""
        if row[i_src] == "geonames":
            par = row[i_cc]  # a city's Region answers to its country; its division is ``up``
        forms = row[i_fz]
        more = _more_zh_names().get(row[i_id])
        if more:  # 新阿基坦大区, 达尼丁: Chinese names the generated tables lack (data/places_names_zh.tsv)
            if not row[i_zh] and more[0]:
                row[i_zh] = more[0]
            forms = "|".join(f for f in (forms, more[1]) if f)
        # (the English name the tables add is the label: East Kazakhstan Region, not Shyghys Qazaqstan oblysy)
        r = Region(None, row[i_zh] or None, _more_en_label().get(iso) or row[i_en], row[i_cc], int(row[i_lv]),
                   par or None)
        zh = tuple((f[1:], True) if f[:1] == "+" else (f, False) for f in forms.split("|") if f)
        # "!": spelled like an English word; "^": answers to this name only with its type word
        en = tuple((_possessive_cut(k[1:]), k[0]) if k[:1] in "!^" else (_possessive_cut(k), "")
                   for k in row[i_ke].split("|") if k)
        out.append(PlaceRow(r, zh, en, int(row[i_gate]), int(row[i_pop] or 0), row[i_hand], iso, up))
    return out


@lru_cache(maxsize=1)
def _more_en_label() -> dict:
    """The first English name ``data/places_names_en.tsv`` gives a division abroad (its label in records)."""
    out: dict = {}
    for r in read_tsv("places_names_en.tsv"):
        out.setdefault(r["iso"], r["en"])
    return out


@lru_cache(maxsize=1)
def _more_zh_names() -> dict:
    """Chinese names of places abroad that the generated tables lack (新阿基坦大区 for Nouvelle-Aquitaine, 达尼丁
    beside 但尼丁): ``data/places_names_zh.tsv``, ISO 3166-2 code or GeoNames id -> (name or "", more forms)."""
    return {r["id"]: (r["zh"], r["forms"]) for r in read_tsv("places_names_zh.tsv")}


def load_open_places() -> list[PlaceRow]:
    """The generated places every article may need: open ones and those joining a hand-written row."""
    with (DATA / "places_open.tsv").open(encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        return _place_rows(f, head)


def places_index() -> dict[str, tuple[int, int]]:
    return {row["country"]: (int(row["offset"]), int(row["length"])) for row in read_tsv("places_index.tsv")}


def load_country_places(country: str, index: dict) -> list[PlaceRow]:
    """Every generated place of one country (its block of ``places.tsv``), read when an article names it."""
    if country not in index:
        return []
    off, n = index[country]
    with (DATA / "places.tsv").open("rb") as f:
        head = f.readline().decode("utf-8").rstrip("\n").split("\t")
        f.seek(off)
        return _place_rows(f.read(n).decode("utf-8").splitlines(), head)


def read_wordlist(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.split("\t")[0])
    return out
