"""The Chinese rules: trigger patterns for the four event types, and their assembly.

They read the Chinese sentences of an article only (``zh_events.zh_assemble`` gives them a view of the
article holding those); English sentences are read from the dependency parse (``liaison.lang.en``).
"""
from __future__ import annotations

import csv
import functools
import re
from importlib import resources

from ...doc import Event
from ...places import province as _province, same as _same, within as _within

# ---------------------------------------------------------------- fast path
# Every character that matches an ASCII letter under re.I (checked over all of
# Unicode): the letters themselves, İ, ı, ſ and the Kelvin sign.
_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


class ZhFast:
    """A case-insensitive regex of Chinese and English alternatives, fast on text of one script.

    With re.I and English words among the alternatives, the regex engine tries
    every alternative at every character of the text. An alternative whose first
    character is an ASCII letter cannot match text holding no character of
    ``_LATIN``; for such text, the same regex without those alternatives gives
    the very same matches (same spans, same groups), and the engine scans it
    quickly since it knows which characters a match starts with. Likewise an
    alternative starting with a non-ASCII character that matches no ASCII one
    (a Chinese character) cannot match ASCII text: English text gets the regex
    without those. A dropped alternative holding a group stays, made one that
    still cannot match such text, so group numbers do not move. Other text goes
    to the regex itself. Patterns this cannot split always use the regex itself.
    """

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.pattern, self.flags, self.groups = rx.pattern, rx.flags, rx.groups
        self.zh = _without_latin_alternatives(rx)
        self.en = _without_alternatives(rx, _non_ascii_first)

    def _for(self, text: str) -> re.Pattern:
        if text.isascii():
            return self.en if self.en is not None else self.rx
        return self.zh if self.zh is not None and not _LATIN.search(text) else self.rx

    def search(self, text: str, *args):
        return self._for(text).search(text, *args)

    def match(self, text: str, *args):
        return self._for(text).match(text, *args)

    def finditer(self, text: str, *args):
        return self._for(text).finditer(text, *args)


def _atoms(pattern: str):
    """The pieces of a regex: an escape (``\\b``), a whole class (``[^。]``) or one character."""
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] == "\\":
            j = i + 2
        elif pattern[i] == "[":  # up to the closing bracket (a ']' first in the class is literal)
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            j += 1
        else:
            j = i + 1
        yield pattern[i:j]
        i = j


def _top_alternatives(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|``; None if its parentheses do not balance."""
    out, cur, depth = [], [], 0
    for atom in _atoms(pattern):
        if atom == "(":
            depth += 1
        elif atom == ")":
            depth -= 1
            if depth < 0:
                return None
        elif atom == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(atom)
    out.append("".join(cur))
    return out if depth == 0 else None


_LATIN_FIRST = re.compile(r"(?:\\b)?[A-Za-z](?![?*{])")  # the alternative's first character is a letter
_CAPTURE = re.compile(r"\\[1-9]|\((?!\?)|\(\?P")  # a group of its own, or a back-reference


def _latin_first(alt: str, flags: int) -> bool:
    return _LATIN_FIRST.match(alt) is not None


_ASCII = [chr(i) for i in range(128)]


def _non_ascii_first(alt: str, flags: int) -> bool:
    """``alt`` starts with one non-ASCII character (not optional) that matches no ASCII character under ``flags``."""
    if len(alt) < 1 or ord(alt[0]) < 128 or alt[0] in "\\[(|)" or alt[1:2] in ("?", "*", "{"):
        return False
    one = re.compile(re.escape(alt[0]), flags)
    return not any(one.match(c) for c in _ASCII)


def _without_latin_alternatives(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` without its alternatives that start with an ASCII letter; None when that is not a clean split."""
    return _without_alternatives(rx, _latin_first)


def _without_alternatives(rx: re.Pattern, drop) -> re.Pattern | None:
    """``rx`` for text where no alternative ``drop(alt, flags)`` picks can match; None when there are none to drop
    or the split is not clean. A dropped alternative holding groups stays as one that needs a NUL first (and still
    what it needed, which that text lacks), so group numbers do not move."""
    pat = rx.pattern
    alts, wrap = _top_alternatives(pat), "%s"
    if alts is not None and len(alts) == 1 and pat.startswith("(") and not pat.startswith("(?") \
            and pat.endswith(")"):
        inner = _top_alternatives(pat[1:-1])
        if inner is not None:  # one group around the whole alternation
            alts, wrap = inner, "(%s)"
    if alts is None or any(re.search(r"\\[1-9]|\(\?P[=<]", a) for a in alts):
        return None
    keep, dropped = [], 0
    for a in alts:
        if drop(a, rx.flags):
            dropped += 1
            if _CAPTURE.search(a):
                keep.append("\x00" + a)
            continue
        keep.append(a)
    if not dropped or not keep:
        return None
    try:
        out = re.compile(wrap % "|".join(keep), rx.flags)
    except re.error:
        return None
    return out if out.groups == rx.groups and out.groupindex == rx.groupindex else None


# ---------------------------------------------------------------- patterns
class _Plan:
    """Words saying an exchange is planned, not done — except 应…邀请 ("at the invitation of", which
    introduces what was done: 应长春市政府邀请，…前往吉林省参访)."""

    def __init__(self, rx):
        self.rx = rx

    def search(self, text: str):
        for m in self.rx.finditer(text):
            if m.group(0) == "邀请" and re.search(r"应[^。；;]{0,40}$", text[:m.start()]):
                continue
            return m
        return None


PLAN = _Plan(re.compile(r"(将于|将赴|将到|将在|拟|计划|邀请|欢迎.{0,10}(来|到))"))
VISIT_ZH = re.compile(r"(率|带领|率领|带队)[^。;；]{0,40}?(赴|到|来|抵达|前往|莅临|访问|出访|在)|"
                      r"(率|带领|率领)[^。;；]{0,160}?等(赴|到|来到|抵达|前往|莅临|访问)|抵达|到访|展开访问|"
                      r"(代表团|考察团|一行)[^。]{0,30}在|在[^。,，]{2,12}会见[^。]{0,60}(代表团|考察团|一行)|"
                      r"(代表团|考察团|访问团|一行|率团)[^。;；,，]{0,12}?(赴|到|来到|来|抵达|前往|莅临|访问)|"
                      r"(来|赴|到)(?=[^。,，]{0,8}(考察|访问|调研|学习|对接|交流|开展))")
PAST = re.compile(r"(去年|前年|上年|曾经|此前|多年前|年前)")
MOVE_ZH = re.compile(r"(赴|到|来到|来|抵达|前往|莅临|访问|出访)")
AT_ZH = re.compile(r"在")
DELEG_ZH = re.compile(r"(党政代表团|代表团|考察团|访问团|政府代表团|经贸代表团|一行)")
LEAD_ZH = re.compile(r"(率领|带领|率|带队)")

MEETING_KINDS = [
    ("reception", re.compile(r"(会见|会晤|会面|接见)")),
    ("talks", re.compile(r"(会谈)")),
    ("conference", re.compile(r"(座谈会|座谈|交流会|对接会|联席会议|联席[^,，。]{0,8}会议|合作会议|洽谈会|推介会|恳谈会|合作会议|峰会|论坛|研讨会|大会|"
                              r"视频连线|视频会议)")),
]
INSPECT_ZH = re.compile(r"(考察了|参观|调研了|走访|实地考察|察看|实地了解|走进|深入|来到|先后|考察)")
SITE_ZH = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,24}?(有限公司|股份公司|集团|公司|产业园|工业园|科技园|园区|博物院|博物馆|纪念馆|"
                     r"展览馆|基地|中心|项目|学校|大学|医院|工厂|港|码头|口岸|观光园|示范区|小镇|企业|农场|合作社)")

ROLE_VERBS = [
    ("presider", re.compile(r"(主持)")),
    ("speaker", re.compile(r"(讲话|致辞|发言|介绍|作主旨演讲|说|表示|指出|强调|称(?![号赞为作])|"
                           r"(?<![手意旨])指(?![出导示定南标数引挥令向]))")),
    ("attendee", re.compile(r"(出席|参加)")),
    ("host", re.compile(r"(会见|接见|会面|陪同|迎接|欢送)")),
    ("signatory", re.compile(r"(签署|签订|签约(?!仪式)|签字(?!仪式))")),  # 签约仪式: the ceremony, no verb
    ("witness", re.compile(r"(见证)")),
    ("leader", re.compile(r"(率领|带领|率|带队)")),
]
_SAY_ADVERB = re.compile(r"(则|也|还|又|亦|更|再次|随后|最后|接着|同时)")
RELATED_ONLY = re.compile(r"(有关活动|相关活动|上述活动|以上活动|^活动|^了?活动)")
AGREEMENT_CONTEXT = ZhFast(re.compile(r"(协议|备忘录|协定|意向书|缔结|agreement|memorandum|MOU|accord)", re.I))
COOP_CONTEXT = ZhFast(re.compile(r"(合作|协作|领域|方面|对接|交流|cooperat|field|area|sector|exchanges?|ties|partner)", re.I))


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
# a term inside the name of a bureau, company or association (绍兴市教育局, 润丰投资有限公司, 茶产业协会)
_ORG_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(局|协会|商会|有限公司|公司|集团)")
# web addresses and source lines (finance.example.com.cn, 来源:商务部网站) name no field
_NOT_PROSE = re.compile(r"(https?://|www\.)[^\s，。]*|[A-Za-z0-9.-]+\.(com|cn|net|org)(\.cn)?\b|(来源|消息来源|source)\s*[:：]\s*[^\s，,。]{1,20}",
                        re.I)


def fields_in(text: str) -> list[str]:
    text = _NOT_PROSE.sub(lambda m: " " * len(m.group(0)), text)
    if "优势" in text:  # what _ADVANTAGES needs (it tries a lazy run from every character)
        text = _ADVANTAGES.sub(lambda m: " " * len(m.group(0)), text)
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
        if field != "-" and not _ORG_AFTER.match(text, e):
            found.add(field)
    return [field for field, _pat in field_terms() if field in found]


# ---------------------------------------------------------------- helpers
def _stext(ctx, s) -> str:
    return ctx.doc.text[s.start:s.end]


def _region_before(ctx, pos: int, lo: int, window: int = 14):
    """The region ending closest before ``pos`` (within ``window`` chars), for 吉林省党政代表团."""
    best = None
    for s, e, r in ctx.regions_in(lo, pos):
        if pos - e <= window:
            best = r
    return best


def _role_assignments(ctx, sent) -> list[tuple[str, str, int]]:
    """(person_id, role, verb offset) for the role verbs of a sentence; subjects precede their verb."""
    cache = getattr(ctx, "role_cache", None)  # several steps ask for the same sentence
    if cache is None:
        return _find_role_assignments(ctx, sent)
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_role_assignments(ctx, sent)
    return list(cache[key])


def _find_role_assignments(ctx, sent) -> list[tuple[str, str, int]]:
    text = _stext(ctx, sent)
    verbs = []
    for role, pat in ROLE_VERBS:
        for m in pat.finditer(text):
            verbs.append((sent.start + m.start(), sent.start + m.end(), role, m.group(0)))
    verbs.sort()
    persons = ctx.persons_in(sent.start, sent.end)
    out = []
    prev_end = sent.start
    for vs, ve, role, word in verbs:
        if role == "signatory" and re.search(r"见证\s*$", ctx.doc.text[max(0, vs - 14):vs]):
            prev_end = ve
            continue  # 见证签约: the signing is what they witnessed
        subj = [p for p in persons if prev_end <= p[0] and p[1] <= vs]
        if not subj:
            # "并讲话": the verb continues the previous subjects
            gap = ctx.doc.text[prev_end:vs]
            if out and (re.match(r"^[并和及、\s]*$", gap) or re.search(r"并(共同|一同|一起|还|又|随后)?$", gap.rstrip())):
                last_pids = dict.fromkeys(pid for pid, _r, off in out if off == out[-1][2])  # in order: no hash-seed dependence
                for pid in last_pids:
                    out.append((pid, role, vs))
                prev_end = ve
            continue
        tail = ctx.doc.text[ve:ve + 26]
        if role == "speaker" and (re.match(r"(精神|中)", tail) or ctx.doc.text[vs - 2:vs] in ("重要", "指示")):
            continue
        if role == "speaker" and word in ("说", "表示", "指出", "强调", "称", "指") and not (
                any(p[1] >= vs - 1 or _SAY_ADVERB.fullmatch(ctx.doc.text[p[1]:vs]) for p in subj)
                or ctx.doc.text[vs - 1:vs] in "他她"):
            continue  # the speaker is named right before the verb (梁振英则说, 胡春华称)
        if role == "attendee" and RELATED_ONLY.search(tail):
            prev_end = ve
            continue
        for _s, _e, pid in subj:
            out.append((pid, role, vs))
        prev_end = ve
    return out


_SITE_VERB_ZH = re.compile(r"(参观了|参观|考察了|实地考察了|实地考察|考察|走进|来到|瞻仰了|瞻仰|察看了|察看|走访了|走访|调研了|调研|赴|到)")
_SITE_SUFFIX_ZH = re.compile(r"(有限公司|股份公司|集团|公司|产业园|工业园|科技园|园区|博物院|博物馆|纪念馆|展览馆|史馆|馆|纪念碑|碑|"
                             r"基地|中心|项目|学校|大学|学院|医院|工厂|厂|港|码头|口岸|观光园|示范区|小镇|农场|合作社|园|食品|农牧|"
                             r"酒庄|实验室|研究院|会客厅|创新馆)$")
_SITE_JUNK_ZH = re.compile(r"(了解|推动|希望|发展|建设|情况|工作|规划|当地|重点|相关|有关|一批|多家|部分|该|这|各|等)")


_SITE_BEFORE_VERB_ZH = re.compile(r"在([^，。,；;、]{3,40}?)(?:学习考察|考察调研|考察|参观|调研|观摩)")


def _add_zh_site(sites: list[dict], seen: set, item: str) -> None:
    """Add ``item`` when it ends like a site (有限公司, 产业园, 会客厅…) and is not a generic word."""
    if len(item) < 3 or item in seen or not _SITE_SUFFIX_ZH.search(item) or _SITE_JUNK_ZH.search(item):
        return
    if re.fullmatch(r"(项目|企业|产业园|园区|基地|公司|集团)", item):
        return
    seen.add(item)
    sites.append({"zh": item, "en": None})


def _sites(ctx, text: str, shift: int) -> list[dict]:
    """Named sites after a touring verb: 参观了A、B和C → A, B, C (each must end like a site)."""
    sites: list[dict] = []
    seen: set = set()
    for vm in _SITE_VERB_ZH.finditer(text):
        seg = re.split(r"[,，。;；:：!！?？]", text[vm.end():], maxsplit=1)[0]
        for item in re.split(r"[、和及与]", seg):
            item = item.strip(" “”\"'")
            item = re.sub(r"^(了|位于|先后|首先|还|又|分别)+", "", item)
            if "的" in item:
                item = item.rsplit("的", 1)[1]
            item = re.sub(r"(进行|开展|学习|考察|调研|参观|实地|详细|了解).*$", "", item)
            _add_zh_site(sites, seen, item)
    # 代表团在天津市滨海新区“美丽滨城”会客厅学习考察: the site before the verb, after its place
    for m in _SITE_BEFORE_VERB_ZH.finditer(text):
        a, b = m.span(1)
        for rs, re_, _r in ctx.regions_in(shift + a, shift + b):
            if rs - shift <= a + 1:
                a = max(a, re_ - shift)
        _add_zh_site(sites, seen, text[a:b].strip(" "))
    return sites


# ---------------------------------------------------------------- group labels
GROUP_ZH = re.compile(r"(领导|负责人)$")
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


# ---------------------------------------------------------------- visits
def find_visits(ctx) -> list[Event]:
    doc = ctx.doc
    homes = doc.meta.get("home") or {}
    visits: list[Event] = []
    for sent in doc.sentences:
        text = _stext(ctx, sent)
        m = VISIT_ZH.search(text)
        if not m or PAST.search(text[:m.start() + 1]):
            continue
        led = re.search(r"代表团由[^。]{0,30}(率领|带队|任团长)", text)
        if led and visits and not MOVE_ZH.search(text[led.end():]):
            # 代表团由X率领: the leader of the trip just told
            for _s, _e, pid in ctx.persons_in(sent.start + led.start(), sent.start + led.end())[:2]:
                visits[-1].add_participant(pid, "leader")
            visits[-1].evidence.append((sent.start, sent.end))
            continue
        if PLAN.search(text[:m.end() + 6]):
            continue
        origin = dest = None
        leaders: list[str] = []
        # destination: the region right after a movement verb
        dests: list = []
        for mv in MOVE_ZH.finditer(text):
            dests = _region_list_after(ctx, sent.start + mv.end(), sent.end, 4)
            if dests:
                dest = dests[0]
                if PLAN.search(text[max(0, mv.start() - 30):mv.end()]):
                    dests, dest = [], None  # 将赴X: not (yet) a visit
                break
        if not dests and DELEG_ZH.search(text):
            for mv in AT_ZH.finditer(text):
                dests = _region_list_after(ctx, sent.start + mv.end(), sent.end, 1)[:1]
                if dests:
                    dest = dests[0]
                    break
        # origin: the region in front of the delegation word
        for dm in DELEG_ZH.finditer(text):
            r = _region_before(ctx, sent.start + dm.start(), sent.start, 12)
            if r is not None and (dest is None or not _same(r, dest)):
                origin = r
                break
        lm = LEAD_ZH.search(text)
        if lm:  # who is named before 率 (not the subject of a speech verb)
            leaders = [pid for s, e, pid in ctx.persons_in(sent.start, sent.start + lm.start())
                       if not re.match(r"(说|表示|指出)", doc.text[e:e + 2])]
        if not leaders:
            # 以X为团长的代表团: the head named inside the delegation's description
            head = re.search(r"以([^。；;，,]{1,40}?)为(?:团长|组长|领队)", text)
            if head:
                leaders = [pid for s_, e_, pid in ctx.persons_in(sent.start + head.start(1), sent.start + head.end(1))]
        if origin is None:
            # subjects of the sentence: who travelled (leaders first, then anyone named before the verb)
            subjects = leaders or [pid for s_, e_, pid in ctx.persons_in(sent.start, sent.start + m.start())]
            for pid in subjects:
                r = ctx.person_region(pid)
                if r is not None:
                    origin = _province(r) if dest is not None and not _within(dest, r) and getattr(r, "level", 0) == 1 else r
                    break
        if dest is None:
            continue
        if origin is None and not (visits and not leaders):
            # the article's home is the origin only for a new trip with someone leading it, or the first one
            home = homes.get("city") or homes.get("province")
            if home is not None and not _within(home, dest) and not _within(dest, home):
                origin = home
        known_travellers = bool(DELEG_ZH.search(text) or leaders)
        if (origin is None and not known_travellers) or _same(origin, dest):
            continue  # an origin may stay unknown only for a delegation or a named leader (a mixed group)
        date = ctx.date_in(sent.start, sent.end)
        for dest in dests:
            if origin is not None and (_same(origin, dest) or _within(dest, origin)):
                continue
            if getattr(origin, "code", None) == "CN" and getattr(dest, "country", None) == "CN":
                continue  # a national leader touring a province is no exchange between regions
            _add_visit(visits, origin, dest, date, leaders, sent)
    visits = _merge_stops(visits)
    for v in visits:
        _visit_members(ctx, v)
    return visits


def _merge_stops(visits: list[Event]) -> list[Event]:
    """A stop inside another visit's destination (杭州 in a trip to 浙江) is part of that visit."""
    out: list[Event] = []
    for v in visits:
        host = next((o for o in visits if o is not v and _within(v.destination, o.destination)
                     and not _same(v.destination, o.destination)
                     and (v.origin is None or _same(v.origin, o.origin))), None)
        if host is None and getattr(v.destination, "level", 9) == 0:
            # "arrived in Japan" around a trip to Tokyo and Fukuoka: the country visit is that trip
            host = next((o for o in visits if o is not v and getattr(o.destination, "level", 0) > 0
                         and getattr(o.destination, "country", None) == getattr(v.destination, "code", "")
                         and (v.origin is None or o.origin is None or _same(v.origin, o.origin)
                              or getattr(o.origin, "level", 9) == 0)), None)
        if host is None:
            out.append(v)
            continue
        host.evidence.extend(v.evidence)
        for p in v.participants:
            host.add_participant(p.person, p.role)
        if not host.start and v.start:
            host.start, host.end = v.start, v.end
    return out


def _add_visit(visits: list[Event], origin, dest, date, leaders, sent) -> None:
    existing = next((v for v in visits if (_same(v.origin, origin) or (origin is None or v.origin is None))
                     and _within(dest, v.destination)), None)
    if existing is None:
        existing = next((v for v in visits if _same(v.destination, dest) and
                         (_within(origin, v.origin) or _within(v.origin, origin))), None)
    if existing is None:
        existing = Event(id="", type="visit", origin=origin, destination=dest, parties=[origin, dest])
        visits.append(existing)
    if date and not existing.start:
        existing.start, existing.end = date
    elif date and existing.start == existing.end and date[0] != date[1] and date[0] <= existing.start <= date[1]:
        existing.start, existing.end = date  # the trip's range, not one day of it
    for pid in leaders:
        existing.add_participant(pid, "leader")
    existing.evidence.append((sent.start, sent.end))


def _region_list_after(ctx, pos: int, hi: int, window: int) -> list:
    """赴浙江、安徽: every region of the list."""
    out = []
    cursor = pos
    for s, e, r in ctx.regions_in(pos, hi):
        gap = ctx.doc.text[cursor:s]
        if out and not gap and _within(r, out[-1]):
            out[-1] = r  # 吉林省长春市: the smallest region named
            cursor = e
            continue
        if not out:
            if s - pos > window:
                break
        elif not re.fullmatch(r"\s*(、|,|，|和|及|与)\s*", gap):
            break
        out.append(r)
        cursor = e
    return out


def _visit_members(ctx, v: Event) -> None:
    leaders = {p.person for p in v.participants if p.role == "leader"}
    for p in ctx.doc.people:
        if p.id in leaders:
            continue
        r = p.region
        if r is None:
            continue
        if _within(r, v.origin):
            v.add_participant(p.id, "member")
    # those named between 率 and the movement verb travel with the leader (甲率乙、丙等前往…)
    for s, e in v.evidence:
        text = ctx.doc.text[s:e]
        lm = LEAD_ZH.search(text)
        mv = MOVE_ZH.search(text, lm.end()) if lm else None
        if mv is None:
            continue
        for _s, _e, pid in ctx.persons_in(s + lm.end(), s + mv.start()):
            r = ctx.person_region(pid)
            if pid not in leaders and not (r is not None and v.destination is not None and _within(r, v.destination)):
                v.add_participant(pid, "member")


# ---------------------------------------------------------------- meetings
def find_meetings(ctx, visits: list[Event]) -> list[Event]:
    doc = ctx.doc
    by_kind: dict[str, Event] = {}
    order: list[str] = []
    anchors: list[tuple[int, str]] = []
    for sent in doc.sentences:
        text = _stext(ctx, sent)
        for kind, pat in MEETING_KINDS:
            m = pat.search(text)
            if not m or PLAN.search(text):
                continue
            if kind == "conference" and re.search(r"(座谈会上|会上|讲话精神|重要讲话|会议精神)", text[m.start():m.end() + 4]) \
                    and not re.search(r"(举行|召开|在.{1,12}举行)", text):
                if kind not in by_kind:
                    continue
            ev = by_kind.get(kind)
            if ev is None:
                ev = Event(id="", type="meeting")
                by_kind[kind] = ev
                order.append(kind)
            ev.evidence.append((sent.start, sent.end))
            anchors.append((sent.start + m.start() if kind != "reception" else sent.start, kind))
            if not ev.start:
                d = ctx.date_in(sent.start, sent.end)
                if d:
                    ev.start, ev.end = d
            for s, e, r in ctx.regions_in(sent.start, sent.end, single=False):
                if getattr(r, "level", 9) >= 0:
                    ev.parties.append(r)
            if not (kind == "reception" and re.search(r"并[^。]{0,20}(座谈会|会议|论坛|交流会)", text)):
                break
    if not by_kind:
        return []
    meetings = [by_kind[k] for k in order]
    visit = visits[0] if visits else None
    for ev in meetings:
        if visit is not None:
            ev.parties = [visit.origin, visit.destination]
            if not ev.start and visit.start and set(ev.evidence) & set(visit.evidence):
                ev.start, ev.end = visit.start, visit.end  # told in the dated trip's own sentence
        else:
            ev.parties = _two_parties(ev.parties)
            if len(ev.parties) < 2 and any(re.search(r"(两省|两市|两地|双方|两区)", doc.text[a:b]) for a, b in ev.evidence):
                ev.parties = _doc_sides(ctx)
    ctx.meeting_anchors = [(a, by_kind[k]) for a, k in anchors]
    ctx.meeting_kind = {id(ev): k for k, ev in by_kind.items()}
    return meetings


def _doc_sides(ctx) -> list:
    """The two regions an article is about ("both provinces"): its most-mentioned, not nested, same kind."""
    counts = ctx.doc.meta.get("region_counts") or {}
    ranked = sorted(counts, key=lambda r: -counts[r])
    out: list = []
    for r in ranked:
        if getattr(r, "level", 9) == 0 or any(_within(r, o) or _within(o, r) for o in out):
            continue
        out.append(r)
        if len(out) == 2:
            break
    return out


def _two_parties(regions: list) -> list:
    out = []
    for r in regions:
        if r is None or getattr(r, "level", 9) == 0 and getattr(r, "code", None) == "CN":
            continue
        if any(_same(r, o) for o in out):
            continue
        out.append(r)
    # prefer the largest units: drop a region lying inside another listed one
    pruned = [r for r in out if not any(o is not r and _within(r, o) for o in out)]
    return pruned[:4]


_STRONG_FIELDS = ZhFast(re.compile(r"(方面|领域|areas? of|fields? of|sectors?)", re.I))
_CARRIED_FIELDS = ZhFast(re.compile(r"(双方|两地|两省|两市|将在|方面|领域|both sides|the two|areas? of|fields? of|sectors?)",
                                    re.I))
# 根据协议… / 协议还规定… / "under the agreement": what the document holds, cooperation word or not
_AGREEMENT_CONTENT = ZhFast(re.compile(r"(根据|按照|依据|依照)(该|这一|此)?(协议|协定|备忘录)|(协议|协定|备忘录)(还|中|明确|规定|约定|提出|内容)"
                                       r"|\b(under|according to|in) the (agreement|memorandum|MOU)\b"
                                       r"|\bthe (agreement|memorandum|MOU) (also )?(covers|stipulates|includes|provides|calls for)", re.I))


def fields_for(ctx, events: list[Event], agreement: bool, skip: set | None = None) -> None:
    """Fields of cooperation named in sentences about these events (agreement context or not)."""
    if not events:
        return
    skip = skip or set()
    doc = ctx.doc
    seen_fields = ctx.__dict__.setdefault("_fields_by_sentence", {})
    cues = ctx.__dict__.setdefault("_field_cues", {})  # the cue words of each sentence, read once per article
    prev_agr = prev_agr_para = False
    for sent in doc.sentences:
        text = _stext(ctx, sent)
        cue = cues.get(sent.start)
        if cue is None:
            cue = cues[sent.start] = (bool(AGREEMENT_CONTEXT.search(text)), bool(_STRONG_FIELDS.search(text)),
                                      bool(_CARRIED_FIELDS.search(text)), bool(COOP_CONTEXT.search(text)),
                                      bool(_AGREEMENT_CONTENT.search(text)))
        this_agr, strong, carried_cue, coop, content = cue
        carried = (prev_agr or (prev_agr_para and strong)) and carried_cue
        prev_agr_para = this_agr
        prev_agr = this_agr and "\n" not in doc.text[sent.end:sent.end + 1]
        if sent.start in skip or not (coop or agreement and content):
            continue
        is_agr = this_agr or carried
        if is_agr != agreement:
            continue
        fs = seen_fields.get(sent.start)
        if fs is None:  # fields_for runs once per event kind: read each sentence once per article
            fs = seen_fields[sent.start] = fields_in(text)
        if not fs:
            continue
        if not agreement and all(ev.evidence and sent.start < ev.evidence[0][0] for ev in events):
            continue  # talk before any meeting is told is background, not the meeting's agenda
        main = [e for e in events if e.title_zh or e.title_en or e.participants] or events
        target = main[0]
        for e in main:
            if any(s <= sent.start for s, _ in e.evidence):
                target = e
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


# ---------------------------------------------------------------- inspections
def find_inspections(ctx, visits: list[Event]) -> list[Event]:
    if not visits:
        return []
    doc = ctx.doc
    out: dict[int, Event] = {}
    for sent in doc.sentences:
        text = _stext(ctx, sent)
        m = INSPECT_ZH.search(text)
        if not m or PLAN.search(text):
            continue
        sites = _sites(ctx, text, sent.start)
        described = bool(re.search(r"(参观|实地|走进|来到|深入[^,，。]{0,12}(企业|学校|医院|园区|项目|基地|乡村|社区)|详细了解|察看)", text))
        if not sites and not described:
            continue
        if not sites and re.search(r"(赴|到|来到|来)[^。,，]{0,12}考察", text) and not re.search(r"参观|实地|走进", text):
            continue
        # the trip told before, preferring one whose sides the sentence names (河北省代表团在天津…)
        named = [r for _s, _e, r in ctx.regions_in(sent.start, sent.end)]
        best = -1
        visit = visits[0]
        for v in visits:
            if not any(s <= sent.start for s, _ in v.evidence):
                continue
            score = sum(any(_same(r, side) or _within(r, side) for r in named) for side in (v.origin, v.destination)
                        if side is not None)
            if score >= best:
                visit, best = v, score
        ev = out.get(id(visit))
        if ev is None:
            ev = Event(id="", type="inspection", origin=visit.origin, destination=visit.destination)
            out[id(visit)] = ev
        ev.evidence.append((sent.start, sent.end))
        if not ev.start:
            d = ctx.date_in(sent.start, sent.end)
            if d:
                ev.start, ev.end = d
        for s in sites:
            if s not in ev.sites:
                ev.sites.append(s)
        for pid, role, _o in _role_assignments(ctx, sent):
            if role in ("leader", "host"):
                ev.add_participant(pid, role)
    return list(out.values())
