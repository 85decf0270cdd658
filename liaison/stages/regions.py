"""Regions: gazetteer matches in both languages, resolved by the article's context.

Assigns the ``regions`` layer (``Span.value`` is a ``Region``, or a tuple of
regions for a pair such as 津吉), the article's home regions by type
(``doc.meta["home"]``: the province / city the article is written from, which
implicit titles such as 市委书记 refer to), and ``suspect_translation`` flags for
English places that contradict the Chinese context (吉 → "Kyrgyzstan").
"""
from __future__ import annotations

import re
from collections import Counter

from ..doc import Doc, Span
from ..gazetteer import Gazetteer, RegionContext
from .base import stage


def region_type(r) -> set[str]:
    """The implicit-title types a region answers to: 'province', 'city', 'county', 'country'."""
    if r is None:
        return set()
    if getattr(r, "level", None) == 0:
        return {"sar", "country"} if getattr(r, "code", None) in ("HK", "MO") else {"country"}
    zh = r.zh or ""
    out = set()
    if r.level == 1:
        if getattr(r, "country", None) != "CN" or zh.endswith("省"):
            out.add("province")
        elif zh.endswith("自治区"):
            out.add("region")
        elif zh.endswith("市"):
            out.add("city")
        else:
            out.add("province")
    elif r.level == 2:
        out.add("city")
    elif r.level == 3:
        out.add("county")
        if zh.endswith("市"):
            out.add("city")
    return out


_HOME_CUE = re.compile(r"(来|到|抵|在|回)$")
_AWAY_CUE = re.compile(r"(赴|前往|访问|出访|去)$")


@stage("regions", requires=("text", "runs"), assigns=("regions", "home"))
def regions_stage(doc: Doc) -> None:
    """Region mentions (GB/T 2260, countries, foreign provinces), resolved in context; home regions; MT flags."""
    gaz = Gazetteer.default()
    matches = []
    for run in doc.runs:
        seg = doc.text[run.start:run.end]
        found = gaz.find_zh(seg) if run.value == "zh" else gaz.find_en(seg)
        for m in found:
            matches.append((run.start, m))
    ctx = RegionContext(gaz, [m for _, m in matches])
    spans: list[Span] = []
    counts: Counter = Counter()
    first: dict = {}
    for shift, m in matches:
        start, end = shift + m.start, shift + m.end
        if m.kind in ("pair", "group"):
            regions = tuple(r for r in m.candidates if r is not None)
            spans.append(Span(start, end, "region", regions))
            for r in regions:
                counts[r] += 1
                first.setdefault(r, start)
            continue
        r = gaz.resolve(m, ctx)
        if r is None:
            continue
        spans.append(Span(start, end, "region", r))
        w = 1.0
        before = doc.text[max(0, start - 2):start]
        if _HOME_CUE.search(before):
            w += 2.0
        if _AWAY_CUE.search(before):
            w -= 0.5
        counts[r] += w
        first.setdefault(r, start)
    spans, flags = _suspect_translations(doc, gaz, spans)
    doc.flags.extend(flags)
    for f in flags:
        for s in list(counts):
            if getattr(s, "en", None) == f["text"]:
                del counts[s]
    doc.set_layer("regions", spans)
    doc.meta["home"] = _homes(counts, first)
    doc.meta["home_cn"] = _homes(counts, first, cn_only=True)
    foreign = Counter({r: c for r, c in counts.items() if getattr(r, "country", None) not in ("CN", None)})
    doc.meta["home_foreign"] = _homes(foreign, first)
    doc.meta["region_counts"] = counts


def _homes(counts: Counter, first: dict, cn_only: bool = False) -> dict:
    homes = {}
    types = [(r, region_type(r)) for r in counts]  # once per region, not once per kind
    for kind in ("province", "region", "city", "county", "country", "sar"):
        cands = [r for r, ts in types if kind in ts]
        if cn_only:  # implicit Chinese titles (省委, 市长) refer to Chinese regions
            cands = [r for r in cands if getattr(r, "country", None) == "CN"] or cands
        if cands:
            homes[kind] = max(cands, key=lambda r: (counts[r], -first.get(r, 0)))
    return homes


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
    keep, flags = [], []
    for s in spans:
        surface = doc.text[s.start:s.end]
        abbr = confusions.get(surface)
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


def regions_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.layer("regions") if s.start >= start and s.end <= end]
