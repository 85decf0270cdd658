"""``liaison eval``: the dev-set quality gate.

Extracts every article of a gold directory (default ``../shared/corpus/dev``),
scores the records with the shared scorer (``../shared/eval/score.py``),
prints the table, and with ``--check`` fails when a category falls below the
floors pinned in ``tests/eval_floors.json``. Floors only go up: raise them
with ``--raise-floors`` after an improvement, never lower them silently.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_SHARED = Path("..") / "shared"
DEFAULT_FLOORS = Path("tests") / "eval_floors.json"


def register(sub) -> None:
    p = sub.add_parser("eval", help="score extraction on a gold-annotated corpus",
                       description=__doc__.split("\n\n")[1].replace("\n", " "))
    p.add_argument("--gold", metavar="DIR", help="gold directory (default ../shared/corpus/dev)")
    p.add_argument("--scorer", metavar="FILE", help="scorer (default ../shared/eval/score.py)")
    p.add_argument("--floors", metavar="FILE", default=str(DEFAULT_FLOORS),
                   help="pinned per-category F1 floors (default tests/eval_floors.json)")
    p.add_argument("--check", action="store_true", help="exit 1 when any category is below its floor")
    p.add_argument("--raise-floors", action="store_true",
                   help="write the measured F1s as new floors where they are higher")
    p.add_argument("--out", metavar="DIR", help="keep the predicted records in DIR")
    p.add_argument("--per-doc", action="store_true", help="also print micro F1 per article")
    p.set_defaults(func=cmd_eval)


def cmd_eval(args) -> int:
    gold = Path(args.gold) if args.gold else DEFAULT_SHARED / "corpus" / "dev"
    scorer = Path(args.scorer) if args.scorer else DEFAULT_SHARED / "eval" / "score.py"
    if not gold.is_dir() or not scorer.is_file():
        print(f"liaison eval: skipped: no gold corpus at {gold} or no scorer at {scorer} "
              "(the dev set lives in the project's shared/ folder beside the checkout)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
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
    print(table, end="")
    floors_path = Path(args.floors)
    floors = json.loads(floors_path.read_text()) if floors_path.is_file() else {}
    below = [(c, scores[c]["f1"], f) for c, f in floors.items() if c in scores and scores[c]["f1"] + 1e-9 < f]
    if args.raise_floors:
        new = dict(floors)
        for c in list(scores):
            if isinstance(scores[c], dict) and "f1" in scores[c]:
                new[c] = max(round(scores[c]["f1"] - 0.0005, 3), floors.get(c, 0.0))
        floors_path.parent.mkdir(parents=True, exist_ok=True)
        floors_path.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n")
        print(f"floors written to {floors_path}")
    if below:
        for c, f1, floor in below:
            print(f"BELOW FLOOR: {c} F1 {f1:.3f} < {floor:.3f}")
        return 1 if args.check else 0
    if floors:
        print(f"all {len(floors)} categories at or above their floors")
    return 0
