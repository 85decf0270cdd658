"""The package's dependency direction: cli → store/web/spark → runner → pipeline → stages → models/data → doc.

Every ``import`` in ``liaison/`` — at the top of a module or inside a function, since a lazy import
is a dependency all the same — is read with ``ast`` (no module is imported). A module may import
modules of its own layer and of the layers below it, never above; modules must not import each
other in a circle (not even lazily); and the store and the Spark engine never import each other
(both run the pipeline through ``liaison.runner``). Importing ``liaison.x.y`` runs the parent
packages' ``__init__`` too, but like import-linter this counts only the module named.

The ``commands`` modules of ``store`` and ``web`` register subcommands and print: they are the
command-line layer of their packages, so they belong to the CLI layer here.

``KNOWN`` lists the edges that break these rules today, each with who removes it. The test
ignores them, and fails once one of them is gone, so that the list only shrinks.
"""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "liaison"

# top to bottom; a module belongs to the layer of its longest matching prefix ("liaison" alone: the
# package's __init__, the public API: extract(), open_store())
LAYERS = [
    ("cli", ["liaison.cli", "liaison.evalgate", "liaison.store.commands", "liaison.web.commands"]),
    ("application", ["liaison", "liaison.store", "liaison.web", "liaison.spark", "liaison.testing"]),
    ("runner", ["liaison.runner"]),
    ("pipeline", ["liaison.pipeline", "liaison.record"]),
    ("stages", ["liaison.stages"]),
    ("models and data", ["liaison.models", "liaison.gazetteer", "liaison.names", "liaison.titles",
                         "liaison.regions_data", "liaison.homes", "liaison.title_labels", "liaison.eventtypes", "liaison.lang", "liaison.places", "liaison.fields",
                         "liaison.mixedrx", "liaison.model_worker"]),
    ("base", ["liaison.doc", "liaison.errors", "liaison.readers", "liaison.documents", "liaison.console"]),
]

# packages of one layer that must not import each other, either way
INDEPENDENT = [("liaison.store", "liaison.spark"), ("liaison.spark", "liaison.web")]
# (and the store never imports the web UI; the web UI reads the store)
FORBIDDEN = [("liaison.store", "liaison.web")]

# Edges breaking the rules today, with who removes them. Each must still exist (else: delete it here).
KNOWN: dict = {}


def _modules() -> dict[str, Path]:
    out = {}
    for f in PKG.rglob("*.py"):
        parts = list(f.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


MODULES = _modules()


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(name: str, path: Path) -> set[str]:
    """The liaison modules ``name`` imports anywhere in its body (not under ``if TYPE_CHECKING``)."""
    tree = ast.parse(path.read_text("utf-8"))
    pkg = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    skip = {id(n) for t in ast.walk(tree) if _is_type_checking(t) for n in ast.walk(t)}
    found: set[str] = set()

    def known(target: str) -> str:
        while target not in MODULES and "." in target:
            target = target.rsplit(".", 1)[0]
        return target

    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(known(a.name) for a in node.names if a.name.split(".")[0] == "liaison")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[:len(pkg.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "liaison":
                continue
            for a in node.names:  # ``from liaison import names``: the module liaison.names
                sub = f"{target}.{a.name}"
                found.add(sub if sub in MODULES else known(target))
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    return {name: _imports(name, path) for name, path in MODULES.items()}


GRAPH = _graph()


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def layer_of(module: str) -> int:
    best = None
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            match = module == p if p == "liaison" else _within(module, p)
            if match and (best is None or len(p) > best[1]):
                best = (i, len(p))
    assert best is not None, f"{module} is in no layer: add it to LAYERS in tests/test_layers.py"
    return best[0]


def _edges():
    return [(a, b) for a, targets in GRAPH.items() for b in sorted(targets) if (a, b) not in KNOWN]


def test_every_module_has_a_layer():
    assert len(MODULES) > 40
    for m in MODULES:
        layer_of(m)


def test_no_upward_import():
    up = [f"{a} ({LAYERS[layer_of(a)][0]}) imports {b} ({LAYERS[layer_of(b)][0]})"
          for a, b in _edges() if layer_of(b) < layer_of(a)]
    assert up == []


def test_independent_packages():
    bad = [f"{a} imports {b}" for a, b in _edges()
           for x, y in INDEPENDENT + FORBIDDEN + [(y, x) for x, y in INDEPENDENT]
           if _within(a, x) and _within(b, y) and layer_of(a) == layer_of(b)]
    assert bad == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle():
    graph = {a: {b for b in bs if (a, b) not in KNOWN} for a, bs in GRAPH.items()}
    assert _cycles(graph) == []


def test_known_exceptions_still_exist():
    """A known exception that is gone must leave the list, so that it cannot come back unnoticed."""
    gone = [f"{a} -> {b} (removed by the {who}): delete it from KNOWN" for (a, b), who in KNOWN.items()
            if b not in GRAPH.get(a, ())]
    assert gone == []


def test_the_checker_sees_what_it_must():
    """The walker itself: lazy imports count, ``from .. import names`` is the module, cycles are found."""
    assert "liaison.spark" in GRAPH["liaison.store.commands"]          # inside a function
    assert "liaison.names" in GRAPH["liaison.stages.people"]           # from .. import names as N
    assert "liaison.stages" in GRAPH["liaison.pipeline"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert layer_of("liaison.store.commands") == 0 and layer_of("liaison.store.db") == 1
    assert layer_of("liaison") == 1 and layer_of("liaison.stages.people") == 4
