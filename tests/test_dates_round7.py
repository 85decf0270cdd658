"""Dates, round 7: Republic of China years, English weekday spans and bare weekdays, "this morning".

Every sentence here was written for these tests. ``published`` 2025-05-08 is a Thursday.
"""
from __future__ import annotations

import datetime as dt

import pytest

import liaison
from liaison.stages.dates import find_dates

PUB = "2025-05-08"


def _dates(text: str, published: str | None = PUB) -> list[tuple[str, tuple]]:
    pub = dt.date.fromisoformat(published) if published else None
    return [(text[s.start:s.end], s.value) for s in find_dates(text, pub) if s.label == "date"]


def _events(text: str, published: str | None = PUB) -> list[tuple[str, str | None, str | None]]:
    rec = liaison.extract(text, published=published)
    return [(e["type"], (e.get("date") or {}).get("start"), (e.get("date") or {}).get("end")) for e in rec["events"]]


@pytest.mark.parametrize("text, value", [
    ("民國113年9月2日，臺南市市長會見來訪的日本代表團。", ("2024-09-02", "2024-09-02")),
    ("民国112年3月15日至17日，代表团访问高雄市。", ("2023-03-15", "2023-03-17")),
    ("中華民國一百一十二年十月五日，雙方簽署合作備忘錄。", ("2023-10-05", "2023-10-05")),
    ("中華民國一百零八年七月一日起實施。", ("2019-07-01", "2019-07-01")),
    # a Taiwan page's bare three-digit year before a month
    ("113年11月20日，彰化縣縣長率團訪問日本。", ("2024-11-20", "2024-11-20")),
    ("民國110年6月，雙方締結友好城市。", ("2021-06", "2021-06")),
])
def test_republic_of_china_years(text, value):
    assert [v for _t, v in _dates(text, None)] == [value]


def test_a_four_digit_year_is_no_roc_year():
    assert _dates("2114年5月6日", None) == [("2114年5月6日", ("2114-05-06", "2114-05-06"))]


def test_roc_year_dates_the_meeting_without_publication_date():
    text = "民國113年9月2日，臺南市市長黃偉哲在臺南會見了日本岡山縣知事伊原木隆太一行。"
    assert ("meeting", "2024-09-02", "2024-09-02") in _events(text, None)


@pytest.mark.parametrize("text, value", [
    ("The two governors held talks on Monday and Tuesday.", ("2025-05-05", "2025-05-06")),
    ("The delegation toured the province from Monday to Wednesday.", ("2025-05-05", "2025-05-07")),
    ("The delegation toured the province Monday through Wednesday.", ("2025-05-05", "2025-05-07")),
    # the second day after the report's day: the week before
    ("The delegation toured the province from Friday to Sunday.", ("2025-05-02", "2025-05-04")),
])
def test_weekday_spans(text, value):
    assert [v for _t, v in _dates(text)] == [value]


@pytest.mark.parametrize("text, value", [
    ("The mayor received the guests in Kunming Tuesday.", ("2025-05-06", "2025-05-06")),
    ("The talks ended Wednesday with a joint statement.", ("2025-05-07", "2025-05-07")),
    ("The visit, starting Monday, took the delegation to three cities.", ("2025-05-05", "2025-05-05")),
    ("Tuesday's talks covered trade and tourism.", ("2025-05-06", "2025-05-06")),
    ("The governor met the visitors this morning.", ("2025-05-08", "2025-05-08")),
])
def test_bare_weekdays_and_parts_of_today(text, value):
    assert [v for _t, v in _dates(text)] == [value]


@pytest.mark.parametrize("text", [
    "The aides will return Friday.",
    "Next Tuesday the delegation flies home.",
    "Shops open late every Monday.",
    "The fair closes on Good Friday.",
])
def test_weekdays_to_come_or_recurring_are_no_dates(text):
    assert _dates(text) == []


def test_a_bare_weekday_dates_the_talks():
    text = "Governor Wang Hai of Yunnan Province held talks with Chairman Le Van Tam of Vietnam's Ha Giang Province in Kunming Tuesday."
    assert ("meeting", "2025-05-06", "2025-05-06") in _events(text)


def test_talks_during_a_dated_trip_told_in_a_later_sentence_stay_undated():
    # ANNOTATION: a sub-event of a dated trip with no date of its own is null (the trip's range is no day of it)
    text = ("9月3日至6日，老挝琅南塔省省长宋西率代表团访问云南省。访问期间，云南省省长王海会见了代表团一行，"
            "双方签署了边境贸易合作备忘录。")
    got = _events(text, "2025-09-10")
    assert ("visit", "2025-09-03", "2025-09-06") in got
    assert ("meeting", None, None) in got
    assert ("agreement", None, None) in got


def test_talks_in_the_sentence_dating_the_trip_take_its_day():
    text = "9月3日，老挝琅南塔省省长宋西率代表团抵达昆明访问，云南省省长王海会见了代表团一行。"
    got = _events(text, "2025-09-10")
    assert ("meeting", "2025-09-03", "2025-09-03") in got


@pytest.mark.parametrize("text, value", [
    ("今年3月，宁夏代表团赴福建考察。", ("2025-03", "2025-03")),
    ("去年10月，福建省代表团回访宁夏。", ("2024-10", "2024-10")),
    ("4月中旬，宁夏代表团赴福建考察。", ("2025-04", "2025-04")),
    ("九月底，宁夏代表团赴福建考察。", ("2024-09", "2024-09")),
    ("3月份，宁夏代表团赴福建考察。", ("2025-03", "2025-03")),
    ("4月，宁夏代表团赴福建考察。", ("2025-04", "2025-04")),
    ("In April, a delegation from Ningxia toured Fujian.", ("2025-04", "2025-04")),
    ("Last October a delegation from Ningxia toured Fujian.", ("2024-10", "2024-10")),
])
def test_months_without_a_day(text, value):
    assert [v for _t, v in _dates(text)] == [value]


@pytest.mark.parametrize("text", [
    "明年5月，宁夏代表团将赴福建考察。",  # to come
    "双方用3个月完成了规划。",  # a length
])
def test_no_month_date(text):
    assert _dates(text) == []


def test_a_month_with_its_day_stays_a_day():
    assert _dates("4月15日，宁夏代表团赴福建考察。") == [("4月15日", ("2025-04-15", "2025-04-15"))]


@pytest.mark.parametrize("text", [
    "由廣州市副市長陳明率領的代表團目前在溫哥華訪問，昨日獲卑詩省政府接待。",
    "福州市代表团日前抵达温哥华访问，昨天下午获卑诗省政府接待。",
])
def test_a_trip_told_as_ongoing_takes_no_day_of_another_clause(text):
    got = _events(text, "2025-03-11")
    assert [(t, s) for t, s, _e in got if t == "visit"] == [("visit", None)]
    assert ("meeting", "2025-03-10", "2025-03-10") in got


def test_a_trip_with_its_day_in_its_clause_keeps_it():
    text = "福州市代表团昨日抵达温哥华访问，并获卑诗省政府接待。"
    got = _events(text, "2025-03-11")
    assert ("visit", "2025-03-10", "2025-03-10") in got


def test_a_trip_going_on_the_next_day_runs_to_it():
    text = ("香港特區民政事務局局長張明今日（五月六日）抵達成都，展開訪問行程，與四川省副省長李華會面。"
            "張明明日繼續訪問成都，隨後返港。")
    got = _events(text, "2025-05-06")
    assert ("visit", "2025-05-06", "2025-05-07") in got


def test_a_day_of_another_event_after_the_trip_does_not_extend_it():
    text = ("香港特區民政事務局局長張明今日（五月六日）抵達成都，展開訪問行程，與四川省副省長李華會面。"
            "香港藝術團明日將在文化中心演出。")
    got = _events(text, "2025-05-06")
    assert ("visit", "2025-05-06", "2025-05-06") in got


@pytest.mark.parametrize("text, published, value", [
    # machine translation of 8月14日 that lost its characters, opening a line
    ("8 14, the provincial governor met the visiting mayor and his party.", None, ("--08-14", "--08-14")),
    ("The day before yesterday, the two mayors met in Fuzhou.", PUB, ("2025-05-06", "2025-05-06")),
    ("At the end of April the delegation toured Fuzhou.", PUB, ("2025-04", "2025-04")),
    ("本月初，宁夏代表团赴福建考察。", PUB, ("2025-05", "2025-05")),
])
def test_more_date_forms(text, published, value):
    assert [v for _t, v in _dates(text, published)] == [value]


@pytest.mark.parametrize("text", [
    "Article 3 15, paragraph two.",
    "He scored 7 26, 30 and 12 points.",
])
def test_numbers_inside_a_line_are_no_dates(text):
    assert _dates(text, None) == []


def test_a_chinese_dateline_dates_news_told_without_a_day():
    text = "新华社昆明9月7日电 云南省省长王海在昆明会见了老挝琅南塔省省长宋西率领的代表团。"
    got = _events(text, "2025-09-08")
    assert ("meeting", "2025-09-07", "2025-09-07") in got


def test_a_chinese_dateline_yields_to_the_day_its_sentence_names():
    text = "新华社昆明9月7日电 9月5日，云南省省长王海在昆明会见了老挝琅南塔省省长宋西率领的代表团。"
    got = _events(text, "2025-09-08")
    assert ("meeting", "2025-09-05", "2025-09-05") in got


@pytest.mark.parametrize("text, value", [
    ("行政長官賀明十二日下午在政府總部會見廣東省代表團。", ("2025-05-12", "2025-05-12")),
    ("特區政府代表團於二十日至二十二日訪問成都。", ("2025-04-20", "2025-04-22")),
    ("本月十二日，代表團訪問成都。", ("2025-05-12", "2025-05-12")),
    ("代表團今（十二）日抵達成都。", ("2025-05-12", "2025-05-12")),
    ("５月１２日，代表團抵達成都。", ("2025-05-12", "2025-05-12")),
    ("五月十二至十四日，代表團訪問成都。", ("2025-05-12", "2025-05-14")),
])
def test_days_alone_in_chinese_numerals(text, value):
    assert [v for _t, v in _dates(text, "2025-05-14")] == [value]


@pytest.mark.parametrize("text", [
    "代表團將在美加訪問十五日，先在溫哥華停留。",  # a length
    "這是為期十日的訪問。",
    "第二十日，代表團返程。",
])
def test_lengths_in_chinese_numerals_are_no_days(text):
    assert _dates(text, "2025-05-14") == []


@pytest.mark.parametrize("text, value", [
    ("发布时间：2025-05-07 09:13  来源：宁夏日报\n\n5月6日，福建省代表团抵达银川考察。", ("2025-05-06", "2025-05-06")),
    ("时间:2025-05-07   访问量:120\n\n5月6日，福建省代表团抵达银川考察。", ("2025-05-06", "2025-05-06")),
    ("5月7日 22:44 来源:宁夏日报\n\n5月6日，福建省代表团抵达银川考察。", ("2025-05-06", "2025-05-06")),
    ("發布日期：2025年5月7日\n\n5月6日，福建省代表團抵達銀川考察。", ("2025-05-06", "2025-05-06")),
])
def test_a_chinese_page_stamp_is_no_date(text, value):
    assert [v for _t, v in _dates(text, "2025-05-08")] == [value]


def test_a_day_and_hour_inside_a_sentence_stay_a_date():
    text = "双方于2025年5月6日 10:00 在银川举行会谈。"
    assert [v for _t, v in _dates(text, None)] == [("2025-05-06", "2025-05-06")]


@pytest.mark.parametrize("text, value", [
    ("福建省代表团于周一至周三在宁夏考察。", ("2025-05-05", "2025-05-07")),
    ("星期一到星期三，福建省代表团在宁夏考察。", ("2025-05-05", "2025-05-07")),
    ("福建省代表团上周三至周五在宁夏考察。", ("2025-04-30", "2025-05-02")),
    # the span's last day after the report's: the week before
    ("福建省代表团于周五至周日在宁夏考察。", ("2025-05-02", "2025-05-04")),
])
def test_chinese_weekday_spans(text, value):
    assert [v for _t, v in _dates(text)] == [value]
