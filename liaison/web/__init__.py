"""``liaison serve``: a read-only web UI and REST API over a liaison knowledge base.

``create_app(db)`` builds the FastAPI application (see ``app.py``); pages are
in ``routes_pages.py``, their JSON/CSV twins under ``/api`` in
``routes_api.py``, both rendering the views of ``views.py`` (query parameters
in ``params.py``), which read the store through ``liaison.store.query``.
``highlight.py`` marks an article, ``drawing.py`` draws the network and the
map, ``labels.py`` gives words for codes. Imports go one way: app → routes →
views/params/drawing/highlight → labels/records → store; nothing here imports
the CLI.
"""
from __future__ import annotations


def create_app(db, **kwargs):
    from .app import create_app as _create

    return _create(db, **kwargs)


__all__ = ["create_app"]
