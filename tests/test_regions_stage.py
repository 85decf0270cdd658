"""The regions stage in context: 吉林 province or city, abbreviations, machine-translation errors (issue 3).

Every sentence here was written for these tests. Each text is analysed once
per module (``docs`` fixture) and turned into a record from that same Doc.
"""
from __future__ import annotations

import json

import pytest

import liaison
from liaison.record import to_record

PUB = "2023-11-08"

TEXTS = {
    "province": "吉林省代表团赴天津考察。吉林与天津两地签署合作协议。",
    "city": "吉林市市长李红梅率团赴天津考察，吉林方面表示将深化合作。",
    "city_district": "吉林市船营区代表团赴天津考察。吉林与天津两地签署合作协议。",
    "two_cities": "吉林市代表团赴长春市考察。吉林、长春两市签署合作协议。",
    "abbr": "11月6日，吉林省党政代表团来津考察，津企与吉方签约。津吉两地将共同推进京津冀与东北地区合作。",
    "not_places": "货轮到港后，双方在吉祥大厦举行座谈。",
    "name_inside": "吉林省委书记周海林率吉林省代表团来津考察。",
    # a page about Jilin and Tianjin whose English paragraph turned 吉 into a country
    "mt": ("11月6日，吉林省党政代表团来津考察。天津市委书记李红梅会见代表团，两地签署合作框架协议。\n"
           "On November 6, the Kyrgyzstan Party and government delegation came to Tianjin. "
           "Tianjin and Kyrgyzstan will deepen cooperation in agriculture."),
    # the same country named in an article that is really about it: kept
    "kg_real": "A Tianjin trade delegation visited Bishkek, Kyrgyzstan, and met officials of the Kyrgyz Republic.",
    "en": "A delegation from Changchun City, Jilin Province, visited Tianjin Municipality on Tuesday.",
}


@pytest.fixture(scope="module")
def docs() -> dict:
    return {k: liaison.extract_doc(t, published=PUB, id=k) for k, t in TEXTS.items()}


@pytest.fixture(scope="module")
def recs(docs) -> dict[str, dict]:
    return {k: to_record(d) for k, d in docs.items()}


def regions(doc) -> list[tuple[str, object]]:
    """(surface text, code) per region span; a pair or group gives a tuple of codes."""
    out = []
    for s in doc.layer("regions"):
        v = s.value
        out.append((doc.text[s.start:s.end], tuple(r.code for r in v) if isinstance(v, tuple) else v.code))
    return out


def all_region_dicts(rec: dict):
    """Every REGION in a record: positions, event origin / destination / parties, ties."""
    for p in rec["people"]:
        for x in p["positions"]:
            if x["region"]:
                yield x["region"]
    for e in rec["events"]:
        for r in [e["origin"], e["destination"], *e["parties"]]:
            if r:
                yield r
    for t in rec.get("ties", []):
        yield from t["regions"]


# ------------------------------------------------------------------ 吉林: province or city
def test_jilin_province_full_and_short_name(docs, recs):
    assert regions(docs["province"]) == [("吉林省", "220000"), ("天津", "120000"), ("吉林", "220000"),
                                         ("天津", "120000")]
    (visit,) = [e for e in recs["province"]["events"] if e["type"] == "visit"]
    assert visit["origin"] == {"code": "220000", "name": {"zh": "吉林省", "en": "Jilin"}, "country": "CN"}
    assert visit["destination"]["code"] == "120000"


def test_jilin_city_when_the_article_is_about_the_city(docs, recs):
    assert regions(docs["city"]) == [("吉林市", "220200"), ("天津", "120000"), ("吉林", "220200")]
    (p,) = recs["city"]["people"]
    assert p["positions"][0]["region"] == {"code": "220200", "name": {"zh": "吉林市", "en": "Jilin"}, "country": "CN"}


def test_jilin_city_when_a_district_of_it_is_named(docs):
    assert ("吉林", "220200") in regions(docs["city_district"])


@pytest.mark.xfail(reason="known gap: with only cities of Jilin named (吉林市, 长春市), a bare 吉林 in 吉林、长春两市 "
                          "ties province and city (the cities count as the province's descendants) and the tie "
                          "keeps the province", strict=False)
def test_jilin_city_next_to_another_city(docs):
    assert ("吉林", "220200") in regions(docs["two_cities"])


# ------------------------------------------------------------------ abbreviations
def test_abbreviations_in_context(docs, recs):
    got = regions(docs["abbr"])
    assert ("津", "120000") in got            # 来津
    assert got.count(("津", "120000")) == 2   # 来津, 津企
    assert ("吉", "220000") in got            # 吉方
    assert ("津吉", ("120000", "220000")) in got
    assert ("京津冀", ("110000", "120000", "130000")) in got
    (visit,) = [e for e in recs["abbr"]["events"] if e["type"] == "visit"]
    assert (visit["origin"]["code"], visit["destination"]["code"]) == ("220000", "120000")
    assert visit["destination"]["name"] == {"zh": "天津市", "en": "Tianjin"}


def test_words_that_only_look_like_abbreviations(docs):
    # 到港 is a ship reaching port, 吉祥 a hotel name: neither Hong Kong nor Jilin
    assert regions(docs["not_places"]) == []


def test_place_inside_a_name_is_not_a_region(docs, recs):
    assert ("海林", "231083") not in regions(docs["name_inside"])
    (visit,) = [e for e in recs["name_inside"]["events"] if e["type"] == "visit"]
    assert visit["origin"]["code"] == "220000"


# ------------------------------------------------------------------ English
def test_english_names_drop_the_type_word(docs, recs):
    assert regions(docs["en"]) == [("Changchun City", "220100"), ("Jilin Province", "220000"),
                                   ("Tianjin Municipality", "120000")]
    (visit,) = [e for e in recs["en"]["events"] if e["type"] == "visit"]
    # the smallest region named for the visitors: the city, not its province
    assert visit["origin"] == {"code": "220100", "name": {"zh": "长春市", "en": "Changchun"}, "country": "CN"}
    assert visit["destination"] == {"code": "120000", "name": {"zh": "天津市", "en": "Tianjin"}, "country": "CN"}


# ------------------------------------------------------------------ machine-translation errors
def test_mistranslated_abbreviation_is_flagged(recs):
    rec, text = recs["mt"], TEXTS["mt"]
    flags = [f for f in rec["flags"] if f["kind"] == "suspect_translation"]
    assert len(flags) == 2
    for f in flags:
        assert f["text"] == "Kyrgyzstan" and f["suggest"] == "Jilin"
        s, e = f["span"]
        assert text[s:e] == "Kyrgyzstan"


def test_mistranslated_place_appears_nowhere_in_the_record(docs, recs):
    rec = recs["mt"]
    assert all(r["code"] != "KG" and r["name"]["en"] != "Kyrgyzstan" for r in all_region_dicts(rec))
    assert not any(s.value.code == "KG" for s in docs["mt"].layer("regions") if not isinstance(s.value, tuple))
    # outside the flags, the word is gone from the record
    rest = {k: v for k, v in rec.items() if k != "flags"}
    assert "Kyrgyz" not in json.dumps(rest, ensure_ascii=False)
    codes = {(e["origin"]["code"], e["destination"]["code"]) for e in rec["events"] if e["type"] == "visit"}
    assert codes == {("220000", "120000")}


def test_a_real_mention_of_the_country_is_kept(docs, recs):
    assert recs["kg_real"]["flags"] == []
    assert ("Kyrgyzstan", "KG") in regions(docs["kg_real"])
