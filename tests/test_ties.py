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


def test_listed_pairs_are_one_agreement_each():
    text = ("2022湖南国际友城论坛9月3日在长沙开幕。在当日的签约仪式上,新缔结的3对友好城市分别为"
            "湖南省长沙市与日本鹿儿岛市、湖南省岳阳市与美国加利福尼亚州、湖南省株洲市与越南老街省。")
    rec = liaison.extract(text)
    validate(rec)
    agreements = [e for e in rec["events"] if e["type"] == "agreement"]
    assert len(agreements) == 3
    assert agreements[0]["parties"][0]["code"] == "430100"
    # no published date: the year comes from the forum's name in the same sentence as the day
    assert {a["date"]["start"] for a in agreements} == {"2022-09-03"}
