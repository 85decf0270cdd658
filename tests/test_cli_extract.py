"""`liaison extract` end to end: outputs, bad inputs, exit codes (issue 2)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.record import validate

from conftest import EN, ZH


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(ZH, encoding="utf-8")
    return p


def test_extract_text_file_to_stdout(cli, good):
    r = cli("extract", good, "--published", "2023-11-08", "-q")
    assert r.code == 0, r.err
    (rec,) = r.records
    validate(rec)
    assert rec["doc"]["id"] == "good" and rec["doc"]["published"] == "2023-11-08"


def test_extract_out_dir_and_jsonl_output(cli, tmp_path, good):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a/b c", "text": EN}) + "\n" + json.dumps({"id": "z", "text": ZH},
                                                                            ensure_ascii=False) + "\n")
    out = tmp_path / "preds"
    r = cli("extract", src, "--out", out)
    assert r.code == 0, r.err
    assert sorted(p.name for p in out.iterdir()) == ["a_b_c.json", "z.json"]
    assert "2 records written, 0 failed" in r.err
    jl = tmp_path / "o.jsonl"
    r = cli("extract", src, good, "-o", jl, "-q")
    assert r.code == 0 and r.out == ""
    recs = [json.loads(x) for x in jl.read_text(encoding="utf-8").splitlines()]
    assert [x["doc"]["id"] for x in recs] == ["a/b c", "z", "good"]


def test_extract_stdin(cli):
    r = cli("extract", "-", "-q", stdin=ZH.encode("utf-8"))
    assert r.code == 0, r.err
    (rec,) = r.records
    assert len(rec["doc"]["id"]) == 16 and rec["doc"]["languages"] == {"zh": 1.0}


def test_published_in_article_wins_over_flag(cli, tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"id": "a", "text": EN, "published": "2020-01-02"}))
    (rec,) = cli("extract", p, "--published", "2023-11-08", "-q").records
    assert rec["doc"]["published"] == "2020-01-02"


# ------------------------------------------------------------------ bad input
def _one_error(r, name: str, line: int | None = None):
    assert len(r.errors) == 1, r.err
    msg = r.errors[0]
    assert "\n" not in msg
    where = re.escape(name) + (f" line {line}:" if line else r"( line \d+)?:")
    assert re.search(where, msg), msg
    return msg


def test_missing_path(cli, tmp_path, good):
    r = cli("extract", tmp_path / "nope.txt", good, "-q")
    assert r.code == 1
    assert "no such file" in _one_error(r, "nope.txt")
    assert [x["doc"]["id"] for x in r.records] == ["good"]


def test_empty_file(cli, tmp_path, good):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = cli("extract", tmp_path / "empty.txt", good, "-q")
    assert r.code == 1 and "empty" in _one_error(r, "empty.txt")
    assert len(r.records) == 1


def test_binary_file(cli, tmp_path, good):
    (tmp_path / "pic.txt").write_bytes(bytes(range(256)) * 40)
    r = cli("extract", tmp_path / "pic.txt", good, "-q")
    assert r.code == 1 and "binary" in _one_error(r, "pic.txt")
    assert len(r.records) == 1


def test_undecodable_bytes(cli, tmp_path, good):
    (tmp_path / "junk.txt").write_bytes(b"\xc3\x28\xa0\xa1\xff\xfe\xff" * 30)
    r = cli("extract", tmp_path / "junk.txt", good, "-q")
    assert r.code == 1 and "cannot decode" in _one_error(r, "junk.txt")
    assert len(r.records) == 1


def test_json_without_text(cli, tmp_path, good):
    (tmp_path / "notext.json").write_text(json.dumps({"id": "n", "title": "标题"}))
    r = cli("extract", tmp_path / "notext.json", good, "-q")
    assert r.code == 1 and "'text'" in _one_error(r, "notext.json")
    assert len(r.records) == 1


def test_broken_jsonl_line_names_the_line_and_keeps_the_rest(cli, tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([json.dumps({"id": "1", "text": ZH}, ensure_ascii=False), '{"id": "2", "text": ',
                            json.dumps({"id": "3", "text": EN}), json.dumps({"id": "4"})]) + "\n")
    r = cli("extract", p, "-q")
    assert r.code == 1
    assert [x["doc"]["id"] for x in r.records] == ["1", "3"]
    assert len(r.errors) == 2
    assert "batch.jsonl line 2:" in r.errors[0] and "invalid JSON" in r.errors[0]
    assert "batch.jsonl line 4:" in r.errors[1]


def test_directory_with_one_bad_file(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json")
    (tmp_path / "c.txt").write_text(EN)
    r = cli("extract", tmp_path, "-q")
    assert r.code == 1 and "invalid JSON" in _one_error(r, "b.json")
    assert [x["doc"]["id"] for x in r.records] == ["a", "c"]


@pytest.mark.parametrize("argv", [
    ["extract"],                                     # no PATH
    ["extract", "x.txt", "--published", "8 Nov 2023"],
    ["extract", "x.txt", "--published", "2023-11"],
    ["extract", "x.txt", "--max-chars", "many"],
    ["extract", "x.txt", "--out", "d", "-o", "f.jsonl"],
    ["no-such-command"],
    [],
])
def test_usage_errors_exit_2(cli, argv):
    assert cli(*argv).code == 2


def test_unwritable_out_dir_is_usage_error(cli, tmp_path, good):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = cli("extract", good, "--out", blocker / "sub", "-q")
    assert r.code == 2 and "--out" in r.err


def test_max_chars_flag(cli, tmp_path, good):
    big = tmp_path / "big.txt"
    big.write_text("吉林省代表团来津考察。" * 100, encoding="utf-8")
    r = cli("extract", big, good, "--max-chars", "500", "-q")
    assert r.code == 1 and "--max-chars" in _one_error(r, "big.txt")
    assert [x["doc"]["id"] for x in r.records] == ["good"]


def test_installed_console_script(tmp_path, good):
    exe = Path(sys.executable).with_name("liaison")
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    res = subprocess.run([str(exe), "extract", "-", "-q"], input=EN.encode(), capture_output=True, timeout=120,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert res.returncode == 0, res.stderr
    validate(json.loads(res.stdout))
    res = subprocess.run([str(exe), "extract", str(tmp_path / "missing.txt")], capture_output=True, timeout=120)
    assert res.returncode == 1 and res.stderr.decode().count("\n") == 1


def test_stages_command(cli):
    r = cli("stages")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0].split()[:4] == ["#", "stage", "requires", "assigns"]
    names = [ln.split()[1] for ln in lines[1:]]
    assert names[:3] == ["normalize", "languages", "sentences"]
    r = cli("stages", "--json")
    rows = json.loads(r.out)
    assert rows[0]["name"] == "normalize" and rows[0]["requires"] == ["raw"] and "text" in rows[0]["assigns"]


def test_impossible_published_date_is_a_usage_error(tmp_path, capsys):
    from liaison.cli import main

    art = tmp_path / "a.txt"
    art.write_text("天津市委书记会见吉林省党政代表团。", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(art), "--published", "2023-02-30"])
    assert exc.value.code == 2
    assert "2023-02-30" in capsys.readouterr().err


def test_unwritable_output_is_one_error_not_a_traceback(tmp_path, capsys, monkeypatch):
    from pathlib import Path

    from liaison.cli import main

    art = tmp_path / "a.txt"
    art.write_text("天津市委书记会见吉林省党政代表团。", encoding="utf-8")

    def full(self, *a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    rc = main(["extract", str(art), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "a.txt" in err and "No space left" in err and "Traceback" not in err
