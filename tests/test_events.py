"""Events: visits, meetings, agreements and inspections in Chinese and English (issue 4).

Every sentence here was written for these tests; the officials and companies
are invented. Each text is extracted once per module (``recs`` fixture).
"""
from __future__ import annotations

import re

import pytest

import liaison
from liaison.testing import roles_of
from liaison.names import normalize_en

PUB = "2023-11-08"

ZH = ("11月6日至7日，吉林省委书记王建国率吉林省党政代表团赴天津市考察。天津市委书记李红梅会见代表团一行。\n"
      "7日上午，吉林·天津合作交流座谈会在天津举行。李红梅主持座谈会并讲话，王建国讲话。天津市委副书记、市长张卫东出席座谈会。"
      "双方表示，将在现代农业、战略性新兴产业、干部人才交流等领域深化合作。\n"
      "会上，吉林省副省长刘晓燕与天津市副市长赵国华代表两地政府签署了《吉林省人民政府 天津市人民政府深化战略合作框架协议》。"
      "王建国、李红梅见证签约。\n"
      "代表团一行还参观了天津明达机器人有限公司，实地考察了滨海高新技术产业园。")

EN = ("On November 6, a Jilin Province delegation led by Wang Jianguo, Secretary of the CPC Jilin Provincial Committee, "
      "visited Tianjin. Li Hongmei, Secretary of the CPC Tianjin Municipal Committee, met with the delegation.\n"
      "The two sides held talks on November 7. Li Hongmei presided over the talks and Wang Jianguo delivered a speech. "
      "Zhang Weidong, Mayor of Tianjin, attended the talks.\n"
      "Liu Xiaoyan, Vice Governor of Jilin Province, and Zhao Guohua, Vice Mayor of Tianjin, signed a memorandum of "
      "understanding on cooperation in modern agriculture, strategic emerging industries and cadres and talents. "
      "Wang Jianguo and Li Hongmei witnessed the signing.\n"
      "The delegation toured the Tianjin Mingda Robotics Plant and the Binhai Science Park.")

TEXTS = {
    "zh": ZH,
    "en": EN,
    # witnesses stated before the signing, in the same sentence
    "zh_witness_before": ("吉林省党政代表团赴天津市考察。在吉林省委书记王建国、天津市委书记李红梅的见证下，吉林省副省长刘晓燕与"
                          "天津市副市长赵国华签署了《吉林天津深化战略合作框架协议》。"),
    # witnesses stated after the signing, in the same sentence
    "zh_witness_after": ("吉林省党政代表团赴天津市考察。吉林省副省长刘晓燕与天津市副市长赵国华签署了《吉林天津深化战略合作框架协议》，"
                         "吉林省委书记王建国、天津市委书记李红梅见证签约。"),
    # a reception and an unnamed signing in one sentence
    "zh_host_and_sign": "11月6日，吉林省党政代表团来津考察。天津市委书记李红梅会见代表团，两地签署合作框架协议。",
    # people who only "took part in the activities" get no role
    "zh_related": ("吉林省党政代表团赴天津市考察。吉林·天津合作交流座谈会在天津举行。"
                   "吉林省委常委、秘书长单立新参加有关活动。"),
    "zh_above": ("吉林省党政代表团赴天津市考察。吉林·天津合作交流座谈会在天津举行。"
                 "吉林省委常委、秘书长单立新参加上述活动。"),
    # internal meetings: no outside party
    "zh_internal": "江西省召开全省农业农村工作会议。省委书记王建国出席会议并讲话，省长李红梅主持会议。会议强调，要推进现代农业发展。",
    "en_internal": ("The Jiangxi Provincial Party Committee held a provincial work conference on rural revitalization. "
                    "Wang Jianguo, Secretary of the CPC Jiangxi Provincial Committee, attended and delivered a speech."),
    # planned, not yet happened
    "zh_planned": "吉林省副省长刘晓燕表示，吉林省党政代表团将赴天津市考察，推动两地合作。",
    "en_planned": "A delegation from Jilin Province will visit Tianjin next month.",
    # a trip-level 考察 with no site described, to a city named with its province
    "zh_trip_only": "5月18日，河北省委书记王建国率河北省党政代表团来到吉林省长春市考察。",
    # the same signing told in Chinese and in its English translation
    "translated": ("11月6日，吉林省党政代表团赴天津市考察，两地签署战略合作框架协议。\n"
                   "On November 6, a Jilin Province delegation visited Tianjin, and the two sides signed a strategic "
                   "cooperation framework agreement."),
    # a headline announcing the signing the body then names
    "headline": ("吉林代表团来津考察 两地签署合作协议\n"
                 "11月6日，吉林省委书记王建国率吉林省党政代表团来津考察。会上，双方签署了《吉林天津深化战略合作框架协议》。"),
    # a reception and a symposium in one sentence
    "two_meetings": ("11月6日，吉林省委书记王建国率吉林省党政代表团来津考察。"
                     "天津市委书记李红梅会见代表团一行并共同出席津吉合作座谈会。"),
    # a US state's delegation in China
    "us": ("On Tuesday, a delegation led by Governor Maria Lopez of New Mexico visited Gansu Province. "
           "Gansu Governor Ren Zhenhe met with Maria Lopez. The two sides held talks in Lanzhou."),
}


@pytest.fixture(scope="module")
def recs() -> dict[str, dict]:
    return {k: liaison.extract(t, published=PUB, id=k) for k, t in TEXTS.items()}


# ------------------------------------------------------------------ helpers
def pid(rec: dict, name: str) -> str:
    found = [p["id"] for p in rec["people"]
             if p["name"]["zh"] == name or normalize_en(p["name"]["en"] or "") == normalize_en(name)]
    assert len(found) == 1, (name, [p["name"] for p in rec["people"]])
    return found[0]


def of_type(rec: dict, type_: str) -> list[dict]:
    return [e for e in rec["events"] if e["type"] == type_]


def one(rec: dict, type_: str) -> dict:
    evs = of_type(rec, type_)
    assert len(evs) == 1, [(e["type"], e["evidence"]) for e in rec["events"]]
    return evs[0]


def stating(rec: dict, text: str, type_: str, word: str) -> dict:
    """The event of ``type_`` whose evidence contains ``word``."""
    evs = [e for e in of_type(rec, type_) if any(word in text[s:t] for s, t in e["evidence"])]
    assert len(evs) == 1, (type_, word, [(e["type"], [text[s:t] for s, t in e["evidence"]]) for e in rec["events"]])
    return evs[0]


def roles(rec: dict, ev: dict) -> set[tuple[str, str]]:
    return roles_of(rec, ev)


def codes(regions: list[dict]) -> set:
    return {r["code"] or r["name"]["en"] for r in regions}


# ------------------------------------------------------------------ Chinese article
def test_zh_event_inventory(recs):
    assert sorted(e["type"] for e in recs["zh"]["events"]) == ["agreement", "inspection", "meeting", "meeting", "visit"]


def test_zh_visit(recs):
    v = one(recs["zh"], "visit")
    assert v["origin"]["code"] == "220000" and v["destination"]["code"] == "120000"
    assert v["date"] == {"start": "2023-11-06", "end": "2023-11-07"}
    assert ("王建国", "leader") in roles(recs["zh"], v)
    assert "part_of" not in v


def test_zh_reception_makes_the_receiver_host(recs):
    # ANNOTATION: in a 会见 the official who receives is host, the visitors (the delegation's leader) attend
    m = stating(recs["zh"], ZH, "meeting", "会见")
    assert roles(recs["zh"], m) == {("李红梅", "host"), ("王建国", "attendee")}
    assert codes(m["parties"]) == {"220000", "120000"}


def test_zh_reception_without_its_own_date_has_null_date(recs):
    m = stating(recs["zh"], ZH, "meeting", "会见")
    assert m["date"] == {"start": None, "end": None}


def test_zh_symposium_inside_the_visit_is_its_own_meeting(recs):
    rec = recs["zh"]
    m = stating(rec, ZH, "meeting", "座谈会在天津举行")
    assert m["date"] == {"start": "2023-11-07", "end": "2023-11-07"}
    assert codes(m["parties"]) == {"220000", "120000"}
    assert {("李红梅", "presider"), ("王建国", "speaker"), ("张卫东", "attendee")} <= roles(rec, m)
    assert m["part_of"] == one(rec, "visit")["id"]


def test_zh_fields_are_mapped(recs):
    # 现代农业 → agriculture, 战略性新兴产业 → industry, 干部人才交流 → talent
    m = stating(recs["zh"], ZH, "meeting", "座谈会在天津举行")
    assert m["fields"] == ["agriculture", "industry", "talent"]


def test_zh_presider_who_also_speaks_has_both_roles(recs):
    m = stating(recs["zh"], ZH, "meeting", "座谈会在天津举行")
    assert {("李红梅", "presider"), ("李红梅", "speaker")} <= roles(recs["zh"], m)


def test_zh_agreement_with_title_and_signatories(recs):
    rec = recs["zh"]
    a = one(rec, "agreement")
    assert a["title"] == {"zh": "吉林省人民政府 天津市人民政府深化战略合作框架协议", "en": None}
    assert {("刘晓燕", "signatory"), ("赵国华", "signatory")} <= roles(rec, a)
    assert codes(a["parties"]) == {"220000", "120000"}
    assert a["part_of"] == one(rec, "visit")["id"]


def test_zh_witnesses_in_the_next_sentence(recs):
    a = one(recs["zh"], "agreement")
    assert {("王建国", "witness"), ("李红梅", "witness")} <= roles(recs["zh"], a)


def test_zh_witnesses_before_the_signing(recs):
    rec = recs["zh_witness_before"]
    a = one(rec, "agreement")
    assert roles(rec, a) == {("王建国", "witness"), ("李红梅", "witness"),
                             ("刘晓燕", "signatory"), ("赵国华", "signatory")}
    assert a["title"]["zh"] == "吉林天津深化战略合作框架协议"


def test_zh_witnesses_after_the_signing_are_not_signatories(recs):
    rec = recs["zh_witness_after"]
    assert roles(rec, one(rec, "agreement")) == {("王建国", "witness"), ("李红梅", "witness"),
                                                 ("刘晓燕", "signatory"), ("赵国华", "signatory")}


def test_zh_host_goes_to_the_meeting_not_the_signing(recs):
    rec, text = recs["zh_host_and_sign"], TEXTS["zh_host_and_sign"]
    assert ("李红梅", "host") in roles(rec, stating(rec, text, "meeting", "会见"))
    assert ("李红梅", "host") not in roles(rec, one(rec, "agreement"))


def test_zh_inspection_sites(recs):
    rec = recs["zh"]
    ins = one(rec, "inspection")
    assert ins["sites"] == [{"zh": "天津明达机器人有限公司", "en": None}, {"zh": "滨海高新技术产业园", "en": None}]
    assert ins["origin"]["code"] == "220000" and ins["destination"]["code"] == "120000"
    assert ("王建国", "leader") in roles(rec, ins)
    assert ins["part_of"] == one(rec, "visit")["id"]


def test_zh_related_activities_give_no_role(recs):
    rec = recs["zh_related"]
    assert one(rec, "meeting")["participants"] == []


def test_zh_above_activities_give_no_role(recs):
    rec = recs["zh_above"]
    assert one(rec, "meeting")["participants"] == []


# ------------------------------------------------------------------ English article
def test_en_event_inventory(recs):
    assert sorted(e["type"] for e in recs["en"]["events"]) == ["agreement", "inspection", "meeting", "meeting", "visit"]


def test_en_delegation_led_by_visited(recs):
    v = one(recs["en"], "visit")
    assert v["origin"]["code"] == "220000" and v["destination"]["code"] == "120000"
    assert v["date"] == {"start": "2023-11-06", "end": "2023-11-06"}
    assert ("Wang Jianguo", "leader") in roles(recs["en"], v)


def test_en_met_with_makes_a_host(recs):
    m = stating(recs["en"], EN, "meeting", "met with the delegation")
    assert roles(recs["en"], m) == {("Li Hongmei", "host"), ("Wang Jianguo", "attendee")}


def test_en_held_talks_with_presider_speaker_attendee(recs):
    rec = recs["en"]
    m = stating(rec, EN, "meeting", "held talks")
    assert m["date"] == {"start": "2023-11-07", "end": "2023-11-07"}
    assert {("Li Hongmei", "presider"), ("Wang Jianguo", "speaker"), ("Zhang Weidong", "attendee")} <= roles(rec, m)
    assert codes(m["parties"]) == {"220000", "120000"}
    assert m["part_of"] == one(rec, "visit")["id"]


def test_en_signed_a_memorandum(recs):
    rec = recs["en"]
    a = one(rec, "agreement")
    assert a["title"] is None  # "a memorandum of understanding" names no specific document
    assert {("Liu Xiaoyan", "signatory"), ("Zhao Guohua", "signatory")} <= roles(rec, a)
    # modern agriculture → agriculture, strategic emerging industries → industry, cadres and talents → talent
    assert a["fields"] == ["agriculture", "industry", "talent"]
    assert codes(a["parties"]) == {"220000", "120000"}


def test_en_witnessed_the_signing(recs):
    a = one(recs["en"], "agreement")
    assert {("Wang Jianguo", "witness"), ("Li Hongmei", "witness")} <= roles(recs["en"], a)


def test_en_toured_the_plant(recs):
    ins = one(recs["en"], "inspection")
    assert ins["sites"] == [{"zh": None, "en": "Tianjin Mingda Robotics Plant"},
                            {"zh": None, "en": "Binhai Science Park"}]
    assert ins["part_of"] == one(recs["en"], "visit")["id"]


def test_en_us_state_delegation(recs):
    rec = recs["us"]
    v = one(rec, "visit")
    assert (v["origin"]["name"]["en"], v["origin"]["country"], v["destination"]["code"]) == ("New Mexico", "US", "620000")
    assert ("Maria Lopez", "leader") in roles(rec, v)
    assert ("Ren Zhenhe", "host") in roles(rec, stating(rec, TEXTS["us"], "meeting", "met with"))


# ------------------------------------------------------------------ what is not an event
@pytest.mark.parametrize("key", ["zh_internal", "en_internal"])
def test_internal_meeting_is_no_event(recs, key):
    assert recs[key]["events"] == []


def test_zh_planned_visit_is_no_event(recs):
    assert recs["zh_planned"]["events"] == []


def test_en_planned_visit_is_no_event(recs):
    assert recs["en_planned"]["events"] == []


def test_trip_level_kaocha_without_sites_is_the_visit_alone(recs):
    assert [e["type"] for e in recs["zh_trip_only"]["events"]] == ["visit"]


def test_destination_is_the_smallest_region_named(recs):
    assert one(recs["zh_trip_only"], "visit")["destination"]["code"] == "220100"


def test_translated_paragraph_does_not_double_the_agreement(recs):
    rec = recs["translated"]
    assert len(of_type(rec, "visit")) == 1
    assert len(of_type(rec, "agreement")) == 1


def test_headline_signing_is_the_named_agreement(recs):
    a = one(recs["headline"], "agreement")
    assert a["title"]["zh"] == "吉林天津深化战略合作框架协议"


def test_reception_and_symposium_in_one_sentence_are_two_meetings(recs):
    rec = recs["two_meetings"]
    assert len(of_type(rec, "meeting")) == 2
    symposium = [m for m in of_type(rec, "meeting") if ("李红梅", "attendee") in roles(rec, m)]
    reception = [m for m in of_type(rec, "meeting") if ("李红梅", "host") in roles(rec, m)]
    assert len(symposium) == 1 and len(reception) == 1 and symposium[0] is not reception[0]
    assert all(m["part_of"] == one(rec, "visit")["id"] for m in of_type(rec, "meeting"))


# ------------------------------------------------------------------ evidence and part_of
_TRIGGERS = {
    "visit": r"率|代表团|delegation|visited",
    "meeting": r"会见|座谈会|会谈|met with|talks|presided|attended",
    "agreement": r"签署|签约|signed",
    "inspection": r"参观|考察|toured",
}


@pytest.mark.parametrize("key", ["zh", "en", "zh_witness_before", "us", "translated"])
def test_evidence_offsets_point_at_the_stating_sentences(recs, key):
    text = TEXTS[key]
    for e in recs[key]["events"]:
        assert e["evidence"], e
        for s, t in e["evidence"]:
            assert 0 <= s < t <= len(text)
            assert text[s:t] == text[s:t].strip()
        assert any(re.search(_TRIGGERS[e["type"]], text[s:t]) for s, t in e["evidence"]), (e["type"], e["evidence"])


@pytest.mark.parametrize("key", ["zh", "en"])
def test_sub_events_point_at_their_visit(recs, key):
    visit = one(recs[key], "visit")
    others = [e for e in recs[key]["events"] if e["type"] != "visit"]
    assert others and all(e.get("part_of") == visit["id"] for e in others)
