"""English sentences written for this round (no corpus text): signings with different places in one sentence."""
from liaison.testing import events_of, extract_named, party_names


def test_two_signings_with_two_places_in_one_sentence_are_two_agreements():
    text = ("On March 5, the Weifang delegation arrived in Birmingham, signed a friendship city agreement with "
            "Birmingham and signed a friendly exchange agreement with Manchester.")
    rec, _ = extract_named(text, published="2023-03-06")
    pairs = sorted(tuple(party_names(e)) for e in events_of(rec, "agreement"))
    assert pairs == [("伯明翰市", "潍坊市"), ("曼彻斯特市", "潍坊市")]


def test_one_signing_told_twice_in_a_sentence_stays_one_agreement():
    text = ("On March 5, Weifang and Birmingham signed a friendship city agreement, and the two mayors signed it "
            "in Birmingham.")
    rec, _ = extract_named(text, published="2023-03-06")
    assert len(events_of(rec, "agreement")) == 1


def test_a_document_signed_by_two_officials_each_named_with_his_place_has_both_as_signatories():
    text = ("The friendship city agreement was signed by Mayor Li Ming of Weifang and Mayor John Smith of "
            "Birmingham on March 5.")
    rec, names = extract_named(text, published="2023-03-06")
    agreements = events_of(rec, "agreement")
    assert len(agreements) == 1
    assert sorted(names[p["person"]] for p in agreements[0]["participants"] if p["role"] == "signatory") == \
        ["John Smith", "Li Ming"]


def test_talks_held_in_a_city_keep_the_province_that_held_them_as_a_side():
    rec, _ = extract_named("Jilin and Ohio held talks in Changchun on May 8.", published="2023-05-10")
    meetings = events_of(rec, "meeting")
    assert len(meetings) == 1 and party_names(meetings[0]) == ["俄亥俄州", "吉林省"]


def test_fields_named_by_biomedicine_and_auto_parts_are_industry():
    text = ("On May 8, Jilin and Ohio signed a memorandum of understanding on cooperation in biomedicine and "
            "auto parts.")
    rec, _ = extract_named(text, published="2023-05-10")
    assert events_of(rec, "agreement")[0]["fields"] == ["industry"]


def test_attendees_named_after_also_attending_were_attend_the_meeting():
    text = ("On May 8, Jilin Governor Li Ming met with Ohio Governor John Smith in Changchun. Also attending were "
            "Vice Governor Wang Gang, Secretary-General Zhao Qiang and Director of the Foreign Affairs Office Liu Hong.")
    rec, names = extract_named(text, published="2023-05-10")
    meeting = events_of(rec, "meeting")[0]
    attendees = sorted(names[p["person"]] for p in meeting["participants"] if p["role"] == "attendee")
    assert {"Wang Gang", "Zhao Qiang", "Liu Hong"} <= set(attendees)
