"""`sitrep ingest` and `sitrep code` take feeds, web archives and newswire SGML from the command
line (real pipeline, real DuckDB)."""

from __future__ import annotations

import json
import re

import duckdb
import pytest
from tests.conftest import shared_path
from tests.ingest.sources import ATOM, RSS, STORY_3, write_warc
from typer.testing import CliRunner

from sitrep.cli import code as cli_code
from sitrep.cli.main import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _shared_coder(monkeypatch, coder):
    monkeypatch.setitem(cli_code._CODERS, (0, None), coder)


def _first_stories(n: int) -> bytes:
    """The first ``n`` stories of Reuters-21578's first file (read at test time)."""
    data = shared_path("news", "reuters21578", "reut2-000.sgm").read_bytes()
    ends = [m.end() for m in re.finditer(rb"</REUTERS>\n?", data)]
    return data[: ends[n - 1]]


def test_ingest_feed_archive_and_sgml(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_text(RSS)
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, gzip=True)
    wire = tmp_path / "reuters.sgm"
    wire.write_bytes(_first_stories(3))
    db = tmp_path / "sources.duckdb"
    result = runner.invoke(
        app, ["ingest", str(feed), str(archive), str(wire), "--db", str(db), "-j", "1"]
    )
    # rejected: the feed's placeholder date and empty entry, the archive's empty page
    assert result.exit_code == 2, result.output
    assert f"{feed}:3: published" in result.stderr and "out of range" in result.stderr
    assert f"{archive}:5: http://ledger.example/empty" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT path, title, outlet, url, CAST(published AS VARCHAR) FROM articles ORDER BY path"
    ).fetchall()
    con.close()
    by_path = {r[0]: r[1:] for r in rows}
    assert by_path[f"{feed}:1"] == (
        "Ministers meet over grain corridor", "Morning Wire", "http://wire.example/1", "2024-03-02"
    )  # fmt: skip
    assert by_path[f"{archive}:1"][2:] == ("http://ledger.example/a", "2024-03-02")
    assert by_path[f"{archive}:4"][2] == "http://ledger.example/b"
    reuters = sorted(v for k, v in by_path.items() if k.startswith(str(wire)))
    assert len(reuters) == 3
    assert ("BAHIA COCOA REVIEW", "Reuters", None, "1987-02-26") in reuters
    assert "stored 7, already stored 0, near duplicates 0, rejected 3" in result.stderr


def test_code_atom_feed_to_jsonl(tmp_path):
    feed = tmp_path / "desk.atom"
    feed.write_text(ATOM)
    result = runner.invoke(app, ["code", str(feed)])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()  # a container: jsonl by default
    record = json.loads(line)
    assert record["article"]["title"] == "Rates up"
    assert record["article"]["published"] == "2024-03-04"
    assert record["article"]["text_chars"] == len(STORY_3 + "\n\nMarkets were calm.")
