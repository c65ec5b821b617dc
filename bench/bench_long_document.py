"""Long documents: one 1,000,000-character article against the same text as 200 files.

Usage:
    .venv/bin/python bench/bench_long_document.py                # 1,000,000 chars, 200 parts
    .venv/bin/python bench/bench_long_document.py --chars 200000 --parts 40

The text is built at run time by concatenating BBC articles from ``../shared/data/news/bbc``
(sorted paths, blank line between articles) up to ``--chars`` characters; nothing is written to
the repository. Each side runs in its own process (so peak memory is its own), loads the
pipeline (not timed), warms it up on one sentence, then codes in one process:

* whole: ``Coder.code`` of one Article holding the whole text (coded in sections of
  ``pipeline.section_chars`` and merged, see ``sitrep/sections.py``);
* parts: ``Coder.code_many`` of the same text cut at article boundaries into ``--parts`` files.

Prints seconds (wall and CPU: on a shared machine the CPU time is the fairer comparison), peak
RSS (MB) and events of both, and the ratio whole/parts; exits 1 when the wall ratio is 4 or
more or the whole run's peak memory is 1.5 GB or more (issue 17's bar).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "news" / "bbc"
MAX_RATIO = 4.0
MAX_PEAK_MB = 1536


def build_text(chars: int) -> list[str]:
    """BBC articles, in sorted path order, until their total reaches ``chars`` characters."""
    out: list[str] = []
    total = 0
    for path in sorted(BBC.glob("*/*.txt")):
        body = path.read_text("utf-8", errors="replace").strip()
        out.append(body)
        total += len(body) + 2
        if total >= chars:
            break
    return out


def _parts(articles: list[str], n: int) -> list[str]:
    """``articles`` grouped, in order, into ``n`` texts of about equal length."""
    total = sum(len(a) + 2 for a in articles)
    size = total / n
    groups: list[list[str]] = [[]]
    acc = 0
    for a in articles:
        if acc >= size * len(groups) and len(groups) < n:
            groups.append([])
        groups[-1].append(a)
        acc += len(a) + 2
    return ["\n\n".join(g) for g in groups if g]


def child(mode: str, chars: int, n_parts: int) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sitrep.ingest.article import Article
    from sitrep.pipeline import Coder

    articles = build_text(chars)
    text = "\n\n".join(articles)
    t0 = time.perf_counter()
    coder = Coder()
    coder.code_text("Russia said on Monday it had moved troops to the border.")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    if mode == "whole":
        dispatches = [coder.code(Article(text))]
    else:
        dispatches = list(coder.code_many(Article(p) for p in _parts(articles, n_parts)))
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "mode": mode,
                "chars": len(text),
                "documents": len(dispatches),
                "seconds": round(seconds, 1),
                "cpu_seconds": round(cpu, 1),
                "load_seconds": round(load, 1),
                "peak_mb": round(peak_mb),
                "events": sum(len(d.events) for d in dispatches),
                "attributions": sum(len(d.attributions) for d in dispatches),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--parts", type=int, default=200)
    parser.add_argument("--child", choices=["whole", "parts"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.chars, args.parts)
        return 0
    if not BBC.is_dir():
        print(f"skipped: {BBC} not available (the bench reads ../shared/data)")
        return 0
    results = {}
    for mode in ("parts", "whole"):
        proc = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--chars", str(args.chars),
             "--parts", str(args.parts)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            return 1
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(json.dumps(results[mode]))
    whole, parts = results["whole"], results["parts"]
    ratio = whole["seconds"] / parts["seconds"]
    cpu_ratio = whole["cpu_seconds"] / parts["cpu_seconds"]
    print(
        f"whole {whole['seconds']} s ({whole['cpu_seconds']} s CPU), {whole['peak_mb']} MB "
        f"peak; {args.parts} parts {parts['seconds']} s ({parts['cpu_seconds']} s CPU), "
        f"{parts['peak_mb']} MB peak; ratio {ratio:.2f} wall, {cpu_ratio:.2f} CPU "
        f"(limit {MAX_RATIO})"
    )
    ok = ratio < MAX_RATIO and results["whole"]["peak_mb"] < MAX_PEAK_MB
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
