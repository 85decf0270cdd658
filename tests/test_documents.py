"""PDF and .docx articles (pypdf, python-docx), refused formats, and the count of files a directory run skipped."""
from __future__ import annotations

import io
import json

import pytest

from conftest import EN, ZH
from liaison.readers import Article, iter_articles
from liaison.testing import make_docx, make_pdf

# the zh sentence wrapped over two PDF lines, as a page would, then an English line
PDF_LINES = [ZH[:20], ZH[20:], EN]


def _read(paths, **kw):
    items = list(iter_articles([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, Article)], [i for i in items if not isinstance(i, Article)]


def test_pdf_text_title_and_wrapped_lines_joined(tmp_path):
    (tmp_path / "release.pdf").write_bytes(make_pdf(PDF_LINES, title="吉林省代表团来津考察"))
    arts, errs = _read([tmp_path])
    assert errs == []
    assert [(a.id, a.title) for a in arts] == [("release", "吉林省代表团来津考察")]
    assert arts[0].text == ZH + "\n" + EN  # the wrap inside the Chinese sentence is gone


def test_pdf_article_is_extracted(tmp_path, cli):
    (tmp_path / "release.pdf").write_bytes(make_pdf(PDF_LINES))
    r = cli("extract", tmp_path / "release.pdf", "-q")
    assert r.code == 0, r.err
    (rec,) = r.records
    assert rec["doc"]["id"] == "release"
    assert {e["type"] for e in rec["events"]} >= {"visit", "agreement"}


def test_docx_paragraphs_and_tables(tmp_path):
    (tmp_path / "note.docx").write_bytes(make_docx([ZH, "", EN], title="通稿", table=[["出席", "吉林省长韩明"]]))
    arts, errs = _read([tmp_path / "note.docx"])
    assert errs == []
    assert (arts[0].id, arts[0].title, arts[0].text) == ("note", "通稿", f"{ZH}\n{EN}\n出席\n吉林省长韩明")


def test_documents_sniffed_whatever_their_suffix(tmp_path):
    (tmp_path / "a.txt").write_bytes(make_pdf([ZH]))
    arts, errs = _read([tmp_path / "a.txt"])
    assert errs == [] and arts[0].text == ZH
    arts, errs = _read(["-"], stdin=io.BytesIO(make_docx([EN])))
    assert errs == [] and arts[0].text == EN


@pytest.mark.parametrize("name,data,message", [
    ("broken.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< >>\n",
     "cannot read PDF"),
    ("scan.pdf", make_pdf([]), "PDF has no text layer (a scanned image?); run OCR on it first"),
    ("fake.pdf", ZH.encode(), "not a .pdf file (its first bytes say otherwise); check the file"),
    ("broken.docx", b"PK\x03\x04word/ not really a zip", "cannot read .docx"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
     "an old binary Word file (.doc); save it as .docx or PDF and pass that"),
])
def test_unreadable_documents_are_one_error_line(tmp_path, cli, name, data, message):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.txt").write_text(ZH, "utf-8")
    r = cli("extract", tmp_path / name, tmp_path / "ok.txt", "-q")
    assert r.code == 1
    assert [x["doc"]["id"] for x in r.records] == ["ok"]
    assert len(r.errors) == 1 and r.errors[0].startswith(f"liaison: error: {tmp_path / name}: {message}")
    assert "Traceback" not in r.err


def test_encrypted_pdf_is_refused(tmp_path, cli):
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(make_pdf([ZH])))
    writer = pypdf.PdfWriter()
    writer.append_pages_from_reader(reader)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    (tmp_path / "locked.pdf").write_bytes(buf.getvalue())
    r = cli("extract", tmp_path / "locked.pdf", "-q")
    assert r.code == 1 and r.errors == [f"liaison: error: {tmp_path / 'locked.pdf'}: encrypted PDF; save an "
                                        "unencrypted copy and pass that"]


def _mixed_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ZH, "utf-8")
    (d / "b.pdf").write_bytes(make_pdf([EN]))
    (d / "c.docx").write_bytes(make_docx([ZH]))
    for name in ("x.png", "y.png", "old.doc", "sheet.xlsx", "README"):
        (d / name).write_bytes(b"\x89PNG\r\n")
    (d / ".hidden.png").write_bytes(b"")  # hidden files are not counted
    return d


NOTE = ("skipped 5 files for their extension (.png 2, (none) 1, .doc 1, .xlsx 1); liaison reads .txt .html .json "
        ".jsonl .pdf .docx")


def test_directory_run_reports_files_skipped_for_their_extension(tmp_path, cli):
    d = _mixed_dir(tmp_path)
    skipped: dict = {}
    arts, errs = _read([d], skipped=skipped)
    assert [a.id for a in arts] == ["a", "b", "c"] and errs == []
    assert skipped == {".png": 2, "(none)": 1, ".doc": 1, ".xlsx": 1}
    r = cli("extract", d, "--out", tmp_path / "out")
    assert r.code == 0
    assert r.err.strip().endswith(f"3 records written, 0 failed; {NOTE}")
    r = cli("extract", d)
    assert r.code == 0 and r.err.strip().endswith(f"liaison: {NOTE}") and len(r.records) == 3


def test_ingest_summary_reports_skipped_files(tmp_path, cli, monkeypatch):
    monkeypatch.setenv("LIAISON_PIPELINE", "light")
    d = _mixed_dir(tmp_path)
    r = cli("ingest", d, "--db", tmp_path / "k.db", "--workers", "1")
    assert r.code == 0
    assert f"3 ingested, 0 unchanged (skipped), 0 failed; {NOTE}" in r.err
    from liaison.store import open_store

    with open_store(tmp_path / "k.db") as s:
        assert json.loads(s.scalar("SELECT record_json FROM articles WHERE id = 'b'"))["doc"]["id"] == "b"
