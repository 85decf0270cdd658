"""Sites of an inspection: the named places after a touring verb (参观了A、B和C) or before it (在X考察)."""
from __future__ import annotations

import re

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


def sites(ctx, text: str, shift: int) -> list[dict]:
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
