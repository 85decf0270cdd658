"""Language runs (zh / en, at character level) and sentences for both languages.

Runs: a Han character is ``zh``, a Latin letter ``en``; anything else
(digits, spaces, punctuation) is neutral and joins the run before it, except
opening brackets and quotes, which join the run after them. So in
``…“津肉吉供”,Let more…`` the comma closes the Chinese run and the English
run starts at ``L``.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..doc import Doc, Span
from .base import stage


def char_lang(ch: str) -> str | None:
    o = ord(ch)
    if (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F or o == 0x3007):
        return "zh"
    if ch.isalpha() and o < 0x2500:  # Latin (with diacritics), Greek, Cyrillic: not Chinese
        return "en"
    return None


# ``char_lang`` for every code point at once, as a table for ``str.translate``:
# ``text.translate(_CLASS_TABLE)`` is a string of the same length holding "z"
# (zh), "e" (en) or "." (neutral) per character. Counting and run-finding then
# happen in C (``str.count``, a regex over that ASCII string) instead of one
# Python call per character. Built from ranges, so import stays cheap.
_ZH_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x3134F), (0x3007, 0x3007))


def _class_table() -> bytes:
    table = bytearray(b".") * 0x110000  # every code point, so none is left untranslated
    for lo, hi in _ZH_RANGES:
        table[lo:hi + 1] = b"z" * (hi + 1 - lo)
    for o in range(0x2500):  # "en": alphabetic below U+2500 (no zh range starts that low)
        if chr(o).isalpha():
            table[o] = ord("e")
    return bytes(table)


_CLASS_TABLE = _class_table()
_last_classes: tuple[str, str] = ("", "")


def char_classes(text: str) -> str:
    """``"z"`` / ``"e"`` / ``"."`` per character of ``text`` (see ``char_lang``).

    The languages and sentences stages both ask for the same text in a row; the
    last answer is kept so it is computed once per document.
    """
    global _last_classes
    last_text, last_cls = _last_classes
    if text is last_text or text == last_text:
        return last_cls
    cls = text.translate(_CLASS_TABLE)
    _last_classes = (text, cls)
    return cls


_OPENERS = set("“‘(（[【《〈「『<{\"'")


def _is_opener(ch: str) -> bool:
    return ch in _OPENERS or unicodedata.category(ch) in ("Ps", "Pi")


# A block: a letter and everything up to the next letter of the other language.
_BLOCK = re.compile(r"z[^e]*|e[^z]*")
_LANG = {"z": "zh", "e": "en"}


def language_runs(text: str) -> list[Span]:
    """Maximal runs of one language covering the whole text (neutral characters attached).

    Neutral characters take the language of the letter before them, except a
    sequence of openers (and spaces between or after them) that runs straight
    into a letter: that takes the letter's language. Characters before the first
    letter take the first letter's language.
    """
    n = len(text)
    if not n:
        return []
    cls = char_classes(text)
    blocks = [(m.start(), cls[m.start()]) for m in _BLOCK.finditer(cls)]
    if not blocks:
        return [Span(0, n, "run", "und")]
    runs: list[Span] = []
    start = 0
    for k in range(1, len(blocks)):
        b = blocks[k][0]  # first letter of the next language
        # walk back over openers and spaces right before it: from the first
        # opener among them on, the characters go forward with the letter
        q = b
        while q > 0 and (text[q - 1] in " \u3000" or _is_opener(text[q - 1])):
            q -= 1
        while q < b and text[q] in " \u3000":
            q += 1
        runs.append(Span(start, q, "run", _LANG[blocks[k - 1][1]]))
        start = q
    runs.append(Span(start, n, "run", _LANG[blocks[-1][1]]))
    return runs


def language_shares(text: str) -> dict[str, float]:
    """Share of letters per language (Han characters weigh as much as a Latin word's letters / 2)."""
    cls = char_classes(text)
    zh, en = cls.count("z"), cls.count("e")
    # A Han character carries about as much as two Latin letters; weigh so that a
    # translated pair of paragraphs reads as roughly half and half.
    wz, we = zh * 2.0, float(en)
    total = wz + we
    if not total:
        return {}
    out = {}
    if we:
        out["en"] = round(we / total, 3)
    if wz:
        out["zh"] = round(wz / total, 3)
    return out


# ------------------------------------------------------------------ sentences


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    """English abbreviations whose period ends no sentence (liaison/lang/en/abbreviations.tsv)."""
    from ..lang import read_table

    return frozenset(r.form.lower() for r in read_table("en", "abbreviations"))


_ZH_END = re.compile(r"[。！？!?；]+[”’」』)）\"']*|\.{3,}|…+")
_EN_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+|$)")


_CELL = re.compile(r"[ \t\u3000]*[|｜\t][ \t\u3000]*")


@functools.lru_cache(maxsize=4)
def cell_cuts(text: str) -> tuple[int, ...]:
    """Where a table row flattened to "中文 | English" (or a tab, or ｜ between them) passes from one script's cell
    to the other's: each cell is a sentence, and a paragraph, of its own script, as the two columns are. (Kept for
    the last few texts: the sentences and the event stages ask again for the same article.)"""
    if "|" not in text and "｜" not in text and "\t" not in text:
        return ()
    cls = char_classes(text)
    out = []
    for m in _CELL.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        left, right = _dominant(cls, a, m.start()), _dominant(cls, m.end(), b)
        if left != right and "und" not in (left, right):
            out.append(m.start())
    return tuple(out)


def _en_break_ok(text: str, end_punct: int, after: int) -> bool:
    """Whether a '.' at ``end_punct`` ends an English sentence (not an abbreviation or initial)."""
    if text[end_punct] != ".":
        return True
    j = end_punct
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:end_punct].lower()
    if word in _abbreviations() or (len(word) == 1 and word.isalpha()):
        return False
    if re.match(r"[ \t]*(?:\([A-Za-z .&/-]{1,25}\)[ \t]*)?(?:--|[–—]|-[ \t])", text[end_punct + 1:end_punct + 40]) \
            and re.fullmatch(r"[a-z]{2,5}", word) and text[j:j + 1].isupper() \
            and re.fullmatch(r"[ \t]*[A-Z][A-Z .'’-]{1,40},[ \t]*", text[text.rfind("\n", 0, j) + 1:j]):
        return False  # "LANSING, Mich. – Governor …": a dateline's abbreviated state, before its dash
    if after < len(text):
        nxt = text[after]
        if nxt.islower() or nxt.isdigit() and j < end_punct and text[end_punct - 1].isdigit():
            return False
    return True


def sentences(text: str, runs: list[Span] | None = None) -> list[Span]:
    """Sentence spans (label 'sentence', value = dominant language), split on newlines too."""
    out: list[Span] = []
    cls = char_classes(text)
    cuts: set[int] = set()
    for m in _ZH_END.finditer(text):
        cuts.add(m.end())
    for m in _EN_END.finditer(text):
        k = m.end()
        while k < len(text) and text[k] in " \t":
            k += 1
        if _en_break_ok(text, m.start(), k):
            cuts.add(m.end())
    for m in re.finditer(r"\n", text):
        cuts.add(m.end())
    cuts.update(cell_cuts(text))
    # A switch of language after sentence-final punctuation is a cut; the runs give it.
    bounds = sorted(cuts | {len(text)})
    start = 0
    for b in bounds:
        if b <= start:
            continue
        s, e = start, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e, "sentence", _dominant(cls, s, e)))
        start = b
    return out


def _dominant(cls: str, start: int, end: int) -> str:
    """The language of ``text[start:end]``, given ``cls = char_classes(text)``."""
    zh = cls.count("z", start, end)
    en = cls.count("e", start, end)
    if not zh and not en:
        return "und"
    return "zh" if zh * 2 >= en else "en"


@stage("languages", requires=("text",), assigns=("runs", "languages"))
def languages_stage(doc: Doc) -> None:
    """Character-level zh/en runs and the language shares of the article."""
    doc.set_layer("runs", language_runs(doc.text))
    doc.languages = language_shares(doc.text)


@stage("sentences", requires=("text", "runs"), assigns=("sentences",))
def sentences_stage(doc: Doc) -> None:
    """Sentence boundaries for Chinese and English text (newlines always end a sentence)."""
    doc.set_layer("sentences", sentences(doc.text, doc.runs))
