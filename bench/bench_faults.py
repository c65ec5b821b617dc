"""Faults at scale: 20 random ``kill -9`` and 20 random Ctrl-C during ``sitrep ingest`` (issue 17).

Usage:
    .venv/bin/python bench/bench_faults.py                  # 20 + 20 on 5 example dispatches
    .venv/bin/python bench/bench_faults.py --kills 4 --interrupts 4 --docs 3

A clean run first gives the reference table hashes (``Store.content_hashes``) and its duration
T. Then rounds of signals: each round starts from an empty store and signals ``--per-round``
successive runs (each resuming what the previous one left) at a uniformly random moment in
[0, T] after start (start-up, model loading, coding, a commit: anywhere), then reruns to the
end and compares the store with the clean one. Only signals that land on a running ingest count
towards ``--kills``/``--interrupts``: a run that ends before its moment has left a complete store,
so the round stops there (it is reported, not counted). For Ctrl-C every interrupted run must exit 130
(or 0 if it finished first) with no traceback on stderr. The articles are coded and committed
one at a time (``write_batch = 1``) so that commits are frequent targets.

Prints one line per run and a summary; exits 1 on any mismatch, traceback or wrong exit code.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.store import Store  # noqa: E402


def _default_sigint() -> None:
    # a shell starts background jobs with SIGINT ignored, and the child would inherit that
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--interrupts", type=int, default=20)
    parser.add_argument("--per-round", type=int, default=4, help="signals before a final rerun")
    parser.add_argument("--docs", type=int, default=5, help="example dispatches ingested")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="bench_faults_"))
    corpus = tmp / "corpus"
    corpus.mkdir()
    for p in sorted((ROOT / "examples").glob("*.txt"))[: args.docs]:
        shutil.copy(p, corpus / p.name)
        if p.with_suffix(".meta.json").exists():
            shutil.copy(p.with_suffix(".meta.json"), corpus / p.with_suffix(".meta.json").name)
    conf = tmp / "conf.toml"
    conf.write_text("[pipeline]\nbatch_size = 1\n[store]\nwrite_batch = 1\n")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src")}

    def cmd(db: Path) -> list[str]:
        return [
            sys.executable, "-m", "sitrep.cli.main", "ingest", str(corpus), "--db", str(db),
            "-j", "1", "--settings", str(conf),
        ]  # fmt: skip

    t0 = time.monotonic()
    clean_db = tmp / "clean.duckdb"
    r = subprocess.run(cmd(clean_db), cwd=ROOT, env=env, capture_output=True, text=True)
    full = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    with Store(clean_db, read_only=True) as s:
        clean = s.content_hashes()
    print(f"clean run: {full:.1f} s, load {os.getloadavg()[0]:.1f}", flush=True)

    failures: list[str] = []
    tally = {
        "kill": 0, "int": 0, "exit130": 0, "finished": 0, "raced": 0, "identical": 0, "rounds": 0
    }  # fmt: skip
    for kind, total in (("kill", args.kills), ("int", args.interrupts)):
        sig = signal.SIGKILL if kind == "kill" else signal.SIGINT
        done = 0
        rnd = 0
        while done < total:
            rnd += 1
            db = tmp / f"{kind}{rnd}.duckdb"
            for _ in range(args.per_round):
                if done >= total:
                    break
                delay = rng.uniform(0, full)
                proc = subprocess.Popen(
                    cmd(db), cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                    text=True, preexec_fn=_default_sigint,
                )  # fmt: skip
                landed = False
                try:
                    proc.wait(timeout=delay)
                except subprocess.TimeoutExpired:
                    proc.send_signal(sig)
                    landed = True
                _, stderr = proc.communicate(timeout=300)
                rc = proc.returncode
                if not landed:
                    # the run ended before its signal: the store is complete, the round is over
                    tally["finished"] += 1
                    print(f"{kind} (not sent: the run ended before {delay:.1f} s) -> exit {rc}")
                    if rc != 0:
                        failures.append(f"{kind} run without signal: exit {rc}: {stderr[-600:]}")
                    break
                done += 1
                tally[kind] += 1
                ok = True
                if kind == "int":
                    if rc == 130:
                        tally["exit130"] += 1
                    elif rc == 0:
                        tally["raced"] += 1  # the signal came as the run was exiting
                    else:
                        ok = False
                    if "Traceback" in stderr:
                        ok = False
                elif rc == 0:
                    tally["raced"] += 1
                if not ok:
                    failures.append(f"{kind} at {delay:.1f}s: exit {rc}: {stderr[-600:]}")
                print(f"{kind} #{done} at {delay:5.1f} s -> exit {rc}{'' if ok else '  FAIL'}")
            rerun = subprocess.run(cmd(db), cwd=ROOT, env=env, capture_output=True, text=True)
            tally["rounds"] += 1
            if rerun.returncode != 0:
                failures.append(f"rerun of {db.name}: exit {rerun.returncode}: {rerun.stderr}")
                continue
            with Store(db, read_only=True) as s:
                same = s.content_hashes() == clean
            tally["identical"] += same
            if not same:
                failures.append(f"{db.name}: the store differs from the clean run")
            print(f"  round {db.name}: rerun exit 0, identical to clean: {same}", flush=True)
    print(
        f"summary: {tally['kill']} kill -9 and {tally['int']} Ctrl-C landed on a running ingest "
        f"({tally['exit130']} Ctrl-C exit 130, {tally['raced']} signals raced the exit and got 0; "
        f"{tally['finished']} runs ended before their signal, not counted), {tally['identical']}/"
        f"{tally['rounds']} rounds identical to the clean run, {len(failures)} failures; "
        f"load {os.getloadavg()[0]:.1f}"
    )
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
