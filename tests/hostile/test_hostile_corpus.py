"""Issue 17's bar: a hostile-input run over the corpus gives zero tracebacks, zero exit 1, every
rejected document named with its reason, every valid document stored, the store unchanged for
the rejected ones (the real CLI in a subprocess, the real models, the real DuckDB)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import duckdb
import pytest
from tests.conftest import ROOT
from tests.hostile.corpus import build
from typer.testing import CliRunner

from sitrep.cli import code as cli_code
from sitrep.cli.main import app
from sitrep.ingest.readers import printable

runner = CliRunner()

#: The shapes of every line sitrep may print on stderr in a run (anything else is a leak: a
#: traceback, a library's log line, a wrapped line).
LINE_STARTS = ("skipped ", "warning: ", "stored ", "error: ")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build(tmp_path_factory.mktemp("hostile") / "corpus")


def test_hostile_ingest_run(corpus, tmp_path):
    db = tmp_path / "hostile.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep.cli.main", "ingest", str(corpus.root), "--db", str(db),
         "-j", "1"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "COLUMNS": "80", "PYTHONPATH": str(ROOT / "src")},
    )  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 2, proc.stderr  # documented: some documents were rejected
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    stray = [line for line in lines if not line.startswith(LINE_STARTS)]
    assert not stray, f"lines that are not sitrep's: {stray}"
    # every rejected document is named, on one line, with its reason
    for where, reason in corpus.rejected.items():
        shown = f"skipped {printable(where)}: "
        hits = [line for line in lines if line.startswith(shown)]
        assert len(hits) == 1, (where, proc.stderr)
        assert reason in hits[0], (reason, hits[0])
    # many undated documents: warned once
    assert sum("have no publication date" in line for line in lines) == 1
    con = duckdb.connect(str(db), read_only=True)
    stored = {row[0] for row in con.execute("SELECT path FROM articles").fetchall()}
    rejects = {(p, line) for p, line in con.execute("SELECT path, line FROM rejects").fetchall()}
    con.close()
    assert set(corpus.stored) <= stored, set(corpus.stored) - stored
    for where in corpus.either:  # the HTML bomb: stored or rejected with a reason, not both
        rejected_line = [line for line in lines if line.startswith(f"skipped {where}: ")]
        assert (where in stored) != bool(rejected_line), proc.stderr
    extra = stored - set(corpus.stored) - set(corpus.either)
    assert not extra, f"stored but hostile: {extra}"
    # the store records each rejected document with its file (and line for jsonl)
    for where in corpus.rejected:
        head, _, tail = where.rpartition(":")
        path, line = (head, tail) if tail.isdigit() else (where, "")
        assert any(p == path and (r == (int(line) if line else r)) for p, r in rejects), where


@pytest.fixture
def _shared_coder(monkeypatch, coder):
    monkeypatch.setitem(cli_code._CODERS, (0, None), coder)


@pytest.mark.usefixtures("_shared_coder")
def test_hostile_code_run_writes_every_valid_document(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(corpus.root), "--out", str(out), "-j", "1"])
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2, result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) >= len(corpus.stored)
    assert len(records) <= len(corpus.stored) + len(corpus.either)
    for record in records:
        assert record["schema"] == "sitrep.dispatch/1"
    for where, reason in corpus.rejected.items():
        assert f"skipped {printable(where)}: " in result.stderr, where
        assert reason in result.stderr


def test_utf16_document_is_decoded_with_offsets_into_the_text(corpus, settings):
    from sitrep.ingest.readers import read_file

    [item] = list(read_file(corpus.root / "utf16_bom.txt", settings=settings.ingest))
    assert item.text.startswith("The health ministry")
    assert "\ufeff" not in item.text
