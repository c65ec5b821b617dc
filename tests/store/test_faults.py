"""Faults during ``sitrep ingest``: kill -9 and Ctrl-C at random points, a full disk, and readers
while it runs. Few runs each (bounded in time); bench/bench_faults.py does 20 + 20.

Every kill or interrupt is followed by a rerun, and the final store must hold exactly the rows
of a clean run (``Store.content_hashes``: every table, run timestamps left out).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import string
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, ROOT
from tests.store.dispatches import article, dispatch
from tests.store.test_ingest_runs import _complete

from sitrep.errors import StoreError
from sitrep.run import ingest
from sitrep.store import Store

pytestmark = pytest.mark.slow

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}
N_DOCS = 8
# articles at least left to code when a signal is sent
_LEFT = 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Eight of the example dispatches (with their sidecars), in a folder of their own."""
    folder = tmp_path_factory.mktemp("corpus")
    for p in sorted(EXAMPLES.glob("*.txt"))[:N_DOCS]:
        shutil.copy(p, folder / p.name)
        meta = p.with_suffix(".meta.json")
        if meta.exists():
            shutil.copy(meta, folder / meta.name)
    return folder


@pytest.fixture(scope="module")
def all_examples(tmp_path_factory) -> Path:
    """Every example dispatch: enough work after the first stored article for the readers of
    the concurrency test to run while the writer still has articles to code (five were not
    once the actors stage got faster)."""
    folder = tmp_path_factory.mktemp("all_examples")
    for p in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(p, folder / p.name)
        meta = p.with_suffix(".meta.json")
        if meta.exists():
            shutil.copy(meta, folder / meta.name)
    return folder


@pytest.fixture(scope="module")
def clean_hashes(corpus, tmp_path_factory, coder) -> dict[str, str]:
    """The table hashes of a clean, uninterrupted ingest of the corpus."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    with Store(db) as store:
        statuses = [o.status for o in ingest([corpus], store=store, coder=coder)]
        assert statuses == ["stored"] * N_DOCS
        return store.content_hashes()


def _conf(tmp_path: Path) -> Path:
    conf = tmp_path / "one_by_one.toml"
    # code and commit one article at a time: many commit points to land a signal on
    conf.write_text("[pipeline]\nbatch_size = 1\n[store]\nwrite_batch = 1\n")
    return conf


def _cmd(corpus: Path, db: Path, conf: Path) -> list[str]:
    return [
        sys.executable, "-m", "sitrep.cli.main", "-v", "ingest", str(corpus),
        "--db", str(db), "-j", "1", "--settings", str(conf),
    ]  # fmt: skip


def _default_sigint() -> None:
    # a shell starts background jobs with SIGINT ignored, and the child would inherit that
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run_and_signal(cmd: list[str], sig: int, rng: random.Random) -> tuple[int, str]:
    """Start ``cmd``, send ``sig`` at a random point after the store was opened, return
    (exit code, stderr). The point: after 0..N-1-_LEFT stored articles (0: while the models
    load), plus 0-100 ms: at least _LEFT articles are left to code, so the run cannot finish
    inside the delay (a short dispatch codes in about 100 ms)."""
    proc = subprocess.Popen(
        cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=ENV, preexec_fn=_default_sigint
    )
    assert proc.stderr is not None
    after = rng.randrange(N_DOCS - _LEFT)
    delay = rng.uniform(0, 0.1)
    lines: list[str] = []
    stored = 0
    fired = False
    for line in proc.stderr:
        lines.append(line)
        held = re.search(r"holds (\d+) articles", line)
        if held:  # earlier runs stored some: signal with articles left to code
            after = min(after, max(0, N_DOCS - int(held.group(1)) - _LEFT))
        if "stored article" in line:
            stored += 1
        if not fired and ((held and after == 0) or (stored and stored >= after)):
            time.sleep(delay)
            proc.send_signal(sig)
            fired = True
            if sig == signal.SIGKILL:
                break
    lines.extend(proc.stderr.read().splitlines(keepends=True))
    proc.wait(timeout=120)
    return proc.returncode, "".join(lines)


def test_kill_minus_9_at_random_points_then_rerun_is_identical(tmp_path, corpus, clean_hashes):
    rng = random.Random(9)
    db = tmp_path / "k.duckdb"
    cmd = _cmd(corpus, db, _conf(tmp_path))
    for _ in range(2):
        code, stderr = _run_and_signal(cmd, signal.SIGKILL, rng)
        assert code == -signal.SIGKILL, stderr[-2000:]
        if db.exists():
            with Store(db) as store:
                assert _complete(store) == []
    rerun = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "Traceback" not in rerun.stderr
    with Store(db, read_only=True) as store:
        assert store.content_hashes() == clean_hashes


def test_ctrl_c_at_random_points_exits_130_without_traceback(tmp_path, corpus, clean_hashes):
    rng = random.Random(2)
    db = tmp_path / "c.duckdb"
    cmd = _cmd(corpus, db, _conf(tmp_path))
    for _ in range(2):
        code, stderr = _run_and_signal(cmd, signal.SIGINT, rng)
        assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr[-3000:]
        # signalled with at least one article left to code: it cannot have finished
        assert code == 130, stderr[-2000:]
        assert "interrupted" in stderr and "rerun the same command" in stderr
        with Store(db) as store:
            assert _complete(store) == []
    rerun = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    with Store(db, read_only=True) as store:
        assert store.content_hashes() == clean_hashes


def test_report_and_export_succeed_while_ingest_runs(tmp_path, all_examples):
    db = tmp_path / "r.duckdb"
    cmd = _cmd(all_examples, db, _conf(tmp_path))
    n_docs = len(list(all_examples.glob("*.txt")))
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=ENV)
    assert proc.stderr is not None
    reads: list[subprocess.CompletedProcess[str]] = []
    seen = 0
    for line in proc.stderr:
        if "stored article" in line:
            seen += 1
            if seen == 1:  # the writer is between batches, with the other articles to code
                base = [sys.executable, "-m", "sitrep.cli.main"]
                readers = [
                    subprocess.Popen(
                        base + args,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                        text=True,
                        cwd=ROOT,
                        env=ENV,
                    )  # fmt: skip
                    for args in (
                        ["report", "--db", str(db)],
                        ["export", "--db", str(db), "--out", str(tmp_path / "ev.parquet")],
                    )
                ]
                for r in readers:
                    out, err = r.communicate(timeout=120)
                    reads.append(subprocess.CompletedProcess(r.args, r.returncode, out, err))
                still_running = proc.poll() is None
    proc.stderr.read()
    assert proc.wait(timeout=600) == 0
    assert seen == n_docs and len(reads) == 2
    assert still_running, "the ingest finished before the readers ran; nothing was shown"
    for r in reads:
        assert r.returncode == 0, r.stderr[-2000:]
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == n_docs


def _mount_tiny_fs(where: Path, size: str) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tiny tmpfs to fill needs root and mount(8)")
    where.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip()}); no full disk to test")


def test_full_disk_gives_a_clear_error_and_the_store_still_opens(tmp_path):
    tiny = tmp_path / "tiny"
    _mount_tiny_fs(tiny, "1m")
    try:
        rng = random.Random(3)
        db = tiny / "s.duckdb"
        written = 0
        with Store(db) as store, pytest.raises(StoreError) as info:
            for b in range(200):
                batch = []
                for j in range(3):
                    words = " ".join(
                        "".join(rng.choices(string.ascii_lowercase, k=7)) for _ in range(3000)
                    )
                    a = article(
                        f"Story {b}-{j}. {words}.", published="2025-01-02", outlet="Wire",
                        path=f"f{b}-{j}.txt",
                    )  # fmt: skip
                    batch.append((dispatch(a), a, None))
                store.write_many(batch)
                written += len(batch)
        message = str(info.value)
        assert "No space left" in message and "free disk space" in message
        assert "nothing of the batch was written" in message
        assert written > 0
        with Store(db, read_only=True) as store:  # every whole batch before, nothing after
            assert store.counts()["articles"] == written
    finally:
        subprocess.run(["umount", str(tiny)], check=False)


def test_ctrl_c_during_a_commit_is_held_until_it_ends(tmp_path):
    """SIGINT landing inside write_many: the batch commits (or rolls back) whole, then
    KeyboardInterrupt is raised; the store opens and holds whole articles only."""
    db = tmp_path / "s.duckdb"
    batch = []
    for i in range(300):
        a = article(f"Wire story number {i} about talks.", published="2025-01-02", outlet="W")
        batch.append((dispatch(a), a, None))
    # (Ctrl-C as an interactive Python has it: a test run started in the background, as a CI
    # job may be, inherits SIGINT ignored, and a signal landing after the commit would be lost)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    with Store(db) as store:
        timer = threading.Timer(0.01, lambda: os.kill(os.getpid(), signal.SIGINT))
        timer.start()
        try:
            with pytest.raises(KeyboardInterrupt):
                store.write_many(batch)
                time.sleep(5)  # the commit was quicker than the timer: the signal lands here
        finally:
            timer.cancel()
            signal.signal(signal.SIGINT, previous)
        assert store.counts()["articles"] in (0, 300)
        assert _complete(store) == []
