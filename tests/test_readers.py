"""Readers: encodings, HTML, JSON, JSONL, directories and stdin (issue 2)."""
from __future__ import annotations

import io
import json

import pytest

from liaison.errors import ReadError
from liaison.readers import Article, decode_bytes, iter_articles, read_bytes

from conftest import EN, ZH, ZH_TRAD


def articles(paths, **kw):
    items = list(iter_articles([str(p) for p in paths], **kw))
    return [a for a in items if isinstance(a, Article)], [e for e in items if isinstance(e, ReadError)]


# ------------------------------------------------------------------ encodings
@pytest.mark.parametrize("encoding,text", [
    ("utf-8", ZH),
    ("utf-8-sig", ZH),             # UTF-8 with BOM
    ("gb18030", ZH),
    ("gbk", ZH),
    ("big5", ZH_TRAD),
    ("utf-16", ZH),                # with BOM
    ("utf-16-le", ZH),             # without BOM
    ("utf-16-be", ZH),
    ("utf-16-le", "吉林省党政代表团来津考察两地举行座谈会"),  # no ASCII at all: no NUL bytes to go by
    ("utf-16-le", EN),
    ("utf-8", ZH + "\n" + EN),
    ("gb18030", ZH_TRAD),          # traditional characters in a GB file
])
def test_encodings_decode_to_the_same_text(tmp_path, encoding, text):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    arts, errs = articles([path])
    assert not errs
    assert [a.text for a in arts] == [text]
    assert arts[0].id == "article"


@pytest.mark.parametrize("text", [
    "香港特別行政區行政長官率領代表團訪問廣東省，雙方簽署經貿合作備忘錄。",
    "臺北市政府與新北市政府舉行交流座談會",
    "國務院總理會見美國國會議員代表團",
])
def test_big5_is_not_mistaken_for_gb18030(text):
    # These Big5 bytes also decode as GB18030 — into rare characters and kana.
    assert decode_bytes(text.encode("big5"), "x") == text


def test_bom_followed_by_gbk_is_a_clear_error():
    with pytest.raises(ReadError) as exc:
        decode_bytes(b"\xef\xbb\xbf" + ZH.encode("gbk"), "lying.txt")
    msg = str(exc.value)
    assert msg.startswith("lying.txt: ") and "byte 3" in msg and "UTF-8" in msg


def test_truncated_utf8_keeps_the_text():
    data = ZH.encode("utf-8")[:-1]
    text = decode_bytes(data, "x")
    assert text[:-1] == ZH[:-1] and text.endswith("\ufffd")


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03" * 200, b"\xff" * 50, b"\xc3\x28\xa0\xa1\xff\xfe\xff" * 20])
def test_binary_and_undecodable_bytes_raise_read_error(data):
    with pytest.raises(ReadError) as exc:
        decode_bytes(data, "bad.txt")
    assert str(exc.value).startswith("bad.txt: ")


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\n"])
def test_empty_is_an_error(data):
    with pytest.raises(ReadError, match="empty"):
        decode_bytes(data, "e.txt")


# ------------------------------------------------------------------ HTML
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>吉林省党政代表团来津考察</title>
<meta property="article:published_time" content="2023-11-08T09:00:00+08:00">
<script>var x = "脚本里的文字不是正文";</script><style>body{color:red}</style></head>
<body><nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<article><h1>吉林省党政代表团来津考察</h1>
<p>11月6日至7日，吉林省党政代表团来津考察，两省市举行合作交流座谈会，并签署全面深化对口合作框架协议。</p>
<p>市委书记陈敏尔主持座谈会并讲话。吉林省委书记景俊海讲话。</p>
<p>双方表示，将进一步深化经贸交流合作，携手推动粮肉产销协作，共谱吉津合作新篇章。</p>
</article><footer>版权所有 2023</footer></body></html>
"""


def test_html_main_text_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    arts, errs = articles([path])
    assert not errs and len(arts) == 1
    a = arts[0]
    assert a.title == "吉林省党政代表团来津考察"
    assert a.published == "2023-11-08"
    assert "市委书记陈敏尔主持座谈会并讲话" in a.text
    assert "共谱吉津合作新篇章" in a.text
    assert "脚本里的文字" not in a.text and "color:red" not in a.text


def test_html_in_gbk_with_meta_charset(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.replace('charset="utf-8"', 'charset="gbk"').encode("gbk"))
    arts, errs = articles([path])
    assert not errs and "陈敏尔" in arts[0].text


def test_html_sniffed_without_suffix(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    (a,), _ = articles([path])
    assert "<p>" not in a.text and "陈敏尔" in a.text


# ------------------------------------------------------------------ JSON / JSONL
def test_json_article_keys_and_extra_keys_ignored(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "a-1", "url": "https://example.org/a", "published": "2023-11-08",
                                "title": "吉林代表团来津", "text": ZH, "lang": "zh", "extra": {"x": 1}},
                               ensure_ascii=False), encoding="utf-8")
    (a,), errs = articles([path])
    assert not errs
    assert (a.id, a.url, a.published, a.title, a.text) == ("a-1", "https://example.org/a", "2023-11-08",
                                                          "吉林代表团来津", ZH)
    assert a.meta() == {"id": "a-1", "url": "https://example.org/a", "published": "2023-11-08",
                        "title": "吉林代表团来津"}


def test_json_without_id_uses_file_stem_and_bad_date_is_dropped(tmp_path):
    path = tmp_path / "noid.json"
    path.write_text(json.dumps({"text": EN, "published": "2023-13-45"}), encoding="utf-8")
    (a,), _ = articles([path])
    assert a.id == "noid" and a.published is None


def test_jsonl_articles_with_line_numbers(tmp_path):
    path = tmp_path / "many.jsonl"
    lines = [json.dumps({"id": "z", "text": ZH}, ensure_ascii=False), "",
             json.dumps({"id": "e", "text": EN, "published": "2023-11-08T10:00:00Z"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errs = articles([path])
    assert not errs
    assert [(a.id, a.line) for a in arts] == [("z", 1), ("e", 3)]
    assert arts[1].published == "2023-11-08"


def test_jsonl_line_without_id_gets_stem_and_line(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"text": EN}) + "\n" + json.dumps({"text": ZH}) + "\n", encoding="utf-8")
    arts, _ = articles([path])
    assert [a.id for a in arts] == ["f-1", "f-2"]


def test_jsonl_lone_surrogates_do_not_crash(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s1\\ud800", "title": "\\udfff", "text": "abc\\ud800def 吉林"}\n'
                    '{"id": "s2", "text": "\\udc00"}\n', encoding="utf-8")
    arts, errs = articles([path])
    assert not errs
    assert arts[0].id == "s1\ufffd" and arts[0].title == "\ufffd"
    assert arts[0].text == "abc\ufffddef 吉林"        # same length: offsets still fit
    for a in arts:
        for v in (a.id, a.text, a.title or ""):
            v.encode("utf-8")  # writable


def test_json_list_of_articles(tmp_path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "1", "text": EN}, {"title": "no text"}, {"text": ZH}],
                               ensure_ascii=False), encoding="utf-8")
    arts, errs = articles([path])
    assert [a.id for a in arts] == ["1", "list-3"]
    assert len(errs) == 1 and "text" in errs[0].message


# ------------------------------------------------------------------ directories and stdin
def test_directory_of_mixed_files_sorted_hidden_and_other_suffixes_skipped(tmp_path):
    (tmp_path / "b.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "text": EN}), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": EN}) + "\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    arts, errs = articles([tmp_path])
    assert not errs
    assert [a.id for a in arts] == ["a", "b", "c1", "sub/d"]  # the path under the directory given


def test_same_file_given_twice_through_a_link_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    arts, errs = articles([tmp_path])
    assert len(arts) == 1 and not errs


def test_stdin_text_gets_content_id():
    arts = list(iter_articles(["-"], stdin=io.BytesIO(ZH.encode("gb18030"))))
    assert len(arts) == 1 and arts[0].text == ZH and len(arts[0].id) == 16
    again = list(iter_articles(["-"], stdin=io.BytesIO(ZH.encode("utf-8"))))
    assert again[0].id == arts[0].id  # content id: same text, same id


def test_stdin_json_and_jsonl():
    (a,) = iter_articles(["-"], stdin=io.BytesIO(json.dumps({"id": "x", "text": EN}).encode()))
    assert a.id == "x" and a.text == EN
    data = (json.dumps({"id": "1", "text": EN}) + "\n" + json.dumps({"id": "2", "text": ZH}) + "\n").encode()
    assert [a.id for a in iter_articles(["-"], stdin=io.BytesIO(data))] == ["1", "2"]
    pretty = json.dumps({"id": "p", "text": EN}, indent=2).encode()  # multi-line JSON, not JSONL
    assert [a.id for a in iter_articles(["-"], stdin=io.BytesIO(pretty))] == ["p"]


def test_read_bytes_max_chars():
    (err,) = read_bytes(("字" * 101).encode(), source="big.txt", stem="big", max_chars=100)
    assert isinstance(err, ReadError) and "--max-chars" in err.message
    (ok,) = read_bytes(("字" * 100).encode(), source="ok.txt", stem="ok", max_chars=100)
    assert isinstance(ok, Article)
