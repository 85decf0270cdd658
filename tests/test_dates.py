"""Dates: ranges, year from ``published``, --MM-DD without it, relative words, month inheritance (issue 4).

Every sentence here was written for these tests. ``published`` 2023-11-08 is
a Wednesday. Each (text, published) pair is analysed once per module.
"""
from __future__ import annotations

import pytest

import liaison
from liaison.record import to_record

CASES = {
    # key: (text, published)
    "range": ("11月6日至7日，吉林省党政代表团赴天津市考察。", "2023-11-08"),
    "no_year": ("11月6日，吉林省党政代表团赴天津市考察。", None),
    "yesterday_zh": ("昨日，吉林省党政代表团抵达天津市考察。", "2023-11-08"),
    "tuesday": ("A delegation from Jilin Province visited Tianjin on Tuesday.", "2023-11-08"),
    "tuesday_first": ("On Tuesday, a delegation from Jilin Province visited Tianjin.", "2023-11-08"),
    "last_friday": ("The Jilin delegation arrived in Tianjin last Friday.", "2023-11-08"),
    "inherit": ("11月16日，吉林省党政代表团赴天津市考察。17日上午，吉林·天津合作座谈会在天津举行。", "2023-11-18"),
    "rollover": ("12月28日，吉林省党政代表团赴天津市考察。", "2024-01-05"),
    "cross_month": ("10月30日至11月2日，吉林省党政代表团赴天津市考察。", "2023-11-08"),
    "en_range": ("A delegation from Jilin Province visited Tianjin on November 6-7, 2023.", None),
    "en_dmy": ("A delegation from Jilin Province visited Tianjin from 6 to 7 November.", "2023-11-08"),
    "today_day": ("今天(8日)，吉林省党政代表团赴天津市考察。", "2023-11-08"),
    # the report goes out a day (or a month turn) after the day it states: the bracketed day wins
    "today_day_late": ("今天(7日)，山西省代表团抵达青岛市访问。", "2023-11-08"),
    "yesterday_day_fullwidth": ("昨天（6日）上午，山西省代表团与青岛市举行工作会谈。", "2023-11-08"),
    "today_day_month_turn": ("今日（30日），山西省代表团抵达青岛市访问。", "2023-12-01"),
    # a paper's dateline (本报…讯, 新华社…电) is the "today" of its 今天/昨天, not the day it comes out
    "zh_dateline_today": ("本报太原11月7日讯 山西省省长今天在太原会见了青岛市代表团一行。", "2023-11-08"),
    "zh_dateline_no_pub": ("新华社太原11月7日电 山西省代表团昨天抵达青岛市访问。", None),
    # a stated trip length around a one-day date: arrival → the days from it, end → the days up to it
    "zh_length_start": ("11月6日，山西省代表团抵达青岛市，开始为期三天的友好访问。", "2023-11-08"),
    "zh_length_end": ("11月8日，山西省代表团圆满结束了为期四天的考察行程。", "2023-11-09"),
    "zh_length_meeting": ("11月6日，山西省代表团与青岛市举行为期两天的工作会谈。", "2023-11-08"),
    # 甲在乙会见…一行 with no travel word: the trip is read from the reception, the day is the meeting's only
    "reception_at": ("9月14日，山西省委书记李明在太原会见青岛市市长张华一行。", "2023-09-15"),
    # 上个月 counts from the publication's month
    "zh_last_month": ("李明表示，上个月他率领山西省代表团到青岛市进行了考察交流。", "2023-01-09"),
    # an arrival that begins "a three-day visit": the days from the arrival
    "en_arrived_for": ("Shanxi Governor Li Ming arrived in Qingdao on Monday for a three-day visit.", "2023-11-08"),
    # 次日 / 当天: the day after, or the same day as, the last day told
    "zh_next_day": ("11月6日，山西省代表团抵达青岛市访问。次日，代表团考察了青岛港。", "2023-11-09"),
    "zh_same_day": ("11月6日，山西省代表团抵达青岛市访问。当天下午，双方举行工作座谈会。", "2023-11-09"),
    "inspection": ("11月6日至7日，吉林省党政代表团赴天津市考察。7日下午，代表团参观了天津明达机器人有限公司。", "2023-11-08"),
}


@pytest.fixture(scope="module")
def docs() -> dict:
    return {k: liaison.extract_doc(t, published=pub, id=k) for k, (t, pub) in CASES.items()}


def dates(doc) -> list[tuple[str, tuple]]:
    return [(doc.text[s.start:s.end], s.value) for s in doc.layer("dates")]


def event_date(doc, type_: str) -> dict:
    (e,) = [e for e in to_record(doc)["events"] if e["type"] == type_]
    return e["date"]


def test_chinese_day_range_takes_the_year_from_published(docs):
    assert dates(docs["range"]) == [("11月6日至7日", ("2023-11-06", "2023-11-07"))]
    assert event_date(docs["range"], "visit") == {"start": "2023-11-06", "end": "2023-11-07"}


def test_no_published_and_no_year_gives_month_day_only(docs):
    assert dates(docs["no_year"]) == [("11月6日", ("--11-06", "--11-06"))]
    assert event_date(docs["no_year"], "visit") == {"start": "--11-06", "end": "--11-06"}


def test_chinese_relative_day(docs):
    assert dates(docs["yesterday_zh"]) == [("昨日", ("2023-11-07", "2023-11-07"))]
    assert event_date(docs["yesterday_zh"], "visit") == {"start": "2023-11-07", "end": "2023-11-07"}


def test_weekday_counts_back_from_published(docs):
    assert dates(docs["tuesday"]) == [("on Tuesday", ("2023-11-07", "2023-11-07"))]
    assert event_date(docs["tuesday"], "visit") == {"start": "2023-11-07", "end": "2023-11-07"}
    assert dates(docs["last_friday"]) == [("last Friday", ("2023-11-03", "2023-11-03"))]


def test_weekday_at_the_start_of_a_sentence(docs):
    assert dates(docs["tuesday_first"]) == [("On Tuesday", ("2023-11-07", "2023-11-07"))]
    assert event_date(docs["tuesday_first"], "visit") == {"start": "2023-11-07", "end": "2023-11-07"}


def test_day_without_month_inherits_the_month_before_it(docs):
    assert dates(docs["inherit"]) == [("11月16日", ("2023-11-16", "2023-11-16")),
                                      ("17日", ("2023-11-17", "2023-11-17"))]
    assert event_date(docs["inherit"], "visit") == {"start": "2023-11-16", "end": "2023-11-16"}
    assert event_date(docs["inherit"], "meeting") == {"start": "2023-11-17", "end": "2023-11-17"}


def test_a_month_after_publication_belongs_to_the_year_before(docs):
    assert dates(docs["rollover"]) == [("12月28日", ("2023-12-28", "2023-12-28"))]


def test_range_across_months(docs):
    assert dates(docs["cross_month"]) == [("10月30日至11月2日", ("2023-10-30", "2023-11-02"))]


def test_english_ranges(docs):
    assert dates(docs["en_range"]) == [("November 6-7, 2023", ("2023-11-06", "2023-11-07"))]
    assert dates(docs["en_dmy"]) == [("6 to 7 November", ("2023-11-06", "2023-11-07"))]
    assert event_date(docs["en_dmy"], "visit") == {"start": "2023-11-06", "end": "2023-11-07"}


def test_today_with_the_day_in_brackets(docs):
    assert dates(docs["today_day"]) == [("今天(8日)", ("2023-11-08", "2023-11-08"))]


def test_inspection_with_its_own_date(docs):
    assert event_date(docs["inspection"], "visit") == {"start": "2023-11-06", "end": "2023-11-07"}
    assert event_date(docs["inspection"], "inspection") == {"start": "2023-11-07", "end": "2023-11-07"}


def test_year_at_the_end_of_an_english_sentence_without_published():
    rec = liaison.extract("Party secretaries of Guangxi and Lang Son held talks in Lang Son on March 22 "
                          "as part of their Spring Meeting 2021.\nThey agreed to open more border gates.")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert meeting["date"]["start"] == "2021-03-22"


def test_a_named_year_runs_on_to_later_dates_without_published():
    rec = liaison.extract("2021年3月20日，吉林省党政代表团赴天津市考察。\n3月22日，天津市委书记李红梅会见代表团一行，双方举行座谈。")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert meeting["date"]["start"] == "2021-03-22"


def _event_dates(text: str, published: str) -> list[tuple]:
    r = liaison.extract(text, published=published)
    return [(e["type"], e["date"]["start"], e["date"]["end"]) for e in r["events"]]


@pytest.mark.parametrize("text,published,want", [
    ("During his visit to Jilin Province last October, Governor Park Min-ho of Gangwon met with Party "
     "Secretary Li Ming.", "2024-04-24", ("visit", "2023-10", "2023-10")),
    ("Governor Park Min-ho of Gangwon visited Jilin Province earlier this month.", "2024-06-20",
     ("visit", "2024-06", "2024-06")),
    ("Governor Park Min-ho of Gangwon visited Jilin Province in mid-May.", "2024-06-20",
     ("visit", "2024-05", "2024-05")),
    ("Governor Park Min-ho of Gangwon visited Jilin Province between 12 and 15 May 2024.", "2024-06-20",
     ("visit", "2024-05-12", "2024-05-15")),
    ("Governor Park Min-ho of Gangwon and his party left here Tuesday, concluding their three-day visit to "
     "Jilin Province.", "2023-11-08", ("visit", "2023-11-05", "2023-11-07")),
    ("Governor Park Min-ho of Gangwon began a four-day visit to Jilin Province on Monday.", "2023-11-08",
     ("visit", "2023-11-06", "2023-11-09")),
])
def test_english_month_words_and_visit_lengths(text, published, want):
    assert want in _event_dates(text, published)


def test_the_trips_dates_told_beside_a_meeting_are_the_trips():
    got = _event_dates("Governor Park Min-ho of Gangwon led a delegation to pay an official visit to Jilin "
                       "Province. During the trip, from November 6-8, Governor Park met with Party Secretary "
                       "Li Ming.", "2023-11-10")
    assert ("visit", "2023-11-06", "2023-11-08") in got
    assert ("meeting", None, None) in got


@pytest.mark.parametrize("text,want", [
    ("今(12)日，屏東縣長率團抵達長崎縣訪問。", ("2025-01-12", "2025-01-12")),
    ("昨（11）日，屏東縣長率團抵達長崎縣訪問。", ("2025-01-11", "2025-01-11")),
])
def test_today_with_the_day_in_brackets(text, want):
    from liaison.stages.dates import find_dates
    import datetime as dt

    assert [s.value for s in find_dates(text, dt.date(2025, 1, 12))] == [want]


def test_the_bracketed_day_wins_over_the_relative_word(docs):
    assert dates(docs["today_day_late"]) == [("今天(7日)", ("2023-11-07", "2023-11-07"))]
    assert event_date(docs["today_day_late"], "visit") == {"start": "2023-11-07", "end": "2023-11-07"}
    # (the text is normalised: full-width brackets come out half-width)
    assert [v for _t, v in dates(docs["yesterday_day_fullwidth"])] == [("2023-11-06", "2023-11-06")]
    assert [v for _t, v in dates(docs["today_day_month_turn"])] == [("2023-11-30", "2023-11-30")]


def test_a_chinese_dateline_anchors_today_and_yesterday(docs):
    # (the dateline is in the layer too, labelled: it dates only a sentence naming no day of its own)
    assert [(s.label, s.value) for s in docs["zh_dateline_today"].layer("dates")] == [
        ("dateline", ("2023-11-07", "2023-11-07")), ("date", ("2023-11-07", "2023-11-07"))]
    assert event_date(docs["zh_dateline_today"], "meeting") == {"start": "2023-11-07", "end": "2023-11-07"}
    assert [s.value for s in docs["zh_dateline_no_pub"].layer("dates") if s.label == "date"] == [("--11-06", "--11-06")]


def test_a_chinese_trip_length_makes_a_range(docs):
    assert [v for _t, v in dates(docs["zh_length_start"])] == [("2023-11-06", "2023-11-08")]
    assert event_date(docs["zh_length_start"], "visit") == {"start": "2023-11-06", "end": "2023-11-08"}
    assert [v for _t, v in dates(docs["zh_length_end"])] == [("2023-11-05", "2023-11-08")]
    # no arrival or end verb, no visit: the day stays one day
    assert [v for _t, v in dates(docs["zh_length_meeting"])] == [("2023-11-06", "2023-11-06")]


def test_a_trip_read_from_a_reception_is_undated(docs):
    assert event_date(docs["reception_at"], "meeting") == {"start": "2023-09-14", "end": "2023-09-14"}
    assert event_date(docs["reception_at"], "visit") == {"start": None, "end": None}


def test_chinese_last_month(docs):
    assert [v for _t, v in dates(docs["zh_last_month"])] == [("2022-12", "2022-12")]


def test_an_arrival_for_a_stated_length_is_a_range(docs):
    assert event_date(docs["en_arrived_for"], "visit") == {"start": "2023-11-06", "end": "2023-11-08"}


def test_chinese_next_day_and_same_day(docs):
    assert [v for _t, v in dates(docs["zh_next_day"])] == [("2023-11-06", "2023-11-06"), ("2023-11-07", "2023-11-07")]
    assert event_date(docs["zh_next_day"], "inspection") == {"start": "2023-11-07", "end": "2023-11-07"}
    assert [v for _t, v in dates(docs["zh_same_day"])] == [("2023-11-06", "2023-11-06"), ("2023-11-06", "2023-11-06")]
