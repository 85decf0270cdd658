"""Stages in a declared order, checked before anything runs.

A stage is an object with ``name``, ``requires`` and ``assigns`` (names of
``Doc`` attributes or span layers) and a ``__call__(doc) -> doc``. The
pipeline verifies, when it is built, that every stage's requirements are
assigned by an earlier stage, and names what is present and what is missing
when they are not.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Protocol

from .doc import Doc
from .errors import PipelineError


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass(frozen=True)
class StageInfo:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str


BASE_ASSIGNED = ("raw", "meta")


class Pipeline:
    """An ordered list of stages; ``pipe`` streams docs through them."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages: list[Stage] = list(stages)
        self.check()

    @classmethod
    def default(cls) -> "Pipeline":
        from .stages import default_stages

        return cls(default_stages())

    def check(self) -> None:
        present = set(BASE_ASSIGNED)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in present]
            if missing:
                raise PipelineError(
                    f"stage '{stage.name}' requires {', '.join(missing)}, which no earlier stage assigns; "
                    f"present: {', '.join(sorted(present))}. Put a stage assigning it before '{stage.name}'."
                )
            present.update(stage.assigns)

    def table(self) -> list[StageInfo]:
        return [StageInfo(s.name, tuple(s.requires), tuple(s.assigns), (s.doc or "").strip().splitlines()[0] if s.doc else "")
                for s in self.stages]

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
            doc.stages_run.append(stage.name)
            doc.assigned.update(stage.assigns)
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def stage(name: str, requires: tuple[str, ...], assigns: tuple[str, ...]) -> Callable[[Callable[[Doc], Doc | None]], Stage]:
    """Decorator turning ``fn(doc)`` into a stage object with declared inputs and outputs."""

    def wrap(fn: Callable[[Doc], Doc | None]) -> Stage:
        class _FnStage:
            def __init__(self) -> None:
                self.name = name
                self.requires = requires
                self.assigns = assigns
                self.doc = fn.__doc__ or ""

            def __call__(self, doc: Doc) -> Doc:
                out = fn(doc)
                return doc if out is None else out

            def __repr__(self) -> str:
                return f"<stage {name}>"

        return _FnStage()

    return wrap
