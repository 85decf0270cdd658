"""Dates in Chinese and English, resolved to ISO with the article's ``published`` date.

``Span.value`` is ``(start, end)``: ``YYYY-MM-DD``, or ``--MM-DD`` when no
year is known, ``None`` parts when the text gives too little (今天(20日)
without a month). Month-less days (17日上午) take the month of the last full
date before them; relative words (昨日, 今天, "on Tuesday") count from
``published``.
"""
from __future__ import annotations

import datetime as dt
import re

from ..doc import Doc, Span
from .base import stage

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_MON_ABBR = {k[:3]: v for k, v in _MONTHS.items()} | {"sept": 9}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"])}
_ZH_REL = {"昨": -1, "今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2, "明天": 1, "明日": 1}

# days and months in Chinese numerals as well as digits (九月十二日, 二〇二三年九月十二日: Hong Kong and Macao
# government releases write them so)
_CN_DAY = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_MON = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_CN_YEAR = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})"
# 9月12至14日: the first day's 日 left out before a range
_RANGE_AHEAD = r"(?=\s*(?:至|到|-|—|～|~|－)\s*(?:" + _CN_MON + r"月)?" + _CN_DAY + r"[日号])"
# a Republic of China year (民國114年, 中華民國一百一十四年, and a bare three-digit 114年 before a month, as Taiwan's
# papers and government pages write it): 1911 + the number
_ROC_YEAR = (r"(?:(?:中華民國|中华民国|民國|民国)\s*(?P<roc>\d{2,3}|[一二三四五六七八九十百〇零]{1,6})\s*年"
             r"|(?<![\d年])(?P<roc3>1[01]\d)年(?=\s*\d{1,2}\s*月))")
_ZH_FULL = re.compile(
    r"(?:(?P<y>" + _CN_YEAR + r")年|" + _ROC_YEAR + r")?(?P<m>" + _CN_MON + r")月(?P<d>" + _CN_DAY + r")(?:[日号]|" + _RANGE_AHEAD + r")"
    r"(?:(?:上午|下午|晚上|晚)?\s*(?:至|到|-|—|～|~|－)\s*(?:(?P<m2>" + _CN_MON + r")月)?(?P<d2>" + _CN_DAY + r")[日号])?")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}


def _num(s: str | None) -> int | None:
    """12, 十二, 二十三, 三十一, 二〇二三, 一百一十四 as integers."""
    if not s:
        return None
    if s.isdecimal():
        return int(s)  # ASCII or full-width digits
    if "百" in s:
        hundreds, _, rest = s.partition("百")
        rest = rest.lstrip("〇零")
        return (_CN_DIGITS[hundreds] if hundreds else 1) * 100 + ((_num(rest) or 0) if rest else 0)
    if "十" not in s:
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


_ZH_DAY = re.compile(r"(?<![\d月年./\-])(?P<d>\d{1,2})(?:日|" + _RANGE_AHEAD + r")(?:(?:至|到|-|—|～|~|－)(?P<d2>\d{1,2})日)?")
_ZH_REL_RE = re.compile(r"(今天|今日|昨天|昨日|前天|前日|明天(?!前)|明日(?!前)|昨(?=[率在到赴与出会签举抵召主见]))"
                        r"(?:\s*[(（]\s*(?:(?P<pm>" + _CN_MON + r")月)?(?P<d>" + _CN_DAY + r")\s*日\s*[)）])?")
# 今(12)日, 昨（11）日: Taiwan and Hong Kong papers' "today (the 12th)"
_ZH_REL_PAREN = re.compile(r"(?P<rel>今|昨|前|明)\s*[(（]\s*(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[)）]\s*日")
# a day alone in Chinese numerals, as Hong Kong and Macao reports write it (行政长官十二日下午会见…, 於二十日至二十二日
# 访问): only the tens (十日 … 三十一日), before a time of day, a range or a verb, and not a length (为期十日)
_ZH_CN_DAY = re.compile(r"(?<![\d月年第为為连連历歷期近逾约約前后後个個])(?P<d>[一二三]?十[一二三四五六七八九]?)日"
                        r"(?:(?:至|到|—|－)(?P<d2>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?"
                        r"(?=上午|下午|中午|晚|早|凌晨|傍晚|在|于|於|起|率|抵|赴|出|举|舉|召|签|簽|会|會|拜|访|訪|前往|与|與|同|，|,)")
# 次日/第二天: the day after the last day told; 当天/同日: that day
_ZH_NEXT_DAY = re.compile(r"(?P<next>次日|翌日|第二天|隔天)|(?:当天|當天|当日|當日|同日|同一天)")
# 本月12日, 上月3日至5日: a day of the publication's month, or of the month before it
_ZH_REL_MONTH_DAY = re.compile(r"(?P<rel>本|今|这|這|上)月(?P<d>" + _CN_DAY + r")[日号號](?:(?:至|到|-|—)(?P<d2>" + _CN_DAY
                               + r")[日号號])?")
# 周二, 上週三, 星期五, 禮拜天: a weekday counted from the publication date; a bare 周/週 (also a surname: 周一鸣) only
# after a word that introduces a time (于周二, ，周二) and before one that follows it (周二上午, 周二率团)
_ZH_WEEKDAY = re.compile(
    r"(?:(?P<rel>上|本|这|這)(?:周|週|星期|礼拜|禮拜)|星期|礼拜|禮拜|(?:(?<=[于於在，,。；;\s])|^)(?:周|週)(?=[一二三四五六日天]"
    r"(?:[上下中早晚凌，,（(率在到赴与與出会會签簽举舉抵召主见見同至—]|$)))(?P<w>[一二三四五六日天])"
    # 周一至周三, 星期一到星期三: a span of days of one week
    r"(?:\s*(?:至|到|—|－|-)\s*(?:周|週|星期|礼拜|禮拜)?(?P<w2>[一二三四五六日天]))?", re.M)
_ZH_WEEKDAY_NUM = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_ZH_YM = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?!\d{1,2}[日号])")

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MON2 = _MON.replace("(?P<mon>", "(?P<mon2>")
# May 12, May 12-15, Sept. 24 to 25, April 29 - May 1 (a range into the next month), May 12, 2024
_EN_MDY = re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|through|until)\s*" + _MON2
                     + r"\s+(?P<d2m>\d{1,2})(?:st|nd|rd|th)?|\s*(?:-|–|to|and|through)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
                     r"(?:,?\s+(?P<y>\d{4}))?\b")
# 29 January to 1 February (2024): a range over two months, days first
_EN_DMY_SPAN = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r"\s*(?:-|–|to|until|through)\s*"
                          r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON2 + r"(?:,?\s+(?P<y>\d{4}))?\b")
_EN_DMY = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?\s+" + _MON
                     + r"(?:,?\s+(?P<y>\d{4}))?\b")  # 12 May, 12-15 May, (between) 12 and 15 May 2024
# machine translation's and careless typing's forms: "the 5th of June", "Jun.5", "June5"
_EN_OF_MONTH = re.compile(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+" + _MON + r"(?P<d2>(?!))?(?:,?\s+(?P<y>\d{4}))?\b")
_EN_TIGHT = re.compile(r"\b" + _MON + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?P<d2>(?!))?(?:,?\s+(?P<y>\d{4}))?\b")
_EN_MONTH_YEAR = re.compile(r"\b(?:(?:(?P<rel>(?i:last|this|past))\s+|(?i:in|since|during|early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)(?:\s+|\s*-\s*))" + _MON + r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?"
                            r"|" + _MON2 + r",?\s+(?P<y2>(?:19|20)\d{2}))\b(?!\s*\d)")
_EN_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# 2023.6.5, 2023/6/5, 2023-6-5 (year first, as Chinese pages and their translations write it, also between
# Chinese words: 于2023.6.5访问); not in a path
# or a URL, nor a page's own stamp ("[2016.09.15] 发表")
_NUM_YMD = re.compile(r"(?<![A-Za-z0-9_/.\-])(?P<y>(?:19|20)\d{2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
                      r"(?![A-Za-z0-9_/\-]|\.\d|\s*[\]】]|\s*(?:发表|發表|发布|發佈|更新|来源|來源))")
# 10.05.2023: day first, as European and Russian pages write it with dots (never month first with dots)
_NUM_DMY = re.compile(r"(?<![A-Za-z0-9_/.\-])(?<![Vv]ersion )(?<![Vv]\. )(?<![Vv]er\. )(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![A-Za-z0-9_/\-]|\.\d)")
# "on Tuesday, May 7", "on Tuesday (May 7)", "On Tuesday 3 June": the weekday beside the date it names is no date of
# its own
_EN_WD_DATED = re.compile(r"\s*[,(]?\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                          r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
                          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d|[\s,)])", re.I)  # (not "Monday, Mayor X")
_LAST_WEEK = re.compile(r"\blast week\b", re.I)


def _last_weeks(text: str, pos: int, told, anchor) -> bool:
    """A weekday at ``pos`` of a story told as last week's ("led a delegation to Shaanxi last week … spent Tuesday
    and Wednesday in Fuping"), no full date told before it but the page's own: the week before the publication's."""
    return (told is None or told >= anchor) and _LAST_WEEK.search(text, 0, pos) is not None
# "Monday (15)": a weekday with its day of the month in brackets
_WD_DAY_IN_BRACKETS = re.compile(r"\s*\((\d{1,2})\)")
# "on Monday", and a weekday straight after a verb of the event ("left here Tuesday", "met Monday")
_EN_WEEKDAY = re.compile(r"\b(?:(?P<rel>on|last|this|next|coming)\s+|(?P<pre>here|there|left|arrived|ended|concluded|met|signed|visited|held)\s+)"
                         r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "on Monday and Tuesday", "from Monday to Wednesday", "Monday through Thursday", "Monday-Wednesday": the days
# from the first to the second, the second the last such day up to the report
_EN_WEEKDAY_SPAN = re.compile(r"\b(?:(?P<rel>(?i:on|from|between|last|this))\s+)?(?P<w>" + _WD + r")\s*(?:and|to|through|thru|"
                              r"until|till|-|–)\s*(?P<w2>" + _WD + r")\b(?!['’]s)")
# a weekday standing alone, in its capitals, after a verb in the past ("talks ended Tuesday"), a place ("in
# Kunming Tuesday") or a word that starts a span ("starting Monday"), or before its possessive ("Tuesday's
# meeting"); not after a verb that may tell what is to come ("return Friday")
_EN_WEEKDAY_BARE = re.compile(r"(?:\b(?P<pre>(?:[a-z]+ed|(?!(?:Next|Coming|Every|Each|Good|Black|Super|Easter|Palm|Ash|Holy|"
                              r"Cyber|Maundy|Following|Last|This|On)\b)[A-Z][a-z]+|starting|beginning|from)\s+)"
                              r"|\b(?=" + _WD + r"['’]s\b))(?P<rel>)(?P<w>" + _WD + r")\b(?!s\b)")
# "this morning", "earlier today", "tonight": the report's own day
_EN_TODAY_PART = re.compile(r"\b(?:this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)\b", re.I)
# "earlier this month", "last month": the month of the publication, or the one before
_EN_REL_MONTH = re.compile(r"\b(?:(?:earlier|later|early|late)\s+)?(?P<w>this|last)\s+month\b", re.I)
_EN_REL_PAREN = re.compile(r"\s*[(（]\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b")
_EN_REL = re.compile(r"\b(?P<w>(?:the\s+)?day\s+before\s+yesterday|yesterday|today)\b", re.I)
# machine translation of 7月26日 that lost its characters: "7 26, the provincial Party Secretary met …" opening a line
_MT_MONTH_DAY = re.compile(r"(?m)^[ \t]*(?P<y>)(?P<m>1[0-2]|[1-9]) (?P<d>[12]\d|3[01]|[1-9]),(?=\s+[A-Za-z])")
# every character an ASCII letter matches under re.I (the letters, İ, ı, ſ and the Kelvin sign)
_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")

# "on the 28th", "from the 3rd", "On 24th," (machine translation): a day of the month told before (else of the report's month)
# "on the 28th", "from the 3rd": a day of the month told before (else of the report's month)
# "on the afternoon of the 5th", "in the morning of the 6th" (machine translation of 5日下午, 6日上午)
_EN_ORDINAL_DAY = re.compile(r"\b(?:(?:on|from|by|until|since)\s+(?:the\s+)?|(?:on|in)\s+the\s+(?:morning|afternoon|evening|night)"
                             r"\s+of\s+(?:the\s+)?)(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?"
                             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|anniversary|century|session|meeting|"
                             r"plenary|congress|edition|round|annual|floor|place|time|day|year|birthday|Five-Year))", re.I)
# "the following day", "the next day", "a day later", "on the same day", "later that day": counted from the day
# told last
_EN_NEXT_DAY = re.compile(r"\b(?:(?P<next>the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after)"
                          r"|(?P<same>(?:on\s+)?the\s+same\s+day|later\s+(?:that|the\s+same)\s+day|that\s+(?:same\s+)?"
                          r"(?:afternoon|evening|morning)))\b", re.I)
# a page's own time stamp ("Updated: 2024-06-04 09:13", "Published 05/11/2024", "10:31, November 01, 2023",
# "Date: 2017-05-17 08:46:17"): when the page was written, never when something happened
_MONS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_STAMP = re.compile(
    r"(?im)(?:\b(?:updated|published|posted|released|date|time|created|createdd|last modified|release date)\b"
    r"(?:\s+on)?[\s:：|]{0,6}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:(?P<a>\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"|(?P<w>" + _MONS + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONS + r",?\s+\d{4}))"
    r"|(?P<b>\d{4}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2})?"
    r"|\b\d{1,2}:\d{2},\s+(?P<c>" + _MONS + r"\s+\d{1,2},\s+\d{4}))")
# an English dateline opening a line: "HANOI, Nov 5 (VNA) –", "Beijing, March 3 (Xinhua) --", "KHABAROVSK, August 29.",
# "Vientiane, 19 November (KPL) -": the day the report was filed (relative days count from it), not an event's date
_DATELINE_DATE = (r"(?P<date>(?:" + _MON.replace("(?P<mon>", "(?:") + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+"
                  + _MON.replace("(?P<mon>", "(?:") + r")(?:,?\s+\d{4})?)")
_DATELINE = re.compile(
    r"(?m)^[ \t]*\(?[A-Z][A-Za-z.'’ -]{1,40}?,(?:\s*[A-Z][A-Za-z.'’ -]{1,30}?,)?\s*" + _DATELINE_DATE + r"\)?"
    r"\s*(?:\([A-Za-z][A-Za-z .&/-]{1,25}\)\s*)?(?:--|[–—-]|\.(?=\s+[A-Z])|/)"
    # a partner's release: "Nakuru, 18 March 2025" on a line of its own, the place in one to three capitalised words
    r"|^[ \t]*[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2},(?:\s*[A-Z][A-Za-z.'’ -]{1,30}?,)?\s*"
    + _DATELINE_DATE.replace("?P<date>", "?P<date2>") + r"[ \t]*$")

# a Chinese page's own stamp: 发布时间：2023-04-06, 时间:2022-09-23, 日期：09-07, 4月30日 22:44 (来源…): when the page
# was put up, never when something happened
_ZH_STAMP = re.compile(
    r"(?P<pre>(?:发布|發布|發佈|更新|发稿|發稿|出版)?(?:时间|時間|日期)\s*[：:]\s*)?"
    r"(?P<when>(?:(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?)(?!\d)"
    r"(?P<post>\s*\d{1,2}:\d{2}|\s+(?:来源|來源|访问量|訪問量|作者|编辑|編輯))?")


def _month(name: str) -> int:
    n = name.lower().rstrip(".")
    return _MONTHS.get(n) or _MON_ABBR.get(n[:4] if n.startswith("sept") else n[:3], 0)


def _fmt(y: int | None, m: int, d: int) -> str | None:
    try:
        dt.date(y or 2000, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}-{d:02d}"


def _year_for(month: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    # a month well after the publication month belongs to the year before
    return published.year - 1 if month > published.month + 1 else published.year


def _year_nearby(text: str, pos: int) -> int | None:
    """A year named in the same sentence (2018中国国际友好城市大会…11月16日) when nothing else gives one."""
    lo = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi_candidates = [i for i in (text.find("。", pos), text.find("\n", pos)) if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(text)
    years = {m.group(0) for m in re.finditer(r"(?<![\d\-./])(?:19|20)\d{2}(?![\d年\-/:]|\.\d)", text[lo:hi])}
    return int(years.pop()) if len(years) == 1 else None


_HEADING_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月|第?([一二三四1-4])\s*季度)?")


def _heading_reference(text: str) -> dt.date | None:
    """No publication date: the year (and month or quarter) a page's heading names (2024年4月对外交流一览,
    2024年第一季度) stands for it — the end of that month, quarter or year — so that 4月3日 below is 2024's."""
    head = text[:max(0, text.find("\n")) or len(text)][:120]
    m = _HEADING_MONTH.search(head)
    if m is None:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else 3 * "一二三四".find(m.group(3)) + 3 if m.group(3) and not \
        m.group(3).isdigit() else 3 * int(m.group(3)) if m.group(3) else 12
    if not 1 <= month <= 12:
        return None
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _stamp_date(m) -> dt.date | None:
    raw = m["a"] or m["b"] or m["c"] or m["w"]
    try:
        if m["c"] or m["w"]:
            dm = _EN_MDY.match(raw) or _EN_DMY.match(raw)
            return dt.date(int(dm["y"]), _month(dm["mon"]), int(dm["d"])) if dm and dm["y"] else None
        if "-" in raw[:5]:
            y, mo, d = (int(x) for x in raw.split()[0].split("T")[0].split("-"))
            return dt.date(y, mo, d)
        d, mo, y = (int(x) for x in re.split(r"[/.]", raw))  # day first, as outside the US
        return dt.date(y, mo, d)
    except (ValueError, TypeError):
        return None


def _pub(doc: Doc) -> dt.date | None:
    try:
        return dt.date.fromisoformat(doc.published) if doc.published else None
    except ValueError:
        return None


_BOOK_TITLE = re.compile(r"《[^《》\n]{1,100}》")
_YEAR_ORDINAL = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年(?=度|第[一二三四五六七八九十\d]{1,3}[次届轮])")


def find_dates(text: str, published: dt.date | None) -> list[Span]:
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    last_day: list[str | None] = [None]  # the last day told (the end of a range), for "the following day"
    last_from: list[str | None] = [None]  # the first day of the last range told (its day when it is one)

    def add(s: int, e: int, value, label: str = "date") -> None:
        if any(not (e <= a or s >= b) for a, b in taken):
            return
        taken.append((s, e))
        spans.append(Span(s, e, label, value))
        if label == "date" and value and value[-1] and len(value[-1]) == 10:
            last_day[0] = value[-1]
            last_from[0] = value[0] if value[0] and len(value[0]) == 10 else value[-1]

    latin = _LATIN.search(text) is not None  # every English pattern but the ISO one needs a letter
    # a page's time stamps are no event's date; the first stands for the publication date when none is given
    stamp = None
    for m in _STAMP.finditer(text):
        taken.append((m.start(), m.end()))
        stamp = stamp or _stamp_date(m)
    for m in _ZH_STAMP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not (m["pre"] or (m["post"] and not text[line_start:m.start()].strip())):
            continue  # (a day and an hour inside the story's own sentences are an event's)
        taken.append((m.start("when"), m.end("when")))
    for m in _BOOK_TITLE.finditer(text):
        taken.append((m.start(), m.end()))  # 《…2024年交流合作备忘录》: a year in a document's title dates no signing
    for m in _YEAR_ORDINAL.finditer(text):
        taken.append((m.start(), m.end()))  # 2024年第一次联合工作组会议, 2024年度: the year counts the meetings
    if published is None:
        published = stamp
    if published is None:
        published = _heading_reference(text)
    # the report's dateline: its day anchors "on Tuesday", "yesterday", "the 28th"
    anchor = published
    for m in (_DATELINE.finditer(text, 0, min(len(text), 800)) if latin else ()):
        g = "date" if m["date"] else "date2"
        dm = _EN_MDY.match(m[g]) or _EN_DMY.match(m[g])
        if dm is None:
            continue
        mo, d = _month(dm["mon"]), int(dm["d"])
        year = int(dm["y"]) if dm["y"] else _year_for(mo, published)
        v = _fmt(year, mo, d) if mo else None
        if v:
            add(m.start(g), m.end(g), (v, v), "dateline")
            if year and ((published is not None and dt.date(year, mo, d) <= published)
                         or (published is None and dm["y"])):
                anchor = dt.date(year, mo, d)  # with no publication date, a dateline naming its year anchors
        break

    last_month: list[int | None] = [None]
    last_year: list[int | None] = [None]
    named: list[tuple[int, int] | None] = [None]  # (year, month) of the last date that names its year
    zh_anchor: list[tuple[int | None, int, int] | None] = [None]  # (year, month, day) of a 讯/电 dateline
    events = []
    for m in _ZH_FULL.finditer(text):
        events.append((m.start(), "zhfull", m))
    for m in _ZH_REL_RE.finditer(text):
        events.append((m.start(), "zhrel", m))
    for m in _ZH_DAY.finditer(text):
        events.append((m.start(), "zhday", m))
    for m in _ZH_CN_DAY.finditer(text):
        if text[m.end():m.end() + 1] in "，," and not re.search(r"(^|[。；;！!？?\n，,：:]|[于於在])\s*$", text[max(0, m.start() - 2):m.start()]):
            continue  # 在美加访问十五日，先…: a length; 十二日，甲…: a day
        events.append((m.start(), "zhday", m))
    for m in _ZH_REL_PAREN.finditer(text):
        events.append((m.start(), "zhrelparen", m))
    for m in _ZH_NEXT_DAY.finditer(text):
        events.append((m.start(), "nextday", m))
    for m in _ZH_REL_MONTH_DAY.finditer(text):
        events.append((m.start(), "zhrelmonth", m))
    for m in _ZH_WEEKDAY.finditer(text):
        events.append((m.start(), "zhwd", m))
    for rx, kind in ((_EN_MDY, "en"), (_EN_DMY_SPAN, "en"), (_EN_DMY, "en"), (_EN_OF_MONTH, "en"), (_EN_TIGHT, "en"),
                     (_EN_ISO, "iso"), (_NUM_YMD, "iso"), (_NUM_DMY, "iso"), (_MT_MONTH_DAY, "iso"), (_EN_WEEKDAY_SPAN, "wdspan"), (_EN_WEEKDAY, "wd"),
                     (_EN_WEEKDAY_BARE, "wd"), (_EN_TODAY_PART, "enrel"),
                     (_EN_REL, "enrel"), (_EN_ORDINAL_DAY, "ord"), (_EN_NEXT_DAY, "nextday")):
        if not latin and kind != "iso":
            continue
        for m in rx.finditer(text):
            events.append((m.start(), kind, m))
    events.sort(key=lambda x: (x[0], -(x[2].end() - x[2].start())))
    for _pos, kind, m in events:
        s, e = m.start(), m.end()
        if kind == "zhfull" or kind == "en" or kind == "iso":
            if kind == "iso":
                y, mo, d, d2, m2 = int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"]), None, None
            elif kind == "zhfull":
                y, mo, d, d2, m2 = _num(m["y"]), _num(m["m"]), _num(m["d"]), _num(m["d2"]), _num(m["m2"])
                roc = _num(m["roc"] or m["roc3"])
                if roc:
                    y = 1911 + roc
            else:
                y = int(m["y"]) if m["y"] else None
                mo, d = _month(m["mon"]), int(m["d"])
                g = m.groupdict()
                d2 = int(g.get("d2m") or m["d2"]) if (g.get("d2m") or m["d2"]) else None
                m2 = _month(g["mon2"]) if g.get("mon2") else None
            if not mo:
                continue
            year = y or _year_for(mo, published) or _year_nearby(text, s)
            if year is None and named[0] is not None and mo >= named[0][1]:
                # no publication date: 8月25日 after "2022年8月24日" is in 2022 (the year runs on)
                year = named[0][0]
            if y:
                named[0] = (y, mo)
            start = _fmt(year, mo, d)
            end = _fmt(year + 1 if year and m2 and m2 < mo else year, m2 or mo, d2) if d2 else start
            if start is None:
                continue
            last_month[0], last_year[0] = mo, year
            if kind == "zhfull" and re.match(r"\s*(讯|訊|电|電)", text[e:e + 2]):
                # a dateline (4月30日讯) stamps the report, not the event; its day is the "today" of the
                # report's 今天/昨天 (the paper comes out the day after)
                if zh_anchor[0] is None and s < 400:
                    zh_anchor[0] = (year, mo, d)
                    # the day the report tells as its news when its sentences name none (the event stages read a
                    # dateline only where the sentence holds no date of its own)
                    add(s, e, (start, end or start), "dateline")
                continue
            add(s, e, (start, end or start))
        elif kind == "zhrel":
            off = _ZH_REL[m.group(1)]
            if published is not None and m["d"]:
                # 今天(7日), 昨天（6日）: the day stated wins over the relative word (the report may be
                # published a day later); the publication's month, or the one before for a later day
                d = _num(m["d"])
                mo_ = _num(m["pm"]) or (published.month if d <= published.day + 1 else (published.month - 1 or 12))
                yr = published.year if mo_ <= published.month else published.year - 1
                v = _fmt(yr, mo_, d) or (published + dt.timedelta(days=off)).isoformat()
                add(s, e, (v, v))
            elif zh_anchor[0] is not None and _fmt(*zh_anchor[0]):
                ay, am, ad = zh_anchor[0]
                day = dt.date(ay or 2001, am, ad) + dt.timedelta(days=off)
                v = day.isoformat() if ay else f"--{day.month:02d}-{day.day:02d}"
                add(s, e, (v, v))
            elif published is not None:
                day = published + dt.timedelta(days=off)
                v = day.isoformat()
                add(s, e, (v, v))
            elif m["d"] and (m["pm"] or last_month[0]):
                v = _fmt(last_year[0], _num(m["pm"]) or last_month[0], _num(m["d"]))
                add(s, e, (v, v))
            else:
                add(s, e, (None, None))
        elif kind == "zhrelparen":
            d = _num(m["d"])
            if published is not None:
                # the day named, in the publication's month (or the month before when it is later than the day)
                mo_ = published.month if d <= published.day + 1 else (published.month - 1 or 12)
                yr = published.year if mo_ <= published.month else published.year - 1
                v = _fmt(yr, mo_, d)
            elif last_month[0]:
                v = _fmt(last_year[0], last_month[0], d)
            else:
                v = None
            if v:
                add(s, e, (v, v))
        elif kind == "zhday":
            if last_month[0] is None and published is not None and not re.match(r"\s*[)）]", text[e:e + 1]):
                d = _num(m["d"])
                mo_ = published.month if d <= published.day else (published.month - 1 or 12)
                yr = published.year if mo_ <= published.month else published.year - 1
                v = _fmt(yr, mo_, d)
                if v:
                    add(s, e, (v, (_fmt(yr, mo_, _num(m["d2"])) or v) if m["d2"] else v))
                continue
            if last_month[0] is None:
                continue
            d = _num(m["d"])
            d2 = _num(m["d2"]) if m["d2"] else None
            v = _fmt(last_year[0], last_month[0], d)
            if v:
                add(s, e, (v, _fmt(last_year[0], last_month[0], d2) if d2 else v))
        elif kind == "zhrelmonth":
            if published is None:
                continue
            mo_, yr = published.month, published.year
            if m["rel"] == "上":
                mo_, yr = (mo_ - 1, yr) if mo_ > 1 else (12, yr - 1)
            v = _fmt(yr, mo_, _num(m["d"]))
            if v:
                last_month[0], last_year[0] = mo_, yr
                add(s, e, (v, _fmt(yr, mo_, _num(m["d2"])) if m["d2"] else v))
        elif kind == "zhwd":
            if published is None:
                continue
            target = _ZH_WEEKDAY_NUM[m["w"]]
            if m["rel"] == "上":  # the day of the calendar week before the publication's
                day = published - dt.timedelta(days=published.weekday() + 7 - target)
            elif m["rel"]:  # 本周二: the day of the publication's week
                day = published - dt.timedelta(days=published.weekday() - target)
            else:  # 周二: the last such day up to the publication (周一至周三: the span ending on the last 周三)
                last = _ZH_WEEKDAY_NUM[m["w2"]] if m["w2"] else target
                day = published - dt.timedelta(days=(published.weekday() - last) % 7 + (last - target) % 7)
            end = day + dt.timedelta(days=(_ZH_WEEKDAY_NUM[m["w2"]] - target) % 7) if m["w2"] else day
            add(s, e, (day.isoformat(), end.isoformat()))
        elif kind == "wd":
            rel = (m["rel"] or "").lower()
            if anchor is None or rel in ("next", "coming"):
                continue  # "next Monday": not yet happened
            if _EN_WD_DATED.match(text, e):
                continue
            target = _WEEKDAYS[m["w"].lower()]
            own = _WD_DAY_IN_BRACKETS.match(text, e)
            if own is not None and rel != "last":
                # "on Monday (15)": the weekday with its day of the month in brackets (a Brazilian or Spanish
                # page's way): that day, in the month of the reference date or the one before
                d = int(own.group(1))
                mo_ = anchor.month if d <= anchor.day + 1 else (anchor.month - 1 or 12)
                yr = anchor.year if mo_ <= anchor.month else anchor.year - 1
                v = _fmt(yr, mo_, d)
                if v:
                    add(m.start("w") if m["pre"] else s, e + own.end() - own.start(), (v, v))
                    continue
            back = (anchor.weekday() - target) % 7
            if rel == "last" and back == 0:
                back = 7  # "last Tuesday" written on a Tuesday: a week before
            day = anchor - dt.timedelta(days=back)
            told = dt.date.fromisoformat(last_day[0]) if rel != "last" and last_day[0] else None
            if rel != "last" and _last_weeks(text, s, told, anchor):
                day = anchor - dt.timedelta(days=anchor.weekday() + 7 - target)
            if told is not None and told < anchor:
                inside = told - dt.timedelta(days=(told.weekday() - target) % 7)
                if inside >= dt.date.fromisoformat(last_from[0]) and inside != day:
                    day = inside  # "spent Tuesday and Wednesday in Fuping … On Tuesday": a day of the span just told
                elif (day - told).days > 6:
                    # "arrived on Monday 11 September … On Tuesday the Convener met them": the story's week, the
                    # one its last full date set, not the publication's
                    day = told + dt.timedelta(days=(target - told.weekday()) % 7)
            add(m.start("w") if m["pre"] else s, e, (day.isoformat(), day.isoformat()))
        elif kind == "wdspan":
            rel = (m["rel"] or "").lower()
            if anchor is None or _EN_WD_DATED.match(text, e):
                continue
            first, second = _WEEKDAYS[m["w"].lower()], _WEEKDAYS[m["w2"].lower()]
            back = (anchor.weekday() - second) % 7
            if rel == "last" and back == 0:
                back = 7
            end_day = anchor - dt.timedelta(days=back)
            start_day = end_day - dt.timedelta(days=(second - first) % 7)
            ongoing = anchor - dt.timedelta(days=(anchor.weekday() - first) % 7)
            told = dt.date.fromisoformat(last_day[0]) if last_day[0] else None
            if rel != "last" and _last_weeks(text, s, told, anchor):
                start_day = anchor - dt.timedelta(days=anchor.weekday() + 7 - first)
                end_day = start_day + dt.timedelta(days=(second - first) % 7)
            elif rel != "last" and ongoing + dt.timedelta(days=(second - first) % 7) > anchor:
                # "is in Adelaide from Sunday to Tuesday" on a Monday: the span around the day of the report
                start_day, end_day = ongoing, ongoing + dt.timedelta(days=(second - first) % 7)
            add(s, e, (start_day.isoformat(), end_day.isoformat()))
        elif kind == "enrel" and anchor is not None:
            if _EN_REL_PAREN.match(text, e):
                continue  # "today (May 8)", "yesterday (May 7)": the day written in brackets is the one
            w = (m.groupdict().get("w") or "").lower()
            off = -2 if w.endswith("before yesterday") else -1 if w == "yesterday" else 0
            day = (anchor + dt.timedelta(days=off)).isoformat()
            add(s, e, (day, day))
        elif kind == "nextday":
            if last_day[0] is None:
                continue
            ys, rest = (last_day[0][:4], last_day[0][5:]) if not last_day[0].startswith("--") else (None, last_day[0][2:])
            try:
                base = dt.date(int(ys) if ys else 2000, int(rest[:2]), int(rest[3:5]))
            except ValueError:
                continue
            day = base + dt.timedelta(days=1 if m["next"] else 0)
            v = day.isoformat() if ys else f"--{day.month:02d}-{day.day:02d}"
            add(s, e, (v, v))
        elif kind == "ord":
            d = int(m["d"])
            if last_month[0] is not None:
                v = _fmt(last_year[0], last_month[0], d)
            elif anchor is not None:
                mo_ = anchor.month if d <= anchor.day else (anchor.month - 1 or 12)
                v = _fmt(anchor.year if mo_ <= anchor.month else anchor.year - 1, mo_, d)
            else:
                v = None
            if v:
                add(m.start("d"), e, (v, v))
    # coarser dates last: 2017年12月 → 2017-12, 2018年 → 2018 (not ranges like 2018-2020年, not ages)
    for m in re.finditer(r"(?<![\d\-—~～至到])(?:(?P<y>(?:19|20)\d{2})|(?:中華民國|中华民国|民國|民国)\s*(?P<roc>\d{2,3}))年"
                         r"(?:(?P<m>\d{1,2})月(?!\d{1,2}[日号]))?(?![\d月底初])", text):
        year = int(m["y"]) if m["y"] else 1911 + int(m["roc"])
        v = f"{year:04d}-{int(m['m']):02d}" if m["m"] else f"{year:04d}"
        add(m.start(), m.end(), (v, v))
    # "in October 2023", "October 2023" → 2023-10; "in October" → the month in the publication's year
    for m in (_EN_MONTH_YEAR.finditer(text) if latin else ()):
        mo = _month(m["mon"] or m["mon2"])
        y = m["y"] or m["y2"]
        year = int(y) if y else _year_for(mo, published)
        if not y and m["rel"] and published is not None:
            # "last October": the latest October before the publication; "this May": the publication's year
            year = published.year - 1 if m["rel"].lower() != "this" and mo >= published.month else published.year
        if mo and year:
            v = f"{year:04d}-{mo:02d}"
            add(m.start(), m.end(), (v, v))
    for m in (_EN_REL_MONTH.finditer(text) if latin and published is not None else ()):
        first = published.replace(day=1)
        if m["w"].lower() == "last":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        v = f"{first.year:04d}-{first.month:02d}"
        add(m.start(), m.end(), (v, v))
    # 今年9月, 去年10月, 5月中旬, 5月底, 9月份, 4月，…: a month (of the publication's year, the year before, or the
    # year in force); not one to come (明年), nor one that begins a day (5月6日, taken above)
    for m in (re.finditer(r"(?:本|这个|這個)月(?:初|上旬|中旬|下旬|底|末)", text) if published is not None else ()):
        add(m.start(), m.end(), (f"{published.year:04d}-{published.month:02d}",) * 2)  # 本月初: the report's month
    for m in re.finditer(r"(?P<rel>今年|去年|前年|明年)?(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月"
                         r"(?P<part>上旬|中旬|下旬|初|底|末|份)?(?![\d日号一二三四五六七八九十])", text):
        if m["rel"] == "明年" or not (m["rel"] or m["part"] or re.match(r"\s*[，,]", text[m.end():m.end() + 2])):
            continue
        if m.start() and text[m.start() - 1].isdigit() or text[max(0, m.start() - 1):m.start()] in ("个", "個", "年"):
            continue  # 2023年5月 (the coarse loop above), 3个月 (a length)
        mo = _num(m["m"])
        if m["rel"]:
            year = None if published is None else published.year - {"今年": 0, "去年": 1, "前年": 2}[m["rel"]]
        else:
            year = _year_for(mo, published) if published is not None else last_year[0]
        if year and mo and 1 <= mo <= 12:
            add(m.start(), m.end(), (f"{year:04d}-{mo:02d}",) * 2)
    # 上个月他率团…: the month before the report's (its dateline's, else the publication's)
    za = zh_anchor[0]
    base = dt.date(za[0], za[1], 1) if za and za[0] and _fmt(*za) else published
    for m in (re.finditer(r"上个月|上個月|上月", text) if base is not None else ()):
        last = base.replace(day=1) - dt.timedelta(days=1)
        v = f"{last.year:04d}-{last.month:02d}"
        add(m.start(), m.end(), (v, v))
    for m in (re.finditer(r"\b[Ii]n (?P<y>(?:19|20)\d{2})\b(?![-–]\d)"
                          r"(?P<more>(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:19|20)\d{2}\b(?![-–]\d))*)", text) if latin else ()):
        add(m.start(), m.end("y"), (m["y"], m["y"]))  # "In 2015, …" too
        for y in re.finditer(r"(?:19|20)\d{2}", m["more"] or ""):  # "in 2007 and 2009": each year a date
            add(m.start("more") + y.start(), m.start("more") + y.end(), (y.group(0), y.group(0)))
    _zh_length_ranges(text, spans)
    spans.sort(key=lambda sp: sp.start)
    return spans


_ZH_NUM = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 抵达…，进行为期三天的访问 / 结束了一连四天的考察: a stated length of the trip around a one-day date
_ZH_LENGTH = re.compile(r"(?P<verb>抵达|抵達|到达|到達|开始|開始|展开|展開|开启|開啟|启程|啟程|结束|結束)"
                        r"[^。，,；;]{0,20}[，,]?[^。；;]{0,8}?(?:为期|為期|一连|一連)"
                        r"(?P<n>[两兩二三四五六七八九十]|\d{1,2})(?:天|日)(?:的)?[^。；;]{0,8}?(?:访问|訪問|考察|行程|访|訪)")


def _zh_length_ranges(text: str, spans: list[Span]) -> None:
    """The one-day date of an arrival that begins "a three-day visit" becomes the three days from it; of a
    departure that ends one, the three days up to it (the Chinese counterpart of lang/en ``_length_range``)."""
    for i, sp in enumerate(spans):
        v = sp.value
        if sp.label != "date" or not v or not v[0] or v[0] != v[1] or not re.fullmatch(r"(\d{4}|-)-\d{2}-\d{2}", v[0]):
            continue
        m = _ZH_LENGTH.search(re.split(r"[。；;]", text[sp.end:sp.end + 60])[0])  # in the date's own sentence
        if m is None:
            continue
        n = int(m["n"]) if m["n"].isdigit() else _ZH_NUM[m["n"]]
        if not 1 < n <= 14:
            continue
        ys = v[0][:4] if v[0][0] != "-" else None
        mm, dd = (int(x) for x in v[0][-5:].split("-"))
        try:
            day = dt.date(int(ys) if ys else 2001, mm, dd)
        except ValueError:
            continue
        ending = m["verb"] in ("结束", "結束")
        other = day + dt.timedelta(days=(1 - n) if ending else (n - 1))
        ov = other.isoformat() if ys else f"--{other.month:02d}-{other.day:02d}"
        spans[i] = Span(sp.start, sp.end, sp.label, (ov, v[0]) if ending else (v[0], ov))


@stage("dates", requires=("text",), assigns=("dates",))
def dates_stage(doc: Doc) -> None:
    """Date expressions (zh and en, ranges, relative words) resolved to ISO with ``published``."""
    doc.set_layer("dates", find_dates(doc.text, _pub(doc)))
