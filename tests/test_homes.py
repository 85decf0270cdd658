"""The article's home side (``doc.meta["home"]`` / ``home_cn``): what 我市, 市委书记 with no place, or
"the provincial Party secretary" refer to. Family: the reporting side is usually not the most-named
region. Every sentence here was written for these tests.
"""
from __future__ import annotations

import liaison
from liaison.homes import self_references

PUB = "2024-05-20"


def home(text: str, kind: str, **kw):
    doc = liaison.extract_doc(text, published=PUB, **kw)
    r = doc.meta["home_cn"].get(kind)
    return r.code if r is not None and r.code else (r.en if r is not None else None)


def position_regions(text: str, **kw) -> dict:
    rec = liaison.extract(text, published=PUB, **kw)
    return {p["name"]["zh"]: [(x["role"], x["region"] and x["region"]["code"]) for x in p["positions"]]
            for p in rec["people"]}


def test_outlet_names_the_home_not_the_most_named_city():
    text = ("本报讯 6月4日，我市与河北省保定市正式缔结友好城市。保定市副市长刘明率保定市代表团出席。"
            "保定市与我市将在保定市举办推介会。市长李建华出席签约仪式。来源：唐山日报")
    assert home(text, "city") == "130200"  # 唐山, not 保定
    assert position_regions(text)["李建华"] == [("head", "130200")]


def test_visitors_who_come_to_our_city_are_not_the_home():
    text = ("10月9日，四川省理塘县党政代表团一行来到我市，考察对接协作工作。代表团参观了丽水经济开发区。"
            "理塘县委书记在座谈会上介绍了理塘县情况。市委常委、副市长王强陪同考察。")
    assert home(text, "city") == "331100"  # 丽水
    assert position_regions(text)["王强"] == [("standing_member", "331100"), ("deputy_head", "331100")]


def test_self_reference_becomes_a_span_of_the_home_region():
    text = "本报讯 乙市代表团来我市考察。南平市委书记会见了代表团。来源：南平日报"
    doc = liaison.extract_doc(text, published=PUB)
    spans = {doc.text[s.start:s.end]: s.value.code for s in doc.layer("regions") if not isinstance(s.value, tuple)}
    assert spans.get("我市") == "350700"


def test_the_places_after_we_and_are_the_other_side():
    text = ("4月1日，我区与贵州省黔东南州台江县对接东西部协作工作。区委书记王明与台江县委书记座谈。"
            "台江县感谢海淀区的支持。海淀区将继续助力台江县发展，台江县干部将来京学习。")
    assert home(text, "county") == "110108"  # 海淀区, not 台江县


def test_page_address_names_the_province():
    text = "7月8日，省长王强主持召开省政府常务会议，研究湖南省防汛工作经验。"
    assert home(text, "province", url="http://gxt.shaanxi.gov.cn/a/1.html") == "610000"


def test_a_hong_kong_page_about_its_own_government():
    text = ("特区政府代表团今日抵达广州，展开访问行程。广州市领导会见代表团。特区政府与广州市签署合作协议。"
            "公务员事务局局长陈美玲出席。行程结束后，代表团返港。")
    assert home(text, "city") == "HK"
    assert position_regions(text)["陈美玲"] == [("head", "HK")]


def test_a_place_only_named_by_the_outlet_of_an_english_page():
    text = ("Officials from Jilin province began a trip to Russia on May 19. The provincial Party secretary "
            "led the delegation to Khabarovsk Krai, where he met the governor. [Photo/chinajilin.com.cn]")
    doc = liaison.extract_doc(text, published=PUB)
    assert doc.meta["home"]["province"].code == "220000"


def test_self_references_found():
    assert [k for _, _, k in self_references("我省与我市，本县和我区；本次会议")] == ["province", "city", "county", "county"]
