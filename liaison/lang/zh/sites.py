"""Sites of an inspection: the named places after a touring verb (参观了A、B和C), before it (在X考察), or between
a motion word and it (深入A和B调研)."""
from __future__ import annotations

import re

from ...places import within as _within

from . import lexicon as L

# sites named after it (triggers.tsv, and sites.tsv kind after: 观摩, 参观考察)
_SITE_VERB_ZH = L.pattern("{verb}", verb=L.triggers(arg=">sites") + L.sites("after"))
_TOUR_AFTER_ZH = L.pattern("{verb}", verb=L.sites("after"))  # tells a tour by itself, like 参观
_SITE_SUFFIX_ZH = L.pattern("{suffix}$", suffix=L.sites("suffix"))  # sites.tsv
_SITE_GENERIC_ZH = L.pattern("{generic}", generic=L.sites("generic"))
_SITE_MANY_ZH = L.pattern("{many}", many=L.sites("many"))
_SITE_JUNK_ZH = L.pattern("{junk}", junk=L.sites("not"))
_SITE_BEFORE_VERB_ZH = L.pattern(r"在([^，。,；;、]{3,40}?){verb}", verb=L.triggers(arg="sites<"))
# 在X展示厅，代表团详细了解…: the site opens the clause before the one telling what was seen there
_SITE_CLAUSE_ZH = L.pattern(r"(?:^|[，,。；;])在([^，。,；;、]{3,40}?)[，,][^，。,；;]{0,12}?{verb}",
                            verb=L.triggers(arg="clause-sites<"))
# 深入A和B调研, 走进A、B考察, 前往A，了解…, 深入A、B等地，就…进行考察: the sites between a motion word and the verb of
# touring (sites.tsv: go, verb), a comma and what the tour was about (就…进行) at most between them
_SITES_BETWEEN_ZH = L.pattern(r"(?:{go})到?((?:[^，。,；;！!？?]{2,30}?[、和及与])*[^，。,；;！!？?]{2,30}?)[，,]?(?:就[^，。,；;]{1,16}?)?(?:进行了?|开展了?|实地|详细|深入|学习|参观|走访)*"
                              r"(?:{verb})", go=L.sites("go"), verb=L.sites("verb"))
# a word that tells an action, not a name: a list item holding it is no site
_ACTION_ZH = re.compile(r"(参观|考察|调研|看望|慰问|座谈|召开|举行|出席|会见|签署|了解|听取|推动|建设|发展|情况|工作|活动|交流|合作)")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _is_site(item: str) -> bool:
    """``item`` ends like a site (有限公司, 产业园, 会客厅…) and is neither a generic word nor a described phrase."""
    return ((len(item) >= 3 or len(item) == 2 and item.endswith("村") and item[0] not in "该本全各此一")
            and bool(_SITE_SUFFIX_ZH.search(item)) and not _SITE_JUNK_ZH.search(item)
            and not _SITE_GENERIC_ZH.fullmatch(item))


def _add_zh_site(sites: list[dict], seen: set, item: str) -> None:
    """Add ``item`` when it ends like a site (有限公司, 产业园, 会客厅…) and is not a generic word."""
    if item in seen or not _is_site(item):
        return
    seen.add(item)
    sites.append({"zh": item, "en": None})


def _is_region(ctx, shift: int, text: str, item: str) -> bool:
    """``item`` (found in ``text``) is exactly a region the article names (参观了滨海新区: a stop, not a site)."""
    k = text.find(item)
    if k < 0:
        return False
    pos, end, outer = shift + k, shift + k + len(item), None
    for rs, re_, r in sorted(ctx.regions_in(pos, end), key=lambda x: (x[0], -x[1])):
        if rs != pos or re_ <= pos:
            continue
        if outer is not None and (isinstance(r, tuple) or getattr(r, "level", 9) > 3 or not _within(r, outer)):
            return False  # 云南民族村: a village's name after its province is a site's (a county's is a place's)
        pos, outer = re_, r  # 天津市滨海新区: a place written with the larger one it lies in is still a place
    return pos == end


_UNIT_END = set("省市县区州盟旗镇乡村")


def _place_and_kind(ctx, shift: int, text: str, item: str) -> bool:
    """``item`` is a region the article names, written with its unit, followed only by a kind of site a place has
    many of (sites.tsv: many): 吐鲁番市学校 describes the town's schools; 熊本大学 (a bare place name) and
    新疆维吾尔自治区博物馆 (one of its kind) are names."""
    k = text.find(item)
    if k < 0:
        return False
    ends = [re_ - shift - k for rs, re_, _r in ctx.regions_in(shift + k, shift + k + len(item)) if rs == shift + k]
    return any(0 < e < len(item) and item[e - 1] in _UNIT_END and _SITE_MANY_ZH.fullmatch(item[e:]) for e in ends)


def _clean(item: str) -> tuple[str, bool]:
    """The name in a list item, and whether the item was only that name (no 的-phrase before it, no action
    after it: a bare name may join a list of sites, 考察团一行参观了… may not)."""
    item = item.strip(" “”\"'《》")
    item = re.sub(r"^(了|位于|先后|首先|还|又|分别|一同|共同|重点|深入|走进|来到|前往|走访|参观|考察|调研|察看)+(了)?", "", item)
    item = item.strip(" “”\"'《》「」")
    bare = True
    if "的" in item:
        item, bare = item.rsplit("的", 1)[1], False
    cut = re.sub(r"(进行|开展|学习|考察|调研|参观|实地|详细|了解).*$", "", item)
    bare = bare and cut == item
    cut = re.sub(r"等(企业|单位|项目|园区|场所|景点|基地|学校|医院)?$", "", cut)
    # 考察了X项目建设情况, 察看了X物流园建设进展: the site, and what was seen of it
    # (a short head is a kind, not a name: 新能源项目建设情况 names no site)
    cut = re.sub(r"(?<=[\u4e00-\u9fff]{6})(?:建设|生产|经营|运营|发展|研发|施工|运行)*(?:情况|进展|进度|现场|成果|成效)$", "", cut)
    if re.search(r"[^“”「」][”」][^“”「」]{1,4}$", cut):
        cut = re.sub(r"[“”「」]", "", cut)  # “智慧码头”项目: the quoted name and its kind are one name
    return re.sub(r"(时|期间|之后|后)$", "", cut).strip(" “”\"'《》「」"), bare


def _add_list(ctx, text: str, shift: int, sites: list[dict], seen: set, items: list[str]) -> None:
    """Add the sites of one list: the items that end like a site; and, when one does, its siblings that are bare
    names (参访南湾、鹅銮鼻公园与纳骨塔: 南湾 too) — not actions, generic words or regions."""
    cleaned = [_clean(i) for i in items]
    cleaned = [(i, bare) for i, bare in cleaned if i]
    valid = [i for i, _b in cleaned if _is_site(i) and not _is_region(ctx, shift, text, i)
             and not _place_and_kind(ctx, shift, text, i)]
    if not valid:
        return
    for item, bare in cleaned:
        if item in valid:
            _add_zh_site(sites, seen, item)
        elif (bare and len(cleaned) >= 2 and _HAN_NAME.fullmatch(item) and not _ACTION_ZH.search(item)
              and not _SITE_JUNK_ZH.search(item) and not _SITE_GENERIC_ZH.fullmatch(item)
              and not _is_region(ctx, shift, text, item) and not _place_and_kind(ctx, shift, text, item)
              and item not in seen):
            seen.add(item)
            sites.append({"zh": item, "en": None})


def _split(ctx, shift: int, start: int, seg: str) -> list[str]:
    """``seg`` (at ``start`` in the sentence) cut at 、和及与 — not inside a place's name (和歌山城, 及川)."""
    inside = set()
    for rs, re_, _r in ctx.regions_in(shift + start, shift + start + len(seg)):
        inside.update(range(rs - shift - start, re_ - shift - start))
    out, last = [], 0
    for k, ch in enumerate(seg):
        if ch in "、和及与" and (ch == "、" or k not in inside):
            out.append(seg[last:k])
            last = k + 1
    out.append(seg[last:])
    return out


def sites(ctx, text: str, shift: int) -> list[dict]:
    """Named sites after a touring verb: 参观了A、B和C → A, B, C (each must end like a site)."""
    sites: list[dict] = []
    seen: set = set()
    for vm in _SITE_VERB_ZH.finditer(text):
        if text[vm.end():vm.end() + 1] in ("团", "组", "队"):
            continue  # 考察团一行前往…: the group's name, no touring verb
        seg = re.split(r"[,，。;；:：!！?？]", text[vm.end():], maxsplit=1)[0]
        _add_list(ctx, text, shift, sites, seen, _split(ctx, shift, vm.end(), seg))
    # 深入A和B调研: the sites between the motion word and the touring verb
    for m in _SITES_BETWEEN_ZH.finditer(text):
        _add_list(ctx, text, shift, sites, seen, _split(ctx, shift, m.start(1), m.group(1)))
    # 代表团在天津市滨海新区“美丽滨城”会客厅学习考察: the site before the verb, after its place
    for m in _SITE_BEFORE_VERB_ZH.finditer(text):
        a, b = m.span(1)
        for rs, re_, _r in ctx.regions_in(shift + a, shift + b):
            # the place before the site, written with its unit (天津市滨海新区…会客厅); a bare place name
            # (青岛东方机械有限公司: 青岛, then 东方 of Hainan) is part of the site's name
            if rs - shift <= a + 1 and text[re_ - shift - 1] in _UNIT_END:
                a = max(a, re_ - shift)
        _add_zh_site(sites, seen, text[a:b].strip(" "))
    # 在建德千岛湖通用机场，代表团详细了解…: the clause names the site whole (its place is part of the name)
    for m in _SITE_CLAUSE_ZH.finditer(text):
        _add_zh_site(sites, seen, m.group(1).strip(" "))
    return sites
