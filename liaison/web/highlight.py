"""Cut an article's raw text into pieces for display: language runs, event evidence, entities.

Offsets come from the record (``people[].mentions``, ``events[].evidence``,
and any ``mentions`` a richer record or the store carries, each
``{"kind", "span", "value"}``). The record gives no offsets for regions and
dates, so those are found in the text: the names of the regions the record
names, and date expressions, normalized here the way SPEC.md writes dates.
The result is a flat list of pieces; the template escapes their text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from ..stages.segment import language_runs
from .labels import org_label, role_label, title_label, type_label
from .records import person_key, region_key, region_label

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_MON = "|".join(m.capitalize() + "|" + m.capitalize()[:3] + r"\.?" for m in _MONTHS)
_TOD = r"(?:\s*(?:上午|下午|晚上|晚间|傍晚|早上|早晨|中午|凌晨|晚))?"
_TO = r"\s*(?:至|到|—|–|-|~|～)\s*"
_DATE_RES = [
    (re.compile(rf"(\d{{4}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]?{_TO}(?:(\d{{1,2}})\s*月\s*)?(\d{{1,2}})\s*[日号]{_TOD}"),
     "ymd_range"),
    (re.compile(rf"(\d{{4}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]{_TOD}"), "ymd"),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)"), "ym"),
    (re.compile(rf"(?<![\d年])(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]?{_TO}(?:(\d{{1,2}})\s*月\s*)?(\d{{1,2}})\s*[日号]{_TOD}"),
     "md_range"),
    (re.compile(rf"(?<![\d年])(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]{_TOD}"), "md"),
    (re.compile(r"(?<![\d月年])(\d{1,2})\s*[日号](?=\s*(?:上午|下午|晚上|晚间|傍晚|早上|早晨|中午|凌晨|[，,、。在起至到]))"
                + _TOD), "d"),
    (re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"),
     "en_mdd"),
    (re.compile(rf"\b(\d{{1,2}})\s*(?:-|–|to)\s*(\d{{1,2}})\s+({_MON})(?:,?\s+(\d{{4}}))?\b"), "en_ddm"),
    (re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"), "en_mdy"),
    (re.compile(rf"\b(\d{{1,2}})\s+({_MON})(?:,?\s+(\d{{4}}))?\b"), "en_dmy"),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "iso"),
]
_SUFFIX = re.compile(r"(省|市|自治区|自治州|特别行政区|地区|县|区|盟)$")


@dataclass
class Entity:
    start: int
    end: int
    kind: str  # person | region | date
    title: str
    href: str | None = None


@dataclass
class Piece:
    text: str
    lang: str
    events: tuple[str, ...] = ()
    kind: str | None = None
    title: str | None = None
    href: str | None = None

    @property
    def classes(self) -> str:
        out = [f"lang-{self.lang}"]
        if self.events:
            out.append("ev")
        if self.kind:
            out.append(f"ent ent-{self.kind}")
        return " ".join(out)


def _month(name: str) -> int:
    key = name.rstrip(".").lower()
    return next(v for k, v in _MONTHS.items() if k.startswith(key))


def _iso(y, mo: int, d: int) -> str:
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        raise ValueError
    return f"{y}-{mo:02d}-{d:02d}" if y else f"--{mo:02d}-{d:02d}"


def normalize_date(m: re.Match, how: str, year: str | None, month: int | None = None) -> str:
    """The SPEC.md form of a matched date (a range as ``start to end``)."""
    g = m.groups()
    if how == "ymd":
        return _iso(g[0], int(g[1]), int(g[2]))
    if how == "ym":
        return f"{g[0]}-{int(g[1]):02d}"
    if how == "md":
        return _iso(year, int(g[0]), int(g[1]))
    if how == "ymd_range":
        mo2 = int(g[3]) if g[3] else int(g[1])
        return f"{_iso(g[0], int(g[1]), int(g[2]))} to {_iso(g[0], mo2, int(g[4]))}"
    if how == "md_range":
        mo2 = int(g[2]) if g[2] else int(g[0])
        return f"{_iso(year, int(g[0]), int(g[1]))} to {_iso(year, mo2, int(g[3]))}"
    if how == "d":
        if month is None:
            return f"day {int(g[0])} of a month the text gave before"
        return _iso(year, month, int(g[0]))
    if how == "en_mdd":
        mo, y = _month(g[0]), g[3] or year
        return f"{_iso(y, mo, int(g[1]))} to {_iso(y, mo, int(g[2]))}"
    if how == "en_ddm":
        mo, y = _month(g[2]), g[3] or year
        return f"{_iso(y, mo, int(g[0]))} to {_iso(y, mo, int(g[1]))}"
    if how == "en_mdy":
        return _iso(g[2] or year, _month(g[0]), int(g[1]))
    if how == "en_dmy":
        return _iso(g[2] or year, _month(g[1]), int(g[0]))
    return m.group(0)


def find_dates(text: str, published: str | None) -> list[Entity]:
    """Date expressions with their normalized value; a bare day (11日上午) takes the month of the last
    date with a month before it."""
    year = published[:4] if published and re.match(r"\d{4}", published) else None
    found = []
    for rx, how in _DATE_RES:
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), how, m))
    months = sorted((s, int(m.group(2)) if how in ("ymd", "ymd_range") else int(m.group(1)))
                    for s, e, how, m in found if how in ("ymd", "md", "ymd_range", "md_range"))
    out = []
    for s, e, how, m in found:
        month = next((mo for at, mo in reversed(months) if at < s), None)
        try:
            value = normalize_date(m, how, year, month)
        except (StopIteration, ValueError):
            continue
        out.append(Entity(s, e, "date", f"date: {value}"))
    return out


def _regions_of(record: dict) -> list[dict]:
    out = []
    for p in record.get("people") or []:
        out.extend(pos.get("region") for pos in p.get("positions") or [])
    for e in record.get("events") or []:
        out.extend([e.get("origin"), e.get("destination"), *(e.get("parties") or [])])
    for t in record.get("ties") or []:
        out.extend(t.get("regions") or [])
    seen, uniq = set(), []
    for r in out:
        k = region_key(r)
        if k and k not in seen:
            seen.add(k)
            uniq.append(r)
    return uniq


def find_regions(text: str, record: dict, links: bool = True) -> list[Entity]:
    out = []
    for r in _regions_of(record):
        name = r.get("name") or {}
        names = set()
        if name.get("zh"):
            names.add(name["zh"])
            short = _SUFFIX.sub("", name["zh"])
            if len(short) >= 2:
                names.add(short)
        if name.get("en") and len(name["en"]) >= 3:
            names.add(name["en"])
        tip = f"region: {region_label(r)}" + (f" [{r['code']}]" if r.get("code") else "")
        href = f"/region/{quote(region_key(r), safe='')}" if links else None
        for n in names:
            rx = re.escape(n) if not n.isascii() else rf"\b{re.escape(n)}\b"
            out.extend(Entity(m.start(), m.end(), "region", tip, href) for m in re.finditer(rx, text))
    return out


def person_title(p: dict) -> str:
    name = p.get("name") or {}
    head = " · ".join(x for x in (name.get("zh"), name.get("en")) if x) or "unnamed"
    lines = [f"person: {head}"]
    for pos in p.get("positions") or []:
        region = region_label(pos.get("region"))
        t = title_label(pos.get("title"), pos.get("role"), pos.get("org_kind"), (pos.get("region") or {}).get(
            "name", {}).get("en"))
        label = " / ".join(x for x in (t.get("zh"), t.get("en")) if x)
        lines.append(f"{role_label(pos.get('role'))}, {org_label(pos.get('org_kind'))}"
                     + (f", {region}" if region else "") + (f" — {label}" if label else ""))
    return "\n".join(lines)


def entities(text: str, record: dict, published: str | None = None, links: bool = True,
             person_links: dict | None = None) -> list[Entity]:
    """Non-overlapping entities: people (from mentions) first, then regions, then dates; longer first.
    ``person_links`` maps the record's person ids to resolved officials (their pages)."""
    n = len(text)
    cands: list[tuple[int, Entity]] = []
    for p in record.get("people") or []:
        key = (person_links or {}).get(p.get("id")) or person_key(p)
        href = f"/person/{quote(str(key), safe='')}" if key and links else None
        for s, e in p.get("mentions") or []:
            if 0 <= s < e <= n:
                cands.append((0, Entity(s, e, "person", person_title(p), href)))
    for m in record.get("mentions") or []:  # a richer record or the store may give more
        span, kind = m.get("span"), m.get("kind")
        if kind in ("region", "date") and span and 0 <= span[0] < span[1] <= n:
            cands.append((1, Entity(span[0], span[1], kind, f"{kind}: {m.get('value')}")))
    cands += [(2, x) for x in find_regions(text, record, links)]
    cands += [(3, x) for x in find_dates(text, published or (record.get("doc") or {}).get("published"))]
    cands.sort(key=lambda c: (c[0], -(c[1].end - c[1].start), c[1].start))
    taken = bytearray(n)
    out = []
    for _, ent in cands:
        if any(taken[ent.start:ent.end]):
            continue
        taken[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
        out.append(ent)
    return sorted(out, key=lambda x: x.start)


def event_label(e: dict) -> str:
    date = (e.get("date") or {}).get("start") or "no date"
    return f"{e.get('id')}: {type_label(e.get('type'))} ({date})"


def pieces(text: str, record: dict, published: str | None = None, links: bool = True,
           person_links: dict | None = None) -> list[Piece]:
    """The text cut at every run, evidence and entity boundary; neighbours with equal looks are merged."""
    n = len(text)
    if not n:
        return []
    runs = language_runs(text)
    ents = entities(text, record, published, links, person_links)
    evs = []
    for e in record.get("events") or []:
        for s, t in e.get("evidence") or []:
            if 0 <= s < t <= n:
                evs.append((s, t, e))
    cuts = {0, n}
    for r in runs:
        cuts.update((r.start, r.end))
    for s, t, _ in evs:
        cuts.update((s, t))
    for x in ents:
        cuts.update((x.start, x.end))
    bounds = sorted(c for c in cuts if 0 <= c <= n)
    out: list[Piece] = []
    ri = ei = 0
    for a, b in zip(bounds, bounds[1:]):
        while ri < len(runs) - 1 and runs[ri].end <= a:
            ri += 1
        while ei < len(ents) and ents[ei].end <= a:
            ei += 1
        ent = ents[ei] if ei < len(ents) and ents[ei].start <= a < ents[ei].end else None
        ev_here = tuple(dict.fromkeys(e.get("id") for s, t, e in evs if s <= a < t))
        piece = Piece(text[a:b], runs[ri].value if runs else "und", ev_here)
        if ent:
            piece.kind, piece.title, piece.href = ent.kind, ent.title, ent.href
        elif ev_here:
            piece.title = "\n".join(event_label(e) for s, t, e in evs if s <= a < t)
        last = out[-1] if out else None
        if last and (last.lang, last.events, last.kind, last.title, last.href) == \
                (piece.lang, piece.events, piece.kind, piece.title, piece.href) and not piece.kind:
            last.text += piece.text
        else:
            out.append(piece)
    return out


def run_summary(text: str) -> list[dict]:
    """The language runs of the text as ``{start, end, lang, preview}``."""
    return [{"start": r.start, "end": r.end, "lang": r.value, "chars": r.end - r.start,
             "preview": text[r.start:r.end][:40]} for r in language_runs(text)]


def passages(text: str, record: dict, spans: list, published: str | None = None) -> list[list[Piece]]:
    """The evidence ``spans`` of one event as highlighted passages (people, regions and dates marked)."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out = []
    for s, e in merged[:20]:
        sub = text[s:e]
        shifted = {**record, "events": [], "people": [
            {**p, "mentions": [[a - s, b - s] for a, b in p.get("mentions") or [] if s <= a < b <= e]}
            for p in record.get("people") or []]}
        pieces_ = pieces(sub, shifted, published)
        out.append(pieces_)
    return out
