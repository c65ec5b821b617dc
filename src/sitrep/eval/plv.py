"""PLV-style event evaluation: marked sentences (``<s>`` source, ``<t>`` target) with a gold
PLOVER root, classified between the marked spans (``sitrep eval events --plv``).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError
from sitrep.events.classifier import EventClassifier

#: PLV's YIELD label covers two PLOVER types.
PLV_MERGE = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def read_plv(path: Path) -> list[tuple[str, str]]:
    """Rows of a PLV TSV file as (marked_sentence, gold_root).

    Raises:
        EvalError: the file is missing or lacks the ``marked_sentence``/``gold_root`` columns.
    """
    if not path.is_file():
        raise EvalError(
            f"PLV file {path} does not exist; pass a TSV with marked_sentence and gold_root",
            path=str(path),
        )
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = {"marked_sentence", "gold_root"} - set(reader.fieldnames or [])
        if missing:
            raise EvalError(
                f"PLV file {path} lacks column(s) {sorted(missing)}; expected a tab-separated "
                "file with marked_sentence (<s>…</s>, <t>…</t>) and gold_root columns",
                path=str(path),
            )
        return [(row["marked_sentence"], row["gold_root"].strip()) for row in reader]


def best_event(scores: dict[str, float]) -> str:
    """The most probable PLOVER type, ignoring ``NONE`` (PLV rows always hold an event)."""
    return max((k for k in scores if k != "NONE"), key=lambda k: scores[k])


def score_plv(gold: Sequence[str], events: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 and per-label P/R/F1, with CONCEDE and RETREAT counted as YIELD.

    Macro-F1 averages over the labels present in ``gold``.
    """
    pred = [PLV_MERGE.get(e, e) for e in events]
    n = len(gold)
    per_label: dict[str, dict[str, float]] = {}
    for label in sorted(set(gold)):
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        n_pred = sum(p == label for p in pred)
        n_gold = sum(g == label for g in gold)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_label[label] = {"precision": prec, "recall": rec, "f1": f1, "support": n_gold}
    correct = sum(g == p for g, p in zip(gold, pred, strict=True))
    return {
        "n": n,
        "accuracy": correct / n if n else 0.0,
        "macro_f1": sum(d["f1"] for d in per_label.values()) / len(per_label) if per_label else 0.0,
        "per_label": per_label,
    }


def evaluate_plv(
    path: Path, classifier: EventClassifier, *, chunk: int = 256, progress: Any = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Classify every PLV row and score it (``sitrep eval events``).

    Args:
        path: a PLV TSV file (``marked_sentence``, ``gold_root``).
        classifier: the loaded classifier.
        chunk: rows per call to :meth:`EventClassifier.predict`.
        progress: optional callable receiving the number of rows done in each step.

    Returns:
        (scores from :func:`score_plv`, one prediction dict per row:
        ``{"row": i, "event": …, "gold": …, "scores": {…}}``).
    """
    rows = read_plv(path)
    preds: list[dict[str, Any]] = []
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        for j, probs in enumerate(classifier.predict([m for m, _ in part])):
            preds.append(
                {
                    "row": start + j,
                    "event": best_event(probs),
                    "gold": part[j][1],
                    "scores": {k: round(v, 5) for k, v in probs.items()},
                }
            )
        if progress is not None:
            progress(len(part))
    scores = score_plv([g for _, g in rows], [p["event"] for p in preds])
    return scores, preds
