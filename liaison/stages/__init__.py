"""The built-in stages, in the order the default pipeline runs them.

Each stage module declares what it reads and writes; ``Pipeline`` checks the
order. Extensions build their own list and pass it to ``Pipeline``.
"""
from __future__ import annotations


def default_stages() -> list:
    from .normalize import normalize_stage
    from .segment import languages_stage, sentences_stage

    stages = [normalize_stage, languages_stage, sentences_stage]
    try:
        from .extract import extraction_stages
    except ImportError:  # extraction layers not built in this tree
        return stages
    return stages + extraction_stages()
