"""Run every benchmark under bench/ (accuracy floors and throughput); exit non-zero if any fails.

Usage: ``make bench`` (or ``.venv/bin/python bench/run_all.py [name ...]``). Each ``bench_*.py``
prints its figures and exits non-zero when a pinned floor in ``bench/baselines/`` is missed.
Benchmarks that need ``../shared/data`` say so and are counted as skipped.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(a in s.stem for a in argv)]
    failed: list[str] = []
    for script in scripts:
        print(f"== {script.stem}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        print(f"== {script.stem}: exit {rc} in {time.perf_counter() - t0:.1f}s\n", flush=True)
        if rc != 0:
            failed.append(script.stem)
    if failed:
        print("FAILED: " + ", ".join(failed))
        return 1
    print(f"all {len(scripts)} benchmarks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
