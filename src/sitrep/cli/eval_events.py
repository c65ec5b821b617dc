"""``sitrep eval events``: accuracy and macro-F1 of the event classifier on PLV rows (SPEC.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from sitrep.cli.options import SettingsFile


def events(
    plv: Annotated[
        Path,
        typer.Option(
            "--plv", help="PLV TSV with marked_sentence (<s>…</s>, <t>…</t>) and gold_root."
        ),
    ],
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Write predictions here (JSONL, one line per row)."),
    ] = None,
    settings_path: SettingsFile = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Classify the event between the marked spans of each row; print accuracy and macro-F1.

    YIELD in the gold counts CONCEDE or RETREAT as correct.
    """
    from sitrep.eval.plv import evaluate_plv, read_plv
    from sitrep.events.classifier import EventClassifier
    from sitrep.settings import load_settings

    console = Console()
    settings = load_settings(settings_path)
    n_rows = len(read_plv(plv))
    classifier = EventClassifier.load(settings)
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("events", total=n_rows)
        scores, preds = evaluate_plv(plv, classifier, progress=lambda n: bar.advance(task, n))
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for p in preds:
                line = {"row": p["row"], "event": p["event"], "scores": p["scores"]}
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    if as_json:
        console.print_json(json.dumps(scores))
        return
    table = Table(title=f"Events on {plv} ({scores['n']} rows)")
    for col in ("label", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for label, d in scores["per_label"].items():
        table.add_row(
            label, f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}",
            str(d["support"]),
        )  # fmt: skip
    console.print(table)
    console.print(f"accuracy {scores['accuracy']:.3f}  macro-F1 {scores['macro_f1']:.3f}")
