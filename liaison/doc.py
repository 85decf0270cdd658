"""The document object passed between stages, and the facts stages attach to it.

One ``Doc`` flows through the pipeline. Stages read ``doc.text`` — the
*analysis text*: NFKC-folded, full-width folded and converted to simplified
Chinese — and write spans and facts whose offsets index that text. The map
``doc.raw_span`` turns them back into offsets into ``doc.raw``, the text the
user gave, which is what records carry (``mentions``, ``evidence``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A labelled view ``[start, end)`` into ``doc.text``; ``value`` is the normalized meaning."""

    start: int
    end: int
    label: str
    value: Any = None

    def text(self, doc: "Doc") -> str:
        return doc.text[self.start:self.end]


@dataclass
class Position:
    """One office held by a person (a combined title is several)."""

    role: str
    org_kind: str
    region: Any = None  # liaison.gazetteer.Region or None
    title_zh: str | None = None
    title_en: str | None = None
    span: tuple[int, int] | None = None
    # the title names no place and the region is the article's home of its level (市委书记 on a city's page):
    # a guess the events may correct (a host acts for the place the event happens in)
    implicit: bool = field(default=False, compare=False, repr=False)

    def key(self) -> tuple:
        code = getattr(self.region, "code", None) or getattr(self.region, "en", None)
        return (self.role, self.org_kind, code)


@dataclass
class Person:
    id: str
    zh: str | None = None
    en: str | None = None
    positions: list[Position] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    region: Any = None  # the region the person acts for, when known (for events)


@dataclass
class Participant:
    person: str
    role: str


@dataclass
class Event:
    id: str
    type: str
    start: str | None = None
    end: str | None = None
    origin: Any = None
    destination: Any = None
    parties: list[Any] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    title_zh: str | None = None
    title_en: str | None = None
    fields: list[str] = field(default_factory=list)
    sites: list[dict] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    part_of: str | None = None

    def add_participant(self, person_id: str, role: str) -> None:
        if not any(p.person == person_id and p.role == role for p in self.participants):
            self.participants.append(Participant(person_id, role))


@dataclass
class Frame:
    """One event trigger read with its arguments in one sentence (the frames stage's output).

    The assembly stage turns frames into events: several frames of one occurrence (a
    visit told in the lead and again later) become one event. ``roles`` are the
    participant roles the frame's own grammar gives (the subject who receives is a host);
    ``sides`` are the people on each side where the frame cannot yet tell host from guest
    ("A met with B"). ``ref`` marks a frame that points back to an event told before
    ("at the meeting", 会上).
    """

    type: str
    kind: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    lang: str = "zh"
    mood: str = "done"  # done | planned | recalled
    origin: Any = None
    destinations: list[Any] = field(default_factory=list)
    place: Any = None  # where it happened (a meeting's or signing's venue)
    parties: list[Any] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (person id, role)
    sides: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    travellers: list[str] = field(default_factory=list)
    title: str | None = None
    sites: list[dict] = field(default_factory=list)
    date: tuple | None = None
    ref: bool = False
    counterpart: list[str] = field(default_factory=list)  # who the other side is, when the text splits them
    document: str | None = None  # the kind of document signed ("joint declaration")
    several: bool = False  # one of several documents signed in one sentence ("a letter of intent and a plan")


@dataclass
class Doc:
    """An article under analysis.

    ``raw`` is the text as given; ``text`` the analysis text; ``raw_index[i]``
    is the offset in ``raw`` of the character that produced ``text[i]``.
    """

    raw: str
    text: str = ""
    raw_index: list[int] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    languages: dict[str, float] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    ties: list[dict] = field(default_factory=list)
    flags: list[dict] = field(default_factory=list)
    stages_run: list[str] = field(default_factory=list)
    assigned: set[str] = field(default_factory=lambda: {"raw", "meta"})
    # Scratch space for a stage's batched model output (``Pipeline.pipe`` runs the models over
    # many docs at once and leaves each doc's share here); never part of the record.
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    # ------------------------------------------------------------------ spans
    def layer(self, name: str) -> list[Span]:
        return self.spans.get(name, [])

    def set_layer(self, name: str, spans: list[Span]) -> None:
        self.spans[name] = sorted(spans, key=lambda s: (s.start, -s.end))

    @property
    def sentences(self) -> list[Span]:
        return self.layer("sentences")

    @property
    def runs(self) -> list[Span]:
        return self.layer("runs")

    def sentence_at(self, offset: int) -> Span | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    # ------------------------------------------------------------- offsets
    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of ``text`` to ``[start, end)`` of ``raw``."""
        if not self.raw_index:
            return (start, end)
        n = len(self.raw_index)
        if end <= start:
            pos = self.raw_index[start] if start < n else len(self.raw)
            return (pos, pos)
        rs = self.raw_index[min(start, n - 1)]
        re_ = self.raw_index[min(end, n) - 1] + 1
        return (rs, max(rs, re_))

    @property
    def id(self) -> str | None:
        return self.meta.get("id")

    @property
    def published(self) -> str | None:
        return self.meta.get("published")


def other_year(start, date) -> bool:
    """An event's start and a (start, end) date of different years (2012-10 and 2014-05): two occasions (a visit
    recalled from an earlier year is not this one, whatever a translation says)."""
    if not start or not date or not date[0]:
        return False
    a, b = start[:4], date[0][:4]
    return a.isdigit() and b.isdigit() and a != b


def other_day(start, date) -> bool:
    """An event's start and a (start, end) date neither of which contains the other (2024-04-24 and 2023-10):
    another occasion (talks, a signing)."""
    if not start or not date or not date[0]:
        return False
    a, b = start.lstrip("-"), date[0].lstrip("-")
    return not (a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a))
