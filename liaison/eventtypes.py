"""The registry of event types, participant roles and cooperation fields: one place that the
extraction stages, the record schema, the store, the query layer, the web UI and the exporters read.

Adding an event type means one entry here (and its trigger rows in the language tables);
``tests/test_eventtypes.py`` checks that the packaged JSON schema agrees with this registry.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class EventType:
    name: str
    label_en: str
    label_zh: str
    directional: bool  # origin → destination (visit, inspection) rather than a set of parties
    plover: tuple[str, str | None]  # PLOVER event type and mode
    cameo: tuple[str, str]  # CAMEO code and label (cooperative codes only: never 09x, never ACCUSE)
    doc: str


EVENT_TYPES: dict[str, EventType] = {t.name: t for t in (
    EventType("visit", "visit", "访问", True, ("CONSULT", "visit"), ("042", "Make a visit"),
              "a trip of a delegation or official from one region to another"),
    EventType("meeting", "meeting", "会见会谈", False, ("CONSULT", "meet"), ("040", "Consult, not specified below"),
              "talks, a symposium, forum, reception or video call between sides from different regions"),
    EventType("agreement", "agreement", "签约", False, ("AGREE", None), ("057", "Sign formal agreement"),
              "an agreement, memorandum, framework or contract signed (one per document)"),
    EventType("inspection", "inspection", "考察", True, ("CONSULT", "visit"), ("042", "Make a visit"),
              "a round of site visits by visitors from another region"),
)}
TYPE_NAMES: tuple[str, ...] = tuple(EVENT_TYPES)
# the host side of a visit, for exporters that code both directions
VISIT_HOST = EventType("visit_host", "hosted visit", "接待", True, ("CONSULT", "visit"), ("043", "Host a visit"),
                       "the destination's side of a visit")


@dataclass(frozen=True)
class Role:
    name: str
    label_en: str
    label_zh: str


ROLES: dict[str, Role] = {r.name: r for r in (
    Role("leader", "leader", "率团"),
    Role("member", "member", "成员"),
    Role("host", "host", "接待"),
    Role("presider", "presider", "主持"),
    Role("speaker", "speaker", "讲话"),
    Role("attendee", "attendee", "出席"),
    Role("signatory", "signatory", "签署"),
    Role("witness", "witness", "见证"),
)}
ROLE_NAMES: tuple[str, ...] = tuple(ROLES)


@functools.lru_cache(maxsize=1)
def field_labels() -> dict[str, tuple[str, str]]:
    """Cooperation field → (English label, Chinese label), from ``data/field_labels.tsv``."""
    text = resources.files("liaison").joinpath("data/field_labels.tsv").read_text("utf-8")
    rows = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return {field: (en, zh) for field, en, zh in rows}


FIELD_NAMES: tuple[str, ...] = ("agriculture", "industry", "energy", "science_technology", "trade_investment",
                                "logistics", "tourism_culture", "finance", "ecology", "talent", "education",
                                "health", "digital")
