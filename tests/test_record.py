"""`liaison.extract` returns a schema-valid record for every kind of text (issue 2)."""
from __future__ import annotations

import json

import pytest

import liaison
from liaison.record import schema, validate

from conftest import EN, ZH, ZH_TRAD

TEXTS = {
    "zh": ZH,
    "en": EN,
    "mixed": "两地将深化“津粮吉储”“津肉吉供”,Let more Jilin rice reach Tianjin kitchens. 吉林省委书记景俊海讲话。",
    "traditional": ZH_TRAD,
    "fullwidth": "２０２３年１１月６日，吉林省代表團訪問天津市。",
    "punctuation_only": "。。。!!!",
    "digits": "2023-11-08",
    "space": " ",
    "empty": "",
    "one_char": "津",
}


def offsets(rec: dict):
    for p in rec["people"]:
        yield from p["mentions"]
    for e in rec["events"]:
        yield from e["evidence"]
    for t in rec.get("ties", []):
        yield from t["evidence"]
    for f in rec["flags"]:
        if f.get("span"):
            yield f["span"]


@pytest.mark.parametrize("name", list(TEXTS))
def test_record_is_schema_valid(name):
    text = TEXTS[name]
    rec = liaison.extract(text, published="2023-11-08", id=f"t-{name}", url="https://example.org/x", title="T")
    validate(rec)
    json.dumps(rec, ensure_ascii=False).encode("utf-8")
    assert rec["schema_version"] == "1"
    assert rec["doc"] == {"id": f"t-{name}", "url": "https://example.org/x", "published": "2023-11-08",
                          "title": "T", "languages": rec["doc"]["languages"]}
    shares = rec["doc"]["languages"]
    if any(c.isalpha() for c in text):
        assert abs(sum(shares.values()) - 1) < 0.01, shares
    else:
        assert shares == {}
    for s, e in offsets(rec):
        assert 0 <= s <= e <= len(text)


def test_default_id_is_content_hash():
    a = liaison.extract(ZH)
    assert a["doc"]["id"] == liaison.extract(ZH)["doc"]["id"] != liaison.extract(EN)["doc"]["id"]
    assert len(a["doc"]["id"]) == 16


def test_mixed_record_has_both_languages():
    shares = liaison.extract(TEXTS["mixed"])["doc"]["languages"]
    assert set(shares) == {"zh", "en"}


def test_non_str_is_type_error():
    with pytest.raises(TypeError):
        liaison.extract(b"bytes")  # type: ignore[arg-type]


def test_schema_is_packaged():
    assert schema()["type"] == "object"


def test_unresolved_side_is_left_out_of_parties():
    from liaison.doc import Doc, Event
    from liaison.gazetteer import Gazetteer
    from liaison.record import event_dict

    doc = Doc(raw="x", meta={})
    doc.text = "x"
    tianjin = Gazetteer.default().by_code("120000")
    ev = Event(id="e1", type="visit", origin=None, destination=tianjin, parties=[None, tianjin])
    out = event_dict(doc, ev)
    assert out["origin"] is None
    assert [r["code"] for r in out["parties"]] == ["120000"]
