"""Foreign guests: names in Chinese transliteration, their English forms, 应…邀请 visits, long guest lists.

Every sentence was written for these tests; the people, clubs and ambassadors are invented.
"""
from __future__ import annotations

import liaison

PUB = "2023-11-08"


def _people(rec: dict) -> dict[str, dict]:
    return {(p["name"]["zh"] or p["name"]["en"]): p for p in rec["people"]}


def test_dotted_transliterations_are_names_without_a_pinyin_english_form():
    rec = liaison.extract("会上，智利驻华大使卡洛斯·门多萨阁下和秘鲁驻华大使何塞·罗德里格斯致辞。", published=PUB)
    people = _people(rec)
    assert set(people) == {"卡洛斯·门多萨", "何塞·罗德里格斯"}
    # pinyin is no English form of a foreign name; null when the article gives none
    assert all(p["name"]["en"] is None for p in people.values())
    assert people["卡洛斯·门多萨"]["positions"][0]["region"]["code"] == "CL"


def test_excellency_is_not_part_of_the_name():
    rec = liaison.extract("多哥驻华大使贾伯阁下出席座谈会。", published=PUB)
    assert [p["name"]["zh"] for p in rec["people"]] == ["贾伯"]


def test_a_transliteration_and_its_english_form_are_one_person():
    text = ("智利驻华大使卡洛斯·门多萨阁下、秘鲁驻华大使何塞·罗德里格斯阁下出席论坛。\n"
            "Chilean Ambassador to China Carlos Mendoza and Peruvian Ambassador Jose Rodriguez attended the forum.")
    people = _people(liaison.extract(text, published=PUB))
    assert set(people) == {"卡洛斯·门多萨", "何塞·罗德里格斯"}
    assert people["卡洛斯·门多萨"]["name"]["en"] == "Carlos Mendoza"
    assert people["何塞·罗德里格斯"]["name"]["en"] == "Jose Rodriguez"
    assert len(people["卡洛斯·门多萨"]["mentions"]) == 2


def test_an_undotted_transliteration_titled_by_a_foreign_country_joins_its_english_form():
    text = ("亚美尼亚共和国驻华大使马纳良阁下出席论坛。\n"
            "Armenian Ambassador to China Sergei Manalyan attended the forum.")
    people = _people(liaison.extract(text, published=PUB))
    assert set(people) == {"马纳良"}
    assert people["马纳良"]["name"]["en"] == "Sergei Manalyan"


def test_unlike_names_stay_apart():
    text = ("智利驻华大使卡洛斯·门多萨阁下出席论坛。\n"
            "Ambassador Hiroshi Tanaka of Japan attended the forum.")
    people = _people(liaison.extract(text, published=PUB))
    assert set(people) == {"卡洛斯·门多萨", "Hiroshi Tanaka"}


def test_a_visit_at_someones_invitation_is_a_visit_not_a_plan():
    rec = liaison.extract("11月6日，应天津市政府邀请，吉林省省长周明华率吉林省代表团赴天津市考察。", published=PUB)
    visits = [e for e in rec["events"] if e["type"] == "visit"]
    assert len(visits) == 1
    assert visits[0]["destination"]["code"] == "120000"
    assert visits[0]["date"]["start"] == "2023-11-06"
    # an invitation for a later trip is still no visit
    rec = liaison.extract("吉林省省长周明华邀请天津市代表团明年赴吉林省考察。", published=PUB)
    assert not [e for e in rec["events"] if e["type"] == "visit"]


def test_a_long_guest_list_before_the_movement_verb():
    text = ("2022年8月24日，应长春市政府邀请，友好交流协会会长王建国率协会大使俱乐部成员：智利共和国驻华大使卡洛斯·门多萨阁下、"
            "秘鲁共和国驻华大使何塞·罗德里格斯阁下及夫人、厄瓜多尔驻华大使路易斯·帕拉西奥斯阁下等前往吉林省参访。\n"
            "8月25日，吉林省省长周明华在长春会见了大使一行。")
    rec = liaison.extract(text)
    people = {p["id"]: (p["name"]["zh"] or p["name"]["en"]) for p in rec["people"]}
    visits = [e for e in rec["events"] if e["type"] == "visit"]
    assert len(visits) == 1 and visits[0]["destination"]["code"] == "220000"
    roles = {(people[x["person"]], x["role"]) for x in visits[0]["participants"]}
    assert ("王建国", "leader") in roles
    assert {"卡洛斯·门多萨", "何塞·罗德里格斯", "路易斯·帕拉西奥斯"} <= {n for n, r in roles if r == "member"}
    # no publication date: the year named on the 24th runs on to the 25th
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert meeting["date"]["start"] == "2022-08-25"


def test_a_list_of_guests_and_other_diplomats_has_no_leader():
    text = ("Ambassador of Chile Carlos Mendoza, Ambassador of Peru Jose Rodriguez, Ambassador of Ecuador "
            "Luis Palacios and other diplomats visited Jilin Province on August 24.")
    rec = liaison.extract(text, published="2022-08-26")
    for e in rec["events"]:
        assert all(x["role"] != "leader" for x in e["participants"])
    # one named traveller with aides still leads the trip
    rec = liaison.extract("Wisconsin Governor Jim Doyle and several aides are visiting Jilin Province this week.",
                          published="2022-08-26")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert [x["role"] for x in visit["participants"]] == ["leader"]
