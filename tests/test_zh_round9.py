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
