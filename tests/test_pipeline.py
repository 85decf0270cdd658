"""Pipeline order checks and the stage table (issue 2)."""
from __future__ import annotations

import pytest

import liaison
from liaison.doc import Doc
from liaison.errors import PipelineError
from liaison.pipeline import Pipeline, stage
from liaison.stages.normalize import normalize_stage
from liaison.stages.segment import languages_stage, sentences_stage


@stage("needs_people", requires=("text", "people_spans"), assigns=("events",))
def needs_people(doc: Doc) -> None:
    """Needs a layer nobody assigns."""


@stage("counter", requires=("sentences",), assigns=("sentence_count",))
def counter(doc: Doc) -> None:
    """Counts sentences."""
    doc.meta["n"] = len(doc.sentences)


def test_missing_requirement_names_present_and_missing():
    with pytest.raises(PipelineError) as exc:
        Pipeline([normalize_stage, needs_people])
    msg = str(exc.value)
    assert "'needs_people'" in msg and "people_spans" in msg
    assert "present: meta, raw, text" in msg


def test_wrong_order_is_caught_before_running():
    with pytest.raises(PipelineError, match="'sentences' requires runs"):
        Pipeline([normalize_stage, sentences_stage, languages_stage])


def test_custom_pipeline_runs_in_order():
    p = Pipeline([normalize_stage, languages_stage, sentences_stage, counter])
    doc = p(Doc(raw="吉林。天津。"))
    assert doc.meta["n"] == 2
    assert doc.stages_run == ["normalize", "languages", "sentences", "counter"]
    assert {"text", "runs", "sentences", "sentence_count"} <= doc.assigned
    assert [d.meta["n"] for d in p.pipe([Doc(raw="a."), Doc(raw="Bob left. Cat? Dog!")])] == [1, 3]


def test_table():
    rows = Pipeline([normalize_stage, languages_stage]).table()
    assert [(r.name, r.requires, r.assigns) for r in rows] == [
        ("normalize", ("raw",), ("text",)), ("languages", ("text",), ("runs", "languages"))]
    assert rows[0].doc.startswith("NFKC")


def test_default_pipeline_is_cached_and_valid():
    assert liaison.default_pipeline() is liaison.default_pipeline()
    names = [s.name for s in liaison.default_pipeline().stages]
    assert names[:3] == ["normalize", "languages", "sentences"]
