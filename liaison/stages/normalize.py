"""Normalization: NFKC, full-width folding and traditional→simplified, with a map back to raw offsets.

The analysis text is built character by character, so each character of it
knows which raw character produced it. Offsets that stages compute on
``doc.text`` map back exactly to what the user gave.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..doc import Doc
from .base import stage


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, guaranteed to keep the length (falls back per character)."""
    if not text:
        return text
    conv = _t2s().convert(text)
    if len(conv) == len(text):
        return conv
    out = []
    for ch in text:
        c = _t2s().convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


_KEEP = {"\n", "\t"}


def _fold(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if "\ud800" <= ch <= "\udfff":  # lone surrogate: keep a placeholder of the same width
        return "\ufffd"
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf") and ch not in _KEEP:
        # control and format characters (NUL, zero-width, bidi marks) carry no text
        return " " if ch in ("\r", "\x0b", "\x0c", "\u2028", "\u2029", "\x85") else ""
    if ch == "\u3000":
        return " "
    folded = unicodedata.normalize("NFKC", ch)
    return folded


# what each character met so far folds to (a property of the character, like the Unicode tables it
# comes from): characters changing, as str.translate wants them, and those not folding to exactly one
_FOLDS: dict[str, str] = {}
_CHANGED: dict[int, str] = {}
_NOT_ONE: set[str] = set()
_PLAIN = frozenset("\n\t" + "".join(map(chr, range(0x20, 0x80))))  # kept as they are


def _learn(ch: str) -> None:
    f = ch if ch in _PLAIN else _fold(ch)
    if f != ch:
        _CHANGED[ord(ch)] = f
    if len(f) != 1:
        _NOT_ONE.add(ch)
    _FOLDS[ch] = f  # last: a character found here is known everywhere


def normalize(raw: str) -> tuple[str, list[int]]:
    """Return ``(analysis_text, raw_index)`` where ``raw_index[i]`` is the raw offset of ``text[i]``."""
    chars = set(raw)
    for ch in chars:
        if ch not in _FOLDS:
            _learn(ch)
    ascii_run = chars <= _PLAIN
    if chars.isdisjoint(_NOT_ONE):  # one character for one: the offsets stay
        text = raw.translate(_CHANGED)
        index = list(range(len(raw)))
    else:
        parts: list[str] = []
        index = []
        folds = _FOLDS
        for i, ch in enumerate(raw):
            f = folds[ch]
            for c in f:
                parts.append(c)
                index.append(i)
        text = "".join(parts)
    if not ascii_run:
        text = to_simplified(text)
    return text, index


# "Karl WeberGovernor of Saxony", "Karl Webergovernor of Saxony": a name glued to the title after it where a
# page's line break or table cell was lost when its text was taken out. The analysis text gets ", " there (an
# apposition), mapped to the raw offset of the title's first character.
_ROLES = ("Secretary|Governor|Mayor|Chairman|Chairwoman|Chairperson|President|Director|Minister|Consul|Ambassador|"
          "Speaker|Deputy|Vice|Executive|Member|Party|Akim|Voivode|Marshal|Prefect")
_GLUED = re.compile(r"(?<![\w'’.\-])((?:[A-Z][a-z]+[ \-]){1,3}[A-Z][a-z]{1,})(?:(?=(?:" + _ROLES + r")\b)|"
                    r"(?=(?:" + _ROLES.lower() + r")\b))")
_NOT_GLUED = {"ad", "under", "co", "sub", "ex", "pro", "non", "anti", "vice", "deputy", "first", "self", "arch", "over"}


def unglue_titles(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Insert ", " between a capitalised name of two or more words and a title word glued to it."""
    cuts = []
    for m in _GLUED.finditer(text):
        last = re.split(r"[ \-]", m.group(1))[-1]
        role = re.match(r"[A-Za-z]+", text[m.end():]).group(0)
        if role[:1].islower():
            # "Webergovernor": the glued word must not be one the vocabulary knows ("Administer")
            if len(last) < 3 or last.lower() in _NOT_GLUED:
                continue
        elif last.lower() in _NOT_GLUED:
            continue
        cuts.append(m.end())
    if not cuts:
        return text, index
    parts, idx, prev = [], [], 0
    for c in cuts:
        parts.append(text[prev:c])
        idx.extend(index[prev:c])
        parts.append(", ")
        idx.extend([index[c]] * 2)
        prev = c
    parts.append(text[prev:])
    idx.extend(index[prev:])
    return "".join(parts), idx


# the dot inside a transliterated foreign name (约翰·史密斯) as pages type it: •, ‧, ・ or a (full-width) full stop
# between two Han characters is read as the middle dot, one character for one
_NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[.•‧・](?=[\u4e00-\u9fff])")


_LOST_DOT = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")


def fold_name_dots(text: str, raw: str | None = None, index: list[int] | None = None) -> str:
    """约翰.史密斯, 玛丽•琼斯 -> 约翰·史密斯, 玛丽·琼斯 (same length: the offsets stay). An ASCII ? between two Han
    characters in the raw text (马塞洛?埃布拉德: a middle dot a page lost to a charset; Chinese writes its question
    mark full-width, ？, which stays a question mark) is the dot too."""
    if any(c in text for c in ".•‧・"):
        text = _NAME_DOT.sub("·", text)
    if raw is not None and index is not None and "?" in raw:
        spots = [m.start() for m in _LOST_DOT.finditer(text) if raw[index[m.start()]] == "?"]
        if spots:
            chars = list(text)
            for k in spots:
                chars[k] = "·"
            text = "".join(chars)
    return text


# a character's reading in brackets that a converting mirror left inside a word (協(xié)議, 城鎮(zhèn)): the analysis
# text drops it, so the word reads whole (协议); the raw offsets stay with the characters kept
_READING_DEBRIS = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")


def drop_reading_debris(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Remove a bracketed pinyin reading with a tone mark right after a Han character."""
    if "(" not in text:
        return text, index
    cuts = [(m.start(), m.end()) for m in _READING_DEBRIS.finditer(text)]
    if not cuts:
        return text, index
    parts, idx, prev = [], [], 0
    for a, b in cuts:
        parts.append(text[prev:a])
        idx.extend(index[prev:a])
        prev = b
    parts.append(text[prev:])
    idx.extend(index[prev:])
    return "".join(parts), idx


@stage("normalize", requires=("raw",), assigns=("text",))
def normalize_stage(doc: Doc) -> None:
    """NFKC + full-width folding + t2s into doc.text, with doc.raw_index back to raw offsets; a name glued to
    the title after it gets ", " between them."""
    text, index = normalize(doc.raw)
    text = fold_name_dots(text, doc.raw, index)
    text, index = drop_reading_debris(text, index)
    doc.text, doc.raw_index = unglue_titles(text, index)
