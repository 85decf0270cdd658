"""Normalization and its offset map back to raw text (issue 2)."""
from __future__ import annotations

import pytest

from liaison.doc import Doc
from liaison.stages.normalize import normalize, normalize_stage, to_simplified

RAW = "２０２３年１１月，臺灣「張學友」訪問…㈠ﬁnance Ｃｏ．，Ｌｔｄ．與鄧小平會見。"


def analysed(raw: str) -> Doc:
    return normalize_stage(Doc(raw=raw))


def raw_of(doc: Doc, start: int, end: int) -> str:
    s, e = doc.raw_span(start, end)
    return doc.raw[s:e]


def test_text_is_folded_and_simplified():
    doc = analysed(RAW)
    assert doc.text == "2023年11月,台湾「张学友」访问...(一)finance Co.,Ltd.与邓小平会见。"
    assert len(doc.raw_index) == len(doc.text)


@pytest.mark.parametrize("needle,expected_raw", [
    ("张学友", "張學友"),
    ("邓小平", "鄧小平"),
    ("台湾", "臺灣"),
    ("2023", "２０２３"),
    ("Co.,Ltd.", "Ｃｏ．，Ｌｔｄ．"),
    ("...", "…"),
    ("(一)", "㈠"),
    ("finance", "ﬁnance"),
    ("fi", "ﬁ"),
    ("与邓小平会见。", "與鄧小平會見。"),
])
def test_spans_map_back_exactly(needle, expected_raw):
    doc = analysed(RAW)
    i = doc.text.index(needle)
    assert raw_of(doc, i, i + len(needle)) == expected_raw


def test_part_of_an_expansion_maps_to_the_whole_source_character():
    doc = analysed("访问…会见")
    i = doc.text.index("...")
    for k in range(3):
        assert raw_of(doc, i + k, i + k + 1) == "…"
    assert doc.raw_span(i + 1, i + 1) == (2, 2)   # empty span: a position inside '…'


def test_empty_span_at_the_end():
    doc = analysed("臺灣")
    assert doc.raw_span(2, 2) == (2, 2)


def test_ascii_fast_path_is_identity():
    raw = "Jilin delegation visited Tianjin.\n\tSecond line."
    text, index = normalize(raw)
    assert text == raw and index == list(range(len(raw)))


def test_controls_and_format_characters():
    raw = "吉林\u200b省\u200e代表团\x00来津\r\n考察\u3000两地\ufeff"
    doc = analysed(raw)
    assert doc.text == "吉林省代表团来津 \n考察 两地"
    i = doc.text.index("省代表团")
    assert raw_of(doc, i, i + 4) == "省\u200e代表团"  # inner removed characters stay inside the span
    assert doc.raw_index == sorted(doc.raw_index)


def test_lone_surrogate_becomes_replacement_char_same_width():
    text, index = normalize("a\ud800b")
    assert text == "a\ufffdb" and index == [0, 1, 2]


def test_combining_marks_are_kept_per_character():
    raw = "Zu\u0308rich café"
    doc = analysed(raw)
    i = doc.text.index("Zu")
    assert raw_of(doc, i, i + 3) == "Zu\u0308"


def test_to_simplified_keeps_length():
    for s in ["乾隆", "頭髮", "著名", "臺灣", "後來", "一隻隻", "瞭解", "於是"]:
        assert len(to_simplified(s)) == len(s)
    assert to_simplified("黨政代表團") == "党政代表团"
