"""Agreements: one event per document signed.

Chinese signing sentences are read clause by clause (A与B签署X，C与D签署Y is two
signings). A document's title is the 《…》 or quoted name, or the document
phrase itself when it names more than type words (两地旅游合作框架协议 yes,
战略合作框架协议 no). The same document phrase in another sentence is the same
signing; unnamed signings in one clause are one event.
"""
from __future__ import annotations

import re

from ...doc import Event, other_day
from ...fields import fields_in
from ...places import holds, same as _same, signing_of, two_parties as _two_parties, unqualified
from . import lexicon as L
from .moods import PAST, PLAN
from .roles import role_assignments as _role_assignments

_SIGN, _DOC = L.triggers("sign"), L.documents("doc")  # triggers.tsv, documents.tsv
TITLE_ZH = L.pattern(r"《([^》]{4,80})》|“([^”]{4,60}{doc})”", doc=_DOC)
BATCH_ZH = re.compile(r"(等|多项|各项|多份|[\d一二三四五六七八九十几]+[项份个]|系列)")  # 签署7项协议及意向书: a batch
LIST_DOC_ZH = L.pattern(r"(?:、|和|及|以及)(?:关于)?([^,，。;；、和及]{0,40}?{doc})", doc=_DOC)
BATCH_LIST_ZH = L.pattern(r"\s*[：:]\s*(?:关于)?([^,，。;；、和及：:]{2,40}?{doc})(?=、|和|及|以及)", doc=_DOC)
DOC_PHRASE_ZH = L.pattern(r"{sign}了?(?:关于)?([^,，。;；、\s]{2,40}?{doc})", sign=_SIGN, doc=_DOC)
# type words: a document phrase made of these only names no document (战略合作框架协议: no title)
GENERIC_ZH = re.compile(r"(\d{2,4}年度?|\d+|国际|交流|结好|友好(?:城市|省州|省县|省市|省|州|县|市|城)?|姊妹|姐妹|两市|两省|两区|两县|两国|双边|两省区|两省市|缔结|建立|友好城市|友好省州|友城|关系|战略|全面|合作|框架|协议书|协议|谅解备忘录|备忘录|意向书|协定|合同|"
                        r"的|项目|工作|相关|有关|专项|多项|多个|一批|系列|两地|双方|对口|深化|共同|发展|行动|计划|领域|方面|专项)")
_RESPECTIVELY = re.compile(r"分别\s*(?:与[^,，。;；]{0,60})?$")  # 分别 right before the signing verb
# a tally of signings over a period (迄今为止…已经签署了, 累计签约, 共签订…项): no one signing told
TALLY = L.pattern("{tally}", tally=L.moods("tally"))
CLAUSE_SPLIT = re.compile(r"[,，;；]")
# signing verbs (triggers.tsv, kind sign: 签署, 缔结, 在协议上签字) and what is signed (documents.tsv: 协议, 友城, 盟约)
SIGN_AG_ZH = L.pattern("{sign}", sign=_SIGN)
# the document named by its ceremony: 甲市乙市同城化合作框架协议签字仪式在…举行
CEREMONY_ZH = L.pattern(r"([^,，。;；、:：\s]{4,60}?{doc}){sign}仪式", doc=_DOC, sign=_SIGN)
LEAD_DATE_ZH = re.compile(r"^(?:\d{1,2}月\d{1,2}日|[昨今前]日|[昨今前]天|上午|下午|晚上|当天|日前|近日)+")
DOC_AG_ZH = L.pattern("{any}", any=L.documents())
WITNESS = L.pattern("{witness}", witness=L.roles("witness"))
PAIRED = L.pattern("{ties}|{sign}|{doc}", ties=L.documents("ties"), sign=_SIGN, doc=_DOC)
# a document of a tie between two places (友好城市协议, 姊妹市盟約): signed with several places, one per place
TIES = L.pattern("{ties}", ties=L.documents("ties"))
# a signing only looked forward to (期待在缔结…后) or recalled as the start of ties (自…签署…以来)
NOT_TOLD_ZH = L.pattern(r"{hoped}[^，,。；;]{0,8}$", hoped=L.moods("hoped"))
AFTER_ZH = re.compile(r"^[^，,。；;]{0,16}?(后|之后|以后|以来)")
# 缔结友好城市关系30年来: the years since a signing, no signing told
YEARS_SINCE_ZH = re.compile(r"^[^，,。；;]{0,16}?(?:\d+|[一二三四五六七八九十百多几]+)个?年(?:来|以来)")
# 缔结友好城市关系40周年: the anniversary of a signing, no signing told
ANNIVERSARY_ZH = re.compile(r"^[^，,。；;]{0,20}?(?:\d+|[一二三四五六七八九十百]+)周年")
SINCE_ZH = L.pattern(r"{since}[^，,。；;]{0,30}$", since=L.moods("since"))


_SIGNED_AFTER_COLON = L.pattern(r"^.*?[:：].*{sign}了?", sign=_SIGN)


def _title_from_phrase(phrase: str) -> str | None:
    if BATCH_ZH.search(phrase):
        return None  # a batch of documents, not one named document
    rest = GENERIC_ZH.sub("", phrase)
    return phrase if len(rest) >= 2 else None


def document_title(cell: str) -> str | None:
    """The title of the document a table cell or list row names in Chinese (《甲乙两市文旅合作协议》, 甲乙两市文旅
    合作协议), or None when it names only the document's kind (友好城市关系意向书)."""
    m = TITLE_ZH.search(cell)
    if m:
        return m.group(1) or m.group(2)
    m = ROW_DOC_ZH.search(cell)
    return _title_from_phrase(m.group(0)) if m else None


# the last Chinese document phrase of a row (after its places and dashes): 邵阳市—万博省 友好城市协议
ROW_DOC_ZH = L.pattern(r"[\u4e00-\u9fff]{0,30}?{doc}", doc=_DOC)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Signing segments: each runs from the end of the previous one to the clause end after its sign verb."""
    out, start = [], 0
    for m in SIGN_AG_ZH.finditer(text):
        if m.start() < start:
            continue
        nxt = CLAUSE_SPLIT.search(text, m.end())
        end = nxt.start() if nxt else len(text)
        out.append((start, end))
        start = end + 1
    return out


_BOTH_SIDES = re.compile(r"(两市|两省|两地|两区|两县|两州|两城|双方)")


def find_agreements(ctx, visits: list[Event], meetings: list[Event]) -> list[Event]:
    doc = ctx.doc
    agreements: list[Event] = []
    by_phrase: dict[str, Event] = {}
    pending: list = []  # signing clauses naming no document (签约仪式): joined to an agreement found elsewhere
    partial: dict[int, object] = {}  # one side named by a signing clause (signed … with the province of X)
    unnamed: list[Event] = []  # signings naming no document but a pair of sides (广州与福州两市缔结友好城市)
    for sent in doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        pairs = _pair_list(ctx, sent, text) or _signing_pairs(ctx, sent, text) or _respective_pairs(ctx, sent, text)
        items = _list_items_below(ctx.doc.text, sent.start, sent.end) \
            if not pairs and text.rstrip().endswith((":", "：")) and SIGN_AG_ZH.search(text) \
            and not PLAN.search(text) else []
        if len(items) >= 2 and any(len(_actors(ctx, a, b)) >= 2 for a, b in items):
            # 共签署以下6项合作文件：1.《甲省与乙州…备忘录》；2. 丙市与丁市…协议书… — each line its own signing,
            # between the two its line names (else the two the sentence names)
            date = ctx.date_in(sent.start, sent.end) or ctx.date_before(sent.start)  # (仪式上签署的文件还有：)
            lead = _actors(ctx, sent.start, sent.end)
            for a, b in items:
                title, phrase = _title(ctx.doc.text[a:b])
                own = _actors(ctx, a, b)
                sides = [own] if len(own) < 3 or "分别" not in ctx.doc.text[a:b] else [
                    [own[0], other] for other in own[1:]]  # 甲分别与乙、丙签署的…协议: one with each
                for pair in sides[:-1]:
                    agreements.append(Event(id="", type="agreement", parties=list(pair), start=date and date[0],
                                            end=date and date[1], evidence=[(a, b), (sent.start, sent.end)],
                                            fields=list(fields_in(phrase or ctx.doc.text[a:b]))))
                own = sides[-1]
                ev = Event(id="", type="agreement", parties=list(own if len(own) >= 2 else lead),
                           evidence=[(a, b), (sent.start, sent.end)])
                if title:
                    if re.search(r"[\u4e00-\u9fff]", title):
                        ev.title_zh = title
                    else:
                        ev.title_en = title
                    by_phrase.setdefault(re.sub(r"书$", "", title), ev)
                ev.fields.extend(f for f in fields_in(phrase or ctx.doc.text[a:b]) if f not in ev.fields)
                if date:
                    ev.start, ev.end = date
                agreements.append(ev)
            continue
        if not pairs and text.rstrip().endswith((":", "：")) and SIGN_AG_ZH.search(text):
            text = _with_list_below(ctx.doc.text, sent.start, sent.end)  # 签署了以下文件： and a title a line
        if pairs:
            # 新缔结的5对友好城市分别为A与B、C与D…: one agreement per pair
            date = ctx.date_in(sent.start, sent.end) or ctx.date_before(sent.start)
            for a, b in pairs:
                ev = Event(id="", type="agreement", parties=[a, b], evidence=[(sent.start, sent.end)])
                if date:
                    ev.start, ev.end = date
                agreements.append(ev)
            continue
        witnessing = bool(WITNESS.search(text))
        named_doc = DOC_AG_ZH.search(text) or _EN_DOC_WORD.search(text)  # (an English noun: 签署了 the MoU)
        if SIGN_AG_ZH.search(text) and not (named_doc or witnessing) and agreements \
                and not PLAN.search(text):
            # 甲和乙分别代表双方签字: who signed the document just told
            signers = [(pid, r) for pid, r, _o in _role_assignments(ctx, sent) if r == "signatory"]
            if signers and re.search(r"代表|分别", text):
                # 甲与乙、丙与丁分别代表双方签约 after two signings: each signs the one between their own places
                for pid, r in signers:
                    ev = signing_of(ctx.person_region(pid), agreements)
                    if (sent.start, sent.end) not in ev.evidence:
                        ev.evidence.append((sent.start, sent.end))
                    ev.add_participant(pid, r)
            continue
        if not SIGN_AG_ZH.search(text) or not (named_doc or witnessing):
            continue
        roles = [(pid, r) for pid, r, _o in _role_assignments(ctx, sent) if r in ("signatory", "witness")]
        sent_date = date = ctx.date_in(sent.start, sent.end)
        sent_regions = [r for _s, _e, r in ctx.regions_in(sent.start, sent.end)]
        sent_events: list[Event] = []
        for cs, ce in _clauses(text):
            clause = text[cs:ce]
            sm = SIGN_AG_ZH.search(clause)
            if not sm or PLAN.search(clause[:sm.start() + 2]) or TALLY.search(text[:cs + sm.start()]):
                continue
            if _not_told(clause, sm):
                continue
            if PAST.search(clause[:sm.start()]) and re.match(r"了?的", clause[sm.end():]):
                continue  # 去年两市签署的协议落实良好: the document spoken of, its signing recalled
            date = _day_before(ctx, sent.start, sent.start + cs + sm.start()) or sent_date
            abs_s, abs_e = sent.start + cs, sent.start + ce
            wm = WITNESS.search(clause[max(0, sm.start() - 14):sm.start()])
            # 甲见证签约 names what 甲 witnessed; 在甲的见证下，双方签署 tells the signing itself
            witness_only = bool(wm) and not re.match(r"\s*下", clause[max(0, sm.start() - 14) + wm.end():])
            if witness_only and not agreements and not sent_events:
                continue
            if witness_only and agreements:
                ev = sent_events[-1] if sent_events else agreements[-1]
                for pid, r in roles:
                    ev.add_participant(pid, r)
                continue
            title, phrase = _title(clause)
            if date and date[0] and len(date[0]) == 4 and (title or phrase or "").startswith(date[0] + "年"):
                # 签署了2024年东西部协作框架协议: the year names the document (its work plan's year), not the day
                date = _day_before(ctx, sent.start, sent.start + cs) or ctx.date_before(sent.start) or date
            if phrase and BATCH_ZH.search(phrase) and clause.find(phrase) >= 0:
                # 签署了三份合作文件：甲备忘录、乙协议和丙意向书: the documents the batch lists
                head = re.split(r"[：:]", phrase)[0]
                lm = BATCH_LIST_ZH.match(clause, clause.find(phrase) + len(head))
                if lm and BATCH_ZH.search(head):
                    phrase = lm.group(1)
                    title = _title_from_phrase(phrase)
            en_more = []
            if phrase is None:
                # 签署了 the Friendship Agreement and the Memorandum on …: the documents named in English
                en_docs = _english_documents(clause[sm.end():])
                if en_docs:
                    (title, phrase), en_more = en_docs[0], en_docs[1:]
            if phrase is None and not DOC_AG_ZH.search(clause):
                continue
            key = re.sub(r"书$", "", title or phrase or "")  # 协议书 and 协议 name the same document
            key = re.sub(r"^\d{2,4}年度?", "", key)  # 2018年对口合作工作计划 is the 对口合作工作计划 told again
            key = re.sub(r"^(?:一|这|该)[项份个]", "", key)  # 签署了一项友好交流协议书 is the 友好交流协议 told again
            if not key:
                # a signing naming no document (缔结友城, 签约仪式, 在协议上签字): the pair it names tells which one
                pair = _actors(ctx, abs_s, abs_e)
                ev = _same_sides(pair, sent_events + agreements[::-1]) if len(pair) >= 2 else None
                own = _date_of_verb(ctx, abs_s, abs_s + sm.start())  # the clause's own date (2018年10月正式签约)
                if ev is not None and own and other_day(ev.start, own):
                    ev, date = None, own  # 2015年签署意向书，2018年正式签约结好: a later signing, its own date
                last = sent_events[-1] if sent_events else None
                if ev is None and len(pair) < 2 and own and last is not None and len(last.parties) >= 2 \
                        and other_day(last.start, own) and (_BOTH_SIDES.search(clause) or not pair):
                    pair, date = list(last.parties), own  # …，2018年10月(两市)正式签约: the two just told
                if ev is None and len(pair) >= 2:
                    ev = Event(id="", type="agreement", parties=pair)
                    unnamed.append(ev)
                    agreements.append(ev)
                if ev is None:
                    pending.append((sent, roles, date))
                    continue
                if ev not in sent_events:
                    sent_events.append(ev)
                ev.evidence.append((sent.start, sent.end))
                if date and not ev.start:
                    ev.start, ev.end = date
                clause_pids = {pid for _s, _e, pid in ctx.persons_in(abs_s, abs_e)}
                for pid, r in roles:
                    if pid in clause_pids or len(sent_events) == 1:
                        ev.add_participant(pid, r)
                continue
            ev = by_phrase.get(key) if key and not any(by_phrase.get(key) is e for e in sent_events) else None
            if ev is None and not key and sent_events:
                ev = sent_events[-1]
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
            if not title and phrase and BATCH_ZH.search(phrase) and not ev.participants and not roles:
                ev._batch = True  # 共签署7份合作文件: the ceremony's count, its documents perhaps named after it
            if phrase:
                ev.fields.extend(f for f in fields_in(phrase) if f not in ev.fields)
            if "部门" in clause:  # 工信、商务、文旅等部门签署…: the departments name the fields
                ev.fields.extend(f for f in fields_in(clause[:clause.find("部门")]) if f not in ev.fields)
            ev.evidence.append((sent.start, sent.end))
            if date and not ev.start:
                ev.start, ev.end = date
            if title and title in clause:
                ts = abs_s + clause.find(title)
                clause_regions = _two_parties([r for _s, _e, r in ctx.regions_in(ts, ts + len(title))])
                if len(clause_regions) < 2:
                    clause_regions = _actors(ctx, abs_s, abs_e)
            else:
                clause_regions = _actors(ctx, abs_s, abs_e)
                k = clause.rfind("与", 0, sm.start())
                c = max(clause.rfind("，", 0, k), clause.rfind(",", 0, k)) if k > 0 else -1
                if c >= 0 and len(tail := _actors(ctx, abs_s + c + 1, abs_e)) >= 2:
                    clause_regions = tail  # 江西—非洲对接会上，赣州市与蒙巴萨签署: the two the signing clause joins
            if len(ev.parties) < 2 and len(clause_regions) >= 3 and not ev.participants \
                    and (_RESPECTIVELY.search(clause[:sm.start()])
                         or (TIES.search(title or phrase or "") and len(clause_regions := _prune(clause_regions)) >= 3)):
                # 甲与乙、丙分别签署…协议 (or a tie's document, two places to each): one signing per counterpart,
                # 甲 the side of each
                ev.parties = [clause_regions[0], clause_regions[1]]
                for other in clause_regions[2:]:
                    twin = Event(id="", type="agreement", parties=[clause_regions[0], other],
                                 start=ev.start, end=ev.end, title_zh=ev.title_zh, title_en=ev.title_en,
                                 evidence=list(ev.evidence), fields=list(ev.fields))
                    agreements.append(twin)
            if len(ev.parties) < 2 and len(clause_regions) >= 2:
                ev.parties = _prune(clause_regions)
            clause_pids = {pid for _s, _e, pid in ctx.persons_in(abs_s, abs_e)}
            for pid, r in roles:
                if pid in clause_pids or len(sent_events) == 1:
                    ev.add_participant(pid, r)
            if len(clause_regions) == 1:
                partial.setdefault(id(ev), clause_regions[0])
            more = [(p, t) for t, p in en_more]
            if more:
                pass
            elif title and TITLE_ZH.search(clause) and clause.find(title) > sm.start():
                more = [(t, t) for t in (tm.group(1) or tm.group(2)
                                         for tm in TITLE_ZH.finditer(clause, clause.find(title) + len(title)))]
            elif phrase and not TITLE_ZH.search(clause) and clause.find(phrase) > sm.start() \
                    and not BATCH_ZH.search(phrase):
                k = clause.find(phrase) + len(phrase)
                while (lm := LIST_DOC_ZH.match(clause, k)) is not None:
                    more.append((lm.group(1), _title_from_phrase(lm.group(1))))  # 签署了甲协议、乙备忘录和丙计划
                    k = lm.end()
            if more:
                # 签署了《甲》《乙》和《丙》: each named document its own signing, by the same sides and signers
                for t2, named in more:
                    k2 = re.sub(r"^\d{2,4}年度?", "", re.sub(r"书$", "", t2))
                    if by_phrase.get(k2) is not None:
                        continue
                    if named is None and (ev.title_zh or ev.title_en) and re.match(r"\s*(?:及|以及)", clause[
                            clause.find(title or phrase or "") + len(title or phrase or ""):]):
                        continue  # 签署了甲乙缔结友好城市协议及交流合作备忘录: a generic paper joined to the named one
                    twin = Event(id="", type="agreement", parties=list(ev.parties), start=ev.start, end=ev.end,
                                 evidence=[(sent.start, sent.end)], fields=list(fields_in(t2)))
                    if named and re.search(r"[\u4e00-\u9fff]", named):
                        twin.title_zh = named
                    elif named:
                        twin.title_en = named
                    for p in ev.participants:
                        twin.add_participant(p.person, p.role)
                    by_phrase[k2] = twin
                    agreements.append(twin)
                    sent_events.append(twin)
        for ev in sent_events:
            one = partial.get(id(ev))
            lead = next((e.parties[0] for e in sent_events if len(e.parties) >= 2), None)
            if len(ev.parties) < 2 and one is not None and lead is not None and not _same(one, lead) \
                    and not holds(one, lead) and not holds(lead, one):
                ev.parties = [lead, one]  # 甲与乙签署A，与丙签署B: 甲 signs B too, with 丙
                continue
            if len(ev.parties) < 2 and id(ev) in partial:
                # 甲…，并与乙签署…协议: the clause names one side, the sentence's first actor is the other
                other = _subject_besides(sent_regions, partial[id(ev)])
                if other is not None:
                    ev.parties = [other, partial[id(ev)]]
            if len(ev.parties) < 2:
                signer_regions = [ctx.person_region(p.person) for p in ev.participants if p.role == "signatory"]
                cand = _two_parties([r for r in signer_regions if r is not None]) or _two_parties(sent_regions)
                if len(cand) >= 2:
                    ev.parties = _prune(cand)
    _batch_told_by_its_documents(agreements)
    _merge_longer_titles(agreements)
    _merge_generic(agreements, by_phrase)
    _merge_headline(doc.text, agreements)
    for ev in unnamed:  # told before (or beside) the document itself: that document's signing
        if not any(a is ev for a in agreements):  # already merged into another by the steps above
            continue
        # by identity: an unnamed signing and the document told in the same sentence may compare equal
        named = next((a for a in agreements if not any(a is u for u in unnamed) and len(a.parties) >= 2
                      and _same_sides(ev.parties, [a]) and not other_day(a.start, (ev.start, ev.end))), None)
        if named is not None:  # (not one of another day: 2015年签署意向书，2018年正式签约结好 are two)
            _absorb(named, ev)
            agreements[:] = [a for a in agreements if a is not ev]
    for sent, roles, date in pending:
        if not agreements:
            agreements.append(Event(id="", type="agreement"))
        ev = agreements[0]
        ev.evidence.append((sent.start, sent.end))
        if date and not ev.start:
            ev.start, ev.end = date
        for pid, r in roles:
            ev.add_participant(pid, r)
    for k, ev in enumerate(agreements):
        # 甲市与乙市签署…。两市还签署了…备忘录: the two told before sign this one too
        before = [a for a in agreements[:k] if len(a.parties) >= 2]
        if len(ev.parties) < 2 and before and ev.evidence and any(
                _BOTH_SIDES.search(doc.text[a:b]) for a, b in ev.evidence):
            ev.parties = list(before[-1].parties)
    _fill_from_context(agreements, visits, meetings, partial)
    _align_parties(agreements, visits, meetings)
    ranges = {(v.start, v.end) for v in visits if v.start and v.start != v.end}
    for ev in agreements:
        if not ev.start and ev.evidence:
            d = next((x for x in (ctx.date_before(a) for a, _b in sorted(ev.evidence)) if x), None)
            if d and d not in ranges:  # the range of the trip it was signed on is no day of the signing
                ev.start, ev.end = d
    return agreements


_LIST_ITEM = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)、）]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[-•·*])?[ \t]*")


def _batch_told_by_its_documents(agreements: list[Event]) -> None:
    """签约仪式…共签署7份合作文件。甲与乙签署了《A》；丙与丁签署了《B》…: the count tells the signings that the
    sentences after it name one by one — no signing of its own; its day is theirs."""
    for k, ev in enumerate(list(agreements)):
        if not getattr(ev, "_batch", False) or not ev.evidence:
            continue
        after = [a for a in agreements if a is not ev and a.evidence and min(a.evidence)[0] > min(ev.evidence)[0]
                 and not getattr(a, "_batch", False)]
        if len(after) < 2:
            continue
        for a in after:
            if ev.start and not a.start:
                a.start, a.end = ev.start, ev.end
        agreements[:] = [a for a in agreements if a is not ev]


def _list_items_below(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The documents listed one a line below a signing sentence ending in a colon: each line's span, its number
    and closing punctuation left out."""
    out = []
    pos = end
    while pos < len(text) and text[pos] == "\n":
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end == -1 else line_end
        line = text[pos + 1:line_end]
        mark = _LIST_ITEM.match(line)
        item = line[mark.end():].rstrip(" ;；。.,，")
        if not item.strip() or len(item) > 80 or not (TITLE_ZH.search(item) or DOC_AG_ZH.search(item)):
            break
        a = pos + 1 + mark.end()
        out.append((a, a + len(item)))
        pos = line_end
    return out


def _with_list_below(text: str, start: int, end: int) -> str:
    """A signing sentence ending in a colon, with the documents listed on the lines below it, one a line
    (numbered or not), read as one clause: the lines joined by 、 and their numbers blanked, so every offset
    stays the text's own."""
    out = list(text[start:end])
    for a, _b in _list_items_below(text, start, end):
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", a)
        out.append("、")  # (in the place of the line break before the item)
        out.extend(" " * (a - line_start) + text[a:len(text) if line_end == -1 else line_end])
    return "".join(out)


# an English document noun in a Chinese signing clause (签署了 the Friendship Agreement); not MOU alone, which
# Taiwan papers write in Chinese text of signings long past (2024年来台签署MOU后, 签署MOU即将届满一周年)
_EN_DOC_WORD = re.compile(r"(?<![A-Za-z])(?:[Aa]greements?|[Mm]emorand(?:um|a)|[Pp]rotocols?|[Aa]ccords?"
                          r"|[Cc]ontracts?|[Ll]etters? of [Ii]ntent)(?![A-Za-z])")
_EN_DOC_LIST_CUT = re.compile(r"\s*[,，、]\s*(?:and\s+)?|\s+and\s+")
_EN_DOC_END = re.compile(r"[.;。；!?]|\s(?:in|at|during|which|that|with|by|under|witnessed|before|after|while|when|to)\s")
_EN_TYPE_ONLY = re.compile(r"^(?:(?:a|an|the|cooperation|co-operation|framework|friendship|strategic|sister|city|"
                           r"agreements?|memorand(?:um|a)|of|on|understanding|protocols?|accords?|contracts?|"
                           r"letters?|intent)\s*)+$", re.I)


def _english_documents(after: str) -> list[tuple[str | None, str]]:
    """(title or None, phrase) of each document an English object names right after a Chinese signing verb
    (签署了 the Friendship Agreement, the Memorandum on Tourism Cooperation and …); none when the words after the
    verb are no English document phrase."""
    after = re.sub(r"^了?\s*", "", after)
    if not re.match(r"(?:the\s+|a\s+|an\s+)?[A-Za-z]", after):
        return []
    m = _EN_DOC_END.search(after)
    tail = after[:m.start()] if m else after
    pieces: list[str] = []
    for piece in _EN_DOC_LIST_CUT.split(tail.strip()):
        piece = re.sub(r"^(?:the|a|an)\s+", "", piece.strip(), flags=re.I)
        if not piece:
            continue
        if pieces and not _EN_DOC_WORD.search(piece):
            pieces[-1] += " and " + piece  # "the Agreement on Trade and Investment": one document
        else:
            pieces.append(piece)
    if not pieces or not all(_EN_DOC_WORD.search(p) for p in pieces):
        return []
    out = []
    for p in dict.fromkeys(pieces):
        caps = sum(1 for w in p.split() if w[:1].isupper())
        out.append((p if caps >= 2 and not _EN_TYPE_ONLY.match(p) else None, p))
    return out


def _title(clause: str) -> tuple[str | None, str | None]:
    """(title, document phrase) of one signing clause."""
    m = TITLE_ZH.search(clause)
    if m:
        t = m.group(1) or m.group(2)
        return t, t
    pm = DOC_PHRASE_ZH.search(clause) or CEREMONY_ZH.search(clause)
    if pm and pm.re is CEREMONY_ZH:
        phrase = LEAD_DATE_ZH.sub("", pm.group(1).split("暨")[-1])  # 座谈会暨…协议签约仪式: the document
        return _title_from_phrase(phrase), phrase
    if pm:
        phrase = re.sub(r"^(了|关于|的)", "", pm.group(1))  # (…签署的投资合作协议: 的 ties the phrase to the verb)
        # 签约仪式现场：甲与乙签署…意向书: the phrase runs from the ceremony's word past a colon to the signing told
        # after it; the document is what that signing names
        phrase = _SIGNED_AFTER_COLON.sub("", phrase)
        return _title_from_phrase(phrase), phrase
    return None, None


def _fill_from_context(agreements: list[Event], visits: list[Event], meetings: list[Event],
                       partial: dict | None = None) -> None:
    from ...places import within

    visit = visits[0] if visits else None
    meeting = meetings[0] if meetings else None
    for ev in agreements:
        if len(ev.parties) < 2:
            one = (partial or {}).get(id(ev))
            if visit is not None and one is not None and visit.origin is not None and not within(one, visit.origin) \
                    and not within(visit.origin, one):
                ev.parties = [visit.origin, one]  # the visitors signed with the side the clause names
            elif visit is not None:
                ev.parties = [visit.origin, visit.destination]
            elif meeting is not None and len(meeting.parties) >= 2:
                ev.parties = list(meeting.parties)
        if not ev.start:
            # 会上，双方签署了…: the meeting told last before the signing (else the first told)
            told = [m for m in meetings if m.evidence and ev.evidence and m.evidence[0][0] <= ev.evidence[0][0]]
            near = told[-1] if told else meeting
            src = near if near is not None and near.start else visit
            if src is visit and src is not None and src.start and src.start != src.end:
                src = None  # a trip's range dates no signing made on one of its days (ANNOTATION: null)
            if src is not None and src.start:
                ev.start, ev.end = src.start, src.end
    # parties listed once per region
    for ev in agreements:
        uniq = []
        for r in ev.parties:
            if r is not None and not any(_same(r, u) for u in uniq):
                uniq.append(r)
        ev.parties = uniq


def _subject_besides(regions: list, one):
    """The first region of a sentence that is neither ``one`` nor holds or lies in it (its most specific form
    when a region inside it follows: 中国潍坊市 → 潍坊市); None without one."""
    from ...places import within

    first = next((r for r in regions if not (_same(r, one) or within(r, one) or within(one, r))), None)
    if first is None:
        return None
    return next((r for r in regions if within(r, first) and not _same(r, first)
                 and not (within(r, one) or within(one, r))), first)


def _align_parties(agreements: list[Event], visits: list[Event], meetings: list[Event]) -> None:
    """Map a signing's regions (衢州市 for a company of 衢州) onto the sides of the exchange (衢江区)."""
    from ...places import within

    main = None
    for src in ([a.parties for a in agreements if a.participants] + [m.parties for m in meetings]
                + [[v.origin, v.destination] for v in visits]):
        if len(src) >= 2:
            main = src
            break
    if not main or len(main) > 2:
        return  # (a matchmaking meeting of one province with several partners: its cities sign on their own)
    for ev in agreements:
        mapped = []
        for r in ev.parties:
            m = next((x for x in main if within(x, r)), None)  # (a place inside it, never the province around it)
            if m is not None and not _same(m, r) and _titled(ev, r):
                m = r  # 《湖南省与多多马省建立友好关系备忘录》: the side its title names, not the city it was signed in
            mapped.append(m)
        if all(m is not None for m in mapped) and len({id(m) for m in mapped}) >= 2:
            ev.parties = list(dict.fromkeys(mapped))


def _titled(ev: Event, r) -> bool:
    """The agreement's own title names region ``r`` (its Chinese name or short form, or its English name)."""
    from ...gazetteer import TYPE_WORD_END

    full = getattr(r, "zh", None) or ""
    zh = [n for n in (full, TYPE_WORD_END.sub("", full)) if len(n) >= 2]
    en = getattr(r, "en", None)
    return bool(ev.title_zh and any(n in ev.title_zh for n in zh)) or bool(
        ev.title_en and en and re.search(r"\b" + re.escape(en) + r"\b", ev.title_en))


def _merge_longer_titles(agreements: list[Event]) -> None:
    """同城化合作框架协议 in a headline and 甲市乙市同城化合作框架协议 in the body: one document, the longer title."""
    for ev in list(agreements):
        t = ev.title_zh
        if not t:
            continue
        host = next((a for a in agreements if a is not ev and a.title_zh and len(a.title_zh) > len(t)
                     and a.title_zh.endswith(t)), None)
        if host is None or (len(ev.parties) >= 2 and len(host.parties) >= 2 and not _sides_match(ev.parties, host.parties)):
            continue
        _absorb(host, ev)
        agreements.remove(ev)


def _headline_end(text: str) -> int:
    """End of a headline line (first line, no sentence end, more text after it); 0 when there is none."""
    nl = text.find("\n")
    if nl <= 0 or nl > 80:
        return 0
    line = text[:nl].rstrip()
    return 0 if not line or line[-1] in "。！？.!?" or not text[nl:].strip() else nl


def _merge_headline(text: str, agreements: list[Event]) -> None:
    """A headline's unnamed 两地签署合作协议 announces the signing the body tells: that agreement."""
    end = _headline_end(text)
    if not end:
        return
    for ev in list(agreements):
        if ev.title_zh or ev.title_en or not ev.evidence or any(b > end for _a, b in ev.evidence):
            continue
        body = [a for a in agreements if a is not ev and any(b > end for _a, b in a.evidence)]
        host = next((a for a in body if len(ev.parties) < 2 or len(a.parties) < 2 or _sides_match(ev.parties, a.parties)),
                    None)
        if host is not None:
            _absorb(host, ev)
            agreements.remove(ev)


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


def _date_of_verb(ctx, lo: int, pos: int):
    """A date told right before the sign verb at ``pos`` in its clause (2018年10月正式签约), not one of a clause
    of its own (2025年曾率团造访的某某…签署: the date of the earlier trip)."""
    for s in ctx.dates:
        if lo <= s.start and s.end <= pos and s.value and s.value[0] and pos - s.end <= 10 \
                and not re.search(r"[曾的]", ctx.doc.text[s.end:pos]):
            return s.value
    return None


def _day_before(ctx, lo: int, pos: int):
    """The last day stated between ``lo`` and a sign verb at ``pos`` (a page's own stamp earlier is not the signing's)."""
    best = None
    for s in ctx.dates:
        if lo <= s.start < pos and s.value and s.value[0] and len(s.value[0]) >= 10 and not s.value[0].startswith("--"):
            best = s.value
    return best


_LONG_AGO = re.compile(r"早在[^，,。；;]{0,16}?(?:即已|就已|便已|已经|就|即|便|已)\s*$|早已\s*$")


def _not_told(clause: str, sm) -> bool:
    """The clause looks forward to a signing or dates ties from one: no signing told."""
    before, after = clause[:sm.start()], clause[sm.end():]
    if NOT_TOLD_ZH.search(before) and AFTER_ZH.search(after):
        return True  # 期待在缔结姊妹市后…
    if ANNIVERSARY_ZH.search(after) or YEARS_SINCE_ZH.search(after):
        return True  # 纪念甲乙缔结友好城市关系40周年
    if _LONG_AGO.search(before):
        return True  # 西安市与撒马尔罕市早在2019年即已结为友好城市: ties recalled, no signing told
    return bool(SINCE_ZH.search(before) and AFTER_ZH.search(after) and "以来" in AFTER_ZH.search(after).group(0))


def _actors(ctx, start: int, end: int) -> list:
    """The sides a clause names: 云林县斗六市 is 斗六市 (a place written before the place inside it), 日本和歌山县 is 和歌山县."""
    spans = [(s, e, r) for s, e, r in ctx.regions_in(start, end) if r is not None]
    if not spans:  # 川渝两地签署, 津吉双方签署: the two a pair names (when the clause names no place of its own)
        spans = [(s, e, r) for s, e, r in ctx.regions_in(start, end, single=False) if r is not None]
    # 甲与乙在丙签署: 丙 is where they signed, not a side (unless the clause names no two others)
    sides = [x for x in spans if not _VENUE_BEFORE.search(ctx.doc.text[max(start, x[0] - 2):x[0]])]
    if len(_two_parties(unqualified(sides))) >= 2:
        spans = sides
    return _prune(_two_parties(unqualified(spans)))


_VENUE_BEFORE = re.compile(r"(?:在|于)$")


def _prune(parties: list) -> list:
    """More than two sides: a country beside a place inside it (日本, 和歌山县) is that place's side."""
    if len(parties) <= 2:
        return parties
    return [r for r in parties if not any(o is not r and holds(r, o) for o in parties)]


def _sides_match(a: list, b: list) -> bool:
    from ...places import within

    def covered(xs, ys):
        return all(any(within(x, y) or within(y, x) for y in ys) for x in xs)

    return bool(a) and bool(b) and covered(a, b) and covered(b, a)


def _same_sides(pair: list, candidates: list[Event]) -> Event | None:
    """The first agreement between the same sides as ``pair``."""
    return next((a for a in candidates if len(a.parties) >= 2 and _sides_match(pair, a.parties)), None)


def _absorb(host: Event, ev: Event) -> None:
    host.evidence.extend(x for x in ev.evidence if x not in host.evidence)
    for p in ev.participants:
        host.add_participant(p.person, p.role)
    host.fields.extend(f for f in ev.fields if f not in host.fields)
    if not host.start:
        host.start, host.end = ev.start, ev.end


def _pair_list(ctx, sent, text: str) -> list[tuple]:
    """Pairs listed after 分别为/分别是 in a sentence about documents signed or ties formed (or after 包括 when
    the pairs were counted: 共有9对友好城市签署了合作协议，包括甲与乙、丙与丁)."""
    m = re.search(r"(分别为|分别是)[:：]?", text) or re.search(
        r"(?<=[\d一二三四五六七八九十两]对)[^。；;]*?[，,]\s*(?:其中)?(包括|包含)[:：]?", text) or re.search(
        r"[，,]\s*其中(包括|包含|有)[:：]?", text)  # 签署合作协议，其中包括甲与乙…备忘录、丙与丁…意向书
    if not m or not PAIRED.search(text[:m.start(1)]):
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


def _respective_pairs(ctx, sent, text: str) -> list[tuple]:
    """甲市、乙市、丙市分别与A、B、C签署…: as many places before 分别与 as after it, each signing with its
    counterpart in turn."""
    sm = SIGN_AG_ZH.search(text)
    if sm is None or PLAN.search(text) or not DOC_AG_ZH.search(text, sm.start()):
        return []
    m = re.search(r"分别\s*(?:与|同|和)", text[:sm.start()])
    if m is None:
        return []
    lo = max(text.rfind(c, 0, m.start()) for c in "，,；;:：。") + 1

    def listed(a: int, b: int) -> list:
        out = []
        for item in re.split(r"[、和及]", text[a:b]):
            k = text.find(item, a)
            own = _actors(ctx, sent.start + k, sent.start + k + len(item)) if item.strip() else []
            if len(own) != 1:
                return []
            out.append(own[0])
            a = k + len(item)
        return out

    left, right = listed(lo, m.start()), listed(m.end(), sm.start())
    if len(left) < 2 or len(left) != len(right) or any(_same(x, y) for x, y in zip(left, right)):
        return []
    return list(zip(left, right))


def _signing_pairs(ctx, sent, text: str) -> list[tuple]:
    """甲市与乙市、丙市与丁省等签署友城结好协议书: pairs listed as the subject of one signing, one signing each."""
    sm = SIGN_AG_ZH.search(text)
    if sm is None or PLAN.search(text) or TALLY.search(text[:sm.start()]) or not DOC_AG_ZH.search(text, sm.start()):
        return []
    lo = max(text.rfind(c, 0, sm.start()) for c in "，,；;:：。") + 1
    pairs = []
    pos = lo
    for item in re.split(r"[、]", text[lo:sm.start()]):
        start = sent.start + pos
        pos += len(item) + 1
        k = item.find("与")
        if k < 0:
            continue
        left = _actors(ctx, start, start + k)
        right = _actors(ctx, start + k, start + len(item))
        if len(left) == 1 and len(right) == 1 and not _same(left[0], right[0]):
            pairs.append((left[0], right[0]))
    return pairs if len(pairs) >= 2 else []
