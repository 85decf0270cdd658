"""Chinese sentences written for this round (no corpus text): activities held between two places."""
from liaison.testing import events_of, extract_named, party_names


def test_a_promotion_activity_held_abroad_is_a_meeting_and_the_signing_during_it_an_agreement():
    text = "3月5日，潍坊市在英国伯明翰市举办经贸文化推介活动，伯明翰市市长约翰·史密斯出席并致辞。活动期间，两市签署了友好合作协议。"
    rec, _names = extract_named(text, published="2023-03-06")
    meetings = events_of(rec, "meeting")
    assert len(meetings) == 1 and party_names(meetings[0]) == ["伯明翰市", "潍坊市"]
    assert len(events_of(rec, "agreement")) == 1


def test_an_exchange_activity_named_before_its_holding_verb_is_a_meeting():
    rec, _ = extract_named("9月9日，大连市与日本北九州市友城交流活动在大连市举行。", published="2023-09-10")
    assert len(events_of(rec, "meeting")) == 1


def test_an_exchange_activity_carried_out_on_a_trip_is_the_trips_purpose_not_a_meeting():
    rec, _ = extract_named("8月16日，辽源市市长孙明率团赴绍兴市开展对口合作交流活动。", published="2023-08-20")
    assert events_of(rec, "meeting") == []
    assert len(events_of(rec, "visit")) == 1
    rec, _ = extract_named("近年来，两省之间的交流活动日益频繁。", published="2023-08-20")
    assert rec["events"] == []


def test_a_tie_signed_with_several_places_at_once_is_one_agreement_per_place():
    text = "3月5日，潍坊市与英国伯明翰市、法国里昂市、德国汉堡市签署了友好城市协议。"
    rec, _ = extract_named(text, published="2023-03-06")
    pairs = sorted(tuple(party_names(e)) for e in events_of(rec, "agreement"))
    assert pairs == [("伯明翰市", "潍坊市"), ("汉堡市", "潍坊市"), ("潍坊市", "里昂市")]


def test_a_tie_signed_with_a_place_named_with_its_country_is_one_agreement():
    rec, _ = extract_named("3月5日，潍坊市与英国伯明翰市签署了友好城市协议。", published="2023-03-06")
    agreements = events_of(rec, "agreement")
    assert len(agreements) == 1 and party_names(agreements[0]) == ["伯明翰市", "潍坊市"]


def test_a_second_signing_with_another_place_is_signed_by_the_sentences_first_actor():
    text = "3月5日，潍坊市代表团来到英国伯明翰市，与伯明翰市签署了友好城市协议，并与英国曼彻斯特市签署了友好交流协议。"
    rec, _ = extract_named(text, published="2023-03-06")
    pairs = sorted(tuple(party_names(e)) for e in events_of(rec, "agreement"))
    assert pairs == [("伯明翰市", "潍坊市"), ("曼彻斯特市", "潍坊市")]


def _trips(text):
    rec, _ = extract_named(text, published="2023-03-06")
    return [(v["origin"]["name"]["zh"] if v.get("origin") else None, v["destination"]["name"]["zh"])
            for v in events_of(rec, "visit")]


def test_one_official_coming_to_a_place_is_a_trip():
    assert _trips("3月5日，英国伯明翰市市长约翰·史密斯来到潍坊市。") == [("伯明翰市", "潍坊市")]


def test_guests_from_a_place_come_from_it():
    assert _trips("3月5日，来自英国伯明翰市的嘉宾来到潍坊，参加友城交流活动。") == [("伯明翰市", "潍坊市")]


def test_coming_to_a_site_is_no_second_trip():
    trips = _trips("3月5日，英国伯明翰市代表团抵达潍坊市。代表团来到潍坊风筝博物馆参观。")
    assert trips == [("伯明翰市", "潍坊市")]


def _region_names(text):
    import liaison
    doc = liaison.extract_doc(text, published="2023-03-06")
    return [getattr(s.value, "en", None) for s in doc.spans["regions"]]


def test_us_states_in_taiwan_and_hong_kong_usage_are_read():
    assert _region_names("台北市与美国麻州、佛州、纽泽西州签署合作备忘录。") == \
        ["Taipei", "United States", "Massachusetts", "Florida", "New Jersey"]
    assert "Newfoundland and Labrador" in _region_names("台北市与加拿大纽芬兰省签署合作备忘录。")


def test_a_short_form_shared_with_a_chinese_city_is_abroad_only_with_its_country_named():
    assert "Texas" in _region_names("新北市与美国德州奥斯汀市签署合作备忘录。")
    assert _region_names("5月8日，德州代表团赴沧州考察。") == ["Dezhou", "Cangzhou"]


def test_a_term_inside_a_department_or_secretariat_name_is_no_field():
    from liaison.fields import fields_in
    assert fields_in("澳门特别行政区经济财政司司长率团出席合作会议。") == []
    assert fields_in("吉林省商务厅厅长出席会议。") == []
    assert fields_in("工信、商务、文旅等部门签署合作协议。") == ["industry", "trade_investment", "tourism_culture"]


def test_a_trip_told_as_what_the_signer_did_is_a_visit_led_by_him_and_undated():
    text = "3月5日，率团访问潍坊的英国伯明翰市市长约翰·史密斯与潍坊市市长李明签署友好城市协议书。"
    rec, names = extract_named(text, published="2023-03-06")
    visits = events_of(rec, "visit")
    assert len(visits) == 1
    assert visits[0]["origin"]["name"]["zh"] == "伯明翰市" and visits[0]["destination"]["name"]["zh"] == "潍坊市"
    assert [names[p["person"]] for p in visits[0]["participants"] if p["role"] == "leader"] == ["约翰·史密斯"]
    assert visits[0]["date"]["start"] is None
    assert events_of(rec, "agreement")[0]["date"]["start"] == "2023-03-05"
