"""``sitrep eval events``: the event classifier on PLV rows, and whole records end to end (SPEC.md).

Modes:
    --plv FILE.tsv                  span-given: classify the event between the marked spans
    --plv FILE.tsv --end-to-end     the same rows coded from raw text (markers removed)
    --news FILE.jsonl [--split dev] the judged real-news dev set, coded article by article
    --gsr FILE                      the PLOVER gold standard records, coded from raw text
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from sitrep.cli.options import SettingsFile

#: The shared data folder of the project checkout (the dev set's sources are relative to it).
_DEFAULT_DATA = Path("../shared/data")


def events(
    plv: Annotated[
        Path | None,
        typer.Option(
            "--plv", help="PLV TSV with marked_sentence (<s>…</s>, <t>…</t>) and gold_root."
        ),
    ] = None,
    end_to_end: Annotated[
        bool,
        typer.Option(
            "--end-to-end",
            help="With --plv: code the rows from raw text (markers removed) and score records.",
        ),
    ] = False,
    news: Annotated[
        Path | None,
        typer.Option("--news", help="Judged news dev set (JSONL, docs/event_coding_guideline.md)."),
    ] = None,
    split: Annotated[
        str, typer.Option("--split", help="Split of the news dev set: dev, test or all.")
    ] = "dev",
    data_dir: Annotated[
        Path,
        typer.Option("--data-dir", help="Folder the news dev-set sources are relative to."),
    ] = _DEFAULT_DATA,
    gsr: Annotated[
        Path | None,
        typer.Option("--gsr", help="PLOVER gold standard records (JSON list, PLOVER_GSR_CAMEO)."),
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Write predictions here (JSONL, one line per row)."),
    ] = None,
    settings_path: SettingsFile = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the event stage: span-given on PLV rows, or whole records from raw text.

    YIELD in the PLV gold counts CONCEDE or RETREAT as correct.
    """
    from sitrep.errors import EvalError
    from sitrep.settings import load_settings

    console = Console()
    settings = load_settings(settings_path)
    if plv is None and news is None and gsr is None:
        raise EvalError("nothing to score: pass --plv FILE.tsv, --news FILE.jsonl or --gsr FILE")
    if plv is not None and not end_to_end:
        _span_given(plv, settings, predictions=predictions, as_json=as_json)
        return
    from sitrep.eval import events as ev
    from sitrep.pipeline import Coder

    coder = Coder(settings, settings_path=str(settings_path) if settings_path else None)
    results: dict[str, Any] = {}
    if plv is not None:
        rows = ev.read_plv_rows(plv)
        results["plv"] = _run(lambda p: ev.score_plv_end_to_end(coder, rows, progress=p),
                              len(rows), "PLV")  # fmt: skip
    if news is not None:
        gold = ev.read_news_devset(news, split=None if split == "all" else split)
        n = len({s.source for s in gold})
        results["news"] = _run(
            lambda p: ev.score_news(
                coder, gold, data_dir=data_dir, progress=p,
                min_confidence=coder.settings.report.min_confidence,
            ),
            n,
            "news",
        )  # fmt: skip
    if gsr is not None:
        records = ev.read_gsr(gsr)
        results["gsr"] = _run(lambda p: ev.score_gsr(coder, records, progress=p),
                              len(records), "GSR")  # fmt: skip
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for line in results.get("news", {}).get("details", []):
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            for line in results.get("plv", {}).get("rows", []):
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    if as_json:
        slim = {k: {kk: vv for kk, vv in v.items() if kk not in ("details", "rows")}
                for k, v in results.items()}  # fmt: skip
        console.print_json(json.dumps(slim))
        return
    if "plv" in results:
        r = results["plv"]
        console.print(
            f"PLV end to end ({r['n']} rows): type {r['type_recall']:.3f}  type+actor "
            f"{r['type_actor_recall']:.3f}  full {r['full_recall']:.3f}  other events/sentence "
            f"{r['other_events_per_sentence']:.2f}"
        )
    for key, title in (("news", f"News dev set ({split})"), ("gsr", "PLOVER GSR")):
        if key in results:
            console.print(_levels_table(results[key]["levels"], title))
    if "news" in results and "levels_counted" in results["news"]:
        r = results["news"]
        console.print(
            _levels_table(
                r["levels_counted"],
                f"News dev set ({split}), events with confidence >= {r['min_confidence']:g} "
                "(what the report counts)",
            )
        )
    if "news" in results:
        ne = results["news"]["no_event"]
        console.print(
            f"no-event sentences {ne['sentences']}: false-event rate "
            f"{ne['false_event_rate']:.3f} (asserted {ne['asserted_false_event_rate']:.3f})"
        )
        strata = results["news"].get("strata") or {}
        if len(strata) > 1 or any("asserted_harm_rate" in f for f in strata.values()):
            table = Table(title="By stratum (a snippet set: type found / disasters coded as harm)")
            for col in ("stratum", "sentences", "gold type found", "asserted harm, no event"):
                table.add_column(col, justify="left" if col == "stratum" else "right")
            for name, f in strata.items():
                table.add_row(
                    name, str(f["sentences"]),
                    f"{f['type_recall']:.3f}" if "type_recall" in f else "-",
                    f"{f['asserted_harm_rate']:.3f}" if "asserted_harm_rate" in f else "-",
                )  # fmt: skip
            console.print(table)


def _run(fn: Any, total: int, label: str) -> dict[str, Any]:
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        return dict(fn(lambda n: bar.advance(task, n)))


def _levels_table(levels: dict[str, dict[str, float]], title: str) -> Table:
    table = Table(title=title)
    for col in ("level", "precision", "recall", "F1", "matched", "predicted", "gold"):
        table.add_column(col, justify="left" if col == "level" else "right")
    for level, d in levels.items():
        table.add_row(
            level, f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}",
            str(d["matched"]), str(d["predicted"]), str(d["gold"]),
        )  # fmt: skip
    return table


def _span_given(plv: Path, settings: Any, *, predictions: Path | None, as_json: bool) -> None:
    from sitrep.eval.plv import evaluate_plv, read_plv
    from sitrep.events.classifier import EventClassifier

    console = Console()
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
