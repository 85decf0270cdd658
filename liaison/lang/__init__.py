"""Language modules: what the event stages know about one language, as data and rules.

As in spaCy's ``lang/xx``: each language is a package (``liaison.lang.zh``,
``liaison.lang.en``) holding its lexical tables (``*.tsv`` beside its code) and
the few rules that read that language's structure (Chinese clause positions,
English dependency parses). The stages ask ``for_sentence(sent)`` or ``get(code)``
and never branch on the language themselves; a third language is a new package
registered in ``LANGUAGES`` with its own tables.

Trigger tables (``triggers.tsv``) have one row per word or phrase::

    form  event  kind  args  example

``form`` is the word (Chinese: the simplified string; English: space-separated
lemmas, e.g. ``hold talks``), ``event`` the event type it tells (a name from
``liaison.eventtypes``; ``-`` for words that only carry roles or moods), ``kind``
a finer class the frames read (``go``, ``reception``, ``sign``...), ``args`` the
argument pattern the language module applies (e.g. ``travellers>dest``), and
``example`` a sentence written for the project that must produce that event
(``tests/test_lexicon.py`` runs every example).
"""
from __future__ import annotations

import csv
import functools
import importlib
from dataclasses import dataclass
from importlib import resources

LANGUAGES = {"zh": "liaison.lang.zh", "en": "liaison.lang.en"}


@dataclass(frozen=True)
class Entry:
    """One row of a language table."""

    form: str
    event: str | None
    kind: str
    args: str
    example: str


def read_table(lang: str, name: str) -> list[Entry]:
    """The rows of ``liaison/lang/<lang>/<name>.tsv`` (header line first; ``#`` lines are comments)."""
    text = resources.files("liaison").joinpath(f"lang/{lang}/{name}.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    out = []
    for row in body:
        row = row + [""] * (len(header) - len(row))
        rec = dict(zip(header, row))
        ev = rec.get("event", "-").strip()
        out.append(Entry(rec["form"].strip(), None if ev in ("", "-") else ev, rec.get("kind", "").strip(),
                         rec.get("args", "").strip(), rec.get("example", "").strip()))
    return out


@functools.lru_cache(maxsize=None)
def get(code: str):
    """The language module for ``code`` ('zh', 'en'); unknown codes fall back to English."""
    return importlib.import_module(LANGUAGES.get(code, LANGUAGES["en"])).LANGUAGE


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """English nationality words as written in ``lang/en/demonyms.tsv`` ("German", "DPRK") and the ISO code of the
    country each names: read once for the gazetteer, the English module and the people stage."""
    return {r.form: r.kind for r in read_table("en", "demonyms") if r.form}


def for_sentence(sent) -> object:
    """The language module of a sentence span (its ``value`` is the language code)."""
    return get(sent.value or "en")
