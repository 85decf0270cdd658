"""Readers: text, HTML, JSON, JSONL, PDF and .docx files, directories and stdin → articles.

``iter_articles(paths)`` yields ``Article`` for every article it can read and
``ReadError`` (never raised) for every one it cannot, so one bad file never
stops a batch. Encodings: UTF-8 (BOM or not), UTF-16 (BOM, or detected),
GB18030/GBK and Big5, detected by trying strict decoders in order and asking
charset-normalizer only when none fits.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import itertools
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import ReadError

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DOCUMENT_SUFFIXES = {".pdf", ".docx"}  # liaison.documents (pypdf, python-docx)
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | DOCUMENT_SUFFIXES
READABLE = ".txt .html .json .jsonl .pdf .docx"
DEFAULT_MAX_CHARS = 2_000_000
DOCUMENT_MAX_BYTES = 64 << 20  # a PDF or .docx holds images and fonts besides its text


@dataclass
class Article:
    id: str
    text: str
    url: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None
    line: int | None = None
    given_id: bool = False  # the id is the article's own (JSON "id"), not derived from where it was read

    def meta(self) -> dict:
        return {"id": self.id, "url": self.url, "published": self.published, "title": self.title}


def content_id(text: str) -> str:
    """A stable id for an article that has none: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def content_hash(text: str, *, published: str | None = None, title: str | None = None,
                 url: str | None = None) -> str:
    """SHA-256 over what changes an article's record: its text and metadata (ingest skips unchanged ones)."""
    h = hashlib.sha256()
    for part in (text, published or "", title or "", url or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


# ------------------------------------------------------------------ decoding
_ENCODINGS = ("utf-8", "gb18030", "big5")
_SAMPLE = 1 << 16  # bytes examined when scoring candidate encodings
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)
_FAMILY = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
           "big5": "big5", "big5-hkscs": "big5", "cp950": "big5", "x-big5": "big5",
           "utf-16": "utf-16", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be"}


def decode_bytes(data: bytes, source: str) -> str:
    """Decode article bytes; raise ReadError naming the file when it is binary or undecodable.

    A byte-order mark decides (and bytes that break it are an error). Otherwise
    valid UTF-8 wins; then UTF-16 (when NUL bytes suggest it), GB18030 and Big5
    are decoded strictly and scored by how much of the result lies in the
    common-character areas of each encoding (Big5 text often decodes as
    GB18030 too, into rare characters), with a small preference for a charset
    the page declares. charset-normalizer is asked only when none fits.
    """
    text = _decode(data, source)
    if _is_blank(text):
        raise ReadError("empty file; nothing to extract", source=source)
    return text


def _is_blank(text: str) -> bool:
    """Nothing but white space, control and format characters (BOMs, zero-width spaces)."""
    import unicodedata

    return all(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in text)


def _decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise ReadError("empty file; nothing to extract", source=source)
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", source, offset=3)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", source)
    nul = data.count(b"\x00")
    if nul:
        # UTF-16 without BOM: ASCII (digits, spaces, Latin letters) among the text gives NUL bytes.
        best = _best_utf16(data)
        if best is not None:
            return best
        raise ReadError("binary file (contains NUL bytes); pass a text, HTML, JSON or JSONL article", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    scored: list[tuple[float, int, str]] = []
    for rank, enc in enumerate(("gb18030", "big5", "utf-16-le", "utf-16-be")):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_garbled(text):
            continue
        score = _score(data, enc, text)
        if declared and declared == enc:
            score += 0.05
        scored.append((score, -rank, text))
    if scored:
        score, _, text = max(scored, key=lambda t: (t[0], t[1]))
        if score >= 0.5:
            return text
    # Mostly UTF-8 with a few damaged bytes (a truncated download): keep it, marking the damage.
    lenient = data.decode("utf-8", "replace")
    bad = lenient.count("\ufffd")
    if bad <= max(1, len(lenient) // 1000) and sum(1 for c in lenient[:_SAMPLE] if ord(c) > 0x7f) > 2 * bad:
        return lenient
    if scored:
        return max(scored, key=lambda t: (t[0], t[1]))[2]
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - detector failure means: undecodable
        best = None
    if best is not None and best.encoding and _printable_ratio(str(best)) > 0.95:
        return str(best)
    raise ReadError("cannot decode: not UTF-8, UTF-16, GB18030 or Big5; convert the file to UTF-8", source=source)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.match(data[:512])
    if not m:
        return None
    return _FAMILY.get(m.group(1).decode("ascii", "replace").lower())


def _best_utf16(data: bytes) -> str | None:
    best: tuple[float, str] | None = None
    body = data[:-1] if len(data) % 2 and data.endswith((b"\x00", b"\n")) else data
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = body.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausible_ratio(text)
        if score >= 0.9 and (best is None or score > best[0]):
            best = (score, text)
    return best[1] if best else None


def _plausible_ratio(text: str) -> float:
    """Share of characters that ordinary Chinese or English prose is made of.

    A Han character counts only when it is a common one (in GB2312 or among
    Big5's frequent characters): bytes misread as UTF-16 land on rare ones.
    """
    sample = text[:_SAMPLE // 2]
    if not sample:
        return 0.0
    ok = 0
    for c in sample:
        o = ord(c)
        if (0x20 <= o < 0x7f or c in "\n\r\t" or 0xa0 <= o <= 0x24f or 0x3000 <= o <= 0x303f
                or 0xff01 <= o <= 0xff5e or 0x2010 <= o <= 0x2027):
            ok += 1
        elif 0x4e00 <= o <= 0x9fa5 and _common_han(c):
            ok += 1
    return ok / len(sample)


@functools.lru_cache(maxsize=1 << 14)
def _common_han(c: str) -> bool:
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        b = c.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xa440 <= (b[0] << 8 | b[1]) <= 0xc67e


def _score(data: bytes, enc: str, text: str) -> float:
    """How much of ``data`` decoded as ``enc`` lies in that encoding's common characters (0..1)."""
    if enc.startswith("utf-16"):
        return _plausible_ratio(text)
    sample = data[:_SAMPLE]
    n = len(sample)
    i = total = common = 0
    while i < n:
        b = sample[i]
        if b < 0x80:
            i += 1
            continue
        if i + 1 >= n:
            break
        b2 = sample[i + 1]
        total += 1
        if enc == "gb18030":
            if 0x30 <= b2 <= 0x39:  # four-byte GB18030: rare characters
                i += 4
                continue
            # GB2312 punctuation rows and the hanzi levels, with GB2312 trail bytes
            if 0xa1 <= b2 <= 0xfe and (0xa1 <= b <= 0xa3 or 0xb0 <= b <= 0xf7):
                common += 1
        else:
            code = b << 8 | b2
            if 0xa140 <= code <= 0xa3bf or 0xa440 <= code <= 0xc67e:  # Big5 symbols and frequent hanzi
                common += 1
        i += 2
    return common / total if total else 0.0


def _strict(data: bytes, enc: str, source: str, offset: int = 0) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise ReadError(f"declares {enc} (byte-order mark) but byte {exc.start + offset} is not {enc}; "
                        "re-save as UTF-8", source=source) from None


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    ok = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return ok / len(text)


def _looks_garbled(text: str) -> bool:
    """GB18030 decodes almost anything; reject results full of rare or private-use characters."""
    if not text:
        return False
    bad = sum(1 for c in text if "\ue000" <= c <= "\uf8ff" or (not c.isprintable() and c not in "\n\r\t"))
    return bad > max(2, len(text) // 50)


# ------------------------------------------------------------------ HTML
_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:512]))


def html_to_article(html: str, *, id: str, source: str) -> Article:
    """Main text, title and date of an HTML page (trafilatura)."""
    import trafilatura

    import logging

    log = logging.getLogger("trafilatura")
    level = log.level
    log.setLevel(logging.CRITICAL + 1)  # its parse complaints are ours to report, in one line
    try:
        res = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                          with_metadata=True, favor_recall=True)
    except Exception:  # noqa: BLE001 - fall back to tag stripping below
        res = None
    finally:
        log.setLevel(level)
    text = title = date = url = None
    if res is not None:
        get = res.get if isinstance(res, dict) else (lambda k: getattr(res, k, None))
        text, title, date, url = get("text"), get("title"), get("date"), get("url")
    if not text:
        text = _strip_tags(html)
        title = title or _regex_title(html)
    if not text or _is_blank(text):
        raise ReadError("HTML page has no text content", source=source)
    return Article(id=id, text=text, title=title, published=_iso_date(date), url=url, source=source)


_DROP_BLOCKS = re.compile(r"<(script|style|noscript|template|title)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|tr|article|section|header|footer|table|ul|ol|blockquote)\b[^>]*>",
                        re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)


def _strip_tags(html: str) -> str:
    """Text of a page without scripts and styles.

    lxml first; when it loses text (libxml2 gives up on very deeply nested
    pages, keeping only what precedes the depth limit), a regex pass over the
    whole page.
    """
    by_regex = _regex_text(html)
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
        for bad in root.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        text = root.text_content()
    except Exception:  # noqa: BLE001
        return by_regex
    if len("".join(text.split())) < 0.8 * len("".join(by_regex.split())):
        return by_regex
    return text


def _regex_text(html: str) -> str:
    import html as htmllib

    s = _DROP_BLOCKS.sub(" ", html)
    s = _BLOCK_TAG.sub("\n", s)
    s = _ANY_TAG.sub(" ", s)
    s = htmllib.unescape(s)
    lines = (" ".join(line.split()) for line in s.splitlines())
    return "\n".join(line for line in lines if line)


def _regex_title(html: str) -> str | None:
    import html as htmllib

    m = _TITLE.search(html[:100_000])
    return " ".join(htmllib.unescape(m.group(1)).split()) or None if m else None


def _iso_date(value) -> str | None:
    """``YYYY-MM-DD`` from a date or timestamp string (also ``2023/11/8``); None when absent or impossible."""
    import datetime

    if not value:
        return None
    m = re.match(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", str(value))
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


# ------------------------------------------------------------------ JSON
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str) -> str:
    """Replace lone surrogates (JSON escapes like ``\\ud800``) by U+FFFD, keeping the length."""
    return _SURROGATE.sub("\ufffd", value)


def json_to_article(obj, *, source: str, line: int | None = None, fallback_id: str) -> Article:
    """One article from a JSON object; lone surrogates in its strings become U+FFFD (same length)."""
    if not isinstance(obj, dict):
        raise ReadError("JSON article must be an object with a 'text' key", source=source, line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError("JSON article has no 'text' string; add the article text under 'text'",
                        source=source, line=line)
    if _is_blank(text):
        raise ReadError("article 'text' is empty", source=source, line=line)
    aid = obj.get("id")
    given = aid not in (None, "") and not isinstance(aid, (dict, list))
    aid = _clean(str(aid)) if given else fallback_id
    published = obj.get("published")
    return Article(id=aid, text=_clean(text), url=_opt_str(obj.get("url")),
                   published=_iso_date(published) if isinstance(published, str) else None,
                   title=_opt_str(obj.get("title")), source=source, line=line, given_id=given)


def _opt_str(v) -> str | None:
    return _clean(v) if isinstance(v, str) and v else None


# ------------------------------------------------------------------ files
def _byte_limit(max_chars: int, suffix: str) -> int:
    """Bytes a file may have for ``max_chars`` characters: 4 per character in UTF-8, 6 as JSON escapes."""
    per = 6 if suffix in JSON_SUFFIXES | JSONL_SUFFIXES else 4
    return max_chars * per + 4096


def read_file(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS,
              stem: str | None = None) -> Iterator[Article | ReadError]:
    """Articles of one file (several for JSONL); errors are yielded, not raised.

    ``stem``: the id of an article without one of its own (default: the file name without its
    suffix); a JSON list's items and JSONL lines add ``-N``.

    A JSONL file is streamed line by line (any size; each line is limited by
    ``max_chars``); other files are refused unread when larger than
    ``max_chars`` allows, and never read past that (devices, growing files).
    """
    source = str(path)
    suffix = path.suffix.lower()
    stem = stem or path.stem
    limit = max(DOCUMENT_MAX_BYTES, _byte_limit(max_chars, ".txt")) if suffix in DOCUMENT_SUFFIXES \
        else _byte_limit(max_chars, suffix)
    hint = "split it, write one article a line as .jsonl," if suffix in JSON_SUFFIXES else "split it"
    too_big = ReadError(f"file is larger than --max-chars {max_chars} allows; {hint} or raise --max-chars",
                        source=source)
    try:
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as fh:
                yield from read_jsonl(fh, source=source, stem=stem, max_chars=max_chars)
            return
        if path.stat().st_size > limit:
            yield too_big
            return
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            yield too_big
            return
    except OSError as exc:
        yield ReadError(f"cannot read ({exc.strerror or exc}); check the path and permissions", source=source)
        return
    yield from read_bytes(data, source=source, stem=stem, suffix=suffix, max_chars=max_chars)


def read_bytes(data: bytes, *, source: str, stem: str, suffix: str = "",
               max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | ReadError]:
    from . import documents

    if suffix in documents.REFUSED_SUFFIXES:
        yield ReadError(documents.REFUSED_SUFFIXES[suffix], source=source)
        return
    if suffix in DOCUMENT_SUFFIXES or documents.is_pdf(data) or documents.is_docx(data):
        try:
            if documents.is_pdf(data):
                text, title = documents.pdf_text(data, source=source, max_chars=max_chars)
            elif documents.is_docx(data) or suffix == ".docx":
                text, title = documents.docx_text(data, source=source, max_chars=max_chars)
            else:
                raise ReadError(f"not a {suffix} file (its first bytes say otherwise); check the file",
                                source=source)
        except ReadError as err:
            yield err
            return
        yield Article(id=stem, text=text, title=title, source=source)
        return
    try:
        text = decode_bytes(data, source)
    except ReadError as err:
        yield err
        return
    stripped = text.lstrip()
    is_json = suffix in JSON_SUFFIXES or (suffix not in HTML_SUFFIXES | JSONL_SUFFIXES and stripped[:1] in "{["
                                          and suffix not in (".txt", ".text", ".md"))
    if len(text) > max_chars and not is_json:  # a JSON file may hold many articles: checked one by one
        yield ReadError(f"article has {len(text)} characters, more than --max-chars {max_chars}; "
                        "split it or raise --max-chars", source=source)
        return
    try:
        if is_json:
            try:
                obj = json.loads(text)
            except (json.JSONDecodeError, RecursionError) as exc:
                msg = getattr(exc, "msg", "too deeply nested")
                ln = getattr(exc, "lineno", None)
                raise ReadError(f"invalid JSON ({msg}); fix the file or pass it as .txt", source=source,
                                line=ln) from None
            items = obj if isinstance(obj, list) else [obj]
            for k, item in enumerate(items, 1):
                try:
                    art = json_to_article(item, source=source, line=None,
                                          fallback_id=f"{stem}-{k}" if isinstance(obj, list) else stem)
                except ReadError as err:
                    yield err
                    continue
                if len(art.text) > max_chars:
                    yield ReadError(f"article {art.id!r} has {len(art.text)} characters, more than --max-chars "
                                    f"{max_chars}; split it or raise --max-chars", source=source)
                    continue
                yield art
            return
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(_BytesLines(data), source=source, stem=stem, max_chars=max_chars)
            return
        if suffix in HTML_SUFFIXES or looks_like_html(text):
            yield html_to_article(text, id=stem, source=source)
            return
        yield Article(id=stem, text=text, source=source)
    except ReadError as err:
        yield err


class _BytesLines:
    def __init__(self, data: bytes):
        self._lines = data.splitlines(keepends=True)

    def __iter__(self):
        return iter(self._lines)


def _bounded_lines(fh, limit: int) -> Iterator[bytes | None]:
    """Lines of ``fh``, never holding more than ``limit`` bytes of one; an overlong line is skipped as None."""
    readline = getattr(fh, "readline", None)
    if readline is None:
        for raw in fh:
            yield None if raw is None or len(raw) > limit else raw
        return
    while True:
        raw = readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:  # drain the rest of the overlong line
                more = readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield None
            continue
        yield raw


def read_jsonl(fh: Iterable[bytes], *, source: str, stem: str,
               max_chars: int = DEFAULT_MAX_CHARS, content_ids: bool = False) -> Iterator[Article | ReadError]:
    """One article per line; a broken line is an error for that line only.

    Streams: memory holds one line at a time. ``content_ids``: articles
    without an id get the content id instead of ``<stem>-<line>``.
    """
    limit = _byte_limit(max_chars, ".jsonl")
    for n, raw in enumerate(_bounded_lines(fh, limit), 1):
        if raw is None:
            yield ReadError(f"line longer than --max-chars {max_chars} allows; skipped", source=source, line=n)
            continue
        if not raw.strip():
            continue
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = raw.decode("gb18030")
            except UnicodeDecodeError:
                yield ReadError("line is not UTF-8 or GB18030; re-save the file as UTF-8", source=source, line=n)
                continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield ReadError(f"invalid JSON ({getattr(exc, 'msg', 'too deeply nested')}); fix or remove this line",
                            source=source, line=n)
            continue
        try:
            art = json_to_article(obj, source=source, line=n, fallback_id=f"{stem}-{n}")
        except ReadError as err:
            yield err
            continue
        if content_ids and isinstance(obj, dict) and obj.get("id") in (None, ""):
            art.id = content_id(art.text)
        if len(art.text) > max_chars:
            yield ReadError(f"article has {len(art.text)} characters, more than --max-chars {max_chars}",
                            source=source, line=n)
            continue
        yield art


def _walk(path: Path, seen: set, rel: tuple[str, ...] = (),
          skipped: dict[str, int] | None = None) -> Iterator[tuple[Path, str] | ReadError]:
    """(file, id stem) below a directory, sorted, following links but never twice (symlink loops end).

    The id stem is the file's path relative to the directory given, without its suffix
    (``a/report`` for ``DIR/a/report.txt``), so two ``report.txt`` in different folders get
    different ids; two files of one folder differing only in suffix keep it (``report.txt``,
    ``report.html``). Files of other suffixes are counted in ``skipped`` (suffix → count).
    """
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        yield ReadError(f"cannot resolve ({exc.__class__.__name__}: a broken link or a loop); skipped",
                        source=str(path))
        return
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(f"cannot list directory ({exc.strerror}); check permissions", source=str(path))
        return
    stems: dict[str, int] = {}
    for entry in entries:
        p = Path(entry.path)
        if not entry.name.startswith(".") and p.suffix.lower() in ALL_SUFFIXES - {""}:
            stems[p.stem] = stems.get(p.stem, 0) + 1
    for entry in entries:
        p = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(p, seen, rel + (entry.name,), skipped)
        elif p.suffix.lower() not in ALL_SUFFIXES - {""}:
            if skipped is not None:
                key = p.suffix.lower() or "(none)"
                skipped[key] = skipped.get(key, 0) + 1
        else:
            try:
                rp = p.resolve(strict=True)
            except RuntimeError:
                yield ReadError("symbolic link loop; skipped", source=str(p))
                continue
            except OSError as exc:
                what = "symbolic link loop" if exc.errno == errno.ELOOP else "broken link"
                yield ReadError(f"{what}; skipped", source=str(p))
                continue
            if rp in seen:
                continue
            seen.add(rp)
            yield p, "/".join(rel + (p.stem if stems.get(p.stem, 0) < 2 else p.name,))


def iter_articles(paths: Iterable[str], *, stdin: IO[bytes] | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                  skipped: dict[str, int] | None = None) -> Iterator[Article | ReadError]:
    """All articles under ``paths`` ('-' is standard input), in order; errors inline.

    Files of a directory whose suffix liaison does not read are counted in ``skipped`` (suffix →
    number of files), for the caller to report (``skipped_note``); a file given by name is read
    whatever its suffix.
    """
    seen: set = set()
    for p in paths:
        if p == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, max_chars)
            continue
        path = Path(p)
        try:
            missing = not path.exists() and not path.is_symlink()
            is_dir = path.is_dir()
        except OSError as exc:  # a name too long, a path through a file: stat itself fails
            yield ReadError(f"cannot read ({exc.strerror or exc}); check the path and permissions", source=p)
            continue
        if missing:
            yield ReadError("no such file or directory; check the path", source=p)
            continue
        if is_dir:
            for f in _walk(path, seen, (), skipped):
                if isinstance(f, ReadError):
                    yield f
                else:
                    yield from read_file(f[0], max_chars=max_chars, stem=f[1])
            continue
        yield from read_file(path, max_chars=max_chars)


def _read_stdin(fh: IO[bytes], max_chars: int) -> Iterator[Article | ReadError]:
    """Standard input: JSONL when the first line is a whole JSON object (streamed), else one article."""
    source = "<stdin>"
    limit = _byte_limit(max_chars, ".json")
    try:
        first = fh.readline(limit + 1)
        head = first.lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"{") and first.endswith(b"\n") and _single_line_json(head):
            yield from read_jsonl(itertools.chain([first], _bounded_lines(fh, limit)), source=source,
                                  stem="stdin", max_chars=max_chars, content_ids=True)
            return
        data = first + fh.read(limit + 1 - len(first)) if len(first) <= limit else first
    except OSError as exc:
        yield ReadError(f"cannot read ({exc.strerror or exc})", source=source)
        return
    if len(data) > limit:
        yield ReadError(f"input is larger than --max-chars {max_chars} allows; split it or raise --max-chars",
                        source=source)
        return
    suffix = ".json" if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") else ""
    for it in read_bytes(data, source=source, stem="stdin", suffix=suffix, max_chars=max_chars):
        if isinstance(it, Article) and it.id == "stdin":
            it.id = content_id(it.text)
        yield it


def _single_line_json(data: bytes) -> bool:
    first = data.lstrip().split(b"\n", 1)[0]
    try:
        json.loads(first)
        return True
    except ValueError:
        return False


def skipped_note(skipped: dict[str, int]) -> str | None:
    """``skipped 3 files for their extension (.png 2, .xlsx 1); liaison reads ...``, or None."""
    n = sum(skipped.values())
    if not n:
        return None
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"skipped {n} file{'s' * (n != 1)} for their extension ({kinds}); liaison reads {READABLE}"
