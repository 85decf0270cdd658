"""The event stages after ``frames``: events → roles → event_dates → fields → links.

Each stage finishes what the one before assigned, for both the events read from frames
(``assemble``, English sentences) and those of the Chinese rules (``liaison.lang.zh``, which read
a view of the article holding its Chinese sentences only); each can be left out of a pipeline
(without ``fields``, events carry none) and is tested alone.
"""
from __future__ import annotations

import copy

from ... import lang
from ...doc import Doc
from ..base import stage
from ...places import same as _same
from . import english as EN
from .assemble import two_sides
from .context import Ctx, context
from .groups import assign_group_regions

_IN = ("text", "sentences", "regions", "people", "dates")


def _own(doc: Doc) -> tuple:
    """(the Chinese rules' parts or None, the events read from frames that no Chinese event absorbed)."""
    ctx = context(doc)
    zh = getattr(ctx, "zh_parts", None)
    zh_events = {id(e) for e in (zh.events if zh else [])}
    return ctx, zh, [e for e in doc.events if id(e) not in zh_events]


def _view(doc: Doc, code: str) -> Ctx | None:
    """A context over the article with only its sentences in language ``code`` (None without any)."""
    view = copy.copy(doc)
    view.spans = dict(doc.spans)
    view.spans["sentences"] = [s for s in doc.sentences if s.value == code]
    return Ctx(view) if view.spans["sentences"] else None


@stage("events", requires=_IN + ("frames",), assigns=("events",))
def events_stage(doc: Doc) -> None:
    """One event per occurrence: frames assembled, and the Chinese rules' events."""
    ctx = context(doc)
    assign_group_regions(ctx)  # 吉林省领导甲、乙: the listed people act for that region
    zctx = _view(doc, "zh")
    zh = lang.get("zh").assemble(zctx) if zctx is not None else None
    ctx.zh_parts = zh
    zh_events = zh.events if zh else []
    # both lists stay apart until links merges a passage told in both languages (their sides complete then)
    doc.events = zh_events + EN.english_events(ctx, zh_events)


@stage("roles", requires=("events", "role_verbs"), assigns=("participants",))
def roles_stage(doc: Doc) -> None:
    """Speakers, presiders, attendees, witnesses and hosts from the role verbs, on the event each verb's
    clause tells."""
    ctx, zh, own = _own(doc)
    if zh is not None:
        lang.get("zh").roles(zh)
    EN.distribute_roles(ctx, doc.events, own)


@stage("event_dates", requires=("events", "dates"), assigns=("event_dates",))
def event_dates_stage(doc: Doc) -> None:
    """Dates for events their own sentences leave undated (a signing at a dated meeting, a meeting after a
    dated line)."""
    _ctx, zh, own = _own(doc)
    if zh is not None:
        lang.get("zh").dates(zh)
    EN.fill_dates(own)


@stage("fields", requires=("events", "sentences"), assigns=("fields",))
def fields_stage(doc: Doc) -> None:
    """Fields of cooperation named for each meeting and agreement (data/fields.tsv)."""
    ctx, zh, own = _own(doc)
    if zh is not None:
        lang.get("zh").fields(zh)
    EN.english_fields(ctx, own)


@stage("links", requires=("events",), assigns=("event_ids", "part_of"))
def links_stage(doc: Doc) -> None:
    """A passage told in both languages is one event; events with two sides only, in text order, numbered;
    each sub-event points at the visit it happened during (part_of)."""
    ctx, zh, own = _own(doc)
    EN.complete_parties(ctx, own)
    events = EN.merge_languages(zh.events if zh else [], own)
    events = [e for e in events if two_sides(e)]
    events.sort(key=lambda e: (min((s for s, _ in e.evidence), default=0)))
    for n, e in enumerate(events, 1):
        e.id = f"e{n}"
    visits = [e for e in events if e.type == "visit"]
    for e in events:
        if e.type != "visit" and visits:
            host = next((v for v in visits if _same(v.destination, getattr(e, "destination", None))
                         or any(_same(v.destination, p) for p in e.parties)), None)
            if host is not None:
                e.part_of = host.id
    doc.events = events
