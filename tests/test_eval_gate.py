"""Checks on the shared dev corpus; skipped when ../shared is not beside the checkout."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FOUNDING = SHARED / "corpus" / "dev" / "000.json"


@pytest.mark.skipif(not FOUNDING.is_file(), reason=f"no shared dev corpus at {FOUNDING} (it lives beside the checkout)")
def test_founding_example_splits_after_the_quoted_terms():
    import liaison

    text = json.loads(FOUNDING.read_text(encoding="utf-8"))["text"]
    doc = liaison.extract_doc(text)
    cut = "“津粮吉储”“津肉吉供”,"
    pos = doc.text.index(cut) + len(cut)
    boundaries = {r.end: r for r in doc.runs}
    assert pos in boundaries and boundaries[pos].value == "zh"
    after = next(r for r in doc.runs if r.start == pos)
    assert after.value == "en" and doc.text[pos:].startswith("Let more Jilin")


# ---- the gate itself, on a gold set and a scorer written here (never ../shared) ----
ARTICLE = {"id": "g1", "published": "2024-03-02", "title": None, "url": None,
           "text": "3月1日，吉林省代表团来到天津市考察。", "gold": {"people": [], "events": []}}


def _fake_scorer(tmp_path, f1: float) -> str:
    """A scorer that reports every category at ``f1`` (the real one lives in ../shared)."""
    cats = ["people", "positions", "events", "participants", "roles", "dates", "titles", "fields", "sites", "micro"]
    body = {c: {"tp": 1, "fp": 0, "fn": 0, "p": f1, "r": f1, "f1": f1} for c in cats}
    body.update(docs=1, missing=[], errors=[])
    script = tmp_path / "score.py"
    script.write_text(
        "import json, sys\n"
        f"body = {json.dumps(body)!r}\n"
        "if '--json' in sys.argv: print(body)\n"
        "else: print('micro F1', json.loads(body)['micro']['f1'])\n", encoding="utf-8")
    return str(script)


def _gold(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir(exist_ok=True)
    (gold / "g1.json").write_text(json.dumps(ARTICLE, ensure_ascii=False), encoding="utf-8")
    return str(gold)


def _floors(tmp_path, dev: float) -> str:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"dev": {"events": dev, "micro": dev}}), encoding="utf-8")
    return str(path)


def test_gate_fails_below_a_floor(cli, tmp_path):
    res = cli("eval", "--check", "--gold", _gold(tmp_path), "--scorer", _fake_scorer(tmp_path, 0.5),
              "--floors", _floors(tmp_path, 0.6))
    assert res.code == 1
    assert "BELOW FLOOR (dev): events F1 0.500 < 0.600" in res.out


def test_gate_passes_at_its_floors(cli, tmp_path):
    res = cli("eval", "--check", "--gold", _gold(tmp_path), "--scorer", _fake_scorer(tmp_path, 0.6),
              "--floors", _floors(tmp_path, 0.6))
    assert res.code == 0, res.err
    assert "dev: all 2 categories at or above their floors" in res.out


def test_below_a_floor_without_check_reports_but_passes(cli, tmp_path):
    res = cli("eval", "--gold", _gold(tmp_path), "--scorer", _fake_scorer(tmp_path, 0.5),
              "--floors", _floors(tmp_path, 0.6))
    assert res.code == 0 and "BELOW FLOOR" in res.out


def test_gate_that_cannot_score_fails_with_check(cli, tmp_path):
    res = cli("eval", "--check", "--gold", str(tmp_path / "absent"), "--scorer", _fake_scorer(tmp_path, 1.0))
    assert res.code == 1
    assert "cannot score the dev set: no gold corpus at" in res.err
    res = cli("eval", "--gold", str(tmp_path / "absent"), "--scorer", _fake_scorer(tmp_path, 1.0))
    assert res.code == 0 and "skipped" in res.out


def test_gate_without_floors_for_its_set_fails_with_check(cli, tmp_path):
    res = cli("eval", "--check", "--set", "check", "--gold", _gold(tmp_path),
              "--scorer", _fake_scorer(tmp_path, 0.9), "--floors", _floors(tmp_path, 0.1))
    assert res.code == 1 and "no floors for the check set" in res.err


def test_check_set_is_aggregate_only(cli, tmp_path):
    res = cli("eval", "--set", "check", "--per-doc", "--gold", _gold(tmp_path),
              "--scorer", _fake_scorer(tmp_path, 0.9))
    assert res.code == 2 and "aggregate only" in res.err


def test_raise_floors_only_goes_up(cli, tmp_path):
    floors = _floors(tmp_path, 0.6)
    cli("eval", "--raise-floors", "--gold", _gold(tmp_path), "--scorer", _fake_scorer(tmp_path, 0.5),
        "--floors", floors)
    assert json.loads(open(floors, encoding="utf-8").read())["dev"]["events"] == 0.6
    cli("eval", "--raise-floors", "--gold", _gold(tmp_path), "--scorer", _fake_scorer(tmp_path, 0.8),
        "--floors", floors)
    assert json.loads(open(floors, encoding="utf-8").read())["dev"]["events"] == 0.8


def _matching_scorer(tmp_path) -> str:
    """A scorer exposing the functions the by-type breakdown reuses: events match on type alone."""
    script = tmp_path / "match_score.py"
    script.write_text(
        "import json, sys, pathlib\n"
        "def greedy(gold, pred, score):\n"
        "    out, used = {}, set()\n"
        "    for i, g in enumerate(gold):\n"
        "        for j, p in enumerate(pred):\n"
        "            if j not in used and score(g, p) > 0:\n"
        "                out[i] = j; used.add(j); break\n"
        "    return out\n"
        "def name_eq(a, b): return a.get('zh') == b.get('zh')\n"
        "def event_score(g, p, pmap): return 1.0 if g.get('type') == p.get('type') else 0.0\n"
        "def load_preds(d):\n"
        "    return {f.stem: json.loads(f.read_text()) for f in pathlib.Path(d).glob('*.json')}, []\n"
        "body = {c: {'tp': 1, 'fp': 0, 'fn': 0, 'p': 1, 'r': 1, 'f1': 1.0} for c in\n"
        "        ['people', 'positions', 'events', 'participants', 'roles', 'dates', 'titles', 'fields', 'sites', 'micro']}\n"
        "body.update(docs=1, missing=[], errors=[])\n"
        "if __name__ == '__main__':\n"
        "    print(json.dumps(body) if '--json' in sys.argv else 'micro F1 1.0')\n", encoding="utf-8")
    return str(script)


def test_by_type_counts_gold_predicted_and_matched_events(cli, tmp_path):
    article = dict(ARTICLE, gold={"people": [], "events": [
        {"id": "e1", "type": "visit", "date": {"start": "2024-03-01"}, "participants": []},
        {"id": "e2", "type": "agreement", "participants": []}]})
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "g1.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    res = cli("eval", "--set", "check", "--by-type", "--gold", str(gold), "--scorer", _matching_scorer(tmp_path),
              "--floors", _floors(tmp_path, 0.1))
    rows = {line.split()[0]: line.split()[1:] for line in res.out.splitlines()
            if line.split() and line.split()[0] in ("visit", "meeting", "agreement", "inspection")}
    # the extractor finds the visit (dated 3月1日) and no agreement
    assert rows["visit"][:5] == ["1", "1", "1", "1", "1"], res.out
    assert rows["agreement"][:3] == ["1", "0", "0"], res.out
    assert "g1" not in res.out  # aggregate only: no article named


def test_by_type_counts_one_language_group_with_group(cli, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for name, lang in (("g1", "zh"), ("g2", "mixed")):
        article = dict(ARTICLE, id=name, lang=lang, gold={"people": [], "events": [
            {"id": "e1", "type": "agreement" if lang == "mixed" else "meeting", "participants": []}]})
        (gold / f"{name}.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    res = cli("eval", "--set", "check", "--by-type", "--group", "mixed", "--gold", str(gold),
              "--scorer", _matching_scorer(tmp_path), "--floors", _floors(tmp_path, 0.1))
    rows = {line.split()[0]: line.split()[1:] for line in res.out.splitlines()
            if line.split() and line.split()[0] in ("visit", "meeting", "agreement", "inspection")}
    assert "language group: mixed" in res.out
    assert rows["agreement"][0] == "1" and rows["meeting"][0] == "0", res.out  # the zh article is not counted


def test_no_floors_scores_a_gold_directory_of_ones_own_without_the_sets_floors(cli, tmp_path):
    res = cli("eval", "--no-floors", "--gold", _gold(tmp_path), "--scorer", _fake_scorer(tmp_path, 0.5),
              "--floors", _floors(tmp_path, 0.6))
    assert res.code == 0 and "micro F1 0.5" in res.out and "BELOW FLOOR" not in res.out


def _counting_scorer(tmp_path) -> str:
    """A scorer that reports how many gold files it was given."""
    script = tmp_path / "count.py"
    script.write_text(
        "import json, sys, pathlib\n"
        "n = len(list(pathlib.Path(sys.argv[2]).glob('*.json')))\n"
        "cats = ['people', 'events', 'micro']\n"
        "body = {c: {'tp': n, 'fp': 0, 'fn': 0, 'p': 1.0, 'r': 1.0, 'f1': 1.0} for c in cats}\n"
        "body.update(docs=n, missing=[], errors=[])\n"
        "print(json.dumps(body) if '--json' in sys.argv else f'gold files: {n}')\n", encoding="utf-8")
    return str(script)


def test_files_scores_only_the_gold_files_a_glob_names(cli, tmp_path):
    gold = _gold(tmp_path)
    for name in ("g2.json", "h1.json"):
        (Path(gold) / name).write_text(json.dumps(dict(ARTICLE, id=name[:2]), ensure_ascii=False), encoding="utf-8")
    scorer = _counting_scorer(tmp_path)
    assert "gold files: 3" in cli("eval", "--no-floors", "--gold", gold, "--scorer", scorer).out
    assert "gold files: 2" in cli("eval", "--no-floors", "--gold", gold, "--scorer", scorer, "--files", "g*.json").out
    both = cli("eval", "--no-floors", "--gold", gold, "--scorer", scorer, "--files", "g1.json, h1.json")
    assert "gold files: 2" in both.out
    none = cli("eval", "--no-floors", "--gold", gold, "--scorer", scorer, "--files", "x*.json")
    assert none.code == 2 and "matches" in none.err


def test_files_is_refused_on_the_check_set(cli, tmp_path):
    res = cli("eval", "--set", "check", "--gold", _gold(tmp_path), "--scorer", _counting_scorer(tmp_path),
              "--files", "g1.json")
    assert res.code == 2 and "aggregate only" in res.err
