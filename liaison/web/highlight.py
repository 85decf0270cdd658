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
from .queries import person_key, region_key, region_label

_ROLE_LABEL = {"secretary": "secretary", "deputy_secretary": "deputy secretary", "head": "head",
               "deputy_head": "deputy head", "standing_member": "standing member",
               "secretary_general": "secretary-general", "deputy_secretary_general": "deputy secretary-general",
               "other": "other"}
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_MON = "|".join(m.capitalize() + "|" + m.capitalize()[:3] + r"\.?" for m in _MONTHS)
_DATE_RES = [
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"), "ymd"),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)"), "ym"),
    (re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"), "md"),
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


def normalize_date(m: re.Match, how: str, year: str | None) -> str:
    y = None
    if how == "ymd":
        y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    elif how == "ym":
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    elif how == "md":
        mo, d = int(m.group(1)), int(m.group(2))
    elif how == "en_mdy":
        mo, d, y = _month(m.group(1)), int(m.group(2)), m.group(3)
    elif how == "en_dmy":
        d, mo, y = int(m.group(1)), _month(m.group(2)), m.group(3)
    else:
        return m.group(0)
    y = y or year
    return f"{y}-{mo:02d}-{d:02d}" if y else f"--{mo:02d}-{d:02d}"


def find_dates(text: str, published: str | None) -> list[Entity]:
    year = published[:4] if published and re.match(r"\d{4}", published) else None
    out = []
    for rx, how in _DATE_RES:
        for m in rx.finditer(text):
            try:
                value = normalize_date(m, how, year)
            except (StopIteration, ValueError):
                continue
            out.append(Entity(m.start(), m.end(), "date", f"date: {value}"))
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
    head = " · ".join(x for x in (name.get("zh"), name.get("en")) if x) or "?"
    lines = [f"person: {head}"]
    for pos in p.get("positions") or []:
        t = pos.get("title") or {}
        label = " / ".join(x for x in (t.get("zh"), t.get("en")) if x)
        region = region_label(pos.get("region"))
        lines.append(f"{_ROLE_LABEL.get(pos.get('role'), pos.get('role'))}, {pos.get('org_kind')}"
                     + (f", {region}" if region else "") + (f" — {label}" if label else ""))
    return "\n".join(lines)


def entities(text: str, record: dict, published: str | None = None, links: bool = True) -> list[Entity]:
    """Non-overlapping entities: people (from mentions) first, then regions, then dates; longer first."""
    n = len(text)
    cands: list[tuple[int, Entity]] = []
    for p in record.get("people") or []:
        key = person_key(p)
        for s, e in p.get("mentions") or []:
            if 0 <= s < e <= n:
                cands.append((0, Entity(s, e, "person", person_title(p), f"/person/{quote(key, safe='')}" if key and links else None)))
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
    return f"{e.get('id')}: {e.get('type')} ({date})"


def pieces(text: str, record: dict, published: str | None = None, links: bool = True) -> list[Piece]:
    """The text cut at every run, evidence and entity boundary; neighbours with equal looks are merged."""
    n = len(text)
    if not n:
        return []
    runs = language_runs(text)
    ents = entities(text, record, published, links)
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
