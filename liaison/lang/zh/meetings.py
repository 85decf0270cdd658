"""Meetings: one per kind told in the article — a reception (会见), talks (会谈), a conference (座谈会, 论坛…)."""
from __future__ import annotations

import re

from ...doc import Event
from ...places import doc_sides as _doc_sides, same as _same, two_parties as _two_parties, within as _within
from . import lexicon as L
from .moods import PLAN

_ALONE = set(L.forms(L.triggers("talks", arg="alone")))  # 畅谈, 交换意见: a meeting only where none other is told
MEETING_KINDS = [
    (kind, L.pattern("{w}", w=[r for r in L.triggers(kind) if r.form not in _ALONE]))
    for kind in ("reception", "talks", "conference")
] + [("exchange", L.pattern("{w}", w=L.triggers("talks", arg="alone")))]
HELD = L.pattern("{hold}", hold=L.triggers("hold"))  # 举行, 召开: a meeting referred to (会上) that was held here
AND_MEETING = L.pattern(r"并[^。]{0,20}(?:{conference}|{meeting})", conference=L.triggers("conference"),
                        meeting=L.triggers("meeting"))  # 会见…并出席座谈会: a second meeting


def _between_trip_sides(ctx, visits: list[Event], lo: int, hi: int) -> bool:
    """在甲市—乙县…座谈会上: the meeting's own name holds both sides of a trip told (a meeting of the two, not
    one side's own meeting referred to)."""
    named = [r for _s, _e, r in ctx.regions_in(lo, hi)]
    return any(v.origin is not None and v.destination is not None
               and any(_same(r, v.origin) or _within(r, v.origin) for r in named)
               and any(_same(r, v.destination) or _within(r, v.destination) or _within(v.destination, r) for r in named)
               for v in visits)


def find_meetings(ctx, visits: list[Event]) -> list[Event]:
    doc = ctx.doc
    by_kind: dict[str, Event] = {}
    order: list[str] = []
    anchors: list[tuple[int, str]] = []
    for sent in doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        for kind, pat in MEETING_KINDS:
            m = pat.search(text)
            if not m or PLAN.search(text):
                continue
            if kind == "conference" and re.search(r"(座谈会上|会上|讲话精神|重要讲话|会议精神)", text[m.start():m.end() + 4]) \
                    and not HELD.search(text):
                if kind not in by_kind and not _between_trip_sides(ctx, visits, sent.start, sent.start + m.end()):
                    continue
            ev = by_kind.get(kind)
            if ev is None:
                ev = Event(id="", type="meeting")
                by_kind[kind] = ev
                order.append(kind)
            ev.evidence.append((sent.start, sent.end))
            anchors.append((sent.start + m.start() if kind != "reception" else sent.start, kind))
            if not ev.start:
                d = ctx.date_in(sent.start, sent.end)
                if d:
                    ev.start, ev.end = d
            for s, e, r in ctx.regions_in(sent.start, sent.end, single=False):
                if getattr(r, "level", 9) >= 0:
                    ev.parties.append(r)
            if not (kind == "reception" and AND_MEETING.search(text)):
                break
    if not by_kind:
        return []
    if "exchange" in by_kind and len(by_kind) > 1:
        # 双方畅谈 / 交换意见 after a 会见 or 会谈 told: what was said there, no meeting of its own
        ex = by_kind.pop("exchange")
        order.remove("exchange")
        first = by_kind[order[0]]
        first.evidence.extend(s for s in ex.evidence if s not in first.evidence)
        anchors = [(a, k if k != "exchange" else order[0]) for a, k in anchors]
    meetings = [by_kind[k] for k in order]
    visit = visits[0] if visits else None
    for ev in meetings:
        if visit is not None:
            ev.parties = [visit.origin, visit.destination]
            if not ev.start and visit.start and set(ev.evidence) & set(visit.evidence):
                ev.start, ev.end = visit.start, visit.end  # told in the dated trip's own sentence
        else:
            ev.parties = _two_parties(ev.parties)
            if len(ev.parties) < 2 and any(re.search(r"(两省|两市|两地|双方|两区)", doc.text[a:b]) for a, b in ev.evidence):
                ev.parties = _doc_sides(ctx)
    ctx.meeting_anchors = [(a, by_kind[k]) for a, k in anchors]
    ctx.meeting_kind = {id(ev): k for k, ev in by_kind.items()}
    return meetings
