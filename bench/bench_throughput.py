"""Throughput: ``sitrep code DIR`` against a bare spaCy ``nlp.pipe`` of the same texts, in one run.

Usage:
    .venv/bin/python bench/bench_throughput.py                 # PolNeAR dev texts (84 articles)
    .venv/bin/python bench/bench_throughput.py --dir examples  # any folder of .txt/.html/.jsonl
    .venv/bin/python bench/bench_throughput.py --cli           # + the real CLI, start-up included

Both sides use the same spaCy model, the same disabled components, the same batch size and the
same number of processes (settings ``pipeline.n_process``; 0 = one per core). Model loading is
left out of both timings (it is reported apart); each side is warmed up on one sentence first.

* bare: ``nlp.pipe(texts, batch_size=..., n_process=...)`` with the spaCy model alone.
* sitrep: what ``sitrep code DIR`` does after start-up — read the folder (decode, checks,
  metadata), code every article through the full pipeline (``code_articles``, the same call the
  CLI makes) and serialise each Dispatch to JSON.

Prints articles/s and words/s of both and the ratio sitrep/bare time; exits 1 when the ratio is
over ``max_ratio`` in ``bench/baselines/throughput.json`` (2.2, issue 13's bar). Runs are
repeated (``--repeat``, default 2, alternating) and the fastest of each side is kept, since the
machine is shared.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
BASELINE = json.loads((ROOT / "bench" / "baselines" / "throughput.json").read_text())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=SHARED / "polnear" / "dev" / "text")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--n-process", type=int, default=None)
    parser.add_argument("--cli", action="store_true", help="also time the `sitrep code` command")
    args = parser.parse_args(argv)
    if not args.dir.is_dir():
        print(f"skipped: {args.dir} not available (throughput runs on ../shared/data)")
        return 0
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import spacy

    from sitrep.ingest import Article
    from sitrep.ingest.readers import read_paths
    from sitrep.pipeline import Coder, default_n_process
    from sitrep.run import code_articles
    from sitrep.settings import load_settings

    settings = load_settings()
    n_process = args.n_process or default_n_process(settings)
    batch_size = settings.pipeline.batch_size
    articles = [
        a for a in read_paths([args.dir], settings=settings.ingest) if isinstance(a, Article)
    ]
    texts = [a.text for a in articles]
    n_docs = len(texts)
    n_words = sum(len(t.split()) for t in texts)
    print(
        f"{n_docs} articles, {n_words:,} words from {args.dir}; batch_size={batch_size}, "
        f"n_process={n_process}, cpu_count={os.cpu_count()}"
    )

    t0 = time.perf_counter()
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=list(settings.pipeline.disable))
    load_bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    coder = Coder(settings)
    coder.warm_up()  # the lazily loaded models (event classifier, gazetteer) count as load
    load_sitrep = time.perf_counter() - t0
    nlp("Warm up the parser.")
    coder.code_text("The minister said on Monday that talks would resume.")
    print(f"model load: bare {load_bare:.1f}s, sitrep {load_sitrep:.1f}s (not timed below)")

    def bare() -> float:
        t = time.perf_counter()
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
        assert n == n_docs
        return time.perf_counter() - t

    def sitrep() -> float:
        t = time.perf_counter()
        sink = io.StringIO()
        docs = [
            a for a in read_paths([args.dir], settings=settings.ingest) if isinstance(a, Article)
        ]
        n = 0
        for d in code_articles(coder, docs, n_process=n_process, batch_size=batch_size):
            sink.write(json.dumps(d.to_json_dict(), ensure_ascii=False) + "\n")  # type: ignore[union-attr]
            n += 1
        assert n == n_docs
        return time.perf_counter() - t

    bare_times, sitrep_times = [], []
    for _ in range(max(1, args.repeat)):
        bare_times.append(bare())
        sitrep_times.append(sitrep())
    tb, ts = min(bare_times), min(sitrep_times)
    ratio = ts / tb
    print(f"{'':8} {'seconds':>8} {'articles/s':>11} {'words/s':>9}   (runs: bare, sitrep)")
    print(f"{'bare':8} {tb:8.2f} {n_docs / tb:11.1f} {n_words / tb:9.0f}   {bare_times}")
    print(f"{'sitrep':8} {ts:8.2f} {n_docs / ts:11.1f} {n_words / ts:9.0f}   {sitrep_times}")
    print(f"ratio sitrep/bare = {ratio:.2f} (max {BASELINE['max_ratio']})")

    if args.cli:
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "sitrep.cli.main", "code", str(args.dir), "-o", os.devnull,
             "-j", str(n_process)],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        wall = time.perf_counter() - t
        print(
            f"`sitrep code DIR` command: exit {proc.returncode}, {wall:.1f}s wall including "
            f"interpreter start and model load ({n_docs / wall:.1f} articles/s)"
        )
    if ratio > BASELINE["max_ratio"]:
        print(f"FAIL: sitrep takes {ratio:.2f}x the bare parse, over {BASELINE['max_ratio']}x")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
