"""Sites of an inspection told in English: the objects of a touring verb, or of the touring noun it governs.

``sites.tsv`` lists the touring verbs whose site follows a preposition ("went to", "were taken to",
"stopped at", "were shown around") and the touring nouns whose site follows one of theirs ("paid a visit to",
"were taken on a tour of", "made a stop at"). Each verb row is also an inspection trigger (``subj>site``).
"""
from __future__ import annotations

import functools

from .. import Entry, read_table


@functools.lru_cache(maxsize=1)
def _rows() -> tuple[dict, dict]:
    verbs, nouns = {}, {}
    for row in read_table("en", "sites"):
        if row.kind in ("head", "form"):
            continue
        preps = tuple(p for p in row.args.split() if p != "-")  # "obj" among them: its object may be a site
        (verbs if row.kind == "verb" else nouns)[row.form.lower()] = preps
    return verbs, nouns


KIND = "tour-prep"  # the frame kind of the table's verbs: their sites follow a preposition or a touring noun


@functools.lru_cache(maxsize=1)
def _heads() -> frozenset:
    return frozenset(r.form.lower() for r in read_table("en", "sites") if r.kind == "head")


def is_head(word: str) -> bool:
    """``word`` ends a site's name (sites.tsv kind head: House, World, Stadium…; plural too)."""
    w = word.lower()
    return w in _heads() or (w.endswith("s") and w[:-1] in _heads()) or (w.endswith("es") and w[:-2] in _heads())


def surface_forms() -> set[str]:
    """Irregular forms of the table's verbs (kind form: laid, saw), for the cheap filter of sentences to parse."""
    return {r.form.lower() for r in read_table("en", "sites") if r.kind == "form"}


def triggers() -> list[Entry]:
    """The touring verbs of the table as inspection triggers (subj>site)."""
    return [Entry(form, "inspection", KIND, "subj>site", "") for form in _rows()[0]]


def _prep_objects(tok, preps) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lemma_.lower() in preps:
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp"):
                    out.extend(conjuncts(o))
    return out


def conjuncts(tok) -> list:
    """A token and the tokens conjoined or apposed to it ("A, B and C"), depth first."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("conj", "appos"):
            out.extend(conjuncts(c))
    return out


def _through_nouns(objs: list) -> list:
    """A touring noun among the objects gives its own objects: "a visit to X" → X, "a tour of X" → X."""
    nouns = _rows()[1]
    out = []
    for o in objs:
        preps = nouns.get(o.lemma_.lower())
        if preps is not None:
            out.extend(_through_nouns(_prep_objects(o, preps)))
        else:
            out.append(o)
    return out


def site_objects(tok, objs: list, kind: str) -> list:
    """The phrases naming what the subject of ``tok`` toured: its objects (``objs``, through a touring noun),
    else the objects of the prepositions its row in sites.tsv names. A verb of the table (``kind`` KIND: go,
    take, stop) takes a direct object only through a touring noun ("took a tour of X", not "took measures")."""
    if kind == KIND and "obj" not in _rows()[0].get(tok.lemma_.lower(), ()):
        nouns = _rows()[1]
        objs = [o for o in objs if o.lemma_.lower() in nouns]
    # "the Two Rivers New Zone (TRNZ)": the bracketed short form is the same site
    objs = [o for o in objs if not (o.dep_ == "appos" and o.i > 0 and o.doc[o.i - 1].text == "(")]
    if objs:
        found = _through_nouns(objs)
        if not found and kind == KIND:
            # "conducted field research at X": the parser hangs the noun's preposition on the verb
            nouns = _rows()[1]
            found = _through_nouns(_prep_objects(tok, tuple(p for o in objs for p in nouns.get(o.lemma_.lower(), ()))))
        return found
    preps = tuple(p for p in _rows()[0].get(tok.lemma_.lower(), ()) if p != "obj")
    if not preps:
        return []
    found = _prep_objects(tok, preps)
    if not found:  # "laid flowers at X": the parser hung the preposition on the object
        found = [g for c in tok.children if c.dep_ == "dobj" for g in _prep_objects(c, preps)]
    if not found:  # "learned about X at Y": the parser hung the site's preposition on what was learned
        found = [g for o in _prep_objects(tok, ("about", "of")) for g in _prep_objects(o, preps)]
    return _through_nouns(found)
