"""Events: visits, meetings, agreements and inspections, assembled across the article.

Each sentence is read for trigger frames (frames.py) in Chinese and English;
triggers of one kind are then assembled into events: one visit per trip
(origin → destination), one meeting per distinct meeting kind, one agreement
per named document (or one for an unnamed batch), one inspection per visit.
Participants and their roles come from the clauses that state them; an event
needs two different regions (a region's own work is no exchange).
"""
from __future__ import annotations

import re

from ..doc import Doc, Event
from ..pipeline import stage
from . import frames as F
from .agreements import find_agreements
from .regions import region_type


from .common import code as _code, same as _same


class Ctx:
    """Per-article lookups shared by the assembly steps."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.person_at: dict[int, str] = {}
        self.people = {p.id: p for p in doc.people}
        for p in doc.people:
            for s, _e in p.mentions:
                self.person_at[s] = p.id
        self.mentions = sorted((s, e, self.person_at[s]) for p in doc.people for s, e in p.mentions)
        self.regions = [s for s in doc.layer("regions")]
        self.dates = doc.layer("dates")

    def persons_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [m for m in self.mentions if start <= m[0] and m[1] <= end]

    def regions_in(self, start: int, end: int, single: bool = True):
        out = []
        for s in self.regions:
            if start <= s.start and s.end <= end:
                if isinstance(s.value, tuple):
                    if not single:
                        out.extend((s.start, s.end, v) for v in s.value)
                else:
                    out.append((s.start, s.end, s.value))
        return out

    def date_in(self, start: int, end: int):
        for s in self.dates:
            if start <= s.start < end and s.value and s.value[0]:
                return s.value
        return None

    def date_before(self, pos: int):
        """The last full date stated before ``pos`` (the day a ceremony or meeting took place)."""
        best = None
        for s in self.dates:
            if s.start < pos and s.value and s.value[0]:
                best = s.value
        return best

    def person_region(self, pid: str):
        p = self.people.get(pid)
        return getattr(p, "region", None) if p else None


@stage("events", requires=("text", "sentences", "regions", "people", "dates"), assigns=("events",))
def events_stage(doc: Doc) -> None:
    """Visits, meetings, agreements and inspections with participants, dates, fields, sites and evidence."""
    ctx = Ctx(doc)
    F.assign_group_regions(ctx)
    visits = F.find_visits(ctx)
    meetings = F.find_meetings(ctx, visits)
    agreements = find_agreements(ctx, visits, meetings)
    inspections = F.find_inspections(ctx, visits)
    events: list[Event] = []
    for group in (visits, meetings, agreements, inspections):
        events.extend(group)
    events = [e for e in events if _two_sides(e)]
    events.sort(key=lambda e: (min((s for s, _ in e.evidence), default=0)))
    order = {"visit": 0}
    for n, e in enumerate(events, 1):
        e.id = f"e{n}"
    visit_ids = [e for e in events if e.type == "visit"]
    for e in events:
        if e.type != "visit" and visit_ids:
            host = next((v for v in visit_ids if _same(v.destination, getattr(e, "destination", None))
                         or any(_same(v.destination, p) for p in e.parties)), None)
            if host is not None:
                e.part_of = host.id
    del order
    doc.events = events


def _two_sides(e: Event) -> bool:
    if e.type in ("visit", "inspection"):
        return e.origin is not None and e.destination is not None and not _same(e.origin, e.destination)
    codes = {_code(p) for p in e.parties if p is not None}
    return len(codes) >= 2 or (len(codes) == 1 and bool(e.participants) and e.type == "agreement" and False)
