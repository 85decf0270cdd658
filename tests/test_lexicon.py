"""Every trigger row of the language tables comes with a sentence (written for this project) that must
produce its event: adding a trigger word is one line in a table, and this test runs its example."""
from __future__ import annotations

import pytest

import liaison
from liaison.lang import LANGUAGES, read_table

def _rows():
    out = []
    for lang in LANGUAGES:
        rows = read_table(lang, "triggers")  # every registered language has its trigger table
        out.extend(pytest.param(lang, r, id=f"{lang}:{r.form}:{r.event}") for r in rows if r.event and r.example)
    return out


@pytest.mark.parametrize("lang,row", _rows())
def test_trigger_example_produces_its_event(lang, row):
    rec = liaison.extract(row.example, published="2024-06-01")
    assert row.event in {e["type"] for e in rec["events"]}, (row.form, row.example, rec["events"])


def test_every_trigger_row_has_an_example():
    for lang in LANGUAGES:
        rows = read_table(lang, "triggers")
        missing = [r.form for r in rows if r.event and not r.example]
        assert not missing, f"{lang}: trigger rows without an example sentence: {missing}"
