"""Fit the event-confidence calibrator on the judged news dev set (``split == "dev"`` only).

Usage:
    .venv/bin/python scripts/calibrate_events.py [--devset bench/devsets/news_events.jsonl]
        [--data-dir ../shared/data] [--out src/sitrep/data/events/calibration.json]

Codes every dev article from raw text with the calibrator switched off (``Event.confidence`` is
then the raw classifier or lexicon score), labels each predicted event in a judged sentence 1
when it is matched one-to-one to a gold record of the same type (the scorer's ``type`` level),
0 otherwise, and fits a logistic regression over the features of :func:`sitrep.events.calibration.features`.
Five folds grouped by article give out-of-fold probabilities for the reliability table (Brier
score, expected calibration error, and type-level precision/recall of the events kept at each
threshold) printed here and stored with the coefficients. The test split is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.eval.events import (  # noqa: E402
    articles_of,
    dispatch_records,
    max_matching,
    read_news_devset,
)
from sitrep.events.calibration import features  # noqa: E402
from sitrep.events.component import LEXICON_CONFIDENCE  # noqa: E402
from sitrep.pipeline import Coder  # noqa: E402

C = 1.0  # L2 strength of the logistic regression (a few hundred events, 12 features)


def collect(
    devset: Path, data_dir: Path
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, int]:
    """Feature rows, labels and article groups of the predicted events in judged sentences."""
    gold = read_news_devset(devset, split="dev")
    coder = Coder()
    coder.nlp.get_pipe("sitrep_events").calibrator = None
    by_source, sources, articles = articles_of(gold, data_dir=data_dir)
    names: list[str] = []
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[int] = []
    n_gold = 0
    for g, (source, dispatch) in enumerate(zip(sources, coder.code_many(articles), strict=True)):
        actors = {a.id: a for a in dispatch.actors}
        for s in by_source[source]:
            found = dispatch_records(dispatch, (s.start, s.end))
            preds = [r for r, _ in found]
            n_gold += len(s.records)
            hit = {i for i, _ in max_matching(preds, s.records, lambda p, q: p.event == q.event)}
            for i, (_, event) in enumerate(found):
                raw = float(event.confidence)
                f = features(event, raw=raw, lexicon=raw == LEXICON_CONFIDENCE, actors=actors)
                names = list(f)
                xs.append([f[n] for n in names])
                ys.append(int(i in hit))
                groups.append(g)
    return names, np.array(xs), np.array(ys), np.array(groups), n_gold


def reliability(p: np.ndarray, y: np.ndarray, bins: int = 5) -> tuple[float, list[dict]]:
    """Expected calibration error and the per-bin table (equal-width bins)."""
    edges = np.linspace(0, 1, bins + 1)
    rows = []
    ece = 0.0
    for lo, hi in itertools.pairwise(edges):
        m = (p >= lo) & ((p < hi) if hi < 1 else (p <= hi))
        if not m.any():
            continue
        conf, acc = float(p[m].mean()), float(y[m].mean())
        ece += m.mean() * abs(conf - acc)
        rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "events": int(m.sum()),
                     "mean_confidence": round(conf, 3), "share_right": round(acc, 3)})  # fmt: skip
    return float(ece), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT / "bench/devsets/news_events.jsonl")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src/sitrep/data/events/calibration.json"
    )
    args = parser.parse_args(argv)
    names, x, y, groups, n_gold = collect(args.devset, args.data_dir)
    raw = 1 / (1 + np.exp(-x[:, 0]))
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model = LogisticRegression(C=C, max_iter=1000).fit(x[train], y[train])
        oof[test] = model.predict_proba(x[test])[:, 1]
    model = LogisticRegression(C=C, max_iter=1000).fit(x, y)
    out: dict = {
        "features": names,
        "coef": [round(float(c), 6) for c in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "fitted_on": {
            "devset": str(args.devset.relative_to(ROOT)),
            "split": "dev",
            "events": len(y),
            "right": int(y.sum()),
            "gold_records": n_gold,
            "date": dt.date.today().isoformat(),
        },
    }
    print(f"{len(y)} predicted events in judged dev sentences, {int(y.sum())} of the right type; "
          f"{n_gold} gold records")  # fmt: skip
    for name, p in (("raw score", raw), ("calibrated (5-fold, out of fold)", oof)):
        ece, rows = reliability(p, y)
        brier = float(np.mean((p - y) ** 2))
        out.setdefault("cv", {})[name] = {"brier": round(brier, 4), "ece": round(ece, 4),
                                          "bins": rows}  # fmt: skip
        print(f"{name}: Brier {brier:.4f}, ECE {ece:.4f}")
        for r in rows:
            print(f"  {r['bin']}: {r['events']:4d} events, mean confidence "
                  f"{r['mean_confidence']:.3f}, right {r['share_right']:.3f}")  # fmt: skip
    print("kept at threshold (out of fold): events, type precision, type recall")
    table = []
    for t in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
        keep = oof >= t
        right = int(y[keep].sum())
        prec = right / keep.sum() if keep.sum() else 0.0
        table.append({"threshold": t, "events": int(keep.sum()), "precision": round(prec, 3),
                      "recall": round(right / n_gold, 3)})  # fmt: skip
        print(f"  >= {t:.1f}: {int(keep.sum()):4d}, {prec:.3f}, {right / n_gold:.3f}")
    out["cv"]["thresholds"] = table
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
