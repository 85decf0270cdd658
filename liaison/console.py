"""What commands print on the terminal: the one-line error and the progress bar.

Shared by the CLI (``liaison.cli``), the store commands, ingest and the Spark
engine. It sits at the bottom of the package (it imports nothing of liaison),
so that the store and the engines never import the CLI to print (see
``tests/test_layers.py`` for the dependency direction).
"""
from __future__ import annotations

import argparse
import re
import sys


def error(msg: str) -> None:
    """``liaison: error: MSG`` on stderr: the one line a failed input or command gets."""
    print(f"liaison: error: {msg}", file=sys.stderr)


def progress(iterable, *, total=None, desc="", unit="article", disable=None):
    """A tqdm progress bar on stderr (hidden when stderr is not a terminal)."""
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, disable=disable, file=sys.stderr,
                dynamic_ncols=True, smoothing=0.1)


def iso_date(value: str) -> str:
    """argparse type of ``--published``: a real ``YYYY-MM-DD`` date, else a usage error."""
    import datetime as dt

    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a valid ISO date (YYYY-MM-DD)") from None
    return value
