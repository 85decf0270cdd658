"""Shared fixtures: running the CLI in-process, and the sentences the tests are built on."""
from __future__ import annotations

import io
import sys

import pytest

# One sentence in simplified and one in traditional Chinese, written for these tests.
ZH = "吉林省党政代表团于11月6日来到天津市考察，两地举行合作交流座谈会并签署框架协议。"
ZH_TRAD = "吉林省黨政代表團於11月6日來到天津市考察，兩地舉行合作交流座談會並簽署框架協議。"
EN = "A delegation from Jilin Province visited Tianjin on November 6 and signed a framework agreement."


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: long-running stress test (run with -m slow)")


def pytest_collection_modifyitems(config, items):
    # Slow tests run only when asked for: `pytest -m slow`.
    if "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow stress test; run with `pytest -m slow`")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    @property
    def records(self) -> list[dict]:
        import json

        return [json.loads(line) for line in self.out.splitlines() if line.strip()]

    @property
    def errors(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("liaison: error:")]


def exit_status(exc: SystemExit) -> int:
    """The process exit status Python gives for ``exc``: None is 0, an int itself, anything else 1."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)
    return 1


@pytest.fixture
def cli(capsys, monkeypatch):
    """``cli('extract', path, ..., stdin=b'...')`` → CliResult (exit code, stdout, stderr)."""
    from liaison.cli import main

    def run(*argv: str, stdin: bytes | None = None) -> CliResult:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse: usage errors, --help, --version
            code = exit_status(exc)
        cap = capsys.readouterr()
        return CliResult(code, cap.out, cap.err)

    return run
