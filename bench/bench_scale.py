"""Scale: ``sitrep ingest`` of real news, one process vs forked workers vs Dask, and the writer.

Usage:
    .venv/bin/python bench/bench_scale.py                      # 10,000 articles, every mode
    .venv/bin/python bench/bench_scale.py --n 1000 --modes code,ingest,rerun
    .venv/bin/python bench/bench_scale.py --bbc --modes code,ingest,rerun   # the issue's 1.2x bar

Corpus (read-only, ../shared/data/news/, never copied into the repo): Reuters-21578 (the
``<REUTERS>`` blocks of the SGML files: title, date, body) and the BBC text folders, taken in
turn, the first ``--n`` documents of 200+ characters, written to one temporary jsonl file (so every mode reads the same
bytes). Exact repeats (same content hash) are counted here; near duplicates are what ``ingest``
rejects (reported per run).

Modes (each a real CLI run in a fresh store, start-up and model loading included):

* ``code``: ``sitrep code -j 1`` (no store), the reference for the writer's overhead;
* ``ingest``: ``sitrep ingest -j 1`` (single process); ``rerun``: the same again, all stored;
* ``fork2``: ``sitrep ingest -j 2`` (forked workers);
* ``workers2``: ``sitrep ingest --workers 2`` (a LocalCluster started by sitrep);
* ``cluster2``: ``sitrep ingest --cluster ADDR`` against a 2-worker LocalCluster started apart
  (its start-up not timed, but its workers' model loading is, as it happens on first use);
* ``contended``: ``ingest -j 1`` while two busy-loop processes compete for the cores.

For each: seconds, articles/s, words/s (words of the documents stored), peak RSS per process
(the CLI, each forked or Dask worker; sampled every 0.2 s), and the store's table hashes, which
must be equal across the ingest modes. The load average is printed with each run (the machine
may be shared). Results go to stdout as a table and, with ``--json FILE``, to JSON.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"
PY = sys.executable

_BLOCK = re.compile(r"<REUTERS\b.*?</REUTERS>", re.S)
_FIELD = {k: re.compile(rf"<{k}>(.*?)</{k}>", re.S) for k in ("TITLE", "DATE", "BODY")}
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}


def reuters(folder: Path):
    """Documents of the Reuters-21578 SGML files, streamed block by block."""
    for path in sorted(folder.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for block in _BLOCK.finditer(raw):
            b = block.group(0)
            body = _FIELD["BODY"].search(b)
            if not body:
                continue
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            text = re.sub(r"\s*Reuter\s*$", "", text)
            title = _FIELD["TITLE"].search(b)
            date = _FIELD["DATE"].search(b)
            published = None
            if date:
                m = re.match(r"\s*(\d+)-([A-Z]{3})-(\d{4})", date.group(1))
                if m and m.group(2) in _MONTHS:
                    published = f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
            yield {
                "text": text,
                "title": html.unescape(title.group(1)).strip() if title else None,
                "published": published,
                "outlet": "Reuters",
            }


def bbc(folder: Path):
    """Documents of the BBC text folders (first line: the title)."""
    for path in sorted(folder.rglob("*.txt")):
        raw = path.read_bytes().decode("utf-8", errors="replace")
        title, _, body = raw.partition("\n")
        yield {"text": raw.strip(), "title": title.strip(), "outlet": "BBC"}


def build_corpus(n: int, out: Path) -> dict[str, int]:
    """The first ``n`` documents of Reuters and BBC, taken in turn (both kinds in any prefix)."""
    sources = [reuters(NEWS / "reuters21578"), bbc(NEWS / "bbc")]
    seen: set[str] = set()
    stats = {"documents": 0, "reuters": 0, "bbc": 0, "exact_repeats": 0, "words": 0}
    with out.open("w", encoding="utf-8") as fh:
        while sources and stats["documents"] < n:
            for source in list(sources):
                doc = next(source, None)
                if doc is None:
                    sources.remove(source)
                    continue
                if len(doc["text"]) < 200 or stats["documents"] >= n:
                    continue
                key = hashlib.sha256(" ".join(doc["text"].split()).encode()).hexdigest()
                if key in seen:
                    stats["exact_repeats"] += 1
                seen.add(key)
                stats["documents"] += 1
                stats[doc["outlet"].lower()] += 1
                stats["words"] += len(doc["text"].split())
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return stats


def _run(cmd: list[str], *, env: dict[str, str]) -> dict[str, object]:
    """Run ``cmd``; wall time and peak RSS (MB) of each process of its tree."""
    load = os.getloadavg()[0]
    t0 = time.monotonic()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peaks: dict[int, tuple[str, float]] = {}
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    rss = p.memory_info().rss / 2**20
                    name = " ".join(p.cmdline()[1:4])[:40]
                except psutil.Error:
                    continue
                if rss > peaks.get(p.pid, ("", 0.0))[1]:
                    peaks[p.pid] = (name, rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.monotonic() - t0
    stderr = proc.stderr.read() if proc.stderr else ""
    big = sorted((rss for _, rss in peaks.values()), reverse=True)
    return {
        "seconds": round(seconds, 1),
        "rc": proc.returncode,
        "load_before": round(load, 1),
        "load_after": round(os.getloadavg()[0], 1),
        "peak_rss_mb": [round(x) for x in big if x > 100],
        "summary": stderr.strip().splitlines()[-1] if stderr.strip() else "",
    }


def _store_stats(db: Path) -> dict[str, object]:
    sys.path.insert(0, str(ROOT / "src"))
    from sitrep.store import Store

    with Store(db, read_only=True) as store:
        words = store.query("SELECT coalesce(sum(len(string_split(text, ' '))), 0) FROM articles")
        return {
            "counts": store.counts(),
            "hashes": store.content_hashes(),
            "words_stored": int(words[0][0]),
        }


def _hog() -> list[subprocess.Popen[bytes]]:
    return [subprocess.Popen([PY, "-c", "while True: pass"]) for _ in range(2)]


def _cluster(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    code = (
        "import time, logging\nfrom distributed import LocalCluster\n"
        "c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, "
        "dashboard_address=None, silence_logs=logging.ERROR)\n"
        "print(c.scheduler_address, flush=True)\nwhile True: time.sleep(1)\n"
    )
    # the same environment as the CLI runs: the workers must import this tree's sitrep
    proc = subprocess.Popen([PY, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents (default 10,000)")
    parser.add_argument("--bbc", action="store_true", help="the BBC folders only (2,225 files)")
    parser.add_argument(
        "--modes", default="code,ingest,rerun,fork2,workers2,cluster2,contended", help="to run"
    )
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    modes = args.modes.split(",")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src")}
    tmp = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    if args.bbc:  # the BBC folder as it is (the bar: 2,000 BBC articles)
        corpus = NEWS / "bbc"
        stats = {"documents": sum(1 for _ in corpus.rglob("*.txt"))}
    else:
        corpus = tmp / "corpus.jsonl"
        stats = build_corpus(args.n, corpus)
    print(f"corpus: {stats} ({corpus}); cores {os.cpu_count()}", flush=True)
    cli = [PY, "-m", "sitrep.cli.main"]
    results: dict[str, dict[str, object]] = {}
    hashes: dict[str, dict[str, str]] = {}
    for mode in modes:
        db = tmp / f"{mode}.duckdb"
        extra: list[str] = []
        hog: list[subprocess.Popen[bytes]] = []
        cluster = None
        if mode == "code":
            cmd = [*cli, "code", str(corpus), "-j", "1", "--format", "jsonl", "-o", str(tmp / "c")]
        elif mode == "rerun":
            db = tmp / "ingest.duckdb"
            cmd = [*cli, "ingest", str(corpus), "--db", str(db), "-j", "1"]
        else:
            if mode == "ingest":
                extra = ["-j", "1"]
            elif mode == "fork2":
                extra = ["-j", "2"]
            elif mode == "workers2":
                extra = ["--workers", "2"]
            elif mode == "cluster2":
                cluster, address = _cluster(env)
                extra = ["--cluster", address]
            elif mode == "contended":
                extra = ["-j", "1"]
                hog = _hog()
            cmd = [*cli, "ingest", str(corpus), "--db", str(db), *extra]
        try:
            r = _run(cmd, env=env)
        finally:
            for h in hog:
                h.kill()
            if cluster is not None:
                cluster.kill()
        if mode != "code" and db.exists():
            s = _store_stats(db)
            hashes[mode] = s.pop("hashes")  # type: ignore[assignment]
            r.update(s)
        n = stats["documents"]
        r["docs_per_s"] = round(n / float(r["seconds"]), 2)  # type: ignore[arg-type]
        if "words_stored" in r:
            r["words_per_s"] = round(int(r["words_stored"]) / float(r["seconds"]))  # type: ignore[arg-type]
        results[mode] = r
        print(f"{mode:10s} {json.dumps(r)}", flush=True)
    ingest_hashes = {m: h for m, h in hashes.items() if m != "rerun"}
    same = len({json.dumps(h, sort_keys=True) for h in ingest_hashes.values()}) <= 1
    print(f"identical table hashes across {sorted(ingest_hashes)}: {same}")
    if "code" in results and "ingest" in results:
        ratio = float(results["ingest"]["seconds"]) / float(results["code"]["seconds"])  # type: ignore[arg-type]
        print(f"ingest / code time: {ratio:.2f} (bar: <= 1.2)")
    for m in ("fork2", "workers2", "cluster2"):
        if m in results and "ingest" in results:
            speedup = float(results["ingest"]["seconds"]) / float(results[m]["seconds"])  # type: ignore[arg-type]
            print(f"{m} speed-up over one process: {speedup:.2f}x")
    if args.json:
        args.json.write_text(json.dumps({"corpus": stats, "results": results, "same": same}))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
