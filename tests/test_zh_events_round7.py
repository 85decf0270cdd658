"""Chinese events, round 7 (issue 12): events told in ways the rules did not read — a delegation going on
to another place in a later sentence (代表团赴与甲相邻的乙市, 抵达此行最后一站——乙市), a stay told by a
one-character abbreviation (在渝期间). Every sentence is written for these tests.
"""
import pytest

import liaison


def _events(text: str) -> list[dict]:
    return liaison.extract(text, published="2025-06-20")["events"]


def _visits(text: str) -> list[tuple[str, str]]:
    return [(e["origin"]["name"]["zh"], e["destination"]["name"]["zh"])
            for e in _events(text) if e["type"] == "visit"]


TRIP = "6月3日，吉林省党政代表团赴浙江省考察。"


@pytest.mark.parametrize("text", [
    "6月5日，代表团赴江苏省苏州市学习考察。",
    "6月5日，代表团一行抵达江苏省苏州市。",
    "6月5日，代表团抵达此行最后一站——江苏省苏州市。",
    "6月5日，代表团赴与杭州市相邻的江苏省苏州市学习考察。",
])
def test_the_delegation_told_before_goes_on_to_another_place(text):
    assert _visits(TRIP + text) == [("吉林省", "浙江省"), ("吉林省", "苏州市")]


def test_the_next_leg_keeps_the_trip_leader():
    text = "6月3日，吉林省省长李明率吉林省代表团赴浙江省杭州市考察。6月5日，代表团赴宁波市学习考察。"
    ev = [e for e in _events(text) if e["type"] == "visit"]
    assert [e["destination"]["name"]["zh"] for e in ev] == ["杭州市", "宁波市"]
    assert ev[1]["date"]["start"] == "2025-06-05"
    assert [p["role"] for p in ev[1]["participants"]] == ["leader"]


def test_a_stop_inside_the_destination_stays_part_of_the_trip():
    assert _visits(TRIP + "6月5日，代表团赴宁波市学习考察。") == [("吉林省", "浙江省")]


@pytest.mark.parametrize("text", [
    "在渝期间，吉林省党政代表团考察了重庆两江新区。",
    "吉林省党政代表团在渝期间，考察了重庆两江新区。",
    "6月3日，吉林省省长李明在渝期间，与重庆市市长王伟举行会谈。",
    "6月3日，吉林省省长李明在渝考察期间，与重庆市市长王伟举行会谈。",
])
def test_a_stay_told_by_a_one_character_abbreviation(text):
    assert _visits(text) == [("吉林省", "重庆市")]


@pytest.mark.parametrize("text", [
    "在此期间，吉林省党政代表团召开了全省工作会议。",
    "吉林省省长李明在疫情期间多次深入企业调研。",
])
def test_a_time_span_with_no_place_is_no_stay(text):
    assert _visits(text) == []


GD = "6月3日，吉林省党政代表团赴广东省考察。"


def test_respectively_with_the_delegation_is_one_meeting_per_host():
    ev = _events(GD + "广东省省长王伟、广州市市长张华分别与代表团座谈。")
    meetings = [e for e in ev if e["type"] == "meeting"]
    assert len(meetings) == 2
    assert [[p["role"] for p in m["participants"]] for m in meetings] == [["host"], ["host"]]


def test_respectively_attending_one_symposium_is_one_meeting():
    ev = _events(GD + "6月4日，两省合作座谈会在广州举行，广东省省长王伟、广州市市长张华分别出席座谈会并讲话。")
    assert [e["type"] for e in ev].count("meeting") == 1


@pytest.mark.parametrize("text", [
    "代表团考察了当地的高校和企业。",
    "代表团一行调研了当地乡村振兴工作。",
])
def test_a_tour_told_without_naming_a_site(text):
    ev = _events(GD + text)
    assert [e["type"] for e in ev] == ["visit", "inspection"]


def test_studying_is_no_tour():
    ev = _events(GD + "代表团考察了解了两省合作情况。")
    assert [e["type"] for e in ev] == ["visit"]


@pytest.mark.parametrize("text, expected", [
    ("6月3日，以江原道知事金振台为团长的江原道代表团一行12人对吉林省进行友好访问。", [("江原道", "吉林省")]),
    ("6月3日至5日，吉林省省长李明一行对江原道进行了正式访问。", [("吉林省", "江原道")]),
    ("6月3日至5日，吉林省代表团对江原道、庆尚南道进行友好访问。", [("吉林省", "江原道"), ("吉林省", "庆尚南道")]),
])
def test_a_visit_told_as_carried_out_toward_a_place(text, expected):
    assert _visits(text) == expected


@pytest.mark.parametrize("text", [
    "吉林省代表团拟对江原道进行友好访问。",
    "吉林省代表团将对江原道进行友好访问。",
    "6月3日，吉林省对全省重点项目进行了考察。",
])
def test_no_visit_toward_a_place(text):
    assert _visits(text) == []


def _meetings(text: str) -> int:
    return [e["type"] for e in _events(text)].count("meeting")


def test_another_conference_held_is_another_meeting():
    text = (GD + "6月3日上午，两省在广州召开合作座谈会。广东省省长王伟主持座谈会。"
            "代表团还在广州举办了吉林省投资环境推介会。")
    assert _meetings(text) == 2


@pytest.mark.parametrize("text", [
    "座谈会上，广东省省长王伟介绍了广东经济发展情况。",
    "会议通过了《关于首届合作论坛以来合作情况的报告》。",
    "广东省委书记张华出席座谈会并讲话。",
])
def test_the_conference_told_again_is_the_same(text):
    head = GD + "6月3日上午，两省在广州召开合作座谈会。"
    assert _meetings(head + text) == 1


def test_a_forum_named_again_is_the_forum_told():
    text = ("6月3日，两省在广州召开合作座谈会。6月4日，两省在广州举行的合作论坛上，专家作了演讲。"
            "论坛举行了合作平台揭牌仪式。")
    assert _meetings(GD + text) == 2


def test_talks_with_a_company_head_on_a_tour_are_no_meeting():
    text = GD + "代表团参观了广州明珠电器有限公司，与董事长陈刚进行交流座谈。"
    assert _meetings(text) == 0


def test_a_campaign_is_no_conference():
    text = GD + "广州市全面实施“三大会战”，经济保持稳定增长。"
    assert _meetings(text) == 0


ZJ = "6月3日，吉林省党政代表团赴浙江省考察。"


def test_a_conference_in_another_place_is_another_meeting():
    text = ZJ + "代表团在杭州市出席两地合作座谈会。随后，代表团与宁波市有关部门召开经贸合作座谈会。"
    assert _meetings(text) == 2


@pytest.mark.parametrize("text", [
    "浙江省委书记王伟在座谈会上讲话。",
    "吉林省省长李明出席座谈会并介绍了吉林省情况。",
    "杭州市市长张华主持座谈会。",
])
def test_a_conference_told_again_in_its_own_place_is_the_same(text):
    assert _meetings(ZJ + "代表团在杭州市出席两地合作座谈会。" + text) == 1


LEAD_ZJ = "6月3日，吉林省省长李明率吉林省党政代表团赴浙江省考察。"


def _inspected(text: str) -> list[str]:
    return [e["destination"]["name"]["zh"] for e in _events(text) if e["type"] == "inspection"]


@pytest.mark.parametrize("text", [
    "代表团先后来到杭州市、宁波市，深入企业、园区实地考察。",
    "代表团先后来到杭州市、宁波市等地，参观了多家企业。",
])
def test_a_tour_told_with_its_stops_is_each_stops_tour(text):
    assert _inspected(LEAD_ZJ + text) == ["杭州市", "宁波市"]


def test_stops_whose_tours_are_told_one_by_one_after():
    text = LEAD_ZJ + "代表团先后来到杭州市、宁波市，参观了多家企业。在宁波市，代表团参观了宁波舟山港。"
    assert _inspected(text) == ["宁波市"]


@pytest.mark.parametrize("text", [
    "代表团一行调研了杭州市未来社区建设。",
    "代表团观摩了杭州市数字乡村建设。",
])
def test_a_touring_verb_before_a_place_and_what_was_seen(text):
    assert _inspected(ZJ + text) == ["浙江省"]


def test_coming_to_a_place_is_no_tour():
    assert _inspected(ZJ + "6月4日，代表团来到浙江省杭州市。") == []


@pytest.mark.parametrize("text", [
    "6月3日，吉林省省长李明一行拜会了重庆市委书记王伟。",
    "6月3日，吉林省省长李明一行拜访重庆市委书记王伟。",
])
def test_a_courtesy_call_tells_the_callers_trip(text):
    assert _visits(text) == [("吉林省", "重庆市")]


@pytest.mark.parametrize("text", [
    "6月3日，吉林省省长李明拜会了吉林省委书记王伟。",
    "吉林省省长李明将拜会重庆市委书记王伟。",
])
def test_no_trip_for_a_call_at_home_or_to_come(text):
    assert _visits(text) == []
