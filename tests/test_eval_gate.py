"""Checks on the shared dev corpus; skipped when ../shared is not beside the checkout."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FOUNDING = SHARED / "corpus" / "dev" / "000.json"


@pytest.mark.skipif(not FOUNDING.is_file(), reason=f"no shared dev corpus at {FOUNDING} (it lives beside the checkout)")
def test_founding_example_splits_after_the_quoted_terms():
    import liaison

    text = json.loads(FOUNDING.read_text(encoding="utf-8"))["text"]
    doc = liaison.extract_doc(text)
    cut = "“津粮吉储”“津肉吉供”,"
    pos = doc.text.index(cut) + len(cut)
    boundaries = {r.end: r for r in doc.runs}
    assert pos in boundaries and boundaries[pos].value == "zh"
    after = next(r for r in doc.runs if r.start == pos)
    assert after.value == "en" and doc.text[pos:].startswith("Let more Jilin")
