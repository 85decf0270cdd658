"""Small region predicates (same region, one inside another, its province) shared by the stages and language modules."""
from __future__ import annotations


def code(r):
    return getattr(r, "code", None) or getattr(r, "en", None) or getattr(r, "zh", None)


def same(a, b) -> bool:
    return a is not None and b is not None and code(a) == code(b)


def province(r):
    from .gazetteer import Gazetteer

    if r is None or getattr(r, "level", 0) <= 1:
        return r
    return Gazetteer.default().province_of(r) or r


def within(r, outer) -> bool:
    """r is outer or lies inside it (by GB/T 2260 code prefix)."""
    if r is None or outer is None:
        return False
    if same(r, outer):
        return True
    c, oc = getattr(r, "code", None), getattr(outer, "code", None)
    parent = getattr(r, "parent", None)
    if c is None and oc and parent and len(parent) == 6 and parent.isdigit():
        if parent == oc:
            return True  # 湘潭县易俗河镇: a town the tables lack lies in the county written before it
        c = parent
    if c and oc and len(c) == 6 and len(oc) == 6 and c.isdigit() and oc.isdigit():
        if oc.endswith("0000"):
            return c[:2] == oc[:2]
        if oc.endswith("00"):
            return c[:4] == oc[:4]
    if c is None and oc is None and getattr(r, "country", None) and getattr(r, "country", None) == getattr(
            outer, "country", None) and getattr(r, "level", 0) > getattr(outer, "level", 9) >= 1:
        from .gazetteer import Gazetteer  # abroad: Sapporo in Hokkaido, by the places tables' division codes

        return Gazetteer.default().lies_in(r, outer)
    return False


def two_parties(regions: list) -> list:
    """The distinct sides among ``regions`` (not China itself), the largest units first kept, at most four."""
    out = []
    for r in regions:
        if r is None or getattr(r, "level", 9) == 0 and getattr(r, "code", None) == "CN":
            continue
        if any(same(r, o) for o in out):
            continue
        out.append(r)
    # prefer the largest units: drop a region lying inside another listed one
    pruned = [r for r in out if not any(o is not r and within(r, o) for o in out)]
    return pruned[:4]


def finer_pair(a: list, b: list) -> bool:
    """Two signings each between two sides, one naming a place inside the other's side where that one names the
    division holding it (Hunan and Huambo, then Changsha and Huambo City): the province's signing and its city's,
    two occurrences. A country beside its own place is not finer (Angola, Huambo: one side told less or more
    exactly). Used for a signing told again in the same language only: a translation often names the province
    for the city's signing (measured on the written mixed pages), so the two languages' merge keeps nesting."""
    def sides(rs):
        out = []
        for r in rs:
            if r is not None and not any(same(r, o) for o in out):
                out.append(r)
        return [r for r in out if not (getattr(r, "level", None) == 0
                                       and any(o is not r and getattr(o, "country", None) == getattr(r, "code", "")
                                               for o in out))]

    a, b = sides(a), sides(b)
    return len(a) == len(b) == 2 and any(
        not same(x, y) and getattr(x, "level", 0) > 0 and getattr(y, "level", 0) > 0
        and (within(x, y) or within(y, x)) for x in a for y in b)


def holds(outer, r, adjacent: bool = False) -> bool:
    """``outer`` holds ``r``: by code, a country of ``r``, or (written right before it) a higher unit of its country."""
    if within(r, outer) and not same(r, outer):
        return True
    lo, lr = getattr(outer, "level", None), getattr(r, "level", None)
    if lo is None or lr is None or lo >= lr or getattr(outer, "country", None) != getattr(r, "country", None):
        return False
    return lo == 0 or (adjacent and getattr(outer, "code", None) is None and getattr(r, "code", None) is None)


def unqualified(spans) -> list:
    """The regions of ``spans`` ((start, end, region), in text order) with a qualifier dropped: a region written
    right before one it holds (湖州市长兴县, 安徽广德市, 日本和歌山县) or a country right before a territory of its own
    (美国关岛, 中国香港) only says where that one lies — the one after it is named."""
    spans = list(spans)
    out = []
    for k, (s, e, r) in enumerate(spans):
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if (nxt is not None and nxt[0] == e and r is not None and nxt[2] is not None
                and (holds(r, nxt[2], adjacent=True) or _territory(r, nxt[2]))):
            continue
        out.append(r)
    return out


def _territory(r, nxt) -> bool:
    """美国关岛, 中国香港: a country written right before a territory of its own (both country-level)."""
    return getattr(r, "level", None) == 0 and getattr(nxt, "level", None) == 0 and not same(r, nxt)


def doc_sides(ctx) -> list:
    """The two regions an article is about ("both provinces"): its most-mentioned, not nested, same kind."""
    doc = getattr(ctx, "doc", ctx)  # an article, or the event stages' context holding one
    counts = doc.meta.get("region_counts") or {}
    ranked = sorted(counts, key=lambda r: -counts[r])
    out: list = []
    for r in ranked:
        if getattr(r, "level", 9) == 0 or any(within(r, o) or within(o, r) for o in out):
            continue
        out.append(r)
        if len(out) == 2:
            break
    return out


def region_type(r) -> set[str]:
    """The implicit-title types a region answers to: 'province', 'city', 'county', 'country'."""
    if r is None:
        return set()
    if getattr(r, "level", None) == 0:
        return {"sar", "country"} if getattr(r, "code", None) in ("HK", "MO") else {"country"}
    zh = r.zh or ""
    out = set()
    if r.level == 1:
        if getattr(r, "country", None) != "CN" or zh.endswith("省"):
            out.add("province")
            if getattr(r, "country", None) != "CN" and zh.endswith("市"):
                out.add("city")  # 台南市, 首尔特别市: a first-level city answers to 市长 / 市议会 too
            if getattr(r, "country", None) == "TW" and zh.endswith("县"):
                out.add("county")  # 屏东县: 县长, 县议会
        elif zh.endswith("自治区"):
            out.add("region")
        elif zh.endswith("市"):
            out.add("city")
        else:
            out.add("province")
    elif r.level == 2:
        out.add("city")
    elif r.level == 3:
        out.add("county")
        if zh.endswith("市"):
            out.add("city")
    return out


def signing_of(own, agreements: list):
    """The signing a signer told after several signings signed ("A and B, C and D signed on behalf of their
    governments", 甲与乙、丙与丁分别代表双方签约): of the signings told in the last one's sentence, the one between
    places of which one is, holds or lies in the signer's own region ``own``, when only one is; else the last."""
    last = agreements[-1]
    if own is None or not last.evidence:
        return last
    at = max(s for s, _t in last.evidence)
    told = [a for a in agreements if a.evidence and any(s == at for s, _t in a.evidence)]
    mine = [a for a in told if any(same(own, r) or holds(r, own) or holds(own, r) for r in a.parties)]
    return mine[0] if len(told) > 1 and len(mine) == 1 else last
