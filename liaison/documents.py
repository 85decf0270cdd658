"""PDF and Word (.docx) files → article text, with pypdf and python-docx (imported only when needed).

Government releases are often PDFs. Both libraries are small and pure Python (pypdf 4.2 MB,
python-docx 2.9 MB on lxml, which liaison already uses; imported in ~0.2 s and ~0.15 s), so
they are core dependencies: see docs/reliability.md. Old binary Word files (.doc) are refused
with a message saying what to do; so are PDFs without a text layer (scans) and encrypted ones.

Line breaks that a PDF puts inside a Chinese sentence (its lines are wrapped to the page) are
removed, so that sentences are not cut where the page was.
"""
from __future__ import annotations

import io
import re

from .errors import ReadError

PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
REFUSED_SUFFIXES = {".doc": "an old binary Word file (.doc); save it as .docx or PDF and pass that",
                    ".rtf": "an RTF file; save it as .docx, PDF or text and pass that"}

# a line break between two Chinese characters, the first not ending a sentence: the page's wrap
_ZH_WRAP = re.compile(r"(?<=[\u3400-\u9fff，、；：“‘（《])[ \t]*\n[ \t]*(?=[\u3400-\u9fff“‘（《])")


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def is_docx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") and b"word/" in data[:1 << 16]


def pdf_text(data: bytes, *, source: str, max_chars: int) -> tuple[str, str | None]:
    """(text, title) of a PDF; ReadError when it cannot be read, is encrypted, or has no text."""
    import logging

    try:
        import pypdf
    except ImportError:  # pragma: no cover - a core dependency
        raise ReadError("reading PDF needs pypdf: pip install pypdf", source=source) from None
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL + 1)  # its complaints about damaged files are ours to report, in one line
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("encrypted PDF; save an unencrypted copy and pass that", source=source)
        parts, total = [], 0
        for page in reader.pages:
            t = page.extract_text() or ""
            parts.append(t)
            total += len(t)
            if total > max_chars:
                raise ReadError(f"PDF has more than --max-chars {max_chars} characters of text; split it or raise "
                                "--max-chars", source=source)
        title = None
        try:
            meta = reader.metadata
            title = str(meta.title).strip() or None if meta is not None and meta.title else None
        except Exception:  # noqa: BLE001 - a damaged info dictionary: no title
            title = None
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise ReadError(f"cannot read PDF ({exc.__class__.__name__}: {str(exc)[:120]}); check the file",
                        source=source) from None
    finally:
        log.setLevel(level)
    text = _ZH_WRAP.sub("", "\n".join(parts)).strip()
    if not text:
        raise ReadError("PDF has no text layer (a scanned image?); run OCR on it first", source=source)
    return text, title


def docx_text(data: bytes, *, source: str, max_chars: int) -> tuple[str, str | None]:
    """(text, title) of a .docx: its paragraphs, then its tables' cells, one a line."""
    try:
        import docx
    except ImportError:  # pragma: no cover - a core dependency
        raise ReadError("reading .docx needs python-docx: pip install python-docx", source=source) from None
    try:
        d = docx.Document(io.BytesIO(data))
        lines = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                lines.extend(cell.text for cell in row.cells)
        title = (d.core_properties.title or "").strip() or None
    except Exception as exc:  # noqa: BLE001 - not a zip, not a Word document, damaged XML
        raise ReadError(f"cannot read .docx ({exc.__class__.__name__}: {str(exc)[:120]}); check the file",
                        source=source) from None
    text = "\n".join(line for line in lines if line.strip())
    if not text.strip():
        raise ReadError(".docx has no text", source=source)
    if len(text) > max_chars:
        raise ReadError(f"article has {len(text)} characters, more than --max-chars {max_chars}; split it or raise "
                        "--max-chars", source=source)
    return text, title
