"""liaison: records of exchanges between governments from Chinese, English and mixed news.

    >>> import liaison
    >>> rec = liaison.extract("吉林省党政代表团来津考察。", published="2023-11-08")
    >>> rec["schema_version"]
    '1'

``extract`` returns the SPEC.md record; ``extract_doc`` the ``Doc`` behind it
(spans, runs, sentences) for those who want them.
"""
from __future__ import annotations

from .doc import Doc, Event, Person, Position, Span
from .errors import LiaisonError, PipelineError, ReadError
from .pipeline import Pipeline

__version__ = "0.1.0"

_DEFAULT: Pipeline | None = None


def open_store(path: str = "liaison.db"):
    """The SQLite knowledge base at ``path`` (see ``liaison.store`` and docs/store.md)."""
    from .store import open_store as _open

    return _open(path)


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.default()
    return _DEFAULT


def make_doc(text: str, *, published: str | None = None, id: str | None = None,
             url: str | None = None, title: str | None = None) -> Doc:
    from .readers import content_id

    if not isinstance(text, str):
        raise TypeError("text must be a str")
    return Doc(raw=text, meta={"id": id if id is not None else content_id(text), "url": url,
                               "published": published, "title": title})


def extract_doc(text: str, *, published: str | None = None, id: str | None = None,
                url: str | None = None, title: str | None = None, pipeline: Pipeline | None = None) -> Doc:
    """Run the pipeline on one article and return the analysed ``Doc``."""
    doc = make_doc(text, published=published, id=id, url=url, title=title)
    return (pipeline or default_pipeline())(doc)


def extract(text: str, *, published: str | None = None, id: str | None = None,
            url: str | None = None, title: str | None = None, pipeline: Pipeline | None = None) -> dict:
    """The SPEC.md record of one article (``published``: ISO date anchoring relative dates)."""
    from .record import to_record

    return to_record(extract_doc(text, published=published, id=id, url=url, title=title, pipeline=pipeline))


__all__ = ["extract", "extract_doc", "make_doc", "default_pipeline", "open_store", "Pipeline", "Doc", "Span", "Person",
           "Position", "Event", "LiaisonError", "ReadError", "PipelineError", "__version__"]
