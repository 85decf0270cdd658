"""Titles → positions, in Chinese and English.

A title phrase (``内蒙古自治区党委副书记、自治区主席``; ``Deputy Secretary of Jilin
Provincial Party Committee and Governor``) is split into offices; each office
is read as *region prefix + organization + role word*. What this module
returns is pure data (``Office``); the people stage resolves implicit regions
("市委" → the article's city) and attaches offices to persons.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .regions_data import read_tsv


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
    place: bool = False      # region_text names a place the gazetteer does not know (斗六市, 八王子市)


@functools.lru_cache(maxsize=None)
def _rx(pattern: str) -> "re.Pattern":
    """A rule table's pattern, compiled once (the tables hold more patterns than the re module's own cache)."""
    return re.compile(pattern)


# ---------------------------------------------------------------- Chinese
# role words and organization markers are data: data/title_roles_zh.tsv, data/title_orgs_zh.tsv

def _opt(s: str | None) -> str | None:
    return s or None


_ZH_ROLES: list[tuple[str, str, str, str | None]] = [
    (r["word"], r["role"], r["org_kind"], _opt(r["level"])) for r in read_tsv("title_roles_zh.tsv")]
ZH_ROLE_EN = {r["word"]: r["en"] for r in read_tsv("title_roles_zh.tsv")}
ZH_ROLE_WORDS = sorted({r[0] for r in _ZH_ROLES}, key=len, reverse=True)
# Title words that mark a name right after them but give no position of their own
ZH_OTHER_TITLES = ("长官", "科长", "社长", "教授", "发言人")
_ZH_ROLE = {r[0]: r[1:] for r in _ZH_ROLES}
# role words that name no body of their own (主任, 副主席, 委员, 秘书长): after another office in a list they
# belong to that office's body (省政协主席甲、副主席乙)
ZH_GENERIC_ROLES = frozenset(w for w, (_r, _k, lv) in _ZH_ROLE.items() if not lv)

# organization markers inside a title: (marker, org_kind, implicit level); the one closest to the role
# word owns it, except that a *body* (人大, 政协, 议会) named before it owns its inner offices
# (政协办公厅接待处处长 is a CPPCC office)
_ZH_ORGS: list[tuple[str, str, str | None]] = [
    (r["marker"], r["org_kind"], _opt(r["level"])) for r in read_tsv("title_orgs_zh.tsv")]
_ZH_BODIES = {r["marker"]: r["org_kind"] for r in read_tsv("title_orgs_zh.tsv") if r["body"]}
ZH_BODY_MARKERS = frozenset(_ZH_BODIES)
ZH_ORG_EN = {r["marker"]: r["en"] for r in read_tsv("title_orgs_zh.tsv")}
_ZH_LEVEL_PREFIX = [("自治区", "region"), ("省", "province"), ("市", "city"), ("区", "county"), ("县", "county"),
                    ("州", "city"), ("自治州", "city"), ("旗", "county"), ("盟", "city")]

ZH_TITLE_RE = re.compile("(" + "|".join(map(re.escape, ZH_ROLE_WORDS)) + ")")


_GROUP_BEFORE_MEMBER = re.compile(r"(?:代表团|考察团|访问团|参访团|交流团|工作组)$")


def parse_zh(phrase: str, region_spans: list[tuple[int, int, str]] | None = None) -> list[Office]:
    """Offices in a Chinese title phrase; ``region_spans`` are (start, end, text) region mentions in it."""
    offices: list[Office] = []
    segments = _split_zh(phrase, frozenset(rs for rs, _e, _t in region_spans or []))
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
                if (org is not None and org[1] not in ("party_committee", "government") and seg.strip()
                        and seg.strip().endswith(org[0])):  # 中共中央台办、国务院台办主任 (not 政协港澳台侨与…)
                    waiting.append((seg.strip(), org))
                else:
                    waiting = []
                continue
        word = m.group(1)
        if word == "成员" and _GROUP_BEFORE_MEMBER.search(seg[:m.start()]):
            waiting = []
            continue  # 代表团成员: one of a travelling group, no office
        role, org_kind, level = _ZH_ROLE[word]
        head = seg[:m.start()]
        if word in ("司长", "副司长") and "部" in head:  # 外交部拉美司司长: a ministry's department head
            role, org_kind, level = ("head" if word == "司长" else "deputy_head"), "government_department", None
        region_text = None
        for (rs, re_, rtext) in region_spans or []:
            if rtext == "祖国" and any(e2 == rs for _s2, e2, _t2 in region_spans or []):
                continue  # 越南祖国阵线: another country's Fatherland Front, not China
            if seg_start <= rs and re_ <= seg_start + m.start() and phrase[rs - 1:rs] != "驻":
                region_text = rtext  # the last region before the role word is the one it belongs to; 驻港: a seat
        before = [(rs, re_, t) for rs, re_, t in region_spans or [] if seg_start <= rs and re_ <= seg_start + m.start()]
        if (len(before) >= 2 and before[-2][1] == before[-1][0]
                and re.search(r"(联谊会|同乡会|商会|联合会|总会)$", head)):
            region_text = before[-2][2]  # 澳门贵州联谊会: the Guizhou association in Macao, seated in Macao
        last_end = max((re_ - seg_start for rs, re_, _t in region_spans or []
                        if seg_start <= rs and re_ <= seg_start + m.start()), default=0)
        place = _unknown_place(head[last_end:], word)
        if place:
            region_text = place
        org_found = None
        best_end = -1
        for marker, kind, mlevel in _ZH_ORGS:  # the organization closest to the role word owns it
            i = head.rfind(marker)
            if i >= 0 and i + len(marker) > best_end:
                org_found, best_end = (marker, kind, mlevel), i + len(marker)
        national = (any(head.find(mk) >= 0 for mk, _k, lv in _ZH_ORGS if lv == "country")
                    or bool(re.match(r"(全国|中国(?!共产党)|国家(?!级))|[\u4e00-\u9fff]{1,8}总[局署]", head) and not re.search(r"[省市县区州]", head)))
        if national and level == "sar" and re.search(r"总[局署]", head):
            level = "country"  # 海关总署副署长: a national administration's deputy head, not a SAR department's
        if org_found:
            marker, kind, mlevel = org_found
            body = next((bk for bm, bk in _ZH_BODIES.items() if 0 <= head.find(bm) < best_end - len(marker)
                         and not any(head.find(bm) < rs - seg_start < best_end and _LOCAL_BODY.match(phrase, re_)
                                     for rs, re_, _t in region_spans or [])
                         and not (place and head.find(bm) < head.find(place))), None)
            # (a place named after the body starts another one: 民建中央帮扶县…汪清县政府县长)
            if body and kind in ("government_department", "party_department") and marker not in _ZH_BODIES:
                kind = body  # 政协办公厅接待处处长, 全国政协经济委员会副主任: an office inside the CPPCC
            org_kind = _combine_zh(word, role, kind)
            if mlevel:
                level = mlevel
            elif national and not re.search(r"(省|市|区|县|州)", head[head.find(marker):]):
                level = "country"  # (海关总署署长: a national administration's head, not a SAR department's)
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
            dept = org_found is not None and org_found[1] == "government_department" \
                and head.rfind(org_found[0]) > head.find("政府")
            # 市政府党组书记: the government's group; 市政府外事办公室党组书记: the office's own group
            org_kind = "government" if "政府" in head and not dept else org_kind
        if word in ("书记", "副书记") and head.strip() in ("党组", "分党组") and offices \
                and offices[-1].org_kind in ("government", "congress", "cppcc"):
            # 省人大常委会副主任、党组副书记: the party group of the body before it
            org_kind = offices[-1].org_kind
        if region_text is None and _ZONE.match(head.strip()):
            # 辽源市人大常委会副主任、经济开发区管委会主任: a development zone is the city's named before it
            level = carry_level or "city"
            region_text = carry_region
        if (region_text is None and carry_region and phrase[seg_start - 1:seg_start] == "兼"
                and carry_level == "country" and not _org_in(head, national=True)):
            region_text = carry_region  # 泰国副总理兼商业部长: the same country's ministry
        if region_text is None and not head.strip() and carry_region and word not in ("总书记",):
            region_text = carry_region
            level = level or carry_level
        if region_text is None and _starts_with_level(head) is None and level is None:
            level = carry_level
        if not head.strip() and word in ("秘书长", "副秘书长") and offices and offices[-1].org_kind in (
                "party_committee", "other", "cppcc", "congress", "institution"):  # 政协副主席、秘书长 too
            org_kind = offices[-1].org_kind  # 省委常委、秘书长, 副主委兼秘书长: the committee's secretary-general
        if org_found and org_kind == "government_department" and _PARTY_BEFORE.search(head[:best_end - len(org_found[0])]):
            org_kind = "party_department"  # 市委办公室, 中共中央台办: an office of the party committee
        if level == "country" and org_found and not org_found[2] and region_text and not national:
            # 咸镜北道人民委员会委员长: a national role word (委员长) at the head of a local body named after its place
            level = _level_of(head[:head.rfind(org_found[0]) + len(org_found[0])]) or "province"
        central = level == "country" and not (word in _FOREIGN_HEADS and region_text)
        for wseg, (wmarker, wkind, wlevel) in waiting if org_found else []:
            wkind = _combine_zh(word, role, wkind)
            if wkind == "government_department" and _PARTY_BEFORE.search(wseg[:wseg.rfind(wmarker)]):
                wkind = "party_department"
            wlev = wlevel or ("country" if _org_in(wseg, national=True) else level)
            offices.append(Office(role, wkind, wlev, None, wseg + word, "zh", wlev == "country"))
        waiting = []
        offices.append(Office(role, org_kind, level, region_text, seg.strip(), "zh", central,
                              place=bool(place) and region_text == place))
        if region_text:
            carry_region, carry_level = region_text, level
        elif level:
            carry_level = level
    return offices


def inherit_body(prev: Office, word: str) -> Office | None:
    """The office a bare generic role word (副主席, 委员) holds after ``prev`` in a list: ``prev``'s body,
    level and region with the word's own role; None when ``prev`` names no body (市长甲、副主任乙)."""
    if word not in ZH_GENERIC_ROLES or prev.lang != "zh" or _org_in(prev.title) is None:
        return None
    role, kind, _lv = _ZH_ROLE[word]
    if prev.org_kind in ("congress", "cppcc", "institution", "enterprise", "other", "party_department",
                         "government_department"):
        kind = _combine_zh(word, role, prev.org_kind)
    elif prev.org_kind == "party_committee" and word in ("副书记", "书记", "常委", "委员", "秘书长", "副秘书长"):
        kind = _combine_zh(word, role, prev.org_kind)
    elif word.endswith("秘书长") and prev.org_kind == "government":
        kind = "government"
    return Office(role, kind, prev.level, prev.region_text, word, "zh", prev.central, prev.region, prev.place)


def _split_zh(phrase: str, region_starts: frozenset = frozenset()) -> list[str]:
    """Pieces of a combined title: on 、 兼 and commas always; on 与 和 及 only after a role word or an
    organization marker (港澳台侨与外事委员会 is one committee; 和平 is no "and"), never where a place opens (日本和歌山县知事)."""
    out, last = [], 0
    for m in re.finditer(r"[、兼,，]|[及与]|和(?!平)", phrase):
        left = phrase[last:m.start()]
        if m.start() in region_starts:
            continue  # 日本和歌山县知事: 和 opens a place name
        if m.group(0) in "及与和" and _org_in(left) is not None and not (
                left.endswith(tuple(ZH_ROLE_WORDS)) or left.endswith(tuple(o[0] for o in _ZH_ORGS))):
            continue
        if m.group(0) in "及与和" and last == 0 and _org_in(left) is None and not ZH_TITLE_RE.search(left) \
                and len(left) <= 4 and not re.search(r"[省市县区州]$", left):
            continue  # 商务及经济发展局局长: a word of the body's own name, not an office of its own
        if m.group(0) in "及与和" and _org_in(left) is None and not ZH_TITLE_RE.search(left) \
                and not re.search(r"[省市县区州]$", left) and _ministry_name_goes_on(phrase, m.end(), region_starts):
            continue  # 领土管理和权力下放部部长: the ministry's own name goes on to its 部 and the role word
        out.append(left)
        last = m.end()
    out.append(phrase[last:])
    return out


def _ministry_name_goes_on(phrase: str, at: int, region_starts: frozenset) -> bool:
    """After an "and" at ``at``: words naming no place run on to a ministry's or department's 部 / 厅 / 局 and the
    role word closing the phrase (…和权力下放部部长, 土地和城市规划部部长)."""
    rest = phrase[at:]
    if any(at <= r for r in region_starts) or re.search(r"[、兼,，]", rest):
        return False
    return re.fullmatch(r"[\u4e00-\u9fff]{1,10}?[部厅局]" + ZH_TITLE_RE.pattern, rest) is not None


_PLACE_TYPE = "市县镇乡町村"
# role words whose office is a state's or province's own (its government or legislature)
_STATE_WORDS = frozenset(("州长", "副州长", "首席部长", "副首席部长", "省长", "副省长"))
_NOT_PLACE = set("的了是在和与及等各副正原前代委党政府部局厅办院会团组处课室主管民大人该本我全此其时任现新")


_ZONE = re.compile(r"^(?:国家级)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区|综合保税区|保税区|"
                   r"自贸区|自由贸易试验区|试验区|合作区)(?:党工委|管委会|管理委员会)")


def _unknown_place(rest: str, word: str) -> str | None:
    """A place named before the role word that no table knows: 斗六 + 市长 -> 斗六市, 八王子市 + 市长 ->
    八王子市, 恒春 + 镇长 -> 恒春镇. ``rest``: the title text after the last known region, before the role (时任市长: no place)."""
    rest = re.sub(r"^(以及|及|与|和|由|同|率|偕|在)", "", rest.strip())
    found = {i for i in (rest.find(mk) for mk, _k, _l in _ZH_ORGS) if i > 0} if len(rest) > 2 else set()
    for cut in sorted(found | {i + 1 for i in found}):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}[市县镇乡町村]", rest[:cut]) and not set(rest[:cut]) & _NOT_PLACE:
            return rest[:cut]  # 八王子市议会副议长: the place before the body
    if not rest or set(rest) & _NOT_PLACE:
        return None
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}[市县镇乡町村]", rest) and len(rest) >= 3:
        return rest
    if word in ("知事", "副知事") and re.fullmatch(r"[\u4e00-\u9fff]{1,3}[都道府县]", rest):
        return rest  # 北海道知事: a Japanese prefecture
    if word in _STATE_WORDS and re.fullmatch(r"[\u4e00-\u9fff]{2,4}[州邦省]", rest):
        return rest  # 沙捞越州首席部长, 某邦首席部长: a state abroad no table knows
    if word[0] in _PLACE_TYPE + "省" and word.endswith("长") and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", rest):
        return rest + word[0]  # 斗六 + 市长, 斯高沙 + 省长 (a province abroad no table knows)
    return None


_FOREIGN_HEADS = {"总统", "副总统", "首相", "副首相", "外长", "大臣", "副大臣", "国务卿"}  # a foreign state's head: its own country, not China
# a body of a place: a region right before it starts a body of its own (…汪清县政府)
_LOCAL_BODY = re.compile(r"[省市县区州旗]?(人民政府|政府|党委|省委|市委|县委|区委|州委|人大|政协)")
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
    if word.endswith("秘书长"):  # a body's secretary-general; a department's is the government's
        return kind if kind not in ("government_department", "party_department") else "government"
    if word in ("主席", "副主席") and kind == "party_committee":
        return "government"
    if word in ("主委", "副主委") and kind in ("party_committee", "party_department"):
        return "other"  # 民建温州市委会主委, 九三学社市委主委: a democratic party's committee, no CPC office has one
    if kind == "party_department" and word in ("书记", "副书记"):
        return "party_department"
    if word in ("会长", "副会长") and kind in ("government", "government_department"):
        return "institution"  # 美中贸易全国委员会会长: no government body has a 会长; an association's council does
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
# English role and organization rules (data/title_roles_en.tsv, data/title_orgs_en.tsv): first match wins
_EN_ROLE_RULES: list[tuple[str, str, str, str | None]] = [
    (r["pattern"], r["role"], r["org_kind"], _opt(r["level"])) for r in read_tsv("title_roles_en.tsv")]
_EN_ORG_RULES: list[tuple[str, str, str | None]] = [
    (r["pattern"], r["org_kind"], _opt(r["level"])) for r in read_tsv("title_orgs_en.tsv")]
_EN_LEVEL = [(r"autonomous region(al)?|\bregion['’]s\b", "region"), (r"provincial|province", "province"), (r"municipal|city", "city"), (r"district|county", "county"),
             (r"autonomous region(al)?", "region"), (r"\bstate\b", "province"), (r"prefectur", "city")]


def parse_en(phrase: str, region_texts: list[str] | None = None) -> list[Office]:
    """Offices in an English title phrase ("Deputy Secretary of X Provincial Party Committee and Governor")."""
    offices: list[Office] = []
    raw = [p.strip() for p in re.split(r"\s*(?:,\s*and\s+|\band\b|,|;|&)\s*", phrase) if p and p.strip()]
    parts: list[str] = []
    pending = ""
    for k, part in enumerate(raw):
        low = part.lower()
        has_role = any(_rx(rx).search(low) for rx, *_ in _EN_ROLE_RULES)
        nxt_low = raw[k + 1].lower() if k + 1 < len(raw) else ""
        if not has_role and k + 1 < len(raw) and not any(_rx(rx).search(low) for rx, *_ in _EN_ORG_RULES) and (
                not parts or not any(_rx(rx).search(nxt_low) for rx, *_ in _EN_ROLE_RULES)):
            # "Planning and Development Officer", "…, Macau Trade and Investment Promotion Institute": a
            # coordinated modifier of what follows
            pending += part + " and "
            continue
        if not has_role and parts and k == len(raw) - 1 and not pending \
                and not any(_rx(rx).search(low) for rx, *_ in _EN_ORG_RULES):
            # "Minister of Economic Development and Industry of the Irkutsk Region": the portfolio's second
            # domain, and the place the whole office is of
            parts[-1] += " and " + part
            continue
        parts.append(pending + part)
        pending = ""
    carry_region = None
    carry_level = None
    for part in parts:
        low = part.lower()
        rule = None
        low = re.sub(r"\s*(as (the|its|his|her) (head|deputy|leader)|head of the delegation|as (his|her) deputy)\b.*$", "", low)
        if not low or re.fullmatch(r"(the )?(head|deputy|leader)( of the delegation)?", low):
            continue
        match_low = _DEMONYM_PRESIDENT.sub(r"state \2", low) if _DEMONYM_PRESIDENT else low
        for rx, role, kind, level in _EN_ROLE_RULES:
            if _rx(rx).search(match_low):
                rule = (role, kind, level)
                break
        if rule is None:
            # an org-only fragment ("the CPC Jilin Provincial Committee") continues the previous office
            if offices and any(_rx(rx).search(low) for rx, _k, _l in _EN_ORG_RULES):
                prev = offices[-1]
                prev.org_kind = _en_org(low, prev.role, prev.org_kind)
                prev.level = _en_level(low) or prev.level
                region = _region_in(part, region_texts)
                if region:
                    prev.region_text = region
            continue
        role, kind, level = rule
        org_kind = _en_org(low, role, kind)
        if org_kind == "government" and role in ("head", "deputy_head", "other") and _unit_owns(low):
            org_kind = "government_department"  # "Director of the Foreign Affairs Office of the X Government"
        if (kind == "government_department" and role in ("head", "deputy_head") and org_kind == kind
                and re.search(r"\b(head|chief)\b", low) and re.search(_EN_PLACE_BODY, low)
                and not re.search(r"department|bureau|commission|office|ministry|agency|committee|division|section|"
                                  r"service|unit|cent(?:er|re)|protocol|staff", low)):
            org_kind = "government"  # "Head of the Republic of Sakha": the head of a place is its government
        if kind == "government_department" and role in ("head", "deputy_head") and org_kind == "government" \
                and re.search(r"\bdirector\b", low) and re.search(r"\bcouncil\b", low):
            org_kind = "government_department"  # "the X City Council's Trade Director": a unit of the council
        if role in ("head", "deputy_head") and kind == "government" and "chair" in low and org_kind == "government":
            org_kind = "government"
        lv = _en_level(low) or level
        region = _region_in(part, region_texts)
        if region is None and carry_region and lv in (None, carry_level):
            region = carry_region
            lv = lv or carry_level
        elif region is None and carry_region and org_kind == "party_department" and offices \
                and offices[-1].org_kind == "party_committee" and not re.search(r"\bcentral\b", low):
            # "member of the Standing Committee of the X Municipal Party Committee and Minister of the Propaganda
            # Department" (市委常委、宣传部部长): the department of that committee, not the CPC's
            region, lv = carry_region, carry_level
        central = lv == "country" and region is None and bool(_EN_CENTRAL.search(low))
        offices.append(Office(role, org_kind, lv, region, part, "en", central))
        if region:
            carry_region, carry_level = region, lv
    # "Secretary of the Party Committee and Chairman of the People's Council of Lang Son province": the place
    # written last holds for the offices before it that name none
    last = offices[-1] if offices else None
    if last is not None and last.region_text:
        for o in offices[:-1]:
            if o.region_text is None and o.level in (None, last.level) and not o.central:
                o.region_text, o.level = last.region_text, o.level or last.level
    return offices


def _demonym_president() -> re.Pattern | None:
    """"Vietnamese President", "the Lao Vice President": a state's (vice) president named by its nationality word."""
    try:
        from .lang import read_table

        forms = sorted({r.form.lower() for r in read_table("en", "demonyms") if r.form}, key=len, reverse=True)
    except Exception:  # pragma: no cover - the table ships with the package
        return None
    return re.compile(r"^(the )?(?:" + "|".join(map(re.escape, forms)) + r") ((?:vice[- ])?president)$")


_DEMONYM_PRESIDENT = _demonym_president()

# a unit of a government: the body a role word belongs to when it comes first after the role ("Director of the
# Foreign Affairs Office of the X Provincial Government") or last before it ("X Government Foreign Affairs Office
# Director")
_UNIT = r"(?:office|department|bureau|commission|agency|ministry)"
_BODY = r"(?:government|congress|cppcc|party|committee|council|university|company|group|corporation)"


def _unit_owns(low: str) -> bool:
    m = re.search(r"\b(?:director(?:[- ]general)?|head|chief|commissioner|officer|manager|minister)\b", low)
    if not m:
        return False
    after = low[m.end():]
    first = re.search(r"\b(" + _UNIT + "|" + _BODY + r")s?\b", after)
    if first and re.match(r"\s+of\b", after) and re.fullmatch(_UNIT, first.group(1)):
        return True
    before = low[:m.start()]
    last = None
    for last in re.finditer(r"\b(" + _UNIT + "|" + _BODY + r")s?\b", before):
        pass
    return bool(last and not after.strip() and re.fullmatch(_UNIT, last.group(1)))


# national offices of China: region China when the phrase names no other
_EN_CENTRAL = re.compile(r"general secretary|cpaffc|ccpit|chinese people.s association|vice premier|premier of the state council|state council|central committee|"
                         r"political bureau|politburo|national people's congress|\bnpc\b|cppcc national|national committee|"
                         r"^(chinese |china's )?(state )?president$|people's republic of china")


_EN_PLACE_BODY = r"\b(republic|province|city|county|district|region|oblast|krai|kray|state|prefecture|aimag|town|village)\b"


_UNIT_OF_GOVERNMENT = re.compile(r"\b(?:committee|commission|department|bureau|office|ministry|agency|directorate)\b"
                                 r"(?:(?!\bparty\b|\bcpc\b|people'?s|standing).)*\bof the (?:\w+ )*(?:government|administration)\b")


def _en_org(low: str, role: str, default: str) -> str:
    if role in ("head", "deputy_head") and _UNIT_OF_GOVERNMENT.search(low):
        return "government_department"  # "Chairman of the Committee on X of the Government of Primorsky Krai"
    for rx, kind, _lv in _EN_ORG_RULES:
        if _rx(rx).search(low):
            if role in ("secretary_general", "deputy_secretary_general") or role in ("head", "deputy_head", "other"):
                return kind if not (kind == "party_committee" and role in ("head", "deputy_head")) else default
            if role in ("secretary", "deputy_secretary", "standing_member"):
                return kind if kind in ("party_committee", "party_department") else (
                    kind if kind in ("government", "congress", "cppcc") else default)
            return kind
    return default


def _en_level(low: str) -> str | None:
    if re.search(r"central committee|politburo|political bureau|state council|(?<!inter)national|cpaffc|ccpit|chinese people.s association|\bcentral (?!(java|luzon|province|provincial|district|region|city|asia|america|europe|africa|part)\b)", low):
        return "country"
    for rx, lv in _EN_LEVEL:
        if _rx(rx).search(low):
            return lv
    return None


def _region_in(part: str, region_texts: list[str] | None) -> str | None:
    for r in region_texts or []:
        if r and re.search(r"\b" + re.escape(r) + r"\b", part):
            return r
    return None
