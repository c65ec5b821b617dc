"""``sitrep actors resolve TEXT [--date D] [--context S]``: ask the actor knowledge base."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import InputError

actors_app = typer.Typer(help="Look up actors in the knowledge base.", no_args_is_help=True)


@actors_app.command("resolve")
def resolve(
    text: Annotated[
        str, typer.Argument(help='A mention, e.g. "French President Emmanuel Macron".')
    ],
    date: Annotated[
        str | None,
        typer.Option("--date", help="The article's date (YYYY-MM-DD); default today."),
    ] = None,
    context: Annotated[
        str | None,
        typer.Option("--context", help='Text around the mention (e.g. "Mexico") to disambiguate.'),
    ] = None,
    settings_path: Annotated[
        Path | None, typer.Option("--settings", help="Settings TOML file ([actors] extra_files).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the resolution as JSON.")] = False,
) -> None:
    """Resolve a mention to country, sector and office on a date; unknown names stay unknown.

    Exit code 0 when the KB knows the mention, 1 when it does not.
    """
    from sitrep.actors.kb import load_kb
    from sitrep.settings import load_settings

    day: dt.date | None = None
    if date:
        try:
            day = dt.date.fromisoformat(date)
        except ValueError as e:
            raise InputError(f"--date {date!r} is not an ISO date; expected YYYY-MM-DD") from e
    settings = load_settings(settings_path)
    kb = load_kb(settings.actors.extra_files, min_match_score=settings.actors.min_match_score)
    res = kb.resolve(text, date=day, context=context)
    console = Console()
    when = (day or kb.today).isoformat()
    if as_json:
        out = {"text": text, "date": when, "known": res is not None and res.known}
        if res is not None:
            out.update(
                name=res.name,
                country=res.country,
                sector=res.sector,
                kind=res.kind,
                title=res.title,
                wikidata=res.wikidata,
                confidence=res.confidence,
            )
        console.print_json(json.dumps(out))
    elif res is None or not res.known:
        console.print(f"[yellow]unknown[/]: {text!r} is not in the knowledge base on {when}")
    else:
        table = Table(title=f"{text} — {when}", show_header=False)
        for key in ("name", "country", "sector", "kind", "title", "wikidata", "confidence"):
            value = getattr(res, key)
            if value is not None:
                table.add_row(key, str(value))
        console.print(table)
    if res is None or not res.known:
        raise typer.Exit(1)
