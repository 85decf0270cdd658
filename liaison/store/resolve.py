"""Resolution across articles: one entity per official, one event entity per real event.

Runs incrementally: only people and events whose ``entity_id`` /
``event_entity_id`` is still NULL (new or re-ingested articles) are
resolved, against the entities already in the store.

People. Two PERSON rows are one official when their names agree — same
simplified Chinese name, or the same romanized key (letters of the pinyin of
the Chinese name, or of the English name: "Chen Min'er" = "Chen Miner" =
陈敏尔) — and their positions are compatible: when both sides name regions
for their positions, at least one province (the first two digits of a GB/T
2260 code, or the region itself abroad) is shared. The entity's positions
over time are the positions of its rows ordered by publication date.

Events. Two EVENT rows are one event when they have the same type, come
from different articles, do not contradict each other (known origins equal,
known destinations equal, known parties overlapping, agreement titles
compatible), and are anchored together: their dates overlap, or one date is
missing and the other article was published within ten days of the dated
event, or the two article texts are near-duplicates (Jaccard similarity of
character 4-gram shingles ≥ 0.5: one story reprinted by two sites; a
reprint tells the same dates, so known dates must not contradict). Two
visits by the same delegation on different dates or to different
destinations therefore stay two, and an entity of days never grows by a
chain of reports into one spanning more than a month (each report a few
days from the last).

Blocks. An event is compared only with the entities in its blocks
(``ee_blocks``, keyed by type, block and first day): same type, sharing a
pair of its regions, cities and counties rolled up to their provinces (or one region, when the event or the entity names only
one; or none, when both name none), whose days come within the date window —
the event's range, or its article's publication day, with the ten-day slack
above (entities spanning more than a month are looked up apart, so the
window stays short). One whose day is unknown is compared with entities
whose day is unknown. So resolution time grows with the number of events
times the size of a block (reports of one exchange between two regions in a
few weeks), not with the events of a type and month in the whole corpus. The
one match blocking gives up: a near-duplicate article that shares no region
with the entity.

Each entity keeps browse rows refreshed when it gains or loses a source:
its regions with province and country (``ee_regions``), fields
(``ee_fields``), officials with roles (``ee_people``), its sort date, year,
day range and number of sources; officials keep their numbers of articles
and events. The web and ``liaison query`` read these.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta

from .db import Store

NEAR_DUP = 0.5
BATCH = 2000  # unresolved rows handled per transaction
CACHE = 20000  # entities whose regions / parties / articles are kept in memory
PUBLISHED_SLACK_DAYS = 10


# ------------------------------------------------------------------ names
def _letters(s: str | None) -> str:
    return re.sub(r"[^a-z]", "", (s or "").lower())


def name_key(zh: str | None, en: str | None) -> str | None:
    """A romanized key shared by a Chinese name and its English form ('chenminer')."""
    from liaison import names

    if zh:
        key = _letters(names.romanize(zh))
        if key:
            return key
    if en:
        return _letters(names.normalize_en(en)) or None
    return None


def _province(code: str | None, en: str | None, zh: str | None) -> str | None:
    if code and re.fullmatch(r"\d{6}", code):
        return code[:2]
    return code or en or zh


# ------------------------------------------------------------------ dates
def _bounds(start: str | None, end: str | None) -> tuple[str, str, bool] | None:
    """(lo, hi, yearless) of a date range; partial dates cover their month or year."""
    if not start:
        return None
    end = end or start

    def lo(d: str) -> str:
        return d + "-01-01"[len(d) - 4:] if not d.startswith("--") and len(d) < 10 else d

    def hi(d: str) -> str:
        if d.startswith("--") or len(d) >= 10:
            return d
        return d + "-12-31"[len(d) - 4:]

    yearless = start.startswith("--") or end.startswith("--")
    a, b = lo(start), hi(end)
    if yearless:
        a, b = a[-5:], b[-5:]
    return a, b, yearless


def dates_overlap(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool | None:
    """True/False when both ranges are known, None when either is missing."""
    x, y = _bounds(*a), _bounds(*b)
    if x is None or y is None:
        return None
    if x[2] or y[2]:
        x0, x1, y0, y1 = x[0][-5:], x[1][-5:], y[0][-5:], y[1][-5:]
    else:
        x0, x1, y0, y1 = x[0], x[1], y[0], y[1]
    return x0 <= y1 and y0 <= x1


def _published_near(rng: tuple[str | None, str | None], published: str | None) -> bool:
    b = _bounds(*rng)
    if b is None or b[2] or not published:
        return False
    try:
        lo, hi, pub = date.fromisoformat(b[0]), date.fromisoformat(b[1]), date.fromisoformat(published[:10])
    except ValueError:
        return False
    return lo - timedelta(days=1) <= pub <= hi + timedelta(days=PUBLISHED_SLACK_DAYS)


# ------------------------------------------------------------------ near-duplicate texts
def shingles(text: str, n: int = 4) -> frozenset[int]:
    """Hashes of the character n-grams of a text (whitespace ignored); ints keep the cache small."""
    t = re.sub(r"\s+", "", text or "")
    return frozenset(hash(t[i:i + n]) for i in range(max(0, len(t) - n + 1)))


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class _Texts:
    def __init__(self, store: Store):
        self.store = store
        self.cache: dict[str, set] = {}

    def get(self, aid: str) -> set:
        if aid not in self.cache:
            if len(self.cache) > 512:
                self.cache.clear()
            self.cache[aid] = shingles(self.store.scalar("SELECT text FROM articles WHERE id = ?", (aid,)) or "")
        return self.cache[aid]

    def near_dup(self, a: str, b: str) -> bool:
        return a != b and jaccard(self.get(a), self.get(b)) >= NEAR_DUP


# ------------------------------------------------------------------ batches
def _unresolved(store: Store, keys_sql: str, rows_sql: str, batch: int):
    """The unresolved rows, ``batch`` at a time, in the order of ``keys_sql`` (which selects their
    (article_id, second key) in order; ``rows_sql`` reads the rows of positions ``(lo, hi]``).

    The keys are sorted once into a temporary table and read back by position: selecting the next
    ``batch`` with ``ORDER BY … LIMIT`` re-sorted every row still unresolved for each batch, which made
    resolution quadratic (at 50,000 articles, 85 batches each sorting up to 166,000 event rows). The
    order is the same: rows are only resolved in it. Rows left unresolved after a pass (added by another
    process meanwhile) get another pass; memory stays flat (the temporary table is on disk when large).
    """
    c = store.conn
    c.execute("CREATE TEMP TABLE IF NOT EXISTS resolve_todo (n INTEGER PRIMARY KEY, article_id TEXT NOT NULL, "
              "k TEXT NOT NULL)")
    try:
        while True:
            with store.transaction():
                c.execute("DELETE FROM temp.resolve_todo")
                c.execute(f"INSERT INTO temp.resolve_todo(article_id, k) {keys_sql}")
            last = store.scalar("SELECT max(n) FROM temp.resolve_todo") or 0
            if not last:
                return
            done = 0
            for lo in range(0, last, batch):
                rows = store.rows(rows_sql, (lo, lo + batch))
                if rows:
                    done += len(rows)
                    yield rows
            if not done:
                return
    finally:
        try:
            c.execute("DELETE FROM temp.resolve_todo")
        except sqlite3.Error:  # a failing connection: the temporary table dies with it
            pass


# ------------------------------------------------------------------ people
def resolve_people(store: Store, *, batch: int = BATCH) -> int:
    """Attach every unresolved person row to an entity; return how many rows were resolved.

    Works through the unresolved rows ``batch`` at a time (one transaction each), so memory stays flat
    however large the corpus.
    """
    c = store.conn
    regions_of: dict[int, set] = {}

    def entity_regions(eid: int) -> set:
        if eid not in regions_of:
            if len(regions_of) > CACHE:
                regions_of.clear()
            regions_of[eid] = {_province(r["region_code"], r["region_en"], r["region_zh"]) for r in store.rows(
                "SELECT po.region_code, po.region_en, po.region_zh FROM positions po JOIN people pe "
                "ON pe.article_id = po.article_id AND pe.pid = po.pid WHERE pe.entity_id = ?", (eid,))} - {None}
        return regions_of[eid]

    total = 0
    touched: set[int] = set()
    for rows in _unresolved(
            store, "SELECT article_id, pid FROM people WHERE entity_id IS NULL AND (zh IS NOT NULL OR en IS NOT NULL) "
                   "ORDER BY article_id, pid",
            "SELECT p.article_id, p.pid, p.zh, p.en FROM temp.resolve_todo t JOIN people p ON p.article_id = "
            "t.article_id AND p.pid = t.k WHERE t.n > ? AND t.n <= ? AND p.entity_id IS NULL ORDER BY t.n", batch):
        total += len(rows)
        with store.transaction():
            for r in rows:
                touched.add(_resolve_person(store, r, entity_regions, regions_of))
            _count_articles(store, touched)
            touched.clear()
    with store.transaction():
        c.execute("DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.entity_id = "
                  "entities.entity_id)")
        # officials whose rows went with a re-ingested article
        _count_articles(store, {r["entity_id"] for r in store.rows(
            "SELECT e.entity_id FROM entities e WHERE e.n_articles != (SELECT count(DISTINCT article_id) "
            "FROM people p WHERE p.entity_id = e.entity_id)")})
    return total


def _count_articles(store: Store, ids: set[int]) -> None:
    for eid in ids:
        store.conn.execute("UPDATE entities SET n_articles = (SELECT count(DISTINCT article_id) FROM people WHERE "
                           "entity_id = ?) WHERE entity_id = ?", (eid, eid))


def _resolve_person(store: Store, r: dict, entity_regions, regions_of: dict) -> int:
    c = store.conn
    key = name_key(r["zh"], r["en"])
    mine = {_province(p["region_code"], p["region_en"], p["region_zh"]) for p in store.rows(
        "SELECT region_code, region_en, region_zh FROM positions WHERE article_id = ? AND pid = ?",
        (r["article_id"], r["pid"]))} - {None}
    if r["zh"]:
        cands = store.rows("SELECT entity_id, zh, en FROM entities WHERE zh = ? OR (zh IS NULL AND key = ?) "
                           "ORDER BY entity_id", (r["zh"], key))
    else:
        cands = store.rows("SELECT entity_id, zh, en FROM entities WHERE key = ? ORDER BY entity_id", (key,))
    best, best_score = None, -1
    for cand in cands:
        theirs = entity_regions(cand["entity_id"])
        if mine and theirs and not (mine & theirs):
            continue
        score = len(mine & theirs)
        if score > best_score:
            best, best_score = cand, score
    if best is None:
        ent = c.execute("INSERT INTO entities(zh, en, key) VALUES (?,?,?)", (r["zh"], r["en"], key)).lastrowid
        regions_of[ent] = set(mine)
    else:
        ent = best["entity_id"]
        c.execute("UPDATE entities SET zh = coalesce(zh, ?), en = coalesce(en, ?) WHERE entity_id = ?",
                  (r["zh"], r["en"], ent))
        regions_of[ent] = entity_regions(ent) | mine
    c.execute("UPDATE people SET entity_id = ? WHERE article_id = ? AND pid = ?", (ent, r["article_id"], r["pid"]))
    return ent


# ------------------------------------------------------------------ events
def _norm_title(t: str | None) -> str:
    return re.sub(r"[\W_《》]+", "", (t or "").lower())


def _titles_compatible(a: dict, b: dict) -> bool:
    for lang in ("zh", "en"):
        x, y = _norm_title(a.get(f"title_{lang}")), _norm_title(b.get(f"title_{lang}"))
        if x and y:
            return x in y or y in x
    return True


def _key(row: dict, prefix: str) -> str | None:
    code = row.get(f"{prefix}_code")
    if code:
        return code
    label = row.get(f"{prefix}_en") or row.get(f"{prefix}_zh")
    return f"name:{label}" if label else None


class _EventIndex:
    def __init__(self, store: Store):
        self.store = store
        self.parties: dict[int, set] = {}
        self.articles: dict[int, set] = {}

    def entity_parties(self, ee: int) -> set:
        if ee not in self.parties:
            self.parties[ee] = {r["region_key"] for r in self.store.rows(
                "SELECT DISTINCT ep.region_key FROM sources s JOIN event_parties ep ON ep.article_id = s.article_id "
                "AND ep.eid = s.eid WHERE s.event_entity_id = ?", (ee,))} - {None}
        return self.parties[ee]

    def entity_articles(self, ee: int) -> set:
        if ee not in self.articles:
            self.articles[ee] = {r["article_id"] for r in self.store.rows(
                "SELECT article_id FROM sources WHERE event_entity_id = ?", (ee,))}
        return self.articles[ee]


def _compatible(ev: dict, parties: set, published: str | None, cand: dict, idx: _EventIndex,
                texts: _Texts) -> bool:
    ee = cand["event_entity_id"]
    arts = idx.entity_articles(ee)
    if ev["article_id"] in arts:
        return False
    positive = False
    for prefix in ("origin", "destination"):
        a, b = _key(ev, prefix), _key(cand, prefix)
        if a and b:
            if a != b:
                return False
            positive = True
    theirs = idx.entity_parties(ee)
    if parties and theirs:
        if not parties & theirs:
            return False
        positive = True
    if ev["type"] == "agreement" and not _titles_compatible(ev, cand):
        return False
    if _too_long(ev, published, cand):
        return False
    # near-duplicate texts OR (regions agree AND dates anchor): the cheap test first.
    if positive and _anchored(ev, published, cand, arts, idx):
        return True
    if dates_overlap((ev["date_start"], ev["date_end"]), (cand["date_start"], cand["date_end"])) is False:
        return False  # a reprint tells the same dates
    return any(texts.near_dup(ev["article_id"], a) for a in arts)


def _too_long(ev: dict, published: str | None, cand: dict) -> bool:
    """Whether joining would stretch an entity of days into one of months: reports of one exchange fall
    within a month of each other, so chains of reports a few days apart (each near the last) stay apart."""
    mine = event_days(ev["date_start"], ev["date_end"], published)
    lo, hi = cand.get("day_lo"), cand.get("day_hi")
    if mine is None or lo is None or hi is None:
        return False
    if mine[1] - mine[0] > SHORT_DAYS or hi - lo > SHORT_DAYS:
        return False  # a month- or year-only date: its own rules
    return max(hi, mine[1]) - min(lo, mine[0]) > SHORT_DAYS


def _anchored(ev: dict, published: str | None, cand: dict, arts: set, idx: _EventIndex) -> bool:
    overlap = dates_overlap((ev["date_start"], ev["date_end"]), (cand["date_start"], cand["date_end"]))
    if overlap is not None:
        return overlap
    if ev["date_start"]:  # the entity has no date: is any of its articles published near this event?
        pubs = [r["published"] for r in idx.store.rows(
            f"SELECT published FROM articles WHERE id IN ({','.join('?' * len(arts))})", sorted(arts))]
        return any(_published_near((ev["date_start"], ev["date_end"]), p) for p in pubs)
    return _published_near((cand["date_start"], cand["date_end"]), published)


SHORT_DAYS = 31   # an entity whose days span more ("2023", "2023-11" merged with a day) is looked up as long
SLACK_DAYS = PUBLISHED_SLACK_DAYS + 1


def _day(d: str, last: bool) -> int | None:
    """Proleptic ordinal of the first (or ``last``) day a full or partial ISO date covers."""
    try:
        if len(d) == 4:
            return date(int(d), 12 if last else 1, 31 if last else 1).toordinal()
        if len(d) == 7:
            y, m = int(d[:4]), int(d[5:7])
            if not last:
                return date(y, m, 1).toordinal()
            return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).toordinal()
        return date.fromisoformat(d[:10]).toordinal()
    except ValueError:
        return None


def event_days(start: str | None, end: str | None, published: str | None) -> tuple[int, int] | None:
    """The days an event row covers, for blocking: its date range (a yearless ``--MM-DD`` takes the
    article's year), else the article's publication day; None when neither is known."""
    year = published[:4] if published and re.match(r"\d{4}", published) else None
    if start and start.startswith("--"):
        start = f"{year}{start[1:]}" if year else None
        end = f"{year}{end[1:]}" if end and end.startswith("--") and year else start
    if start and re.match(r"\d{4}", start):
        lo, hi = _day(start, False), _day(end if end and re.match(r"\d{4}", end) else start, True)
        if lo is not None and hi is not None:
            return lo, max(lo, hi)
    if published and re.match(r"\d{4}-\d{2}-\d{2}", published):
        p = _day(published, False)
        return (p, p) if p is not None else None
    return None


def _sort_date(start: str | None, published: str | None) -> str | None:
    if start and re.match(r"\d{4}", start):
        return start
    if start and start.startswith("--") and published and re.match(r"\d{4}", published):
        return published[:4] + start[1:]
    return published or None


def province_of(key: str, code: str | None) -> str | None:
    """The province a region rolls up to: ``XX0000`` for a GB/T 2260 code, none for a country, else itself."""
    if code and re.fullmatch(r"\d{6}", code):
        return code[:2] + "0000"
    if code and re.fullmatch(r"[A-Z]{2}", code):
        return None
    return key


def _event_keys(ev: dict, parties: set) -> list[str]:
    return sorted({k for k in (_key(ev, "origin"), _key(ev, "destination")) if k} | parties)


def _rolled(keys) -> list[str]:
    """Region keys rolled up to provinces (a report may name the city, another the province)."""
    return sorted({province_of(k, k if re.fullmatch(r"\d{6}|[A-Z]{2}", k) else None) or k for k in keys})


def entity_blocks(keys: list[str]) -> list[str]:
    """The blocks an entity naming regions ``keys`` is filed under (provinces for cities and counties):
    every pair, every region, and ``only:`` its region when it names one (``none`` when it names none)."""
    keys = _rolled(keys)
    if not keys:
        return ["none"]
    out = [f"{a}|{b}" for i, a in enumerate(keys) for b in keys[i + 1:]] + [f"any:{k}" for k in keys]
    return out + ([f"only:{keys[0]}"] if len(keys) == 1 else [])


def event_blocks(keys: list[str]) -> list[str]:
    """The blocks an event naming regions ``keys`` looks in: with two regions or more, its pairs and the
    entities that name only one of them; with one, every entity naming it; with none, those naming none."""
    keys = _rolled(keys)
    if not keys:
        return ["none"]
    if len(keys) == 1:
        return [f"any:{keys[0]}"]
    return [f"{a}|{b}" for i, a in enumerate(keys) for b in keys[i + 1:]] + [f"only:{k}" for k in keys]


def _candidates(store: Store, ev: dict, keys: list[str]) -> list[dict]:
    """Entities that could be ``ev``, looked up in its blocks (``ee_blocks``): same type, sharing a pair of
    regions (or a region, when either names only one; or naming none, like the event), whose days come
    within the slack of the event's (or, when neither knows a day, also knowing none).

    ``_compatible`` then decides exactly as before; the blocks only skip entities that could not pass it
    through a shared region and a date anchor (a near-duplicate article naming no common region is the
    one case they give up), so the time per event depends on the size of its blocks, not of the corpus.
    """
    days = event_days(ev["date_start"], ev["date_end"], ev["published"])
    blocks = event_blocks(keys)
    marks = ",".join("?" * len(blocks))
    if days is None:
        rows = store.rows(f"SELECT event_entity_id FROM ee_blocks WHERE type = ? AND block IN ({marks}) AND long = 0 "
                          "AND day_lo = -1", (ev["type"], *blocks))
    else:
        lo, hi = days[0] - SLACK_DAYS, days[1] + SLACK_DAYS
        rows = store.rows(
            f"SELECT event_entity_id FROM ee_blocks WHERE type = ? AND block IN ({marks}) AND long = 0 AND day_lo "
            f"BETWEEN ? AND ? AND day_hi >= ? UNION SELECT event_entity_id FROM ee_blocks WHERE type = ? AND "
            f"block IN ({marks}) AND long = 1 AND day_lo <= ? AND day_hi >= ?",
            (ev["type"], *blocks, lo - SHORT_DAYS, hi, lo, ev["type"], *blocks, hi, lo))
    ids = {r["event_entity_id"] for r in rows}
    if not ids:
        return []
    ids_ = sorted(ids)
    return store.rows(f"SELECT * FROM event_entities WHERE event_entity_id IN ({','.join('?' * len(ids_))}) "
                      "ORDER BY event_entity_id", ids_)


def resolve_events(store: Store, *, batch: int = BATCH) -> int:
    """Attach every unresolved event row to an event entity; return how many rows were resolved.

    ``batch`` rows at a time, one transaction each, in date order (memory stays flat). An entity's
    summary and browse rows (``ee_regions``, ``ee_fields``, ``ee_people``) are refreshed as soon as it
    gains a source, so the next event of the same batch finds it in its block.
    """
    c = store.conn
    idx, texts = _EventIndex(store), _Texts(store)
    cols = ("type", "date_start", "date_end", "origin_code", "origin_zh", "origin_en", "origin_country",
            "destination_code", "destination_zh", "destination_en", "destination_country", "title_zh", "title_en")
    people: set[int] = set()
    with store.transaction():
        people |= _repair(store)
    total = 0
    for rows in _unresolved(
            store, "SELECT e.article_id, e.eid FROM events e JOIN articles a ON a.id = e.article_id WHERE "
                   "e.event_entity_id IS NULL ORDER BY coalesce(e.date_start, a.published, ''), e.article_id, e.eid",
            "SELECT e.*, a.published FROM temp.resolve_todo t JOIN events e ON e.article_id = t.article_id AND "
            "e.eid = t.k JOIN articles a ON a.id = e.article_id WHERE t.n > ? AND t.n <= ? AND "
            "e.event_entity_id IS NULL ORDER BY t.n", batch):
        total += len(rows)
        if len(idx.parties) > CACHE or len(idx.articles) > CACHE:
            idx.parties.clear(), idx.articles.clear()
        party_rows = _parties_of(store, rows)
        with store.transaction():
            for ev in rows:
                ev["_parties"] = party_rows.get((ev["article_id"], ev["eid"]), [])
                parties = {r["region_key"] for r in ev["_parties"]} - {None}
                match = next((cand for cand in _candidates(store, ev, _event_keys(ev, parties))
                              if _compatible(ev, parties, ev["published"], cand, idx, texts)), None)
                if match is None:
                    ee = c.execute(f"INSERT INTO event_entities({', '.join(cols)}) VALUES "
                                   f"({', '.join('?' * len(cols))})", tuple(ev[k] for k in cols)).lastrowid
                else:
                    ee = match["event_entity_id"]
                c.execute("INSERT OR IGNORE INTO sources(event_entity_id, article_id, eid) VALUES (?,?,?)",
                          (ee, ev["article_id"], ev["eid"]))
                c.execute("UPDATE events SET event_entity_id = ? WHERE article_id = ? AND eid = ?",
                          (ee, ev["article_id"], ev["eid"]))
                idx.articles[ee] = idx.entity_articles(ee) | {ev["article_id"]}
                idx.parties[ee] = idx.entity_parties(ee) | parties
                people |= _summarize(store, ee) if match is None else _add_source(store, match, ev, parties)
            _count_events(store, people)
            people.clear()
    with store.transaction():
        _count_events(store, _drop_orphans(store))
    return total


def _parties_of(store: Store, rows: list[dict]) -> dict[tuple, list[dict]]:
    """The parties of a batch of event rows, in a few queries: (article_id, eid) → rows."""
    out: dict[tuple, list[dict]] = {}
    arts = sorted({r["article_id"] for r in rows})
    for i in range(0, len(arts), 500):
        part = arts[i:i + 500]
        for r in store.rows(f"SELECT article_id, eid, region_key, code, country FROM event_parties WHERE article_id "
                            f"IN ({','.join('?' * len(part))})", part):
            out.setdefault((r["article_id"], r["eid"]), []).append(r)
    return out


def _repair(store: Store) -> set[int]:
    """Entities whose sources changed outside resolution (an article re-ingested or deleted drops its
    ``sources`` rows): refresh their summaries and browse rows; return the officials touched."""
    touched: set[int] = set()
    stale = [r["event_entity_id"] for r in store.rows(
        "SELECT ee.event_entity_id FROM event_entities ee WHERE ee.n_sources != (SELECT count(*) FROM sources s "
        "WHERE s.event_entity_id = ee.event_entity_id)")]
    for ee in stale:
        touched |= _summarize(store, ee)
    return touched | _drop_orphans(store)


def _drop_orphans(store: Store) -> set[int]:
    c = store.conn
    gone = [r["event_entity_id"] for r in store.rows(
        "SELECT event_entity_id FROM event_entities ee WHERE NOT EXISTS (SELECT 1 FROM sources s "
        "WHERE s.event_entity_id = ee.event_entity_id)")]
    touched: set[int] = set()
    for i in range(0, len(gone), 500):
        part = gone[i:i + 500]
        marks = ",".join("?" * len(part))
        touched |= {r["entity_id"] for r in store.rows(
            f"SELECT DISTINCT entity_id FROM ee_people WHERE event_entity_id IN ({marks})", part)}
        for table in ("ee_regions", "ee_blocks", "ee_fields", "ee_people", "event_entities"):
            c.execute(f"DELETE FROM {table} WHERE event_entity_id IN ({marks})", part)
    return touched


def _count_events(store: Store, people: set[int]) -> None:
    for pid in people:
        store.conn.execute("UPDATE entities SET n_events = (SELECT count(DISTINCT event_entity_id) FROM ee_people "
                           "WHERE entity_id = ?) WHERE entity_id = ?", (pid, pid))


def _dated(d: str | None) -> bool:
    return bool(d) and not d.startswith("--")


def _add_source(store: Store, cand: dict, ev: dict, parties: set) -> set[int]:
    """:func:`_summarize` for one more report of an entity, from the entity's row and the new report only
    (re-reading every report at each addition made big entities quadratic). Returns the officials
    touched."""
    c = store.conn
    ee = cand["event_entity_id"]
    vals = {k: cand[k] or ev[k] for k in ("origin_code", "origin_zh", "origin_en", "origin_country",
                                          "destination_code", "destination_zh", "destination_en",
                                          "destination_country", "title_zh", "title_en")}
    mine = event_days(ev["date_start"], ev["date_end"], ev["published"])
    lo, hi = cand["day_lo"], cand["day_hi"]
    sort = cand["sort_date"]
    start, end = cand["date_start"], cand["date_end"]
    if _dated(ev["date_start"]):
        ev_end = ev["date_end"] or ev["date_start"]
        if _dated(start):
            start, end = min(start, ev["date_start"]), max(end or start, ev_end)
            if mine:
                lo, hi = (mine if lo is None else (min(lo, mine[0]), max(hi, mine[1])))
            sort = min(sort or start, ev["date_start"])
        else:
            start, end = ev["date_start"], ev_end
            lo, hi = mine if mine else (lo, hi)
            sort = ev["date_start"]
    elif not _dated(start):
        start, end = start or ev["date_start"], end or ev["date_end"]
        if mine:
            lo, hi = (mine if lo is None else (min(lo, mine[0]), max(hi, mine[1])))
        own = _sort_date(ev["date_start"], ev["published"])
        sort = min(x for x in (sort, own) if x) if (sort or own) else None
    vals.update(date_start=start, date_end=end, sort_date=sort, day_lo=lo, day_hi=hi,
                year=sort[:4] if sort and re.match(r"\d{4}", sort) else None, n_sources=cand["n_sources"] + 1)
    c.execute(f"UPDATE event_entities SET {', '.join(f'{k} = ?' for k in vals)} WHERE event_entity_id = ?",
              (*vals.values(), ee))
    new = []
    for side in ("origin", "destination"):
        key = _key(ev, side)
        if key:
            new.append((side, key, province_of(key, ev[f"{side}_code"]), ev[f"{side}_country"]))
    for r in ev["_parties"]:
        if r["region_key"]:
            new.append(("party", r["region_key"], province_of(r["region_key"], r["code"]), r["country"]))
    before = {r["region_key"] for r in store.rows("SELECT region_key FROM ee_regions WHERE event_entity_id = ?",
                                                  (ee,))} - {""}
    if new:
        c.execute("DELETE FROM ee_regions WHERE event_entity_id = ? AND side = 'none'", (ee,))
        c.executemany("INSERT OR IGNORE INTO ee_regions VALUES (?,?,?,?,?,?,?,?)",
                      [(ee, side, key, prov, country, cand["type"], lo, hi) for side, key, prov, country in new])
    if (lo, hi) != (cand["day_lo"], cand["day_hi"]):
        c.execute("UPDATE ee_regions SET day_lo = ?, day_hi = ? WHERE event_entity_id = ?", (lo, hi, ee))
    keys = before | {k for _, k, _, _ in new}
    if keys != before or (lo, hi) != (cand["day_lo"], cand["day_hi"]):
        c.execute("DELETE FROM ee_blocks WHERE event_entity_id = ?", (ee,))
        _file_blocks(store, ee, cand["type"], sorted(keys), lo, hi)
    c.execute("INSERT OR IGNORE INTO ee_fields SELECT ?, field FROM event_fields WHERE article_id = ? AND eid = ?",
              (ee, ev["article_id"], ev["eid"]))
    added = store.rows("SELECT DISTINCT pe.entity_id, coalesce(pa.role, 'other') AS role FROM participants pa "
                       "JOIN people pe ON pe.article_id = pa.article_id AND pe.pid = pa.pid WHERE pa.article_id = ? "
                       "AND pa.eid = ? AND pe.entity_id IS NOT NULL", (ev["article_id"], ev["eid"]))
    c.executemany("INSERT OR IGNORE INTO ee_people VALUES (?,?,?)", [(ee, r["entity_id"], r["role"]) for r in added])
    return {r["entity_id"] for r in added}


def _file_blocks(store: Store, ee: int, etype: str, keys: list[str], day_lo, day_hi) -> None:
    long = int(day_lo is not None and day_hi - day_lo > SHORT_DAYS)
    lo_hi = (day_lo, day_hi) if day_lo is not None else (-1, -1)  # unknown days: -1 (a key cannot be NULL)
    store.conn.executemany("INSERT OR IGNORE INTO ee_blocks VALUES (?,?,?,?,?,?)",
                           [(etype, b, long, *lo_hi, ee) for b in entity_blocks(keys)])


def _summarize(store: Store, ee: int) -> set[int]:
    """The entity's date range covers its sources; missing places and titles are filled from them; its
    browse rows (regions with province and country, fields, officials with roles) are rebuilt. Returns
    the officials (entity ids) whose event counts may have changed."""
    c = store.conn
    evs = store.rows("SELECT e.*, a.published FROM sources s JOIN events e ON e.article_id = s.article_id "
                     "AND e.eid = s.eid JOIN articles a ON a.id = e.article_id WHERE s.event_entity_id = ? "
                     "ORDER BY coalesce(e.date_start, a.published, ''), e.article_id, e.eid", (ee,))
    before = {r["entity_id"] for r in store.rows("SELECT DISTINCT entity_id FROM ee_people WHERE "
                                                 "event_entity_id = ?", (ee,))}
    for table in ("ee_regions", "ee_blocks", "ee_fields", "ee_people"):
        c.execute(f"DELETE FROM {table} WHERE event_entity_id = ?", (ee,))
    if not evs:
        return before
    dated = [e for e in evs if e["date_start"] and not e["date_start"].startswith("--")]
    starts = [e["date_start"] for e in dated]
    ends = [e["date_end"] or e["date_start"] for e in dated]
    first = lambda k: next((e[k] for e in evs if e[k]), None)  # noqa: E731
    vals = {k: first(k) for k in ("origin_code", "origin_zh", "origin_en", "origin_country", "destination_code",
                                  "destination_zh", "destination_en", "destination_country", "title_zh", "title_en")}
    vals["date_start"] = min(starts) if starts else first("date_start")
    vals["date_end"] = max(ends) if ends else first("date_end")
    spans = [d for d in (event_days(e["date_start"], e["date_end"], e["published"]) for e in (dated or evs)) if d]
    day_lo, day_hi = (min(d[0] for d in spans), max(d[1] for d in spans)) if spans else (None, None)
    sorts = sorted(d for d in (_sort_date(e["date_start"], e["published"]) for e in evs) if d)
    vals["sort_date"] = min(starts) if starts else (sorts[0] if sorts else None)
    vals["year"] = vals["sort_date"][:4] if vals["sort_date"] and re.match(r"\d{4}", vals["sort_date"]) else None
    vals["day_lo"], vals["day_hi"] = day_lo, day_hi
    vals["n_sources"] = len(evs)
    c.execute(f"UPDATE event_entities SET {', '.join(f'{k} = ?' for k in vals)} WHERE event_entity_id = ?",
              (*vals.values(), ee))
    etype = evs[0]["type"]
    regions: dict[tuple[str, str], tuple] = {}
    for e in evs:
        for side in ("origin", "destination"):
            key = _key(e, side)
            if key and (side, key) not in regions:
                regions[(side, key)] = (province_of(key, e[f"{side}_code"]), e[f"{side}_country"])
    for r in store.rows(f"SELECT ep.region_key, ep.code, ep.country FROM event_parties ep JOIN sources s ON "
                        f"s.article_id = ep.article_id AND s.eid = ep.eid WHERE s.event_entity_id = ?", (ee,)):
        if r["region_key"] and ("party", r["region_key"]) not in regions:
            regions[("party", r["region_key"])] = (province_of(r["region_key"], r["code"]), r["country"])
    _file_blocks(store, ee, etype, [k for _, k in regions], day_lo, day_hi)
    if not regions:
        regions[("none", "")] = (None, None)
    c.executemany("INSERT INTO ee_regions VALUES (?,?,?,?,?,?,?,?)",
                  [(ee, side, key, prov, country, etype, day_lo, day_hi)
                   for (side, key), (prov, country) in regions.items()])
    c.execute("INSERT OR IGNORE INTO ee_fields SELECT DISTINCT ?, f.field FROM sources s JOIN event_fields f "
              "ON f.article_id = s.article_id AND f.eid = s.eid WHERE s.event_entity_id = ?", (ee, ee))
    c.execute("INSERT OR IGNORE INTO ee_people SELECT DISTINCT ?, pe.entity_id, coalesce(pa.role, 'other') "
              "FROM sources s JOIN participants pa ON pa.article_id = s.article_id AND pa.eid = s.eid "
              "JOIN people pe ON pe.article_id = pa.article_id AND pe.pid = pa.pid "
              "WHERE s.event_entity_id = ? AND pe.entity_id IS NOT NULL", (ee, ee))
    after = {r["entity_id"] for r in store.rows("SELECT DISTINCT entity_id FROM ee_people WHERE "
                                                "event_entity_id = ?", (ee,))}
    return before | after


def resolve(store: Store, *, full: bool = False) -> dict:
    """Resolve what is new (everything with ``full``); return counts of rows resolved."""
    if full:
        with store.transaction():
            for sql in ("UPDATE people SET entity_id = NULL", "UPDATE events SET event_entity_id = NULL",
                        "DELETE FROM sources", "DELETE FROM event_entities", "DELETE FROM entities",
                        "DELETE FROM ee_regions", "DELETE FROM ee_blocks", "DELETE FROM ee_fields",
                        "DELETE FROM ee_people"):
                store.conn.execute(sql)
    return {"people": resolve_people(store), "events": resolve_events(store)}
