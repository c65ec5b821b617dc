"""``sitrep eval actors``: accuracy per field on NGEC-style rows (``--tsv``, SPEC.md), or actor
records of the whole pipeline on real news against mention-level gold (``--news``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


def actors(
    tsv: Annotated[
        Path | None,
        typer.Option(
            "--tsv",
            help="Gold rows: arg_text, arg_context, arg_date, field (country|code_1), expected.",
        ),
    ] = None,
    news: Annotated[
        Path | None,
        typer.Option(
            "--news",
            help="Mention-level gold on real news (bench/devsets/news_actors.jsonl): codes "
            "each article with the whole pipeline and scores its actor records.",
        ),
    ] = None,
    split: Annotated[
        str, typer.Option("--split", help="With --news: the split to score (dev or test).")
    ] = "dev",
    data: Annotated[
        Path,
        typer.Option("--data", help="With --news: the shared data folder the gold refers to."),
    ] = Path("../shared/data"),
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help='Write {"row", "country", "sector"} JSONL here.'),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help="Date for rows without one or with 'today' (default: when the NGEC gold "
            "was written, 2023-06-01).",
        ),
    ] = None,
    errors: Annotated[int, typer.Option("--errors", help="Show this many errors.")] = 0,
    settings_path: Annotated[
        Path | None, typer.Option("--settings", help="Settings TOML file ([actors] extra_files).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score actor resolution: accuracy of country and sector (code_1) per gold row (--tsv), or
    coverage, precision and junk of actor records on real news (--news)."""
    from sitrep.errors import EvalError

    if (tsv is None) == (news is None):
        raise EvalError("give exactly one of --tsv FILE or --news FILE; see --help")
    if news is not None:
        _news(
            news,
            split=split,
            data=data,
            errors=errors,
            predictions=predictions,
            settings_path=settings_path,
            as_json=as_json,
        )
        return
    if tsv is None:  # for mypy: exactly one of the two is given (checked above)
        raise EvalError("give --tsv FILE or --news FILE; see --help")
    from sitrep.actors.kb import load_kb
    from sitrep.eval.actors import GOLD_TODAY, read_gold, score
    from sitrep.settings import load_settings

    try:
        day = dt.date.fromisoformat(today) if today else GOLD_TODAY
    except ValueError as e:
        raise EvalError(f"--today {today!r} is not an ISO date; expected YYYY-MM-DD") from e
    settings = load_settings(settings_path)
    kb = load_kb(settings.actors.extra_files, min_match_score=settings.actors.min_match_score)
    rows = read_gold(tsv, today=day)
    s, preds = score(kb, rows)
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for i in sorted(preds):
                fh.write(json.dumps({"row": i, **preds[i]}) + "\n")
    console = Console()
    result = {
        name: {"accuracy": round(s.accuracy(name), 4), "n": s.total[name]}
        for name in ("country", "sector")
    }
    if as_json:
        console.print_json(json.dumps(result))
    else:
        table = Table(title=f"actor resolution — {tsv.name}")
        table.add_column("field")
        table.add_column("accuracy", justify="right")
        table.add_column("rows", justify="right")
        for name, r in result.items():
            table.add_row(name, f"{r['accuracy']:.3f}", str(r["n"]))
        console.print(table)
        for row, got in s.errors[:errors]:
            console.print(
                f"row {row.row}: {row.text!r} ({row.date}) {row.field}: "
                f"expected {row.expected!r}, got {got!r}",
                highlight=False,
                markup=False,
            )


def _news(
    path: Path,
    *,
    split: str,
    data: Path,
    errors: int,
    predictions: Path | None,
    settings_path: Path | None,
    as_json: bool,
) -> None:
    from sitrep.errors import EvalError
    from sitrep.eval.actors_news import evaluate_news, ngec_dev_figures, read_devset
    from sitrep.pipeline import Coder
    from sitrep.settings import load_settings

    if not data.is_dir():
        raise EvalError(f"shared data folder {data} not found; pass it with --data")
    gold = read_devset(path, split=split)
    if not gold:
        raise EvalError(f"{path} has no annotated mentions in split {split!r}")
    settings = load_settings(settings_path)
    coder = Coder(settings, settings_path=str(settings_path) if settings_path else None)
    result = evaluate_news(coder, gold, data_root=data)
    summary = result.summary()
    summary["split"] = split
    summary["ngec_dev"] = ngec_dev_figures(data / "ngec" / "actor_expectations_dev.tsv")
    summary["errors"] = dict(result.error_counts())
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for o in result.outcomes:
                record = o.actor.model_dump(exclude={"mentions"}) if o.actor else None
                fh.write(json.dumps({"id": o.gold.id, "actor": record, "error": o.error}) + "\n")
    console = Console()
    if as_json:
        console.print_json(json.dumps(summary))
        return
    console.print(render_news(summary, title=f"actor records on real news — {path.name} ({split})"))
    top = result.error_counts()[:10] if errors > 0 else []
    for kind, n in top:
        console.print(f"{kind}: {n}", highlight=False, markup=False, soft_wrap=True)
        for o in result.examples(kind, limit=errors):
            shown_as = (
                f"{o.actor.name!r} {o.actor.kind} {o.actor.country}/{o.actor.sector} "
                f"{o.actor.wikidata}"
                if o.actor
                else "no record"
            )
            console.print(
                f"   {o.gold.id} {o.gold.text!r}: gold {o.gold.kind} "
                f"{o.gold.country}/{o.gold.sector} {o.gold.wikidata}; got {shown_as}",
                highlight=False,
                markup=False,
                soft_wrap=True,
            )


def render_news(summary: dict, *, title: str) -> Table:
    """The --news figures as a table: coverage, precision, junk and places kept apart."""
    p = summary["precision"]
    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("of", justify="right")
    table.add_row(
        "coverage (gold actors with a record)",
        f"{summary['coverage']:.3f}",
        str(summary["gold_actors"]),
    )
    for name in ("country", "sector", "both", "kind"):
        table.add_row(f"precision: {name} right", f"{p[name]:.3f}", str(summary["covered"]))
    table.add_row("precision: QID right", f"{p['qid']:.3f}", str(p["qid_n"]))
    wrong = summary["answered_wrong"]
    for name in ("country", "sector"):
        table.add_row(
            f"answered wrong: {name} (not just missing)",
            f"{wrong[name]:.3f}",
            str(summary["covered"]),
        )
    table.add_row("answered wrong: QID", f"{wrong['qid']:.3f}", str(p["qid_n"]))
    table.add_row(
        "both right / all gold actors",
        f"{summary['both_right_of_gold_actors']:.3f}",
        str(summary["gold_actors"]),
    )
    table.add_row(
        "junk rate (non-actors made actors)",
        f"{summary['junk_rate']:.3f}",
        str(summary["non_actors"]),
    )
    table.add_row(
        "places made non-place actors", f"{summary['places_as_actors']:.3f}", str(summary["places"])
    )
    ngec = summary.get("ngec_dev")
    if ngec:
        table.add_row(
            "NGEC dev: country / sector (KB alone)",
            f"{ngec['country']:.3f} / {ngec['sector']:.3f}",
            "",
        )
    return table
