"""Foreign delegation leaders told in Chinese (issue 12, families 2 and 4): a dotted name the analyser cuts
before 为团长 (…拉马 | 约为 | 团长), and an office of no level (议长) held in the delegation's own place.

Every sentence here is written for this file (made-up names and events).
"""
from __future__ import annotations

import pytest

from liaison.testing import extract_named as _rec


def _person(rec, name):
    return next((p for p in rec["people"] if p["name"]["zh"] == name), None)


@pytest.mark.parametrize("text, name, place", [
    ("以市长阿尔贝托·拉马约为团长的阿根廷罗萨里奥市代表团于5月访问杭州。", "阿尔贝托·拉马约", "罗萨里奥市"),
    ("以市长卡洛斯·费尔南多为团长的巴西坎皮纳斯市代表团于5月访问杭州。", "卡洛斯·费尔南多", "坎皮纳斯市"),
])
def test_a_dotted_name_before_wei_tuanzhang_runs_to_wei_and_holds_the_delegations_office(text, name, place):
    rec, _ = _rec(text)
    p = _person(rec, name)
    assert p is not None, [q["name"] for q in rec["people"]]
    assert p["positions"] and p["positions"][0]["region"]["name"]["zh"] == place, p["positions"]


@pytest.mark.parametrize("text", [
    "以议长汉斯·米勒为团长的德国巴伐利亚州议会代表团于5月访问济南。",
    "由议长汉斯·米勒率领的德国巴伐利亚州议会代表团于5月访问济南。",
])
def test_a_speaker_leading_a_foreign_parliaments_delegation_heads_that_places_congress(text):
    rec, _ = _rec(text)
    p = _person(rec, "汉斯·米勒")
    assert p is not None and p["positions"], rec["people"]
    pos = p["positions"][0]
    assert (pos["role"], pos["org_kind"], pos["region"]["name"]["zh"]) == ("head", "congress", "巴伐利亚州")


# ------------------------------------------------------------ a bilingual page naming a Japanese guest in kanji
_PAGE = (
    "5月10日，浙江省人大常委会主任王建国在杭州会见了美国俄亥俄州议会参议院议长约翰·史密斯一行。\n"
    "On May 10, Wang Jianguo, Director of the Standing Committee of the Zhejiang Provincial People's Congress, met "
    "with John Smith, President of the Ohio State Senate, and his delegation in Hangzhou.\n"
    "双方表示将加强友好往来。英国曼彻斯特市市长玛丽·琼斯、日中友好协会会长佐藤健一和杭州市委书记李明参加会见。\n"
    "Both sides agreed to strengthen friendly exchanges. Mary Jones, Lord Mayor of Manchester, Kenichi Sato, "
    "President of the Japan-China Friendship Association, and Li Ming, Secretary of the CPC Hangzhou Municipal "
    "Committee, attended the meeting.\n"
)


def test_a_kanji_name_and_its_romanized_form_in_the_translation_are_one_person():
    rec, _ = _rec(_PAGE)
    p = _person(rec, "佐藤健一")
    assert p is not None and p["name"]["en"] == "Kenichi Sato", rec["people"]
    assert not any(q["name"]["zh"] is None for q in rec["people"]), [q["name"] for q in rec["people"]]


def test_the_offices_on_a_bilingual_page_follow_the_role_table():
    rec, _ = _rec(_PAGE)
    want = {"王建国": ("head", "congress", "浙江省"), "约翰·史密斯": ("head", "congress", "俄亥俄州"),
            "玛丽·琼斯": ("head", "government", "曼彻斯特市"), "李明": ("secretary", "party_committee", "杭州市")}
    for name, office in want.items():
        p = _person(rec, name)
        assert p is not None and p["positions"], name
        pos = p["positions"][0]
        assert (pos["role"], pos["org_kind"], pos["region"]["name"]["zh"]) == office, (name, pos)


# ------------------------------------------------------------ a Latin name in brackets before 一行
@pytest.mark.parametrize("text, name", [
    ("5月8日，四川省省长黄强在成都会见了美国华盛顿州州长杰伊·英斯利（Jay Inslee）一行。", "杰伊·英斯利"),
    ("11月2日，新加坡中华总商会会长黄山忠（Kevin Wee）一行访问厦门，厦门市委书记王明会见了客人。", "黄山忠"),
])
def test_the_one_named_before_yixing_leads_with_the_latin_form_in_brackets_between(text, name):
    rec, _ = _rec(text)
    p = _person(rec, name)
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert {"person": p["id"], "role": "leader"} in visit["participants"], visit["participants"]


def test_a_chinese_name_in_brackets_after_a_latin_one_is_the_same_person():
    rec, _ = _rec("On 12 March, a delegation from Gyeonggi Province led by Vice Governor Lee Min-ho (李敏浩) arrived "
                  "in Shandong for a three-day visit. 山东省副省长王明 (Wang Ming) met with the delegation in Jinan.")
    p = _person(rec, "李敏浩")
    assert p is not None and p["name"]["en"] == "Lee Min-ho", rec["people"]
    assert len(rec["people"]) == 2, [q["name"] for q in rec["people"]]
