"""Group labels: 吉林省领导甲、乙 / "A, B and C, leaders of Jilin Province" give the listed people a region.

Run over every sentence of the article (both languages) before the events are assembled, so that the
people listed act for that region (an origin, a side) without holding a position there.
"""
from __future__ import annotations

import re

GROUP_EN = re.compile(r"^\s*,?\s*(the\s+)?(leaders?|officials?|representatives?)\s+of\s+", re.I)

def assign_group_regions(ctx) -> None:
    """吉林省领导甲、乙 / "A, B and C, leaders of Jilin Province": give the listed people a region (no position)."""
    doc = ctx.doc
    text = doc.text
    for sent in doc.sentences:
        persons = ctx.persons_in(sent.start, sent.end)
        for s, e, r in ctx.regions_in(sent.start, sent.end):
            tail = text[e:e + 8]
            m = re.match(r"(省|市|区|县|自治区)?(主要)?(领导|负责人)", tail)
            if m:
                k = e + m.end()
                for ps, pe, pid in persons:
                    if ps < k:
                        continue
                    if re.fullmatch(r"[、,，和及\s]*", text[k:ps]) is None:
                        break
                    _set_region(ctx, pid, r)
                    k = pe
        for idx, (ps, pe, pid) in enumerate(persons):
            m = GROUP_EN.match(text[pe:pe + 40])
            if not m:
                continue
            regs = ctx.regions_in(pe + m.end(), min(sent.end, pe + m.end() + 60))
            if not regs:
                continue
            r = regs[0][2]
            k = idx
            _set_region(ctx, pid, r)
            while k > 0 and re.fullmatch(r"\s*(,|and|, and)\s*", text[persons[k - 1][1]:persons[k][0]]):
                k -= 1
                _set_region(ctx, persons[k][2], r)

def _set_region(ctx, pid: str, region) -> None:
    p = ctx.people.get(pid)
    if p is not None and p.region is None:
        p.region = region


def rehome_hosts(ctx, events) -> None:
    """A host acts for the place the event happens in: 市委书记甲会见了代表团 on a page whose home is another
    city of that level (a stop of a tour, a neighbour's visit told by a third city) makes 甲 the host side's
    official, when the title itself names no place (its region was the home guessed for the level) and the
    event has exactly one Chinese side of that level other than it."""
    from ...places import region_type, within
    from ...title_labels import label_en

    for ev in events:
        if ev.type not in ("meeting", "visit"):
            continue
        for part in ev.participants:
            if part.role != "host":
                continue
            person = ctx.people.get(part.person)
            if person is None or not person.positions or not all(p.implicit for p in person.positions):
                continue
            sides = [r for r in ev.parties if getattr(r, "country", None) == "CN"]
            if any(within(r, p.region) or within(p.region, r) for r in sides for p in person.positions):
                continue  # the guessed place is a side, or holds one (贵阳 on 贵州's page): nothing to correct
            for pos in person.positions:
                level = region_type(pos.region)
                fit = [r for r in sides if level & region_type(r)]
                if len(fit) == 1:
                    pos.region = fit[0]
                    if pos.title_zh:
                        pos.title_en = label_en(pos.title_zh, pos.role, pos.org_kind, fit[0], False)
                    if person.region is not None and region_type(person.region) & level:
                        person.region = fit[0]


def host_sides(ctx, events) -> None:
    """A meeting's side is the place its people hold office in: 吉林省省长甲在长春会见了代表团 is a meeting of
    Jilin's, though the trip went to Changchun ("a conference held in Changchun, attended by Jilin's vice
    governor" too). A side lying inside the one region of a host (else of anyone taking part) — the venue the
    trip's destination gave — becomes that region; people holding no office, or office in neither side, change
    nothing. Run last, once the twins of both languages are merged and the meeting is tied to its trip."""
    from ...places import same, within

    for ev in events:
        if ev.type != "meeting" or not ev.parties:
            continue
        for roles in (("host",), ("host", "attendee", "speaker", "presider")):
            for part in ev.participants:
                if part.role not in roles:
                    continue
                person = ctx.people.get(part.person)
                regions = [p.region for p in getattr(person, "positions", None) or () if p.region is not None]
                if len(regions) != 1 or any(same(r, regions[0]) or within(regions[0], r) for r in ev.parties):
                    continue
                inner = [k for k, r in enumerate(ev.parties) if within(r, regions[0])]
                if len(inner) == 1:
                    ev.parties[inner[0]] = regions[0]
