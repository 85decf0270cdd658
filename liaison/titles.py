"""Titles → positions, in Chinese and English.

A title phrase (``内蒙古自治区党委副书记、自治区主席``; ``Deputy Secretary of Jilin
Provincial Party Committee and Governor``) is split into offices; each office
is read as *region prefix + organization + role word*. What this module
returns is pure data (``Office``); the people stage resolves implicit regions
("市委" → the article's city) and attaches offices to persons.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Office:
    role: str
    org_kind: str
    level: str | None        # "province", "city", "county", "country" or None: the implicit region's type
    region_text: str | None  # explicit region text in the title ("吉林省", "Jilin"), if any
    title: str               # the office's own text
    lang: str
    central: bool = False    # a national office (总书记, 国务院总理): region China
    region: object = None    # the Region object behind region_text, set by the caller


# ---------------------------------------------------------------- Chinese
# role words, longest first; value: (role, default org_kind, implicit level)
_ZH_ROLES: list[tuple[str, str, str | None, str | None]] = [
    ("总书记", "secretary", "party_committee", "country"),
    ("国家主席", "head", "government", "country"),
    ("副总理", "deputy_head", "government", "country"),
    ("总理", "head", "government", "country"),
    ("常务副省长", "deputy_head", "government", "province"),
    ("常务副市长", "deputy_head", "government", "city"),
    ("常务副主席", "deputy_head", "government", "region"),
    ("常务副区长", "deputy_head", "government", "county"),
    ("常务副县长", "deputy_head", "government", "county"),
    ("副省长", "deputy_head", "government", "province"),
    ("副市长", "deputy_head", "government", "city"),
    ("副区长", "deputy_head", "government", "county"),
    ("副县长", "deputy_head", "government", "county"),
    ("副州长", "deputy_head", "government", "city"),
    ("代省长", "head", "government", "province"),
    ("代市长", "head", "government", "city"),
    ("省长", "head", "government", "province"),
    ("市长", "head", "government", "city"),
    ("区长", "head", "government", "county"),
    ("县长", "head", "government", "county"),
    ("州长", "head", "government", "city"),
    ("旗长", "head", "government", "county"),
    ("盟长", "head", "government", "city"),
    ("行政长官", "head", "government", "sar"),
    ("特首", "head", "government", "sar"),
    ("副司长", "other", "government", "sar"),
    ("司长", "other", "government", "sar"),
    ("副秘书长", "deputy_secretary_general", "government", None),
    ("秘书长", "secretary_general", "government", None),
    ("副书记", "deputy_secretary", "party_committee", None),
    ("书记", "secretary", "party_committee", None),
    ("常委", "standing_member", "party_committee", None),
    ("副主席", "deputy_head", "government", None),
    ("主席", "head", "government", None),
    ("副委员长", "deputy_head", "congress", "country"),
    ("委员长", "head", "congress", "country"),
    ("副主任", "deputy_head", "government_department", None),
    ("主任", "head", "government_department", None),
    ("副部长", "deputy_head", "government_department", None),
    ("部长", "head", "government_department", None),
    ("副厅长", "deputy_head", "government_department", None),
    ("厅长", "head", "government_department", None),
    ("副局长", "deputy_head", "government_department", None),
    ("局长", "head", "government_department", None),
    ("副理事长", "deputy_head", "institution", None),
    ("理事长", "head", "institution", None),
    ("副议长", "deputy_head", "congress", None),
    ("议长", "head", "congress", None),
    ("副知事", "deputy_head", "government", None),
    ("知事", "head", "government", None),
    ("副会长", "deputy_head", "institution", None),
    ("会长", "head", "institution", None),
    ("副校长", "deputy_head", "institution", None),
    ("校长", "head", "institution", None),
    ("副院长", "deputy_head", "institution", None),
    ("院长", "head", "institution", None),
    ("董事长", "head", "enterprise", None),
    ("总经理", "head", "enterprise", None),
    ("总裁", "head", "enterprise", None),
    ("总领事", "other", "government", None),
    ("大使", "other", "government", None),
    ("领事", "other", "government", None),
    ("参赞", "other", "government", None),
    ("议员", "other", "congress", None),
    ("委员", "other", "party_committee", None),
    ("成员", "other", "party_committee", None),
]
ZH_ROLE_WORDS = sorted({r[0] for r in _ZH_ROLES}, key=len, reverse=True)
# Title words that mark a name right after them but give no position of their own
ZH_OTHER_TITLES = ("长官", "署长", "处长", "科长", "镇长", "乡长", "村长", "町长", "主委", "总统", "首相", "总理", "总督",
                   "社长", "教授", "发言人")
_ZH_ROLE = {r[0]: r[1:] for r in _ZH_ROLES}

# organization markers inside a title, longest first: (marker, org_kind, implicit level)
_ZH_ORGS: list[tuple[str, str, str | None]] = [
    ("中共中央", "party_committee", "country"), ("党中央", "party_committee", "country"),
    ("中央政治局", "party_committee", "country"), ("中央", "party_committee", "country"),
    ("国务院", "government", "country"), ("全国人大常委会", "congress", "country"),
    ("全国政协", "cppcc", "country"),
    ("人大常委会", "congress", None), ("人大", "congress", None), ("政协", "cppcc", None),
    ("纪委监委", "party_department", None), ("纪委", "party_department", None), ("监委", "party_department", None),
    ("组织部", "party_department", None), ("宣传部", "party_department", None), ("统战部", "party_department", None),
    ("政法委", "party_department", None), ("党工委", "party_committee", None),
    ("人民政府", "government", None), ("政府", "government", None),
    ("自治区党委", "party_committee", "region"), ("党委", "party_committee", None),
    ("省委", "party_committee", "province"), ("市委", "party_committee", "city"), ("区委", "party_committee", "county"),
    ("县委", "party_committee", "county"), ("州委", "party_committee", "city"), ("旗委", "party_committee", "county"),
    ("盟委", "party_committee", "city"),
    ("管委会", "government_department", None), ("港澳办", "government_department", None),
    ("台办", "government_department", None), ("侨办", "government_department", None), ("办", "government_department", None), ("办公厅", "government_department", None),
    ("办公室", "government_department", None), ("外办", "government_department", None),
    ("委员会", "government_department", None),
    ("发改委", "government_department", None), ("商务厅", "government_department", None),
    ("厅", "government_department", None), ("局", "government_department", None),
    ("公司", "enterprise", None), ("集团", "enterprise", None),
    ("大学", "institution", None), ("学院", "institution", None), ("研究院", "institution", None),
    ("新闻社", "institution", None), ("通讯社", "institution", None), ("报社", "institution", None),
    ("电视台", "institution", None), ("基金会", "institution", None),
    ("医院", "institution", None), ("商会", "institution", None), ("协会", "institution", None),
    ("联合会", "institution", None),
]
_ZH_LEVEL_PREFIX = [("自治区", "region"), ("省", "province"), ("市", "city"), ("区", "county"), ("县", "county"),
                    ("州", "city"), ("自治州", "city"), ("旗", "county"), ("盟", "city")]

ZH_TITLE_RE = re.compile("(" + "|".join(map(re.escape, ZH_ROLE_WORDS)) + ")")


def parse_zh(phrase: str, region_spans: list[tuple[int, int, str]] | None = None) -> list[Office]:
    """Offices in a Chinese title phrase; ``region_spans`` are (start, end, text) region mentions in it."""
    offices: list[Office] = []
    segments = [s for s in re.split(r"[、兼及与,，]|和(?!平)", phrase)]  # (和平 is no "and")
    waiting: list[tuple[str, tuple]] = []  # 中共中央台办、国务院台办主任: organizations awaiting the role word
    carry_region: str | None = None
    carry_level: str | None = None
    pos = 0
    for seg in segments:
        seg_start = phrase.find(seg, pos)
        pos = seg_start + len(seg)
        m = None
        for m in ZH_TITLE_RE.finditer(seg):
            pass
        if not m or m.end() < len(seg.rstrip()) - 0:
            # the role word must close the segment (党委副书记 yes; 书记处 no)
            if not m or seg[m.end():].strip():
                org = _org_in(seg)
                if org is not None and org[1] not in ("party_committee", "government") and seg.strip():
                    waiting.append((seg.strip(), org))
                else:
                    waiting = []
                continue
        word = m.group(1)
        role, org_kind, level = _ZH_ROLE[word]
        head = seg[:m.start()]
        region_text = None
        for (rs, re_, rtext) in region_spans or []:
            if seg_start <= rs and re_ <= seg_start + m.start():
                region_text = rtext  # the last region before the role word is the one it belongs to
        org_found = None
        best_end = -1
        for marker, kind, mlevel in _ZH_ORGS:  # the organization closest to the role word owns it
            i = head.rfind(marker)
            if i >= 0 and i + len(marker) > best_end:
                org_found, best_end = (marker, kind, mlevel), i + len(marker)
        national = (any(head.find(mk) >= 0 for mk, _k, lv in _ZH_ORGS if lv == "country")
                    or bool(re.match(r"(全国|中国)(?!共产党)", head) and not re.search(r"[省市县区州]", head)))
        if org_found:
            marker, kind, mlevel = org_found
            org_kind = _combine_zh(word, role, kind)
            if mlevel:
                level = mlevel
            elif national and not re.search(r"(省|市|区|县|州)", head[head.find(marker):]):
                level = "country"
            if not level:
                idx = head.find(marker)
                level = _level_of(head[:idx] + marker)
        elif word in ("主任", "副主任") and not head:
            org_kind = "government_department"
        if word in ("主席", "副主席") and org_found is None:
            level = level or "region"
        if level is None:
            level = _level_of(head)
        if word == "书记" and "党组" in head:
            org_kind = "government" if "政府" in head else org_kind
        if region_text is None and not head.strip() and carry_region and word not in ("总书记",):
            region_text = carry_region
            level = level or carry_level
        if region_text is None and _starts_with_level(head) is None and level is None:
            level = carry_level
        if not head.strip() and word in ("秘书长", "副秘书长") and offices and offices[-1].org_kind == "party_committee":
            org_kind = "party_committee"  # 省委常委、秘书长: the committee's secretary-general
        if org_found and org_kind == "government_department" and _PARTY_BEFORE.search(head[:best_end - len(org_found[0])]):
            org_kind = "party_department"  # 市委办公室, 中共中央台办: an office of the party committee
        central = level == "country"
        for wseg, (wmarker, wkind, wlevel) in waiting if org_found else []:
            wkind = _combine_zh(word, role, wkind)
            if wkind == "government_department" and _PARTY_BEFORE.search(wseg[:wseg.rfind(wmarker)]):
                wkind = "party_department"
            wlev = wlevel or ("country" if _org_in(wseg, national=True) else level)
            offices.append(Office(role, wkind, wlev, None, wseg + word, "zh", wlev == "country"))
        waiting = []
        offices.append(Office(role, org_kind, level, region_text, seg.strip(), "zh", central))
        if region_text:
            carry_region, carry_level = region_text, level
        elif level:
            carry_level = level
    return offices


_PARTY_BEFORE = re.compile(r"(中共中央|党中央|中央|省委|市委|区委|县委|州委|党委)$")


def _org_in(seg: str, national: bool = False):
    """The organization marker closest to the end of ``seg`` as (marker, kind, level), or None;
    with ``national``, whether a national marker (中共中央, 国务院...) is in it."""
    best, best_end = None, -1
    for marker, kind, mlevel in _ZH_ORGS:
        i = seg.rfind(marker)
        if i >= 0 and i + len(marker) > best_end:
            best, best_end = (marker, kind, mlevel), i + len(marker)
    if national:
        return any(seg.find(mk) >= 0 for mk, _k, lv in _ZH_ORGS if lv == "country")
    return best


def _combine_zh(word: str, role: str, kind: str) -> str:
    if word.endswith("秘书长"):
        return kind if kind in ("party_committee", "congress", "cppcc", "government") else "government"
    if word in ("主席", "副主席") and kind == "party_committee":
        return "government"
    if kind == "party_department" and word in ("书记", "副书记"):
        return "party_department"
    return kind


def _starts_with_level(head: str) -> str | None:
    for p, lv in _ZH_LEVEL_PREFIX:
        if head.startswith(p):
            return lv
    return None


_LEVEL_RE = re.compile(r"(自治区|自治州|自治县|省|市|区|县|州|旗|盟)")
_LEVEL_OF = {"自治区": "region", "自治州": "city", "自治县": "county", "省": "province", "市": "city", "区": "county",
             "县": "county", "州": "city", "旗": "county", "盟": "city"}


def _level_of(head: str) -> str | None:
    """Implicit level from the last type word before the organization: 省委 → province, 市政府 → city."""
    last = None
    for m in _LEVEL_RE.finditer(head):
        last = m.group(1)
    return _LEVEL_OF.get(last) if last else None


# ---------------------------------------------------------------- English
_EN_ROLE_RULES: list[tuple[str, str, str, str | None]] = [
    # (regex, role, org_kind, level); first match wins; the org phrase may override org_kind
    (r"general secretary", "secretary", "party_committee", "country"),
    (r"vice premier", "deputy_head", "government", "country"),
    (r"\bpremier\b", "head", "government", "country"),
    (r"^(chinese |china's |chinese state |state )?president$", "head", "government", "country"),
    (r"deputy secretary[- ]general|deputy secretary general", "deputy_secretary_general", "government", None),
    (r"secretary[- ]general|secretary general", "secretary_general", "government", None),
    (r"deputy (party )?secretary|vice secretary", "deputy_secretary", "party_committee", None),
    (r"(party )?secretary|party chief|party boss", "secretary", "party_committee", None),
    (r"standing committee member|member of the standing committee", "standing_member", "party_committee", None),
    (r"(executive |first )?vice[- ]governor|deputy governor|lieutenant governor", "deputy_head", "government", "province"),
    (r"(executive )?vice[- ]mayor|deputy mayor", "deputy_head", "government", "city"),
    (r"\bgovernor\b|\bgov\.", "head", "government", "province"),
    (r"\bmayor\b", "head", "government", "city"),
    (r"chief executive", "head", "government", "sar"),
    (r"(executive )?vice[- ]chair(man|woman|person)?|deputy chair(man|woman)?", "deputy_head", "government", None),
    (r"\bchair(man|woman|person)?\b", "head", "government", None),
    (r"(deputy|vice)[- ]director|deputy head|vice[- ]minister|deputy minister", "deputy_head", "government_department", None),
    (r"director[- ]general|\bdirector\b|\bminister\b|\bhead\b|commissioner", "head", "government_department", None),
    (r"\bpresident\b", "head", "institution", None),
    (r"consul[- ]general|ambassador|consul\b|counsel(l)?or|attach[eé]", "other", "government", None),
    (r"legislator|assemblyman|assemblywoman|senator|representative\b|congressman", "other", "congress", None),
]
_EN_ORG_RULES: list[tuple[str, str, str | None]] = [
    (r"international department|organi[sz]ation department|publicity department|united front work|"
     r"department of the (cpc|communist party)", "party_department", "country"),
    (r"central committee", "party_committee", "country"),
    (r"state council", "government", "country"),
    (r"people'?s congress|legislature|assembly|people'?s council|congress\b", "congress", None),
    (r"cppcc|political consultative", "cppcc", None),
    (r"discipline inspection|organization department|publicity department|united front", "party_department", None),
    (r"party committee|cpc|communist party|party\b", "party_committee", None),
    (r"people'?s committee|people'?s government|government|administration", "government", None),
    (r"department|bureau|commission|office|ministry|committee", "government_department", None),
    (r"university|college|academy|institute|hospital|association|chamber", "institution", None),
    (r"company|group|corporation|co\.|ltd", "enterprise", None),
]
_EN_LEVEL = [(r"autonomous region(al)?", "region"), (r"provincial|province", "province"), (r"municipal|city", "city"), (r"district|county", "county"),
             (r"autonomous region(al)?", "region"), (r"\bstate\b", "province"), (r"prefectur", "city")]


def parse_en(phrase: str, region_texts: list[str] | None = None) -> list[Office]:
    """Offices in an English title phrase ("Deputy Secretary of X Provincial Party Committee and Governor")."""
    offices: list[Office] = []
    parts = [p.strip() for p in re.split(r"\s*(?:,\s*and\s+|\band\b|,|;|&)\s*", phrase) if p and p.strip()]
    carry_region = None
    carry_level = None
    for part in parts:
        low = part.lower()
        rule = None
        low = re.sub(r"\s*(as (the|its|his|her) (head|deputy|leader)|head of the delegation|as (his|her) deputy)\b.*$", "", low)
        if not low or re.fullmatch(r"(the )?(head|deputy|leader)( of the delegation)?", low):
            continue
        for rx, role, kind, level in _EN_ROLE_RULES:
            if re.search(rx, low):
                rule = (role, kind, level)
                break
        if rule is None:
            # an org-only fragment ("the CPC Jilin Provincial Committee") continues the previous office
            if offices and any(re.search(rx, low) for rx, _k, _l in _EN_ORG_RULES):
                prev = offices[-1]
                prev.org_kind = _en_org(low, prev.role, prev.org_kind)
                prev.level = _en_level(low) or prev.level
                region = _region_in(part, region_texts)
                if region:
                    prev.region_text = region
            continue
        role, kind, level = rule
        org_kind = _en_org(low, role, kind)
        if role in ("head", "deputy_head") and kind == "government" and "chair" in low and org_kind == "government":
            org_kind = "government"
        lv = _en_level(low) or level
        region = _region_in(part, region_texts)
        if region is None and carry_region and lv in (None, carry_level):
            region = carry_region
            lv = lv or carry_level
        offices.append(Office(role, org_kind, lv, region, part, "en", lv == "country"))
        if region:
            carry_region, carry_level = region, lv
    return offices


def _en_org(low: str, role: str, default: str) -> str:
    for rx, kind, _lv in _EN_ORG_RULES:
        if re.search(rx, low):
            if role in ("secretary_general", "deputy_secretary_general") or role in ("head", "deputy_head", "other"):
                return kind if not (kind == "party_committee" and role in ("head", "deputy_head")) else default
            if role in ("secretary", "deputy_secretary", "standing_member"):
                return kind if kind in ("party_committee", "party_department") else (
                    kind if kind in ("government", "congress", "cppcc") else default)
            return kind
    return default


def _en_level(low: str) -> str | None:
    if re.search(r"central committee|state council|national", low):
        return "country"
    for rx, lv in _EN_LEVEL:
        if re.search(rx, low):
            return lv
    return None


def _region_in(part: str, region_texts: list[str] | None) -> str | None:
    for r in region_texts or []:
        if r and re.search(r"\b" + re.escape(r) + r"\b", part):
            return r
    return None
