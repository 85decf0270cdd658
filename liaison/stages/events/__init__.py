"""The event stages, in order: frames → events → roles → event_dates → fields → links → ties.

``frames`` reads each sentence's triggers with their arguments through its language module
(``liaison.lang``); ``events`` assembles them into one event per occurrence; ``roles``,
``event_dates`` and ``fields`` finish each event; ``links`` keeps events with two sides,
numbers them and points sub-events at their visit; ``ties`` names standing relationships.
"""
from __future__ import annotations


def event_stages() -> list:
    from ..links import ties_stage
    from .frames import frames_stage
    from .stages import event_dates_stage, events_stage, fields_stage, links_stage, roles_stage

    return [frames_stage, events_stage, roles_stage, event_dates_stage, fields_stage, links_stage, ties_stage]
