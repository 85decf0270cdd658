"""Traditional-Chinese (Hong Kong, Macao, Taiwan) ways of telling an exchange, and the simplified forms
they share: a return visit (回訪), a welcome to the visitors (歡迎…到訪), talks told as 暢談 / 交換意見."""
from __future__ import annotations

import liaison


def _rec(text: str, published: str = "2025-03-10"):
    rec = liaison.extract(text, published=published)
    names = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    return rec, names


def _visits(rec):
    return [(e["origin"]["name"]["zh"], e["destination"]["name"]["zh"]) for e in rec["events"] if e["type"] == "visit"]


def test_the_trip_led_is_the_one_after_the_lead_verb_not_an_earlier_one_recalled():
    # the first clause recalls an earlier trip (来台…签署…后); the trip told is the return visit led after it
    rec, names = _rec("日本熊本縣知事蒲島郁夫於2023年來台簽署合作備忘錄後，再度率團回訪台南市。")
    assert _visits(rec) == [("熊本县", "台南市")]
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert visit["date"]["start"] is None  # 2023 dates the recalled trip, not this one
    assert [names[p["person"]] for p in visit["participants"] if p["role"] == "leader"] == ["蒲岛郁夫"]


def test_who_welcomes_or_receives_the_delegation_hosts_the_visit():
    rec, names = _rec("3月8日，嘉義市長黃敏惠率團抵達宜蘭縣。宜蘭縣長林明華與縣府團隊熱情迎接。")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    hosts = [names[p["person"]] for p in visit["participants"] if p["role"] == "host"]
    assert hosts == ["林明华"]


def test_a_reception_office_in_a_title_and_a_welcome_of_the_arrival_host_nothing():
    rec, names = _rec("3月8日，嘉義市長黃敏惠率團抵達宜蘭縣。宜蘭縣接待處處長林明華對代表團一行的到來表示歡迎。")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert not [p for p in visit["participants"] if p["role"] == "host"]


def test_guests_welcomed_on_their_visit_came_to_the_welcoming_side():
    rec, names = _rec("雲林縣斗南鎮長張明德率鎮公所主管，熱情歡迎屏東縣東港鎮長李國華等貴賓到訪，並互贈禮物。")
    assert _visits(rec) == [("东港镇", "斗南镇")]
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert ("李国华", "member") in [(names[p["person"]], p["role"]) for p in visit["participants"]]


def test_the_one_welcomed_leads_the_trip_not_the_one_welcoming():
    rec, names = _rec("新竹市政府今天與苗栗縣締結姊妹市。新竹市長高明德歡迎苗栗縣長翁章華再次率團到訪新竹。")
    assert _visits(rec) == [("苗栗县", "新竹市")]
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert [names[p["person"]] for p in visit["participants"] if p["role"] == "leader"] == ["翁章华"]


def test_a_symposium_named_for_both_sides_of_the_trip_is_their_meeting_even_when_only_referred_to():
    # 在甲—乙…座谈会上: no 举行/召开, but the meeting's own name holds both sides of the trip told
    rec, names = _rec("10月9日，甘肃省天水市代表团一行来到江苏省无锡市考察。"
                      "在无锡市—天水市东西部协作工作交流座谈会上，天水市市长王明介绍了天水市经济社会情况。")
    (meeting,) = [e for e in rec["events"] if e["type"] == "meeting"]
    assert {r["name"]["zh"] for r in meeting["parties"]} == {"天水市", "无锡市"}
    assert ("王明", "speaker") in [(names[p["person"]], p["role"]) for p in meeting["participants"]]


def test_one_sides_own_meeting_referred_to_is_no_meeting():
    rec, _ = _rec("10月9日，甘肃省天水市代表团一行来到江苏省无锡市考察。在天水市全市工作会议上，市长王明强调要抓好落实。")
    assert not [e for e in rec["events"] if e["type"] == "meeting"]


def test_talks_told_as_both_sides_exchanging_views_are_a_meeting():
    rec, _ = _rec("新竹市長高明德歡迎苗栗縣長翁章華再次率團到訪新竹，雙方暢談兩地交流。")
    assert [e["type"] for e in rec["events"]].count("meeting") == 1


def test_views_exchanged_at_a_reception_told_before_are_no_second_meeting():
    rec, _ = _rec("3月8日，苗栗縣長翁章華率團抵達新竹市。新竹市長高明德會見了翁章華一行。雙方就深化合作交換了意見。")
    assert [e["type"] for e in rec["events"]].count("meeting") == 1
