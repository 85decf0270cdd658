"""The built-in stages, in the order the default pipeline runs them.

Each stage module declares what it reads and writes; ``Pipeline`` checks the order.
Extensions build their own list and pass it to ``Pipeline``.
"""
from __future__ import annotations


def default_stages() -> list:
    """normalize → languages → sentences → regions → people → dates → the event stages → ties."""
    from .dates import dates_stage
    from .events import event_stages
    from .normalize import normalize_stage
    from .people import people_stage
    from .regions import regions_stage
    from .segment import languages_stage, sentences_stage

    return [normalize_stage, languages_stage, sentences_stage, regions_stage, people_stage, dates_stage] \
        + event_stages()
