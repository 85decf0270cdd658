"""Sites of an inspection: the named places after a touring verb (参观了A、B和C) or before it (在X考察)."""
from __future__ import annotations

import re

from . import lexicon as L

_SITE_VERB_ZH = L.pattern("{verb}", verb=L.triggers(arg=">sites"))  # sites named after it (triggers.tsv)
_SITE_SUFFIX_ZH = L.pattern("{suffix}$", suffix=L.sites("suffix"))  # sites.tsv
_SITE_GENERIC_ZH = L.pattern("{generic}", generic=L.sites("generic"))
_SITE_JUNK_ZH = L.pattern("{junk}", junk=L.sites("not"))
_SITE_BEFORE_VERB_ZH = L.pattern(r"在([^，。,；;、]{3,40}?){verb}", verb=L.triggers(arg="sites<"))
# 在X展示厅，代表团详细了解…: the site opens the clause before the one telling what was seen there
_SITE_CLAUSE_ZH = L.pattern(r"(?:^|[，,。；;])在([^，。,；;、]{3,40}?)[，,][^，。,；;]{0,12}?{verb}",
                            verb=L.triggers(arg="clause-sites<"))


def _add_zh_site(sites: list[dict], seen: set, item: str) -> None:
    """Add ``item`` when it ends like a site (有限公司, 产业园, 会客厅…) and is not a generic word."""
    if len(item) < 3 or item in seen or not _SITE_SUFFIX_ZH.search(item) or _SITE_JUNK_ZH.search(item):
        return
    if _SITE_GENERIC_ZH.fullmatch(item):
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
    # 在建德千岛湖通用机场，代表团详细了解…: the clause names the site whole (its place is part of the name)
    for m in _SITE_CLAUSE_ZH.finditer(text):
        _add_zh_site(sites, seen, m.group(1).strip(" "))
    return sites
