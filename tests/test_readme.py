"""First run: every command of the README's Commands block works on the demo database and gives rows.

The block is read from README.md itself, so an example that stops working (or a new one) is tested.
Placeholders: ``corpus/`` is a copy of examples/, ``article.txt`` one of its articles, ``corpus.jsonl``
all of them as JSON lines. ``liaison eval`` reads ../shared and is the CI gate's own test
(tests/test_eval_gate.py); the Spark line runs in tests/test_store_spark.py (it needs Java).
"""
from __future__ import annotations

import io
import json
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from conftest import EN, ZH

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def readme_block(heading: str) -> str:
    text = README.read_text("utf-8")
    section = text.split(f"\n## {heading}\n", 1)[1]
    return section.split("```sh\n", 1)[1].split("```", 1)[0]


def readme_commands() -> list[str]:
    """The shell commands of the Commands block, comments dropped, ``a && b`` split."""
    out = []
    for line in readme_block("Commands").splitlines():
        line = line.split("  #", 1)[0].strip()
        if line:
            out += [part.strip() for part in line.split("&&")]
    return out


def readme_python() -> str:
    text = README.read_text("utf-8").split("From Python:", 1)[1]
    return text.split("```python\n", 1)[1].split("```", 1)[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A folder holding the demo database (``liaison demo``) and the placeholders' files."""
    from liaison.cli import main
    from liaison.readers import Article, iter_articles

    d = tmp_path_factory.mktemp("first-run")
    shutil.copytree(ROOT / "examples", d / "examples")
    shutil.copytree(ROOT / "examples", d / "corpus")
    shutil.copy(ROOT / "examples" / "ex08-guizhou-ningbo.txt", d / "article.txt")
    with open(d / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for a in iter_articles([str(ROOT / "examples")]):
            assert isinstance(a, Article)
            fh.write(json.dumps({"id": a.id, "url": a.url, "published": a.published, "title": a.title,
                                 "text": a.text}, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["demo", "--db", str(d / "liaison.db")]) == 0
    return d, buf.getvalue()


def test_demo_summary(demo):
    _, out = demo
    assert out.startswith(f"{demo[0] / 'liaison.db'}: 9 articles (9 ingested, 0 unchanged (skipped), 0 failed)")
    next_cmd = out.strip().splitlines()[-1]
    assert next_cmd == "next: liaison query events --region Jilin --db " + str(demo[0] / "liaison.db")


def test_the_block_is_what_this_test_knows():
    """A command added to the README must be added here too (with what it should give)."""
    verbs = [shlex.split(c.split("|")[-1])[1] for c in readme_commands()]
    assert verbs == ["extract", "extract", "extract", "stages", "eval", "ingest", "query", "query", "export",
                     "ingest", "load", "serve"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_every_command_works_and_gives_rows(demo, cli, monkeypatch):
    d, _ = demo
    monkeypatch.chdir(d)
    for command in readme_commands():
        stdin = None
        if "|" in command:  # cat FILE | liaison ...
            cat, command = (c.strip() for c in command.split("|", 1))
            stdin = (d / shlex.split(cat)[1]).read_bytes()
        argv = shlex.split(command)
        assert argv[0] == "liaison"
        verb = argv[1]
        if verb == "eval" or "--engine" in argv or verb == "load":
            continue  # see the module docstring
        if verb == "serve":
            _serve(argv[1:], d)
            continue
        r = cli(*argv[1:], stdin=stdin)
        assert r.code == 0, (command, r.err)
        if verb == "query":
            assert "(no rows)" not in r.out and len(r.out.splitlines()) >= 3, (command, r.out)
        elif verb == "extract" and "--out" in argv:
            out = d / argv[argv.index("--out") + 1]
            assert len(list(out.glob("*.json"))) == 9
        elif verb == "extract" and "-o" in argv:
            (rec,) = [json.loads(x) for x in (d / argv[argv.index("-o") + 1]).read_text("utf-8").splitlines()]
            assert rec["events"]
        elif verb == "extract":
            (rec,) = r.records
            assert rec["doc"]["published"] == "2023-11-08" and rec["events"] and rec["people"]
        elif verb == "export":
            lines = (d / argv[argv.index("-o") + 1]).read_text("utf-8").splitlines()
            assert len(lines) >= 10 and all(json.loads(x)["event_type"] for x in lines)
        elif verb == "stages":
            assert len(r.out.splitlines()) >= 5
        elif verb == "ingest":
            assert "0 failed" in r.err


def _serve(args: list[str], d: Path) -> None:
    """``liaison serve`` as a process on a free loopback port: the home page and the API answer."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "liaison.cli", *args, "--port", str(port)], cwd=d,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as resp:
                    assert resp.status == 200 and "liaison" in resp.read().decode("utf-8").lower()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.time() < deadline, "liaison serve did not answer"
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_python_example_runs(demo, monkeypatch, capsys):
    d, _ = demo
    monkeypatch.chdir(d)
    exec(compile(readme_python(), "README.md", "exec"), {"texts": [ZH, EN]})
    printed = capsys.readouterr().out.split()
    assert len(printed) == 2 and all(len(x) == 16 for x in printed)  # two ids from the content, no error
