"""Exit codes of the real ``liaison`` process: 0 success, 1 some input failed, 2 usage error.

The in-process ``cli`` fixture (conftest.py) must report what the process would: a ``SystemExit`` whose
code is None is 0, not 2 — so a usage error that exits 0 fails these tests instead of passing.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ZH, exit_status

USAGE = [
    [],                                             # no command: help, exit 2
    ["extract"],                                    # no PATH
    ["extract", "x.txt", "--published", "2023-02-30"],
    ["extract", "x.txt", "--out", "d", "-o", "f"],  # mutually exclusive
    ["nosuchcommand"],
    ["ingest", "x.txt", "--workers", "0"],
    ["query"],                                      # no WHAT
    ["query", "events", "--type", "party"],
    ["export", "--format", "xlsx"],
    ["serve", "--port", "0"],
]


def _run(*argv: str, cwd=None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "liaison.cli", *argv], capture_output=True, cwd=cwd, input=stdin,
                          timeout=300)


@pytest.mark.parametrize("argv", USAGE, ids=lambda a: " ".join(a) or "(none)")
def test_usage_errors_exit_2_in_process(cli, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(ZH, encoding="utf-8")
    r = cli(*argv)
    assert r.code == 2, (r.out, r.err)
    assert r.err.strip(), "a usage error says what is wrong"


def test_usage_errors_exit_2_as_a_process(tmp_path):
    (tmp_path / "x.txt").write_text(ZH, encoding="utf-8")
    for argv in (["extract"], ["extract", "x.txt", "--published", "2023-02-30"], ["query"], []):
        p = _run(*argv, cwd=tmp_path)
        assert p.returncode == 2, (argv, p.stderr)


def test_success_and_failure_exit_codes_as_a_process(tmp_path):
    (tmp_path / "x.txt").write_text(ZH, encoding="utf-8")
    assert _run("--version").returncode == 0
    assert _run("extract", "--help").returncode == 0
    ok = _run("extract", str(tmp_path / "x.txt"), "-q")
    assert ok.returncode == 0 and b'"schema_version": "1"' in ok.stdout
    bad = _run("extract", str(tmp_path / "x.txt"), str(tmp_path / "missing.txt"), "-q")
    assert bad.returncode == 1 and b"missing.txt" in bad.stderr and b'"schema_version"' in bad.stdout


def test_fixture_reports_what_the_process_would():
    assert exit_status(SystemExit(None)) == 0
    assert exit_status(SystemExit()) == 0
    assert exit_status(SystemExit(2)) == 2
    assert exit_status(SystemExit("a message")) == 1
