"""Chinese roles told after the verb (出席会见的还有甲, 在座的有乙), speakers named by a pronoun with a setting
(他在致辞时指出, 她致辞时说), a name before 亦 (乙亦出席: not 乙亦), and an office named in two parts in a list
of officials (、商务及经济发展局局长丙: 商务 is no name). Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

import liaison
from liaison.testing import roles_of

MEETING = "11月6日，吉林省省长林大明在长春会见了浙江省副省长陈小华一行。"


def _meeting_roles(text: str) -> set[tuple[str, str]]:
    rec = liaison.extract(text, published="2023-11-08")
    (m,) = [e for e in rec["events"] if e["type"] == "meeting"]
    return roles_of(rec, m)


@pytest.mark.parametrize("after", [
    "出席会见的还有吉林省副省长张华、省政府秘书长李强。",
    "参加会见的有吉林省副省长张华、省政府秘书长李强。",
    "会见时在座的还有吉林省副省长张华、省政府秘书长李强。",
    "出席會見的還有吉林省副省長張華、省政府秘書長李強。",
])
def test_attendees_named_after_the_verb(after):
    got = _meeting_roles(MEETING + after)
    assert {("张华", "attendee"), ("李强", "attendee")} <= got


@pytest.mark.parametrize("said", ["他在致辞时指出，两省合作潜力巨大。", "她致辞时说，两省合作潜力巨大。",
                                  "他在座谈会上表示，两省合作潜力巨大。"])
def test_a_pronoun_speaker_with_a_setting_before_the_verb(said):
    text = "11月6日，吉林省省长林大明在长春出席吉浙合作座谈会。" + said
    assert ("林大明", "speaker") in _meeting_roles(text)


def test_a_name_before_yi_is_cut_there():
    text = MEETING + "吉林省副省长张华、省政府秘书长李强亦有出席。"
    got = _meeting_roles(text)
    assert ("李强", "attendee") in got and not any(n.endswith("亦") for n, _r in got)


def test_an_office_in_two_parts_in_a_list_is_no_name():
    text = ("11月6日，香港特区政务司司长林大明在广州出席粤港合作联席会议，广东省副省长陈小华、"
            "商务及经济发展局局长张华等一同出席。")
    rec = liaison.extract(text, published="2023-11-08")
    assert "商务" not in {p["name"]["zh"] for p in rec["people"]}
    assert ("张华", "attendee") in _meeting_roles(text)


@pytest.mark.parametrize("talks", ["林大明与浙江省省长陈小华举行工作会谈。", "浙江省省长陈小华与林大明会谈。"])
def test_talks_between_two_named_officials(talks):
    # 甲与乙会谈: both take part; the one who came from elsewhere attends, the one at home hosts
    text = "11月6日，吉林省省长林大明率团抵达杭州考察。" + talks
    assert _meeting_roles(text) == {("林大明", "attendee"), ("陈小华", "host")}


def test_bing_after_a_meeting_with_yu_continues_the_subject_alone():
    text = "香港特區政務司司長林大明今日率團抵達廣州訪問。林大明下午與廣東省省長陳小華會面，並出席粵港合作聯席會議。"
    rec = liaison.extract(text, published="2023-11-08")
    ms = [roles_of(rec, e) for e in rec["events"] if e["type"] == "meeting"]
    assert {("林大明", "attendee")} in ms  # the conference: attended by the visitor only
    assert not any(("陈小华", "attendee") in m for m in ms)


def test_bing_after_a_signing_with_yu_continues_both():
    text = "11月6日，吉林省省长林大明与浙江省省长陈小华代表两省签署战略合作框架协议并致辞。"
    rec = liaison.extract(text, published="2023-11-08")
    (ag,) = [e for e in rec["events"] if e["type"] == "agreement"]
    # both sign and both speak: 与 joins the signers here, so 并致辞 continues both
    assert {("林大明", "signatory"), ("陈小华", "signatory"), ("林大明", "speaker"), ("陈小华", "speaker")} <= roles_of(rec, ag)
