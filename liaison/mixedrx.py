"""ZhFast: a case-insensitive regex of Chinese and English alternatives, fast on text of one script.

Language-neutral: the field-of-cooperation reader (``liaison.fields``) matches Chinese and English terms
with one regex per field over every sentence of an article, whatever its language.
"""
from __future__ import annotations

import re

# Every character that matches an ASCII letter under re.I (checked over all of
# Unicode): the letters themselves, İ, ı, ſ and the Kelvin sign.
_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")

class ZhFast:
    """A case-insensitive regex of Chinese and English alternatives, fast on text of one script.

    With re.I and English words among the alternatives, the regex engine tries
    every alternative at every character of the text. An alternative whose first
    character is an ASCII letter cannot match text holding no character of
    ``_LATIN``; for such text, the same regex without those alternatives gives
    the very same matches (same spans, same groups), and the engine scans it
    quickly since it knows which characters a match starts with. Likewise an
    alternative starting with a non-ASCII character that matches no ASCII one
    (a Chinese character) cannot match ASCII text: English text gets the regex
    without those. A dropped alternative holding a group stays, made one that
    still cannot match such text, so group numbers do not move. Other text goes
    to the regex itself. Patterns this cannot split always use the regex itself.
    """

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.pattern, self.flags, self.groups = rx.pattern, rx.flags, rx.groups
        self.zh = _without_latin_alternatives(rx)
        self.en = _without_alternatives(rx, _non_ascii_first)

    def _for(self, text: str) -> re.Pattern:
        if text.isascii():
            return self.en if self.en is not None else self.rx
        return self.zh if self.zh is not None and not _LATIN.search(text) else self.rx

    def search(self, text: str, *args):
        return self._for(text).search(text, *args)

    def match(self, text: str, *args):
        return self._for(text).match(text, *args)

    def finditer(self, text: str, *args):
        return self._for(text).finditer(text, *args)

def _atoms(pattern: str):
    """The pieces of a regex: an escape (``\\b``), a whole class (``[^。]``) or one character."""
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] == "\\":
            j = i + 2
        elif pattern[i] == "[":  # up to the closing bracket (a ']' first in the class is literal)
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            j += 1
        else:
            j = i + 1
        yield pattern[i:j]
        i = j

def _top_alternatives(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|``; None if its parentheses do not balance."""
    out, cur, depth = [], [], 0
    for atom in _atoms(pattern):
        if atom == "(":
            depth += 1
        elif atom == ")":
            depth -= 1
            if depth < 0:
                return None
        elif atom == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(atom)
    out.append("".join(cur))
    return out if depth == 0 else None

_LATIN_FIRST = re.compile(r"(?:\\b)?[A-Za-z](?![?*{])")  # the alternative's first character is a letter

_CAPTURE = re.compile(r"\\[1-9]|\((?!\?)|\(\?P")  # a group of its own, or a back-reference

def _latin_first(alt: str, flags: int) -> bool:
    return _LATIN_FIRST.match(alt) is not None

_ASCII = [chr(i) for i in range(128)]

def _non_ascii_first(alt: str, flags: int) -> bool:
    """``alt`` starts with one non-ASCII character (not optional) that matches no ASCII character under ``flags``."""
    if len(alt) < 1 or ord(alt[0]) < 128 or alt[0] in "\\[(|)" or alt[1:2] in ("?", "*", "{"):
        return False
    one = re.compile(re.escape(alt[0]), flags)
    return not any(one.match(c) for c in _ASCII)

def _without_latin_alternatives(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` without its alternatives that start with an ASCII letter; None when that is not a clean split."""
    return _without_alternatives(rx, _latin_first)

def _without_alternatives(rx: re.Pattern, drop) -> re.Pattern | None:
    """``rx`` for text where no alternative ``drop(alt, flags)`` picks can match; None when there are none to drop
    or the split is not clean. A dropped alternative holding groups stays as one that needs a NUL first (and still
    what it needed, which that text lacks), so group numbers do not move."""
    pat = rx.pattern
    alts, wrap = _top_alternatives(pat), "%s"
    if alts is not None and len(alts) == 1 and pat.startswith("(") and not pat.startswith("(?") \
            and pat.endswith(")"):
        inner = _top_alternatives(pat[1:-1])
        if inner is not None:  # one group around the whole alternation
            alts, wrap = inner, "(%s)"
    if alts is None or any(re.search(r"\\[1-9]|\(\?P[=<]", a) for a in alts):
        return None
    keep, dropped = [], 0
    for a in alts:
        if drop(a, rx.flags):
            dropped += 1
            if _CAPTURE.search(a):
                keep.append("\x00" + a)
            continue
        keep.append(a)
    if not dropped or not keep:
        return None
    try:
        out = re.compile(wrap % "|".join(keep), rx.flags)
    except re.error:
        return None
    return out if out.groups == rx.groups and out.groupindex == rx.groupindex else None
