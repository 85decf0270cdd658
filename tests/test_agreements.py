"""Agreements: which signings are events, their sides, titles, dates and roles.

Every sentence here was written for these tests; the officials are invented.
"""
from __future__ import annotations

import pytest

import liaison
from liaison.testing import roles_of

PUB = "2023-11-08"


def ext(text: str, published: str | None = PUB) -> dict:
    return liaison.extract(text, published=published, id="t")


def agreements(rec: dict) -> list[dict]:
    return [e for e in rec["events"] if e["type"] == "agreement"]


def roles(rec: dict, ev: dict) -> set[tuple[str, str]]:
    return roles_of(rec, ev)


def sides(ev: dict) -> set[str]:
    return {r["name"]["zh"] or r["name"]["en"] for r in ev["parties"]}


# ------------------------------------------------------------------ which signings
def test_second_unnamed_signing_with_another_city_is_its_own_agreement():
    rec = ext("昨日上午，苏州市与洛阳市缔结友好城市。苏州市市长周明远与洛阳市市长韩立伟签署了两市友好城市关系协议书。"
              "昨日下午，苏州与南宁两市缔结友好城市签约仪式在会展中心举行。"
              "苏州市市长周明远和南宁市市长黎家辉在协议上签字并致辞。苏州市领导冯志坚见证了协议签署。")
    evs = agreements(rec)
    assert len(evs) == 2
    luoyang = next(e for e in evs if "洛阳市" in sides(e))
    nanning = next(e for e in evs if "南宁市" in sides(e))
    assert sides(luoyang) == {"苏州市", "洛阳市"} and sides(nanning) == {"苏州市", "南宁市"}
    assert {("黎家辉", "signatory"), ("周明远", "signatory"), ("冯志坚", "witness")} <= roles(rec, nanning)
    assert ("黎家辉", "signatory") not in roles(rec, luoyang) and ("冯志坚", "witness") not in roles(rec, luoyang)


def test_sister_town_pact_is_an_agreement():
    rec = ext("浙江省嘉兴市市长林文辉与福建省泉州市市长陈美玲今天代表签署姊妹市盟约，促进两地农业、观光交流。")
    (ev,) = agreements(rec)
    assert sides(ev) == {"嘉兴市", "泉州市"}
    assert ev["title"] is None


def test_english_pacts_are_an_agreement():
    rec = ext("Leaders of Yunnan Province and Laos's Luang Prabang Province held talks on March 3. "
              "The two parties signed three cooperation pacts on tourism and border trade.")
    assert len(agreements(rec)) == 1


def test_ties_dated_from_a_signing_are_no_agreement():
    rec = ext("Representatives of sister states met in Hunan on May 3. "
              "Hunan now has 30 sister states, since it signed its first agreement of sister relationship with "
              "Tasmania in 1984.")
    assert agreements(rec) == []


def test_signing_looked_forward_to_is_no_agreement():
    rec = ext("嘉兴市市长林文辉说，同是农业大市的嘉兴市和泉州市，期待在缔结姊妹市后增进交流。")
    assert agreements(rec) == []


# ------------------------------------------------------------------ titles
@pytest.mark.parametrize("doc", ["6份合作协议", "2020年对口合作工作计划", "建立友好省县关系协议"])
def test_batches_years_and_friendship_words_are_no_title(doc):
    rec = ext(f"11月6日，吉林省与天津市签署了{doc}。")
    (ev,) = agreements(rec)
    assert ev["title"] is None


def test_ceremony_names_the_document_and_a_shorter_headline_title_is_the_same():
    rec = ext("芜湖马鞍山签署产业协同发展合作框架协议\n"
              "来源：新华网 2023-11-08 09:12 11月6日，芜湖市马鞍山市产业协同发展合作框架协议签字仪式在芜湖市举行。"
              "芜湖市市长高振宇、马鞍山市市长许文涛出席签字仪式。高振宇、许文涛签署合作框架协议。")
    (ev,) = agreements(rec)
    assert ev["title"]["zh"] == "芜湖市马鞍山市产业协同发展合作框架协议"
    assert ev["date"]["start"] == "2023-11-06"
    assert {("高振宇", "signatory"), ("许文涛", "signatory"), ("高振宇", "attendee")} <= roles(rec, ev)


def test_ceremony_is_no_verb_for_speakers_and_attendees():
    rec = ext("11月6日，吉林省副省长刘晓燕与天津市副市长赵国华签署了两地旅游合作框架协议。"
              "吉林省委副书记孙德明和天津市委副书记钱立新在签约仪式上致辞。")
    (ev,) = agreements(rec)
    r = roles(rec, ev)
    assert {("孙德明", "speaker"), ("钱立新", "speaker")} <= r
    assert ("孙德明", "signatory") not in r


# ------------------------------------------------------------------ sides
def test_country_beside_its_province_is_the_province():
    rec = ext("11月6日，四川省与日本和歌山县签署建立友好省县关系协议。")
    (ev,) = agreements(rec)
    assert sides(ev) == {"四川省", "和歌山县"}


def test_english_signed_with_governor_signs_and_names_the_other_side():
    rec = ext("A delegation led by Governor Tom Becker of Iowa visited Beijing on Monday. "
              "Becker signed a memorandum of understanding with a province in central China on Tuesday. "
              "He signed the agreement with Henan Governor Wang Kaiming.")
    (ev,) = agreements(rec)
    assert ("Wang Kaiming", "signatory") in roles(rec, ev)
    assert {r["name"]["en"] for r in ev["parties"]} == {"Iowa", "Henan"}
