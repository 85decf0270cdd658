"""Property tests (issue 8): readers, normalization, runs and extraction never crash and never lose text."""
from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import liaison
from liaison.doc import Doc
from liaison.errors import ReadError
from liaison.readers import Article, decode_bytes, read_bytes, read_jsonl
from liaison.record import validate
from liaison.stages.normalize import normalize
from liaison.stages.segment import language_runs, sentences

# Text drawn from everything, plus the characters that break naive code.
HOSTILE = st.sampled_from(list("\u0000\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u0301\u0308"
                               "\u3000\u2028\u2029\r\x0b\x0c\x85…㈠ﬁ①Ａ臺灣鄧“”「」《》\ud800\udfff\U0001F600"))
TEXT = st.text(st.one_of(st.characters(), HOSTILE, st.sampled_from(list("吉林天津代表团。，Jilin .!?\n"))),
               max_size=200)
# LIAISON_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py  for a longer hunt (docs/reliability.md)
EXAMPLES = int(os.environ.get("LIAISON_FUZZ_EXAMPLES", "300"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2000))
@example(b"\xff\xfe\x00")
@example(b"\xef\xbb\xbf\xff")
@example(b"\xfe\xff\xd8\x00")
@example(b"<meta charset=big5>\xa4\xa4")
def test_decode_bytes_returns_str_or_read_error(data):
    try:
        out = decode_bytes(data, "fuzz")
    except ReadError as err:
        assert str(err).startswith("fuzz: ")
        return
    assert isinstance(out, str)


@FAST
@given(st.binary(max_size=2000), st.sampled_from(["", ".txt", ".json", ".jsonl", ".html"]))
def test_read_bytes_yields_articles_or_errors(data, suffix):
    for item in read_bytes(data, source="f" + suffix, stem="f", suffix=suffix):
        assert isinstance(item, (Article, ReadError))
        if isinstance(item, Article):
            assert isinstance(item.text, str) and item.text.strip()


@FAST
@given(st.lists(st.one_of(TEXT, st.dictionaries(st.sampled_from(["id", "text", "title", "url", "published"]),
                                                st.one_of(TEXT, st.integers(), st.none(), st.lists(st.integers())))),
                max_size=5))
def test_jsonl_lines_never_crash(values):
    # ensure_ascii=True writes lone surrogates as \ud800 escapes
    lines = [json.dumps(v).encode() + b"\n" for v in values] + [b"{broken\n", b"\xff\xfe\n"]
    items = list(read_jsonl(lines, source="f.jsonl", stem="f"))
    assert len(items) >= 2
    for it in items:
        assert isinstance(it, (Article, ReadError))
        if isinstance(it, Article):
            for v in (it.id, it.text, it.title or "", it.url or ""):
                v.encode("utf-8")  # no lone surrogate survives
            assert it.published is None or len(it.published) == 10


@FAST
@given(TEXT)
def test_normalize_offset_map(raw):
    text, index = normalize(raw)
    assert len(index) == len(text)
    assert all(0 <= i < len(raw) for i in index)
    assert all(a <= b for a, b in zip(index, index[1:]))
    doc = Doc(raw=raw, text=text, raw_index=index)
    for s in range(len(text) + 1):
        for e in (s, min(len(text), s + 1), len(text)):
            rs, re_ = doc.raw_span(s, e)
            assert 0 <= rs <= re_ <= len(raw)


@FAST
@given(TEXT)
def test_runs_cover_text_exactly_and_sentences_stay_inside(raw):
    text, _ = normalize(raw)
    spans = language_runs(text)
    if not text:
        assert spans == []
        return
    assert spans[0].start == 0 and spans[-1].end == len(text)
    assert all(a.end == b.start and a.value != b.value for a, b in zip(spans, spans[1:]))
    assert all(s.value in ("zh", "en", "und") and s.end > s.start for s in spans)
    prev = 0
    for s in sentences(text, spans):
        assert prev <= s.start < s.end <= len(text)
        prev = s.end


@settings(max_examples=max(30, EXAMPLES // 10), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(TEXT)
@example("吉林省委书记景俊海率吉林省党政代表团于11月6日来津考察，市委书记陈敏尔会见。")
@example("Jilin Party Secretary Jing Junhai led a delegation to Tianjin on 6 November 2023.")
@example("吉林\ud800省\u200b代表團\x00來津…Mr.\u202eWang")
def test_extract_never_raises_and_offsets_fit(raw):
    rec = liaison.extract(raw, published="2023-11-08")
    validate(rec)
    json.dumps(rec, ensure_ascii=False)
    spans = [m for p in rec["people"] for m in p["mentions"]]
    spans += [m for e in rec["events"] for m in e["evidence"]]
    spans += [m for t in rec.get("ties", []) for m in t["evidence"]]
    spans += [f["span"] for f in rec["flags"] if f.get("span")]
    for s, e in spans:
        assert 0 <= s <= e <= len(raw)


ARTICLE = ("11月6日至7日，吉林省党政代表团来津考察，两省市举行合作交流座谈会。市委书记陈敏尔主持座谈会并讲话。"
           "吉林省委书记、省人大常委会主任景俊海讲话。On November 7, Tianjin Mayor Zhang Gong met the delegation "
           "and signed a framework agreement with Changchun.")


@settings(max_examples=max(20, EXAMPLES // 15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(ARTICLE)), HOSTILE), max_size=12), st.booleans())
def test_extract_on_a_real_article_with_hostile_characters(inserts, traditional):
    from liaison.stages.normalize import _t2s  # noqa: F401 - only to make sure opencc is there

    raw = ARTICLE
    if traditional:
        import opencc

        raw = opencc.OpenCC("s2t").convert(raw)
    for pos, ch in sorted(inserts, reverse=True):
        raw = raw[:pos] + ch + raw[pos:]
    rec = liaison.extract(raw, published="2023-11-08")
    validate(rec)
    for p in rec["people"]:
        for s, e in p["mentions"]:
            assert 0 <= s < e <= len(raw)
            assert raw[s:e].strip(), (p, raw[s:e])
    for e in rec["events"]:
        for s, t in e["evidence"]:
            assert 0 <= s <= t <= len(raw)
