"""``liaison eval``: the quality gate on the gold-annotated corpora.

Extracts every article of a gold set (``--set dev``: ``../shared/corpus/dev``,
read freely; ``--set check``: ``../shared/corpus/check``, scored in aggregate
only), scores the records with the shared scorer (``../shared/eval/score.py``),
prints the table, and with ``--check`` fails when a category falls below the
floors pinned for that set in ``tests/eval_floors.json``. Floors only go up:
raise them with ``--raise-floors`` after an improvement, never lower them
silently. With ``--check`` a gate that cannot score (no corpus, no scorer)
fails; without it, it skips with a message.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_SHARED = Path("..") / "shared"
DEFAULT_FLOORS = Path("tests") / "eval_floors.json"
SETS = ("dev", "check")
# Sets whose articles nobody working on the project may read: only the totals are printed.
AGGREGATE_ONLY = {"check"}


def register(sub) -> None:
    p = sub.add_parser("eval", help="score extraction on a gold-annotated corpus",
                       description=__doc__.split("\n\n")[1].replace("\n", " "))
    p.add_argument("--set", dest="gold_set", choices=SETS, default="dev",
                   help="which gold set under ../shared/corpus, and which floors (default dev)")
    p.add_argument("--gold", metavar="DIR", help="gold directory (default ../shared/corpus/SET)")
    p.add_argument("--scorer", metavar="FILE", help="scorer (default ../shared/eval/score.py)")
    p.add_argument("--floors", metavar="FILE", default=str(DEFAULT_FLOORS),
                   help="pinned per-category F1 floors, keyed by set (default tests/eval_floors.json)")
    p.add_argument("--check", action="store_true",
                   help="exit 1 when any category is below its floor or the set cannot be scored")
    p.add_argument("--raise-floors", action="store_true",
                   help="write the measured F1s as new floors where they are higher")
    p.add_argument("--out", metavar="DIR", help="keep the predicted records in DIR (dev set only)")
    p.add_argument("--per-doc", action="store_true", help="also print micro F1 per article (dev set only)")
    p.add_argument("--by-language", action="store_true",
                   help="also print micro F1 per language group (the gold files' 'lang': zh, zh-hant, en, mixed)")
    p.add_argument("--by-type", action="store_true",
                   help="also print, per event type, how many events gold has, the extractor gives and the "
                        "scorer matches, with their dates and roles (counts only, so allowed on check)")
    p.add_argument("--no-floors", action="store_true",
                   help="score only, held to no floors (for a gold directory of your own, e.g. corpus/written/en)")
    p.add_argument("--files", metavar="GLOB",
                   help="score only the gold files whose names match GLOB (several a comma apart: "
                        "'06[5-9].json,07[0-2].json'; not on the check set)")
    p.add_argument("--group", metavar="LANG",
                   help="with --by-type: count only the articles of one language group (zh, zh-Hant, en, mixed)")
    p.set_defaults(func=cmd_eval)


def _load_floors(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _by_language(scorer: Path, preds: Path, gold: Path, tmp: Path) -> str:
    """Aggregate scores per language group: the scorer run over each group's gold files."""
    groups: dict[str, list[Path]] = {}
    for path in sorted(gold.glob("*.json")):
        try:
            lang = json.loads(path.read_text(encoding="utf-8")).get("lang") or "?"
        except (OSError, ValueError):
            lang = "?"
        groups.setdefault(str(lang), []).append(path)
    cats = ["people", "positions", "events", "participants", "roles", "dates", "fields", "micro"]
    lines = ["", f"{'language':<10}{'docs':>5}" + "".join(f"{c[:8]:>9}" for c in cats)]
    for lang, paths in sorted(groups.items()):
        sub = tmp / f"lang-{lang}"
        sub.mkdir(parents=True, exist_ok=True)
        for path in paths:
            (sub / path.name).write_bytes(path.read_bytes())
        res = subprocess.run([sys.executable, str(scorer), str(preds), str(sub), "--json"],
                             capture_output=True, text=True, check=False)
        if res.returncode != 0:
            continue
        sc = json.loads(res.stdout)
        lines.append(f"{lang:<10}{len(paths):>5}" + "".join(f"{sc[c]['f1']:>9.3f}" for c in cats))
    return "\n".join(lines) + "\n"


def _load_scorer(scorer: Path):
    """The scorer as a module, for breakdowns that reuse its own matching."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("liaison_eval_scorer", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _by_type(scorer: Path, preds: Path, gold: Path, group: str | None = None) -> str:
    """Counts per event type over the whole set, matched with the scorer's own functions.

    Per type: gold events, predicted events, matched pairs, matched pairs whose gold has
    a date and whose predicted date is the same, and (person, role) pairs on matched
    events (gold, predicted, right); then the roles missed and the roles wrong, by role.
    Only totals are printed: no article is named, so it serves the aggregate-only set.
    """
    try:
        sc = _load_scorer(scorer)
        needed = [getattr(sc, n) for n in ("greedy", "name_eq", "event_score", "load_preds")]
    except (AttributeError, ImportError, OSError, SyntaxError) as exc:
        return f"\nby type: not available with this scorer ({exc})\n"
    greedy, name_eq, event_score, load_preds = needed
    region_eq = getattr(sc, "region_eq", None)
    predicted = load_preds(str(preds))[0]
    counts: dict[tuple[str, str], int] = {}

    def add(key, n=1):
        counts[key] = counts.get(key, 0) + n

    for path in sorted(gold.glob("*.json")):
        try:
            item = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if group is not None and str(item.get("lang") or "?").lower() != group.lower():
            continue
        g = item.get("gold") or {}
        p = predicted.get(str(item.get("id") or path.stem)) or {}
        gpeople = [x for x in g.get("people") or [] if isinstance(x, dict)]
        ppeople = [x for x in p.get("people") or [] if isinstance(x, dict)]
        m = greedy(gpeople, ppeople, lambda a, b: 1.0 if name_eq(a.get("name") or {}, b.get("name") or {}) else 0.0)
        inv = {j: i for i, j in m.items()}
        pmap = {x.get("id"): (gpeople[inv[j]].get("id") if j in inv else ("pred", j)) for j, x in enumerate(ppeople)}
        if region_eq is not None:
            _position_misses(gpeople, ppeople, m, region_eq, add)
        gev = [e for e in g.get("events") or [] if isinstance(e, dict)]
        pev = [e for e in p.get("events") or [] if isinstance(e, dict)]
        for e in gev:
            add((e.get("type"), "gold"))
        for e in pev:
            add((e.get("type"), "pred"))
        em = greedy(gev, pev, lambda a, b: event_score(a, b, pmap))
        if region_eq is not None:
            _event_misses(gev, pev, em, ppeople, region_eq, add, str(item.get("text") or ""))
        for i, j in em.items():
            t = gev[i].get("type")
            add((t, "matched"))
            gd, pd = ((e.get("date") or {}).get("start") for e in (gev[i], pev[j]))
            add((t, "dated"), bool(gd))
            add((t, "date right"), bool(gd) and gd == pd)
            add(("date", "right" if gd and gd == pd else "wrong" if gd and pd else "missed" if gd else
                 "extra" if pd else "none"))
            add((t, "date extra"), bool(pd) and not gd)
            gr = {(x.get("person"), x.get("role")) for x in gev[i].get("participants") or [] if isinstance(x, dict)}
            pr = {(pmap.get(x.get("person")), x.get("role")) for x in pev[j].get("participants") or []
                  if isinstance(x, dict)}
            add((t, "roles gold"), len(gr))
            add((t, "roles pred"), len(pr))
            add((t, "roles right"), len(gr & pr))
            for _, role in gr - pr:
                add(("role missed", str(role)))
            for _, role in pr - gr:
                add(("role wrong", str(role)))
    cols = ["gold", "pred", "matched", "dated", "date right", "date extra", "roles gold", "roles pred", "roles right"]
    lines = [""] + ([f"language group: {group}"] if group else []) + [
        f"{'event type':<12}" + "".join(f"{c:>12}" for c in cols)]
    for t in ("visit", "meeting", "agreement", "inspection"):
        lines.append(f"{t:<12}" + "".join(f"{counts.get((t, c), 0):>12}" for c in cols))
    dates = [(k, counts.get(("date", k), 0)) for k in ("right", "wrong", "missed", "extra")]
    lines.append(f"{'dates on matched events:':<34}" + ", ".join(f"{k} {v}" for k, v in dates)
                 + " (missed: gold dated, pred not; extra: pred dated, gold not)")
    for kind in ("role missed", "role wrong"):
        roles = sorted((k[1], v) for k, v in counts.items() if k[0] == kind)
        label = kind.replace("role ", "roles ") + " on matched events:"
        lines.append(f"{label:<34}" + (", ".join(f"{r} {v}" for r, v in roles) or "none"))
    for kind, label in (("position", "positions missed on found people:"),
                        ("unmatched", "gold events not matched:"),
                        ("unknown side", "their sides never predicted:"),
                        ("side in text", "those sides in the text:")):
        found = sorted((k[1], v) for k, v in counts.items() if k[0] == kind)
        lines.append(f"{label:<34}" + (", ".join(f"{r} {v}" for r, v in found) or "none"))
    return "\n".join(lines) + "\n"


def _regions_of(event) -> list:
    sides = [event.get("origin"), event.get("destination")] + list(event.get("parties") or [])
    return [r for r in sides if isinstance(r, dict)]


def _position_misses(gpeople, ppeople, matched, region_eq, add) -> None:
    """Why each gold position of a person who was found has no equal predicted position.

    The first of: the person has no position at all, no position with that role, none
    with that role and kind of organisation, none also in that region (predicted region
    missing, or another one).
    """
    def same_region(a, b):
        return (a is None and b is None) or (a is not None and b is not None and region_eq(a, b))

    for i, j in matched.items():
        gpos = [x for x in gpeople[i].get("positions") or [] if isinstance(x, dict)]
        ppos = [x for x in ppeople[j].get("positions") or [] if isinstance(x, dict)]
        for x in gpos:
            if any(x.get("role") == y.get("role") and x.get("org_kind") == y.get("org_kind")
                   and same_region(x.get("region"), y.get("region")) for y in ppos):
                continue
            same_role = [y for y in ppos if y.get("role") == x.get("role")]
            same_kind = [y for y in same_role if y.get("org_kind") == x.get("org_kind")]
            why = ("person has none" if not ppos else "role" if not same_role else
                   "org_kind" if not same_kind else
                   "region missing" if all(y.get("region") is None for y in same_kind) else
                   "region extra" if x.get("region") is None else "region other")
            if why == "region other":
                got = next(y.get("region") for y in same_kind if y.get("region") is not None)
                why += f" (gold {_region_kind(x['region'])}, given {_region_kind(got)}" + (
                    ", nested)" if _nested(x["region"], got) else ")")
            add(("position", why))


def _event_misses(gev, pev, matched, ppeople, region_eq, add, text: str = "") -> None:
    """For gold events left unmatched: whether a predicted event of the type exists in the
    article, and whether the article's predictions name every region of its sides; for a side
    never named, whether the region tables find it in the text at all."""
    found = None  # the tables' scan of the text, made only when a side was never predicted
    known = [r for e in pev for r in _regions_of(e)]
    known += [x.get("region") for person in ppeople for x in person.get("positions") or []
              if isinstance(x, dict) and isinstance(x.get("region"), dict)]
    for i, e in enumerate(gev):
        if i in matched:
            continue
        same_type = any(x.get("type") == e.get("type") for x in pev)
        sides = _regions_of(e)
        seen = all(any(region_eq(r, k) for k in known) for r in sides) if sides else False
        add(("unmatched", ("type given" if same_type else "type absent")
             + ("; sides named" if seen else "; sides unknown")))
        for r in sides:
            if not any(region_eq(r, k) for k in known):
                near = [k for k in known if _nested(r, k)]
                add(("unknown side", _region_kind(r) + (
                    f" ({'/'.join(sorted({_region_kind(k) for k in near}))} given inside or around)" if near else "")))
                found = _found_regions(text) if found is None else found
                add(("side in text", _side_in_text(r, text, found, region_eq)))


def _found_regions(text: str) -> list:
    """Every region the tables offer anywhere in ``text``: (start, end, candidates as dicts)."""
    if not text:
        return []
    from .gazetteer import Gazetteer

    g = Gazetteer.default()
    return [(m.start, m.end, [c.to_dict() for c in m.candidates]) for m in g.find_zh(text) + g.find_en(text)]


def _side_in_text(region, text: str, found: list, region_eq) -> str:
    """Why an event side was never predicted: the tables find it in the text (a later stage
    lost it), its gold name is in the text where the tables read another place or nothing,
    or its gold name is not in the text as written."""
    if any(region_eq(region, c) for _, _, cands in found for c in cands):
        return "found by the tables"
    names = [n for n in ((region.get("name") or {}).get(k) for k in ("zh", "en")) if isinstance(n, str) and n]
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    if not spans:
        return "gold name not in text"
    if any(s < e2 and s2 < e for s, e in spans for s2, e2, _ in found):
        return "gold name in text, tables read another place there"
    return "gold name in text, tables find nothing there"


def _region_kind(region) -> str:
    """The level of a gold region, from its code: GB/T 2260 (six digits), ISO 3166-2, a
    country, or none."""
    code = str(region.get("code") or "")
    if code.isdigit() and len(code) == 6:
        return "cn province" if code.endswith("0000") else "cn prefecture" if code.endswith("00") else "cn county"
    if "-" in code:
        return "foreign first-level"
    return "country" if len(code) in (2, 3) else f"no code, in {region.get('country') or '?'}"


def _nested(a, b) -> bool:
    ca, cb = str(a.get("code") or ""), str(b.get("code") or "")
    if not (ca.isdigit() and cb.isdigit() and len(ca) == len(cb) == 6) or ca == cb:
        return ca[:2] == cb[:2] and "-" in ca and ca.split("-")[0] == cb.split("-")[0] if "-" in ca else False
    sa, sb = ca.rstrip("0"), cb.rstrip("0")
    return sa.startswith(sb) or sb.startswith(sa)


def cmd_eval(args) -> int:
    gold_set = args.gold_set
    gold = Path(args.gold) if args.gold else DEFAULT_SHARED / "corpus" / gold_set
    scorer = Path(args.scorer) if args.scorer else DEFAULT_SHARED / "eval" / "score.py"
    if not gold.is_dir() or not scorer.is_file():
        what = f"no gold corpus at {gold}" if not gold.is_dir() else f"no scorer at {scorer}"
        if args.check:
            print(f"liaison eval: cannot score the {gold_set} set: {what} (the gold sets live in the "
                  "project's shared/ folder beside the checkout; pass --gold and --scorer)", file=sys.stderr)
            return 1
        print(f"liaison eval: skipped: {what} (the gold sets live in the project's shared/ folder "
              "beside the checkout)")
        return 0
    private = gold_set in AGGREGATE_ONLY
    if private and (args.per_doc or args.out or args.files):
        print(f"liaison eval: the {gold_set} set is scored in aggregate only: "
              "--per-doc, --out and --files are refused", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as subset:
        if args.files:  # a batch of a gold directory (corpus/written/mixed, its 065-072): those files alone
            picked = sorted({p for pattern in args.files.split(",") for p in gold.glob(pattern.strip())})
            if not picked:
                print(f"liaison eval: no gold file in {gold} matches {args.files!r}", file=sys.stderr)
                return 2
            for path in picked:
                shutil.copy(path, Path(subset) / path.name)
            gold = Path(subset)
        out = Path(args.out) if args.out else Path(tmp)
        from .cli import main as cli_main

        rc = cli_main(["extract", *sorted(str(p) for p in gold.glob("*.json")), "--out", str(out), "--quiet"])
        if rc != 0:
            print("liaison eval: extraction reported errors (see above)", file=sys.stderr)
        res = subprocess.run([sys.executable, str(scorer), str(out), str(gold), "--json"],
                             capture_output=True, text=True, check=False)
        if res.returncode != 0:
            print(res.stderr, file=sys.stderr)
            return 1
        scores = json.loads(res.stdout)
        table = subprocess.run([sys.executable, str(scorer), str(out), str(gold)]
                               + (["--per-doc"] if args.per_doc else []),
                               capture_output=True, text=True, check=False).stdout
        if args.by_language:
            table += _by_language(scorer, out, gold, Path(tmp))
        if args.by_type:
            table += _by_type(scorer, out, gold, args.group)
    if private:  # the category table only: no article ids
        table = "".join(line + "\n" for line in table.splitlines()
                        if not line.startswith(("missing predictions", "error:", "  ")))
        if scores.get("missing"):
            table += f"missing predictions: {len(scores['missing'])} of {scores.get('docs')}\n"
    print(table, end="")
    floors_path = Path(args.floors)
    all_floors = _load_floors(floors_path)
    floors = all_floors.get(gold_set, {})
    if args.no_floors:
        return 0  # another gold directory (corpus/written/...): its scores, no set's floors to hold them to
    below = [(c, scores[c]["f1"], f) for c, f in floors.items() if c in scores and scores[c]["f1"] + 1e-9 < f]
    if args.raise_floors:
        new = dict(floors)
        for c in list(scores):
            if isinstance(scores[c], dict) and "f1" in scores[c]:
                new[c] = max(round(scores[c]["f1"] - 0.0005, 3), floors.get(c, 0.0))
        all_floors[gold_set] = dict(sorted(new.items()))
        floors_path.parent.mkdir(parents=True, exist_ok=True)
        floors_path.write_text(json.dumps(all_floors, indent=1, sort_keys=True) + "\n")
        print(f"{gold_set} floors written to {floors_path}")
    if below:
        for c, f1, floor in below:
            print(f"BELOW FLOOR ({gold_set}): {c} F1 {f1:.3f} < {floor:.3f}")
        return 1 if args.check else 0
    if floors:
        print(f"{gold_set}: all {len(floors)} categories at or above their floors")
    elif args.check:
        print(f"liaison eval: no floors for the {gold_set} set in {floors_path}", file=sys.stderr)
        return 1
    return 0
