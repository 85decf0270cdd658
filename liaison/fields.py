"""Fields of cooperation: the terms of ``data/fields.tsv`` found in a text, and the events they belong to.

Language-neutral: each row of the table holds a field's Chinese and English terms, and the cue words
below (cooperation, agreement content, "areas of") are in both languages, so one reader serves the
Chinese rules (``liaison.lang.zh``) and the events read from English frames alike.
"""
from __future__ import annotations

import csv
import functools
import re
from importlib import resources

from .doc import Event
from .mixedrx import ZhFast

AGREEMENT_CONTEXT = ZhFast(re.compile(r"(协议|备忘录|协定|意向书|缔结|agreement|memorandum|MOU|accord|\bpacts?\b|\bdeals\b|\b(?:a|the|this|that) (?:\w+ )?deal\b)", re.I))

_ZH_AGREEMENT = re.compile(r"(协议|备忘录|协定|意向书|缔结)")

COOP_CONTEXT = ZhFast(re.compile(r"(合作|协作|领域|方面|对接|交流|往来|cooperat|field|area|exchanges?|ties|partner"
                                 r"|sectors? (?:of|such as|including|like)|(?:in|key|priority|these|various|all|many|other|"
                                 r"several|the) sectors?)", re.I))

# English talk told without a cooperation word: what was discussed ("the two sides discussed trade and tourism",
# "talks focused on energy", "an agreement on border trade", "pledged closer ties in education")
_EN_TALK_CONTEXT = re.compile(
    r"(探讨|讨论|磋商|交换意见|交换了意见|商谈|洽谈|研讨|谈讨)|\b(discuss(?:ed|es|ing|ions?)?|talk(?:s|ed)? (?:about|on|over)|exchanged? views|focus(?:ed|ing|es)? on|"
    r"cent(?:er|re)d? (?:on|around)|covered|covers|revolved around|agree(?:d|s)? (?:to|on)|pledged|vowed to|"
    r"work(?:ing)? together|join(?:ed)? hands|team(?:ed)? up|collaborat\w*|interested (?:mainly |particularly )?in|hop(?:es|ed|ing)? to|looks? forward to|(?:willing|ready) to|opportunities (?:in|for)|"
    r"(?:propos|suggest|urg|call)\w* (?:on |for )?(?:that )?(?:the )?(?:two|both) (?:sides|provinces|cities|localities|regions)|"
    r"(?:agreements?|memorand(?:um|a)|MOUs?|accords?|pacts?|deals?|talks|meetings?|forums?|seminars?|conferences?|"
    r"videoconferences?|calls?|dialogues?|roundtables?|sessions?) on)\b", re.I)


@functools.lru_cache(maxsize=1)
def field_terms() -> list[tuple[str, re.Pattern]]:
    """(field, regex of its terms) per row of fields.tsv; rows named ``-`` hold phrases that name no field
    (主题教育, 改革开放) and only hide the shorter terms inside them."""
    out = []
    text = resources.files("liaison").joinpath("data/fields.tsv").read_text("utf-8")
    rows = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    for field, zh, en in rows:
        terms = [re.escape(z) for z in zh.split("|") if z] + [r"\b" + e for e in en.split("|") if e]
        terms.sort(key=len, reverse=True)  # the longest term at a position: 绿色农业 before 农业
        out.append((field, ZhFast(re.compile("|".join(terms), re.I))))
    return out


# 借助…人才、技术、市场优势 / 发挥区位、产业等优势: a place's strengths listed, not areas of cooperation
_ADVANTAGES = re.compile(r"[^，,；;。：:！!？?\n]*?优势(?!产业|产品|领域|特色|企业|项目|互补)")

# 扶余作为农业大市, "Shaanxi is one of China's centers for wheat": a place described, not an area of cooperation
_DESCRIBED = ZhFast(re.compile(
    r"(?:是|作为)[^，,。；;：:]{0,12}?(?:大省|大市|大县|大区|大国|重镇|之都|之乡|强省|强市|主产区|生产基地)"
    r"|\b(?:is|are|was) (?:also )?(?:one of [^,.;]{0,40}?|home to|known for|famous for|renowned for|rich in|"
    r"(?:an?|the) (?:(?:leading|important|major|key|main|largest|biggest|national|regional|country's|[a-z]+-level) )+"
    r"(?:[a-z]+(?:,| and)? ){0,4}?(?:province|city|state|region|area|centre|center|hub|base|producer|exporter|zone)"
    r"|(?:the|a|an) (?:centre|center|hub|heart) (?:of|for) )[^,.;]*",
    re.I))

# a term inside the name of a bureau, department, ministry, company or association (绍兴市教育局, 省商务厅, 经济财政司,
# 润丰投资有限公司, 茶产业协会); 部门 (departments: 商务、文旅等部门) is no name
_ORG_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(局|厅|司(?!法)|部(?![门分署])|委员会|协会|商会|有限公司|公司|集团|分行|支行)"
                        r"|(?:合作)?(?:代表团|访问团|考察团|参访团|交流团)"  # 经贸代表团: the delegation's kind
                        r"|(?:合作)?(?:博览会|交易会|展览会)"  # 中非经贸博览会: the fair's name, not what is agreed
                        r"|(?:\s+(?:and|&)\s+[a-z]+)?\s+(?:cooperation\s+)?(?:delegations?|missions?)\b")  # "trade mission"

# web addresses and source lines (finance.example.com.cn, 来源:商务部网站) name no field
_NOT_PROSE = re.compile(r"(https?://|www\.)[^\s，。]*|[A-Za-z0-9.-]+\.(com|cn|net|org)(\.cn)?\b|(来源|消息来源|source)\s*[:：]\s*[^\s，,。]{1,20}",
                        re.I)


def fields_in(text: str) -> list[str]:
    """The fields whose terms ``text`` names (a term inside an organisation's name or a list of a place's
    strengths does not count), in the table's order."""
    text = _NOT_PROSE.sub(lambda m: " " * len(m.group(0)), text)
    if "优势" in text:  # what _ADVANTAGES needs (it tries a lazy run from every character)
        text = _ADVANTAGES.sub(lambda m: " " * len(m.group(0)), text)
    text = _DESCRIBED._for(text).sub(lambda m: " " * len(m.group(0)), text)
    spans = []
    for field, pat in field_terms():
        for m in pat._for(text).finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), field))
    taken: list[tuple[int, int]] = []
    found = set()
    for s, e, field in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):  # longest first
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if field != "-" and not _ORG_AFTER.match(text, e) and not _in_english_name(text, s, e) \
                and not _en_office_or_funding(text, s, e):
            if field == "industry" and text.startswith("产业", s) and _FIELD_BEFORE_INDUSTRY.search(text, 0, s):
                continue  # 观光产业, 文化旅游产业: the industry of a field named before it is that field
            found.add(field)
    return [field for field, _pat in field_terms() if field in found]


# 观光产业, 大健康产业: a field's term right before 产业
_FIELD_BEFORE_INDUSTRY = re.compile(r"(观光|旅游|文旅|文化|健康|康养|养老|医疗|农业|金融|数字|教育|体育)$")

# "Harbin Tourism Development Committee", "Ministry of Food, Agriculture and Light Industry": a capitalised term
# inside a run of capitalised words ending in an office or institution names that body, not a field
_EN_BODY = re.compile(r"(?:[A-Z][\w'’&-]*|of|and|for|the|&|,)(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&)|,)*", re.U)
_EN_BODY_HEAD = re.compile(r"\b(Department|Ministry|Minister|Bureau|Committee|Commission|Office|Council|Association|"
                           r"Chamber|Institute|University|College|Academy|Centre|Center|Bank|Company|Corporation|Group|"
                           r"Agency|Authority|Administration|Board|Federation|Society|Foundation|Fund|Director|Secretary|"
                           r"Chair|Chairman|Commissioner|MEC|Promotions?|Division|Section|Unit|Party|School|Hospital|"
                           r"Co|Ltd|Inc|Expo|Exposition|Fair)\b")  # ("Economic and Trade Expo": a fair's name)


def _in_english_name(text: str, s: int, e: int) -> bool:
    """The English term at ``[s, e)`` is a word of a capitalised name of a body ("Tourism Development
    Committee", "Department of Commerce"), not a field (the first word of a sentence may be either)."""
    if not text[s:s + 1].isupper():
        return False
    # the capitalised run the term sits in: back to the first capitalised word before it, on to its end
    k = s
    while True:
        m = re.search(r"(?:[A-Z][\w'’&-]*,?|of|and|for|the|&)\s+$", text[max(0, k - 40):k])
        if not m:
            break
        k = max(0, k - 40) + m.start()
    run = _EN_BODY.match(text, k)
    if run is None or run.end() < e:
        return False
    return bool(_EN_BODY_HEAD.search(run.group(0)))


# "the city's commerce bureau", "head of the provincial agriculture department", "the ministry of finance": a term
# naming an office written in lower case; "financial support for the project", "financed by": money, not an area
_EN_OFFICE_AFTER = re.compile(r"[\w-]*(?:\s+(?:and|&)\s+[a-z][\w-]*)?(?:\s+[a-z][\w-]*)?\s+(?:department|bureau|commission|"
                              r"ministry|office|authority|agency|administration|council|committee|directorate|division|"
                              r"section|board)s?\b(?!\s+(?:cooperation|exchanges?|ties|sectors?|fields?|areas?))")
_EN_OFFICE_BEFORE = re.compile(r"\b(?:department|bureau|ministry|minister|commission|commissioner|office|secretary|director|"
                               r"directorate|board)\s+(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,3}$")
_EN_FUNDING = re.compile(r"(?:ial|ing|ed)?\s+(?:support|assistance|aid|resources|backing|help|contributions?)\b"
                         r"|ed\b|ing\s+(?:for|of)\s")


def _en_office_or_funding(text: str, s: int, e: int) -> bool:
    """An English term that names an office in lower case ("the provincial agriculture department", "the ministry
    of finance"), or money given rather than an area ("financial support", "financed by")."""
    if not text[s:e].isascii():
        return False
    word_end = e
    while word_end < len(text) and (text[word_end].isalpha() or text[word_end] == "-"):
        word_end += 1
    if _EN_OFFICE_AFTER.match(text, word_end) or _EN_OFFICE_BEFORE.search(text, max(0, s - 80), s):
        return True
    return text[s:e].lower().startswith("financ") and bool(_EN_FUNDING.match(text, e))


_STRONG_FIELDS = ZhFast(re.compile(r"(方面|领域|areas? of|fields? of|sectors?)", re.I))

_CARRIED_FIELDS = ZhFast(re.compile(r"(双方|两地|两省|两市|将在|方面|领域|both sides|the two|areas? of|fields? of|sectors?"
                                    r"|^\s*(it|this|the (pact|deal|document)) (also )?(covers|includes|aims|focuses|provides|"
                                    r"sets out|calls for|stipulates|envisages|envisions|outlines|specifies|details|involves)|\bunder the (pact|deal|document|accord)\b)", re.I))

# 根据协议… / 协议还规定… / "under the agreement": what the document holds, cooperation word or not
_AGREEMENT_CONTENT = ZhFast(re.compile(r"(根据|按照|依据|依照)(该|这一|此)?(协议|协定|备忘录)|(协议|协定|备忘录)(还|中|明确|规定|约定|提出|内容)"
                                       r"|\b(under|according to|in) the (agreement|memorandum|MOU|pact|accord|deal|document)\b"
                                       r"|\b(the (agreement|memorandum|MOU|pact|accord|deal|document)|it|which) (also )?"
                                       r"(covers|stipulates|includes|provides|calls for|sets out|focuses on|aims|envisages|envisions|outlines|specifies|details|involves)", re.I))


_EN_BACKGROUND = re.compile(r"\b(?:since (?:then|the (?:establishment|signing)|establishing|(?:19|20)\d\d)|in recent years|"
                            r"over the (?:past|last) (?:\w+ )?(?:years|decades?)|so far|to date|previous(?:ly)?|"
                            r"(?:established|set up|forged|signed|became)\b[^.;]{0,60}\bin (?:19|20)\d\d)\b", re.I)

# what an English sentence says a meeting was about: cooperation, partnership or exchanges in areas, what was
# discussed or focused on (a wish, a welcome or an opportunity told by one side is no area of the talks)
_EN_MEETING_ABOUT = re.compile(r"cooperat|co-operat|collaborat|partnership|exchanges? (?:in|on)|\bexchanges\b|\bareas?\b|\bfields?\b|"
                               r"(?:propos|suggest|urg|call)\w* (?:on |for )?(?:that )?(?:the )?(?:two|both) (?:sides|provinces|cities|localities|regions)|"
                               r"\bsectors?\b|discuss|talks (?:on|about)|\bfocus|work(?:s|ed|ing)? together|join(?:ed)? hands|team(?:ed)? up|"
                               r"interested (?:mainly |particularly |especially )?in|"
                               r"\b(?:expand|boost|strengthen|deepen|enhance|promote|increase|develop)\w* [^.;]{0,50}\bwith\b", re.I)
_HAN3 = re.compile(r"[\u4e00-\u9fff]{3}")


def _english(text: str) -> bool:
    """A sentence written in English (a Chinese sentence with a few Latin letters is not)."""
    return _HAN3.search(text) is None and re.search(r"[A-Za-z]{4}", text) is not None


_CLAUSE_END = re.compile(r"[，,；;：:]")
_SIGNING = re.compile(r"(签署|签订|签约|簽|内容|\bsign|\binked\b|\bconclud)", re.I)


def _talk_before_signing(text: str) -> int | None:
    """Where the clauses telling talks end, in a sentence that goes on to a signing: the start of the clause
    naming the document, when the clauses before it name fields with a cooperation or talk word; else None."""
    m = AGREEMENT_CONTEXT.search(text)
    if m is None:
        return None
    cut = None
    for c in _CLAUSE_END.finditer(text, 0, m.start()):
        cut = c.end()
    if cut is None:
        return None
    end = _CLAUSE_END.search(text, m.end())
    if not _SIGNING.search(text[cut:end.start() if end else len(text)]):
        return None  # 将推动…交流，未来并可进行协议: no signing told, the sentence is one
    head = text[:cut]
    if _SIGNING.search(head) or not (COOP_CONTEXT.search(head) or _EN_TALK_CONTEXT.search(head)) or not fields_in(head):
        return None
    return cut


def _each_clause_its_signing(ctx, sent, text: str, events: list[Event]) -> bool:
    """"A and B signed a memorandum on agriculture; C and D signed a tourism agreement": several signings told in
    one sentence, one a clause (between ';'), each take the fields of their own clause. False when the sentence
    is not such a list (then read as one)."""
    told = [e for e in events if any(a == sent.start for a, _b in e.evidence) and len(e.parties) >= 2]
    if len(told) < 2 or not re.search(r"[;；]", text):
        return False
    pos, done = sent.start, False
    for clause in re.split(r"(?<=[;；])", text):
        named = [r for _s, _e, r in ctx.regions_in(pos, pos + len(clause)) if r is not None]
        pos += len(clause)
        own = [e for e in told if all(r in named for r in e.parties)]
        if len(own) == 1:
            fs = fields_in(clause)
            own[0].fields.extend(f for f in fs if f not in own[0].fields)
            done = True
    return done


def fields_for(ctx, events: list[Event], agreement: bool, skip: set | None = None) -> None:
    """Fields of cooperation named in sentences about these events (agreement context or not)."""
    if agreement:
        ctx.__dict__["_any_agreement"] = ctx.__dict__.get("_any_agreement", False) or bool(events)
    if not events:
        return
    # no signing told anywhere: "reached agreement on tourism" is the talks' consensus, not a document's content
    # (English only: "agreement" also means consensus; 协议 is a document, consensus is 共识)
    no_signing = not agreement and not ctx.__dict__.get("_any_agreement", False)
    skip = skip or set()
    doc = ctx.doc
    seen_fields = ctx.__dict__.setdefault("_fields_by_sentence", {})
    cues = ctx.__dict__.setdefault("_field_cues", {})  # the cue words of each sentence, read once per article
    prev_agr = prev_agr_para = False
    for sent in doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        cue = cues.get(sent.start)
        if cue is None:
            cue = cues[sent.start] = (bool(AGREEMENT_CONTEXT.search(text)), bool(_STRONG_FIELDS.search(text)),
                                      bool(_CARRIED_FIELDS.search(text)),
                                      bool(COOP_CONTEXT.search(text) or _EN_TALK_CONTEXT.search(text)),
                                      bool(_AGREEMENT_CONTENT.search(text)))
        this_agr, strong, carried_cue, coop, content = cue
        if agreement and this_agr and _each_clause_its_signing(ctx, sent, text, events):
            prev_agr, prev_agr_para = False, this_agr
            continue
        if not agreement and coop and _english(text) and not _EN_MEETING_ABOUT.search(text):
            continue  # "X hoped to see more investors", "Y looks forward to tourists from Z": no area of the talks
        carried = (prev_agr or (prev_agr_para and strong)) and carried_cue
        prev_agr_para = this_agr
        prev_agr = this_agr and "\n" not in doc.text[sent.end:sent.end + 1]
        if not (coop or agreement and content):
            continue
        is_agr = (this_agr or carried) and not (no_signing and not _ZH_AGREEMENT.search(text))
        # 双方就金融、创科等议题交换意见，并签署了合作协议，涵盖医疗…: the clauses before the one naming the document
        # tell the talks, the rest the document
        split = _talk_before_signing(text) if is_agr and this_agr else None
        if sent.start in skip and split is None:
            continue
        if split is not None:
            fs = seen_fields.get((sent.start, agreement))
            if fs is None:
                fs = seen_fields[(sent.start, agreement)] = fields_in(text[split:] if agreement else text[:split])
        else:
            if is_agr != agreement:
                continue
            fs = seen_fields.get(sent.start)
            if fs is None:  # fields_for runs once per event kind: read each sentence once per article
                fs = seen_fields[sent.start] = fields_in(text)
        if not fs:
            continue
        if _EN_BACKGROUND.search(text) and not any(s == sent.start for e in events for s, _ in e.evidence):
            continue  # "Since the ties were established in 1998, the two have cooperated in ...": the background
        headline = sent is doc.sentences[0] and "\n" in doc.text[sent.end:sent.end + 2]
        if not agreement and all(ev.evidence and sent.start < ev.evidence[0][0] for ev in events) and not headline:
            continue  # talk before any meeting is told is background, not the meeting's agenda (its headline is not)
        # the event told last before the sentence (whether or not anyone is named taking part in it); the
        # headline's is the first told
        target = min(events, key=lambda e: min((a for a, _b in e.evidence), default=len(doc.text))) if headline \
            else events[0]
        for e in events:
            if any(s <= sent.start for s, _ in e.evidence):
                target = e
        if not agreement and target.start:
            # a meeting recalled from an earlier day does not take what is said after it: the latest-dated one told
            dated = [e for e in events if e.start and any(s <= sent.start for s, _ in e.evidence)]
            latest = max((e.start.lstrip("-") for e in dated), default="")
            here = target.start.lstrip("-")
            if latest and here < latest and not latest.startswith(here) and not any(
                    s == sent.start for s, _ in target.evidence):
                target = [e for e in dated if e.start.lstrip("-") == latest][-1]
        # the event this very sentence tells (去年…签署了…协议,建立了干部交流机制) wins over the latest one told
        told = [e for e in events if any(s == sent.start for s, _ in e.evidence)]
        if told and target not in told:
            target = told[-1]
        # the document the sentence names (缔结友好城市 → the sister-city agreement) wins over proximity
        for key in ("友好城市", "友城", "sister", "备忘录", "memorandum"):
            if key in text:
                named = [e for e in events if any(key in doc.text[a:b] for a, b in e.evidence[:1])]
                if named:
                    target = named[0]
                break
        target.fields.extend(f for f in fs if f not in target.fields)
