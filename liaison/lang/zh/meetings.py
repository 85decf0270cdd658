"""Meetings: one per occurrence told — a reception (会见), talks (会谈), a conference (座谈会, 论坛…); a kind told
again on another day or with 又 / 当天下午 is a meeting of its own, one referred to (会上) is the one told."""
from __future__ import annotations

import re

from ...doc import Event
from ...places import (doc_sides as _doc_sides, same as _same, two_parties as _two_parties, unqualified,
                       within as _within)
from . import lexicon as L
from .moods import PLAN

_ALONE = set(L.forms(L.triggers("talks", arg="alone")))  # 畅谈, 交换意见: a meeting only where none other is told
MEETING_KINDS = [
    (kind, L.pattern("{w}", w=[r for r in L.triggers(kind) if r.form not in _ALONE]))
    for kind in ("reception", "talks", "conference", "banquet")
] + [("exchange", L.pattern("{w}", w=L.triggers("talks", arg="alone")))]
HELD = L.pattern("{hold}", hold=L.triggers("hold"))  # 举行, 召开: a meeting referred to (会上) that was held here
AND_MEETING = L.pattern(r"并[^。]{0,20}(?:{conference}|{meeting}|{banquet})", conference=L.triggers("conference"),
                        meeting=L.triggers("meeting"), banquet=L.triggers("banquet"))  # 会见…并出席座谈会: a second meeting


def _between_trip_sides(ctx, visits: list[Event], lo: int, hi: int) -> bool:
    """在甲市—乙县…座谈会上: the meeting's own name holds both sides of a trip told (a meeting of the two, not
    one side's own meeting referred to)."""
    named = [r for _s, _e, r in ctx.regions_in(lo, hi)]
    return any(v.origin is not None and v.destination is not None
               and any(_same(r, v.origin) or _within(r, v.origin) for r in named)
               and any(_same(r, v.destination) or _within(r, v.destination) or _within(v.destination, r) for r in named)
               for v in visits)


def _opens_on_a_trip(ctx, visits: list[Event], sent, text: str, ms: int, me: int) -> bool:
    """座谈会上，乙市市长甲表示…: a sentence opening with the symposium, on a trip told before it and naming who
    spoke there, tells that symposium (a meeting of the trip's two sides) though no sentence said it was held."""
    if text[me:me + 1] != "上" or not re.fullmatch(r"\s*(?:在|在随后的|随后的|在当天的|当天的)?", text[:ms]) \
            or not text[ms:me].endswith("座谈会"):
        return False
    told = any(v.origin is not None and v.destination is not None and v.evidence
               and min(a for a, _b in v.evidence) < sent.start for v in visits)
    # (座谈会上，双方签署了…: the two sides acting there tell it as well as a speaker named)
    return told and (bool(ctx.persons_in(sent.start, sent.end)) or re.search(r"双方|两地|两省|两市|两区|两县", text[me:])
                     is not None)


_ATTENDED = re.compile(r"(出席|参加|举行|举办|共同出席)[^。；;，,]{0,30}$")  # 出席…欢迎晚宴: a banquet held
_BACK = re.compile(r"(结束后|后|时|中|期间)")
# a second occurrence of a kind already told: 当天下午，甲又会见了丙 / 次日 / 随后…又
AGAIN = L.pattern("{again}", again=L.moods("again"))


# 与董事长甲进行交流座谈: talks with a company's head on a tour (triggers.tsv business), no exchange between regions
_WITH_BUSINESS = L.pattern(r"与[^。；;，,]{0,12}?{business}[^。；;，,]{0,12}$", business=L.select("triggers", "business"))
_QUOTED = re.compile(r"《[^》]*$")  # inside a title: 《关于…论坛以来…的通报》
_SINCE = re.compile(r"(以来|之后|精神)")


def _country_pair_re():
    """中美 / 中日韩 / 日中 before a conference noun (中美省州长论坛, 中日友好城市交流大会): China and the countries
    told by their one-character abbreviations (``data/country_abbreviations_zh.tsv``) name the meeting's sides.
    Not a word ending in 中 before it (其中, 集中, 期间中) nor 中老年, 中英文, 中西部 after it."""
    from ...regions_data import country_abbreviations_zh

    table = country_abbreviations_zh()
    abbr = "".join(sorted(table))
    pat = re.compile(rf"(?<![其集之当空期途心正手高初国市省县区城网水山海家院校园场会年月今])"
                     rf"(中[{abbr}]{{1,3}}|[{abbr}]{{1,3}}中)(?![年文部])[\u4e00-\u9fff]{{0,12}}$")
    return table, pat


_PAIR_TABLE, _PAIR = _country_pair_re()


def _country_pair(text: str) -> list:
    """The countries (China first) a pair of abbreviations names right before a conference noun, else []."""
    from ...gazetteer import Gazetteer

    m = _PAIR.search(text)
    if not m:
        return []
    gaz = Gazetteer.default()
    codes = ["CN"] + [_PAIR_TABLE[c] for c in m.group(1) if c != "中"]
    out = [gaz.by_code(c) for c in dict.fromkeys(codes)]
    return out if all(r is not None for r in out) and len(out) >= 2 else []


_OFFICE = re.compile(r"(省委|市委|州委|县委|区委|党委|政府|人民政府|人大|政协|省长|市长|州长|县长|区长|副|书记|主席|知事)")


def _elsewhere(ctx, ev: Event, visits: list[Event], lo: int, hi: int) -> bool:
    """The sentence names a place before a conference noun, none of them one of ``ev``'s places or inside them
    (not an office's place, 吉林省省长, nor the visitors' own)."""
    here = [r for s_, e_, r in ctx.regions_in(lo, hi) if not isinstance(r, tuple) and getattr(r, "level", 9) >= 0
            and not _OFFICE.match(ctx.doc.text, e_)
            and not any(v.origin is not None and (_same(r, v.origin) or _within(r, v.origin)) for v in visits)]
    return bool(here and ev.parties) and not any(
        _same(r, q) or _within(r, q) or _within(q, r) for r in here for q in ev.parties)


def _noun(word: str) -> str:
    """The conference noun without 会 / 会议 (座谈会 and 座谈, 联席会 and 联席会议 are one noun)."""
    return word[:2] if len(word) > 5 else re.sub(r"(会议|会)$", "", word)


def _own_date(ctx, lo: int, hi: int):
    """A full day stated in ``[lo, hi)`` (a month or a year alone tells no new occurrence)."""
    d = ctx.date_in(lo, hi)
    return d if d and d[0] and len(d[0]) >= 10 else None


def _IN_PASSING(text: str, ms: int, me: int) -> bool:
    """The meeting names something else's (…会精神, …会上的讲话) or is told in a modifier (召开的…会)."""
    return bool(re.match(r"(精神|上的|的讲话|的要求)", text[me:me + 4])
                or re.search(r"(召开|举行|举办)的[^，。,]{0,24}$", text[:ms]))


def _next_day(before: str, prev: str):
    """当天下午 / 当晚: the day of the meeting told before; 次日 / 翌日 / 第二天: the day after it."""
    import datetime as _dt

    if re.search(r"(当天|当日|当晚)", before):
        return (prev, prev)
    if re.search(r"(次日|翌日|第二天)", before):
        try:
            d = (_dt.date.fromisoformat(prev[:10]) + _dt.timedelta(days=1)).isoformat()
        except ValueError:
            return None
        return (d, d)
    return None


def _place_in_country(visit: Event, named: list):
    """A trip told only as one to a country (来华访问, 访美期间): the first place inside that country the meeting's
    sentences name (吉林省省长…会见: Jilin), not the visitors' own; else None."""
    dest = visit.destination
    if getattr(dest, "level", None) != 0 or not getattr(dest, "code", None):
        return None
    return next((r for r in named if getattr(r, "level", 0) and getattr(r, "country", None) == dest.code
                 and not (visit.origin is not None and (_same(r, visit.origin) or _within(r, visit.origin)))), None)


def find_meetings(ctx, visits: list[Event]) -> list[Event]:
    """One meeting per occurrence: a kind told again on another day, with 又 / 当天下午, or by a second clause
    with its own host (甲会见，乙出席交流会，丙等会见) is a new meeting; a kind referred to (会上) is the one told."""
    doc = ctx.doc
    current: dict[str, Event] = {}
    kind_of: dict[int, str] = {}
    meetings: list[Event] = []
    anchors: list[tuple[int, Event]] = []
    for sent in doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        if PLAN.search(text):
            continue
        day = _own_date(ctx, sent.start, sent.end)
        back = last_here = None  # the meeting told before in this sentence (…，并出席座谈会: its day)
        for kind, pat in MEETING_KINDS:
            m = pat.search(text)
            if not m:
                continue
            ms, me = m.span()
            if kind in current and _BACK.match(text, me):
                back = current[kind]
                continue  # 会见结束后 / 会谈时: the one told; the sentence's own meeting comes after
            if kind == "conference" and _WITH_BUSINESS.search(text[:ms]):
                continue
            if kind == "banquet" and not _ATTENDED.search(text[:ms]):
                continue  # 设宴接待 / 列席晚宴: hospitality to the guests, no meeting told
            if kind == "conference" and re.search(r"(座谈会上|会上|讲话精神|重要讲话|会议精神)", text[ms:me + 4]) \
                    and not HELD.search(text):
                if kind not in current and not _between_trip_sides(ctx, visits, sent.start, sent.start + me) \
                        and not _opens_on_a_trip(ctx, visits, sent, text, ms, me):
                    continue
            clause_lo = max(text.rfind(c, 0, ms) for c in "，,；;") + 1
            prev = None
            ev = current.get(kind)
            if ev is not None and day and ev.start and len(ev.start) < 10 and day[0].startswith(ev.start) \
                    and not (AGAIN.search(text[clause_lo:ms]) or AGAIN.match(text)):
                ev.start, ev.end = day  # 2021年度…座谈会 (the headline), then 5月26日…座谈会举行: its day
            told_on = ev and (ev.start or ev.__dict__.get("_told_on"))
            if ev is not None and text[me:me + 1] == "上" and not HELD.search(text):
                told_on = None  # 座谈会上，…: the one told, whatever day the words name
            if ev is not None and ((day and told_on and len(told_on) >= 10 and day[0] != told_on)
                                   or AGAIN.search(text[clause_lo:ms]) or AGAIN.match(text)):
                prev, ev = ev, None  # told on another day, or 又 / 当天下午: a meeting of its own
                if not day and prev.start and len(prev.start) >= 10:
                    day = _next_day(text[:ms], prev.start)
            noun = _noun(m.group(0))
            if ev is not None and kind == "conference" and noun not in ev.__dict__.get("_nouns", {noun}) \
                    and text[me:me + 1] != "上" and not _BACK.match(text, me):
                named = [e for e in meetings if noun in e.__dict__.get("_nouns", ())]
                if named:
                    ev = current[kind] = named[-1]  # the 论坛 told before (论坛举行了…)
                elif (HELD.search(text) or _ATTENDED.search(text[:ms])) and not _QUOTED.search(text[:ms]) \
                        and not _SINCE.match(text, me):
                    prev, ev = ev, None  # 座谈会, then 举办了…推介会: another meeting
            if ev is not None and kind == "conference" and text[me:me + 1] != "上" and not _BACK.match(text, me) \
                    and (sent.start, sent.end) not in ev.evidence and _elsewhere(ctx, ev, visits, sent.start, sent.start + me):
                prev, ev = ev, None  # 在甲市召开座谈会…在乙市与乙市召开座谈会: a meeting in another place
            if ev is None:
                ev = Event(id="", type="meeting")
                current[kind] = ev
                kind_of[id(ev)] = kind
                meetings.append(ev)
                before = ctx.date_before(sent.start + ms)  # 当天，甲会见…: the day in force, to tell a later one apart
                if before and len(before[0]) >= 10:
                    ev.__dict__["_told_on"] = before[0]
            ev.__dict__.setdefault("_nouns", set()).add(noun)
            if kind == "conference" and not ev.__dict__.get("_pair"):
                pair = _country_pair(text[clause_lo:ms])
                if pair:
                    ev.__dict__["_pair"] = pair
            if (sent.start, sent.end) not in ev.evidence:
                ev.evidence.append((sent.start, sent.end))
            if not ev.start:
                d = _own_date(ctx, sent.start + clause_lo, sent.start + ms) \
                    or (last_here is not None and last_here.start and (last_here.start, last_here.end)) \
                    or day or ctx.date_in(sent.start, sent.end) or (back is not None and back.start and (back.start, back.end))
                if d:
                    ev.start, ev.end = d
            spans = list(ctx.regions_in(sent.start, sent.end, single=False))
            # a meeting of two countries (中美…论坛): the place it was held in (在洛杉矶) is no side of it
            venues = {id(r) for s_, _e, r in spans if ev.__dict__.get("_pair") and doc.text[s_ - 1:s_] == "在"}
            met = _two_parties([ctx.person_region(pid) for _s, _e, pid in ctx.persons_in(sent.start, sent.end)])
            if len(met) >= 2:  # 甲省副省长在利隆圭会见马拉维部长: the people name the two sides, not where they met
                venues |= {id(r) for s_, _e, r in spans if doc.text[s_ - 1:s_] == "在"
                           and not any(_same(r, q) for q in met)}
            for r in unqualified(spans):
                if getattr(r, "level", 9) >= 0 and id(r) not in venues:
                    ev.parties.append(r)
            if len(_two_parties(ev.parties)) < 2:
                # 甲省省长乙会见了丙一行 (丙's office told in an earlier sentence): the side of each person named
                for _s, _e, pid in ctx.persons_in(sent.start, sent.end):
                    r = ctx.person_region(pid)
                    if r is not None and getattr(r, "level", 9) >= 0 and not any(r is x for x in ev.parties):
                        ev.parties.append(r)
            if ev is not meetings[0] and ev.evidence == [(sent.start, sent.end)] and _IN_PASSING(text, ms, me):
                # 落实6月15日召开的…座谈会精神: a meeting recalled in passing; what follows is not said there
                ev.__dict__["_own_parties"] = [r for _s, _e, r in ctx.regions_in(sent.start + clause_lo, sent.start + me)]
                if prev is not None:
                    current[kind] = prev  # a later 座谈会上 is the one told, not the one recalled
            else:
                anchors.append((sent.start + ms if kind != "reception" else sent.start, ev))
            if ev.start and len(ev.start) >= 10:
                # 9日拜会甲，10日拜会乙: the kind again in a clause with a day of its own is a meeting of its own
                for m2 in pat.finditer(text, me):
                    lo2 = max(text.rfind(c, me, m2.start()) for c in "，,；;") + 1
                    d2 = _own_date(ctx, sent.start + lo2, sent.start + m2.start()) if lo2 > me else None
                    if not d2 or d2[0] == ev.start:
                        continue
                    cut = re.search(r"[，,；;。]", text[m2.end():])
                    own = [r for _s, _e, r in ctx.regions_in(sent.start + lo2, sent.start + m2.end()
                                                               + (cut.start() if cut else len(text)))]
                    # 8日拜会甲县知事，10日拜会乙县知事: the places of its own clause first
                    ev = Event(id="", type="meeting", start=d2[0], end=d2[1], evidence=[(sent.start, sent.end)],
                               parties=own + [r for r in ev.parties if not any(r is o for o in own)])
                    current[kind] = ev
                    kind_of[id(ev)] = kind
                    meetings.append(ev)
                    anchors.append((sent.start + lo2, ev))
            last_here = ev
            if not (kind in ("reception", "talks") and AND_MEETING.search(text, ms)):
                break
    if not meetings:
        return []
    exchange = [ev for ev in meetings if kind_of[id(ev)] == "exchange"]
    others = [ev for ev in meetings if kind_of[id(ev)] != "exchange"]
    if exchange and others:
        # 双方畅谈 / 交换意见 after a 会见 or 会谈 told: what was said there, no meeting of its own
        first = others[0]
        for ex in exchange:
            first.evidence.extend(s for s in ex.evidence if s not in first.evidence)
        anchors = [(a, first if kind_of[id(e)] == "exchange" else e) for a, e in anchors]
        meetings = others
    anchors.sort(key=lambda x: x[0])
    visit = visits[0] if visits else None
    for ev in meetings:
        ev.__dict__.pop("_told_on", None)
        ev.__dict__.pop("_nouns", None)
        told = _two_parties(ev.__dict__.pop("_own_parties", []))
        pair = ev.__dict__.pop("_pair", None)
        if pair:
            # 中美省州长论坛: China and the other country are sides, with the places of the sentences told
            ev.parties = pair + [r for r in _two_parties(ev.parties)
                                 if not any(_same(r, q) or _within(r, q) for q in pair)][:4]
        elif len(told) == 2:
            ev.parties = told  # 落实甲乙…座谈会精神: the two named with it
        elif visit is not None and not (ev.start and visit.start and ev.start[:4] != visit.start[:4]):
            # (会见了尼日利亚拉各斯州州长 at an expo the trip went to: met a third side, from another country)
            third = [r for r in ev.parties if r is not None and visit.destination is not None
                     and getattr(r, "country", None) != getattr(visit.destination, "country", None)
                     and not any(_same(r, q) or _within(r, q) or _within(q, r) for q in (visit.origin, visit.destination))]
            third = [r for r in third if not any(x is not r and _within(x, r) for x in third)]  # (蒙古国东方省: 东方省)
            ev.parties = [visit.origin, third[0] if len(third) == 1 and visit.origin is not None
                          and getattr(visit.origin, "country", None) == getattr(visit.destination, "country", None)
                          else _place_in_country(visit, ev.parties) or visit.destination]
            if not ev.start and visit.start and any(ctx.date_in(a, b) == (visit.start, visit.end)
                                                    for a, b in set(ev.evidence) & set(visit.evidence)):
                # told in the sentence dating the trip (not one the trip took in: 访问期间，甲会见…)
                ev.start, ev.end = visit.start, visit.end
        else:
            ev.parties = _two_parties(ev.parties)
            earlier = [m for m in meetings[:meetings.index(ev)] if len(m.parties) >= 2]
            if len(ev.parties) < 2 and earlier:
                ev.parties = list(earlier[-1].parties)  # 两省又在乙市举行…: the sides of the meeting told before
            if len(ev.parties) < 2 and any(re.search(r"(两省|两市|两地|双方|两区|两位(?:省长|市长|州长|县长|书记|领导|议长|主席))", doc.text[a:b]) for a, b in ev.evidence):
                ev.parties = _doc_sides(ctx)
    ctx.meeting_anchors = anchors
    ctx.meeting_kind = {id(ev): kind_of[id(ev)] for ev in meetings}
    return meetings
