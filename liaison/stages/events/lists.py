"""Signings listed one a row under a heading, with no signing verb of their own.

A page from an expo or a forum often lists what was signed as a table: a heading (签约项目, "Signed
Projects", or a table's header cells 序号 / 项目名称 / 签约单位) and one row per document, each row naming
the document and the two places signing it. The rows are numbered lines (``1. …``, ``1、…``), a table a
scraper flattened one cell a line (the row's number on a line of its own, its cells on the lines after it),
tab-separated cells, or unnumbered lines, one each. A row naming a document and exactly two places (a
place's qualifier aside: 安哥拉万博省, "Huambo Province, Angola") is one signing between those two.

The heading words are data (``lang/<code>/lists.tsv``); what names a document and a document's title are
the language modules' (``document_word``, ``document_title``).
"""
from __future__ import annotations

import re

from ... import lang
from ...doc import Event
from ...fields import fields_in
from ...places import holds, same, unqualified

_HAN = re.compile(r"[\u4e00-\u9fff]")
# a row's number: "1.", "1、", "(1)", "一、", a number alone on its line, or before a tab
_ROW_MARK = re.compile(r"^\s*[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[.、．)）]|\t|$|\s+(?=\S))")
# where a row's Chinese and English halves meet ("万博省 友好城市协议 Shaoyang City – …")
_SCRIPT_TURN = re.compile(r"(?<=[\u4e00-\u9fff》”」）)])\s*(?=[A-Za-z])|(?<=[A-Za-z.)])\s*(?=[\u4e00-\u9fff《“「])")
_LANGS = ("zh", "en")
_MAX_LINES = 80  # (how far below its heading a list is read)


def signing_rows(ctx, known: list[Event]) -> list[Event]:
    """One agreement per listed row naming a document and two places, none for a row an event read from the
    sentences already tells (its span, or a signing between the same two). A second list of as many rows (the
    table again in the other language) names the same signings, row by row. A signing told before the list as
    a ceremony naming no document (签约仪式举行，甲与乙共同见证签约) is the list's signings: its people witness
    each, and it is no signing of its own. Each row's fields are its own words'."""
    text = ctx.doc.text
    lines = _lines(text)
    out: list[Event] = []
    tables: list[list[Event]] = []
    rows_of: dict[int, list] = {}  # an event's own rows (its heading's line aside)
    done_to = 0
    for k, (a, b) in enumerate(lines):
        if a < done_to or not _heading(ctx, a, b):
            continue
        rows = _rows(text, lines[k + 1:k + 1 + _MAX_LINES], lambda lo, hi: _heading(ctx, lo, hi))
        found = [ev for ev in (_row_signing(ctx, lo, hi) for lo, hi in rows) if ev is not None]
        if len(found) < 2:
            continue  # (one row is no list: a sentence the rules read, or a caption)
        done_to = max(hi for _lo, hi in rows)
        twin = next((t for t in tables if len(t) == len(found) and sum(
            any(same(r, q) for r in x.parties for q in y.parties) for x, y in zip(t, found)) * 2 > len(found)), None)
        if twin is not None:  # the table told again in the other language: the same signings, row by row
            for x, y in zip(twin, found):
                x.title_zh, x.title_en = x.title_zh or y.title_zh, x.title_en or y.title_en
                x.evidence.extend(y.evidence)
                rows_of.setdefault(id(x), []).extend(y.evidence)
            continue
        tables.append(found)
        date = None
        for ev in found:
            lo, hi = ev.evidence[0]
            if _told(ev, known + out):
                continue
            date = ctx.date_in(lo, hi) or ctx.date_in(a, b) or date or ctx.date_before(a)
            if date:
                ev.start, ev.end = date
            rows_of.setdefault(id(ev), []).append((lo, hi))
            ev.evidence.append((a, b))
            out.append(ev)
    if out:
        _ceremony_is_the_list(ctx, known, out)
    for ev in out:
        ev.fields = fields_in(" ".join(text[lo:hi] for lo, hi in rows_of.get(id(ev), ())))
    ctx.listed = {id(ev) for ev in out}  # (the fields stage leaves their fields as read here)
    return out


def _ceremony_is_the_list(ctx, known: list[Event], rows: list[Event]) -> None:
    """A signing told before the list naming no document and no signer (a ceremony witnessed): its witnesses
    witness every listed signing, and it goes."""
    text = ctx.doc.text
    first = min(min(s for s, _t in ev.evidence) for ev in rows)
    for e in list(known):
        if e.type != "agreement" or e.title_zh or e.title_en or not e.evidence \
                or max(s for s, _t in e.evidence) > first or any(p.role == "signatory" for p in e.participants):
            continue
        if any(lang.get(c).document_word.search(text, s, t) for s, t in e.evidence for c in _LANGS):
            continue
        for ev in rows:
            for p in e.participants:
                ev.add_participant(p.person, p.role)
        ctx.ceremony_spans = getattr(ctx, "ceremony_spans", []) + list(e.evidence)
        known.remove(e)


def ceremony_witnesses(ctx, events: list[Event]) -> None:
    """The witnesses a ceremony's sentences name (the roles stage gave them to another event told there)
    witness every listed signing."""
    spans = getattr(ctx, "ceremony_spans", [])
    listed = getattr(ctx, "listed", set())
    if not listed:
        return
    doc = ctx.doc
    starts = [min(s for s, _t in e.evidence) for e in events if id(e) in listed and e.evidence]
    if not starts:
        return
    first = min(starts)
    signed = {p.person for e in events if e.type == "agreement" and id(e) not in listed for p in e.participants
              if p.role == "witness"}
    who = set()
    for x in doc.layer("role_verbs"):
        if x.label != "witness":
            continue
        sent = doc.sentence_at(x.start)
        if any(s <= x.start < t for s, t in spans) or (
                sent is not None and x.start < first and x.value not in signed
                and not any(lang.get(c).document_word.search(doc.text, sent.start, sent.end) for c in _LANGS)):
            who.add(x.value)  # (witnesses of a signing told with no document before the list: the list's)
    for sent in doc.sentences:  # (the Chinese rules give roles without the role-verb layer: 甲与乙共同见证签约)
        if sent.value == "zh" and sent.end <= first and not lang.get("zh").document_word.search(
                doc.text, sent.start, sent.end):
            who |= {pid for pid, role in lang.get("zh").role_words(ctx, sent) if role == "witness"
                    and pid not in signed}
    if not who:
        return
    for e in events:
        if id(e) in listed:
            for pid in who:
                e.add_participant(pid, "witness")
        else:
            e.participants = [p for p in e.participants if not (p.role == "witness" and p.person in who)]


def witnesses_of_the_ceremony(ctx, events: list[Event]) -> None:
    """A ceremony's sentence naming its witnesses and no document (签约仪式举行，甲与乙共同见证签约; "X and Y
    witnessed the signing"), then the signings told one by one after it (甲市与乙市签署…；丙市与丁市签署…): its
    witnesses witness each of those that names no witness of its own, up to the next event of another kind."""
    doc = ctx.doc
    agreements = [e for e in events if e.type == "agreement" and e.evidence]
    if len(agreements) < 2:
        return
    text = doc.text
    who: dict[tuple[int, int], set] = {}
    for x in doc.layer("role_verbs"):
        sent = doc.sentence_at(x.start) if x.label == "witness" else None
        if sent is not None:
            who.setdefault((sent.start, sent.end), set()).add(x.value)
    for sent in doc.sentences:
        if sent.value == "zh" and "见证" in text[sent.start:sent.end]:
            found = {pid for pid, role in lang.get("zh").role_words(ctx, sent) if role == "witness"}
            if found:
                who.setdefault((sent.start, sent.end), set()).update(found)
    others = sorted(min(s for s, _t in e.evidence) for e in events if e.type != "agreement" and e.evidence)
    for (a, b), people in sorted(who.items()):
        if any(lang.get(c).document_word.search(text, a, b) for c in _LANGS):
            continue  # (witnesses of the document their own sentence names)
        stop = min([o for o in others if o >= b] + [b + 1500])
        later = [e for e in agreements if b <= min(s for s, _t in e.evidence) < stop]
        if len(later) < 2:
            continue
        for e in later:
            if not any(p.role == "witness" for p in e.participants):
                for pid in people:
                    if not any(p.person == pid for p in e.participants):
                        e.add_participant(pid, "witness")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _heading(ctx, a: int, b: int) -> bool:
    """A short line naming the signing (签约项目, "Agreements signed") and at most one place, no sentence."""
    line = ctx.doc.text[a:b].strip()
    if not line or len(line) > 100 or len(_HAN.findall(line)) > 30 or line.endswith(("。", ".", "！", "!")):
        return False  # (a sentence ends so; a heading does not)
    if not any(lang.get(c).list_heading.search(line) for c in _LANGS):
        return False
    return len({id(r) for _s, _e, r in ctx.regions_in(a, b)}) <= 1


def _prose(line: str) -> bool:
    """A line of running text (a paragraph), which ends a list; a table's row, however long, is none."""
    if line.count("|") >= 3 or line.count("\t") >= 2 or line.count("｜") >= 3:
        return False  # "| 3 | 湖南省农业农村厅 Department of … | 肯尼亚农业和畜牧发展部 Ministry of … | 《…》 … |"
    han = len(_HAN.findall(line))
    return len(line) > 200 or han > 60 or (line.endswith(("。", ".")) and (han >= 30 or len(line.split()) >= 25))


def _rows(text: str, lines: list[tuple[int, int]], heading) -> list[tuple[int, int]]:
    """The rows of the lines under a heading, up to the first paragraph of running text or the next heading
    after a blank line (the table told again): numbered rows (each running to the next number), else a line
    each."""
    body: list[tuple[int, int]] = []
    blank = 0
    for a, b in lines:
        line = text[a:b].strip()
        if not line:
            blank += 1
            if body and blank >= 2:
                break
            continue
        if _prose(line) or (body and blank and heading(a, b)):
            break
        blank = 0
        body.append((a, b))
    marked = [i for i, (a, b) in enumerate(body) if _ROW_MARK.match(text[a:b])]
    if not marked:
        return body
    rows = []
    width = 1
    for j, i in enumerate(marked):
        end = marked[j + 1] if j + 1 < len(marked) else min(len(body), i + width)
        width = max(width, end - i)
        rows.append((body[i][0], body[end - 1][1]))
    return rows


def _row_signing(ctx, lo: int, hi: int) -> Event | None:
    """The signing a row tells: a document and exactly two places (their qualifiers dropped)."""
    text = ctx.doc.text
    row = text[lo:hi]
    if not any(lang.get(c).document_word.search(row) for c in _LANGS):
        return None
    spans = []
    for s, e, r in ctx.regions_in(lo, hi):  # (one reading a span: the tables' place over a guess with no name)
        if spans and spans[-1][:2] == (s, e):
            if getattr(spans[-1][2], "en", None) is None:
                spans[-1] = (s, e, r)
            continue
        spans.append((s, e, r))
    named = []
    for r in unqualified(spans):
        if r is None or getattr(r, "level", 9) == 0 and getattr(r, "code", None) == "CN":
            continue
        if not any(same(r, o) for o in named):
            named.append(r)
    sides = [r for r in named if not any(o is not r and holds(r, o) for o in named)]  # (Huambo Province, Angola)
    if len(sides) != 2:
        return None
    ev = Event(id="", type="agreement", parties=sides, evidence=[(lo, hi)])
    for m in _SIGNERS_LINE.finditer(text, lo, hi):  # 签约人 Signatories：甲 (…)；B (…): the row's signers
        eol = text.find("\n", m.end(), hi)
        for _s, _e, pid in ctx.persons_in(m.end(), hi if eol == -1 else eol):
            ev.add_participant(pid, "signatory")
    for piece_lo, piece_hi in _pieces(text, lo, hi):
        code = "zh" if _HAN.search(text, piece_lo, piece_hi) else "en"
        piece = text[piece_lo:piece_hi]
        ends = [e for s, e, _r in spans if piece_lo <= s and e <= piece_hi]
        colon = max(piece.rfind(":"), piece.rfind("："))
        if colon >= 0 or "《" in piece:  # (a title in brackets, or after the places' colon, names places itself)
            rest = piece[colon + 1:] if colon >= 0 and "《" not in piece else piece
        else:
            rest = text[max(ends, default=piece_lo):piece_hi]  # (the document follows its places)
        if not lang.get(code).document_word.search(rest):
            rest = piece
        title = lang.get(code).document_title(rest.strip(" \t:：—–-,，;；.。"))
        if title and code == "zh" and not ev.title_zh:
            ev.title_zh = title
        elif title and code == "en" and not ev.title_en:
            ev.title_en = title
    return ev


# a line of a listed row naming its signers: 签约人：甲、乙 / "Signatories: A; B" / "Signed by A and B"
_SIGNERS_LINE = re.compile(r"(?m)^\s*(?:签约人|签署人|签字人|签约代表|(?i:signatories|signatory|signed by))[^:：\n]{0,20}[:：]?")


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A row cut into its cells (lines, tabs) and each cell into its runs of one script."""
    out = []
    pos = lo
    for cell in re.split(r"(\n|\t)", text[lo:hi]):
        if cell not in ("\n", "\t") and cell.strip():
            start = pos
            for m in _SCRIPT_TURN.finditer(cell):
                out.append((start, pos + m.start()))
                start = pos + m.end()
            out.append((start, pos + len(cell)))
        pos += len(cell)
    return [(a, b) for a, b in out if b > a]


def _told(ev: Event, events: list[Event]) -> bool:
    """An event read elsewhere tells this row's signing: its evidence takes in the row, or it is a signing
    between the same two places (it takes the signers the row's own line names)."""
    lo, hi = ev.evidence[0]
    for e in events:
        if e.type != "agreement":
            continue
        if any(s < hi and lo < t for s, t in e.evidence) or (
                len(e.parties) == 2 and all(any(_one_side(r, q) for q in e.parties) for r in ev.parties)):
            for p in ev.participants:
                e.add_participant(p.person, p.role)
            return True
    return False


def _one_side(r, q) -> bool:
    """Two readings of one side: the same place, or a place and its country (a translated row naming the
    country where the other names its province: Lincang–Bangladesh for 临沧市—锡尔赫特)."""
    if same(r, q):
        return True
    a, b = (r, q) if getattr(r, "level", 9) == 0 else (q, r)
    return getattr(a, "level", 9) == 0 and getattr(b, "level", 0) > 0 and getattr(b, "country", None) == a.code
