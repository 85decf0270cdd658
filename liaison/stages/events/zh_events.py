"""The Chinese rules' events: visits, meetings, agreements and inspections, assembled across the article.

They read the article's Chinese sentences only (English ones are read from the dependency parse by
``liaison.lang.en``); triggers of one kind are assembled into events: one visit per trip
(origin → destination), one meeting per distinct meeting kind, one agreement
per named document (or one for an unnamed batch), one inspection per visit.
Participants and their roles come from the clauses that state them; an event
needs two different regions (a region's own work is no exchange).
"""
from __future__ import annotations

import copy
import re

from ...doc import Doc, Event
from . import zh_frames as F
from .context import Ctx
from .zh_agreements import find_agreements
from ...places import same as _same


class ZhParts:
    """The Chinese rules' events of one article, by kind, and the context they were read in (the article
    with its Chinese sentences only); the later event stages finish them."""

    def __init__(self, ctx: Ctx, visits, meetings, agreements, inspections):
        self.ctx, self.visits, self.meetings = ctx, visits, meetings
        self.agreements, self.inspections = agreements, inspections

    @property
    def events(self) -> list[Event]:
        return self.visits + self.meetings + self.agreements + self.inspections


def zh_assemble(doc: Doc) -> ZhParts | None:
    """The events the Chinese sentences tell (the rules of zh_frames / zh_agreements), without roles, dates
    beyond their own sentences, or fields."""
    zdoc = copy.copy(doc)
    zdoc.spans = dict(doc.spans)
    zdoc.spans["sentences"] = [s for s in doc.sentences if s.value == "zh"]
    if not zdoc.spans["sentences"]:
        return None
    ctx = Ctx(zdoc)
    visits = F.find_visits(ctx)
    meetings = F.find_meetings(ctx, visits)
    agreements = find_agreements(ctx, visits, meetings)
    inspections = F.find_inspections(ctx, visits)
    return ZhParts(ctx, visits, meetings, agreements, inspections)


def zh_roles(parts: ZhParts) -> None:
    """Role verbs of the Chinese sentences onto their events; visitors attend; trip leaders lead its inspection."""
    ctx, visits, meetings = parts.ctx, parts.visits, parts.meetings
    doc = ctx.doc
    distribute_roles(ctx, meetings, parts.agreements)
    visitors_attend(ctx, meetings, visits)
    # 率团…并召开座谈会: the delegation's leaders attend the meeting told in their trip's sentence
    for ev in meetings:
        for v in visits:
            shared = set(ev.evidence) & set(v.evidence)
            if any(re.search(r"(召开|举行|出席|参加)", doc.text[a:b]) for a, b in shared):
                for p in v.participants:
                    if p.role == "leader":
                        ev.add_participant(p.person, "attendee")
    for ins in parts.inspections:
        if not any(p.role == "leader" for p in ins.participants):
            visit = next((v for v in visits if _same(v.origin, ins.origin) and _same(v.destination, ins.destination)), None)
            for p in (visit.participants if visit else []):
                if p.role == "leader":
                    ins.add_participant(p.person, "leader")


def zh_dates(parts: ZhParts) -> None:
    """Outside a dated trip, an undated meeting took place on the last full date told before it."""
    ctx = parts.ctx
    for ev in parts.meetings:
        if not ev.start and ev.evidence and not parts.visits:  # inside a dated trip, it stays undated
            d = next((x for x in (ctx.date_before(a) for a, _b in sorted(ev.evidence)) if x), None)
            if d:
                ev.start, ev.end = d


def zh_fields(parts: ZhParts) -> None:
    """Fields of cooperation from the Chinese sentences: a signing's first, then the talks' (sentences telling
    an inspection or a signing give their fields to those, not to the talks)."""
    ctx = parts.ctx
    F.fields_for(ctx, parts.agreements, agreement=True)
    F.fields_for(ctx, parts.meetings, agreement=False,
                 skip={s for ev in parts.inspections + parts.agreements for s, _e in ev.evidence})


_OBJECT_MEETING = re.compile(r"^.{1,14}?(会谈|会议|座谈会|交流会|对接会|论坛|研讨会)")
_SIGNING = re.compile(r"(签约|签字|签署|签订)")
_TO_MEETING = re.compile(r"^[^,，。]{0,4}(会议|座谈|会谈|会见|论坛|联席|交流会|对接会)")
_TO_SIGNING = re.compile(r"^[^,，。]{0,4}(签约|签字|仪式)")


def distribute_roles(ctx: Ctx, meetings: list[Event], agreements: list[Event]) -> None:
    """presider / speaker / attendee / host verbs → the meeting or signing their clause is about."""
    doc = ctx.doc
    anchors = getattr(ctx, "meeting_anchors", [])
    for sent in doc.sentences:
        text = doc.text[sent.start:sent.end]
        signing = bool(_SIGNING.search(text))
        for pid, role, off in F._role_assignments(ctx, sent):
            if role in ("leader", "signatory", "witness"):
                continue
            if role == "host" and re.search(r"陪同|迎接|欢送", doc.text[off:off + 10]):
                continue
            after = doc.text[off:off + 12]
            target = None
            bare = re.match(r"^.{1,3}?[。.;；]", after) is not None  # 参加。 — no object: the event just told
            if bare:
                recent = [(e0, ev) for ev in meetings + agreements for e0, _e1 in ev.evidence if e0 < sent.start]
                if recent:
                    target = max(recent, key=lambda x: x[0])[1]
                    target.add_participant(pid, role)
                    continue
            # 会见 is itself a meeting: its host hosts the meeting, whatever else the sentence signs
            reception = role == "host" and meetings and re.match(r"(会见|接见|会晤|会面)", doc.text[off:off + 8])
            if agreements and not reception and (_TO_SIGNING.search(after[2:])
                                                 or (signing and not _TO_MEETING.search(after[2:])) or not meetings):
                target = next((a for a in agreements if any(s <= sent.start < e for s, e in a.evidence)), None)
                if target is None:
                    before = [a for a in agreements if a.evidence and a.evidence[0][0] <= sent.start]
                    target = before[-1] if before else agreements[0]
            elif meetings:
                target = meetings[0]
                for a, ev in anchors:
                    if a <= off:
                        target = ev
                # the verb's own object names the meeting: 出席…座谈会 → the symposium
                kinds = getattr(ctx, "meeting_kind", {})
                obj = _OBJECT_MEETING.match(doc.text[off:min(sent.end, off + 24)])
                if obj:
                    kind = "talks" if obj.group(1) == "会谈" else "conference"
                    named = [ev for ev in meetings if kinds.get(id(ev)) == kind]
                    if named:
                        target = named[0]
                if role == "speaker" and not any(a <= off for a, _ in anchors) and not F.COOP_CONTEXT.search(text):
                    continue
            if target is not None and role == "host" and target.type == "meeting" and re.search(
                    r"分别\s*$", doc.text[max(0, off - 14):off]) and any(
                    p.role == "host" and p.person != pid for p in target.participants
                    if any(a <= off < b for a, b in target.evidence)):
                # 甲、乙分别会见: one meeting per host
                twin = Event(id="", type="meeting", start=target.start, end=target.end,
                             parties=list(target.parties), evidence=[(sent.start, sent.end)])
                meetings.append(twin)
                ctx.meeting_kind[id(twin)] = ctx.meeting_kind.get(id(target), "reception")
                target = twin
            if target is not None:
                target.add_participant(pid, role)
                if role == "presider" and target.type == "meeting":
                    # 共同主持会议: what is said after this is said at the meeting presided here
                    k = len(anchors)
                    while k and anchors[k - 1][0] > off:
                        k -= 1
                    anchors.insert(k, (off, target))
                if role == "host" and target.type == "meeting":
                    # 会见了…代表团: the people received attend
                    clause_end = re.search(r"[,，。;；]|$", doc.text[off:sent.end]).start() + off
                    for _s, _e, other in ctx.persons_in(off, clause_end):
                        if other != pid:
                            target.add_participant(other, "attendee")


def visitors_attend(ctx: Ctx, meetings: list[Event], visits: list[Event]) -> None:
    """A "host" who came with the visiting side (A与B会面) is a visitor: attendee, not host."""
    from ...places import within

    origins = [v.origin for v in visits if v.origin is not None]
    leaders = [p.person for v in visits for p in v.participants if p.role == "leader"]
    for ev in meetings:
        if getattr(ctx, "meeting_kind", {}).get(id(ev)) == "reception" and not any(
                p.role == "attendee" for p in ev.participants):
            for pid in leaders:  # the delegation received: its leaders attend
                ev.add_participant(pid, "attendee")
        for p in list(ev.participants):
            if p.role != "host":
                continue
            r = ctx.person_region(p.person)
            if r is not None and any(within(r, o) for o in origins):
                ev.participants.remove(p)
                ev.add_participant(p.person, "attendee")

