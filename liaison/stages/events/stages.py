"""The event stages after ``frames``: events → roles → event_dates → fields → links.

Each stage finishes what the one before assigned, for both the events read from frames
(``assemble``, English sentences) and those of the Chinese rules (``liaison.lang.zh``, which read
a view of the article holding its Chinese sentences only); each can be left out of a pipeline
(without ``fields``, events carry none) and is tested alone.
"""
from __future__ import annotations

import copy
import dataclasses

from ... import lang
from ...doc import Doc, Span
from ..base import stage
from ..segment import cell_cuts
import re

from ...places import code as _code, same as _same, within as _within
from . import english as EN
from .assemble import two_sides
from .context import Ctx, context
from .lists import ceremony_witnesses, signing_rows, witnesses_of_the_ceremony
from .groups import assign_group_regions, host_sides, rehome_hosts

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# a word-list entry: an English phrase and its Chinese (or the other way round) around a colon or a dash
_GLOSS = re.compile(r"^(?:[A-Za-z][A-Za-z .,'’()/-]*\s*[:：=—–-]\s*[\u4e00-\u9fff][^A-Za-z]*"
                    r"|[\u4e00-\u9fff][^A-Za-z:：]*\s*[:：=—–-]\s*[A-Za-z][A-Za-z .,'’()/-]*)$")
_IN = ("text", "sentences", "regions", "people", "dates")


def _own(doc: Doc) -> tuple:
    """(the Chinese rules' parts or None, the events read from frames that no Chinese event absorbed)."""
    ctx = context(doc)
    zh = getattr(ctx, "zh_parts", None)
    zh_events = {id(e) for e in (zh.events if zh else [])}
    return ctx, zh, [e for e in doc.events if id(e) not in zh_events]


def _zh_verb_in_english():
    """A Chinese event verb (签署, 会见, 率, 赴, 考察…) in its Han run: an English sentence of a mixed page
    whose verb machine translation left in Chinese ("Hunan Province 与 Vientiane 签署了友好合作协议")."""
    global _ZH_VERB
    if _ZH_VERB is None:
        from ...lang.zh import lexicon as L
        _ZH_VERB = re.compile(L.words(L.triggers(("lead", "go", "arrive", "reception", "talks", "sign", "tour"))))
    return _ZH_VERB


_ZH_VERB = None


def _view(doc: Doc, code: str) -> Ctx | None:
    """A context over the article with only its sentences in language ``code`` (None without any). The Chinese
    view also holds the English sentences whose event verb is Chinese (the parse reads no verb there)."""
    view = copy.copy(doc)
    view.spans = dict(doc.spans)
    text = doc.text
    read = [f.start for f in doc.layer("frames")] if code == "zh" else []
    view.spans["sentences"] = [s for s in doc.sentences if s.value == code or (
        code == "zh" and s.value == "en" and _HAN.search(text, s.start, s.end)
        and not any(s.start <= a < s.end for a in read)
        and _zh_verb_in_english().search(text, s.start, s.end))]
    if code == "zh":
        view.spans["sentences"] = sorted(view.spans["sentences"] + _zh_clauses_in_english(doc, read),
                                         key=lambda s: s.start)
    return Ctx(view) if view.spans["sentences"] else None


# a sentence opening with a name and a verb of speech in Chinese, the words said in English (甲表示：“Our …”)
_SPEAKS_ON_IN_ENGLISH = re.compile(r"[\u4e00-\u9fff·]{2,16}?(?:表示|说|指出|强调|介绍|称|认为)\s*[:：，,]?\s*[“\"]?\s*")


def _zh_clauses_in_english(doc: Doc, read: list[int]) -> list[Span]:
    """A mixed page's sentence that opens with a whole Chinese clause and goes on in English (5月10日，甲率团访问昆明，
    Yunnan Party Secretary Wang Ning met with the delegation.): the parse reads the English, the Chinese rules
    the clause — a sentence of its own for them when it tells an event."""
    import bisect

    out = []
    text = doc.text
    reads = sorted(read)
    starts = [s.start for s in doc.sentences]

    def has_read(a: int, b: int) -> bool:
        k = bisect.bisect_left(reads, a)
        return k < len(reads) and reads[k] < b

    for run in doc.runs:
        if run.value != "zh":
            continue
        for s in doc.sentences[max(0, bisect.bisect_right(starts, run.start) - 1):bisect.bisect_left(starts, run.end)]:
            # 甲表示：“Our region …”: a sentence whose speaker and verb of speech are Chinese, the words English
            if s.value == "en" and run.start <= s.start < run.end < s.end and _SPEAKS_ON_IN_ENGLISH.fullmatch(
                    text, s.start, run.end):
                out.append(Span(s.start, run.end, s.label, "zh"))
        k = bisect.bisect_right(starts, run.start) - 1
        if k < 0:
            continue
        s = doc.sentences[k]
        if s.value != "en" or run.end >= s.end or not has_read(s.start, s.end) or has_read(run.start, run.end):
            continue
        clause = text[run.start:run.end].rstrip()
        if len(_HAN.findall(clause)) >= 10 and clause[-1:] in "，,；;" and _zh_verb_in_english().search(clause):
            out.append(Span(run.start, run.end, s.label, "zh"))
    return out


@stage("events", requires=_IN + ("frames",), assigns=("events",))
def events_stage(doc: Doc) -> None:
    """One event per occurrence: frames assembled, the Chinese rules' events, and signings listed a row each."""
    ctx = context(doc)
    assign_group_regions(ctx)  # 吉林省领导甲、乙: the listed people act for that region
    zctx = _view(doc, "zh")
    zh = lang.get("zh").assemble(zctx) if zctx is not None else None
    ctx.zh_parts = zh
    zh_events = zh.events if zh else []
    # both lists stay apart until links merges a passage told in both languages (their sides complete then)
    doc.events = zh_events + EN.english_events(ctx, zh_events)
    events = list(doc.events)
    rows = signing_rows(ctx, events)  # 签约项目 / "Signed Projects" and a row per document
    if zh is not None:  # (a ceremony the rows are, told before them, is gone from the Chinese rules' parts too)
        for part in (zh.agreements,):
            part[:] = [e for e in part if e in events]
    doc.events = events + rows


@stage("roles", requires=("events", "role_verbs"), assigns=("participants",))
def roles_stage(doc: Doc) -> None:
    """Speakers, presiders, attendees, witnesses and hosts from the role verbs, on the event each verb's
    clause tells; a host whose bare title was guessed to be the page's own place gets the event's side of that
    level instead (市委书记 on a third city's page)."""
    ctx, zh, own = _own(doc)
    if zh is not None:
        lang.get("zh").roles(zh)
    EN.distribute_roles(ctx, doc.events, own)
    _addressees_attend(ctx, doc.events)
    rehome_hosts(ctx, doc.events)
    ceremony_witnesses(ctx, doc.events)
    witnesses_of_the_ceremony(ctx, doc.events)


def _addressees_attend(ctx, events: list) -> None:
    """The people a speech opens by addressing (尊敬的甲州长，…; "Governor X of Y, …, Ladies and gentlemen,") attend
    the meeting the speech tells next ("It gives me great pleasure to attend the … Forum")."""
    text = ctx.doc.text
    block: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(_paragraphs(text[:3000])[:6]):  # (the opening lines only)
        line = text[a:b].strip()
        code = "zh" if _HAN.search(line) else "en"  # (the line's own language: no other module is loaded)
        if lang.get(code).salutation.fullmatch(line):
            block.append((a, b))
        elif block or k >= 2:
            break  # (a headline may stand before it)
    if not block:
        return
    people = [pid for a, b in block for _s, _e, pid in ctx.persons_in(a, b)]
    end = block[-1][1]
    after = [e for e in events if e.type == "meeting" and e.evidence
             and end <= min(s for s, _t in e.evidence) <= end + 800]
    if not people or not after:
        return
    target = min(after, key=lambda e: min(s for s, _t in e.evidence))
    for pid in people:
        if not any(p.person == pid for p in target.participants):
            target.add_participant(pid, "attendee")


@stage("event_dates", requires=("events", "dates"), assigns=("event_dates",))
def event_dates_stage(doc: Doc) -> None:
    """Dates for events their own sentences leave undated (a signing at a dated meeting, a meeting after a
    dated line)."""
    _ctx, zh, own = _own(doc)
    if zh is not None:
        lang.get("zh").dates(zh)
    EN.fill_dates(own)
    _dated_headings(doc, (zh.events if zh is not None else []) + own)


def _dated_headings(doc: Doc, events: list) -> None:
    """A bulletin of dated entries ("9 October" on a line of its own, then what happened): an event its own
    sentences leave undated takes the day of the heading over its paragraph (two such headings or more)."""
    text = doc.text
    heads = []
    for a, b in _paragraphs(text):
        line = text[a:b].strip()
        if not line or len(line) > 24:
            continue
        lo = a + (len(text[a:b]) - len(text[a:b].lstrip()))
        for d in doc.layer("dates"):
            if d.value and d.value[0] and d.start <= lo and d.end >= lo + len(line) - 1:
                heads.append((a, d.value))
                break
    if len(heads) < 2:
        return
    for e in events:
        if e.start or not e.evidence:
            continue
        first = min(x for x, _y in e.evidence)
        last = max(x for x, _y in e.evidence)
        before = [h for h in heads if h[0] <= first]
        if not before or any(first < h[0] <= last for h in heads):
            continue  # (told under two headings: no one day)
        e.start, e.end = before[-1][1][0], before[-1][1][1] or before[-1][1][0]


@stage("fields", requires=("events", "sentences"), assigns=("fields",))
def fields_stage(doc: Doc) -> None:
    """Fields of cooperation named for each meeting and agreement (data/fields.tsv)."""
    ctx, zh, own = _own(doc)
    if zh is not None:
        lang.get("zh").fields(zh)
    listed = getattr(ctx, "listed", set())
    EN.english_fields(ctx, [e for e in own if id(e) not in listed])


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` with words on them; a row of two cells in two scripts ("中文 | English") is two."""
    out, pos = [], 0
    cuts = cell_cuts(text)
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        for c in [c for c in cuts if a < c < b] + [b]:
            if text[a:c].strip():
                out.append((a, c))
            a = c
    return out


def _signature(ctx, a: int, b: int) -> set:
    """What a paragraph names, in either script: its people, places and dates."""
    sig = {("p", pid) for _s, _e, pid in ctx.persons_in(a, b)}
    sig |= {("r", _code(r) or getattr(r, "name", None) or str(r)) for _s, _e, r in ctx.regions_in(a, b)}
    sig |= {("d", s.value) for s in ctx.doc.layer("dates") if a <= s.start < b and s.value and s.value[0]}
    return sig


def translated_paragraphs(ctx) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(English paragraph, the Chinese paragraph it translates) on a bilingual page (中文段落 then its English
    version, or the other way round): next to each other, about two to six Latin letters per Han character,
    and naming mostly the same people, places and dates."""
    text = ctx.doc.text
    paras = [(a, b) for a, b in _paragraphs(text)
             if len(_HAN.findall(text[a:b])) + len(_LATIN.findall(text[a:b])) >= 20]
    out = []
    for k, (a, b) in enumerate(paras):
        en = len(_LATIN.findall(text[a:b]))
        if en < 2 * len(_HAN.findall(text[a:b])):
            continue
        sig = _signature(ctx, a, b)
        for j in (k - 1, k + 1):
            if not 0 <= j < len(paras):
                continue
            za, zb = paras[j]
            zh = len(_HAN.findall(text[za:zb]))
            if zh < 2 * len(_LATIN.findall(text[za:zb])) or not 1.8 * zh <= en <= 6 * zh:
                continue
            zsig = _signature(ctx, za, zb)
            common = sig & zsig
            # a foreigner named in characters in one and in letters in the other is one person the name match
            # missed (佐藤健一, Kenichi Sato): one person named in one only on each side counts once
            alone = min(sum(1 for x in sig - zsig if x[0] == "p"), sum(1 for x in zsig - sig if x[0] == "p"))
            if len(common) >= 2 and len(common) >= 0.5 * (len(sig | zsig) - alone):
                out.append(((a, b), (za, zb)))
                break
    return out


def _in_two_halves(text: str) -> bool:
    """A page told once in Chinese and once in English, each in a block of its own paragraphs (at most one
    switch of script between story paragraphs, a headline aside), each block of some length."""
    scripts = []
    han = latin = 0
    for a, b in _paragraphs(text):
        h, l_ = len(_HAN.findall(text[a:b])), len(_LATIN.findall(text[a:b]))
        if h + l_ < 40:
            continue  # (a headline, a dateline, a footer)
        scripts.append("zh" if h * 3 >= l_ else "en")
        han, latin = han + h, latin + l_
    switches = sum(1 for x, y in zip(scripts, scripts[1:]) if x != y)
    return switches == 1 and han >= 150 and latin >= 450


def _glossary_line(text: str, s: int, t: int) -> bool:
    """A short line of a bilingual page's word list ("signing ceremony:签字仪式"), no sentence of the story."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", t)
    line = text[a:b if b >= 0 else len(text)]
    return len(_LATIN.findall(line)) + 2 * len(_HAN.findall(line)) < 60 and _GLOSS.match(line.strip()) is not None


def _story_evidence(text: str, e) -> bool:
    """Drop the word-list lines from an event's evidence; False when nothing else tells it (sign a memorandum:签署
    备忘录 is a phrase taught, no signing)."""
    if not e.evidence:
        return True
    kept = [(s, t) for s, t in e.evidence if not _glossary_line(text, s, t)]
    e.evidence = kept
    return bool(kept)


def _told_in(ev, span) -> bool:
    return any(span[0] <= s and t <= span[1] for s, t in ev.evidence)


def _translations(ctx, zh_events: list, own: list, pairs: list | None = None) -> list:
    """English events told only in paragraphs translating Chinese ones (the Chinese rules read the original).
    One with no Chinese twin of its sides joins the Chinese event of its kind told in the original paragraph
    (the translation garbled a side: "Kyrgyzstan" for 吉), unless the two are dated apart; one of a kind the
    original tells nowhere is the translation's misreading, and goes."""
    if pairs is None:
        pairs = translated_paragraphs(ctx) if own else []
    if not pairs:
        return own
    keep = []
    named: dict[int, str] = {}  # Chinese agreement → the English document's title it took in
    for e in own:
        sources = [z for en, z in pairs if _told_in(e, en)]
        told = [(s, t) for s, t in e.evidence if not _glossary_line(ctx.doc.text, s, t)]
        only = bool(told) and all(any(en[0] <= s and t <= en[1] for en, _z in pairs) for s, t in told)
        if not only or any(z.type == e.type and EN._same_sides(z, e) for z in zh_events) \
                or getattr(e, "_envoys", False):  # (envoys' trips: the Chinese rules read none, 外交官开始访问)
            keep.append(e)
            continue
        same_kind = [z for z in zh_events if z.type == e.type and any(_told_in(z, span) for span in sources)]
        if e.start:
            # the original states the English event's date: the Chinese event told in that sentence is its twin
            dated = {(t.start, t.end) for span in sources for t in ctx.doc.sentences
                     if span[0] <= t.start and t.end <= span[1] and any(
                         t.start <= d.start < t.end and d.value and d.value[0] == e.start for d in ctx.doc.layer("dates"))}
            if dated:
                same_kind = [z for z in same_kind if set(z.evidence) & dated]
        host = next((z for z in same_kind if not (z.start and e.start and z.start != e.start)), None)
        if host is not None and e.type == "agreement" and e.title_en:
            # documents the translation names one by one are each a signing: one per Chinese event
            key = e.title_en.lower()
            host = next((z for z in same_kind if named.get(id(z), key) == key
                         and not (z.start and e.start and z.start != e.start)), None)
            if host is None:
                keep.append(e)
                continue
            named[id(host)] = key
        if host is not None:
            host.evidence.extend(x for x in e.evidence if x not in host.evidence)
            for p in e.participants:  # (one person in two scripts is one person by now)
                if not any(q.person == p.person for q in host.participants):
                    host.add_participant(p.person, p.role)
            continue
        if same_kind or (e.start and any(z.type == e.type for z in zh_events)):
            keep.append(e)  # dated apart from what the original tells: an event of its own
    return keep


def _offices(p) -> frozenset:
    """A person's offices as (role, body, region), any region abroad with no code alike (河广县 read in characters
    and "Ha Quang District" in letters are two region objects, one place)."""
    return frozenset((x.role, x.org_kind, None if x.region is None else x.region.code or (
        "abroad" if getattr(x.region, "country", None) != "CN" else _code(x.region))) for x in p.positions)


def _one_person_per_script(doc: Doc, pairs: list, events: list) -> None:
    """A bilingual page names a foreigner twice, in characters in the original (贾伯, 马塞洛) and in Latin letters in
    its translation, and the two forms share nothing a name match sees: one person when, in a paragraph and its
    translation, they are the only ones holding the same offices, each named in one script only."""
    if not pairs:
        return
    text = doc.text

    def script(p) -> str | None:
        kinds = {("zh" if _HAN.search(text[a:b]) else "en") for a, b in p.mentions}
        return next(iter(kinds)) if len(kinds) == 1 else None

    def inside(p, span) -> bool:
        return any(span[0] <= a and b <= span[1] for a, b in p.mentions)

    drop: dict[str, str] = {}
    for en_span, zh_span in pairs:
        zh_people = [p for p in doc.people if p.positions and script(p) == "zh" and inside(p, zh_span)]
        en_people = [p for p in doc.people if p.positions and script(p) == "en" and inside(p, en_span)
                     and not p.zh]
        for a in zh_people:
            sig = _offices(a)
            twins = [b for b in en_people if _offices(b) == sig]
            rivals = [c for c in zh_people if _offices(c) == sig]
            if len(twins) == 1 and len(rivals) == 1 and twins[0].id not in drop and a.id not in drop.values():
                drop[twins[0].id] = a.id
    if not drop:
        return
    keep = {p.id: p for p in doc.people}
    for old, new in drop.items():
        a, b = keep[new], keep[old]
        a.en = b.en  # the name as the translation writes it, not a transcription of the characters
        a.mentions = sorted(set(a.mentions) | set(b.mentions))
        if a.region is None:
            a.region = b.region
    doc.people = [p for p in doc.people if p.id not in drop]
    for e in events:
        parts = list(e.participants)
        e.participants = []
        for p in parts:
            e.add_participant(drop.get(p.person, p.person), p.role)


def _sides_from_other_script(zh_events: list, own: list) -> None:
    """A mixed page telling the trip in English ("Mayor X led a delegation to Ningbo") and the meeting or signing in
    Chinese (市委书记甲会见了代表团一行。双方签署了…): a Chinese meeting or signing naming fewer than two sides, on a
    page whose Chinese tells no trip, takes the sides of the trip the English tells, as a trip told in Chinese
    gives its own (``lang/zh/meetings``)."""
    if any(e.type == "visit" for e in zh_events):
        return
    trips = [e for e in own if e.type == "visit" and e.origin is not None and e.destination is not None]
    if not trips:
        return
    v = trips[0]
    for e in zh_events:
        if e.type not in ("meeting", "agreement") or len(e.parties) >= 2:
            continue
        named = [r for r in e.parties if r is not None]
        if all(_same(r, v.origin) or _same(r, v.destination) or _within(r, v.destination) or _within(r, v.origin)
               for r in named):
            e.parties = [v.origin, v.destination]


# what joins two dates of one telling: "in 2015 and 2018", "in 2015 and again in 2018", 2015年和2018年
_DATE_AND = re.compile(r"\s*(?:,\s*)?(?:and|&|和|与|及|以及|、)\s*(?:again\s+)?(?:in\s+|on\s+)?$", re.I)


def _one_visit_per_date(doc: Doc, events: list) -> list:
    """A trip told with coordinated years or months ("visited Chengdu in 2015 and 2018", 曾于2015年和2018年访问成都)
    is one visit per date: the assembly dated it by the first."""
    spans = [s for s in doc.layer("dates") if s.value and s.value[0]]
    out = []
    for e in events:
        out.append(e)
        if e.type != "visit" or not e.start or len(e.start) > 7:
            continue  # (years or months: "visited X on May 10 and 12" may be one trip's two days)
        found = next(((here, k) for lo, hi in e.evidence
                      for here in [[s for s in spans if lo <= s.start and s.end <= hi]]
                      for k, s in enumerate(here) if s.value[0] == e.start), None)
        if found is None:
            continue
        here, k = found
        chain = [here[k]]
        for s in here[k + 1:]:
            if not _DATE_AND.fullmatch(doc.text[chain[-1].end:s.start]) or len(s.value[0]) != len(e.start):
                break
            chain.append(s)
        for s in chain[1:]:
            if s.value[0] == e.start:
                continue
            twin = dataclasses.replace(e, start=s.value[0], end=s.value[1] or s.value[0],
                                       participants=list(e.participants), evidence=list(e.evidence),
                                       parties=list(e.parties))
            out.append(twin)
    return out


def _sides_of_the_one_pair(zh_events: list, own: list) -> None:
    """An English meeting or signing naming fewer than two sides ("the two cities signed …") on a page whose
    Chinese tells events between one pair of places only: that pair (the English sentences alone name none)."""
    pairs = {}
    for e in zh_events:
        if len(e.parties) == 2 and all(r is not None for r in e.parties):
            pairs.setdefault(frozenset(_code(r) for r in e.parties), e.parties)
    if len(pairs) != 1:
        return
    (pair,) = pairs.values()
    for e in own:
        if e.type not in ("meeting", "agreement") or len(e.parties) >= 2:
            continue
        if all(any(_same(r, p) or _within(r, p) for p in pair) for r in e.parties if r is not None):
            e.parties = list(pair)


def _tours_follow_their_trip(visits: list, events: list) -> None:
    """A tour placed in the region a trip went to, while the trip itself went to one place inside it (the
    visit narrowed to its city after the tour was read: "arrived in Harbin for a visit to Heilongjiang … met
    the provincial leaders … toured a plant"): the tour was made on that trip, in that place."""
    for e in events:
        if e.type != "inspection" or e.destination is None:
            continue
        if any(_same(v.destination, e.destination) for v in visits):
            continue
        inner = [v for v in visits if v.destination is not None and _within(v.destination, e.destination)
                 and (e.origin is None or v.origin is None or _same(v.origin, e.origin))]
        if len(inner) == 1:
            e.destination = inner[0].destination
            e.parties = [r for r in (e.origin, e.destination) if r is not None]


def _during(visit, e) -> bool | None:
    """Whether an event's date falls in a visit's days (compared as far as both are told); None when either is
    undated or has no year."""
    a, lo = e.start, visit.start
    if not a or not lo or a.startswith("-") or lo.startswith("-"):
        return None
    hi = visit.end or lo
    n = min(len(a), len(lo), len(hi))
    if a[:n] < lo[:n]:
        return False
    if hi == lo:  # a trip dated by its first day goes on for days: the same month still holds it
        return a[:7] == lo[:7] if min(len(a), len(lo)) >= 7 else a[:4] == lo[:4]
    return a[:n] <= hi[:n]


@stage("links", requires=("events",), assigns=("event_ids", "part_of"))
def links_stage(doc: Doc) -> None:
    """A passage told in both languages is one event; events with two sides only, in text order, numbered;
    each sub-event points at the visit it happened during (part_of)."""
    ctx, zh, own = _own(doc)
    EN.complete_parties(ctx, own)
    zh_events = zh.events if zh else []
    # what the Chinese rules read in English sentences (a verb left in Chinese) is the translation's telling:
    # it joins the Chinese original's event as the parse's events do
    en_sents = [(s.start, s.end) for s in doc.sentences if s.value == "en"]
    mixed = [e for e in zh_events if e.evidence and all(any(a <= s and t <= b for a, b in en_sents)
                                                        for s, t in e.evidence)]
    if mixed:
        zh_events = [e for e in zh_events if not any(e is m for m in mixed)]
        # (a headline in both scripts on one line, "甲市与乙市签署友好城市协议 A and B Sign …", tells the story's
        # event: it joins the parse's telling of it)
        own = EN.merge_languages(mixed, own)
    pairs = translated_paragraphs(ctx) if own else []
    _one_person_per_script(doc, pairs, zh_events + own)
    if _in_two_halves(doc.text):
        # a release told whole in Chinese, then whole in English (Hong Kong's, Macao's): the page is one pair
        _one_person_per_script(doc, [((0, len(doc.text)), (0, len(doc.text)))], zh_events + own)
    own = _translations(ctx, zh_events, own, pairs)
    _sides_from_other_script(zh_events, own)
    _sides_of_the_one_pair(zh_events, own)
    events = [e for e in EN.merge_languages(zh_events, own) if _story_evidence(doc.text, e)]
    for e in events:  # one traveller named in both languages, leading in one: the leader
        leaders = {p.person for p in e.participants if p.role == "leader"}
        e.participants = [p for p in e.participants if not (p.role == "member" and p.person in leaders)]
    events = [e for e in events if two_sides(e) or EN.one_side_told(ctx, e)]
    events = _one_visit_per_date(doc, events)
    events.sort(key=lambda e: (min((s for s, _ in e.evidence), default=0)))
    for n, e in enumerate(events, 1):
        e.id = f"e{n}"
    visits = [e for e in events if e.type == "visit"]
    _tours_follow_their_trip(visits, events)
    for e in events:
        if e.type != "visit" and visits:
            there = [v for v in visits if (_same(v.destination, getattr(e, "destination", None))
                                           or any(_same(v.destination, p) for p in e.parties))
                     and _during(v, e) is not False]  # (a signing of 2016 is no part of a visit in 2018)
            if not there:  # received in Changchun, the meeting's side is Jilin: the trip to a place inside it
                there = [v for v in visits if any(p is not None and _within(v.destination, p) for p in e.parties)
                         and v.origin is not None and any(_same(v.origin, p) for p in e.parties)
                         and _during(v, e) is not False]
            host = next((v for v in there if _during(v, e)), there[0] if there else None)
            if host is not None:
                e.part_of = host.id
    _guests_by_nationality(events)
    host_sides(ctx, events)
    doc.events = events


def _guests_by_nationality(events: list) -> None:
    """"held talks with the Chinese guests" during a trip from Jilin: the guests' country stands for the region
    their trip came from (the side of the exchange is Jilin, not China)."""
    by_id = {e.id: e for e in events}
    for e in events:
        v = by_id.get(getattr(e, "part_of", None) or "")
        if e.type == "visit" or v is None or v.origin is None or getattr(v.origin, "level", 0) == 0:
            continue
        if any(_same(r, v.origin) for r in e.parties if r is not None):
            continue
        for k, r in enumerate(e.parties):
            if r is not None and getattr(r, "level", None) == 0 and r.code == getattr(v.origin, "country", None) \
                    and getattr(v.destination, "country", None) not in (None, r.code) and not any(r2 is not None and r2 is not r and getattr(r2, "country", None) == r.code
                                for r2 in e.parties):
                e.parties[k] = v.origin
                break
