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
    if c and oc and len(c) == 6 and len(oc) == 6 and c.isdigit() and oc.isdigit():
        if oc.endswith("0000"):
            return c[:2] == oc[:2]
        if oc.endswith("00"):
            return c[:4] == oc[:4]
    return False
