"""``liaison serve``: a read-only web UI and REST API over a liaison knowledge base.

``create_app(db)`` builds the FastAPI application (see ``app.py``); pages are
in ``routes_pages.py``, their JSON twins under ``/api`` in ``routes_api.py``,
the reading of the store in ``queries.py``, the article highlighting in
``highlight.py`` and the SVG network in ``network.py``.
"""
from __future__ import annotations


def create_app(db, **kwargs):
    from .app import create_app as _create

    return _create(db, **kwargs)


__all__ = ["create_app"]
