"""The extraction stages, in order: regions → people → dates → frames → events → ties."""
from __future__ import annotations


def extraction_stages() -> list:
    from .dates import dates_stage
    from .events import event_stages
    from .people import people_stage
    from .regions import regions_stage

    return [regions_stage, people_stage, dates_stage] + event_stages()
