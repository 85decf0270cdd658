"""Chinese sentences written for this round (no corpus text): a name before a travel verb, and a meeting whose
guest is named by name alone after an earlier sentence gave the guest's office."""
import liaison
from liaison.testing import events_of, extract_named, party_names


def test_a_name_right_before_a_travel_verb_is_a_name():
    rec, names = extract_named("5月8日，日本北海道知事铃木直道来华访问。", published="2023-05-10")
    assert "铃木直道" in names.values()
    rec, names = extract_named("5月8日，浙江省副省长陈小华赴日本访问。", published="2023-05-10")
    assert "陈小华" in names.values()


def test_a_meeting_takes_the_side_of_a_guest_named_by_name_alone():
    text = "5月8日，日本北海道知事铃木直道来华访问。吉林省省长林大明会见了铃木直道一行。"
    rec, _names = extract_named(text, published="2023-05-10")
    meetings = events_of(rec, "meeting")
    assert len(meetings) == 1
    assert party_names(meetings[0]) == ["北海道", "吉林省"]


def _position_regions(text):
    rec = liaison.extract(text, published="2023-05-10")
    return {p["name"]["zh"]: [(x.get("region") or {}).get("name", {}).get("zh") for x in p["positions"]]
            for p in rec["people"]}


def test_a_friendship_association_named_with_its_country_first_is_that_countrys():
    got = _position_regions("5月8日，越中友好协会主席阮文山率团访问广西，广西壮族自治区主席蓝天立会见了代表团。")
    assert got["阮文山"] == ["越南"]
    rec = liaison.extract("5月8日，越中友好协会主席阮文山率团访问广西，广西壮族自治区主席蓝天立会见了代表团。",
                          published="2023-05-10")
    visits = events_of(rec, "visit")
    assert visits and visits[0]["origin"]["name"]["zh"] == "越南"


def test_chinas_own_friendship_association_is_not_given_the_other_country():
    assert _position_regions("中日友好协会会长王小明会见了日本客人。")["王小明"] != ["日本"]
