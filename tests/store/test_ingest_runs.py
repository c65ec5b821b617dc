"""``ingest``: idempotent, resumable (also after kill -9), near duplicates and rejects recorded."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter

from tests.conftest import EXAMPLES, ROOT

from sitrep.run import ingest
from sitrep.store import Store


def _complete(store: Store) -> list[str]:
    """Ids of articles whose flattened rows do not match their dispatch (should be none)."""
    return [
        r[0]
        for r in store.query(
            """
            SELECT a.id FROM articles a
            LEFT JOIN (SELECT article_id, count(*) n FROM events GROUP BY 1) e
                   ON e.article_id = a.id
            LEFT JOIN (SELECT article_id, count(*) n FROM attributions GROUP BY 1) t
                   ON t.article_id = a.id
            LEFT JOIN (SELECT article_id, count(*) n FROM actors GROUP BY 1) x
                   ON x.article_id = a.id
            WHERE coalesce(e.n, 0) != a.n_events OR coalesce(t.n, 0) != a.n_attributions
               OR coalesce(x.n, 0) != a.n_actors
               OR json_array_length(a.dispatch -> '$.events') != a.n_events
            """
        )
    ]


def test_ingest_then_rerun_skips_everything(tmp_path, coder):
    with Store(tmp_path / "s.duckdb") as store:
        first = Counter(o.status for o in ingest([EXAMPLES], store=store, coder=coder))
        n = store.counts()
        second = list(ingest([EXAMPLES], store=store, coder=coder))
        assert store.counts() == n
        assert _complete(store) == []
    n_files = len(list(EXAMPLES.glob("*.txt")))
    assert first == {"stored": n_files}
    assert n["articles"] == n_files
    assert Counter(o.status for o in second) == {"skipped": n_files}
    assert all(o.reason == "already stored" for o in second)


def test_near_duplicates_and_rejects_are_recorded(tmp_path, coder):
    src = sorted(EXAMPLES.glob("*.txt"))[:3]
    folder = tmp_path / "in"
    folder.mkdir()
    for p in src:
        shutil.copy(p, folder / p.name)
    text = src[0].read_text()
    # the same wire story with a byline added: a near duplicate (different id)
    (folder / "zz_copy.txt").write_text(text + "\nReporting by the Continental Wire desk.\n")
    (folder / "zz_same.txt").write_text(text)  # exact repeat: same id, skipped
    (folder / "zz_bad.txt").write_bytes(b"\x00\x01\x02 binary")
    with Store(tmp_path / "s.duckdb") as store:
        outcomes = list(
            ingest([folder], store=store, coder=coder, default_published=dt.date(2025, 1, 1))
        )
        by_status = Counter(o.status for o in outcomes)
        rejects = dict(((p.rsplit("/", 1)[-1], r) for p, _, r in store.rejects()))
        published = {r[0] for r in store.query("SELECT published FROM articles")}
    assert by_status == {"stored": 3, "duplicate": 1, "skipped": 1, "rejected": 1}
    dup = next(o for o in outcomes if o.status == "duplicate")
    assert dup.where.endswith("zz_copy.txt") and "near duplicate of article" in (dup.reason or "")
    assert set(rejects) == {"zz_copy.txt", "zz_bad.txt"}
    assert "binary" in rejects["zz_bad.txt"]
    # sidecars give dates; no file here has one, so the default applies
    assert published == {dt.date(2025, 1, 1)}


def test_kill_minus_9_mid_ingest_then_rerun_finishes(tmp_path):
    """Kill `sitrep ingest` mid-run: only whole articles are stored, and a rerun completes it."""
    db = tmp_path / "k.duckdb"
    conf = tmp_path / "one_at_a_time.toml"
    # code and commit articles one by one, not per batch
    conf.write_text("[pipeline]\nbatch_size = 1\n[store]\nwrite_batch = 1\n")
    cmd = [
        sys.executable, "-m", "sitrep.cli.main", "-v", "ingest", str(EXAMPLES),
        "--db", str(db), "-j", "1", "--settings", str(conf),
    ]  # fmt: skip
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    stored = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        if "stored article" in line:
            stored += 1
            if stored == 3:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    n_files = len(list(EXAMPLES.glob("*.txt")))
    with Store(db) as store:
        after_kill = store.article_ids()
        assert _complete(store) == []
    assert 3 <= len(after_kill) < n_files
    rerun = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"already stored {len(after_kill)}" in rerun.stderr
    with Store(db, read_only=True) as store:
        assert len(store.article_ids()) == n_files
        assert after_kill <= store.article_ids()
        assert _complete(store) == []
