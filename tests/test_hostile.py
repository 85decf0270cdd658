"""Hostile inputs (issue 8): huge, deep, lying and looping files end in a clear message, in bounded time and memory."""
from __future__ import annotations

import io
import json
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from liaison.errors import ReadError
from liaison.readers import Article, DEFAULT_MAX_CHARS, iter_articles

from conftest import EN, ZH

MB = 1 << 20


def split(items):
    items = list(items)
    return [a for a in items if isinstance(a, Article)], [e for e in items if isinstance(e, ReadError)]


def consume(paths, **kw):
    """Iterate articles keeping only counts; return (articles, errors, peak traced bytes, seconds)."""
    n_art, errs = 0, []
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        for it in iter_articles([str(p) for p in paths], **kw):
            if isinstance(it, Article):
                n_art += 1
            else:
                errs.append(it)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return n_art, errs, peak, time.perf_counter() - t0


# ------------------------------------------------------------------ size
def test_50mb_article_is_refused_unread(tmp_path, cli):
    big = tmp_path / "big.txt"
    chunk = (ZH + "\n").encode("utf-8")
    with open(big, "wb") as fh:
        for _ in range(50 * MB // len(chunk) + 1):
            fh.write(chunk)
    assert big.stat().st_size >= 50 * MB
    n, errs, peak, secs = consume([big])
    assert n == 0 and len(errs) == 1 and "--max-chars" in errs[0].message
    assert peak < 1 * MB and secs < 2
    good = tmp_path / "good.txt"
    good.write_text(EN)
    r = cli("extract", big, good, "-q")
    assert r.code == 1 and len(r.records) == 1
    assert len(r.errors) == 1 and "big.txt" in r.errors[0] and "--max-chars" in r.errors[0]


def test_max_chars_can_be_raised_and_lowered(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("字" * 5000, encoding="utf-8")
    assert split(iter_articles([str(p)], max_chars=4999))[1]
    assert split(iter_articles([str(p)], max_chars=5000))[0]


def test_device_is_never_read_past_the_limit():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    n, errs, peak, secs = consume(["/dev/zero"], max_chars=1000)
    assert n == 0 and "--max-chars" in errs[0].message and secs < 2


def test_50mb_jsonl_line_is_skipped_in_bounded_memory(tmp_path):
    p = tmp_path / "mixed.jsonl"
    with open(p, "wb") as fh:
        fh.write(json.dumps({"id": "before", "text": EN}).encode() + b"\n")
        fh.write(b'{"id": "huge", "text": "')
        for _ in range(50):
            fh.write(b"a" * MB)
        fh.write(b'"}\n')
        fh.write(json.dumps({"id": "after", "text": EN}).encode() + b"\n")
    n, errs, peak, secs = consume([p])
    assert n == 2
    assert [(e.line, "--max-chars" in e.message) for e in errs] == [(2, True)]
    # one line is read at most max_chars*6 bytes at a time, never the whole 50 MB
    assert peak < 2 * (DEFAULT_MAX_CHARS * 6) + 4 * MB
    assert secs < 10


def _jsonl(path, lines: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(lines):
            fh.write('{"id": "%d", "text": "Delegation %d visited Tianjin."}\n' % (i, i))


def _many_lines(tmp_path, lines: int, max_seconds: float) -> None:
    p = tmp_path / "many.jsonl"
    _jsonl(p, lines)
    t0 = time.perf_counter()
    n = sum(1 for it in iter_articles([str(p)]) if isinstance(it, Article))
    secs = time.perf_counter() - t0
    assert n == lines and secs < max_seconds, (n, secs)


def test_jsonl_memory_does_not_grow_with_the_file(tmp_path):
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    _jsonl(small, 1_000)
    _jsonl(large, 20_000)
    n1, e1, peak_small, _ = consume([small])
    n2, e2, peak_large, _ = consume([large])
    assert (n1, n2, e1, e2) == (1_000, 20_000, [], [])
    assert peak_large < 256 * 1024 and peak_large < 2 * peak_small + 64 * 1024, (peak_small, peak_large)


def test_100k_line_jsonl_streams(tmp_path):
    _many_lines(tmp_path, 100_000, max_seconds=20)


@pytest.mark.slow
def test_million_line_jsonl_streams(tmp_path):
    _many_lines(tmp_path, 1_000_000, max_seconds=120)


def test_jsonl_on_stdin_streams():
    data = "".join('{"text": "Delegation %d visited."}\n' % i for i in range(20_000)).encode()
    arts, errs = split(iter_articles(["-"], stdin=io.BytesIO(data)))
    assert len(arts) == 20_000 and not errs
    assert len({a.id for a in arts}) == 20_000  # content ids


def test_oversized_stdin_is_refused():
    arts, errs = split(iter_articles(["-"], stdin=io.BytesIO(b"x" * 10_000), max_chars=100))
    assert not arts and "--max-chars" in errs[0].message and errs[0].source == "<stdin>"


# ------------------------------------------------------------------ deep and huge JSON
DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("content", [DEEP, '{"id": "x", "text": ' + DEEP + "}", '{"text": "ok", "meta": ' + DEEP + "}"])
def test_deeply_nested_json_file(tmp_path, content):
    p = tmp_path / "deep.json"
    p.write_text(content)
    arts, errs = split(iter_articles([str(p)]))
    assert not arts and len(errs) == 1
    assert "deep.json" in str(errs[0]) and "nested" in errs[0].message


def test_deeply_nested_jsonl_line_and_stdin(tmp_path):
    p = tmp_path / "deep.jsonl"
    p.write_text(json.dumps({"id": "ok", "text": EN}) + "\n" + DEEP + "\n" + '{"text": ' + DEEP + "}\n")
    arts, errs = split(iter_articles([str(p)]))
    assert [a.id for a in arts] == ["ok"] and [e.line for e in errs] == [2, 3]
    arts, errs = split(iter_articles(["-"], stdin=io.BytesIO(DEEP.encode())))
    assert not arts and "nested" in errs[0].message


def test_huge_json_list_of_articles(tmp_path):
    p = tmp_path / "list.json"
    p.write_text(json.dumps([{"id": str(i), "text": EN} for i in range(20_000)]))
    arts, errs = split(iter_articles([str(p)]))
    assert len(arts) == 20_000 and not errs


def test_json_list_checks_max_chars_per_article(tmp_path):
    p = tmp_path / "list.json"
    p.write_text(json.dumps([{"id": "short", "text": EN}, {"id": "long", "text": "x" * 500}]))
    arts, errs = split(iter_articles([str(p)], max_chars=400))
    assert [a.id for a in arts] == ["short"] and "'long'" in errs[0].message


def test_json_file_over_the_limit_suggests_jsonl(tmp_path):
    p = tmp_path / "big.json"
    p.write_text(json.dumps([{"text": EN}] * 100))
    _, errs = split(iter_articles([str(p)], max_chars=100))
    assert ".jsonl" in errs[0].message


def test_json_text_of_wrong_types(tmp_path):
    p = tmp_path / "types.jsonl"
    rows = [{"text": 5}, {"text": None}, {"text": ["a"]}, {"text": {"a": 1}}, {"text": "\u200b\ufeff "},
            "a string", 42, None, [], {"id": {"x": 1}, "text": EN, "published": 20231108, "title": 7, "url": []}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    arts, errs = split(iter_articles([str(p)]))
    assert len(errs) == 9 and [e.line for e in errs] == list(range(1, 10))
    (a,) = arts
    assert a.id == "types-10" and a.published is None and a.title is None and a.url is None


# ------------------------------------------------------------------ HTML
def test_html_with_scripts_and_10000_nested_tags(tmp_path):
    p = tmp_path / "nested.html"
    html = ("<html><head><title>吉林代表团来津</title><script>var s = 'SCRIPT TEXT';</script></head><body>"
            + "<div><span>" * 5000 + "<script>document.write('MORE SCRIPT')</script><p>" + ZH + "</p>"
            + "</span></div>" * 5000 + "<style>p{color:red}</style></body></html>")
    p.write_text(html, encoding="utf-8")
    t0 = time.perf_counter()
    (a,), errs = split(iter_articles([str(p)]))
    assert time.perf_counter() - t0 < 20
    assert ZH in a.text and "SCRIPT" not in a.text and "color" not in a.text
    assert a.title == "吉林代表团来津"


def test_html_without_text(tmp_path):
    p = tmp_path / "blank.html"
    p.write_text("<html><head><script>x()</script></head><body><div></div></body></html>")
    _, errs = split(iter_articles([str(p)]))
    assert "no text" in errs[0].message


# ------------------------------------------------------------------ lying encodings
def test_meta_says_big5_but_bytes_are_utf8(tmp_path):
    p = tmp_path / "lie.html"
    p.write_bytes(f'<html><head><meta charset="big5"></head><body><p>{ZH}</p></body></html>'.encode("utf-8"))
    (a,), _ = split(iter_articles([str(p)]))
    assert a.text == ZH


def test_meta_says_utf8_but_bytes_are_gbk(tmp_path):
    p = tmp_path / "lie2.html"
    p.write_bytes(f'<html><head><meta charset="utf-8"></head><body><p>{ZH}</p></body></html>'.encode("gbk"))
    (a,), _ = split(iter_articles([str(p)]))
    assert a.text == ZH


def test_utf8_bom_followed_by_gbk_is_a_clear_error(tmp_path, cli):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ZH.encode("gbk"))
    r = cli("extract", p, "-q")
    assert r.code == 1 and len(r.errors) == 1
    assert "bom.txt" in r.errors[0] and "byte-order mark" in r.errors[0] and "UTF-8" in r.errors[0]


def test_utf16_bom_with_broken_body(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(b"\xff\xfe" + "吉林".encode("utf-16-le") + b"\x00\xd8")  # a lone high surrogate at the end
    _, errs = split(iter_articles([str(p)]))
    assert "utf-16" in errs[0].message


# ------------------------------------------------------------------ links
def test_symlink_loops_terminate(tmp_path, cli):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(ZH, encoding="utf-8")
    (root / "sub" / "up").symlink_to("..")              # directory loop
    (root / "sub" / "self").symlink_to(".")             # another
    (root / "x.txt").symlink_to("y.txt")                # file loop x -> y -> x
    (root / "y.txt").symlink_to("x.txt")
    (root / "dangling.txt").symlink_to("nowhere.txt")
    t0 = time.perf_counter()
    r = cli("extract", root, "-q")
    assert time.perf_counter() - t0 < 10
    assert r.code == 1
    assert [x["doc"]["id"] for x in r.records] == ["a"]
    msgs = sorted(r.errors)
    assert any("dangling.txt" in m and "broken link" in m for m in msgs)
    assert any("x.txt" in m and "loop" in m for m in msgs)
    assert any("y.txt" in m and "loop" in m for m in msgs)


def test_path_given_is_a_loop(tmp_path, cli):
    (tmp_path / "l.txt").symlink_to("l.txt")
    r = cli("extract", tmp_path / "l.txt", "-q")
    assert r.code == 1 and len(r.errors) == 1 and "l.txt" in r.errors[0]


def test_unreadable_file_even_for_root(tmp_path, cli):
    """Paths no one can read, root included: the read fails (EIO), the name is too long for stat."""
    if not Path("/proc/self/mem").exists():
        pytest.skip("no /proc/self/mem on this system")
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    long_name = str(tmp_path / ("x" * 300 + ".txt"))
    r = cli("extract", "/proc/self/mem", long_name, tmp_path / "a.txt", "-q")
    assert r.code == 1
    assert [x["doc"]["id"] for x in r.records] == ["a"]
    assert r.errors == [
        "liaison: error: /proc/self/mem: cannot read (Input/output error); check the path and permissions",
        f"liaison: error: {long_name}: cannot read (File name too long); check the path and permissions"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path, cli):
    p = tmp_path / "secret.txt"
    p.write_text(ZH, encoding="utf-8")
    p.chmod(0)
    r = cli("extract", p, "-q")
    assert r.code == 1 and "cannot read" in r.errors[0]
