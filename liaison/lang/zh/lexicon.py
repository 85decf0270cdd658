"""The Chinese word classes, read from the tables beside this module, and the regexes built from them.

``triggers.tsv`` (event words), ``roles.tsv`` (role verbs), ``moods.tsv`` (planned, recalled, hoped-for
words), ``documents.tsv`` (what is signed) and ``sites.tsv`` (how a site's name ends). A class is the
rows of one table picked by kind or by an argument pattern; ``words(...)`` gives its regex alternation,
longest form first (so 座谈会 wins over 座谈 at one position). The rules keep their structural templates
in code and fill them with classes: ``pattern(r"{lead}[^。;；]{0,40}?{go}", lead=..., go=...)``.

A form holding ``…`` is two words with a short gap inside one clause (联席…会议; ``gap=N`` in args sets
its length, 8 by default); ``not-before=X|Y`` / ``not-after=X|Y`` in args keep a form from matching
next to those strings (签约 not before 仪式: 签约仪式 names the ceremony).
"""
from __future__ import annotations

import functools
import re

from .. import Entry, read_table

_GAP = "[^,，。；;]{0,%d}"


@functools.lru_cache(maxsize=None)
def rows(table: str) -> tuple[Entry, ...]:
    return tuple(read_table("zh", table))


def _args(row: Entry) -> list[str]:
    return row.args.split() if row.args and row.args != "-" else []


def _opt(row: Entry, name: str) -> str | None:
    for a in _args(row):
        if a.startswith(name + "="):
            return a[len(name) + 1:]
    return None


def select(table: str, kind: str | tuple | None = None, arg: str | None = None,
           event: str | None = None) -> list[Entry]:
    """Rows of ``table`` of that kind (or kinds), taking argument pattern ``arg``, telling ``event``."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return [r for r in rows(table) if (kinds is None or r.kind in kinds) and (arg is None or arg in _args(r))
            and (event is None or r.event == event)]


def forms(selected: list[Entry]) -> list[str]:
    """The distinct forms of ``selected`` rows, in table order."""
    return list(dict.fromkeys(r.form for r in selected))


def _form_rx(row: Entry) -> str:
    gap = _GAP % int(_opt(row, "gap") or 8)
    rx = gap.join(re.escape(p) for p in row.form.split("…"))
    before, after = _opt(row, "not-before"), _opt(row, "not-after")
    if before:
        rx = "".join(f"(?<!{re.escape(b)})" for b in before.split("|")) + rx
    if after:
        rx += "(?!" + "|".join(re.escape(a) for a in after.split("|")) + ")"
    return rx


def _length(row: Entry) -> int:
    return len(row.form.replace("…", ""))


def words(*selections: list[Entry]) -> str:
    """One regex alternation (a non-capturing group) of the rows' forms, longest first."""
    seen: dict[str, Entry] = {}
    for sel in selections:
        for r in sel:
            key = _form_rx(r)
            seen.setdefault(key, r)
    ordered = sorted(seen.items(), key=lambda kv: -_length(kv[1]))  # stable: table order among equals
    return "(?:" + "|".join(k for k, _r in ordered) + ")"


def pattern(template: str, **classes: list[Entry] | str) -> re.Pattern:
    """``template`` with each ``{name}`` replaced by the alternation of that class (a list of rows, or a
    regex string used as is); other braces (``{0,40}``) are the regex's own."""
    def sub(m: re.Match) -> str:
        c = classes[m.group(1)]
        return c if isinstance(c, str) else words(c)

    return re.compile(re.sub(r"\{([a-z_]+)\}", sub, template))


def triggers(kind=None, arg=None, event=None) -> list[Entry]:
    return select("triggers", kind, arg, event)


def roles(kind=None, arg=None) -> list[Entry]:
    return select("roles", kind, arg)


def moods(kind=None) -> list[Entry]:
    return select("moods", kind)


def documents(kind=None) -> list[Entry]:
    return select("documents", kind)


def sites(kind=None) -> list[Entry]:
    return select("sites", kind)
