"""End-to-end event benchmark: raw text in, whole PLOVER records out (issue 13).

Prints, for the current pipeline (sitrep.Coder with the packaged settings):

- the judged real-news dev set (bench/devsets/news_events.jsonl, written by
  docs/event_coding_guideline.md): record precision/recall at four levels (type, +actor,
  +recipient, full with modality) and the false-event rate on sentences without an event;
- PLV train rows coded from raw text (markers removed): type, type+actor and full recall,
  other events per sentence. The event classifier is trained on PLV train, so the type figure
  is in-sample for the classifier (the roles and "is it an event" are not);
- the PLOVER gold standard records (GSR): record precision/recall at four levels.

Usage:
    .venv/bin/python bench/bench_events_e2e.py              # news dev split + GSR (~3-6 min)
    .venv/bin/python bench/bench_events_e2e.py --plv        # + PLV end to end (~5 more min)
    .venv/bin/python bench/bench_events_e2e.py --plv-cv DIR # + PLV end to end with the
        # classifier cross-validated (5 fold models trained into DIR, ~15 min, then reused)
    .venv/bin/python bench/bench_events_e2e.py --split test # the held-out quarter: final checks only
    .venv/bin/python bench/bench_events_e2e.py --errors 15  # + the most frequent error kinds

Floors are pinned in bench/baselines/events_e2e.json (the figures measured when the benchmark
was written); the script exits 1 when a figure falls below its floor. The test split has no
floors: tune on dev only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
DEVSET = ROOT / "bench" / "devsets" / "news_events.jsonl"
BASELINE = json.loads((ROOT / "bench" / "baselines" / "events_e2e.json").read_text())
PLV = SHARED / "plv" / "train.tsv"
GSR = SHARED / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"


def _levels(title: str, levels: dict[str, dict[str, Any]]) -> None:
    print(title)
    for level, d in levels.items():
        print(
            f"  {level:<22} P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}  "
            f"({d['matched']} matched / {d['predicted']} predicted / {d['gold']} gold)"
        )


def _check(name: str, value: float, floors: dict[str, float], failed: list[str]) -> None:
    floor = floors.get(name)
    if floor is not None and value + 1e-9 < floor:
        failed.append(f"{name} {value:.3f} < floor {floor}")


def _coarse(kind: str) -> str:
    for prefix in ("non-event coded", "extra", "missed", "wrong type", "modality"):
        if kind.startswith(prefix):
            return prefix
    return kind


def plv_cross_validated(folder: Path) -> dict[str, Any]:
    """PLV end to end with the event classifier cross-validated: the rows of each of 5 folds
    are coded by a pipeline whose classifier was trained without them (trained as shipped, by
    scripts/train_event_classifier.py --cv 5 --save-fold; fold models already in ``folder`` are
    reused). Everything else (roles, the event gate, actors) is the shipped pipeline."""
    import os
    import subprocess

    from bench_event_classifier import fold_training_command
    from sitrep.eval import events as ev
    from sitrep.pipeline import Coder
    from sitrep.settings import load_settings

    settings = load_settings()
    folds = sorted(folder.glob("fold*/test.tsv"))
    if len(folds) < 5:
        env = dict(os.environ, HF_HUB_OFFLINE="1")
        cmd = fold_training_command(folder)
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
        folds = sorted(folder.glob("fold*/test.tsv"))
    os.environ["XDG_CACHE_HOME"] = str(folder)  # the fold models' ONNX exports
    hits = Counter[str]()
    n = 0
    fold_type, fold_full = [], []
    for test in folds:
        events = settings.events.model_copy(update={"model_dir": str(test.parent)})
        coder = Coder(settings.model_copy(update={"events": events}))
        r = ev.score_plv_end_to_end(coder, ev.read_plv_rows(test))
        n += r["n"]
        for key in ("type_recall", "type_actor_recall", "full_recall"):
            hits[key] += round(r[key] * r["n"])
        fold_type.append(r["type_recall"])
        fold_full.append(r["full_recall"])
    return {
        "n": n,
        **{key: round(hits[key] / max(n, 1), 4) for key in hits},
        "fold_type": fold_type,
        "fold_full": fold_full,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--plv", action="store_true", help="also score PLV end to end")
    parser.add_argument(
        "--plv-cv",
        type=Path,
        metavar="DIR",
        help="also score PLV end to end cross-validated: each of 5 folds coded with a classifier "
        "trained without it (fold models saved in DIR and reused when there; ~15 min to train)",
    )
    parser.add_argument("--no-gsr", action="store_true", help="skip the PLOVER GSR")
    parser.add_argument("--errors", type=int, default=10, help="error kinds to list")
    parser.add_argument("--json", type=Path, help="write all figures (and details) here")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not available")
        return 0

    sys.path.insert(0, str(ROOT / "src"))
    from sitrep.eval import events as ev
    from sitrep.pipeline import Coder

    coder = Coder()
    failed: list[str] = []
    out: dict[str, Any] = {}

    t0 = time.perf_counter()
    gold = ev.read_news_devset(DEVSET, split=args.split)
    news = ev.score_news(coder, gold, data_dir=SHARED)
    out["news"] = news
    _levels(
        f"news {args.split}: {news['sentences']} sentences, {news['articles']} articles "
        f"({time.perf_counter() - t0:.0f}s)",
        news["levels"],
    )
    ne = news["no_event"]
    print(
        f"  no-event sentences {ne['sentences']}: false-event rate {ne['false_event_rate']:.3f}"
        f", asserted {ne['asserted_false_event_rate']:.3f} ({ne['events']} events coded)"
    )
    kinds = Counter(news["error_kinds"])
    coarse = Counter[str]()
    for kind, n in kinds.items():
        coarse[_coarse(kind)] += n
    print("  error kinds: " + ", ".join(f"{k} {n}" for k, n in coarse.most_common()))
    for kind, n in kinds.most_common(args.errors):
        print(f"    {n:>4}  {kind}")
    if args.split == "dev":
        floors = BASELINE["news_dev"]
        for level, d in news["levels"].items():
            _check(f"{level}_precision", d["precision"], floors, failed)
            _check(f"{level}_recall", d["recall"], floors, failed)
        ceiling = floors.get("max_asserted_false_event_rate")
        if ceiling is not None and ne["asserted_false_event_rate"] > ceiling + 1e-9:
            failed.append(f"asserted false-event rate {ne['asserted_false_event_rate']:.3f}")

    if args.plv and PLV.exists():
        t0 = time.perf_counter()
        plv = ev.score_plv_end_to_end(coder, ev.read_plv_rows(PLV))
        out["plv"] = plv
        print(
            f"PLV end to end ({plv['n']} rows, {time.perf_counter() - t0:.0f}s): type "
            f"{plv['type_recall']:.3f}  type+actor {plv['type_actor_recall']:.3f}  full "
            f"{plv['full_recall']:.3f}  other events/sentence {plv['other_events_per_sentence']:.2f}"
        )
        floors = BASELINE["plv_end_to_end"]
        for key in ("type_recall", "type_actor_recall", "full_recall"):
            _check(key, plv[key], floors, failed)

    if args.plv_cv and PLV.exists():
        t0 = time.perf_counter()
        cv = plv_cross_validated(args.plv_cv)
        out["plv_cv"] = cv
        print(
            f"PLV end to end, 5-fold CV ({cv['n']} rows, {time.perf_counter() - t0:.0f}s): type "
            f"{cv['type_recall']:.3f}  type+actor {cv['type_actor_recall']:.3f}  full "
            f"{cv['full_recall']:.3f}  (folds: type {cv['fold_type']}, full {cv['fold_full']})"
        )
        floors = BASELINE.get("plv_end_to_end_cv", {})
        for key in ("type_recall", "type_actor_recall", "full_recall"):
            _check(f"cv {key}", cv[key], {f"cv {k}": v for k, v in floors.items()}, failed)

    if not args.no_gsr and GSR.exists():
        t0 = time.perf_counter()
        gsr = ev.score_gsr(coder, ev.read_gsr(GSR))
        out["gsr"] = gsr
        _levels(f"PLOVER GSR: {gsr['n']} records ({time.perf_counter() - t0:.0f}s)", gsr["levels"])
        floors = BASELINE["gsr"]
        for level, d in gsr["levels"].items():
            _check(f"{level}_recall", d["recall"], floors, failed)
            _check(f"{level}_precision", d["precision"], floors, failed)

    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False))
    if failed:
        print("BELOW FLOOR: " + "; ".join(failed))
        return 1
    print("all floors met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
