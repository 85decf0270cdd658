"""The frames stage: each sentence's event triggers read with their arguments.

A sentence goes to its language module (``liaison.lang``); English sentences that
hold a trigger or role word are parsed by spaCy once, and the module reads frames
and role verbs from the parse. Chinese sentences are read by the Chinese rules of
``liaison.lang.zh`` in the events stage (they read clause positions, not a parse).
"""
from __future__ import annotations

import re

from ...doc import Doc, Span
from ..base import stage
from .context import context


@stage("frames", requires=("text", "sentences", "regions", "people", "dates"), assigns=("frames", "role_verbs"))
def frames_stage(doc: Doc) -> None:
    """Event triggers with their arguments (English from the dependency parse) and role verbs per sentence."""
    from ... import lang, models

    ctx = context(doc)
    en = lang.get("en")
    sents = _to_parse(doc)
    parses = doc.cache.pop("frames_parses", None)
    if parses is None or len(parses) != len(sents):
        parses = models.spacy_parse([_parse_text(doc.text[s.start:s.end]) for s in sents])
    spans: list[Span] = []
    roles: dict[int, list] = {}
    for sent, sp in zip(sents, parses):
        for fr in en.frames(ctx, sent, sp):
            spans.append(Span(fr.trigger[0], fr.trigger[1], fr.type, fr))
        roles[sent.start] = en.role_assignments(ctx, sent, sp)
    doc.set_layer("frames", spans)
    doc.set_layer("role_verbs", [Span(off, off, role, pid) for items in roles.values() for pid, role, off in items])


def _to_parse(doc: Doc) -> list[Span]:
    """The English sentences holding a trigger or role word (the ones the parser reads)."""
    from ... import lang

    en = lang.get("en")
    return [s for s in doc.sentences if (s.value == "en" and en.may_hold_frames(doc.text[s.start:s.end]))
            or (s.value == "zh" and _english_verb(en, doc.text[s.start:s.end]))]


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TITLE_CASE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# the words a headline in title case writes with a capital that are no names ("Hainan Delegation Visits Cebu")
_HEADLINE_WORDS = frozenset(
    "visit visits visited visiting delegation delegations receives received receive meets meet met holds hold "
    "held talks signs sign signed inks tours toured tour inspects inspected arrives arrived leads led "
    "officials official governor governors mayor mayors team mission trip ties cooperation to with and for "
    "in on of the a an at from by as into over new boost boosts deepen deepens strengthen strengthens "
    "discuss discusses agreement agreements memorandum pact friendship sister partnership".split())


def _parse_text(text: str) -> str:
    """What the parser reads for a sentence: a headline's capitals lowered, a Chinese name in an English clause
    written in letters (the same length, so offsets hold)."""
    return _han_names_as_latin(_FRONTED_WITNESS.sub(r"\1.", _HONORIFIC_DOT.sub(r"\1 ", _headline_text(text))))


# a sentence opening with who witnessed it ("Witnessed by Governor X and President Y, A and B signed …"): the small
# parser often hangs the signing on "Witnessed" (signed/auxpass), and no one signs; a period for the comma (the
# same length) has it read the signing as a sentence of its own, the witnesses still the agents of "Witnessed"
_FRONTED_WITNESS = re.compile(r"^(\s*Witnessed by [^,;.]{3,160}?),(?=\s+(?:the\s+)?[A-Z])")


# the period of an honorific the parser takes for a sentence's end ("paid a courtesy call on Hon. Joel Maina":
# "Hon" then became the call's object and the name a sentence of its own); a space instead keeps the length
_HONORIFIC_DOT = re.compile(r"\b(Hon|Rt|Sen|Rep|Amb|Engr|Gov|Lt|Col|Gen|Cllr|Cr)\.(?= [A-Z])")


# a Chinese name standing alone between English words ("Jilin Governor 韩俊 met with …"): the small parser tags
# characters it has never seen as anything (韩俊 → advmod), so it reads a Latin stand-in of the same length
_HAN_IN_ENGLISH = re.compile(r"(?<=[A-Za-z.,] )[\u4e00-\u9fff]{2,4}(?= ?[A-Za-z(,])")
_STAND_IN = {2: "Li", 3: "Liu", 4: "Wang"}


def _han_names_as_latin(text: str) -> str:
    if not _HAN_IN_ENGLISH.search(text):
        return text
    from ...gazetteer import Gazetteer
    from ...names import is_plausible_zh_name

    gaz = Gazetteer.default()

    def stand_in(m: re.Match) -> str:
        word = m.group(0)
        if not is_plausible_zh_name(word) or gaz.lookup(word):
            return word
        return _STAND_IN[len(word)]

    return _HAN_IN_ENGLISH.sub(stand_in, text)


def _headline_text(text: str) -> str:
    """A headline in title case with its common words in lower case
    (the small parser reads "Hainan Delegation Visits Cebu" as one name); the same length, so offsets hold."""
    words = _LATIN_WORD.findall(text)
    if not (3 <= len(words) <= 16) or text.rstrip()[-1:] in ".!?\"”" or not text.isascii():
        return text
    if sum(1 for w in words if w[:1].isupper()) < 0.7 * len(words):
        return text
    return _TITLE_CASE_WORD.sub(lambda m: m.group(0).lower() if m.group(0).lower() in _HEADLINE_WORDS
                                else m.group(0), text)


def _english_verb(en, text: str) -> bool:
    """A Chinese sentence of a mixed page whose verb is English ("湖南省省长甲 met with 万象市市长乙 in Changsha"):
    its English words hold a trigger or role word (the Chinese rules read no English verb)."""
    words = _LATIN_WORD.findall(text)
    return len(words) >= 2 and en.may_hold_frames(" ".join(words))


def _predict(docs: list[Doc], submit=None):
    """The parses of many docs' sentences in one spaCy call (``Pipeline.pipe_results`` calls this, with the
    first model stage's batch: the sentences are all it needs); in ``submit``'s thread when given. Each doc's
    share waits in ``doc.cache`` for the stage; returns a function that waits for the parses and stores them."""
    from ... import models

    plan = [(d, _to_parse(d)) for d in docs]
    texts = [_parse_text(d.text[s.start:s.end]) for d, sents in plan for s in sents]
    pool = getattr(submit, "model_pool", None)  # the models' own process (``models.ModelProcess``)
    if pool is not None and texts:
        future = pool.submit_parse(texts)
    else:
        future = submit(models.spacy_parse, texts) if submit is not None and texts else None
    parses = None if future is not None else models.spacy_parse(texts)

    def done() -> None:
        got = future.result() if future is not None else parses
        if isinstance(got, bytes):
            got = models.parsed_docs(got)
        k = 0
        for d, sents in plan:
            d.cache["frames_parses"] = got[k:k + len(sents)]
            k += len(sents)

    return done


frames_stage.predict = _predict
frames_stage.predict_requires = ("text", "sentences")
