"""The article's home regions: the side the article is written from.

Implicit references — 我省, 我市, 本市, 省委书记 with no place, "the provincial Party
secretary", "the municipal government" — mean the reporting side, which in an
exchange report is usually *not* the most-named region (the visitors are named
again and again). The home is read from the article itself, each clue a row of
``CLUES`` below with its weight:

* the outlet named in the text (来源：张掖日报, 据吉林日报, "Liaoning Daily",
  chinajilin.com.cn) and the page's own address (gxt.shaanxi.gov.cn);
* the dateline (新华社长春11月6日电, "CHANGCHUN, Nov. 6 (Xinhua)");
* who travels: a region named as the visitors (X代表团, X一行, 来自X, 会见X代表团,
  "a delegation from X") is not the home when they come (来, 到, 抵达) and is the
  home when they go out (赴, 前往, 出访); the place after 来 is the home;
* the other side of 我市: X与我市, 我市与X, 来我市的X代表团 — X is not the home;
* mentions, as before (a name after 来 到 抵 在 回 counts more, after 赴 前往 less),
  a region inside an organisation's name (X集团, X大学) counting less.

All of it is pure: ``home_scores(text, spans, url)`` takes the analysis text, the
resolved region spans ``(start, end, Region)`` and the page address.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from .regions_data import fold

# --------------------------------------------------------------- the clues, as data
W_MENTION, W_COME_TO, W_RETURN_TO, W_GO_TO, W_SAR_SELF = 1.0, 2.0, 3.0, -0.5, 2.0
W_OUTLET, W_URL, W_DATELINE = 6.0, 4.0, 3.0
W_VISITORS_COME, W_VISITORS_GO, W_OTHER_SIDE, W_IN_ORG = -4.0, 3.0, -6.0, -0.5
W_VISITORS_MET = -2.0

_COME_BEFORE = re.compile(r"(来到|来|莅临|走进|在)$")  # 抵达 / 到 tell an arrival, not the writer's side
_RETURN_BEFORE = re.compile(r"(回|返|返回)$")  # 返港, 回到: home
_GO_BEFORE = re.compile(r"(赴|前往|访问|出访|去)$")
# right after a region: the visitors (吉林省党政代表团, 长春市客人, 宣城市代表团一行)
_VISITORS_AFTER = re.compile(r"^(省|市|县|区|州)?(党政|政府|人大|政协|经贸|友好|考察|参访|商务)?"
                             r"(代表团|考察团|访问团|参访团|客人|一行|代表)")
_MET_BEFORE = re.compile(r"(会见|会晤|接见|欢迎|接待|宴请)了?$")
_VISITORS_BEFORE = re.compile(r"(来自|会见|会晤|接见|欢迎|接待|宴请)$")
_VISITORS_EN = re.compile(r"\b(delegation|visitors|guests)\s+(from|of)\s+(the\s+)?$", re.I)
_VISITORS_EN_AFTER = re.compile(r"^(\s+(Province|City|Provincial|Municipal|County|Prefecture|State|Government))?"
                                r"(\s+(Party and government|government|trade|economic|friendship|business))?"
                                r"\s+delegation\b", re.I)
_COME = re.compile(r"(来到|来|莅临|抵达|到访|走进|到(?=[\u4e00-\u9fff]{2,8}?(?:考察|调研|访问|参观|交流|学习|洽谈)))(我|本)?")
_GO = re.compile(r"(赴|前往|出访|远赴)")
# the delegation received with no place before it (会见了代表团一行, 与代表团进行了会谈, 陪同代表团考察)
_RECEIVED_BARE = re.compile(r"(?:会见|会晤|接见|宴请|欢迎|陪同|与|同)了?(?:代表团|考察团|访问团|参访团|客人)")
_SELF = re.compile(r"(我|本)(省|市|县|区|州|旗)")
# our own side going out: 我市党政代表团 / 率我省代表团 … then 赴 / 前往 a place
_SELF_GOES = re.compile(r"(我|本)(省|市|县|区|州|旗)[\u4e00-\u9fff]{0,6}?(代表团|考察团|访问团|一行)[^。！？]{0,12}$")
_SELF_EN = re.compile(r"\b[Oo]ur\s+((?i:province|city|county|district|prefecture|municipality|autonomous\s+region))\b")
_SELF_KIND_EN = {"province": "province", "city": "city", "county": "county", "district": "county", "prefecture": "city",
                 "municipality": "province", "autonomous region": "province"}
_SELF_KIND = {"省": "province", "市": "city", "县": "county", "区": "county", "州": "city", "旗": "county"}
_ORG_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}?(集团|公司|银行|大学|学院|医院|酒店|宾馆|中学|小学|研究院|研究所)")
_SOURCE_EN = re.compile(r"(?m)^[ \t]*(?:Source|Release source|From)\s*[:：]\s*([^\n]{3,80}?)(?=\s{2,}|\s*[|｜]|[ \t]*$)"
                        r"|\b((?:[A-Z][\w'’-]*\s+){1,4}?(?:Rong |Convergence |Integrated )?(?:Media|News|Information) "
                        r"Cent(?:er|re))\b")
# a council's own release, by its masthead line: "Shire of Esperance | Media Release", "Angus Council | News",
# "City of Storm Lake — News Release" (no Chinese body: 人民政府 pages name theirs in characters)
_COUNCIL_NAME = (r"[A-Z][\w'’\-]+(?:[ \t](?!(?:City|County|Borough|District|Shire|Regional|Town|Council|Parish|Community|"
                 r"Township|Village)\b)[A-Z][\w'’\-]+)?")
# (a masthead in the council's own language too: "Comune di Faenza", "Ayuntamiento de Gijón", "Ville de Nantes")
OWN_COUNCIL = re.compile(r"^[ \t]*(?:(?:The\s+)?(?:Shire|City|Town|Borough|County|Municipality|Village|District|"
                          r"Township)\s+of\s+(?P<a>" + _COUNCIL_NAME + r")|(?:The\s+)?(?P<b>" + _COUNCIL_NAME + r")\s+"
                          r"(?:(?:City|County|Borough|District|Shire|Regional|Town|Parish|Community|Township|Village)\s+)?"
                          r"Council|(?:Comune|Citt[àa]|Municipio|Ayuntamiento|"
                          r"Municipalidad|Prefeitura(?:\s+Municipal)?|C[âa]mara\s+Municipal|Ville|Mairie|Stadt|Gemeente|"
                          r"Gemeinde|Commune|Concello)\s+(?:di|de|do|da|d['’]|von)?\s*(?P<c>" + _COUNCIL_NAME + r"))"
                          r"[ \t]*(?:\||[–—]|:|$)",
                          re.M)


def own_council_span(text: str) -> tuple[int, int] | None:
    """Where the masthead of a council's own release, in the page's first 400 characters, writes the council's
    place ("Shire of Esperance | Media Release", "Comune di Faenza | Ufficio Stampa"), or None."""
    m = _own_council(text)
    return None if m is None else m.span(next(g for g in ("a", "b", "c") if m[g]))


def own_council_masthead(text: str) -> tuple[int, int] | None:
    """The whole masthead of a council's own release ("Ville de Saint-Émilion", "BAKEWELL TOWN COUNCIL"), or None."""
    m = _own_council(text)
    return None if m is None else m.span()


@functools.lru_cache(maxsize=8)
def _own_council(text: str):
    m = OWN_COUNCIL.search(text, 0, 400)
    if m is None:  # "BAKEWELL TOWN COUNCIL": a masthead in capitals, read as its words are written in the story
        head = "".join(line.title() if line.isupper() else line for line in text[:400].splitlines(keepends=True))
        if len(head) == len(text[:400]):
            m = OWN_COUNCIL.search(head, 0, 400)
    return m


_OUTLET_ZH = re.compile(r"([\u4e00-\u9fff]{2,12}?)(日报|晚报|新闻网|广播电视台|电视台|融媒体中心|发布|新闻)")
_OUTLET_WEB = re.compile(r"(?:来源|稿源|转自|据)[:：\s]*(?:中国)?([\u4e00-\u9fff]{2,8}?)(?:在线|网)(?![\u4e00-\u9fff])")
_OUTLET_CUE = re.compile(r"(来源|稿源|来自|据|转自|本报讯|原标题)")
_OUTLET_EN = re.compile(r"\b([A-Z][a-z]+)\s+(Daily|Evening News|News|Times|Radio|Television)\b"
                        r"|\b(?:www\.|english\.)?china([a-z]+)\.(?:com|gov)\.cn|\b([a-z]+)\.gov\.cn")
_DATELINE_ZH = re.compile(r"(?:新华社|中新社|新华网|人民网|中新网|央视网|央广网|光明网|国际在线|经济日报|人民日报)"
                          r"([\u4e00-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日电"
                          r"|本报([\u4e00-\u9fff]{2,6}?)\d{0,2}月?\d{0,2}日?讯")


def _kinds(r) -> set[str]:
    from .places import region_type

    return region_type(r)


def home_scores(text: str, spans: list[tuple[int, int, object]], url: str | None = None,
                first: dict | None = None, other_side: set | None = None) -> tuple[Counter, dict]:
    """Score every region of the article as its home; returns (scores, first offsets). ``other_side``, when
    given, receives the regions the text sets against 我市 / 我省 (X与我市, 我市代表团赴X)."""
    scores: Counter = Counter()
    first = {} if first is None else first
    other_side = set() if other_side is None else other_side
    at = {}
    for s, e, r in spans:
        at.setdefault(s, (e, r))
        first.setdefault(r, s)
        w = W_MENTION
        before = text[max(0, s - 2):s]
        if _COME_BEFORE.search(before):
            w += W_COME_TO
        if _RETURN_BEFORE.search(before):
            w += W_RETURN_TO
        if _GO_BEFORE.search(before):
            w += W_GO_TO
        if _ORG_AFTER.match(text, e) and not _VISITORS_AFTER.match(text[e:e + 10]):
            w += W_IN_ORG  # 吉林化纤集团: a company, not the place acting
        scores[r] += w
    # 特区政府 / 特区: a Hong Kong or Macao page speaking of its own government
    sar_self = len(re.findall(r"特区政府|本特区|特区(?=的|与|在|将|已|正|非常)", text))
    if sar_self:
        for r in list(first):
            if getattr(r, "code", None) in ("HK", "MO") and getattr(r, "level", 1) == 0:
                scores[r] += W_SAR_SELF * sar_self
    # the outlet, in Chinese (来源：张掖日报 / 据吉林日报) and English ("Liaoning Daily", chinajilin.com.cn)
    for m in _OUTLET_WEB.finditer(text):  # 来源：中国淮安网 — a site named after its place, with a cue only
        for s, e, r in spans:
            if m.start(1) <= s and e <= m.end(1):
                scores[r] += W_OUTLET
    for m in _OUTLET_ZH.finditer(text):
        cue = _OUTLET_CUE.search(text[max(0, m.start() - 6):m.start()])
        for s, e, r in spans:
            if m.start() <= s and e <= m.end(1):
                scores[r] += W_OUTLET if cue or m.group(2) in ("日报", "晚报") else W_OUTLET / 2
    for m in _OUTLET_EN.finditer(text):
        word = m.group(1) or m.group(3) or m.group(4)
        if m.group(1):
            for s, e, r in spans:
                if m.start(1) <= s and e <= m.end(1):
                    scores[r] += W_OUTLET
        else:
            for r in list(first):
                if getattr(r, "country", None) == "CN" and fold(r.en or "").replace(" ", "") == word:
                    scores[r] += W_OUTLET
                    break
    # an English page's source line or its news centre ("Source: Li County People's Government Office",
    # "Huocheng County Media Center | Friday"): the place whose page it is, outweighing the place its story is about
    for m in _SOURCE_EN.finditer(text):
        lo, hi = m.span(m.lastindex)
        for s, e, r in spans:
            if lo <= s and e <= hi:
                scores[r] += 2 * W_OUTLET
    council = own_council_span(text)  # "Shire of Esperance | Media Release": the council's own page
    if council is not None:
        lo, hi = council
        for s, e, r in spans:
            if lo <= s and e <= hi:
                scores[r] += 2 * W_OUTLET
    # the page's own address: gxt.shaanxi.gov.cn
    if url:
        host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0]
        labels = set(host.split("."))
        if labels & {"gov", "com", "cn", "org", "net"}:
            for r in _url_regions(labels):
                scores[r] += W_URL
                first.setdefault(r, len(text))
    # the dateline
    lines = [(m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2))
             for m in _DATELINE_ZH.finditer(text[:200])]
    from .lang.en import dateline_place  # "WUHAN, May 6 -- ", with or without a news agency
    en = dateline_place(text)
    if en is not None:
        lines.append(en)
    for g, ge in lines:
        for s, e, r in spans:
            if g <= s and e <= ge:
                scores[r] += W_DATELINE
    starts = {}  # a place's start -> the start of the place written right before it (内蒙古自治区|锡林郭勒盟)
    ends = {e: s for s, e, r in spans}
    for s, e, r in spans:
        if s in ends and ends[s] != s:
            starts[s] = ends[s]
    # who travels, sentence by sentence
    received_later = _RECEIVED_BARE.search(text) is not None
    for sent in re.finditer(r"[^。！？!?\n]+", text):
        a, b = sent.start(), sent.end()
        stext = text[a:b]
        come, go = _COME.search(stext), _GO.search(stext)
        self_ref = _SELF.search(stext)
        for s, e, r in spans:
            if not (a <= s < b):
                continue
            visitors = (_VISITORS_AFTER.match(text[e:e + 10]) or _VISITORS_BEFORE.search(text[max(0, s - 2):s])
                        or _leads_party(text, e, at)
                        or _VISITORS_EN.search(text[max(0, s - 30):s]) or _VISITORS_EN_AFTER.match(text[e:e + 60]))
            if visitors:
                if come and (not go or come.start() < go.start()):
                    scores[r] += W_VISITORS_COME
                elif go and _GO.search(text[e:b]):
                    scores[r] += W_VISITORS_GO
                elif not go and _MET_BEFORE.search(text[max(0, s - 3):s]):
                    scores[r] += W_VISITORS_MET  # 会见了云南省党政代表团: the guests, come from elsewhere
                elif not go and received_later:
                    # 江西省代表团访问云南省。副省长甲与代表团会谈: the delegation, named by its place once, is
                    # received later as "the delegation" alone: the page is the receiving side's
                    scores[r] += W_VISITORS_MET
            if self_ref and re.search(r"与|和|同", stext) and _pair_with_self(text, s, e, a, b, starts):
                scores[r] += W_OTHER_SIDE
                other_side.add(r)
            elif self_ref and come and come.group(2) and visitors:
                scores[r] += W_OTHER_SIDE  # 乙县代表团来我市: the visitors are the other side
                other_side.add(r)
            elif _SELF_GOES.search(text[a:s]) and _GO_BEFORE.search(text[max(0, s - 2):s]):
                scores[r] += W_OTHER_SIDE  # 我市党政代表团赴上海市: where our own delegation goes
                other_side.add(r)
    return scores, first


_LEAD_AFTER = re.compile(r"^[\u4e00-\u9fff、]{2,16}?(一行|率团|率队|率领|率(?!先)|带队|带团|带领|领军|领队|领衔)")
_NOT_IN_LEAD = re.compile(r"会见|会晤|接见|陪同|欢迎|在|与|和|同|到|来|赴")


def _leads_party(text: str, e: int, at: dict) -> bool:
    """温州市政协主席甲一行到淮安考察: the region of the title of a person leading a party — the visitors."""
    m = _LEAD_AFTER.match(text[e:e + 20])
    if not m or _NOT_IN_LEAD.search(m.group(0)[:m.start(1)]):
        return False
    return not any(e < k < e + m.start(1) for k in at)  # no other place named on the way


def _pair_with_self(text: str, s: int, e: int, a: int, b: int, starts: dict) -> bool:
    """X与我市 / 我市与X, 我区与内蒙古自治区锡林郭勒盟太仆寺旗: X (each place of the chain) is the other side."""
    after = text[e:min(b, e + 4)]
    if re.match(r"^(与|和|同)(我|本)(省|市|县|区|州|旗)", after):
        return True
    k = s
    while k in starts:  # walk back over the places written right before this one
        k = starts[k]
    return bool(re.search(r"(我|本)(省|市|县|区|州|旗)(与|和|同)(中国)?$", text[max(a, k - 6):k]))


def _url_regions(labels: set[str]) -> list:
    from .gazetteer import Gazetteer

    gaz = Gazetteer.default()
    out = []
    for lab in labels:
        if len(lab) < 5:
            continue
        for r in gaz.lookup(lab):
            if getattr(r, "country", None) == "CN" and getattr(r, "level", 0) in (1, 2) \
                    and fold(r.en or "").replace(" ", "") == lab:
                out.append(r)
                break
    return out


def choose_homes(scores: Counter, first: dict, cn_only: bool = False, foreign_only: bool = False,
                 country: str | None = None) -> dict:
    """Per kind (province, region, city, county, country, sar): the best-scored region of that kind."""
    homes = {}
    types = [(r, _kinds(r)) for r in scores]
    for kind in ("province", "region", "city", "county", "country", "sar"):
        cands = [r for r, ts in types if kind in ts]
        if cn_only:  # implicit Chinese titles (省委, 市长) refer to Chinese regions
            cands = [r for r in cands if getattr(r, "country", None) in ("CN", "HK", "MO")] or cands
        if foreign_only:
            cands = [r for r in cands if getattr(r, "country", None) not in ("CN", None)]
        if country:  # the home country's own regions (and the country itself)
            cands = [r for r in cands if getattr(r, "country", None) == country] or cands
        if cands:
            best = max(cands, key=lambda r: (scores[r], -first.get(r, 0)))
            if scores[best] > 0 or kind == "country":
                homes[kind] = best
            elif kind == "sar" and not foreign_only:
                homes[kind] = best  # 司长, 署长 exist only in Hong Kong and Macao: the SAR named, visitors or not
            elif cn_only and getattr(best, "country", None) == "CN" and \
                    home_country(scores) not in (None, "CN", "HK", "MO"):
                # a page written from abroad (爱荷华州州长会见了河北省代表团): the Chinese side is the visitors,
                # and a Chinese implicit title (省长甲率团) is theirs
                homes[kind] = best
    city = homes.get("city")
    if city is not None and not foreign_only and getattr(city, "country", None) == "CN":
        # the home city's province stands for 我省 / 省委书记 when no province of the article leads it
        # (人民网成都3月1日电 … 省委书记甲会见了云南省代表团: Sichuan, though only 成都 is named)
        from .gazetteer import Gazetteer

        prov = homes.get("province")
        up = Gazetteer.default().province_of(city)
        if up is not None and up is not city and prov is None:
            homes["province"] = up
            if up not in scores:
                scores[up] = scores[city]
                first.setdefault(up, first.get(city, 0))
    sar = homes.get("sar")
    if sar is not None and not foreign_only:
        # a Hong Kong or Macao page about its own government (特区政府): the SAR stands where a home
        # city or province would, ahead of the mainland places it visits
        rivals = [scores[homes[k]] for k in ("city", "province") if k in homes]
        if scores[sar] >= max(rivals, default=0) + 2:
            homes["city"] = homes["province"] = sar
    return homes


def home_country(scores: Counter) -> str | None:
    """The country whose regions (below country level) the article leans on most."""
    by: Counter = Counter()
    for r, v in scores.items():
        if getattr(r, "level", 0) >= 1 and v > 0:
            by[getattr(r, "country", None)] += v
    if not by:
        return None
    return max(by, key=lambda c: (by[c], c == "CN"))


def self_references(text: str) -> list[tuple[int, int, str]]:
    """我省 / 我市 / 本市 / 我县 / 我区 ... as (start, end, kind)."""
    out = []
    for m in _SELF.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if m.group(1) == "本" and nxt in "届次期项年月日":
            continue
        out.append((m.start(), m.end(), _SELF_KIND[m.group(2)]))
    for m in _SELF_EN.finditer(text):  # machine translation of 来我省考察: "came to our province to inspect"
        out.append((m.start(), m.end(), _SELF_KIND_EN[" ".join(m.group(1).lower().split())]))
    return out
