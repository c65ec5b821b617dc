"""The document commands end to end: code, ingest, report, export, demo (real pipeline)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import duckdb
import pytest
from tests.conftest import EXAMPLES, ROOT
from typer.testing import CliRunner

from sitrep.cli import code as cli_code
from sitrep.cli.main import app

runner = CliRunner()
N_EXAMPLES = len(list(EXAMPLES.glob("*.txt")))
FIRST = sorted(EXAMPLES.glob("*.txt"))[0]


@pytest.fixture(autouse=True)
def _shared_coder(monkeypatch, coder):
    """Commands build their Coder once per process; hand them the session one."""
    monkeypatch.setitem(cli_code._CODERS, (0, None), coder)


def test_code_one_file_json(tmp_path):
    result = runner.invoke(app, ["code", str(FIRST), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "sitrep.dispatch/1"
    meta = json.loads(FIRST.with_suffix(".meta.json").read_text())
    assert data["article"]["title"] == meta["title"]
    assert data["article"]["published"] == meta["published"]
    assert data["article"]["text_chars"] == len(FIRST.read_text())
    assert set(data) >= {"attributions", "events", "actors", "warnings"}


def test_code_directory_jsonl_in_order(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(EXAMPLES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert len(lines) == N_EXAMPLES
    titles = [json.loads(line)["article"]["title"] for line in lines]
    expected = [
        json.loads(p.with_suffix(".meta.json").read_text())["title"]
        for p in sorted(EXAMPLES.glob("*.txt"))
    ]
    assert titles == expected
    assert f"coded {N_EXAMPLES} documents" in result.stderr


def test_code_table():
    result = runner.invoke(app, ["code", str(FIRST), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "events" in result.stdout and "attributed claims" in result.stdout


def test_code_bad_inputs_skipped_with_reason_and_exit_2(tmp_path):
    (tmp_path / "good.txt").write_text(FIRST.read_text())
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff\x00\xff" * 10)
    (tmp_path / "latin.txt").write_bytes("Déclaration du ministère, lundi matin.".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text('{"text": 5}\n')
    result = runner.invoke(app, ["code", str(tmp_path), "-f", "jsonl", "--published", "2025-03-10"])
    assert result.exit_code == 2, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["article"]["published"] == "2025-03-10"
    err = result.stderr
    for name, reason in [("empty.txt", "empty document"), ("binary.txt", "binary file"),
                         ("latin.txt", "not UTF-8"), ("feed.jsonl:1", "missing 'text'")]:  # fmt: skip
        line = next(x for x in err.splitlines() if name in x)
        assert reason in line, err
    assert "skipped 4" in err


def test_demo_then_ingest_report_export(tmp_path):
    db = tmp_path / "demo.duckdb"
    demo = runner.invoke(app, ["demo", "--db", str(db), "-j", "1"])
    assert demo.exit_code == 0, demo.output
    assert "Situation report" in demo.stdout and "Contested claims" in demo.stdout
    assert f"stored {N_EXAMPLES}, already stored 0" in demo.stderr
    again = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert f"stored 0, already stored {N_EXAMPLES}" in again.stderr

    table = runner.invoke(app, ["report", "--db", str(db)])
    assert table.exit_code == 0, table.output
    for section in ("Situation report", "Timeline", "Top dyads", "Contested claims"):
        assert section in table.stdout
    assert "2025-03-03" in table.stdout
    md = runner.invoke(app, ["report", "--db", str(db), "-f", "markdown", "--per-day", "0"])
    assert md.exit_code == 0 and md.stdout.startswith("# Situation report")
    js = runner.invoke(app, ["report", "--db", str(db), "-f", "json", "--since", "2025-03-05"])
    data = json.loads(js.stdout)
    assert data["articles"] == N_EXAMPLES
    assert all(day >= "2025-03-05" for day in data["timeline"] if day != "undated")

    counted = "SELECT count(*) FROM events WHERE modality = 'asserted' AND confidence >= 0.5"
    for fmt, flags, sql in (
        ("csv", ["--all-events"], "SELECT count(*) FROM events"),
        ("parquet", ["--all-events"], "SELECT count(*) FROM events"),
        ("csv", [], counted),
    ):
        out = tmp_path / f"events{len(flags)}.{fmt}"
        exp = runner.invoke(
            app, ["export", "--db", str(db), "--format", fmt, "--out", str(out), *flags]
        )
        assert exp.exit_code == 0, exp.output
        reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
        n = duckdb.sql(f"SELECT count(*) FROM {reader}('{out}')").fetchall()[0]
        with duckdb.connect(str(db), read_only=True) as con:
            total = con.execute(sql).fetchone()
            everything = con.execute("SELECT count(*) FROM events").fetchone()
        assert n == total and total[0] > 0
        assert f"wrote {total[0]} rows of" in exp.stderr
        if not flags:
            assert total[0] < everything[0], "the default export counts only confident events"
    actors = tmp_path / "actors.csv"
    args = ["export", "--db", str(db), "-f", "csv", "-o", str(actors), "-t", "actors"]
    exp = runner.invoke(app, args)
    assert exp.exit_code == 0 and actors.read_text().startswith("article_id,actor_id,name")


def test_ingest_jsonl_with_bad_line_exits_2(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = {"text": FIRST.read_text(), "published": "2025-03-03", "outlet": "Wire"}
    feed.write_text(json.dumps(good) + "\nnot json\n")
    db = tmp_path / "j.duckdb"
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(db), "-j", "1"])
    assert result.exit_code == 2, result.output
    assert f"{feed}:2: not a JSON object" in result.stderr
    assert "stored 1, already stored 0, near duplicates 0, rejected 1" in result.stderr


def _sitrep(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "sitrep.cli.main", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["report", "--db", "/nonexistent/x.duckdb"], 5, "does not exist"),
        (["export", "--db", "/nonexistent/x.duckdb", "--out", "x.csv"], 5, "does not exist"),
        (["code", str(EXAMPLES), "--published", "yesterday"], 2, "not a date"),
        (["code", "/nonexistent/file.txt"], 2, "no such file"),
    ],
)
def test_errors_are_one_line_with_documented_exit_code(args, code, message):
    proc = _sitrep(*args)
    assert proc.returncode == code, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert any(message in line for line in lines), proc.stderr
    assert "Traceback" not in proc.stderr


def test_code_outlet_fills_documents_without_one(tmp_path):
    """--outlet names the outlet of documents that carry none (plain text); a national
    outlet's country is then the home country of the story's unmarked actors."""
    (tmp_path / "story.txt").write_text(
        "Ministers said the plan would cut waiting lists. The opposition called it a gimmick."
    )
    result = runner.invoke(
        app,
        ["code", str(tmp_path / "story.txt"), "--published", "2005-03-01", "--outlet", "BBC"],
    )
    assert result.exit_code == 0, result.output
    dispatch = json.loads(result.stdout)
    assert dispatch["article"]["outlet"] == "BBC"
    ministers = next(a for a in dispatch["actors"] if a["name"] == "Ministers")
    assert ministers["country"] == "GBR"
