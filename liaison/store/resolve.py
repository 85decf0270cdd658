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
character 4-gram shingles ≥ 0.5: one story reprinted by two sites). Two
visits by the same delegation on different dates or to different
destinations therefore stay two.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .db import Store

NEAR_DUP = 0.5
BATCH = 2000  # unresolved rows handled per transaction
CACHE = 20000  # entities whose regions / parties / articles are kept in memory
PUBLISHED_SLACK_DAYS = 10


# ------------------------------------------------------------------ names
def _names_module():
    try:
        from liaison import names
    except ImportError:
        return None
    return names


def _letters(s: str | None) -> str:
    return re.sub(r"[^a-z]", "", (s or "").lower())


def name_key(zh: str | None, en: str | None) -> str | None:
    """A romanized key shared by a Chinese name and its English form ('chenminer')."""
    names = _names_module()
    if zh:
        key = None
        if names is not None:
            for fn in ("romanize", "pinyin_key"):
                try:
                    key = _letters(getattr(names, fn)(zh))
                    break
                except Exception:  # noqa: BLE001 - a module under construction must not break ingest
                    continue
        if not key:
            try:
                from pypinyin import lazy_pinyin

                key = _letters("".join(lazy_pinyin(zh)))
            except ImportError:
                key = None
        if key:
            return key
    if en:
        if names is not None:
            try:
                return _letters(names.normalize_en(en)) or None
            except Exception:  # noqa: BLE001
                pass
        return _letters(en) or None
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
    while True:
        rows = store.rows("SELECT article_id, pid, zh, en FROM people WHERE entity_id IS NULL "
                          "AND (zh IS NOT NULL OR en IS NOT NULL) ORDER BY article_id, pid LIMIT ?", (batch,))
        if not rows:
            break
        total += len(rows)
        with store.transaction():
            for r in rows:
                _resolve_person(store, r, entity_regions, regions_of)
    with store.transaction():
        c.execute("DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.entity_id = "
                  "entities.entity_id)")
    return total


def _resolve_person(store: Store, r: dict, entity_regions, regions_of: dict) -> None:
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
    # near-duplicate texts OR (regions agree AND dates anchor): the cheap test first.
    if positive and _anchored(ev, published, cand, arts, idx):
        return True
    return any(texts.near_dup(ev["article_id"], a) for a in arts)


def _anchored(ev: dict, published: str | None, cand: dict, arts: set, idx: _EventIndex) -> bool:
    overlap = dates_overlap((ev["date_start"], ev["date_end"]), (cand["date_start"], cand["date_end"]))
    if overlap is not None:
        return overlap
    if ev["date_start"]:  # the entity has no date: is any of its articles published near this event?
        pubs = [r["published"] for r in idx.store.rows(
            f"SELECT published FROM articles WHERE id IN ({','.join('?' * len(arts))})", sorted(arts))]
        return any(_published_near((ev["date_start"], ev["date_end"]), p) for p in pubs)
    return _published_near((cand["date_start"], cand["date_end"]), published)


_EE_KEY = "coalesce({p}_code, 'name:' || coalesce({p}_en, {p}_zh))"


def _candidates(store: Store, ev: dict, parties: set) -> list[dict]:
    """Entities that could be ``ev``: same type, a date range that may overlap, no contradicting place.

    The SQL filters only drop entities ``_compatible`` would reject anyway (contradicting origin or
    destination), so they change the speed, not the result. (Filtering parties in SQL with correlated
    subqueries was measured to be far slower than checking them in Python.)
    """
    where, params = ["type = ?"], [ev["type"]]
    b = _bounds(ev["date_start"], ev["date_end"])
    if b is not None and not b[2]:
        # Ranges that may overlap [lo, hi]; partial dates ('2023-11', '2023') compare as prefixes.
        where.append("(date_start IS NULL OR date_start LIKE '--%' OR (date_start <= ? AND "
                     "(coalesce(date_end, date_start) >= ? OR length(coalesce(date_end, date_start)) < 10)))")
        params += [b[1], b[0][:7]]
    for prefix in ("origin", "destination"):
        key = _key(ev, prefix)
        if key:
            expr = _EE_KEY.format(p=prefix)
            where.append(f"({expr} IS NULL OR {expr} = ?)")
            params.append(key)
    return store.rows(f"SELECT * FROM event_entities WHERE {' AND '.join(where)} ORDER BY event_entity_id", params)


def resolve_events(store: Store, *, batch: int = BATCH) -> int:
    """Attach every unresolved event row to an event entity; return how many rows were resolved.

    ``batch`` rows at a time, one transaction each, in date order (memory stays flat).
    """
    c = store.conn
    idx, texts = _EventIndex(store), _Texts(store)
    cols = ("type", "date_start", "date_end", "origin_code", "origin_zh", "origin_en", "origin_country",
            "destination_code", "destination_zh", "destination_en", "destination_country", "title_zh", "title_en")
    total = 0
    while True:
        rows = store.rows("SELECT e.*, a.published FROM events e JOIN articles a ON a.id = e.article_id "
                          "WHERE e.event_entity_id IS NULL ORDER BY coalesce(e.date_start, a.published, ''), "
                          "e.article_id, e.eid LIMIT ?", (batch,))
        if not rows:
            break
        total += len(rows)
        touched: set[int] = set()
        if len(idx.parties) > CACHE or len(idx.articles) > CACHE:
            idx.parties.clear(), idx.articles.clear()
        with store.transaction():
            for ev in rows:
                parties = {r["region_key"] for r in store.rows(
                    "SELECT region_key FROM event_parties WHERE article_id = ? AND eid = ?",
                    (ev["article_id"], ev["eid"]))} - {None}
                match = next((cand for cand in _candidates(store, ev, parties)
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
                touched.add(ee)
            for ee in touched:
                _summarize(store, ee)
    with store.transaction():
        c.execute("DELETE FROM event_entities WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_entity_id = "
                  "event_entities.event_entity_id)")
    return total


def _summarize(store: Store, ee: int) -> None:
    """The entity's date range covers its sources; missing places and titles are filled from them."""
    evs = store.rows("SELECT e.* FROM sources s JOIN events e ON e.article_id = s.article_id AND e.eid = s.eid "
                     "WHERE s.event_entity_id = ? ORDER BY e.article_id", (ee,))
    if not evs:
        return
    starts = [e["date_start"] for e in evs if e["date_start"] and not e["date_start"].startswith("--")]
    ends = [e["date_end"] or e["date_start"] for e in evs if e["date_start"] and not e["date_start"].startswith("--")]
    first = lambda k: next((e[k] for e in evs if e[k]), None)  # noqa: E731
    vals = {k: first(k) for k in ("origin_code", "origin_zh", "origin_en", "origin_country", "destination_code",
                                  "destination_zh", "destination_en", "destination_country", "title_zh", "title_en")}
    vals["date_start"] = min(starts) if starts else first("date_start")
    vals["date_end"] = max(ends) if ends else first("date_end")
    store.conn.execute(f"UPDATE event_entities SET {', '.join(f'{k} = ?' for k in vals)} WHERE event_entity_id = ?",
                       (*vals.values(), ee))


def resolve(store: Store, *, full: bool = False) -> dict:
    """Resolve what is new (everything with ``full``); return counts of rows resolved."""
    if full:
        with store.transaction():
            store.conn.execute("UPDATE people SET entity_id = NULL")
            store.conn.execute("UPDATE events SET event_entity_id = NULL")
            store.conn.execute("DELETE FROM sources")
            store.conn.execute("DELETE FROM event_entities")
            store.conn.execute("DELETE FROM entities")
    return {"people": resolve_people(store), "events": resolve_events(store)}
