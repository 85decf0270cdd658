"""The corpus knowledge base: articles and their records in SQLite, resolved across articles.

``open_store(path)`` returns a ``Store`` (see ``db.py``); the schema and its
named migrations are in ``schema.py``.
"""
from __future__ import annotations


def open_store(path=":memory:"):
    from .db import Store

    return Store(path)


__all__ = ["open_store"]
