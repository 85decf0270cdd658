"""Regions: gazetteer matches in both languages, resolved by the article's context.

Assigns the ``regions`` layer (``Span.value`` is a ``Region``, or a tuple of
regions for a pair such as 津吉), the article's home regions by type
(``doc.meta["home"]``: the province / city the article is written from, which
implicit titles such as 市委书记 refer to), and ``suspect_translation`` flags for
English places that contradict the Chinese context (吉 → "Kyrgyzstan").
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from dataclasses import replace

from ..doc import Doc, Span
from ..gazetteer import TYPE_WORD_END, Gazetteer, RegionContext, countries_of
from ..regions_data import Region
from ..places import region_type  # noqa: F401 - the stage's own helper, kept importable here
from ..titles import ZH_BODY_MARKERS, ZH_ROLE_WORDS
from ..homes import choose_homes, home_country, home_scores, own_council_span, self_references
from .base import stage




@stage("regions", requires=("text", "runs"), assigns=("regions", "home"))
def regions_stage(doc: Doc) -> None:
    """Region mentions (GB/T 2260, countries, foreign provinces), resolved in context; home regions; MT flags."""
    gaz = Gazetteer.default()
    # scan every run first: a place gated on its country (Porirua, 恒春镇) may lean on a country or
    # region named anywhere in the article, in either language
    scans, anchors = _scan(doc, gaz)
    anchors |= gaz.own_government_countries(doc.text) | _own_page_country(doc, gaz)
    wanted = countries_of(anchors)
    for run in doc.runs:
        if run.value == "en":
            wanted |= gaz.countries_for_typed(doc.text[run.start:run.end])
    bilingual = {run.value for run in doc.runs if run.end - run.start >= 20} >= {"zh", "en"}
    if bilingual:  # a page in both scripts: the countries of the places its English names, for ``twins``
        for run in doc.runs:
            if run.value == "en":
                wanted |= gaz.countries_of_words(doc.text[run.start:run.end])
    if gaz.load_countries(wanted):  # a foreign country named: its places, then read again
        scans, anchors = _scan(doc, gaz)
        anchors |= gaz.own_government_countries(doc.text) | _own_page_country(doc, gaz)
    if bilingual:
        anchors |= gaz.twins(scans)
    matches = []
    for run, seg, raw in scans:
        found = gaz.emit_zh(seg, raw, anchors) if run.value == "zh" else gaz.emit_en(seg, raw, anchors)
        for m in found:
            matches.append((run.start, m))
    ctx = RegionContext(gaz, [m for _, m in matches])
    spans: list[Span] = []
    for shift, m in matches:
        start, end = shift + m.start, shift + m.end
        if m.kind in ("pair", "group"):
            spans.append(Span(start, end, "region", tuple(r for r in m.candidates if r is not None)))
            continue
        r = gaz.resolve(m, ctx)
        if r is not None:
            spans.append(Span(start, end, "region", r))
    spans, flags = _suspect_translations(doc, gaz, spans)
    spans = _swapped_provinces(doc, gaz, spans)
    doc.flags.extend(flags)
    spans = _drop_org_names(doc, _drop_name_parts(doc, spans))
    spans = _surface_names(doc, spans + _inner_places(doc, spans) + _unknown_typed_places(doc, spans, anchors))
    spans = _twin_places(spans + _dateline_town(doc, spans))
    spans = spans + _unknown_trip_places(doc, spans, anchors)
    spans = spans + _abbreviations_in_context(doc, gaz, spans)
    spans.sort(key=lambda x: (x.start, x.end))
    singles = []
    for s in spans:
        for r in (s.value if isinstance(s.value, tuple) else (s.value,)):
            singles.append((s.start, s.end, r))
    other_side: set = set()
    scores, first = home_scores(doc.text, singles, doc.meta.get("url"), other_side=other_side)
    doc.meta["home_other_side"] = other_side
    country = home_country(scores)
    doc.meta["home"] = choose_homes(scores, first, country=country)
    doc.meta["home_cn"] = choose_homes(scores, first, cn_only=True)
    doc.meta["home_foreign"] = choose_homes(scores, first, foreign_only=True)
    doc.meta["home_country"] = country
    # the council whose own release the page is, by its masthead ("Hawke's Bay Regional Council | Media release")
    lo, hi = own_council_span(doc.text) or (0, 0)
    doc.meta["own_council"] = next((s.value for s in spans if lo <= s.start < hi and not isinstance(
        s.value, tuple) and getattr(s.value, "country", None) != "CN"), None)  # (its country may be unknown)
    # 我市 / 我省 / 本市: the home region of that kind, as a region span of its own
    home_cn = doc.meta["home_cn"]
    taken = {(s.start, s.end) for s in spans}
    for s, e, kind in self_references(doc.text):
        r = home_cn.get(kind) or (home_cn.get("region") if kind == "province" else None)
        if r is not None and getattr(r, "country", None) == "CN" and (s, e) not in taken:
            spans.append(Span(s, e, "region", r))
    spans = spans + _countries_in_context(doc, gaz, spans)  # (not counted for the homes)
    spans.sort(key=lambda x: (x.start, x.end))
    spans = sorted(spans + _that_place(doc, spans), key=lambda x: (x.start, x.end))  # (nor these)
    doc.set_layer("regions", spans)
    # how much the article names each region (the events' "both sides" read it): mentions, a name after
    # 来 到 抵 在 回 counting three times, one after 赴 前往 访问 half — not the home clues above
    doc.meta["region_counts"] = _mentions(doc, singles)


# 该省 / 该市 / 该州 / 该国: "that province" — the last place of that level named before it
_THAT_PLACE = re.compile(r"该(省|州|市|县|区|国)")
_THAT_LEVEL = {"省": (1,), "州": (1, 2), "市": (2,), "县": (3,), "区": (3,), "国": (0,)}


def _that_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """该省, 该市, 该国 (that province, city, country) as a mention of the last place of that level named before
    it in the last 300 characters (代表团于4月13日至15日在该省访问: the province named before)."""
    if "该" not in doc.text:
        return []
    out = []
    for m in _THAT_PLACE.finditer(doc.text):
        if any(s.start <= m.start() < s.end for s in spans):
            continue
        levels = _THAT_LEVEL[m.group(1)]
        before = [s for s in spans if s.end <= m.start() and m.start() - s.end <= 300
                  and not isinstance(s.value, tuple) and getattr(s.value, "level", None) in levels]
        if before:
            out.append(Span(m.start(), m.end(), "region", before[-1].value))
    return out


def _mentions(doc: Doc, singles) -> Counter:
    counts: Counter = Counter()
    for s, e, r in singles:
        before = doc.text[max(0, s - 2):s]
        counts[r] += 1.0 + (2.0 if _NAMED_AT.search(before) else 0.0) - (0.5 if _NAMED_AWAY.search(before) else 0.0)
    return counts


# one character for a place, after a verb of travel or stay and before what ends the phrase:
# 来酉考察, 抵蓉后, 在溪举行, 在哈期间, 访汉
_ABBR_CUE = re.compile(r"(?<=[来赴抵访在回返离驻莅])([\u4e00-\u9fff])(?=期间|举行|召开|考察|调研|访问|回访|参观|交流|洽谈|座谈|会谈|签约|出席|开展|进行|举办|参加|"
                       r"工作|学习|后|时|的|期|，|。|、|,|\.|；|！|\s|$)")


def _abbreviations_in_context(doc: Doc, gaz: Gazetteer, spans: list[Span]) -> list[Span]:
    """A one-character abbreviation of a city or county the article names elsewhere: the character is in
    that place's name (本溪 → 在溪, 哈尔滨 → 在哈, 酉阳 → 来酉) or is its usual short form
    (``data/city_abbreviations.tsv``: 蓉 成都, 穗 广州); only when exactly one named place fits."""
    covered = set()
    named = []
    for s in spans:
        covered.update(range(s.start, s.end))
        if not isinstance(s.value, tuple) and getattr(s.value, "country", None) == "CN" and s.value.level >= 1:
            named.append(s.value)
    if not named:
        return []
    table = _city_abbreviations()
    out = []
    for m in _ABBR_CUE.finditer(doc.text):
        ch, i = m.group(1), m.start(1)
        if i in covered:
            continue
        fits = {r for r in named if (r.level >= 2 and ch in (r.zh or "")[:-1]) or table.get(ch) == r.code
                or (r.level == 1 and r in gaz.lookup(ch))}
        if len(fits) == 1:
            out.append(Span(i, i + 1, "region", fits.pop()))
    return out


def _countries_in_context(doc: Doc, gaz: Gazetteer, spans: list[Span]) -> list[Span]:
    """A country told by its one-character abbreviation after a verb of travel (访美期间, 赴日考察, 来华访问:
    ``data/country_abbreviations_zh.tsv``, 华 for China), before what ends the phrase, where no place is read."""
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    table = _country_abbreviations()
    out = []
    for m in _COUNTRY_CUE.finditer(doc.text):
        ch, i = m.group(1), m.start(1)
        if i in covered or doc.text[i - 1] not in _TRAVEL_BEFORE_COUNTRY:
            continue
        code = "CN" if ch == "华" else table.get(ch)
        r = gaz.by_code(code) if code else None
        if r is not None:
            out.append(Span(i, i + 1, "region", r))
    return out


_TRAVEL_BEFORE_COUNTRY = set("来赴抵访")
# what may end the phrase after a country's abbreviation: what ends a place's (_ABBR_CUE), or 并 (访华并出席…)
_COUNTRY_CUE = re.compile(_ABBR_CUE.pattern.replace("(?=期间|", "(?=并|期间|", 1))


def _country_abbreviations() -> dict:
    from ..regions_data import country_abbreviations_zh

    return country_abbreviations_zh()


_CITY_ABBR: dict | None = None


def _city_abbreviations() -> dict:
    global _CITY_ABBR
    if _CITY_ABBR is None:
        from ..regions_data import read_tsv

        _CITY_ABBR = {row["abbr"]: row["code"] for row in read_tsv("city_abbreviations.tsv")}
    return _CITY_ABBR


_ORG_AFTER = re.compile(r"(大饭店|饭店|大酒店|酒店|宾馆|大厦|集团|公司|银行|商场|广场)")


def _drop_org_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A county's short name that only ever begins a hotel's or company's name (香格里拉大饭店 in a
    Qingdao article) is the name, not the county."""
    inside, outside = set(), set()
    for s in spans:
        r = s.value
        if isinstance(r, tuple) or getattr(r, "country", None) != "CN" or r.level < 3:
            continue
        if doc.text[s.start:s.end] != r.zh and _ORG_AFTER.match(doc.text, s.end):
            inside.add(r)
        else:
            outside.add(r)
    gone = inside - outside
    return [s for s in spans if isinstance(s.value, tuple) or s.value not in gone] if gone else spans


_NAME_DOTS = "·•・‧∙"


def _drop_name_parts(doc: Doc, spans: list[Span]) -> list[Span]:
    """A place's characters that are one part of a foreign name written with a name dot (阿里·哈米斯, 穆罕默德·阿里):
    the dot joins them to a part written in sounds (two characters or more) that names no place, so they are the
    person's, not Ngari's. Two places joined by a dot (中国·吉林, 吉林·长春) stay places."""
    if not any(c in doc.text for c in _NAME_DOTS):
        return spans
    text, sounds = doc.text, _sound_chars()
    starts = {s.start for s in spans}
    ends = {s.end for s in spans}

    def sounds_from(i: int, step: int) -> int:
        n = 0
        while 0 <= i < len(text) and text[i] in sounds:
            n, i = n + 1, i + step
        return n

    out = []
    for s in spans:
        after = text[s.end:s.end + 1] in _NAME_DOTS and s.end + 1 not in starts and sounds_from(s.end + 1, 1) >= 2
        before = s.start > 0 and text[s.start - 1] in _NAME_DOTS and s.start - 1 not in ends \
            and sounds_from(s.start - 2, -1) >= 2
        if (after or before) and re.fullmatch(r"[\u4e00-\u9fff]+", text[s.start:s.end]):
            continue
        out.append(s)
    return out


_NAMED_AT = re.compile(r"(来|到|抵|在|回)$")
_NAMED_AWAY = re.compile(r"(赴|前往|访问|出访|去)$")


def _scan(doc: Doc, gaz: Gazetteer):
    scans, anchors = [], set()
    for run in doc.runs:
        seg = doc.text[run.start:run.end]
        if run.value == "zh":
            raw = gaz.scan_zh(seg)
            anchors |= gaz.anchors_zh(raw)
        else:
            raw = gaz.scan_en(seg)
            anchors |= gaz.anchors_en(raw)
        scans.append((run, seg, raw))
    return scans, anchors


_INNER = re.compile(r"([\u4e00-\u9fff]{2,3}?)(县|市|町|郡|乡|镇|街道|村)")
_INNER_STOP = set("内外各全等和与及的在为是将对向从省市县区乡镇村有所这那该本我两三四五多个级委长政府党人会团上下")
_INNER_WORDS = ("市场", "市民", "市值", "市面", "乡村", "乡镇", "村民", "村庄", "县城", "镇上", "市区",
                "农村", "城市", "城乡", "城镇", "都市")  # (湖南省农业农村厅: no village 农业农村)
_ROLE_INSIDE = re.compile("|".join(sorted({w for w in ZH_ROLE_WORDS if len(w) == 2} | {"知事", "议长", "议员", "书记", "领导"},
                                          key=len, reverse=True)))
_BODY_MARKERS = frozenset(m for m in ZH_BODY_MARKERS if len(m) <= 3)
_LEVEL_TYPE = {"县": 3, "市": 3, "郡": 3, "町": 3, "乡": 4, "镇": 4, "街道": 4, "村": 5}


def _inner_abroad(doc: Doc, spans: list[Span], starts: set) -> list[Span]:
    """尼日利亚拉各斯州, 埃塞俄比亚奥罗米亚州: a division abroad the tables lack, in its country's own transliteration
    (the characters of the places abroad the tables hold), right after its country's name."""
    gaz = Gazetteer.default()
    out = []
    for s in spans:
        r = s.value
        if isinstance(r, tuple) or s.end in starts or r.level != 0 or r.country in ("CN", "TW", "HK", "MO"):
            continue
        m = _ABROAD.match(doc.text, s.end)
        if m and not any(st in starts for st in range(s.end, m.end())) and m.group(1)[0] not in "各全该" \
                and all(c in _sound_chars() for c in m.group(1)):
            # the tables' place when its name sounds the same (拉各斯州 for 拉哥斯州, Lagos)
            level = _ABROAD_LEVEL[m.group(2)]
            known = gaz.sounding(r.country, m.group(1), level)
            if known is None and level == 2:
                # 莫桑比克索法拉贝拉市: a province written right before its city, neither with its own type word
                for k in range(2, len(m.group(1)) - 1):
                    outer = gaz.sounding(r.country, m.group(1)[:k], 1)
                    inner = gaz.sounding(r.country, m.group(1)[k:], 2) if outer is not None else None
                    if inner is not None:
                        out.append(Span(m.start(), m.start() + k, "region", outer))
                        out.append(Span(m.start() + k, m.end(), "region", inner))
                        break
                else:
                    inner = None
                if inner is not None:
                    continue
            out.append(Span(m.start(), m.end(), "region", known or
                            Region(None, m.group(0), None, r.country, level, r.country)))
            continue
        # a place of the tables named without its type word (坦桑尼亚桑给巴尔, the tables' 桑给巴尔市)
        for n in range(6, 1, -1):
            stem = doc.text[s.end:s.end + n]
            if len(stem) == n and not any(st in starts for st in range(s.end + 1, s.end + n)) \
                    and stem[0] not in "各全该" and all(c in _sound_chars() for c in stem):
                known = gaz.sounding(r.country, stem)
                if known is not None:
                    out.append(Span(s.end, s.end + n, "region", known))
                    break
    return out


def _abroad_again(doc: Doc, spans: list[Span], found: list[Span]) -> list[Span]:
    """The division read after its country, named again later without it (…拉各斯州商务与投资部): the same place."""
    if not found:
        return []
    covered = set()
    for s in spans + found:
        covered.update(range(s.start, s.end))
    out = list(found)
    for f in found:
        name = doc.text[f.start:f.end]
        for m in re.finditer(re.escape(name), doc.text):
            if m.start() not in covered and m.end() - 1 not in covered:
                out.append(Span(m.start(), m.end(), "region", f.value))
                covered.update(range(m.start(), m.end()))
    return out


def _countries_abroad(spans: list[Span], level: int | None = None) -> set[str]:
    """The countries (not China's mainland, Hong Kong, Macao or Taiwan) of the regions ``spans`` read, of one
    ``level`` only when given (0: the countries named)."""
    return {s.value.country for s in spans if not isinstance(s.value, tuple)
            and (level is None or getattr(s.value, "level", None) == level)} - {"CN", "HK", "MO", "TW", None}


def _abroad_elsewhere(doc: Doc, spans: list[Span]) -> list[Span]:
    """A division abroad in a transliteration the tables lack, named apart from its country (尼日利亚总统出席。
    岳阳市与拉各斯州签约): the place of a country the page names whose name sounds the same (the tables' 拉哥斯州),
    when the name and its type word read so for one such country only."""
    countries = _countries_abroad(spans, level=0)
    if not countries or len(countries) > 4:
        return []
    gaz = Gazetteer.default()
    text = doc.text
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    chars = _sound_chars()
    out = []
    for run in doc.runs:
        if run.value != "zh":
            continue
        i = run.start
        while i < run.end:
            if i in covered or text[i] not in chars or (i > run.start and text[i - 1] in chars and i - 1 not in covered):
                i += 1  # (a name starts where no sound character stands before it)
                continue
            m = _ABROAD.match(text, i)
            if m is None or m.end() > run.end or any(k in covered for k in range(m.start(), m.end())) \
                    or not all(c in chars for c in m.group(1)):
                i += 1
                continue
            level = _ABROAD_LEVEL[m.group(2)]
            known = [k for k in (gaz.sounding(c, m.group(1), level) for c in sorted(countries)) if k is not None]
            if len(known) == 1:
                out.append(Span(m.start(), m.end(), "region", known[0]))
                covered.update(range(m.start(), m.end()))
                i = m.end()
                continue
            i += 1
    return out


def _inner_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A place the tables lack, named right after the region holding it (贵州省黔西县, 建德市大同镇,
    屏东县某乡): a region with no code in the same country, one level down."""
    starts = {s.start for s in spans}
    out = []
    out.extend(_abroad_again(doc, spans, _inner_abroad(doc, spans, starts)))
    out.extend(_abroad_elsewhere(doc, spans + out))
    for s in spans:
        r = s.value
        if isinstance(r, tuple) or s.end in starts or getattr(r, "level", 0) >= 4:
            continue
        m = _INNER.match(doc.text, s.end)
        if not m or any(c in _INNER_STOP for c in m.group(1)) or any(st in starts for st in range(s.end, m.end())):
            continue
        if doc.text[m.end(2) - 1:m.end(2) + 1] in _INNER_WORDS or doc.text[m.end(2) - 2:m.end(2)] in _INNER_WORDS:
            continue
        if _ROLE_INSIDE.search(m.group(1) + m.group(2)):
            continue  # 山形县知事吉村: a title and a name (吉村美荣子), not a village
        if m.group(1) in _BODY_MARKERS:
            continue  # 温州民建市委会: a democratic party's city committee, not a place 民建市
        name = m.group(0)
        level = max(_LEVEL_TYPE[m.group(2)], (r.level or 0) + 1)
        en = _pinyin(m.group(1)) if r.country in ("CN", "TW", "HK", "MO") else None
        out.append(Span(m.start(), m.end(), "region",
                        Region(None, name, en, r.country, level, r.code or r.country)))
    return out


_ABROAD = re.compile(r"([\u4e00-\u9fff]{2,6}?)(州|省|大区|地区|府|道|郡|市)")
_ABROAD_LEVEL = {"州": 1, "省": 1, "大区": 1, "地区": 1, "府": 1, "道": 1, "郡": 2, "市": 2}


@functools.lru_cache(maxsize=1)
def _abroad_chars() -> frozenset:
    """The characters the Chinese names of places abroad are written with (places_open.tsv: divisions and
    large cities), type words aside: what a transliterated name is made of."""
    from ..regions_data import read_tsv

    out = set()
    for row in read_tsv("places_open.tsv"):
        if row["country"] in ("TW", "HK", "MO", "JP", "KR", "KP"):  # (names in their own characters, not sounds)
            continue
        for form in (row["forms_zh"] or "").split("|"):
            form = re.sub(r"(州|省|大区|地区|府|道|郡|市|县|区)$", "", form.lstrip("+?"))
            out.update(c for c in form if "\u4e00" <= c <= "\u9fff")
    return frozenset(out - set("联邦该国际合作友好签署访问举行出席会见代表团驻领事馆使政府部长总理"))


_ABROAD_STOP = frozenset(_INNER_STOP - set("各本"))  # (拉各斯, 本格拉: sounds too)


@functools.lru_cache(maxsize=1)
def _sound_chars() -> frozenset:
    """The characters a transliterated name abroad is written with, the words that end a phrase aside."""
    return _abroad_chars() - _ABROAD_STOP


# an unknown capitalised place followed by its type word: Kapiti District, Porirua City, Dornod Aimag
_TYPED_EN = re.compile(r"\b((?:[A-Z][a-z'’]+)(?:[- ][A-Z][a-z'’]+)?)\s+(Province|Prefecture|Kray|Krai|Oblast|City|County|"
                       r"Aimag|Aimak|District|Governorate|Municipality)\b")
_TYPED_LEVEL = {"province": 1, "prefecture": 1, "kray": 1, "krai": 1, "oblast": 1, "aimag": 1, "aimak": 1,
                "governorate": 1, "city": 2, "municipality": 2, "county": 3, "district": 3}
_NOT_PLACE = {"the", "this", "that", "each", "every", "new", "old", "central", "capital", "our", "their", "its", "his",
              "her", "home", "sister", "friendship", "partner", "twin", "host", "border", "coastal", "whole", "entire",
              "same", "other", "another", "one", "two", "three", "all", "both", "member", "neighbouring", "neighboring",
              "provincial", "municipal", "national", "local", "smart", "model", "pilot", "garden", "forbidden", "inner",
              "outer", "greater", "autonomous", "special", "economic", "development", "industrial", "free", "trade",
              "people's", "peoples", "party", "chinese", "foreign", "first", "second", "third", "last", "next", "main",
              "major", "key", "big", "small", "north", "south", "east", "west", "northern", "southern", "eastern",
              "western", "northeast", "northwest", "southeast", "southwest", "mayor", "governor", "vice", "deputy"}


def _unknown_typed_places(doc: Doc, spans: list[Span], anchors: set) -> list[Span]:
    """A capitalised name the tables lack, followed by its type word, is a region with no code, in the one
    foreign country the article names (none when it names several or none)."""
    if not any(r.value == "en" for r in doc.runs):
        return []
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    countries = countries_of(anchors) - {"HK", "MO"}
    if not countries:  # no country named, but a division of one with its type word ("Zaisan District, Abai Region")
        countries = _countries_abroad(spans, level=1)
    if len(countries) != 1:
        return []  # a place of no known country would only mislead the event stages
    country = next(iter(countries))
    lower = {a[1:] for a in anchors if a[:1] == "~"}
    out = []
    for m in _TYPED_EN.finditer(doc.text):
        name = m.group(1)
        words = [w.lower() for w in re.split(r"[- ]", name)]
        if m.start() in covered or m.end(1) - 1 in covered or any(w in _NOT_PLACE for w in words) \
                or any(w in lower for w in words):
            continue
        level = _TYPED_LEVEL[m.group(2).lower()]
        out.append(Span(m.start(), m.end(), "region", Region(None, None, name, country, level, country)))
    return out


# where a trip goes, stays, leaves or comes from: "arrived in Grays Harbor", "their stay in Kittitas", "spent two days
# in Sedro Woolley", "left Grays Harbor", "a delegation from Mitchelstown"
_TRIP_TO_EN = re.compile(r"\b(?:arrived (?:in|at)|arriving in|arrival in|stay(?:ed|ing)? in|stopped in|(?:a|the|their|his|her) "
                         r"(?:visit|trip) to|travell?ed(?: on)? to|flew to|came to|went(?: on)? to|returned to|proceeded to|"
                         r"continued(?: on)? to|moved on to|headed (?:to|for)|left|departed(?: from)?|"
                         r"spent(?: [a-z0-9]+| [A-Z][a-z]+day,?){1,5} in|(?:delegation|mission|group|team|visitors|guests) from)\s+"
                         r"((?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+){0,2})(?![\w'’-]| [A-Z])")


_ADDRESSED_EN = re.compile(r"\b(?:visited|visiting|visit|to|in|from|at)\s+((?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)"
                           r"(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+){0,2}), ")


def _unknown_trip_places(doc: Doc, spans: list[Span], anchors: set) -> list[Span]:
    """A capitalised name the tables lack where an English trip arrives, stays or comes from ("arrived in Grays
    Harbor", "a delegation from Mitchelstown"), neither a site's nor an office's nor a Chinese name's words: a
    region with no code in the one foreign country the article names (or the one its address names: "visited
    Mitchelstown, Ireland"), at each place the text writes it."""
    if not any(r.value == "en" for r in doc.runs):
        return []
    from ..lang.en import sites as en_sites
    from ..names import syllabify
    from .people_en import kind as title_kind

    text = doc.text
    names = []
    # "visited Mitchelstown, Ireland", "in Sedro-Woolley, Washington": a name the place after its comma holds
    starts = {s.start: s.value for s in spans if not isinstance(s.value, tuple)}
    held: dict[str, str] = {}
    for m in _ADDRESSED_EN.finditer(text):
        outer = starts.get(m.end(1) + 2)
        if outer is not None and getattr(outer, "level", 9) <= 1 and getattr(outer, "country", None) not in (
                None, "CN", "HK", "MO", "TW"):
            held.setdefault(m.group(1), outer.country)
    for m in list(_TRIP_TO_EN.finditer(text)) + [m for m in _ADDRESSED_EN.finditer(text) if m.group(1) in held]:
        name = m.group(1)
        words = re.split(r"[- ]", name)
        if any(s.start <= m.start(1) < s.end or m.start(1) <= s.start < m.end(1) for s in spans) \
                or any(w.lower() in _NOT_PLACE or title_kind(w) is not None or en_sites.is_head(w) for w in words) \
                or all(syllabify(w) is not None for w in words) or name in names:
            continue
        names.append(name)
    if not names:
        return []
    countries = countries_of(anchors) - {"HK", "MO", "CN"}  # (China's places are all in the tables to its counties)
    if not countries:
        countries = _countries_abroad(spans)
    if not countries and (at := _dateline_abroad(doc, spans)) is not None:
        countries = {at[3]}  # "ABERDEEN, Wash. —": the dateline's state is the story's country
    if len(countries) != 1 and not held:
        return []
    out = []
    for name in names:
        country = held.get(name) or (next(iter(countries)) if len(countries) == 1 else None)
        if country is None:
            continue
        r = Region(None, None, name, country, 3, country)
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
            if not any(s.start <= m.start() < s.end for s in spans):
                out.append(Span(m.start(), m.end(), "region", r))
    return out


def _twin_places(spans: list[Span]) -> list[Span]:
    """A place abroad the tables lack, named in characters in one language and in letters in the other (锡达马州 and
    Sidama on a bilingual page): one place, when the characters read close to the letters (xidama, sidama) and
    to no other place of that country and level the page names in letters."""
    import difflib

    zh_only = {id(s.value): s.value for s in spans if not isinstance(s.value, tuple) and s.value.code is None
               and s.value.zh and not s.value.en and s.value.country}
    en_only = {id(s.value): s.value for s in spans if not isinstance(s.value, tuple) and s.value.code is None
               and s.value.en and not s.value.zh and s.value.country}
    if not zh_only or not en_only:
        return spans
    twin: dict[int, Region] = {}
    for z in zh_only.values():
        sound = _pinyin(TYPE_WORD_END.sub("", z.zh)).lower()
        scores = [(difflib.SequenceMatcher(None, sound, e.en.lower()).ratio(), e) for e in en_only.values()
                  if e.country == z.country and e.level == z.level]
        scores.sort(key=lambda x: -x[0])
        if scores and scores[0][0] >= 0.5 and (len(scores) == 1 or scores[1][0] < scores[0][0] - 0.2):
            e = scores[0][1]
            one = Region(None, z.zh, e.en, z.country, z.level, z.parent or e.parent)
            twin[id(z)] = twin[id(e)] = one
    if not twin:
        return spans
    return [Span(s.start, s.end, s.label, twin.get(id(s.value), s.value)) for s in spans]


def _own_page_country(doc: Doc, gaz: Gazetteer) -> set:
    """'@CC' for the one country of the town whose own page this is, by its masthead ("Comune di Faenza | Press
    Office", "City of Ames | News Release") or its dateline ("FAENZA —"), when the tables know the name in that
    country alone: the page's places count as named though it never names its country."""
    from ..lang.en import dateline_place

    text, names = doc.text, []
    council = own_council_span(text)
    if council is not None:
        names.append(text[slice(*council)])
    at = dateline_place(text)
    if at is not None:
        names.append(text[at[0]:at[1]].split(",")[0].strip())
    out = set()
    for name in names:
        countries = gaz.place_name_countries(name.title() if name.isupper() else name)
        if len(countries) == 1 and countries[0] != "CN":
            out.add("@" + countries[0])
    return out


@functools.lru_cache(maxsize=1)
def _ap_states() -> dict[str, str]:
    """AP abbreviations of US states ("Ky.") -> the state's name (``data/us_state_ap.tsv``)."""
    from ..regions_data import read_tsv

    return {row["ap"]: row["state"] for row in read_tsv("us_state_ap.tsv")}


_TOWN_WORDS = re.compile(r"[^\W\d_][\w'’-]+(?:[ -][^\W\d_][\w'’-]+){0,3}")


def _dateline_abroad(doc: Doc, spans: list[Span]) -> tuple[int, int, str, str] | None:
    """(start, end, name, country) of an English dateline's town abroad by the state or country after it
    ("STORM LAKE, Iowa —", "FRANKLIN, Ky. —", "FORFAR, Scotland —"), else None."""
    from ..lang.en import dateline_place

    text = doc.text
    at = dateline_place(text)
    if at is None:
        return None
    start, end = at
    comma = text.find(",", start, end)
    if comma == -1:
        return None
    place, area = text[start:comma].strip(), text[comma + 1:end].strip()
    country = None
    for s in spans:
        r = s.value
        if comma < s.start and s.end <= end and not isinstance(r, tuple) and getattr(r, "level", 9) <= 1:
            country = r.country
    if country is None and area in _ap_states():
        country = "US"
    if country is None or country == "CN":
        return None
    return start, start + len(text[start:comma].rstrip()), place, country


def _dateline_town(doc: Doc, spans: list[Span]) -> list[Span]:
    """The town of an English dateline the tables lack, its state or country after it ("STORM LAKE, Iowa —",
    "FRANKLIN, Ky. —", "FORFAR, Scotland —"), or of the council whose own release the page is ("Shire of
    Esperance | Media Release", "Angus Council | News"), named again in the story on its own (not as the first
    word of a site's name): a place with no code (in that state's country; for a council's release, in the one
    foreign country the page names, else none), wherever the text writes it ("the City of Storm Lake")."""
    text = doc.text
    found = _dateline_abroad(doc, spans)
    if found is None:
        council = own_council_span(text)
        if council is not None:
            # (no country named: the one of the places abroad the page names, if one)
            countries = _countries_abroad(spans, level=0) or _countries_abroad(spans)
            lo, hi = council
            found = (lo, hi, text[lo:hi], next(iter(countries)) if len(countries) == 1 else None)
    if found is None:
        return []
    start, stop, place, country = found
    if any(s.start < stop and start < s.end for s in spans) or not _TOWN_WORDS.fullmatch(place.title()):
        return []
    name = place.title() if place.isupper() else place
    town = Region(None, None, name, country, 2, country)
    out = [Span(start, stop, "region", town)]
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    for m in re.finditer(r"\b" + re.escape(name) + r"\b(?! [A-Z])", text):  # (not "Mactan Export Processing Zone")
        if m.start() >= stop and m.start() not in covered and m.end() - 1 not in covered:
            out.append(Span(m.start(), m.end(), "region", town))
    return out if len(out) > 1 else []  # (named again in the story: a place the story is about)


def _pinyin(han: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(han)).capitalize()


def _surface_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A place without a code is named as the article writes it: its English name from the first English
    mention (Dornogobi, Wellington), its Chinese name from the first Chinese one (斯高沙省). Places with
    a code keep the table's names (the scorer compares codes)."""
    en_name: dict = {}
    zh_name: dict = {}
    for s in spans:
        r = s.value
        if isinstance(r, tuple) or getattr(r, "code", None) is not None:
            continue
        surface = doc.text[s.start:s.end]
        if re.search(r"[A-Za-z]", surface) and surface.isupper() and len(surface) > 3:
            continue  # a dateline or headline in capitals (WELLINGTON): a later mention or the table names it
        if re.search(r"[A-Za-z]", surface):
            en_name.setdefault(r, _strip_type_en(surface))
        elif len(surface) >= 2:
            zh_name.setdefault(r, surface)
    if not en_name and not zh_name:
        return spans
    renamed = {}
    for r in set(en_name) | set(zh_name):
        en, zh = en_name.get(r) or r.en, zh_name.get(r) or r.zh
        if zh and r.zh and len(zh) < len(r.zh) and r.zh.startswith(zh):
            zh = r.zh  # 东京 -> 东京都: keep the full form
        renamed[r] = replace(r, en=en, zh=zh) if (en, zh) != (r.en, r.zh) else r
    return [Span(s.start, s.end, s.label, renamed.get(s.value, s.value)) if not isinstance(s.value, tuple) else s
            for s in spans]


_TYPE_EN = re.compile(r"\s+(?:(?:Special\s+Self-Governing|Special|Metropolitan|Autonomous)\s+)?"
                      r"(Province|Prefecture|Kray|Krai|Oblast|City|County|Aimag|State|Region|District|"
                      r"Territory|Metropolis|Governorate|Parish|Voivodeship)$|\s+Special\s+Self-Governing$", re.I)


# the type word written into a Korean or Japanese name (Gangwon-do, Suwon-si, Tochigi-ken, Sapporo-shi)
_TYPE_SUFFIX = re.compile(r"-(teukbyeoljachido|teukbyeolsi|gwangyeoksi|do|si|gun|gu|ken|shi|fu|cho|machi|mura)$", re.I)


def _strip_type_en(surface: str) -> str:
    out = _TYPE_SUFFIX.sub("", _TYPE_EN.sub("", surface.strip()))
    return out if out else surface


@functools.lru_cache(maxsize=4)
def _demonyms(confusions: tuple) -> tuple[dict, "re.Pattern"]:
    """The demonym table (``lang/en/demonyms.tsv``: form → country code) as one case-blind pattern, read once;
    forms that are themselves known mistranslations are left out."""
    from ..lang import read_table

    forms = {row.form.lower(): row.kind for row in read_table("en", "demonyms") if row.form.title() not in confusions}
    alts = sorted(map(re.escape, forms), key=len, reverse=True)
    return forms, re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


_MISSION_OF = re.compile(r"(?i)\b(?:consul(?:ate)?|embassy|ambassador|envoy|charg[eé] d.affaires)(?:[- ]general)?\s+of\s+"
                         r"(?:the\s+)?$")


def _suspect_translations(doc: Doc, gaz: Gazetteer, spans: list[Span]) -> tuple[list[Span], list[dict]]:
    """Drop English places that are known mistranslations of an abbreviation the article is about."""
    confusions = gaz.abbr_confusions()  # {"Kyrgyzstan": "吉", ...}
    if not confusions:
        return spans, []
    provinces = Counter()
    for s in spans:
        vals = s.value if isinstance(s.value, tuple) else (s.value,)
        for r in vals:
            p = gaz.province_of(r) if getattr(r, "level", 0) > 1 else r
            if p is not None and getattr(p, "country", None) == "CN":
                provinces[p.code] += 1
    # a country the article also names by a place inside it (Ulaanbaatar, an aimag) or by its people
    # ("Mongolian") is told of itself, not mistranslated from an abbreviation
    told = {getattr(r, "country", None) for s in spans for r in (s.value if isinstance(s.value, tuple) else (s.value,))
            if getattr(r, "level", 0) > 0 and getattr(r, "country", None) not in (None, "CN")}
    if any(confusions.get(doc.text[s.start:s.end]) for s in spans):  # only then: one scan for the demonyms
        forms, rx = _demonyms(tuple(sorted(confusions)))
        told |= {forms[m.group(0).lower()] for m in rx.finditer(doc.text)}
    keep, flags = [], []
    for s in spans:
        surface = doc.text[s.start:s.end]
        abbr = confusions.get(surface)
        if abbr and getattr(s.value, "level", None) == 0 and (getattr(s.value, "code", None) in told or (
                re.search(r"\b(?:visit(?:ed|ing|s)?|toured|to|in|from)\s+$", doc.text[max(0, s.start - 12):s.start])
                and not re.match(r"\s*(?:[-–]|[A-Z])", doc.text[s.end:s.end + 2]))):
            abbr = None  # "visited Mongolia": the country, not 蒙 in a compound ("Mongolia-Jilin")
        if abbr and getattr(s.value, "level", None) == 0 and _MISSION_OF.search(doc.text, max(0, s.start - 40), s.start):
            abbr = None  # "Consul General of Mongolia in Hohhot": the country a diplomat acts for
        if abbr:
            target = next((r for r in gaz.lookup(abbr) if r.level == 1), None) if hasattr(gaz, "lookup") else None
            if target is not None and provinces.get(target.code):
                flags.append({"kind": "suspect_translation", "span": (s.start, s.end), "text": surface,
                              "suggest": target.en})
                continue
        keep.append(s)
    # also flag confusions that the gazetteer matched nowhere (not a region in its tables)
    for surface, abbr in confusions.items():
        if surface not in doc.text:  # the usual case, and far quicker to tell than by the regex
            continue
        for m in re.finditer(r"\b" + re.escape(surface) + r"\b", doc.text):
            if any(f["span"][0] == m.start() for f in flags):
                continue
            target = next((r for r in gaz.lookup(abbr) if r.level == 1), None)
            if target is not None and provinces.get(target.code):
                flags.append({"kind": "suspect_translation", "span": (m.start(), m.end()), "text": surface,
                              "suggest": target.en})
    return keep, flags


def _swapped_provinces(doc: Doc, gaz: Gazetteer, spans: list[Span]) -> list[Span]:
    """An English province name the confusion table lists as a mistranslation of another province's
    abbreviation ("Shanxi" for 陕) reads as that province where the article's Chinese names it and never
    the province the English spells: a machine translation of 陕西 as "Shanxi"."""
    rows = [r for r in gaz.abbr_confusion_rows() if str(r.get("code") or "").endswith("0000")]
    if not rows or not any(r["mistranslation"] in doc.text for r in rows):
        return spans

    def province(s):
        r = s.value if not isinstance(s.value, tuple) else None
        return r if r is not None and getattr(r, "country", None) == "CN" and getattr(r, "level", 0) == 1 else None

    in_zh = {province(s).code for s in spans if province(s) is not None and not doc.text[s.start:s.end].isascii()}
    if not in_zh:
        return spans
    swap = {r["mistranslation"]: r["code"] for r in rows}
    out = []
    for s in spans:
        r, surface = province(s), doc.text[s.start:s.end]
        code = swap.get(_strip_type_en(surface)) if r is not None and surface.isascii() else None
        if code and code != r.code and code in in_zh and r.code not in in_zh:
            target = gaz.by_code(code)
            if target is not None:
                s = Span(s.start, s.end, s.label, target)
        out.append(s)
    return out


def regions_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.layer("regions") if s.start >= start and s.end <= end]
