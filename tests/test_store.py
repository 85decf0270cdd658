"""The SQLite store: migrations, upserts keyed by article id, derived rows, errors, resolution."""
from __future__ import annotations

import json

import pytest

from liaison.store import open_store
from liaison.store.resolve import dates_overlap, name_key, resolve
from liaison.store.schema import MIGRATIONS, migrate
from test_store_helpers import HA_GIANG, JILIN, TIANJIN, event, person, record, visit_record


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()


def test_migrations_are_named_and_applied_once(store):
    names = [r["name"] for r in store.rows("SELECT name FROM migrations ORDER BY name")]
    assert names == [n for n, _ in MIGRATIONS]
    assert migrate(store.conn) == []


def test_put_record_fills_derived_tables(store):
    store.put_record(visit_record("a1"), text="吉林省党政代表团来津考察。")
    assert store.scalar("SELECT count(*) FROM people WHERE article_id = 'a1'") == 2
    assert store.scalar("SELECT count(*) FROM events WHERE article_id = 'a1'") == 3
    assert store.rows("SELECT field FROM event_fields WHERE eid = 'e2' ORDER BY field") == [
        {"field": "agriculture"}, {"field": "industry"}]
    assert store.rows("SELECT key, zh, en, country FROM regions ORDER BY key") == [
        {"key": "120000", "zh": "天津市", "en": "Tianjin", "country": "CN"},
        {"key": "220000", "zh": "吉林省", "en": "Jilin", "country": "CN"}]
    assert store.record("a1")["events"][0]["type"] == "visit"


def test_reput_updates_and_never_duplicates(store):
    store.put_record(visit_record("a1"), text="first text")
    rec = visit_record("a1")
    rec["events"] = rec["events"][:1]
    store.put_record(rec, text="second text")
    assert store.scalar("SELECT count(*) FROM articles") == 1
    assert store.scalar("SELECT count(*) FROM events") == 1
    assert store.scalar("SELECT count(*) FROM participants") == 2
    assert store.scalar("SELECT text FROM articles") == "second text"


def test_full_text_search_follows_updates(store):
    store.put_record(record("a1", title="Jilin visit"), text="delegation toured the port")
    assert store.rows("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'port'") != []
    store.put_record(record("a1", title="Jilin visit"), text="delegation toured a factory")
    assert store.rows("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'port'") == []
    assert len(store.rows("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'factory'")) == 1


def test_errors_replace_earlier_error_of_same_source(store):
    store.add_error("bad.json", 3, "invalid JSON")
    store.add_error("bad.json", 3, "invalid JSON again")
    store.add_error("bad.json", 4, "invalid JSON")
    assert store.rows("SELECT line, message FROM errors ORDER BY line") == [
        {"line": 3, "message": "invalid JSON again"}, {"line": 4, "message": "invalid JSON"}]


# ------------------------------------------------------------------ resolution
def test_same_visit_in_two_articles_is_one_event_with_two_sources(store):
    store.put_record(visit_record("a1", start="2023-11-06", end="2023-11-07"), text="tianjin side report")
    store.put_record(visit_record("a2", start="2023-11-07", end="2023-11-07", published="2023-11-09"),
                     text="jilin side report, different words")
    resolve(store)
    visits = store.rows("SELECT event_entity_id, date_start, date_end FROM event_entities WHERE type = 'visit'")
    assert len(visits) == 1
    assert (visits[0]["date_start"], visits[0]["date_end"]) == ("2023-11-06", "2023-11-07")
    srcs = store.rows("SELECT article_id FROM sources WHERE event_entity_id = ? ORDER BY article_id",
                      (visits[0]["event_entity_id"],))
    assert [s["article_id"] for s in srcs] == ["a1", "a2"]


def test_two_visits_by_same_delegation_stay_two(store):
    store.put_record(visit_record("a1", start="2023-11-06", end="2023-11-07"))
    store.put_record(visit_record("a2", start="2024-05-14", end="2024-05-15", published="2024-05-16"))
    store.put_record(visit_record("a3", start="2023-11-06", end="2023-11-07", destination=HA_GIANG))
    resolve(store)
    assert store.scalar("SELECT count(*) FROM event_entities WHERE type = 'visit'") == 3
    assert store.scalar("SELECT count(*) FROM sources") == store.scalar("SELECT count(*) FROM events")


def test_near_duplicate_texts_share_events_even_without_dates(store):
    text = "福建省党政代表团赴宁夏考察，两省区召开协作座谈会并签署合作协议。代表团还参观了企业。" * 3
    for aid in ("s1", "s2"):
        rec = record(aid, events=[event("e1", "visit", None, origin=JILIN, destination=TIANJIN)])
        store.put_record(rec, text=text + ("" if aid == "s1" else "（来源：另一网站）"))
    resolve(store)
    assert store.scalar("SELECT count(*) FROM event_entities") == 1
    assert store.scalar("SELECT count(*) FROM sources") == 2


def test_two_events_of_one_article_never_merge(store):
    rec = record("a1", events=[event("e1", "agreement", "2023-11-06", parties=[JILIN, TIANJIN]),
                               event("e2", "agreement", "2023-11-06", parties=[JILIN, TIANJIN])])
    store.put_record(rec)
    resolve(store)
    assert store.scalar("SELECT count(*) FROM event_entities") == 2


def test_different_agreement_titles_stay_apart(store):
    a = record("a1", events=[event("e1", "agreement", "2023-11-06", parties=[JILIN, TIANJIN],
                                   title={"zh": "港口物流合作协议", "en": None})])
    b = record("a2", events=[event("e1", "agreement", "2023-11-06", parties=[JILIN, TIANJIN],
                                   title={"zh": "文化旅游合作备忘录", "en": None})])
    store.put_record(a), store.put_record(b)
    resolve(store)
    assert store.scalar("SELECT count(*) FROM event_entities") == 2


def test_same_official_across_articles_and_languages(store):
    store.put_record(record("a1", [person("p1", "陈敏尔", "Chen Min'er", ("secretary", "party_committee", TIANJIN))],
                            published="2023-11-08"))
    store.put_record(record("a2", [person("p1", None, "Chen Miner", ("secretary", "party_committee", TIANJIN))],
                            published="2023-12-01"))
    store.put_record(record("a3", [person("p1", "陈敏尔", None)], published="2024-01-01"))
    resolve(store)
    assert store.scalar("SELECT count(*) FROM entities") == 1
    assert store.rows("SELECT zh, en FROM entities") == [{"zh": "陈敏尔", "en": "Chen Min'er"}]


def test_namesakes_in_unrelated_regions_stay_apart(store):
    store.put_record(record("a1", [person("p1", "王伟", "Wang Wei", ("head", "government", JILIN))]))
    store.put_record(record("a2", [person("p1", "王伟", "Wang Wei", ("head", "government", HA_GIANG))]))
    resolve(store)
    assert store.scalar("SELECT count(*) FROM entities") == 2


def test_resolution_is_incremental_and_reingest_keeps_counts(store):
    store.put_record(visit_record("a1"))
    resolve(store)
    first = store.counts()
    store.put_record(visit_record("a1"))  # re-ingest: derived rows replaced, resolution redone for a1 only
    assert resolve(store)["events"] == 3
    assert store.counts() == first
    assert resolve(store) == {"people": 0, "events": 0}


def test_full_resolution_gives_same_result(store):
    store.put_record(visit_record("a1"))
    store.put_record(visit_record("a2", published="2023-11-09"))
    resolve(store)
    before = store.counts()
    resolve(store, full=True)
    assert store.counts() == before


def test_name_key_joins_chinese_and_english():
    assert name_key("陈敏尔", None) == name_key(None, "Chen Min'er") == name_key(None, "chen miner")


@pytest.mark.parametrize("a,b,expected", [
    (("2023-11-06", "2023-11-07"), ("2023-11-07", "2023-11-07"), True),
    (("2023-11-06", "2023-11-07"), ("2023-11-08", "2023-11-08"), False),
    (("2023-11", "2023-11"), ("2023-11-20", "2023-11-20"), True),
    (("--11-06", "--11-07"), ("2023-11-07", "2023-11-07"), True),
    ((None, None), ("2023-11-07", "2023-11-07"), None),
])
def test_dates_overlap(a, b, expected):
    assert dates_overlap(a, b) is expected


def test_record_json_is_source_of_truth(store):
    rec = visit_record("a1")
    store.put_record(rec)
    assert json.loads(store.scalar("SELECT record_json FROM articles")) == rec


def test_docs_cover_every_store_command_and_option():
    """docs/store.md names every command, query and long option the store registers (datasette's habit)."""
    import argparse
    from pathlib import Path

    from liaison.store.commands import register

    doc = (Path(__file__).resolve().parents[1] / "docs" / "store.md").read_text("utf-8")
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    register(sub)
    missing = []

    def walk(name, p):
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child, cp in action.choices.items():
                    walk(f"{name} {child}", cp)
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help" and opt not in doc:
                    missing.append(f"{name} {opt}")
        if f"liaison {name}" not in doc:
            missing.append(f"liaison {name}")

    for name, p in sub.choices.items():
        walk(name, p)
    assert missing == []


def test_resolution_in_small_batches_gives_the_same_entities(store):
    from liaison.store.resolve import resolve_events, resolve_people

    for i, (start, pub) in enumerate([("2023-11-06", "2023-11-08"), ("2023-11-06", "2023-11-09"),
                                      ("2024-05-14", "2024-05-16")]):
        store.put_record(visit_record(f"a{i}", start=start, end=start, published=pub))
    resolve(store)
    expected = store.rows("SELECT event_entity_id, article_id, eid FROM sources ORDER BY article_id, eid")
    people = store.rows("SELECT article_id, pid, entity_id FROM people ORDER BY article_id, pid")
    with store.transaction():  # forget the resolution, then redo it one row per transaction
        for sql in ("UPDATE people SET entity_id = NULL", "UPDATE events SET event_entity_id = NULL",
                    "DELETE FROM sources", "DELETE FROM event_entities", "DELETE FROM entities"):
            store.execute(sql)
    assert resolve_people(store, batch=1) == 6 and resolve_events(store, batch=1) == 9
    assert store.rows("SELECT event_entity_id, article_id, eid FROM sources ORDER BY article_id, eid") == expected
    assert store.rows("SELECT article_id, pid, entity_id FROM people ORDER BY article_id, pid") == people


def test_unresolved_rows_are_sorted_once_and_rows_added_meanwhile_get_another_pass(store):
    """``_unresolved`` (the batches of both resolutions) reads every unresolved row once, in its order,
    ``batch`` at a time; rows stored while a pass runs (another process ingesting) come in a second pass;
    the temporary table is left empty."""
    from liaison.store.resolve import _unresolved

    store.put_record(visit_record("a0", start="2024-05-14", end="2024-05-14", published="2024-05-16"))
    store.put_record(visit_record("a1", start="2023-11-06", end="2023-11-06", published="2023-11-08"))
    keys = ("SELECT article_id, eid FROM events WHERE event_entity_id IS NULL "
            "ORDER BY coalesce(date_start, ''), article_id, eid")
    rows_sql = ("SELECT e.article_id, e.eid FROM temp.resolve_todo t JOIN events e ON e.article_id = t.article_id "
                "AND e.eid = t.k WHERE t.n > ? AND t.n <= ? AND e.event_entity_id IS NULL ORDER BY t.n")
    per_article = store.scalar("SELECT count(*) FROM events WHERE article_id = 'a0'")
    seen = []
    for rows in _unresolved(store, keys, rows_sql, 2):
        assert 0 < len(rows) <= 2
        seen += [(r["article_id"], r["eid"]) for r in rows]
        with store.transaction():
            for r in rows:
                store.execute("UPDATE events SET event_entity_id = 0 WHERE article_id = ? AND eid = ?",
                              (r["article_id"], r["eid"]))
        if len(seen) == 2:
            store.put_record(visit_record("late", start="2022-01-03", end="2022-01-03", published="2022-01-05"))
    assert len(seen) == len(set(seen)) == 3 * per_article
    assert [a for a, _ in seen] == ["a1"] * per_article + ["a0"] * per_article + ["late"] * per_article
    assert store.scalar("SELECT count(*) FROM events WHERE event_entity_id IS NULL") == 0
    assert store.scalar("SELECT count(*) FROM temp.resolve_todo") == 0


def test_full_resolution_redoes_a_wrong_resolution(store):
    """``resolve(full=True)`` forgets what was resolved and redoes it: a resolution tampered with (every
    event row put into one entity, every person into one official) is repaired; incremental is not."""
    store.put_record(visit_record("a1"))
    store.put_record(visit_record("a2", published="2023-11-09"))
    store.put_record(visit_record("a3", start="2024-05-14", end="2024-05-15", published="2024-05-16"))
    resolve(store)

    def partition():
        groups = {}
        for r in store.rows("SELECT event_entity_id, article_id, eid FROM sources ORDER BY article_id, eid"):
            groups.setdefault(r["event_entity_id"], []).append((r["article_id"], r["eid"]))
        people = {}
        for r in store.rows("SELECT entity_id, article_id, pid FROM people ORDER BY article_id, pid"):
            people.setdefault(r["entity_id"], []).append((r["article_id"], r["pid"]))
        return sorted(groups.values()), sorted(people.values())

    right = partition()
    assert len(right[0]) == 6 and len(right[1]) == 2  # a1+a2 share 3 events, a3 has its own; 2 officials
    with store.transaction():
        store.execute("UPDATE sources SET event_entity_id = (SELECT min(event_entity_id) FROM event_entities)")
        store.execute("UPDATE events SET event_entity_id = (SELECT min(event_entity_id) FROM event_entities)")
        store.execute("UPDATE people SET entity_id = (SELECT min(entity_id) FROM entities)")
    wrong = partition()
    assert wrong != right
    resolve(store)
    assert partition() == wrong  # incremental: nothing is unresolved, nothing changes
    assert resolve(store, full=True) == {"people": 6, "events": 9}
    assert partition() == right


def test_event_entities_carry_browse_rows(store):
    changchun = {"code": "220100", "name": {"zh": "长春市", "en": "Changchun"}, "country": "CN"}
    store.put_record(visit_record("a1", destination=TIANJIN))
    store.put_record(visit_record("a2", published="2023-11-09", origin=changchun))
    resolve(store)
    visit = store.rows("SELECT * FROM event_entities WHERE type = 'visit'")
    assert len(visit) == 2  # Jilin and Changchun are different origins: not one visit
    meeting = store.rows("SELECT event_entity_id, n_sources, sort_date, year FROM event_entities "
                         "WHERE type = 'meeting'")
    assert [(m["n_sources"], m["sort_date"], m["year"]) for m in meeting] == [(2, "2023-11-06", "2023")]
    ee = meeting[0]["event_entity_id"]
    regions = store.rows("SELECT side, region_key, province, country FROM ee_regions WHERE event_entity_id = ? "
                         "ORDER BY region_key", (ee,))
    assert [(r["side"], r["region_key"], r["province"], r["country"]) for r in regions] == [
        ("party", "120000", "120000", "CN"), ("party", "220000", "220000", "CN"),
        ("party", "220100", "220000", "CN")]  # Changchun rolls up to Jilin province
    assert [r["field"] for r in store.rows("SELECT field FROM ee_fields WHERE event_entity_id = ? ORDER BY field",
                                           (ee,))] == ["agriculture", "industry"]
    people = store.rows("SELECT e.zh, p.role FROM ee_people p JOIN entities e USING (entity_id) "
                        "WHERE p.event_entity_id = ? ORDER BY e.zh, p.role", (ee,))
    assert [(p["zh"], p["role"]) for p in people] == [("景俊海", "speaker"), ("陈敏尔", "presider")]
    chen = store.rows("SELECT n_articles, n_events FROM entities WHERE zh = '陈敏尔'")[0]
    assert (chen["n_articles"], chen["n_events"]) == (2, 3)  # two visits and one meeting (not at the signing)
    store.delete_article("a2")
    resolve(store)
    assert store.scalar("SELECT n_sources FROM event_entities WHERE event_entity_id = ?", (ee,)) == 1
    assert store.scalar("SELECT count(*) FROM ee_regions WHERE event_entity_id = ? AND region_key = '220100'",
                        (ee,)) == 0
    assert store.scalar("SELECT n_articles FROM entities WHERE zh = '陈敏尔'") == 1


def test_resolution_compares_each_event_with_its_block_only(store, monkeypatch):
    """Blocking: an event is compared only with entities of its type sharing a region and a date window,
    so the comparisons per event stay flat as the corpus grows (no all-pairs within a month)."""
    import liaison.store.resolve as res

    from test_store_helpers import HAINAN

    seen = []
    real = res._compatible
    monkeypatch.setattr(res, "_compatible", lambda ev, *a: seen.append(ev["eid"]) or real(ev, *a))
    regions = [JILIN, TIANJIN, HAINAN, HA_GIANG]
    n = 0
    for month in range(1, 13):
        for day in (3, 17):
            for i, (a, b) in enumerate([(0, 1), (2, 3)]):
                n += 1
                store.put_record(record(f"m{n}", events=[event("e1", "meeting", f"2023-{month:02d}-{day:02d}",
                                                               parties=[regions[a], regions[b]])],
                                        published=f"2023-{month:02d}-{day + 1:02d}"))
    resolve(store)
    assert store.scalar("SELECT count(*) FROM event_entities") == n == 48
    # every meeting is alone in its block: two weeks apart, or another pair of regions
    assert seen == []
    # one more report of one of them is compared with that one only
    store.put_record(record("x", events=[event("e1", "meeting", "2023-06-17", parties=[JILIN, TIANJIN])],
                            published="2023-06-20"))
    resolve(store)
    assert seen == ["e1"] and store.scalar("SELECT count(*) FROM event_entities") == 48


def test_event_days():
    from liaison.store.resolve import event_days

    d = lambda s: __import__("datetime").date.fromisoformat(s).toordinal()  # noqa: E731
    assert event_days("2023-11-06", "2023-11-07", None) == (d("2023-11-06"), d("2023-11-07"))
    assert event_days("2023-02", "2023-02", None) == (d("2023-02-01"), d("2023-02-28"))
    assert event_days("2023", None, None) == (d("2023-01-01"), d("2023-12-31"))
    assert event_days("--05-22", "--05-22", "2024-06-01") == (d("2024-05-22"), d("2024-05-22"))
    assert event_days(None, None, "2024-06-01") == (d("2024-06-01"),) * 2
    assert event_days("--05-22", None, None) is None and event_days(None, None, None) is None


def test_adding_a_report_updates_an_entity_as_a_full_summary_would(store):
    """Resolution updates an entity from its row and the new report (``_add_source``); rebuilding every
    entity from all its reports (``_summarize``) must give the same rows."""
    from liaison.store.resolve import _summarize

    changchun = {"code": "220100", "name": {"zh": "长春市", "en": "Changchun"}, "country": "CN"}
    store.put_record(visit_record("a1", start="2023-11-06", end="2023-11-07"))
    store.put_record(visit_record("a2", start="2023-11-07", end="2023-11-08", published="2023-11-09",
                                  origin=changchun))
    store.put_record(visit_record("a3", start=None, end=None, published="2023-11-10"))
    store.put_record(record("a4", [person("p1", "陈敏尔", None, ("secretary", "party_committee", TIANJIN))],
                            [event("e1", "meeting", "--11-06", parties=[JILIN, TIANJIN, HA_GIANG],
                                   participants=[("p1", "host")], fields=["talent"])], published="2023-11-12"))
    resolve(store)
    assert store.scalar("SELECT max(n_sources) FROM event_entities") >= 3

    def snapshot():
        cols = ("event_entity_id, type, date_start, date_end, sort_date, year, day_lo, day_hi, n_sources, "
                "origin_code, destination_code")
        return (store.rows(f"SELECT {cols} FROM event_entities ORDER BY event_entity_id"),
                *(sorted(map(tuple, map(dict.values, store.rows(f"SELECT * FROM {t}"))), key=repr)
                  for t in ("ee_regions", "ee_blocks", "ee_fields", "ee_people")))

    incremental = snapshot()
    with store.transaction():
        for r in store.rows("SELECT event_entity_id FROM event_entities"):
            _summarize(store, r["event_entity_id"])
    assert snapshot() == incremental
