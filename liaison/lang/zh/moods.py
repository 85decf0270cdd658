"""Moods: words saying an exchange is only planned (将于, 拟, 计划…) or long past (去年, 曾经…)."""
from __future__ import annotations

import re

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

PAST = re.compile(r"(去年|前年|上年|曾经|此前|多年前|年前)")
