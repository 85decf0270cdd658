"""Participant roles told by verbs: who spoke, and at which meeting. Sentences written for these tests."""
from __future__ import annotations

import liaison

PUB = "2023-11-08"

TEXT = ("11月6日，吉林省省长王建国率吉林省政府代表团到天津出席津吉合作联席会议。会前，王建国与天津市委书记李红梅会面。"
        "李红梅称，两地合作潜力很大。\n"
        "王建国之后与天津市市长张卫东共同主持会议，会后双方签署合作协议。\n"
        "张卫东指两地要深化合作。王建国则说，吉林愿与天津加强交流。")


def _roles() -> dict[str, set]:
    rec = liaison.extract(TEXT, published=PUB)
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    out: dict[str, set] = {}
    for e in rec["events"]:
        if e["type"] != "meeting":
            continue
        key = "talks" if any(x["role"] == "presider" for x in e["participants"]) else "reception"
        out[key] = {(ids[x["person"]], x["role"]) for x in e["participants"]}
    return out


def test_speech_verbs_cheng_zhi_and_ze_shuo():
    roles = _roles()
    assert ("李红梅", "speaker") in roles["reception"]
    assert {("张卫东", "speaker"), ("王建国", "speaker")} <= roles["talks"]


def test_speakers_after_a_presided_meeting_speak_at_it():
    roles = _roles()
    assert ("张卫东", "speaker") not in roles["reception"]
    assert ("王建国", "speaker") not in roles["reception"]


def test_zhi_inside_other_words_is_no_speech():
    rec = liaison.extract("11月6日，天津市委书记李红梅会见吉林省省长王建国一行。李红梅指导两地相关部门做好对接。", published=PUB)
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    roles = {(ids[x["person"]], x["role"]) for e in rec["events"] for x in e["participants"]}
    assert ("李红梅", "speaker") not in roles


def _meeting_roles(text: str) -> set:
    rec = liaison.extract(text, published=PUB)
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    return {(ids[x["person"]], x["role"]) for e in rec["events"] if e["type"] == "meeting" for x in e["participants"]}


def test_a_pronoun_opening_a_sentence_speaks_for_the_one_named_before():
    roles = _meeting_roles("11月6日，吉林省省长王建国在长春会见了天津市市长张卫东一行。"
                           "王建国对客人的到来表示欢迎。他说，两地在经贸、旅游等领域合作成效明显。")
    assert ("王建国", "speaker") in roles
    assert ("张卫东", "speaker") not in roles


def test_they_names_no_single_speaker():
    roles = _meeting_roles("11月6日，吉林省省长王建国在长春会见了天津市市长张卫东一行。"
                           "王建国对客人的到来表示欢迎。他们表示，两地在经贸领域合作成效明显。")
    assert ("王建国", "speaker") not in roles


def test_a_name_written_again_where_the_model_missed_it_still_names_the_person():
    from liaison.doc import Doc, Person
    from liaison.stages.events.context import Ctx

    text = "副省长王建国会见了新泻县知事山田太郎。山田太郎表示，愿加强合作。王建国说，欢迎。"
    doc = Doc(raw=text, meta={})
    doc.text = text
    doc.people = [Person(id="p1", zh="王建国", mentions=[(3, 6), (32, 35)]), Person(id="p2", zh="山田太郎", mentions=[(14, 18)])]
    ctx = Ctx(doc)
    assert (19, 23, "p2") in ctx.persons_in(19, 30)  # the second 山田太郎, which no model found
    assert [m for m in ctx.mentions if m[2] == "p1"] == [(3, 6, "p1"), (32, 35, "p1")]  # nothing added twice


def test_a_family_name_with_a_title_speaks_for_the_one_person_bearing_them():
    roles = _meeting_roles("1月12日，屏东县长周春米率团访问长崎县，长崎县知事大石贤吾在长崎会见了周春米一行。"
                           "周县长表示，两地将加强观光交流。大石知事说，欢迎屏东县代表团。")
    assert {("周春米", "speaker"), ("大石贤吾", "speaker")} <= roles


def test_a_family_name_two_people_share_names_nobody():
    roles = _meeting_roles("11月6日，吉林省省长王建国在长春会见了天津市市长王卫东一行。王市长表示，两地合作潜力很大。")
    assert not any(role == "speaker" for _n, role in roles)


def test_a_guest_named_before_shuailing_de_leads_the_visit_received():
    # 甲先生率领的…代表团: the text says he leads (ANNOTATION: leader), not a plain member
    rec = liaison.extract("10月5日，青岛市市长张华会见了山西省省长李明先生率领的山西省政府代表团一行。", published="2023-10-06")
    ids = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    (visit,) = [e for e in rec["events"] if e["type"] == "visit"]
    assert {(ids[x["person"]], x["role"]) for x in visit["participants"]} == {("李明", "leader")}
