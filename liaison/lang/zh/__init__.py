"""Chinese: events read by rules over the clause structure of Chinese sentences.

Chinese has no parser here (LAC segments and tags names, places and organisations), so events are
read from the order of words inside a sentence: who is named before 率 leads the trip, the region right
after 赴/抵达 is where it goes, the region right before 代表团 is where it comes from, a role verb's
subjects are the people named between it and the verb before. One module per job:

- ``visits``       trips from one region to another (one visit per destination);
- ``meetings``     receptions (会见), talks (会谈) and conferences (座谈会, 论坛…), one per occurrence;
- ``agreements``   one agreement per document signed, read clause by clause;
- ``inspections``  site visits of a trip, with the sites (``sites``);
- ``roles``        role verbs (主持, 讲话, 出席, 会见, 签署, 见证, 率领) onto their events;
- ``moods``        planned (将于, 拟…) and long-past (去年, 曾经…) words: no event.

The words are data, in the tables beside the code (read by ``lexicon``): ``triggers.tsv`` (event words
with the argument pattern each takes, and an example sentence that ``tests/test_lexicon.py`` runs),
``roles.tsv`` (role verbs), ``moods.tsv``, ``documents.tsv`` (what is signed), ``envoys.tsv`` (envoys posted in
China, whose trips have no origin of their own) and ``sites.tsv`` (how a site's name ends). The rules keep the structural templates (``{lead}[^。;；]{0,40}?{go}``) and fill them
with the tables' word classes: adding a word is one row.

The rules read only the Chinese sentences of an article: the event stages give ``assemble`` a context
(``stages.events.context.Ctx``) over a view of the article holding those, and finish the events with
``roles``, ``dates`` and ``fields``. Traditional characters were folded to simplified by the normalizer.
"""
from __future__ import annotations

import re

from ...doc import Event
from ...places import same as _same, within as _within
from ...fields import fields_for
from . import lexicon as _L
from .agreements import DOC_AG_ZH, document_title as _document_title, find_agreements
from .inspections import find_inspections
from .meetings import find_meetings
from .roles import assign_roles
from .visits import find_visits


class Parts:
    """The Chinese rules' events of one article, by kind, and the context they were read in (the article
    with its Chinese sentences only); the later event stages finish them."""

    def __init__(self, ctx, visits, meetings, agreements, inspections):
        self.ctx, self.visits, self.meetings = ctx, visits, meetings
        self.agreements, self.inspections = agreements, inspections

    @property
    def events(self) -> list[Event]:
        return self.visits + self.meetings + self.agreements + self.inspections


# 目前在温哥华访问，昨日获省政府接待: a trip told with a time of its own that is no day (目前, 日前, 近日) takes no
# date from another clause of its sentence (the day there is the reception's)
_VAGUE_TRIP = re.compile(r"(目前|正在|日前|近日|近期|此前|早前|前不久)[^，,。；;]{0,20}?(访问|訪問|考察|抵达|抵達|到访|到訪|出访|出訪|参访|參訪)")


# 明日继续访问广州 / 次日继续考察 / 明天返港: a later day of the trip told after its first (the trip runs to it)
_GOES_ON = re.compile(r"(继续|繼續)[^。；;，,]{0,12}?(访问|訪問|考察|行程|参访|參訪)|(返港|返澳|返京|返回|回国|回國|启程返|啟程返)")


def _extend_trips(ctx, visits: list[Event]) -> None:
    import datetime as dt

    dated = [v for v in visits if v.start and len(v.start) == 10 and v.end and len(v.end) == 10]
    if len(dated) != 1:
        return  # which trip goes on is clear only when one trip is dated to the day
    v = dated[0]
    first = min(a for a, _b in v.evidence)
    for sent in ctx.doc.sentences:
        if sent.start <= first or not _GOES_ON.search(ctx.doc.text, sent.start, sent.end):
            continue
        for s in ctx.dates:
            if not (sent.start <= s.start < sent.end and s.value and s.value[0] and len(s.value[0]) == 10):
                continue
            try:
                gap = (dt.date.fromisoformat(s.value[0]) - dt.date.fromisoformat(v.end)).days
            except ValueError:
                continue
            if 0 < gap <= 7:
                v.end = s.value[0]
            break


def _undate_vague_trips(ctx, visits: list[Event]) -> None:
    text = ctx.doc.text
    for v in visits:
        if not v.start or not v.evidence:
            continue
        a, b = min(v.evidence)
        for m in _VAGUE_TRIP.finditer(text, a, b):
            told = [s for s in ctx.dates if a <= s.start < b and s.value and s.value[0] == v.start]
            if told and all(re.search(r"[，,；;]", text[m.end():s.start]) for s in told if s.start > m.end()) \
                    and all(s.start > m.end() for s in told):
                v.start = v.end = None
                break


_DELEGATION_WORD = re.compile(r"(?:党政|政府|经贸|友好)?(?:代表团|考察团|访问团)")
_THEIR_SIDE = re.compile(r"^(?:有关方面|方面|各界|相关方面)[^。；;]{0,30}?(?:磋商|会谈|洽谈|对接|交流)")


def _talks_abroad(ctx, meetings: list[Event]) -> list[Event]:
    """由…率领的浙江省代表团…与台湾有关方面展开磋商 (a dated delegation holding talks with another place's side,
    no place of meeting named, no trip told): the delegation went there — a visit from the place it is named
    after to the other one, dated as the talks."""
    text = ctx.doc.text
    out = []
    for ev in meetings:
        for a, b in ev.evidence:
            spans = sorted((s for s in ctx.regions_in(a, b) if not isinstance(s[2], tuple)), key=lambda x: x[0])
            if not ev.start or any(text[s_ - 1:s_] in ("在", "于") for s_, _e, _r in spans):
                continue  # 在福州与台湾有关方面磋商: where they met is told, no trip read from it
            home = next((r for s_, e_, r in spans if _DELEGATION_WORD.match(text, e_)), None)
            other = next((r for s_, e_, r in spans
                          if r is not home and text[s_ - 1:s_] == "与" and _THEIR_SIDE.match(text[e_:b])), None)
            if home is None or other is None or _same(home, other) or _within(home, other) or _within(other, home):
                continue
            out.append(Event(id="", type="visit", origin=home, destination=other, parties=[home, other],
                             start=ev.start, end=ev.end, evidence=[(a, b)]))
            return out
    return out


class Chinese:
    code = "zh"
    # a speech's salutation line: 尊敬的甲州长，尊敬的乙州长，…女士们，先生们：
    salutation = re.compile(r"^[^\n]{0,20}?尊敬的[^\n]*?(?:[:：]|女士们|先生们|朋友们)[^\n]*$", re.M)
    # a heading over signings listed one a row (签约项目, 签署文件清单: ``lists.tsv``), what names a document
    list_heading = _L.pattern("{h}", h=_L.select("lists", "heading"))
    document_word = DOC_AG_ZH

    @staticmethod
    def role_words(ctx, sent) -> list[tuple[str, str]]:
        """(person id, role) of the role verbs of one Chinese sentence (见证, 签署, 主持, 讲话…)."""
        from .roles import role_assignments

        return [(pid, role) for pid, role, _off in role_assignments(ctx, sent)]

    @staticmethod
    def document_title(cell: str) -> str | None:
        """The title a list row's Chinese names its document by, or None (only the document's kind)."""
        return _document_title(cell)

    def assemble(self, ctx) -> Parts:
        """The events the sentences of ``ctx`` tell (Chinese ones only), without roles, dates beyond their
        own sentences, or fields."""
        visits = find_visits(ctx)
        meetings = find_meetings(ctx, visits)
        if not visits:
            visits = _talks_abroad(ctx, meetings)
        agreements = find_agreements(ctx, visits, meetings)
        inspections = find_inspections(ctx, visits)
        return Parts(ctx, visits, meetings, agreements, inspections)

    def roles(self, parts: Parts) -> None:
        """Role verbs onto their events; visitors attend; trip leaders lead its inspection."""
        assign_roles(parts)

    def dates(self, parts: Parts) -> None:
        """Outside a dated trip, an undated meeting took place on the last full date told before it."""
        ctx = parts.ctx
        _undate_vague_trips(ctx, parts.visits)
        _extend_trips(ctx, parts.visits)
        for ev in parts.meetings:
            # inside a trip it stays undated (a visit read only from a reception, 会见了…代表团, is no trip told)
            trips = [v for v in parts.visits if id(v) not in getattr(ctx, "received", ())]
            if not ev.start and ev.evidence and not trips:
                d = next((x for x in (ctx.date_before(a) for a, _b in sorted(ev.evidence)) if x), None)
                if d:
                    ev.start, ev.end = d

    def fields(self, parts: Parts) -> None:
        """Fields of cooperation: a signing's first, then the talks' (sentences telling an inspection or a
        signing give their fields to those, not to the talks; a banquet takes none)."""
        ctx = parts.ctx
        fields_for(ctx, parts.agreements, agreement=True)
        kinds = getattr(ctx, "meeting_kind", {})
        # what is talked over is the talks' agenda, not the banquet's (出席…晚宴 between 会见 and the speeches)
        talks = [ev for ev in parts.meetings if kinds.get(id(ev)) != "banquet"] or parts.meetings
        fields_for(ctx, talks, agreement=False,
                   skip={s for ev in parts.inspections + parts.agreements for s, _e in ev.evidence})


LANGUAGE = Chinese()
