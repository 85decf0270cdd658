"""The event stages, in order: frames → events → ties.

``frames`` reads each sentence's triggers with their arguments through its language
module (``liaison.lang``); ``events`` assembles them into one event per occurrence with
participants, dates, fields and sites; ``ties`` names the standing relationships.
"""
from __future__ import annotations


def event_stages() -> list:
    from ..links import ties_stage
    from .frames import frames_stage
    from .zh_events import events_stage

    return [frames_stage, events_stage, ties_stage]
