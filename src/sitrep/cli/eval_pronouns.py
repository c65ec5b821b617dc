"""``sitrep eval pronouns``: which actor record each third-person pronoun of real news joins,
against pronouns resolved by hand (``bench/devsets/news_pronouns.jsonl``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


def pronouns(
    gold_path: Annotated[
        Path,
        typer.Option(
            "--gold", help="Pronouns resolved by hand (bench/devsets/news_pronouns.jsonl)."
        ),
    ] = Path("bench/devsets/news_pronouns.jsonl"),
    split: Annotated[
        str, typer.Option("--split", help="The split to score (dev or test).")
    ] = "dev",
    data: Annotated[
        Path, typer.Option("--data", help="The shared data folder the gold refers to.")
    ] = Path("../shared/data"),
    errors: Annotated[int, typer.Option("--errors", help="Show this many errors.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score pronoun resolution on real news: precision (right of those resolved) and recall
    (right of those standing for an agent), codes each article with the whole pipeline."""
    from sitrep.errors import EvalError
    from sitrep.eval.pronouns import evaluate, read_devset
    from sitrep.pipeline import Coder

    if not data.is_dir():
        raise EvalError(f"shared data folder {data} not found; pass it with --data")
    gold = read_devset(gold_path, split=split)
    if not gold:
        raise EvalError(f"{gold_path} has no pronouns in split {split!r}")
    result = evaluate(Coder(), gold, data_root=data)
    summary = result.summary()
    summary["split"] = split
    console = Console()
    if as_json:
        console.print_json(json.dumps(summary))
        return
    console.print(
        f"{summary['pronouns']} pronouns ({split}), {summary['agents']} standing for an agent: "
        f"precision {summary['precision']:.3f} ({summary['right']}/{summary['resolved']}), "
        f"recall {summary['recall']:.3f}; attached to no agent {summary['attached_to_no_agent']}, "
        f"to the wrong agent {summary['wrong_agent']}",
        highlight=False,
    )
    for e in result.errors[:errors]:
        console.print(
            f"{e['id']} {e['kind']}: {e['gold']!r} -> {e.get('got', '-')!r}",
            highlight=False,
            markup=False,
        )
