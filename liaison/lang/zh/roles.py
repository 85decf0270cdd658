"""Roles: the role verbs of the Chinese sentences (主持, 讲话, 出席, 会见, 签署, 见证, 率领) with the people
named before them, and the event each verb's clause tells."""
from __future__ import annotations

import re

from ...doc import Event
from ...fields import COOP_CONTEXT
from ...places import same as _same
from ...titles import ZH_ROLE_WORDS
from . import lexicon as L

ROLES = ("presider", "speaker", "attendee", "host", "signatory", "witness", "leader")
ROLE_VERBS = [(role, L.pattern("{verb}", verb=L.roles(role))) for role in ROLES]  # roles.tsv
_OBJ = L.pattern("^{verb}$", verb=L.roles(arg="obj"))  # 出席会见的还有甲: the people after the verb
_CALL = L.pattern("{call}", call=L.roles("attendee", arg="call"))  # 拜会: the guest calls on the host
_WILL = re.compile(r"(将|会|拟|要|准备|计划)$")
# what may stand between a speaker and 说/表示: the setting (在…时, 在…上); not 对…表示欢迎 (a welcome is no speech)
_SAY_FRAME = re.compile(r"\s*(?:在|于)[^,，。;；]{1,30}?(?:时|期间|上|中|之际)[,，]?\s*")
_SAY_NEXT = set(L.forms(L.roles("speaker", arg="next")))  # 说, 表示: the speaker is named right before
_SAY_ADVERB = re.compile(r"(则|也|还|又|亦|更|再次|随后|最后|接着|同时)")  # 梁振英则说: still right before
# 蒲岛郁夫知事说 / 甲市长则表示: the speaker's title between his name and the verb
_TITLE_THEN_SAY = re.compile("(?:" + "|".join(map(re.escape, ZH_ROLE_WORDS)) + ")" + _SAY_ADVERB.pattern + "?")
# 出席相关活动: the verb names no event
RELATED_ONLY = re.compile(r"(有关活动|相关活动|上述活动|以上活动|^活动|^了?活动)")


def role_assignments(ctx, sent) -> list[tuple[str, str, int]]:
    """(person_id, role, verb offset) for the role verbs of a sentence; subjects precede their verb."""
    cache = getattr(ctx, "role_cache", None)  # several steps ask for the same sentence
    if cache is None:
        return _find_role_assignments(ctx, sent)
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_role_assignments(ctx, sent)
    return list(cache[key])


# the trip between a leading verb and the next role verb (带队赴潼南区，拜会…): the leader goes on as its subject
_TRIP_GAP = L.pattern(r"\s*(?:{go})[^，,。；;]{1,20}?[，,]?\s*(?:了|还|又|并|随后|先后)?", go=L.triggers("go"))


# 甲率团访问日本，8日拜会乙，10日拜会丙: a clause opening with its day goes on with the subject before it
_DAY_CLAUSE = re.compile(r"[，,；;]\s*(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])日(?:上午|下午|晚上|晚)?\s*[，,]?\s*(?:又|还|先后|随后)?$")


def _object_of_verb(ctx, verbs, person) -> bool:
    """The person is named after a verb of meeting in the same clause (拜会埼玉县知事甲: 甲 is called on; not after
    率: 甲率乙、丙前往…，分别参加…: those led go on as subjects)."""
    for vs, ve, role, _word in verbs:
        if role in ("attendee", "host") and ve <= person[0] and not re.search(r"[，,。；;]", ctx.doc.text[ve:person[0]]):
            return True
    return False


def _find_role_assignments(ctx, sent) -> list[tuple[str, str, int]]:
    text = ctx.doc.text[sent.start:sent.end]
    verbs = []
    for role, pat in ROLE_VERBS:
        for m in pat.finditer(text):
            verbs.append((sent.start + m.start(), sent.start + m.end(), role, m.group(0)))
    verbs.sort()
    persons = ctx.persons_in(sent.start, sent.end)
    out = []
    prev_end = sent.start
    continuing = None  # who the last verb's subjects continue as (not those joined by 与)
    for vs, ve, role, word in verbs:
        if role == "signatory" and re.search(r"见证\s*$", ctx.doc.text[max(0, vs - 14):vs]):
            prev_end = ve
            continue  # 见证签约: the signing is what they witnessed
        subj = [p for p in persons if prev_end <= p[0] and p[1] <= vs]
        clause_lo = sent.start + max(text.rfind(c, 0, vs - sent.start) for c in "，,；;") + 1
        if subj and all(p[1] <= clause_lo for p in subj) and all(_object_of_verb(ctx, verbs, p) for p in subj):
            subj = []  # 8日拜会甲，10日拜会乙: 甲, called on in the clause before, is no subject of the next call
        if _OBJ.match(word):
            nxt = min((v[0] for v in verbs if v[0] >= ve), default=sent.end)
            for _s, _e, pid in (p for p in persons if ve <= p[0] and p[1] <= nxt):
                out.append((pid, role, vs))
            prev_end = nxt
            continue
        if role == "host" and subj and ctx.doc.text[ve:ve + 1] == "下":
            # 甲一行在乙陪同下考察: 乙 escorts; 甲, before 在, is the one escorted
            at = ctx.doc.text.rfind("在", subj[0][1], vs)
            if at != -1:
                subj = [p for p in subj if p[0] > at]
        if subj and re.search(r"(共同|一同|一起)\s*$", ctx.doc.text[subj[-1][1]:vs]):
            co = re.search(r"(?:与|和|同)[^与和同]*$", ctx.doc.text[prev_end:subj[0][0]])
            if co is not None and persons and persons[0][1] <= prev_end and persons[0] not in subj:
                subj = [persons[0]] + subj  # 甲率团…，并与乙共同主持: 甲, the sentence's subject, presides too
        if role == "signatory" and subj and persons[0] not in subj:
            clause_lo = sent.start + max(text.rfind(c, 0, subj[0][0] - sent.start) for c in "，,；;") + 1
            if persons[0][1] < clause_lo and re.match(r"\s*(?:并|还|随后|随即|其间|期间)?(?:与|同|和|跟)",
                                                      ctx.doc.text[clause_lo:subj[0][0]]):
                subj = [persons[0]] + subj  # 甲率团访问日本，并与乙签署…: 甲, the sentence's subject, signs too
        if not subj and role == "speaker" and word in _SAY_NEXT:
            # 甲在会见乙时说: the verb inside the setting is not his speech's
            subj = [p for p in persons if p[1] <= vs and _SAY_FRAME.fullmatch(ctx.doc.text[p[1]:vs])][-1:]
        by_pronoun = False
        if not subj and role == "speaker" and word in _SAY_NEXT:
            subj = _pronoun_subject(ctx, sent, vs)
            by_pronoun = bool(subj)
        if not subj and role == "speaker" and word in _SAY_NEXT:
            subj = _surname_subject(ctx, sent, vs)  # 陈说: the one of that family name told before
            by_pronoun = bool(subj)
        if not subj and role == "speaker":
            subj = _title_subject(ctx, sent, prev_end, vs)
        if not subj:
            # "并讲话": the verb continues the previous subjects
            gap = ctx.doc.text[prev_end:vs]
            if out and role == "host" and not gap.strip() and out[-1][1] == "attendee":
                prev_end = ve
                continue  # 参加会见: the reception is what they attended, not a second verb of theirs
            if out and (re.match(r"^[并和及、\s]*$", gap) or re.search(r"并(共同|一同|一起|还|又|随后)?$", gap.rstrip())
                        or out[-1][1] == "leader" and _TRIP_GAP.fullmatch(gap) or _DAY_CLAUSE.search(gap)):
                # (甲带队赴乙，拜会了丙: the one leading the trip calls on 丙)
                last_pids = dict.fromkeys(pid for pid, _r, off in out if off == out[-1][2]
                                          and (continuing is None or pid in continuing))  # in order: no hash-seed dependence
                for pid in last_pids:
                    out.append((pid, role, vs))
                prev_end = ve
            continue
        tail = ctx.doc.text[ve:ve + 26]
        if role == "speaker" and (re.match(r"(精神|中)", tail) or ctx.doc.text[vs - 2:vs] in ("重要", "指示")):
            continue
        if role == "speaker" and word in _SAY_NEXT and not by_pronoun and not (
                any(p[1] >= vs - 1 or _SAY_ADVERB.fullmatch(ctx.doc.text[p[1]:vs])
                    or _TITLE_THEN_SAY.fullmatch(ctx.doc.text[p[1]:vs]) for p in subj)
                or ctx.doc.text[vs - 1:vs] in "他她"):
            # 甲在会见乙时说: the subject, with the setting between
            framed = [p for p in subj[:1] if _SAY_FRAME.fullmatch(ctx.doc.text[p[1]:vs])]
            if not framed:
                continue  # the speaker is named right before the verb (梁振英则说, 胡春华称)
            subj = framed
        if role == "attendee" and RELATED_ONLY.search(tail):
            prev_end = ve
            continue
        for _s, _e, pid in subj:
            out.append((pid, role, vs))
        # 甲与乙会面，并出席…: the verb after 并 continues 甲 alone (乙 came in with 与, 同, 跟)
        # (not after a signing: 甲与乙代表两地签署…并致辞 — both sign, both speak)
        cut = next((k for k in range(1, len(subj)) if role == "host"
                    and re.search(r"[与同跟]", ctx.doc.text[subj[k - 1][1]:subj[k][0]])), None)
        continuing = {pid for _s, _e, pid in (subj[:cut] if cut else subj)}
        prev_end = ve
    return out


_TITLE_ALONE = re.compile(r"\s*(" + "|".join(map(re.escape, ZH_ROLE_WORDS)) + ")" + _SAY_ADVERB.pattern + "?\\s*$")


def _title_subject(ctx, sent, prev_end: int, vs: int) -> list:
    """行政长官表示 / 县长致辞指出 opening a clause with no name: the one person of the article holding that office
    (not a deputy: 副县长 is no 县长)."""
    lo = max(prev_end, sent.start)
    clause = ctx.doc.text[lo:vs]
    cut = max(clause.rfind(c) for c in "，,；;：:")
    m = _TITLE_ALONE.match(clause[cut + 1:])
    if not m:
        return []
    word = m.group(1)
    holders = [p for p in ctx.doc.people if any(
        (pos.title_zh or "").endswith(word) and not re.search(r"(副|常务)$", (pos.title_zh or "")[:-len(word)])
        for pos in p.positions)]
    if len(holders) != 1:
        return []
    return [(vs, vs, holders[0].id)]


# 他说, 她则表示, 他在致辞时指出, 他致辞时说: the pronoun, a setting (…时, …上, …中) and an adverb at most before the verb
_PRONOUN = re.compile(r"^\s*(他|她)(们)?\s*(?:(?:在|于)?[^,，。;；]{1,20}?(?:时|期间|上|中|之际)[,，]?\s*)?"
                      + _SAY_ADVERB.pattern + "?$")


_SURNAME_SAYS = re.compile(r"^\s*([\u4e00-\u9fff]{1,2})\s*" + _SAY_ADVERB.pattern + "?$")


def _surname_subject(ctx, sent, vs: int) -> list:
    """陈说 / 李表示 opening a sentence: the family name alone stands for the one person of that family name the
    article named before (none when two share it)."""
    from ... import names as N

    m = _SURNAME_SAYS.match(ctx.doc.text[sent.start:vs])
    if not m or m.group(1) not in N.surname_chars() and not (len(m.group(1)) == 2 and N.is_plausible_zh_name(
            m.group(1) + "某")):
        return []
    fam = m.group(1)
    before = {}
    for s, e, pid in ctx.persons_in(0, sent.start):
        name = ctx.doc.text[s:e]
        if name.startswith(fam) and len(name) > len(fam):
            before.setdefault(pid, (s, e, pid))
    return list(before.values()) if len(before) == 1 else []


def _pronoun_subject(ctx, sent, vs: int) -> list:
    """他说 / 她表示 opening a sentence with no name in it: the speaker is the one the sentence
    before began with (甲对…表示欢迎。他说…). 他们 takes no one (which of them is not said)."""
    m = _PRONOUN.match(ctx.doc.text[sent.start:vs])
    if not m or m.group(2):
        return []
    prev = [s for s in ctx.doc.sentences if s.end <= sent.start]
    if not prev:
        return []
    persons = ctx.persons_in(prev[-1].start, prev[-1].end)
    return persons[:1]


def assign_roles(parts) -> None:
    """Role verbs of the Chinese sentences onto their events; visitors attend; trip leaders lead its inspection."""
    ctx, visits, meetings = parts.ctx, parts.visits, parts.meetings
    doc = ctx.doc
    distribute_roles(ctx, meetings, parts.agreements)
    respective_talks(ctx, meetings)
    visitors_attend(ctx, meetings, visits)
    visit_hosts(ctx, visits, meetings)
    # 率团…并召开座谈会: the delegation's leaders attend the meeting told in their trip's sentence
    for ev in meetings:
        for v in visits:
            shared = set(ev.evidence) & set(v.evidence)
            if any(_HELD_OR_ATTENDED.search(doc.text[a:b]) for a, b in shared):
                for p in v.participants:
                    if p.role == "leader":
                        ev.add_participant(p.person, "attendee")
    said_to_lead(ctx, visits)
    escorts(ctx, visits, parts.inspections)
    for ins in parts.inspections:
        visit = _trip_of(visits, ins)
        if visit is not None and not any(p.role == "leader" for p in visit.participants):
            # 甲率队参观了…: who leads the tour leads the trip he came on
            for q in ins.participants:
                if q.role == "leader":
                    for p in visit.participants:
                        if p.person == q.person and p.role == "member":
                            p.role = "leader"
        if not any(p.role == "leader" for p in ins.participants):
            for p in (visit.participants if visit else []):
                if p.role == "leader":
                    ins.add_participant(p.person, "leader")
        if visit is not None and not ins.participants and not any(p.role == "leader" for p in visit.participants) \
                and not any(_RECALLED.search(doc.text[a:b]) for a, b in ins.evidence):
            # 甲到乙市考察 … 参观了…: the trip's lone traveller, not said to lead it, leads its tour (not a tour
            # recalled in a speech: 这次…代表团分别到…)
            travellers = [p.person for p in visit.participants if p.role == "member"]
            if len(travellers) == 1:
                ins.add_participant(travellers[0], "leader")


_RECALLED = re.compile(r"这次|這次")


def _trip_of(visits, ins):
    """The visit an inspection belongs to: same origin and destination, else one whose destination holds the
    toured place (or lies in it)."""
    from ...places import within

    same = [v for v in visits if _same(v.origin, ins.origin) and _same(v.destination, ins.destination)]
    if same:
        return same[0]
    near = [v for v in visits if _same(v.origin, ins.origin) and (
        within(ins.destination, v.destination) or within(v.destination, ins.destination))]
    if len(near) == 1:
        return near[0]
    # 甲一行在乙陪同下考察了…: a trip from an unnamed place, told in the tour's own sentence
    told = [v for v in visits if set(v.evidence) & set(ins.evidence) and _same(v.destination, ins.destination)]
    return told[0] if len(told) == 1 and not near else None


# 甲先生率领的代表团 / 甲、乙、丙一行: the text says they lead (ANNOTATION: leader); so does a verb of leading
# right after the name (甲率团。 甲亲自带队, 甲领衔的…: roles.tsv leader, triggers.tsv lead) and a head's
# title taken (甲任团长, 甲担任代表团团长, 甲团长表示: triggers.tsv head, not 副团长), 甲为首的代表团
_GROUPS = r"(?:代表团|考察团|访问团|参访团|交流团|工作组)"
_LEADS_AFTER = L.pattern(r"(?:先生|女士|同志|{title})?(?:亲自)?(?:{lead}|(?:担任|出任|任|为)?" + _GROUPS + r"?{head}|为首的)",
                         lead=L.roles("leader") + L.triggers("lead"), head=L.triggers("head"),
                         title="|".join(map(re.escape, ZH_ROLE_WORDS)))


def said_to_lead(ctx, visits) -> None:
    """A member of a visit the text says leads it (named before 率领的…代表团, after 代表团团长, or first of its
    side in a list of several sides' guests before 一行)."""
    text = ctx.doc.text
    for v in visits:
        for p in v.participants:
            if p.role != "member" or any(q.person == p.person and q.role == "leader" for q in v.participants):
                continue
            named = [(s, e) for a, b in v.evidence for s, e, pid in ctx.persons_in(a, b) if pid == p.person]
            if not named:  # a trip known from another sentence: wherever the article names the member
                named = [(s, e) for s, e, pid in ctx.persons_in(0, len(text)) if pid == p.person]
            if any(_LEADS_AFTER.match(text, e) or _HEAD_BEFORE.search(text, max(0, s - 40), s)
                   or _first_of_side_before_yixing(ctx, s, e, p.person) or _before_yixing(ctx, s, p.person)
                   for s, e in named):
                p.role = "leader"


# 代表团团长、吉林省副省长甲 / 团长甲: the head of the delegation, named after his title (not 副团长, not 秘书长, nor
# 任团长、乙任副团长, where 团长 is what the one before took)
_HEAD_BEFORE = re.compile(r"(?<![副秘任为])团长[、，,]?[^、，,。；;：:！？“”\"]{0,30}$")
_LIST_GAP = re.compile(r"[、，,]?[^、，,。；;：:！？与和及同等]{0,24}")


def _before_yixing(ctx, s: int, pid: str) -> bool:
    """会见了甲一行 / 会见了甲、乙一行 (one side): who is named before 一行 leads, in whichever sentence."""
    from .visits import yixing_leaders

    sent = ctx.doc.sentence_at(s)
    return sent is not None and pid in yixing_leaders(ctx, sent.start, sent.end)


def _first_of_side_before_yixing(ctx, s: int, e: int, pid: str) -> bool:
    """会见甲省…A、乙省…B、丙省…C一行: guests of several sides listed before 一行 each lead their side's trip
    (the first named of a side; 在…带领下 names the leader elsewhere)."""
    from ...places import within

    text = ctx.doc.text
    sent = ctx.doc.sentence_at(s)
    if sent is None:
        return False
    persons = ctx.persons_in(sent.start, sent.end)
    k = next((i for i, m in enumerate(persons) if m[0] == s), None)
    if k is None:
        return False
    lo = k
    while lo > 0 and _LIST_GAP.fullmatch(text[persons[lo - 1][1]:persons[lo][0]]) and "、" in text[persons[lo - 1][1]:persons[lo][0]]:
        lo -= 1
    hi = k
    while hi + 1 < len(persons) and _LIST_GAP.fullmatch(text[persons[hi][1]:persons[hi + 1][0]]) \
            and "、" in text[persons[hi][1]:persons[hi + 1][0]]:
        hi += 1
    chain = persons[lo:hi + 1]
    if len(chain) < 2 or not re.match(r"(?:等人?)?一行", text[chain[-1][1]:chain[-1][1] + 4]) \
            or re.match(r"(?:等人?)?一行[^，,。；;]{0,20}带领下", text[chain[-1][1]:sent.end]):
        return False
    regions = [ctx.person_region(m[2]) for m in chain]
    mine = ctx.person_region(pid)
    if mine is None or any(r is None for r in regions):
        return False
    sides = []
    for r in regions:
        if not any(within(r, x) or within(x, r) for x in sides):
            sides.append(r)
    if len(sides) < 2:
        return False
    first = next(m for m, r in zip(chain, regions) if within(r, mine) or within(mine, r))
    return first[2] == pid


_MEETINGS = {k: L.triggers(k) for k in ("reception", "talks", "conference", "meeting", "banquet")}
_BANQUET = set(L.forms(_MEETINGS["banquet"]))
_OBJECT_BANQUET = L.pattern(r"^[^，,。；;]{1,30}?({banquet})", **_MEETINGS)  # 出席…周年庆祝晚宴: the banquet
_TALKS = set(L.forms(_MEETINGS["talks"]))
_HELD_OR_ATTENDED = L.pattern("{hold}|{attend}", hold=L.triggers("hold"), attend=L.roles("attendee"))
# the verb's own object names the meeting (出席…座谈会) or the signing (出席签约仪式)
_OBJECT_MEETING = L.pattern(r"^.{1,14}?({talks}|{conference}|{meeting}|{banquet})", **_MEETINGS)
_SIGNING = L.pattern("{sign}", sign=L.triggers("sign"))
_TO_MEETING = L.pattern(r"^[^,，。]{0,4}(?:{reception}|{talks}|{conference}|{meeting}|{banquet})", **_MEETINGS)
_TO_SIGNING = L.pattern(r"^[^,，。]{0,4}(?:{sign}|仪式)", sign=L.triggers("sign"))
_WELCOME_ARRIVAL = re.compile(r"对.{1,20}?(到来|来访|到访)表示.{0,4}欢迎")
_RECEPTION = L.pattern("{reception}", reception=_MEETINGS["reception"])
_TALKS_AT = L.pattern("{talks}", talks=_MEETINGS["talks"])
# host verbs that are no meeting (陪同, 迎接, 欢送): the host of the trip, not of a meeting
_ESCORT = L.pattern("{escort}", escort=[r for r in L.roles("host") if r.form not in L.forms(_MEETINGS["reception"])
                                        + L.forms(_MEETINGS["talks"])])


def distribute_roles(ctx, meetings: list[Event], agreements: list[Event]) -> None:
    """presider / speaker / attendee / host verbs → the meeting or signing their clause is about."""
    doc = ctx.doc
    anchors = getattr(ctx, "meeting_anchors", [])
    for sent in doc.sentences:
        text = doc.text[sent.start:sent.end]
        signing = bool(_SIGNING.search(text))
        for pid, role, off in role_assignments(ctx, sent):
            if role in ("leader", "signatory", "witness"):
                continue
            if role == "host" and _WELCOME_ARRIVAL.search(doc.text[max(sent.start, off - 24):off + 2]):
                # 甲对乙一行的到来表示欢迎 (after a dinner told): the reception's words; what follows is said there
                kinds = getattr(ctx, "meeting_kind", {})
                received = [ev for ev in meetings if kinds.get(id(ev)) == "reception"
                            and ev.evidence and ev.evidence[0][0] <= off]
                if received and (off, received[-1]) not in anchors:
                    k = len(anchors)
                    while k and anchors[k - 1][0] > off:
                        k -= 1
                    anchors.insert(k, (off, received[-1]))
            if role == "host" and _ESCORT.search(doc.text[off:off + 10]):
                continue
            if role == "host" and _TALKS_AT.match(doc.text, off) and "分别" in doc.text[max(sent.start, off - 16):off]:
                continue  # 甲、乙分别与代表团会谈: one meeting per host (respective_talks)
            if role == "attendee" and _CALL.match(doc.text[off:off + 4]) and _WILL.search(doc.text[max(0, off - 3):off]):
                continue  # 还会拜会…: a call still to come

            after = doc.text[off:off + 12]
            target = None
            bare = re.match(r"^.{1,3}?[。.;；]", after) is not None  # 参加。 — no object: the event just told
            if bare:
                # the event told last before the verb, in this sentence too (…会议在甲召开，乙出席并讲话。)
                recent = [(e0, ev) for ev in meetings + agreements for e0, _e1 in ev.evidence if e0 <= off]
                if recent:
                    target = max(recent, key=lambda x: x[0])[1]
                    target.add_participant(pid, role)
                    continue
            # 会见 is itself a meeting: its host hosts the meeting, whatever else the sentence signs
            reception = role == "host" and meetings and _RECEPTION.match(doc.text[off:off + 8])
            # what a speaker says is no event of the sentence: only a signing told before the verb counts
            if role != "speaker":
                # 甲与乙会谈，双方签署了…: a signing told only in a later clause is no event of this verb
                cut = re.search(r"[，,；;。]", text[off - sent.start:])
                signed = signing and bool(_SIGNING.search(text[:off - sent.start + (cut.start() if cut else len(text))]))
            else:
                signed = bool(_SIGNING.search(text[:off - sent.start]))
            if agreements and not reception and (_TO_SIGNING.search(after[2:])
                                                 or (signed and not _TO_MEETING.search(after[2:])) or not meetings):
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
                obj = _OBJECT_MEETING.match(doc.text[off:min(sent.end, off + 24)]) or \
                    _OBJECT_BANQUET.match(doc.text[off:min(sent.end, off + 34)])
                if obj:
                    kind = "talks" if obj.group(1) in _TALKS else "banquet" if obj.group(1) in _BANQUET else "conference"
                    named = [ev for ev in meetings if kinds.get(id(ev)) == kind]
                    here = [ev for ev in named if (sent.start, sent.end) in ev.evidence]
                    if here or named:
                        target = (here or named)[0]
                if role == "speaker" and not any(a <= off for a, _ in anchors) and not COOP_CONTEXT.search(text):
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
                if role == "attendee" and target.type == "meeting" and _CALL.match(doc.text[off:off + 4]):
                    # 甲拜会了乙: 乙, called on, hosts
                    clause_end = re.search(r"[,，。;；]|$", doc.text[off:sent.end]).start() + off
                    for _s, _e, other in ctx.persons_in(off, clause_end):
                        if other != pid:
                            target.add_participant(other, "host")
                if role == "host" and target.type == "meeting":
                    # 会见了…代表团: the people received attend
                    clause_end = re.search(r"[,，。;；]|$", doc.text[off:sent.end]).start() + off
                    for _s, _e, other in ctx.persons_in(off, clause_end):
                        if other != pid:
                            target.add_participant(other, "attendee")


# 甲、乙分别与代表团会谈 / 座谈 / 会面: one meeting per person before 分别 (分别出席座谈会: one meeting, two attending)
_RESPECTIVE_TALKS = L.pattern(r"分别[^，,。；;]{0,16}?(?:{talks})|分别与[^，,。；;]{0,16}?(?:{conference}|{reception})(?!会)",
                              talks=_MEETINGS["talks"], conference=_MEETINGS["conference"],
                              reception=_MEETINGS["reception"])


def respective_talks(ctx, meetings: list[Event]) -> None:
    """甲、乙分别与代表团会谈: one talks per person named before 分别, each at home hosting them."""
    doc = ctx.doc
    kinds = getattr(ctx, "meeting_kind", {})
    for sent in doc.sentences:
        m = _RESPECTIVE_TALKS.search(doc.text, sent.start, sent.end)
        if m is None:
            continue
        lo = max(doc.text.rfind(c, sent.start, m.start()) for c in "，,；;")
        named = ctx.persons_in(max(lo + 1, sent.start), m.start())
        target = next((ev for ev in meetings if kinds.get(id(ev)) != "banquet" and (sent.start, sent.end) in ev.evidence),
                      None)
        if target is None or len(named) < 2:
            continue
        for k, (_s, _e, pid) in enumerate(named):
            ev = target
            if k:
                ev = Event(id="", type="meeting", start=target.start, end=target.end, parties=list(target.parties),
                           evidence=[(sent.start, sent.end)])
                meetings.append(ev)
                kinds[id(ev)] = kinds.get(id(target), "talks")
            ev.add_participant(pid, "host")


def visitors_attend(ctx, meetings: list[Event], visits: list[Event]) -> None:
    """A "host" who came with the visiting side (A与B会面) is a visitor: attendee, not host."""
    from ...places import within

    origins = [v.origin for v in visits if v.origin is not None]
    leaders = [p.person for v in visits for p in v.participants if p.role == "leader"]
    for ev in meetings:
        if getattr(ctx, "meeting_kind", {}).get(id(ev)) == "reception" and not any(
                p.role == "attendee" for p in ev.participants):
            for pid in leaders:  # the delegation received: its leaders attend
                ev.add_participant(pid, "attendee")
        turned = False
        for p in list(ev.participants):
            if p.role != "host":
                continue
            r = ctx.person_region(p.person)
            if r is not None and any(within(r, o) for o in origins):
                ev.participants.remove(p)
                ev.add_participant(p.person, "attendee")
                turned = True
        if turned and not any(p.role == "host" for p in ev.participants):
            # 访问期间，甲会见了乙国的丙: the visitor met 丙, who received them at home
            dests = [v.destination for v in visits if v.destination is not None]
            for p in list(ev.participants):
                r = ctx.person_region(p.person)
                if p.role == "attendee" and r is not None and not any(within(r, o) for o in origins) \
                        and any(within(r, d) or within(d, r) for d in dests):
                    ev.participants.remove(p)
                    ev.add_participant(p.person, "host")


# 迎接 / 欢送 / 接待 / 欢迎 the delegation: the host of the trip (陪同 goes with the tour it escorts)
_WELCOME = L.pattern("{w}", w=[r for r in L.roles("host") if r.form not in L.forms(_MEETINGS["reception"])
                               + L.forms(_MEETINGS["talks"]) and r.form != "陪同"])


_VISITORS = re.compile(r"(代表团|访问团|考察团|参访团|交流团|一行|客人|贵宾|嘉宾|来宾|到访|来访)")


def visit_hosts(ctx, visits: list[Event], meetings: list[Event] = ()) -> None:
    """Who welcomes, sees off or receives the visitors (甲热情迎接 / 甲欢迎乙一行到访) hosts the visit told in that
    sentence, else the one told last before it; never one of the travellers."""
    from ...places import within

    if not visits:
        return
    doc = ctx.doc
    for sent in doc.sentences:
        for pid, role, off in role_assignments(ctx, sent):
            if role != "host" or not _WELCOME.match(doc.text[off:off + 2]):
                continue
            clause = re.match(r"[^,，。;；]*", doc.text[off + 2:sent.end]).group(0)
            if not _VISITORS.search(clause) and (clause.strip() or doc.text[off:off + 2] not in ("迎接", "欢送")):
                continue  # the verb's object is no delegation (参与接待的工作, 对…到来表示欢迎)
            talks = next((m for m in meetings if (sent.start, sent.end) in m.evidence), None)
            if talks is not None and doc.text[off:off + 2] == "欢迎" and not any(
                    p.person == pid and p.role != "speaker" for p in talks.participants):
                # 甲欢迎乙率团到访，双方畅谈…: the welcome opens the talks the sentence tells; 甲 hosts them
                talks.add_participant(pid, "host")
                for _s, _e, other in ctx.persons_in(off, sent.start + len(re.match(r"[^,，。;；]*", doc.text[off:sent.end]).group(0))):
                    if other != pid:
                        talks.add_participant(other, "attendee")
                continue
            visit = next((v for v in visits if any(s == sent.start for s, _e in v.evidence)), None)
            if visit is None:
                before = [(min(s for s, _e in v.evidence), v) for v in visits
                          if v.evidence and min(s for s, _e in v.evidence) < sent.start]
                visit = max(before, key=lambda x: x[0])[1] if before else None
            if visit is None or any(p.person == pid for p in visit.participants):
                continue
            r = ctx.person_region(pid)
            if r is not None and visit.origin is not None and within(r, visit.origin):
                continue
            visit.add_participant(pid, "host")


_ESCORTED_TOUR = L.pattern(r"^陪同[^,，。;；]{0,3}?(?:{tour})", tour=L.triggers("tour"))


def escorts(ctx, visits: list[Event], inspections: list[Event]) -> None:
    """甲陪同考察 / 甲陪同。 told in a sentence of its own: 甲 hosts the tour of the trip told before (陪同考察), else
    the trip itself (the sentence naming sites is the tour's own, read with it)."""
    from ...places import within

    doc = ctx.doc
    for sent in doc.sentences:
        if any((sent.start, sent.end) in ins.evidence for ins in inspections):
            continue
        for pid, role, off in role_assignments(ctx, sent):
            if role != "host" or doc.text[off:off + 2] != "陪同":
                continue
            told = [v for v in visits if v.evidence and min(a for a, _b in v.evidence) <= sent.start]
            if not told:
                continue
            visit = told[-1]
            if any(p.person == pid for p in visit.participants):
                continue
            r = ctx.person_region(pid)
            if r is not None and visit.origin is not None and within(r, visit.origin):
                continue  # one of the travellers' own side
            target = visit
            if _ESCORTED_TOUR.match(doc.text[off:sent.end]):
                target = next((i for i in inspections if _same(i.origin, visit.origin)
                               and _same(i.destination, visit.destination)), None)
                if target is None:
                    continue
            target.add_participant(pid, "host")
