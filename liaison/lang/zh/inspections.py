"""Inspections: one round of site visits (考察, 参观, 调研, 走进) per trip, with the sites named."""
from __future__ import annotations

from ...doc import Event
from ...places import same as _same, within as _within
from . import lexicon as L
from .moods import PLAN
from .roles import role_assignments as _role_assignments
from .sites import sites as _sites

INSPECT_ZH = L.pattern("{tour}", tour=L.triggers("tour"))
SEEN = L.pattern("{seen}", seen=L.triggers(arg="seen"))  # a tour told without naming a site (实地, 走进, 深入企业)
ONSITE = L.pattern("{onsite}", onsite=L.triggers(arg="onsite"))  # on the site itself (参观, 实地, 走进)
TO_STUDY = L.pattern(r"{go}[^。,，]{0,12}考察", go=L.triggers("go", arg=">purpose"))  # 赴X考察: the trip's purpose


def find_inspections(ctx, visits: list[Event]) -> list[Event]:
    if not visits:
        return []
    doc = ctx.doc
    out: dict[int, Event] = {}
    for sent in doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        m = INSPECT_ZH.search(text)
        if not m or PLAN.search(text):
            continue
        sites = _sites(ctx, text, sent.start)
        described = bool(SEEN.search(text))
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
            if score >= best:
                visit, best = v, score
        ev = out.get(id(visit))
        if ev is None:
            ev = Event(id="", type="inspection", origin=visit.origin, destination=visit.destination)
            out[id(visit)] = ev
        ev.evidence.append((sent.start, sent.end))
        if not ev.start:
            d = ctx.date_in(sent.start, sent.end)
            if d:
                ev.start, ev.end = d
        for s in sites:
            if s not in ev.sites:
                ev.sites.append(s)
        for pid, role, _o in _role_assignments(ctx, sent):
            if role in ("leader", "host"):
                ev.add_participant(pid, role)
    return list(out.values())
