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
