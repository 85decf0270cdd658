"""Language runs (zh / en, at character level) and sentences for both languages.

Runs: a Han character is ``zh``, a Latin letter ``en``; anything else
(digits, spaces, punctuation) is neutral and joins the run before it, except
opening brackets and quotes, which join the run after them. So in
``…“津肉吉供”,Let more…`` the comma closes the Chinese run and the English
run starts at ``L``.
"""
from __future__ import annotations

import re
import unicodedata

from ..doc import Doc, Span
from ..pipeline import stage


def char_lang(ch: str) -> str | None:
    o = ord(ch)
    if (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F or o == 0x3007):
        return "zh"
    if ch.isalpha() and o < 0x2500:  # Latin (with diacritics), Greek, Cyrillic: not Chinese
        return "en"
    return None


_OPENERS = set("“‘(（[【《〈「『<{\"'")


def _is_opener(ch: str) -> bool:
    return ch in _OPENERS or unicodedata.category(ch) in ("Ps", "Pi")


def language_runs(text: str) -> list[Span]:
    """Maximal runs of one language covering the whole text (neutral characters attached)."""
    n = len(text)
    langs: list[str | None] = [char_lang(c) for c in text]
    # attach openers (and neutrals immediately before a letter after an opener) forward
    out: list[str | None] = list(langs)
    cur: str | None = None
    pending_start: int | None = None  # start of a run of openers (+ spaces between them)
    for i, ch in enumerate(text):
        lg = langs[i]
        if lg is not None:
            if pending_start is not None:
                for k in range(pending_start, i):
                    out[k] = lg
                pending_start = None
            cur = lg
            out[i] = lg
            continue
        if _is_opener(ch):
            if pending_start is None:
                pending_start = i
            continue
        if pending_start is not None and ch in " \u3000":
            continue
        if pending_start is not None:
            for k in range(pending_start, i):
                out[k] = cur
            pending_start = None
        out[i] = cur
    if pending_start is not None:
        for k in range(pending_start, n):
            out[k] = cur
    # leading neutrals take the first language
    first = next((x for x in out if x is not None), None)
    if first is None:
        return [Span(0, n, "run", "und")] if n else []
    for i in range(n):
        if out[i] is None:
            out[i] = first
        else:
            break
    runs: list[Span] = []
    start = 0
    for i in range(1, n + 1):
        if i == n or out[i] != out[start]:
            runs.append(Span(start, i, "run", out[start]))
            start = i
    return runs


def language_shares(text: str) -> dict[str, float]:
    """Share of letters per language (Han characters weigh as much as a Latin word's letters / 2)."""
    zh = en = 0
    for c in text:
        lg = char_lang(c)
        if lg == "zh":
            zh += 1
        elif lg == "en":
            en += 1
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
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "co", "ltd", "inc", "corp", "no", "vs", "jan", "feb", "mar",
           "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "gen", "lt",
           "col", "jr", "sr", "u.s", "e.g", "i.e", "etc", "dept", "mt", "ft", "p.m", "a.m", "approx"}
_ZH_END = re.compile(r"[。！？!?；]+[”’」』)）\"']*|\.{3,}|…+")
_EN_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+|$)")


def _en_break_ok(text: str, end_punct: int, after: int) -> bool:
    """Whether a '.' at ``end_punct`` ends an English sentence (not an abbreviation or initial)."""
    if text[end_punct] != ".":
        return True
    j = end_punct
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:end_punct].lower()
    if word in _ABBREV or (len(word) == 1 and word.isalpha()):
        return False
    if after < len(text):
        nxt = text[after]
        if nxt.islower() or nxt.isdigit() and j < end_punct and text[end_punct - 1].isdigit():
            return False
    return True


def sentences(text: str, runs: list[Span] | None = None) -> list[Span]:
    """Sentence spans (label 'sentence', value = dominant language), split on newlines too."""
    out: list[Span] = []
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
            out.append(Span(s, e, "sentence", _dominant(text[s:e])))
        start = b
    return out


def _dominant(s: str) -> str:
    zh = sum(1 for c in s if char_lang(c) == "zh")
    en = sum(1 for c in s if char_lang(c) == "en")
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
