"""What a stage is: a callable with a name and declared ``requires`` / ``assigns``.

Stages import this module (never ``liaison.pipeline``): the pipeline builds on stages, not the
other way round.
"""
from __future__ import annotations

from typing import Callable, Protocol

from ..doc import Doc


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str

    def __call__(self, doc: Doc) -> Doc: ...


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
