"""Event classifier benchmark: throughput on 2 threads and cross-validated accuracy on PLV.

Usage:
    .venv/bin/python bench/bench_event_classifier.py            # speed + CV fold 0 of 5 (~3 min)
    .venv/bin/python bench/bench_event_classifier.py --full     # speed + full 5-fold CV (~12 min)
    .venv/bin/python bench/bench_event_classifier.py --speed    # speed only
    SITREP_PLV_TEST=FILE.tsv .venv/bin/python bench/bench_event_classifier.py   # + held-out test

Floors are pinned in bench/baselines/events.json; the script exits 1 when one is missed.
Speed is measured with torch limited to 2 threads (the laptop target), on PLV sentences
(or the written training examples when ../shared/data is absent), after one warm-up batch.
CV retrains the model exactly as scripts/train_event_classifier.py does (same defaults).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
BASELINE = json.loads((ROOT / "bench" / "baselines" / "events.json").read_text())


def sentences() -> list[str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from event_class_data import load_plv, load_written

    if (SHARED / "plv" / "train.tsv").exists():
        return [e.marked for e in load_plv()]
    return [e.marked for e in load_written()]


def bench_speed() -> bool:
    """Sentences/s: per core (1 thread, CPU time) times 2, and wall time on 1 and 2 threads.

    sitrep codes documents in one worker process per core (``pipeline.n_process = 0``), each
    running the classifier on one thread, so 2 cores give twice the single-thread rate. CPU time
    (not wall time) is used for that estimate because the development machine is shared. The
    classifier follows ``torch.set_num_threads`` (ONNX Runtime sessions are made per thread count).
    """
    import torch

    from sitrep.events.classifier import EventClassifier
    from sitrep.settings import load_settings

    clf = EventClassifier.load(load_settings())
    texts = sentences()
    texts = (texts * (1 + 1024 // len(texts)))[:1024]
    torch.set_num_threads(1)
    clf.predict(texts[:32])
    c0, t0 = time.process_time(), time.perf_counter()
    clf.predict(texts)
    per_core = len(texts) / (time.process_time() - c0)
    wall1 = len(texts) / (time.perf_counter() - t0)
    torch.set_num_threads(2)
    clf.predict(texts[:32])
    t0 = time.perf_counter()
    clf.predict(texts)
    wall2 = len(texts) / (time.perf_counter() - t0)
    floor = BASELINE["min_sentences_per_s"]
    print(
        f"speed: {per_core:.0f} sentences/s per core (CPU time, 1 thread) -> {2 * per_core:.0f}/s "
        f"on 2 cores; wall {wall1:.0f}/s with 1 thread, {wall2:.0f}/s with 2 threads in one "
        f"process on this machine ({len(texts)} PLV sentences, backend={clf.backend}, "
        f"onnx int8={clf.int8}, torch int8={clf.quantized}, batch={clf.batch_size}; floor {floor} on 2 cores)"
    )
    return 2 * per_core >= floor


def fold_training_command(save_to: Path, *, folds: str = "") -> list[str]:
    """The command that retrains the classifier on 5 CV folds of PLV train as shipped (the
    shipped config's backend, quantisation and markers), saving each fold model and its
    held-out rows under ``save_to`` (``folds``: a comma list to train only those)."""
    from sitrep.events.classifier import resolve_model_dir
    from sitrep.settings import load_settings

    shipped = json.loads(
        (resolve_model_dir(load_settings().events.model_dir) / "config.json").read_text()
    )
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "train_event_classifier.py"),
        "--cv", "5", "--save-fold", str(save_to),
        "--backend", shipped.get("backend", "torch"),
        "--quantize",
        {"bottom": "bottom", True: "all", False: "none"}[shipped.get("quantize", False)],
        "--compact" if shipped.get("compact_markers") else "--no-compact",
        "--onnx-int8" if shipped.get("onnx_int8") else "--no-onnx-int8",
    ]  # fmt: skip
    return cmd + (["--folds", folds] if folds else [])


def bench_cv(full: bool) -> bool:
    """Retrain on CV folds, then score each fold model through the shipped inference path.

    The training script reports fp32 figures from its own forward pass; the floors apply to
    the held-out rows classified by :class:`EventClassifier` loading the saved fold model with
    the shipped config (backend, quantisation, markers), as ``sitrep eval events`` would.
    """
    import tempfile

    if not (SHARED / "plv" / "train.tsv").exists():
        print("cv: skipped (../shared/data/plv/train.tsv not available)")
        return True
    from sitrep.eval.plv import evaluate_plv, score_plv
    from sitrep.events.classifier import EventClassifier

    with tempfile.TemporaryDirectory(prefix="sitrep-cv-") as tmp:
        cmd = fold_training_command(Path(tmp), folds="" if full else "0")
        env = dict(os.environ, HF_HUB_OFFLINE="1")
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        m = re.search(
            r"accuracy ([\d.]+) macro-F1 ([\d.]+)",
            out.stdout.splitlines()[-1] if out.stdout else "",
        )
        if out.returncode or not m:
            print(out.stdout[-2000:], out.stderr[-2000:])
            return False
        # Score the fold models as shipped; their ONNX exports go to the temporary dir.
        os.environ["XDG_CACHE_HOME"] = tmp
        gold: list[str] = []
        pred: list[str] = []
        for fold in sorted(Path(tmp).glob("fold*")):
            _, preds = evaluate_plv(fold / "test.tsv", EventClassifier(fold))
            gold += [p["gold"] for p in preds]
            pred += [p["event"] for p in preds]
        scores = score_plv(gold, pred)
    acc, f1 = scores["accuracy"], scores["macro_f1"]
    key = "cv5" if full else "cv5_fold0"
    floors = BASELINE[key]
    print(
        f"{key}: shipped path accuracy {acc:.3f} macro-F1 {f1:.3f} (training script fp32: "
        f"accuracy {m.group(1)} macro-F1 {m.group(2)}; floors {floors})"
    )
    return acc >= floors["accuracy"] and f1 >= floors["macro_f1"]


def bench_test() -> bool:
    path = os.environ.get("SITREP_PLV_TEST")
    if not path:
        return True
    from sitrep.eval.plv import evaluate_plv
    from sitrep.events.classifier import EventClassifier
    from sitrep.settings import load_settings

    scores, _ = evaluate_plv(Path(path), EventClassifier.load(load_settings()))
    floor = BASELINE["plv_test_macro_f1"]
    print(
        f"plv test: accuracy {scores['accuracy']:.3f} macro-F1 {scores['macro_f1']:.3f} (floor {floor})"
    )
    return scores["macro_f1"] >= floor


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true", help="run all 5 CV folds")
    ap.add_argument("--speed", action="store_true", help="speed only")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ok = bench_speed()
    if not args.speed:
        ok = bench_cv(args.full) and ok
        ok = bench_test() and ok
    print("events: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
