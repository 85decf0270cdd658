"""Agreements: one event per document signed.

Chinese signing sentences are read clause by clause (A与B签署X，C与D签署Y is two
signings). A document's title is the 《…》 or quoted name, or the document
phrase itself when it names more than type words (两地旅游合作框架协议 yes,
战略合作框架协议 no). The same document phrase in another sentence is the same
signing; unnamed signings in one clause are one event.
"""
from __future__ import annotations

import re

from ..doc import Event
from .common import same as _same
from .frames import (DOC_EN, DOC_ZH, PLAN, SIGN_EN, SIGN_ZH, ZhFast, _role_assignments, _stext, _two_parties, fields_for,
                     fields_in)

TITLE_ZH = re.compile(r"《([^》]{4,80})》|“([^”]{4,60}(?:协议|协议书|备忘录|协定|合同|意向书|计划|方案))”")
TITLE_EN = re.compile(r"\b(?:signed|sign|signing)\s+(?:the|a|an)?\s*((?:[A-Z][\w'’\-]*|of|on|and|for|the|in|between|to)"
                      r"(?:\s+(?:[A-Z][\w'’\-]*|of|on|and|for|the|in|between|to))*\s+(?:Agreement|Memorandum|Accord|MOU|MoU)"
                      r"(?:\s+(?:of|on|for|between)(?:\s+(?:[A-Z][\w'’\-]*|of|on|and|for|the|in|between|to|Municipal|People's))+)?)")
TITLE_EN2 = re.compile(r"\b((?:Framework |Strategic |Cooperation |Friendship |Sister[- ]\w+ )*(?:Agreement|Memorandum of Understanding|Memorandum)"
                       r"(?:\s+(?:of|on|for|between)(?:\s+(?:[A-Z][\w'’\-]*|of|on|and|for|the|in|between|to))+))")
DOC_PHRASE_ZH = re.compile(r"(?:签署|签订|签约|签下)了?(?:关于)?([^,，。;；、]{2,40}?(?:协议书|协议|备忘录|协定|合同|意向书|计划|议定书))")
GENERIC_ZH = re.compile(r"(两市|两省|两区|两县|两国|双边|两省区|两省市|缔结|建立|友好城市|友好省州|友城|关系|战略|全面|合作|框架|协议书|协议|备忘录|意向书|协定|合同|"
                        r"的|项目|工作|相关|有关|专项|多项|多个|一批|系列|两地|双方|对口|深化|共同|发展|行动|计划|领域|方面|专项)")
CLAUSE_SPLIT = re.compile(r"[,，;；]")
_WITNESS = ZhFast(re.compile(r"(见证|witness)", re.I))


def _title_from_phrase(phrase: str) -> str | None:
    if re.search(r"(等|多项|各项|\d+项|[一二三四五六七八九十几]+项|系列)", phrase):
        return None  # a batch of documents, not one named document
    rest = GENERIC_ZH.sub("", phrase)
    return phrase if len(rest) >= 2 else None


def _clauses(text: str, zh: bool) -> list[tuple[int, int]]:
    """Signing segments: each runs from the end of the previous one to the clause end after its sign verb."""
    if not zh:
        return [(0, len(text))]
    out, start = [], 0
    for m in SIGN_ZH.finditer(text):
        if m.start() < start:
            continue
        nxt = CLAUSE_SPLIT.search(text, m.end())
        end = nxt.start() if nxt else len(text)
        out.append((start, end))
        start = end + 1
    return out


def find_agreements(ctx, visits: list[Event], meetings: list[Event]) -> list[Event]:
    doc = ctx.doc
    agreements: list[Event] = []
    by_phrase: dict[str, Event] = {}
    pending: list = []  # signing clauses naming no document (签约仪式): joined to an agreement found elsewhere
    for sent in doc.sentences:
        text = _stext(ctx, sent)
        zh = sent.value == "zh"
        pairs = _pair_list(ctx, sent, text) if zh else []
        if pairs:
            # 新缔结的5对友好城市分别为A与B、C与D…: one agreement per pair
            date = ctx.date_in(sent.start, sent.end) or ctx.date_before(sent.start)
            for a, b in pairs:
                ev = Event(id="", type="agreement", parties=[a, b], evidence=[(sent.start, sent.end)])
                if date:
                    ev.start, ev.end = date
                agreements.append(ev)
            continue
        witnessing = bool(_WITNESS.search(text))
        if not (SIGN_ZH if zh else SIGN_EN).search(text) or not ((DOC_ZH if zh else DOC_EN).search(text) or witnessing):
            continue
        roles = [(pid, r) for pid, r, _o in _role_assignments(ctx, sent) if r in ("signatory", "witness")]
        date = ctx.date_in(sent.start, sent.end)
        sent_regions = [r for _s, _e, r in ctx.regions_in(sent.start, sent.end)]
        sent_events: list[Event] = []
        for cs, ce in _clauses(text, zh):
            clause = text[cs:ce]
            sm = (SIGN_ZH if zh else SIGN_EN).search(clause)
            if not sm or PLAN.search(clause[:sm.start() + 2]):
                continue
            abs_s, abs_e = sent.start + cs, sent.start + ce
            witness_only = bool(re.search(r"(见证|witness)", clause[max(0, sm.start() - 14):sm.start()], re.I))
            if witness_only and not agreements and not sent_events:
                continue
            if witness_only and agreements:
                ev = sent_events[-1] if sent_events else agreements[-1]
                for pid, r in roles:
                    ev.add_participant(pid, r)
                continue
            title, phrase = _title(clause, zh)
            if phrase is None and not (DOC_ZH if zh else DOC_EN).search(clause):
                continue
            key = re.sub(r"书$", "", title or phrase or "")  # 协议书 and 协议 name the same document
            if not key and zh:
                pending.append((sent, roles, date))
                continue
            ev = by_phrase.get(key) if key and not any(by_phrase.get(key) is e for e in sent_events) else None
            if ev is None and not key and sent_events:
                ev = sent_events[-1]
            if ev is None and not key and not zh:
                # English retellings of one unnamed signing ("signed an MOU … He signed the agreement with …")
                ev = next((a for a in reversed(agreements) if not (a.title_zh or a.title_en)), None)
            if ev is None:
                ev = Event(id="", type="agreement")
                if title:
                    if re.search(r"[\u4e00-\u9fff]", title):
                        ev.title_zh = title
                    else:
                        ev.title_en = title
                agreements.append(ev)
                if key:
                    by_phrase[key] = ev
            sent_events.append(ev)
            if phrase:
                ev.fields.extend(f for f in fields_in(phrase) if f not in ev.fields)
            if zh and "部门" in clause:  # 工信、商务、文旅等部门签署…: the departments name the fields
                ev.fields.extend(f for f in fields_in(clause[:clause.find("部门")]) if f not in ev.fields)
            ev.evidence.append((sent.start, sent.end))
            if date and not ev.start:
                ev.start, ev.end = date
            if title and title in clause:
                ts = abs_s + clause.find(title)
                clause_regions = _two_parties([r for _s, _e, r in ctx.regions_in(ts, ts + len(title))])
                if len(clause_regions) < 2:
                    clause_regions = _two_parties([r for _s, _e, r in ctx.regions_in(abs_s, abs_e)])
            else:
                clause_regions = _two_parties([r for _s, _e, r in ctx.regions_in(abs_s, abs_e)])
            if len(ev.parties) < 2 and len(clause_regions) >= 2:
                ev.parties = clause_regions
            clause_pids = {pid for _s, _e, pid in ctx.persons_in(abs_s, abs_e)}
            for pid, r in roles:
                if not zh or pid in clause_pids or len(sent_events) == 1:
                    ev.add_participant(pid, r)
        for ev in sent_events:
            if len(ev.parties) < 2:
                signer_regions = [ctx.person_region(p.person) for p in ev.participants if p.role == "signatory"]
                cand = _two_parties([r for r in signer_regions if r is not None]) or _two_parties(sent_regions)
                if len(cand) >= 2:
                    ev.parties = cand
    _merge_generic(agreements, by_phrase)
    for sent, roles, date in pending:
        if not agreements:
            agreements.append(Event(id="", type="agreement"))
        ev = agreements[0]
        ev.evidence.append((sent.start, sent.end))
        if date and not ev.start:
            ev.start, ev.end = date
        for pid, r in roles:
            ev.add_participant(pid, r)
    _fill_from_context(agreements, visits, meetings)
    _align_parties(agreements, visits, meetings)
    for ev in agreements:
        if not ev.start and ev.evidence:
            d = next((x for x in (ctx.date_before(a) for a, _b in sorted(ev.evidence)) if x), None)
            if d:
                ev.start, ev.end = d
    fields_for(ctx, agreements, agreement=True)
    return agreements


def _title(clause: str, zh: bool) -> tuple[str | None, str | None]:
    """(title, document phrase) of one signing clause."""
    if zh:
        m = TITLE_ZH.search(clause)
        if m:
            t = m.group(1) or m.group(2)
            return t, t
        pm = DOC_PHRASE_ZH.search(clause)
        if pm:
            phrase = re.sub(r"^(了|关于)", "", pm.group(1))
            return _title_from_phrase(phrase), phrase
        return None, None
    for rx in (TITLE_EN, TITLE_EN2):
        mt = rx.search(clause)
        if mt and len(mt.group(1).split()) >= 4:
            t = mt.group(1).strip()
            return t, t
    return None, None


def _fill_from_context(agreements: list[Event], visits: list[Event], meetings: list[Event]) -> None:
    visit = visits[0] if visits else None
    meeting = meetings[0] if meetings else None
    for ev in agreements:
        if len(ev.parties) < 2:
            if visit is not None:
                ev.parties = [visit.origin, visit.destination]
            elif meeting is not None and len(meeting.parties) >= 2:
                ev.parties = list(meeting.parties)
        if not ev.start:
            src = meeting if meeting is not None and meeting.start else visit
            if src is not None and src.start:
                ev.start, ev.end = src.start, src.end
    # parties listed once per region
    for ev in agreements:
        uniq = []
        for r in ev.parties:
            if r is not None and not any(_same(r, u) for u in uniq):
                uniq.append(r)
        ev.parties = uniq


def _align_parties(agreements: list[Event], visits: list[Event], meetings: list[Event]) -> None:
    """Map a signing's regions (衢州市 for a company of 衢州) onto the sides of the exchange (衢江区)."""
    from .common import within

    main = None
    for src in ([a.parties for a in agreements if a.participants] + [m.parties for m in meetings]
                + [[v.origin, v.destination] for v in visits]):
        if len(src) >= 2:
            main = src
            break
    if not main:
        return
    for ev in agreements:
        mapped = []
        for r in ev.parties:
            m = next((x for x in main if within(r, x) or within(x, r)), None)
            mapped.append(m)
        if all(m is not None for m in mapped) and len({id(m) for m in mapped}) >= 2:
            ev.parties = list(dict.fromkeys(mapped))


def _merge_generic(agreements: list[Event], by_phrase: dict[str, Event]) -> None:
    """An untitled 战略合作框架协议 that ends a titled 经济社会发展战略合作框架协议 is that document."""
    titled = [a for a in agreements if a.title_zh]
    for phrase, ev in list(by_phrase.items()):
        if ev.title_zh or ev.title_en:
            continue
        host = next((t for t in titled if t is not ev and t.title_zh.endswith(phrase)), None)
        if host is None:
            continue
        host.evidence.extend(ev.evidence)
        for p in ev.participants:
            host.add_participant(p.person, p.role)
        if not host.start:
            host.start, host.end = ev.start, ev.end
        if ev in agreements:
            agreements.remove(ev)


def _pair_list(ctx, sent, text: str) -> list[tuple]:
    """Pairs listed after 分别为/分别是 in a sentence about documents signed or ties formed."""
    m = re.search(r"(分别为|分别是)[:：]?", text)
    if not m or not re.search(r"(友好城市|友城|友好省|缔结|签署|签订|协议)", text[:m.start()]):
        return []
    pairs = []
    pos = sent.start + m.end()
    for item in re.split(r"[、;；]", text[m.end():]):
        item_start = pos
        pos += len(item) + 1
        if "与" not in item and "和" not in item:
            continue
        cut = item_start + max(item.find("与"), item.find("和"))
        left = [r for _s, _e, r in ctx.regions_in(item_start, cut)]
        right = [r for _s, _e, r in ctx.regions_in(cut, item_start + len(item))]
        if left and right and not _same(left[-1], right[-1]):
            pairs.append((left[-1], right[-1]))
    return pairs if len(pairs) >= 2 else []
