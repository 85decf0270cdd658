"""Inspections: one round of site visits (考察, 参观, 调研, 走进) per trip, with the sites named."""
from __future__ import annotations

import re

from ...doc import Event
from ...places import same as _same, within as _within
from . import lexicon as L
from .moods import PLAN
from .roles import role_assignments as _role_assignments
from .sites import _SITES_BETWEEN_ZH as _SITES_BETWEEN, _TOUR_AFTER_ZH as _TOUR_AFTER, sites as _sites

INSPECT_ZH = L.pattern("{tour}", tour=L.triggers("tour"))
SEEN = L.pattern("{seen}", seen=L.triggers(arg="seen"))  # a tour told without naming a site (实地, 走进, 深入企业)
ONSITE = L.pattern("{onsite}", onsite=L.triggers(arg="onsite"))  # on the site itself (参观, 实地, 走进)
TO_STUDY = L.pattern(r"{go}[^。,，]{0,12}考察", go=L.triggers("go", arg=">purpose"))  # 赴X考察: the trip's purpose


def find_inspections(ctx, visits: list[Event]) -> list[Event]:
    if not visits:
        return []
    doc = ctx.doc
    out: dict[int, Event] = {}
    stop_ids: set[int] = set()
    for sent in doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        # 前往A美术馆欣赏…: a tour told by its sites; 观摩了A: a touring verb of sites.tsv
        m = INSPECT_ZH.search(text) or _SITES_BETWEEN.search(text) or _TOUR_AFTER.search(text)
        if not m or PLAN.search(text) or (_PLANNED_TOUR.search(text) and not _DONE_TOUR.search(text)):
            continue  # 代表团还将参观…: a tour to come
        sites = _sites(ctx, text, sent.start)
        # 来到湖南省长沙市: a movement to a place, no tour told (来到工业园区 / 走进企业 tell one)
        described = any(not ctx.regions_in(sent.start + sm.end(), sent.start + sm.end() + 12)
                        or min(rs for rs, _re, _r in ctx.regions_in(sent.start + sm.end(), sent.start + sm.end() + 12))
                        > sent.start + sm.end() + 1
                        or _thing_after_place(ctx, sent, sm)
                        for sm in SEEN.finditer(text))
        if not sites and not described:
            continue
        if not sites and TO_STUDY.search(text) and not ONSITE.search(text):
            continue
        # the trip told before, preferring one whose sides the sentence names (河北省代表团在天津…)
        named = [r for _s, _e, r in ctx.regions_in(sent.start, sent.end)]
        best = -1
        visit = visits[0]
        for v in visits:
            if not any(s <= sent.start for s, _ in v.evidence):
                continue
            score = sum(any(_same(r, side) or _within(r, side) for r in named) for side in (v.origin, v.destination)
                        if side is not None)
            score += 0.5 * any(s == sent.start for s, _e in v.evidence)  # the trip told in this very sentence
            if id(v) in stop_ids and not any(_same(r, v.destination) or _within(r, v.destination) for r in named):
                continue  # a stop is the trip of the sentences naming it only
            if score >= best:
                visit, best = v, score
        # 代表团首先来到固原市…参观, 在乌鲁木齐市和巴州若羌县考察了…: stops inside the region visited are
        # visits of their own, each with its own round of sites
        stops = _stops(ctx, sent, visit, visits)
        if not stops:
            here = [v for v in visits if (sent.start, sent.end) in v.evidence and v.origin is not None
                    and _same(v.origin, visit.origin)
                    and any(_same(r, v.destination) for r in named)]
            if len(here) > 1 and not _told_one_by_one(ctx, sent, here):
                stops = here  # 先后来到甲市、乙市，深入企业…: the tour is each stop's
        stop_ids.update(id(v) for v in stops if v is not visit)
        for trip in stops or [visit]:
            ev = out.get(id(trip))
            if ev is None:
                ev = Event(id="", type="inspection", origin=trip.origin, destination=trip.destination)
                out[id(trip)] = ev
            ev.evidence.append((sent.start, sent.end))
            if not ev.start:
                d = _tour_date(ctx, sent)
                if d:
                    ev.start, ev.end = d
            for s in sites:
                if s not in ev.sites:
                    ev.sites.append(s)
            for pid, role, _o in _role_assignments(ctx, sent):
                if role in ("leader", "host"):
                    ev.add_participant(pid, role)
    return list(out.values())


def _told_one_by_one(ctx, sent, trips: list[Event]) -> bool:
    """走访了甲、乙、丙和丁等地，考察了市场、企业 — then 在乙，…参观了…: a round-up of the trip's stops whose
    tours are told one by one after it (not a tour of each stop)."""
    for later in ctx.doc.sentences:
        if later.start < sent.end:
            continue
        text = ctx.doc.text[later.start:later.end]
        if not INSPECT_ZH.search(text):
            continue
        if any(_same(r, v.destination) for _s, _e, r in ctx.regions_in(later.start, later.end) for v in trips):
            return True
    return False


_GO_FORMS = set(L.forms(L.triggers("go")))
_PLACE_LIST_GAP = re.compile(r"[、和及与]")


def _thing_after_place(ctx, sent, sm) -> bool:
    """调研了杭州市未来社区建设: a touring verb (not a movement verb: 来到) whose place is followed by what was seen."""
    if sm.group(0) in _GO_FORMS:
        return False
    pos = sent.start + sm.end()
    for s_, e_, _r in ctx.regions_in(pos, sent.end):
        if s_ > pos and not _PLACE_LIST_GAP.fullmatch(ctx.doc.text[pos:s_]):
            break  # 考察了甲、乙等地的企业: the places listed, then what was seen there
        pos = e_
    rest = re.match(r"[^，,。；;、]*", ctx.doc.text[pos:sent.end]).group(0)
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2


# 还将参观, 拟赴…考察: a touring verb after a word of intention (unless a tour is also told done: 参观了)
_PLANNED_TOUR = re.compile(r"(将|拟|计划|准备|打算)(要|会)?[^，。；;,]{0,8}?(参观|考察|调研|走访|察看|参访|观摩)")
_DONE_TOUR = re.compile(r"(参观|考察|调研|走访|察看|参访|观摩)了")


# 6月15日召开的座谈会: a date before 召开的 / 举行的 names when another event happened, not the tour
_OTHER_EVENTS_DATE = re.compile(r"[^，。,；;]{0,4}?(召开|举行|举办|签署|签订|开幕|成立|发布|印发)的")


def _tour_date(ctx, sent):
    """The most specific date the sentence states for its tour (not one dating another event it names)."""
    best = None
    for s in ctx.dates:
        if sent.start <= s.start < sent.end and s.value and s.value[0]:
            if _OTHER_EVENTS_DATE.match(ctx.doc.text, s.end):
                continue
            if best is None or len(s.value[0]) > len(best[0]):
                best = s.value
    return best


# a place the delegation went to or toured in: right after a motion or locative word, or listed after one
_TO_PLACE = re.compile(r"(来到|到达|抵达|深入|前往|转赴|赴|到|在)(了)?$")  # not 走进: into a site
_LIST_GAP = re.compile(r"^[、和及与\s]*([\u4e00-\u9fff]{1,3}[州市盟])?$")  # 乌鲁木齐市和巴州若羌县
_OFFICE_AFTER = re.compile(r"^(市委|州委|县委|区委|委|政府|人民政府|党委|领导|人大|政协|的领导|有关负责|负责同志)")


def _stops(ctx, sent, visit: Event, visits: list[Event]) -> list[Event]:
    """Visits to the places inside the trip's destination that the sentence says the visitors went to or
    toured in (the smallest named: 巴州若羌县 → 若羌县), made when not told before; [] when none."""
    dest = visit.destination
    if dest is None or getattr(dest, "country", "CN") != "CN" or not getattr(dest, "code", None):
        return []
    text = ctx.doc.text
    places = []
    prev_end = None
    for s, e, r in ctx.regions_in(sent.start, sent.end):
        if isinstance(r, tuple):
            prev_end = None
            continue
        inside = _within(r, dest) and not _same(r, dest)
        told = _TO_PLACE.search(text[max(sent.start, s - 3):s]) or (
            prev_end is not None and _LIST_GAP.match(text[prev_end:s]))
        if inside and told and not _OFFICE_AFTER.match(text[e:e + 4]):
            places = [p for p in places if not _within(r, p)]  # 巴州若羌县: the county, not the prefecture
            places.append(r)
            prev_end = e
        else:
            prev_end = e if inside and prev_end is not None and s == prev_end else None
    out = []
    for r in places:
        trip = next((v for v in visits if _same(v.destination, r) and _same(v.origin, visit.origin)), None)
        if trip is None:
            trip = Event(id="", type="visit", origin=visit.origin, destination=r, parties=[visit.origin, r])
            trip.evidence.append((sent.start, sent.end))
            for p in visit.participants:
                if p.role in ("leader", "member"):
                    trip.add_participant(p.person, p.role)
            visits.append(trip)
        out.append(trip)
    return out
