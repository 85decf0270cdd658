"""Sentences written for this round (no corpus text): whose office a bare title is when the article is told by
a third place, a group's own title after the office, and a month that is not a mayor's city."""
import liaison


def _positions(text):
    rec = liaison.extract(text, published="2023-05-20")
    return {(p["name"].get("zh") or p["name"].get("en")):
            [(x.get("role"), x.get("org_kind"), (x.get("region") or {}).get("name", {}).get("zh")) for x in p["positions"]]
            for p in rec["people"]}


def test_an_office_followed_by_the_delegations_own_title_keeps_the_office():
    got = _positions("5月10日，镇江市副市长、代表团团长陈丽率团访问英国约克市。")
    assert got["陈丽"] == [("deputy_head", "government", "镇江市")]


def test_the_leader_of_a_delegation_named_in_the_sentence_holds_the_title_of_that_place():
    text = "5月10日，扬州市举行外事工作会议。5月12日，镇江市友好代表团抵达英国约克市，代表团由市长王刚率领。"
    assert _positions(text)["王刚"] == [("head", "government", "镇江市")]


def test_a_host_with_a_bare_title_acts_for_the_place_the_visit_goes_to():
    text = "扬州市外办消息：5月12日，英国约克市代表团访问镇江市，市委书记陈丽会见了代表团。"
    assert _positions(text)["陈丽"] == [("secretary", "party_committee", "镇江市")]
    rec = liaison.extract(text, published="2023-05-20")
    person = next(p for p in rec["people"] if p["name"]["zh"] == "陈丽")
    assert "Zhenjiang" in person["positions"][0]["title"]["en"]


def test_a_bare_title_of_the_pages_own_place_stays_when_that_place_is_a_side():
    text = "扬州市外办消息：5月12日，英国约克市代表团访问扬州市，市委书记陈丽会见了代表团。"
    assert _positions(text)["陈丽"] == [("secretary", "party_committee", "扬州市")]


def test_a_month_ending_a_sentence_is_not_the_place_of_the_next_sentences_mayor():
    got = _positions("The delegation arrived on May 10. Mayor Tom Green welcomed the guests.")
    assert all(region is None for _role, _kind, region in got["Tom Green"])
    got = _positions("Christchurch Mayor Tom Green welcomed the delegation from Gansu on May 10.")
    assert got["Tom Green"][0][2] is not None


# ------------------------------------------------------------------ signings each with its own date
def _agreements(text):
    rec = liaison.extract(text, published="2023-05-20")
    return sorted((e["date"]["start"] or "", tuple(sorted(p["name"]["en"] for p in e["parties"])))
                  for e in rec["events"] if e["type"] == "agreement")


def test_a_letter_of_intent_and_a_later_signing_of_ties_in_one_sentence_are_two_agreements():
    got = _agreements("潍坊市与英国伯明翰市于2015年5月签署友好交流意向书，2018年10月正式签约结为友好城市。")
    assert got == [("2015-05", ("Birmingham", "Weifang")), ("2018-10", ("Birmingham", "Weifang"))]
    got = _agreements("2015年5月，潍坊市与伯明翰市签署友好交流意向书；2018年10月，两市正式签约结为友好城市。")
    assert [d for d, _ in got] == ["2015-05", "2018-10"]


def test_a_date_of_an_earlier_trip_in_the_signers_description_makes_no_second_signing():
    got = _agreements("高雄市今天与美国关岛缔结姊妹市。2021年曾率团造访高雄的关岛总督这次再度来访，完成姊妹市签署程序。")
    assert len(got) == 1


def test_two_english_signings_with_their_own_years_are_two_agreements():
    got = _agreements("In May 2016, Weifang and Birmingham signed a cooperation agreement on trade, "
                      "and in 2018 the two sides signed an MOU on education.")
    assert [d for d, _ in got] == ["2016-05", "2018"]


def test_an_english_signing_years_after_the_chinese_one_on_a_bilingual_page_is_its_own():
    text = ("2012年10月，潍坊市市长李明率团访问珀斯市，签署了建立友好城市关系意向书。\n\n"
            "In May 2014, the two cities signed the sister city agreement.")
    assert _agreements(text) == [("2012-10", ("Perth", "Weifang")), ("2014-05", ("Perth", "Weifang"))]


def test_pairs_of_sister_cities_listed_after_a_colon_sign_one_agreement_each():
    got = _agreements("On June 10, three pairs of sister cities signed agreements at the forum: "
                      "Weifang and Perth, Ningbo and Nagoya, and Kunming and Chiang Mai.")
    assert [p for _d, p in got] == [("Chiang Mai", "Kunming"), ("Nagoya", "Ningbo"), ("Perth", "Weifang")]
    assert _agreements("Two pairs of sister cities signed agreements on Tuesday.") == []


# ------------------------------------------------------------------ English: names, documents, repeated trips
def _events(text):
    rec = liaison.extract(text, published="2023-05-20")
    return [(e["type"], e["date"]["start"]) for e in rec["events"]]


def test_a_preposition_the_model_leaves_at_a_names_end_is_cut():
    got = _positions("A French delegation arrived in Changchun on May 10. "
                     "Vice President Jean-Louis Martin of Normandy led the group.")
    assert list(got) == ["Jean-Louis Martin"]


def test_a_signed_record_of_talks_is_an_agreement_and_its_talks_no_meeting():
    assert _events("On May 10, Shanxi and Moravian-Silesian Region signed a record of talks.") == [
        ("agreement", "2023-05-10")]
    assert _events("On May 10, an athlete from Shanxi set a record in Moravian-Silesian Region.") == []


def test_a_trip_told_with_two_years_is_two_visits():
    for text in ("Ohio Governor Tom Smith previously visited Chengdu on trade missions in 2015 and 2018.",
                 "Ohio Governor Tom Smith visited Chengdu in 2015 and again in 2018.",
                 "俄亥俄州州长汤姆·史密斯曾于2015年和2018年两次访问成都。"):
        assert sorted(_events(text)) == [("visit", "2015"), ("visit", "2018")], text
    assert _events("Ohio Governor Tom Smith visited Chengdu in 2015.") == [("visit", "2015")]


# ------------------------------------------------------------------ Chinese: the next stop of a trip
def _visit_pairs(text):
    rec = liaison.extract(text, published="2023-05-20")
    return [(e["origin"]["name"]["zh"], e["destination"]["name"]["zh"]) for e in rec["events"] if e["type"] == "visit"]


def test_a_clause_going_on_to_another_place_is_another_visit():
    for text in ("5月10日，长春市代表团来到宁波市，随后又前往舟山市。", "5月10日，长春市代表团来到宁波市，之后赴舟山市考察。",
                 "5月10日，長春市代表團來到寧波市，隨後又前往舟山市。"):
        assert len(_visit_pairs(text)) == 2, text
    assert len(_visit_pairs("5月10日，长春市代表团来到宁波市，随后将前往舟山市。")) == 1


def test_places_listed_after_zai_with_a_touring_word_are_one_stop_each():
    got = _visit_pairs("应广东省人民政府邀请，吉林省代表团于5月10日至12日在广东省深圳市、广州市进行考察。")
    assert got == [("吉林省", "深圳市"), ("吉林省", "广州市")]


# ------------------------------------------------------------------ pairs of places signing in one sentence
def test_two_pairs_signing_in_one_english_sentence_are_two_agreements():
    got = _agreements("On June 10, Jilin and Bavaria signed an agreement to establish friendly province-state relations, "
                      "and Changchun and Munich signed a friendship city agreement.")
    assert [p for _d, p in got] == [("Bavaria", "Jilin"), ("Changchun", "Munich")]


def test_counted_pairs_listed_after_baokuo_sign_one_agreement_each():
    got = _agreements("6月10日，活动现场共有9对友好城市签署了合作协议，包括长春市与慕尼黑市、吉林市与纽伦堡市。")
    assert [p for _d, p in got] == [("Changchun", "Munich"), ("Jilin", "Nuremberg")]


def test_an_invitation_told_after_a_trip_is_no_trip_and_leaves_the_trip_its_own():
    got = _visit_pairs("9月，宁波市外办主任王明前往静冈县，邀请静冈县知事率团来宁波。")
    assert got == [("宁波市", "静冈县")]
    rec = liaison.extract("9月，宁波市外办主任王明前往静冈县，邀请静冈县知事率团来宁波。", published="2023-05-20")
    assert [p["role"] for e in rec["events"] for p in e["participants"]] == ["member"]


def test_touring_unnamed_companies_is_an_inspection_without_sites():
    for text in ("On May 10, the Jilin delegation arrived in Vladivostok. The delegation toured local companies.",
                 "On May 10, the Jilin delegation arrived in Vladivostok. The delegation visited two universities."):
        rec = liaison.extract(text, published="2023-05-20")
        assert [(e["type"], e["sites"]) for e in rec["events"] if e["type"] == "inspection"] == [("inspection", [])]


# ------------------------------------------------------------------ English titles: whose they are
def test_a_title_after_and_is_the_next_names_not_an_apposition_of_the_one_before():
    got = _positions("On May 10, Weifang's Party Secretary, Liu Hua, and Perth's Lord Mayor, Basil Zempilas, "
                     "signed the agreement.")
    assert got["Liu Hua"] == [("secretary", "party_committee", "潍坊市")]
    assert got["Basil Zempilas"] == [("head", "government", "珀斯")]


def test_the_host_a_delegation_was_received_by_does_not_hold_office_in_the_guests_place():
    got = _positions("On May 10, a delegation from Weifang was received by Lord Mayor Basil Zempilas.")
    assert all(region != "潍坊市" for _r, _k, region in got["Basil Zempilas"])
    got = _positions("On May 10, the Weifang delegation arrived in Perth. "
                     "The delegation headed by Vice Mayor Liu Hua was received by Lord Mayor Basil Zempilas.")
    assert got["Basil Zempilas"] == [("head", "government", "珀斯")]


def test_a_sentence_opening_with_the_symposium_on_a_trip_tells_that_meeting():
    rec = liaison.extract("5月10日，长春市代表团来到宁波市。座谈会上，宁波市市长李明介绍了宁波经济社会发展情况。",
                          published="2023-05-20")
    meetings = [e for e in rec["events"] if e["type"] == "meeting"]
    assert len(meetings) == 1 and [p["role"] for p in meetings[0]["participants"]] == ["speaker"]
    rec = liaison.extract("座谈会上，宁波市市长李明介绍了宁波经济社会发展情况。", published="2023-05-20")
    assert rec["events"] == []  # no trip told: whose symposium is not said


def test_a_site_named_after_a_place_is_no_further_stop():
    assert _visit_pairs("5月10日，长春市代表团来到宁波市，随后前往舟山港考察。") == [("长春市", "宁波市")]


# ------------------------------------------------------------------ who signs: the one who led the trip
def _signers(text):
    rec = liaison.extract(text, published="2023-05-20")
    names = {p["id"]: p["name"].get("zh") or p["name"].get("en") for p in rec["people"]}
    return sorted(names[x["person"]] for e in rec["events"] if e["type"] == "agreement"
                  for x in e["participants"] if x["role"] == "signatory")


def test_the_leader_of_a_trip_signs_with_the_counterpart_named_in_the_next_clause():
    assert _signers("5月10日，台中市长卢秀燕率团访问日本，并与静冈县知事川胜平太签署友好交流协定。") == ["卢秀燕", "川胜平太"]
    assert _signers("On May 10, Taichung Mayor Lu Shiow-yen led a delegation to Japan, where she signed a friendship "
                    "agreement with Shizuoka Governor Heita Kawakatsu.") == ["Heita Kawakatsu", "Lu Shiow-yen"]
