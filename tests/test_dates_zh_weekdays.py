"""Chinese weekdays (周二, 上週三, 星期天), days of this or last month (本月6日, 上月28日), and a name ending
in 明 before 日前 ("a few days ago"), which is neither 明日 (tomorrow) nor a plan.

Every sentence here was written for these tests. ``published`` 2023-11-08 is a Wednesday.
"""
from __future__ import annotations

import pytest

import liaison

PUB = "2023-11-08"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    rec = liaison.extract(text, published=PUB)
    return [(e["type"], (e.get("date") or {}).get("start"), (e.get("date") or {}).get("end")) for e in rec["events"]]


@pytest.mark.parametrize("text, day", [
    ("山西省代表团于周一抵达青岛市访问，与青岛市市长张华会谈。", "2023-11-06"),
    ("山西省代表團於週二抵達青島市訪問，與青島市市長張華會談。", "2023-11-07"),
    ("山西省代表团上周五抵达青岛市访问，与青岛市市长张华会谈。", "2023-11-03"),
    ("山西省代表团本周一抵达青岛市访问，与青岛市市长张华会谈。", "2023-11-06"),
    ("山西省代表团星期天抵达青岛市访问，与青岛市市长张华会谈。", "2023-11-05"),
    ("本月6日，山西省代表团抵达青岛市访问，与青岛市市长张华会谈。", "2023-11-06"),
    ("上月28日，山西省代表团抵达青岛市访问，与青岛市市长张华会谈。", "2023-10-28"),
])
def test_weekdays_and_days_of_this_or_last_month(text, day):
    assert _events(text) == [("visit", day, day), ("meeting", day, day)]


def test_a_surname_zhou_before_a_numeral_is_no_weekday():
    text = "山西省代表团抵达青岛市访问，周一鸣与青岛市市长张华会谈。"
    assert all(start is None for _t, start, _e in _events(text))


def test_a_name_ending_in_ming_before_riqian_is_done_and_undated():
    # 李光明日前: "Li Guangming, a few days ago" — not 明日 ("tomorrow"), so neither planned nor dated
    text = "山西省省长李光明日前率团抵达青岛市访问，与青岛市市长张华会谈。"
    assert _events(text) == [("visit", None, None), ("meeting", None, None)]


@pytest.mark.parametrize("text, published, day", [
    # Hong Kong and Macao releases write the day in Chinese numerals, often in brackets after 今日
    ("香港特區民政事務局局長張明今日（十一月七日）抵達廣州訪問，與廣州市市長陳華會面。", "2023-11-08", "2023-11-07"),
    ("香港特區民政事務局局長張明今日（七日）抵達廣州訪問，與廣州市市長陳華會面。", "2023-11-08", "2023-11-07"),
    ("香港特區民政事務局局長張明十一月二十三日抵達廣州訪問，與廣州市市長陳華會面。", "2023-11-28", "2023-11-23"),
    ("二〇二三年十月三十一日，山西省代表团抵达青岛市访问，与青岛市市长张华会谈。", None, "2023-10-31"),
])
def test_days_in_chinese_numerals(text, published, day):
    rec = liaison.extract(text, published=published)
    assert [(e["type"], e["date"]) for e in rec["events"]] == [
        ("visit", {"start": day, "end": day}), ("meeting", {"start": day, "end": day})]


@pytest.mark.parametrize("text, published, start, end", [
    # the first day's 日 left out before a range
    ("山西省代表团于11月6至7日访问青岛市，与青岛市市长张华会谈。", PUB, "2023-11-06", "2023-11-07"),
    ("山西省代表团于6至7日访问青岛市，与青岛市市长张华会谈。", PUB, "2023-11-06", "2023-11-07"),
    # a year-month-day written with dots (mixed and machine-translated pages)
    ("山西省代表团于2023.11.6访问青岛市，与青岛市市长张华会谈。", None, "2023-11-06", "2023-11-06"),
    # a long date between 一行 and the travel verb still tells the trip
    ("山西省省长李明一行于2023年11月6日至7日访问青岛市，与青岛市市长张华会谈。", None, "2023-11-06", "2023-11-07"),
])
def test_ranges_without_the_first_ri_and_dotted_dates(text, published, start, end):
    rec = liaison.extract(text, published=published)
    assert [(e["type"], e["date"]) for e in rec["events"]] == [
        ("visit", {"start": start, "end": end}), ("meeting", {"start": start, "end": end})]
