"""Fit the event-confidence calibrator on the judged news dev sets (``split == "dev"`` only).

Usage:
    .venv/bin/python scripts/calibrate_events.py [--devset FILE ...]
        [--data-dir ../shared/data] [--out src/sitrep/data/events/calibration.json]

By default it reads the judged news dev set and the blind golds of the judged samples that are
dev now (``bench/devsets/news_events.jsonl`` and ``news_events_blind*.jsonl``). Codes every dev
article from raw text with the calibrator switched off (``Event.confidence`` is then the raw
classifier or lexicon score), labels each predicted event in a judged sentence 1 when it is
matched one-to-one to a gold record at the scorer's ``full`` level (type, actor, recipient and
modality), 0 otherwise, and fits a logistic regression over the features of
:func:`sitrep.events.calibration.features`. The event types that take a recipient are read from
the same gold (those whose records name one in at least ``RECIPIENT_SHARE`` of cases) and
stored with the coefficients (read from every fold, so the out-of-fold figures below are a little
optimistic on that feature). Five folds grouped by article give out-of-fold probabilities for
the reliability table (Brier score, expected calibration error, and the type- and full-level
precision of the asserted events kept at each threshold) printed here and stored with the
coefficients. The test split is never read.
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
    compatible,
    dispatch_records,
    max_matching,
    read_news_devset,
)
from sitrep.events.calibration import features  # noqa: E402
from sitrep.events.component import LEXICON_CONFIDENCE  # noqa: E402
from sitrep.pipeline import Coder  # noqa: E402

C = 1.0  # L2 strength of the logistic regression (about 1,300 events, 16 features)
#: a type takes a recipient when its dev-set gold records name one at least this often
RECIPIENT_SHARE = 0.8


def recipient_types(golds: list) -> frozenset[str]:
    """The event types whose gold records name a recipient in ``RECIPIENT_SHARE`` of cases."""
    seen: dict[str, list[int]] = {}
    for sentence in golds:
        for record in sentence.records:
            seen.setdefault(record.event, []).append(int(bool(record.recipient)))
    return frozenset(t for t, v in seen.items() if sum(v) / len(v) >= RECIPIENT_SHARE)


def collect(devsets: list[Path], data_dir: Path) -> dict:
    """Feature rows, labels (full, type), modality and article groups of the predicted events
    in the judged dev sentences, and the recipient types read from the same gold."""
    golds = [read_news_devset(d, split="dev") for d in devsets]
    takes = recipient_types([s for gold in golds for s in gold])
    coder = Coder()
    coder.nlp.get_pipe("sitrep_events").calibrator = None
    names: list[str] = []
    xs: list[list[float]] = []
    ys: list[int] = []
    types: list[int] = []
    asserted: list[bool] = []
    groups: list[int] = []
    n_gold = 0
    g = 0
    for gold in golds:
        by_source, sources, articles = articles_of(gold, data_dir=data_dir)
        for source, dispatch in zip(sources, coder.code_many(articles), strict=True):
            g += 1
            actors = {a.id: a for a in dispatch.actors}
            for s in by_source[source]:
                found = dispatch_records(dispatch, (s.start, s.end))
                preds = [r for r, _ in found]
                n_gold += len(s.records)
                full = {
                    i
                    for i, _ in max_matching(
                        preds, s.records, lambda p, q: compatible(p, q, "full")
                    )
                }
                typed = {
                    i for i, _ in max_matching(preds, s.records, lambda p, q: p.event == q.event)
                }
                for i, (_, event) in enumerate(found):
                    raw = float(event.confidence)
                    f = features(
                        event,
                        raw=raw,
                        lexicon=raw == LEXICON_CONFIDENCE,
                        actors=actors,
                        recipient_types=takes,
                    )
                    names = list(f)
                    xs.append([f[n] for n in names])
                    ys.append(int(i in full))
                    types.append(int(i in typed))
                    asserted.append(event.modality == "asserted")
                    groups.append(g)
    return {
        "names": names,
        "x": np.array(xs),
        "y": np.array(ys),
        "type_right": np.array(types),
        "asserted": np.array(asserted),
        "groups": np.array(groups),
        "n_gold": n_gold,
        "recipient_types": sorted(takes),
    }


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
    parser.add_argument(
        "--devset",
        type=Path,
        action="append",
        help="a judged news dev set (repeatable; default: news_events.jsonl and the blind golds)",
    )
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src/sitrep/data/events/calibration.json"
    )
    args = parser.parse_args(argv)
    devsets = args.devset or [
        ROOT / "bench/devsets/news_events.jsonl",
        *sorted(
            (ROOT / "bench/devsets").glob("news_events_blind*.jsonl"),
            key=lambda p: int(p.stem.removeprefix("news_events_blind")),
        ),
    ]
    data = collect(devsets, args.data_dir)
    names, x, y, groups = data["names"], data["x"], data["y"], data["groups"]
    typed, asserted, n_gold = data["type_right"], data["asserted"], data["n_gold"]
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
        "label": "full",
        "recipient_types": data["recipient_types"],
        "fitted_on": {
            "devsets": [str(d.relative_to(ROOT)) for d in devsets],
            "split": "dev",
            "events": len(y),
            "right": int(y.sum()),
            "type_right": int(typed.sum()),
            "gold_records": n_gold,
            "date": dt.date.today().isoformat(),
        },
    }
    print(f"{len(y)} predicted events in judged dev sentences: {int(y.sum())} right as whole "
          f"records, {int(typed.sum())} of the right type; {n_gold} gold records")  # fmt: skip
    for name, p in (("raw score", raw), ("calibrated (5-fold, out of fold)", oof)):
        ece, rows = reliability(p, y)
        brier = float(np.mean((p - y) ** 2))
        out.setdefault("cv", {})[name] = {"brier": round(brier, 4), "ece": round(ece, 4),
                                          "bins": rows}  # fmt: skip
        print(f"{name}: Brier {brier:.4f}, ECE {ece:.4f}")
        for r in rows:
            print(f"  {r['bin']}: {r['events']:4d} events, mean confidence "
                  f"{r['mean_confidence']:.3f}, right {r['share_right']:.3f}")  # fmt: skip
    print("asserted events kept at threshold (out of fold): events, full precision, full "
          "recall, type precision")  # fmt: skip
    table = []
    for t in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
        keep = (oof >= t) & asserted
        n = int(keep.sum())
        right, right_type = int(y[keep].sum()), int(typed[keep].sum())
        prec = right / n if n else 0.0
        prec_type = right_type / n if n else 0.0
        table.append({"threshold": t, "events": n, "precision": round(prec, 3),
                      "recall": round(right / n_gold, 3),
                      "type_precision": round(prec_type, 3)})  # fmt: skip
        print(f"  >= {t:.1f}: {n:4d}, {prec:.3f}, {right / n_gold:.3f}, {prec_type:.3f}")
    out["cv"]["thresholds"] = table
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
