"""``sitrep eval attribution``: per-role exact and token-overlap P/R/F1 on PolNeAR (SPEC.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from sitrep.cli.options import SettingsFile


def attribution(
    polnear: Annotated[
        Path,
        typer.Option(
            "--polnear", help="PolNeAR split folder holding text/*.txt and attributions/*.ann."
        ),
    ],
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions", help="Write predictions here (JSONL, one line per text file)."
        ),
    ] = None,
    all_levels: Annotated[
        bool,
        typer.Option(
            "--all-levels",
            help="Also score nested attributions (PolNeAR annotates only outermost ones).",
        ),
    ] = False,
    settings_path: SettingsFile = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score attribution extraction (cue, source, content) against PolNeAR brat gold."""
    from sitrep.eval.attribution import evaluate_polnear
    from sitrep.eval.polnear import read_polnear
    from sitrep.pipeline import build_nlp
    from sitrep.settings import load_settings

    console = Console()
    settings = load_settings(settings_path)
    nlp = build_nlp(settings, settings_path=str(settings_path) if settings_path else None)
    n_docs = len(read_polnear(polnear))
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("attributions", total=n_docs)
        scores, preds = evaluate_polnear(
            polnear,
            nlp,
            top_level_only=not all_levels,
            progress=lambda n: bar.advance(task, n),
        )
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for name, atts in preds.items():
                line = {"file": name, "attributions": [a.model_dump(mode="json") for a in atts]}
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    if as_json:
        console.print_json(json.dumps(scores))
        return
    table = Table(title=f"Attribution on {polnear}")
    for col in ("role", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1"):
        table.add_column(col, justify="right" if col != "role" else "left")
    for role, d in scores.items():
        ex, ov = d["exact"], d["overlap"]
        table.add_row(
            role,
            *(f"{ex[k]:.3f}" for k in ("p", "r", "f1")),
            *(f"{ov[k]:.3f}" for k in ("p", "r", "f1")),
        )
    console.print(table)
