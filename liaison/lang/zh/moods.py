"""Moods: words saying an exchange is only planned (将于, 拟, 计划…) or long past (去年, 曾经…), from moods.tsv."""
from __future__ import annotations

import re

from . import lexicon as L

class _Plan:
    """Words saying an exchange is planned, not done — except 应…邀请 ("at the invitation of", which
    introduces what was done: 应长春市政府邀请，…前往吉林省参访)."""

    def __init__(self, rx):
        self.rx = rx

    def search(self, text: str, lo: int = 0, hi: int | None = None):
        """The first plan word in ``text[lo:hi]`` (what comes before ``lo`` still tells 应…邀请)."""
        for m in self.rx.finditer(text, lo, len(text) if hi is None else hi):
            if m.group(0) == "邀请" and re.search(r"应[^。；;]{0,40}$", text[:m.start()]):
                continue
            return m
        return None

PLAN = _Plan(L.pattern("{planned}", planned=L.moods("planned")))
PAST = L.pattern("{recalled}", recalled=L.moods("recalled"))
