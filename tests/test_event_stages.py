"""The event stages are declared, ordered, and each can be left out or tested alone."""
from __future__ import annotations

import pytest

import liaison
from liaison.errors import PipelineError
from liaison.pipeline import Pipeline
from liaison.record import to_record

TEXT = ("On May 6, a delegation from Gansu Province led by Zhao Jun visited Ohio. Ohio Governor Ann Brook met with "
        "Zhao Jun in Columbus and said the two states would deepen cooperation in agriculture and tourism.")


def _stages(without=()):
    return [s for s in liaison.default_pipeline().stages if s.name not in without]


def _record(without=()):
    pipe = Pipeline(_stages(without))
    return to_record(pipe(liaison.make_doc(TEXT, published="2024-05-10")))


def test_event_substages_in_order():
    names = [s.name for s in liaison.default_pipeline().stages]
    i = names.index("frames")
    assert names[i:i + 7] == ["frames", "events", "roles", "event_dates", "fields", "links", "ties"]


def test_every_stage_says_what_it_requires_and_assigns():
    for s in liaison.default_pipeline().stages:
        assert s.assigns and s.doc, s.name


def test_roles_before_events_is_refused():
    stages = _stages()
    names = [s.name for s in stages]
    roles = stages.pop(names.index("roles"))
    stages.insert(names.index("frames"), roles)
    with pytest.raises(PipelineError, match="stage 'roles' requires events"):
        Pipeline(stages)


def test_fields_stage_assigns_the_fields():
    meeting = next(e for e in _record()["events"] if e["type"] == "meeting")
    assert meeting["fields"] == ["agriculture", "tourism_culture"]
    without = next(e for e in _record(without=("fields",))["events"] if e["type"] == "meeting")
    assert without["fields"] == []


def test_roles_stage_adds_the_speaker_the_frame_gives_the_host():
    rec = _record()
    ann = next(p["id"] for p in rec["people"] if p["name"]["en"] == "Ann Brook")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert {"person": ann, "role": "speaker"} in meeting["participants"]
    assert {"person": ann, "role": "host"} in meeting["participants"]
    rec = _record(without=("roles",))
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert {"person": ann, "role": "speaker"} not in meeting["participants"]
    assert {"person": ann, "role": "host"} in meeting["participants"]  # "met with": the frame's own role


def test_links_numbers_events_and_points_sub_events_at_their_visit():
    rec = _record()
    assert [e["id"] for e in rec["events"]] == [f"e{i}" for i in range(1, len(rec["events"]) + 1)]
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert meeting["part_of"] == visit["id"]
