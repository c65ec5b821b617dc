"""Outputs that cannot be written, missing inputs, closed pipes and narrow terminals: one clear
line and a documented exit code, before any model loads, never a traceback or exit 1."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, ROOT

FIRST = sorted(EXAMPLES.glob("*.txt"))[0]


def _env() -> dict[str, str]:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src")}


def _sitrep_as_user(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI as an unprivileged user: as root a read-only folder is writable, so drop to
    nobody with setpriv (skipping when that is not possible)."""
    cmd = [sys.executable, "-m", "sitrep.cli.main", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a folder unwritable")
        cmd = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=120)


@pytest.fixture
def readonly_dir():
    """A folder nobody (and the current user) may read but not write, with an article in it."""
    base = Path(tempfile.mkdtemp(prefix="sitrep-ro-"))
    os.chmod(base, 0o755)
    (base / "article.txt").write_text(FIRST.read_text())
    ro = base / "ro"
    ro.mkdir()
    os.chmod(ro, 0o555)
    yield base, ro
    os.chmod(ro, 0o755)
    shutil.rmtree(base)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["ingest", "{art}", "--db", "{ro}/missing/x.duckdb"], 5, "is not writable"),
        (["export", "--db", "{base}/none.duckdb", "--out", "{ro}/events.parquet"], 2, "not writable"),
        (["code", "{art}", "--out", "{ro}/out.json"], 2, "is not writable"),
        (["code", "{art}", "--out", "{base}/no/such/folder/out.json"], 2, "does not exist"),
    ],
)  # fmt: skip
def test_unwritable_outputs_fail_at_once_with_one_line(readonly_dir, args, code, message):
    base, ro = readonly_dir
    args = [a.format(art=base / "article.txt", ro=ro, base=base) for a in args]
    proc = _sitrep_as_user(*args)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == code, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines
    assert not list(ro.iterdir())  # nothing was made


def test_ingest_of_missing_path_makes_no_store(tmp_path):
    db = tmp_path / "x.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep.cli.main", "ingest", str(tmp_path / "absent.txt"),
         "--db", str(db)],
        capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert "absent.txt: no such file or directory" in proc.stderr
    assert "no store was made" in proc.stderr
    assert not db.exists() and not list(tmp_path.iterdir())


def test_error_lines_do_not_wrap_when_stderr_is_not_a_terminal(tmp_path):
    db = tmp_path / ("a-rather-long-folder-name-" * 6) / "store.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep.cli.main", "report", "--db", str(db)],
        capture_output=True, text=True, cwd=ROOT, env={**_env(), "COLUMNS": "80"}, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 5, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and str(db) in lines[0], proc.stderr


def test_closed_stdout_exits_141_without_traceback():
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli.main", "actors", "resolve", "Vladimir Putin",
         "--date", "2022-02-21", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=_env(),
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before sitrep writes
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, err
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_library_does_not_quiet_loggers_process_wide(tmp_path):
    """Only the CLI quiets trafilatura; the library leaves logging to its caller (a fresh
    process: the CLI tests in this one have set the levels)."""
    (tmp_path / "page.html").write_text("<html><body><p>x</p></body></html>")
    script = (
        "import logging, sys; from sitrep.settings import load_settings; "
        "from sitrep.ingest.readers import read_paths; "
        "list(read_paths([sys.argv[1]], settings=load_settings().ingest)); "
        "print(logging.getLogger('trafilatura').level, logging.getLogger('warcio').level)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [str(logging.NOTSET)] * 2
