"""Chinese event rules, fifth round: one event per occurrence — a kind of meeting told again on another day
or with 又 / 当天下午 is a meeting of its own; a meeting recalled in passing (落实…召开的…座谈会精神) is its own
meeting with the sides named with it, and what is said after it is not said there."""
from __future__ import annotations

import liaison


def _meetings(text: str, published: str = "2025-06-30"):
    rec = liaison.extract(text, published=published)
    names = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    out = []
    for e in rec["events"]:
        if e["type"] == "meeting":
            out.append(((e.get("date") or {}).get("start"), sorted(r["name"]["zh"] for r in e["parties"]),
                        sorted((names[p["person"]], p["role"]) for p in e["participants"])))
    return out


def test_a_second_reception_the_same_afternoon_is_a_meeting_of_its_own():
    ms = _meetings("6月3日上午，湖南省省长王明在长沙会见了贵州省副省长李强一行。"
                   "当天下午，王明又会见了广西壮族自治区副主席赵刚一行。")
    assert len(ms) == 2
    assert [m[0] for m in ms] == ["2025-06-03", "2025-06-03"]
    assert ("赵刚", "attendee") in ms[1][2] and ("赵刚", "attendee") not in ms[0][2]


def test_the_next_day_gives_the_day_after():
    ms = _meetings("5月7日，福建省省长周平在福州会见了江西省代表团。次日，周平又会见了湖南省代表团。")
    assert [m[0] for m in ms] == ["2025-05-07", "2025-05-08"]


def test_conferences_on_two_days_are_two_meetings():
    ms = _meetings("8月6日，山东省与河南省在济南市举行经贸推介会。8月7日，两省又在郑州市举行企业恳谈会。")
    assert [(m[0], m[1]) for m in ms] == [("2024-08-06", ["山东省", "河南省"]), ("2024-08-07", ["山东省", "河南省"])]


def test_a_meeting_referred_to_later_is_the_one_told():
    ms = _meetings("7月10日，河北省与山西省在太原市召开合作座谈会。座谈会上，山西省省长刘平讲话。")
    assert len(ms) == 1


def test_a_meeting_recalled_in_passing_has_its_own_sides_and_no_later_speakers():
    ms = _meetings("5月20日，宁波市代表团到贵阳考察，双方召开对口合作座谈会。宁波市市长陈明表示，"
                   "此行是为落实4月15日召开的浙江贵州对口合作座谈会精神。贵阳市市长王刚表示欢迎。")
    assert len(ms) == 2
    recalled = [m for m in ms if m[0] == "2025-04-15"]
    assert recalled and recalled[0][1] == ["浙江省", "贵州省"] and recalled[0][2] == []


def test_a_banquet_attended_after_a_reception_is_a_second_meeting_on_its_day():
    ms = _meetings("11月2日，福建省省长周平在福州会见了澳门特别行政区行政长官何明。"
                   "会见结束后，周平、何明共同出席福建省与澳门特别行政区合作20周年欢迎晚宴并致辞。")
    assert len(ms) == 2
    assert [m[0] for m in ms] == ["2024-11-02", "2024-11-02"]
    assert ("周平", "attendee") in ms[1][2] and ("何明", "attendee") in ms[1][2]


def test_a_dinner_only_given_is_no_meeting():
    ms = _meetings("9月9日，云南省副省长张华会见了老挝琅勃拉邦省代表团，并设宴款待代表团一行，市政协委员列席晚宴。")
    assert len(ms) == 1


def test_what_is_talked_over_after_the_banquet_is_the_receptions_agenda():
    rec = liaison.extract("11月2日，福建省省长周平在福州会见了澳门特别行政区行政长官何明。"
                          "会见结束后，周平、何明共同出席欢迎晚宴。周平表示，希望双方深化旅游、教育等领域合作。",
                          published="2025-06-30")
    ms = [e for e in rec["events"] if e["type"] == "meeting"]
    assert len(ms) == 2 and ms[0]["fields"] and not ms[1]["fields"]


def _agreements(text: str):
    rec = liaison.extract(text, published="2025-06-30")
    return [((e.get("title") or {}).get("zh"), sorted(r["name"]["zh"] for r in e["parties"]))
            for e in rec["events"] if e["type"] == "agreement"]


def test_each_titled_document_signed_is_its_own_agreement():
    ags = _agreements("6月26日，吉林省与天津市在长春市签署了《战略合作框架协议》《产业合作备忘录》和《人才交流协议》。")
    assert len(ags) == 3 and all(p == ["吉林省", "天津市"] for _t, p in ags)
    assert ags[2][0] == "人才交流协议"


def test_each_document_listed_without_quotes_is_its_own_agreement():
    ags = _agreements("6月26日，吉林省与天津市在长春市签署了旅游合作协议、人才交流备忘录和产业对接行动计划。")
    assert [t for t, _p in ags] == ["旅游合作协议", "人才交流备忘录", "产业对接行动计划"]


def test_an_exchange_of_notes_is_a_document():
    assert len(_agreements("5月6日，湖北省与韩国忠清北道签署友好交流意向书和换文。")) == 2


def test_a_batch_of_documents_is_no_list():
    assert len(_agreements("5月6日，湖北省与湖南省签署文化交流等5项协议及意向书。")) == 1


def test_stops_listed_after_a_second_movement_verb_are_one_visit_each():
    rec = liaison.extract("3月2日，重庆市党政代表团赴四川省考察，先后到成都市、绵阳市学习。", published="2025-06-30")
    assert sorted((e["origin"]["name"]["zh"], e["destination"]["name"]["zh"]) for e in rec["events"]
                  if e["type"] == "visit") == [("重庆市", "成都市"), ("重庆市", "绵阳市")]


def _inspections(text: str):
    rec = liaison.extract(text, published="2025-06-30")
    return [[s["zh"] for s in e.get("sites") or []] for e in rec["events"] if e["type"] == "inspection"]


def test_a_site_inspected_with_shicha_is_toured():
    assert _inspections("5月3日，甘肃省代表团到江苏省苏州市考察。代表团还视察了苏州港。") == [["苏州港"]]


def test_what_was_watched_at_a_site_opening_the_clause_is_a_tour_of_it():
    assert _inspections("5月3日，甘肃省代表团到江苏省苏州市考察。在苏州工业园区，代表团一行观看了企业展示。") \
        == [["苏州工业园区"]]


def test_receptions_by_different_hosts_on_different_days_of_a_trip_are_two_meetings():
    ms = _meetings("6月2日，湖南省代表团赴广东省考察。当天，广州市市长陈刚会见了代表团。6月3日，深圳市市长刘明会见了代表团。")
    assert len(ms) == 2
    assert ("陈刚", "host") in ms[0][2] and ("刘明", "host") in ms[1][2]


def test_talks_and_a_promotion_attended_after_them_are_two_meetings():
    ms = _meetings("6月2日，湖南省代表团赴广东省广州市考察，与广东省政府举行工作会谈，并出席湘粤合作推介会。")
    assert len(ms) == 2


def test_calls_on_two_days_told_in_one_sentence_are_two_meetings_on_their_days():
    ms = _meetings("高雄市長陳其邁8日率團訪問日本，9日拜會熊本縣知事，10日拜會熊本市長，並出席兩市交流座談會。")
    assert [m[0] for m in ms] == ["2025-06-09", "2025-06-10", "2025-06-10"]


def test_both_sides_named_with_huiwu_take_part_in_the_meeting():
    ms = _meetings("5月20日，广东省省长王伟与澳门特别行政区行政长官何明在广州市会晤，双方就深化合作交换意见。")
    assert len(ms) == 1 and {n for n, _r in ms[0][2]} == {"王伟", "何明"}


def test_fenbie_talks_are_one_meeting_per_host():
    ms = _meetings("5月8日，江西省政府代表团访问云南省。云南省副省长罗华、张强分别与代表团进行了会谈。")
    assert sorted(m[2] for m in ms) == [[("张强", "host")], [("罗华", "host")]]


def test_coming_to_a_city_is_no_tour():
    rec = liaison.extract("5月8日，湖北省副省长王刚一行来到湖南省长沙市，拜会了湖南省省长李军。", published="2025-06-30")
    assert [e["type"] for e in rec["events"] if e["type"] == "inspection"] == []
    assert _inspections("5月3日，山西省代表团赴河北省石家庄市，来到石家庄国际陆港。") == [["石家庄国际陆港"]]


def test_a_meeting_first_told_by_its_year_takes_its_day_and_a_forum_the_next_day_is_another():
    ms = _meetings("2024年度两省合作座谈会在长沙举行\n5月26日，2024年度湖南省与江西省合作座谈会在长沙市举行。"
                   "在5月27日举行的湘赣合作高层论坛上，两省企业家代表进行了深入交流。", published="2024-06-30")
    assert [m[0] for m in ms] == ["2024-05-26", "2024-05-27"]


def test_a_delegation_received_in_the_passive_is_a_meeting():
    ms = _meetings("6月3日，杭州市代表团抵达日本岐阜县，获岐阜县政府热情接待。")
    assert len(ms) == 1 and ms[0][1] == ["岐阜县", "杭州市"]


def test_pairs_listed_as_the_subject_of_one_signing_are_one_agreement_each():
    ags = _agreements("11月19日，江苏省苏州市与日本大阪府堺市、浙江省宁波市与法国鲁昂市等签署友城结好协议书。")
    assert sorted(p for _t, p in ags) == [["堺市", "苏州市"], ["宁波市", "鲁昂市"]]


def test_guests_from_several_regions_received_together_each_came_on_a_trip():
    rec = liaison.extract("9月14日，四川省省长王明在成都会见了贵州省政协主席李强、云南省政协主席张华、"
                          "西藏自治区政协副主席刘军一行。", published="2025-06-30")
    assert sorted(e["origin"]["name"]["zh"] for e in rec["events"] if e["type"] == "visit") == [
        "云南省", "西藏自治区", "贵州省"]


def test_what_is_done_tomorrow_is_no_event_yet():
    ms = _meetings("6月3日，香港特别行政区政务司副司长陈明抵达广州市，与广东省副省长王刚会面。"
                   "陈明明日转往深圳市出席大湾区工商大会欢迎晚宴。", published="2025-06-03")
    assert len(ms) == 1


def test_words_at_the_meeting_naming_another_day_are_said_at_the_one_told():
    ms = _meetings("5月26日，湖南省与江西省在长沙市召开合作座谈会。座谈会上，湖南省省长李军表示，5月20日两省已完成规划编制。")
    assert len(ms) == 1


def test_you_in_a_speech_about_the_talks_is_no_second_meeting():
    ms = _meetings("6月3日，湖南省省长王明在长沙与贵州省省长李强举行会谈。王明又说，此次会谈成果丰硕。")
    assert len(ms) == 1
