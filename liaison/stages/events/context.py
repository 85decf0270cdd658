"""Per-article lookups the event stages share: people, regions and dates by offset."""
from __future__ import annotations

import re
from bisect import bisect_left

from ...doc import Doc


_HAN = re.compile(r"[\u4e00-\u9fff]")
_TITLE_AFTER_FAMILY = (r"((?:副)?(?:省长|市长|市長|县长|縣長|区长|區長|镇长|鎮長|乡长|鄉長|知事|议长|議長|州长|州長|总督|總督|"
                       r"书记|書記|主席|部长|部長|厅长|廳長|局长|局長|署长|署長|司长|司長|大使|总领事|總領事|会长|會長))"
                       r"(?=表示|说|說|指出|称|稱|强调|強調|介绍|介紹|致辞|致詞|讲话|講話|则|也|还|亦|[，,、])")
_DATELINE_EN = re.compile(r"\s*(?:[:：]\s|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\s+[-–—]{1,2}\s+[A-Z]"
                          r"|,\s*[A-Z][A-Za-z.'’ -]{1,30}?\s*(?:\([A-Za-z .&/-]{1,25}\)\s*)?(?:--|[–—])\s+[A-Z])")


_TITLE_AFTER_RE = re.compile(_TITLE_AFTER_FAMILY)


def _occurrences(text: str, word: str):
    """Where ``word`` starts in ``text``, left to right, never overlapping (as re.finditer on the escaped word
    finds them, with no pattern compiled per word)."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


def _rementions(doc: Doc, mentions: list, person_at: dict) -> list:
    """A known person's name written again where the name models missed it (a Japanese kanji
    name at a sentence start, a transliteration before 称) still names them: each later exact
    occurrence of a name the article already gave, not inside another mention, is a mention.
    Longest names first, so a cut form (古蕾 of 古蕾露) never takes the full one's place; a
    Chinese name needs three characters (two-character names hide inside ordinary words), an
    English one word boundaries."""
    text = doc.text
    names: dict[str, str] = {}
    for s, e, pid in mentions:
        name = text[s:e]
        if len(name) >= 3 and _HAN.match(name) or (" " in name.strip() and name[:1].isupper()):
            names.setdefault(name, pid)
    if not names:
        return mentions
    taken = [(s, e) for s, e, _p in mentions]
    added = []
    # 林市长表示, 盐田知事说: a family name and a title stand for the one person of the article bearing them
    families: dict[str, set] = {}
    for s, e, pid in mentions:
        name = text[s:e]
        if _HAN.match(name) and 2 <= len(name) <= 4 and "·" not in name:
            for fam in {name[:1], name[:2]} if len(name) >= 3 else {name[:1]}:
                families.setdefault(fam, set()).add(pid)
    for fam, pids in families.items():
        if len(pids) != 1:
            continue
        pid = next(iter(pids))
        last = 0
        for a in _occurrences(text, fam):
            m = _TITLE_AFTER_RE.match(text, a + len(fam)) if a >= last else None
            if m is None:
                continue
            b = last = m.end()  # the family name with its title: 周县长
            if any(s < b and a < e for s, e in taken):
                continue
            if a > 0 and _HAN.match(text[a - 1]) and text[a - 1] not in "，。、；：“”（）":
                continue  # inside a longer word or name (副省长林…, 吉林市长)
            taken.append((a, b))
            added.append((a, b, pid))
            person_at[a] = pid
    for name in sorted(names, key=len, reverse=True):
        pid = names[name]
        han = bool(_HAN.match(name))
        for a in _occurrences(text, name):
            b = a + len(name)
            if any(s < b and a < e for s, e in taken):
                continue
            if not han and (text[a - 1:a].isalnum() or text[b:b + 1].isalnum()):
                continue
            taken.append((a, b))
            added.append((a, b, pid))
            person_at[a] = pid
    return sorted(mentions + added) if added else mentions


class Ctx:
    """Per-article lookups shared by the assembly steps."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.person_at: dict[int, str] = {}
        self.people = {p.id: p for p in doc.people}
        for p in doc.people:
            for s, _e in p.mentions:
                self.person_at[s] = p.id
        self.mentions = sorted((s, e, self.person_at[s]) for p in doc.people for s, e in p.mentions)
        self.mentions = _rementions(doc, self.mentions, self.person_at)
        self.regions = [s for s in doc.layer("regions")]
        self.surname_places: list = []
        if self.mentions and self.regions:
            # "Governor Maria Lopez … Lopez said": a place's name that is a person's surname where it is written
            # (the person mentioned there) is that person, not the place
            starts = [m[0] for m in self.mentions]
            kept, dropped = [], []
            for r in self.regions:
                i = bisect_left(starts, r.start + 1) - 1
                inside = i >= 0 and self.mentions[i][0] <= r.start and r.end <= self.mentions[i][1] \
                    and not isinstance(r.value, tuple) and not _HAN.search(doc.text[r.start:r.end]) \
                    and doc.text[r.start:r.end] == doc.text[r.start:r.end].strip()
                (dropped if inside else kept).append(r)
            if dropped:
                self.regions = kept
                self.surname_places = [r.value for r in dropped
                                       if not any(k.value is r.value or k.value == r.value for k in kept)]
        # a dateline ("CHANGCHUN, Nov. 6 (Xinhua) --", 新华社长春11月6日电) dates what its sentence tells only when the
        # sentence names no date of its own
        dates = doc.layer("dates")
        dated = {(t.start, t.end) for t in doc.sentences for s in dates
                 if s.label != "dateline" and t.start <= s.start < t.end and s.value and s.value[0]}
        self.dates = [s for s in dates if s.label != "dateline" or not any(a <= s.start < b for a, b in dated)]
        self.headings = _date_headings(doc.text, self.dates)
        # persons_in / regions_in are asked for every sentence, several times:
        # both lists are in start order, so a bisect finds the first candidate
        # and the scan stops past ``end`` (only when no span ends before it starts)
        self._mention_starts = [m[0] for m in self.mentions]
        self._region_starts = [s.start for s in self.regions]
        self._mentions_ordered = all(e >= s for s, e, _p in self.mentions)
        self._regions_ordered = (all(s.end >= s.start for s in self.regions)
                                 and self._region_starts == sorted(self._region_starts))
        self.role_cache: dict[tuple[int, int], list] = {}  # frames._role_assignments per sentence
        self._dateline = False

    @property
    def author(self) -> str | None:
        """The person an article in the first person is by: named on its own short first line ("Carwyn Jones,
        First Minister"), when the text says "I" ("I visited ...", "I signed ..."). None otherwise."""
        if not hasattr(self, "_author"):
            self._author = None
            text = self.doc.text
            first = text.find("\n")
            if 0 < first <= 100 and re.search(r"(?:^|[\s“\"])I\s+(?:have\s+|had\s+|also\s+|was\s+)?[a-z]+ed\b", text):
                on_line = [m for m in self.mentions if m[1] <= first]
                if on_line and len({m[2] for m in on_line}) == 1:
                    self._author = on_line[0][2]
        return self._author

    @property
    def dateline_place(self):
        """The place of an English dateline opening a line near the top ("Shanghai: Premier X has met ...",
        "NANCHANG, Nov. 8 (Xinhua) --", "GUANGXI – Deputy Minister ..."): where the reported events happen."""
        if self._dateline is False:
            self._dateline = None
            text = self.doc.text
            for r in self.regions:
                if r.start > 600:
                    break
                if isinstance(r.value, tuple) or not (r.start == 0 or text[r.start - 1] == "\n"):
                    continue
                if _DATELINE_EN.match(text, r.end):
                    self._dateline = r.value
                    break
            if self._dateline is None and self.dateline_regions():
                # "MACTAN, Cebu —" with the town unknown: the province written after it
                self._dateline = self.dateline_regions()[0]
        return self._dateline

    def dateline_regions(self) -> list:
        """The places of an English dateline in capitals with its province after it ("LA TRINIDAD, Benguet —"):
        the town first, then the province; [] without such a dateline."""
        if not hasattr(self, "_dateline_regions"):
            from ...lang.en import dateline_place

            at = dateline_place(self.doc.text)
            self._dateline_regions = [] if at is None else [
                r.value for r in self.regions if at[0] <= r.start and r.end <= at[1] and not isinstance(r.value, tuple)]
        return self._dateline_regions

    def persons_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        if not self._mentions_ordered:
            return [m for m in self.mentions if start <= m[0] and m[1] <= end]
        out = []
        mentions = self.mentions
        for i in range(bisect_left(self._mention_starts, start), len(mentions)):
            m = mentions[i]
            if m[0] > end:
                break
            if m[1] <= end:
                out.append(m)
        return out

    def regions_in(self, start: int, end: int, single: bool = True):
        out = []
        regions = self.regions
        if self._regions_ordered:
            lo = bisect_left(self._region_starts, start)
            hi = bisect_left(self._region_starts, end + 1, lo)  # past here every span starts after end
        else:
            lo, hi = 0, len(regions)
        for i in range(lo, hi):
            s = regions[i]
            if start <= s.start and s.end <= end:
                if isinstance(s.value, tuple):
                    if not single:
                        out.extend((s.start, s.end, v) for v in s.value)
                else:
                    out.append((s.start, s.end, s.value))
        return out

    def date_in(self, start: int, end: int):
        """The most specific date stated in ``[start, end)`` (a day before a month before a year); in a
        bulletin of dated entries, the date heading the entry ``start`` lies in when the text states none."""
        best = None
        for s in self.dates:
            if start <= s.start < end and s.value and s.value[0]:
                if best is None or len(s.value[0]) > len(best[0]):
                    best = s.value
        if best is None and self.headings:
            k = bisect_left([h[0] for h in self.headings], start + 1) - 1
            if k >= 0 and self.headings[k][1] <= start:
                best = self.headings[k][2]
        return best

    def date_before(self, pos: int):
        """The last full date stated before ``pos`` (the day a ceremony or meeting took place)."""
        best = None
        for s in self.dates:
            if s.start < pos and s.value and s.value[0] and len(s.value[0]) >= 7 and s.value[0][4:5] != "":
                if len(s.value[0]) >= 8 or s.value[0].startswith("--"):
                    best = s.value
        return best

    def person_region(self, pid: str):
        p = self.people.get(pid)
        return getattr(p, "region", None) if p else None


# what a line heading an entry of a bulletin may hold besides its dates: bullets, separators, a weekday, the
# label of a table's date line (日期 Date：)
_HEADING_REST = re.compile(r"[\s\W\d_]*|(?:[\s\W\d_]|星期[一二三四五六日天]|周[一二三四五六日]|週[一二三四五六日]"
                           r"|(?i:mon|tues|wednes|thurs|fri|satur|sun)day|日期|时间|時間|(?i:date|time))*")


def _date_headings(text: str, dates: list) -> list[tuple[int, int, tuple]]:
    """(start, end, date) of each line holding a day and nothing else (■ 4月3日 | 3 April), when the
    article has two or more such lines — a bulletin of dated entries, each dating the lines under it up to
    the next. One date alone on a line is the page's date, no heading."""
    lines: dict[int, list] = {}  # line start -> the dates on that line, in text order
    for s in dates:
        lines.setdefault(text.rfind("\n", 0, s.start) + 1, []).append(s)
    out = []
    for a, on_line in sorted(lines.items()):
        first = next((s for s in on_line if s.label != "dateline" and s.value and s.value[0]
                      and len(s.value[0]) >= 7), None)
        if first is None:
            continue
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        if b - a > 80:
            continue  # a line of the story, no heading
        rest, pos = [], a
        for d in sorted(on_line, key=lambda x: x.start):  # the line without its dates (4月3日 | 3 April: both)
            rest.append(text[pos:max(pos, d.start)])
            pos = max(pos, d.end)
        rest.append(text[pos:b])
        if _HEADING_REST.fullmatch("".join(rest)):
            out.append((a, b, first.value))
    if len(out) < 2 or len({h[2] for h in out}) < 2:
        return []
    return out


def context(doc: Doc) -> Ctx:
    """The article's ``Ctx``, built once and shared by the event stages (kept in ``doc.cache``)."""
    ctx = doc.cache.get("events_ctx")
    if ctx is None or ctx.doc is not doc:
        ctx = doc.cache["events_ctx"] = Ctx(doc)
    return ctx
