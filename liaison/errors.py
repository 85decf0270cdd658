"""Named errors. Each tells the user what went wrong, where, and what to do."""
from __future__ import annotations


class LiaisonError(Exception):
    """Base class; ``code`` is a short stable identifier printed with the message."""

    code = "liaison"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.message = message
        self.source = source
        self.line = line
        super().__init__(self.__str__())

    def where(self) -> str:
        if self.source and self.line:
            return f"{self.source} line {self.line}"
        return self.source or ""

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class ReadError(LiaisonError):
    """An input could not be read as an article."""

    code = "read"


class PipelineError(LiaisonError):
    """Stages are misconfigured: a stage needs what no earlier stage assigns."""

    code = "pipeline"


class StoreError(LiaisonError):
    """The database cannot be opened or written."""

    code = "store"


class UsageError(LiaisonError):
    """A command was called wrongly (bad option, missing database): the CLI prints it and exits 2."""

    code = "usage"
