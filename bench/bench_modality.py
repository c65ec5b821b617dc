"""Accuracy of the event-modality rules on the hand-written dev set.

Reads ``training/modality/dev.tsv`` (265 sentences the rules were tuned on) and
``training/modality/heldout.tsv`` (60 sentences written after tuning, never tuned on); each row
is sentence, trigger, gold modality, provenance. It parses each sentence with the configured spaCy model, runs :func:`sitrep.events.modality.event_modality` on
the trigger token and prints accuracy, per-class precision/recall/F1 and the confusion pairs.
It fails (exit 1) when accuracy falls below the floor pinned in
``bench/baselines/modality.json`` (``--no-check`` only reports).

Usage::

    python bench/bench_modality.py [--no-check] [--errors]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "training" / "modality" / "dev.tsv"
HELDOUT = ROOT / "training" / "modality" / "heldout.tsv"
BASELINE = ROOT / "bench" / "baselines" / "modality.json"


def load_rows(path: Path = DEV) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def find_trigger(doc, word: str):
    """The first token spelled ``word`` (case-insensitive), or None."""
    return next((t for t in doc if t.text.lower() == word.lower()), None)


def evaluate(rows: list[dict[str, str]]) -> dict:
    import spacy

    from sitrep.events.modality import event_modality
    from sitrep.settings import load_settings

    settings = load_settings()
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=list(settings.pipeline.disable))
    gold: list[str] = []
    pred: list[str] = []
    errors: list[tuple[str, str, str, str]] = []
    missing = 0
    for row, doc in zip(rows, nlp.pipe(r["sentence"] for r in rows), strict=True):
        tok = find_trigger(doc, row["trigger"])
        if tok is None:
            missing += 1
            guess = "asserted"
        else:
            guess = event_modality(tok)
        gold.append(row["modality"])
        pred.append(guess)
        if guess != row["modality"]:
            errors.append((row["modality"], guess, row["trigger"], row["sentence"]))
    labels = sorted(set(gold) | set(pred))
    per: dict[str, dict[str, float]] = {}
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab != p for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": gold.count(lab)}
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    macro = sum(v["f1"] for v in per.values() if v["support"]) / sum(
        1 for v in per.values() if v["support"]
    )
    return {
        "n": len(gold),
        "accuracy": acc,
        "macro_f1": macro,
        "per_class": per,
        "confusions": Counter((g, p) for g, p, _, _ in errors).most_common(10),
        "errors": errors,
        "missing_triggers": missing,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-check", action="store_true", help="report only, never fail")
    ap.add_argument("--errors", action="store_true", help="list every wrong case")
    args = ap.parse_args()
    floor = json.loads(BASELINE.read_text("utf-8"))
    failed = False
    for name, path in (("dev", DEV), ("heldout", HELDOUT)):
        result = evaluate(load_rows(path))
        print(
            f"modality {name}: n={result['n']}  accuracy={result['accuracy']:.3f}  "
            f"macro-F1={result['macro_f1']:.3f}  (missing triggers: {result['missing_triggers']})"
        )
        for lab, v in result["per_class"].items():
            print(
                f"  {lab:16s} P={v['precision']:.2f} R={v['recall']:.2f} F1={v['f1']:.2f} "
                f"n={v['support']}"
            )
        print("  top confusions (gold -> predicted):", result["confusions"])
        if args.errors:
            for g, p, t, s in result["errors"]:
                print(f"  {g:>15s} -> {p:15s} [{t}] {s}")
        if not args.no_check:
            want = floor[name]["accuracy"]
            ok = result["accuracy"] >= want
            failed |= not ok
            print(
                f"{'ok' if ok else 'FAIL'}: {name} accuracy {result['accuracy']:.3f} vs floor {want}"
            )
    if failed:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
