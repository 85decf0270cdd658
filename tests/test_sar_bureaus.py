"""Hong Kong and Macao bureaus whose names hold 及 (商务及经济发展局局长): one title, the SAR's (not the
mainland city the trip went to), and those named after 随行的有 / 成员包括 travel with the leader.
Every sentence here was written for these tests."""
from __future__ import annotations

import liaison
from liaison.testing import positions_by_name, roles_of

TEXT = ("香港特區政務司司長林大明今日率團抵達廣州訪問。隨行的有商務及經濟發展局局長張華、"
        "政制及內地事務局局長李強。代表團成員包括勞工及福利局副局長王明。")


def test_a_bureau_named_with_ji_is_one_title_of_the_sar():
    pos = positions_by_name(TEXT, "2023-11-08", keys=("zh",))
    assert pos["张华"] == [("head", "government_department", "HK")]
    assert pos["李强"] == [("head", "government_department", "HK")]
    assert pos["王明"] == [("deputy_head", "government_department", "HK")]
    rec = liaison.extract(TEXT, published="2023-11-08")
    titles = {p["name"]["zh"]: p["positions"][0]["title"]["zh"] for p in rec["people"]}
    assert titles["张华"] == "商务及经济发展局局长"  # not 随行的有…, not 经济发展局局长


def test_officials_named_after_suixing_de_you_travel_with_the_leader():
    rec = liaison.extract(TEXT, published="2023-11-08")
    (visit,) = [e for e in rec["events"] if e["type"] == "visit"]
    assert roles_of(rec, visit) == {("林大明", "leader"), ("张华", "member"), ("李强", "member"), ("王明", "member")}


def test_a_name_before_yi_after_a_japanese_office_is_cut_there():
    text = "高雄市長陳小明率團訪問日本熊本縣，與熊本縣知事林大華會面，熊本縣議會議長張華亦出席。"
    assert positions_by_name(text, "2023-11-08", keys=("zh",))["张华"] == [("head", "congress", "Kumamoto")]


def test_a_taiwan_legislator_sits_in_a_congress():
    text = "立法委員陳小明陪同高雄市長張華訪問日本熊本縣。"
    assert [(r, k) for r, k, _p in positions_by_name(text, "2023-11-08", keys=("zh",))["陈小明"]] == [("other", "congress")]


def test_hong_kongs_chief_secretary_in_english_is_other():
    text = ("Hong Kong's Chief Secretary for Administration, Mr Lam Tai-ming, arrived in Guangzhou today. "
            "In the afternoon, Mr Lam met with Guangdong Vice Governor Chen Hua.")
    pos = positions_by_name(text, "2023-11-07")
    assert pos["Lam Tai-ming"] == [("other", "government", "HK")]
    assert pos["Chen Hua"] == [("deputy_head", "government", "440000")]
