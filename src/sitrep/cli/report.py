"""``sitrep report --db FILE``: the situation report of a store (rich, markdown or json)."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sitrep.cli.code import parse_published, settings_from
from sitrep.cli.options import AllEvents, SettingsFile

if TYPE_CHECKING:
    from sitrep.report import SituationReport, TimelineEntry

out = Console()

_QUAD_STYLE = {1: "green", 2: "green", 3: "yellow", 4: "red"}


class ReportFormat(str, enum.Enum):
    table = "table"
    markdown = "markdown"
    json = "json"


def render_report(console: Console, report: SituationReport) -> None:
    """Print the report with rich: header, per-day timeline, top dyads, contested claims."""
    console.rule("[bold]Situation report")
    outlets = ", ".join(f"{escape(o)} ({n})" for o, n in report.outlets.items()) or "none"
    console.print(
        f"{report.articles} articles, {report.events} events, {report.attributions} attributed "
        f"claims; {report.first_day or '?'} to {report.last_day or '?'}\nOutlets: {outlets}\n"
        f"[dim]References are article-id:start-end character offsets of the sentence or claim "
        f"(see `sitrep export`).[/]\n[dim]{escape(report.confidence_note())}[/]",
        highlight=False,
    )
    console.rule("Timeline")
    if not report.timeline:
        console.print("No events in this store yet.")
    for day, entries in report.timeline.items():
        console.print(f"[bold underline]{day or 'undated'}[/]")
        # One block per sentence: its events, then the sentence, who says so, and where it is.
        groups: list[list[TimelineEntry]] = []
        for e in entries:
            if groups and groups[-1][0].ref == e.ref:
                groups[-1].append(e)
            else:
                groups.append([e])
        for group in groups:
            events = []
            for e in group:
                style = _QUAD_STYLE.get(e.quad_class or 0, "bold")
                mod = "" if e.modality == "asserted" else f" [italic]({e.modality})[/]"
                events.append(
                    f"[{style}]{e.event}[/]{mod} {escape(e.actor)} → {escape(e.recipient)}"
                )
            first = group[0]
            console.print("  " + "; ".join(events), highlight=False)
            console.print(
                f"      “{escape(first.excerpt)}” — according to {escape(first.according_to)} "
                f"[dim]{first.ref}[/]",
                highlight=False,
            )
        if report.timeline_omitted.get(day):
            console.print(
                f"[dim]… and {report.timeline_omitted[day]} more events on this day "
                f"(--per-day to show more)[/]"
            )
    console.rule("Top dyads")
    if report.dyads:
        table = Table(expand=True)
        for col in ("actor", "recipient", "events", "coop", "conflict", "balance", "types"):
            table.add_column(
                col, justify="right" if col in ("events", "coop", "conflict", "balance") else "left"
            )
        for d in report.dyads:
            colour = "green" if d.balance > 0 else "red" if d.balance < 0 else ""
            bal = f"[{colour}]{d.balance:+.2f}[/]" if colour else f"{d.balance:+.2f}"
            types = ", ".join(f"{t} {n}" for t, n in d.types.items())
            table.add_row(
                escape(d.actor_label), escape(d.recipient_label), str(d.events), str(d.cooperation),
                str(d.conflict), bal, types,
            )  # fmt: skip
        console.print(table)
        console.print(
            "[dim]balance = (cooperation − conflict) / events, counting events reported as "
            "having happened (PLOVER quad classes 1–2 cooperation, 3–4 conflict)[/]"
        )
    else:
        console.print("No events with both an actor and a recipient yet.")
    console.rule("Contested claims")
    if not report.contested:
        console.print("No claim is denied or disputed in these articles.")
    for c in report.contested:
        if c.claim is not None:
            a = c.claim
            console.print(
                f"[bold]{escape(a.source)}[/] ({escape(a.outlet or '?')}, {a.published or '?'}) "
                f"{escape(a.cue)}: “{escape(a.content)}” [dim]{a.ref}[/]",
                highlight=False,
            )
        else:
            console.print("[dim](the claim rejected is not stated in these articles)[/]")
        r = c.rejection
        console.print(
            f"  [red]↳ {r.stance}[/] [bold]{escape(r.source)}[/] ({escape(r.outlet or '?')}, "
            f"{r.published or '?'}) {escape(r.cue)}: “{escape(r.content)}” [dim]{r.ref}[/]"
            + ("" if c.how == "linked" else f" [dim]({c.how})[/]"),
            highlight=False,
        )


def show_report(
    db: Path,
    *,
    fmt: ReportFormat,
    settings_file: Path | None = None,
    since: str | None = None,
    until: str | None = None,
    per_day: int | None = 12,
    all_modalities: bool = False,
    all_events: bool = False,
) -> None:
    """Build the report of ``db`` and print it in ``fmt``."""
    from sitrep.report import build_report
    from sitrep.store import Store

    settings = settings_from(settings_file)
    with Store(db, read_only=True) as store:
        report = build_report(
            store,
            settings=settings,
            since=parse_published(since, option="--since"),
            until=parse_published(until, option="--until"),
            per_day=per_day if per_day and per_day > 0 else None,
            asserted_only=not (all_modalities or all_events),
            all_events=all_events,
        )
    if fmt is ReportFormat.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif fmt is ReportFormat.markdown:
        print(report.to_markdown(), end="")
    else:
        render_report(out, report)


def report(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="The DuckDB store (default: store.path in settings)."),
    ] = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReportFormat.table,
    since: Annotated[str | None, typer.Option("--since", help="First day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last day (YYYY-MM-DD).")] = None,
    per_day: Annotated[
        int,
        typer.Option(
            "--per-day", help="Most events shown per day (the most confident); 0 for all."
        ),
    ] = 12,
    all_modalities: Annotated[
        bool,
        typer.Option(
            "--all-modalities",
            help="Count predicted, planned, negated ... events in the dyad balance too.",
        ),
    ] = False,
    all_events: AllEvents = False,
    settings_file: SettingsFile = None,
) -> None:
    """Print the situation report of a store: per-day timeline, top dyads, contested claims.

    Every line ends with article-id:start-end, the character offsets of its sentence or claim.
    """
    settings = settings_from(settings_file)
    show_report(
        db or Path(settings.store.path),
        fmt=fmt,
        settings_file=settings_file,
        since=since,
        until=until,
        per_day=per_day,
        all_modalities=all_modalities,
        all_events=all_events,
    )
