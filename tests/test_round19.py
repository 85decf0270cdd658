"""Sentences written for round 19 (no corpus text): Tibetan names of one part after a title, before 一行 or
glued to the title by the analyser; lists of documents one a line, each line opening with the two places that
sign it, under a sentence of their own ("The documents signed were:"); a department left in characters in an
English sentence is no name; machine translation's "On 24th,"; the eval gate's account of why an event's sides
were never predicted."""
import pytest

import liaison
from liaison import names
from liaison.evalgate import _side_in_text
from sentences import offices, sides


def _rec(text, published="2024-11-13"):
    return liaison.extract(text, published=published)


def _roles(rec, kind):
    names_ = {p["id"]: p["name"]["en"] or p["name"]["zh"] for p in rec["people"]}
    return sorted((names_[x["person"]], x["role"]) for e in rec["events"] if e["type"] == kind
                  for x in e["participants"])


@pytest.mark.parametrize("text, name, region", [
    ("6月5日，贵德县县长才让一行来到江阴市学习考察。", "才让", "Guide"),
    ("6月5日，玉树州州长扎西一行来到无锡市学习考察。", "扎西", "Yushu"),
])
def test_a_one_part_tibetan_name_after_a_title_stops_before_yixing_and_leads(text, name, region):
    rec = _rec(text)
    assert offices(rec) == {name: [("head", region)]}
    assert _roles(rec, "visit") == [(names.romanize(name), "leader")]


def test_a_one_part_tibetan_name_is_one_word_in_letters():
    assert names.romanize("才让") == "Cairang" and names.romanize("扎西") == "Zhaxi"
    assert names.romanize("扎西彭措") == "Zhaxi Pengcuo" and names.romanize("王东") == "Wang Dong"


@pytest.mark.parametrize("text", [
    "On 8 May, cities of Hunan and Kenya signed three cooperation documents in Changsha. The documents signed were:\n"
    "Changde City – Machakos County: letter of intent on friendship city relations\n"
    "Yueyang City – Kisumu County: memorandum of understanding on port cooperation\n"
    "Huaihua City – Nyeri County: agreement on tea processing cooperation\n",
    "On 8 May, cities of Hunan and Kenya signed three cooperation documents in Changsha:\n"
    "1. Changde and Machakos County, a letter of intent on friendship city relations;\n"
    "2. Yueyang and Kisumu County, a memorandum of understanding on port cooperation;\n"
    "3. Huaihua and Nyeri County, an agreement on tea processing cooperation.\n",
    "Hunan and Kenya held a cooperation conference in Changsha on 8 May.\n\nThe documents signed were:\n"
    "Changde City – Machakos County: letter of intent on friendship city relations\n"
    "Yueyang City – Kisumu County: memorandum of understanding on port cooperation\n"
    "Huaihua City – Nyeri County: agreement on tea processing cooperation\n",
])
def test_each_listed_document_is_signed_by_the_two_places_its_line_opens_with(text):
    rec = _rec(text)
    assert sides(rec, "agreement") == [["Changde", "Machakos"], ["Huaihua", "Nyeri"], ["Kisumu", "Yueyang"]]
    deals = [e for e in rec["events"] if e["type"] == "agreement"]
    assert all(e["date"]["start"] == "2024-05-08" for e in deals)
    assert all(e["title"] is None for e in deals)  # "letter of intent on …": no document's name


def test_a_list_of_titled_documents_without_places_keeps_the_signing_sides():
    rec = _rec("On 8 May, Hunan and Nairobi County signed the following documents in Changsha:\n"
               "1. Memorandum of Understanding on Trade Cooperation\n"
               "2. Letter of Intent on Sister Relations\n")
    assert sides(rec, "agreement") == [["Hunan", "Nairobi"], ["Hunan", "Nairobi"]]
    assert sorted(e["title"]["en"] for e in rec["events"] if e["type"] == "agreement") == [
        "Letter of Intent on Sister Relations", "Memorandum of Understanding on Trade Cooperation"]


def test_a_department_left_in_characters_in_an_english_sentence_is_no_name():
    rec = _rec("Deputy director of provincial 商务厅 Sun Li attended the meeting in Shenyang.")
    assert [p["name"]["en"] for p in rec["people"]] == ["Sun Li"]
    rec = _rec("Vice Governor of Jiangxi Province 胡强 met the delegation in Nanchang.")
    assert offices(rec) == {"胡强": [("deputy_head", "Jiangxi")]}  # a name left in characters still is one


def test_machine_translations_on_24th_is_a_day_of_the_month_told_before():
    rec = _rec("From June 22 to 28, Vice Governor Wang Xiaolan led a Liaoning delegation to Zimbabwe. On 24th, "
               "Zimbabwe Minister Tendai Moyo met Wang Xiaolan in Harare.", published="2025-07-02")
    [meeting] = [e for e in rec["events"] if e["type"] == "meeting"]
    assert meeting["date"]["start"] == "2025-06-24"
    rec = _rec("The delegation stayed on 24th floor of the Harare hotel.", published="2025-07-02")
    assert rec["events"] == []


def _eq(a, b):  # the scorer's rule: codes when both have one, else a shared name
    if a.get("code") and b.get("code"):
        return a["code"] == b["code"]
    return bool({v for v in a["name"].values() if v} & {v for v in b["name"].values() if v})


def test_the_eval_gate_tells_whether_the_tables_find_a_side_never_predicted():
    text = "Hengyang and Machinga District of Malawi signed a memorandum."
    from liaison.evalgate import _found_regions
    found = _found_regions(text)
    hengyang = {"code": "430400", "name": {"zh": "衡阳市", "en": "Hengyang"}, "country": "CN"}
    nowhere = {"code": None, "name": {"zh": None, "en": "Zomba"}, "country": "MW"}
    read_as_other = {"code": None, "name": {"zh": None, "en": "Machinga District of Malawi"}, "country": "MW"}
    assert _side_in_text(hengyang, text, found, _eq) == "found by the tables"
    assert _side_in_text(nowhere, text, found, _eq) == "gold name not in text"
    assert _side_in_text(read_as_other, text, found, _eq) == "gold name in text, tables read another place there"
    assert _side_in_text(dict(nowhere, name={"zh": None, "en": "signed a"}), text, found, _eq) == \
        "gold name in text, tables find nothing there"
