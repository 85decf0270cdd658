"""Standing ties between regions (SPEC ``ties``), from sentences written for these tests."""
import liaison
from liaison.record import validate


def _ties(text):
    rec = liaison.extract(text, published="2024-05-10")
    validate(rec)
    return rec.get("ties", []), text


def test_counterpart_cooperation_pair_abbreviation():
    ties, _ = _ties("会上,两地表示将继续深化津长对口合作,推动产业协同。")
    assert [(t["kind"], sorted(r["code"] for r in t["regions"])) for t in ties] == [
        ("counterpart_cooperation", ["120000", "220100"])]


def test_sister_cities_in_english_with_evidence():
    text = "Harbin and Niigata Prefecture marked ten years as sister cities on Monday."
    ties, _ = _ties(text)
    assert ties and ties[0]["kind"] == "sister_cities"
    names = {r["name"]["en"] for r in ties[0]["regions"]}
    assert names == {"Harbin", "Niigata"}
    s, e = ties[0]["evidence"][0]
    assert "sister cities" in text[s:e]


def test_paired_assistance_and_no_tie_with_one_region():
    ties, _ = _ties("福建省与宁夏回族自治区持续推进东西部协作。")
    assert [t["kind"] for t in ties] == ["paired_assistance"]
    ties, _ = _ties("我市扎实做好对口支援工作。")
    assert ties == []
