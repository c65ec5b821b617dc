"""The ``sitrep`` command line: one module per command, each a thin wrapper over the library.

Exit codes (documented in the README):
    0  success
    1  unexpected error (a bug: please report it with its traceback); `actors resolve` also
       exits 1 when the name is unknown, as grep does when nothing matches
    2  bad input (path, format, encoding); with `code`/`ingest`: some documents were rejected
    3  bad settings file
    4  model or shipped data missing
    5  store error
    6  evaluation data missing or malformed
    130 interrupted (Ctrl-C)
"""

from __future__ import annotations

import logging
import sys

import typer
from rich.console import Console
from rich.markup import escape

from sitrep.cli import actors, code, demo, evaluate, export, ingest, report, serve
from sitrep.errors import SitrepError

app = typer.Typer(
    name="sitrep",
    help="Turn news into a situation report: attributed claims and PLOVER-coded events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("code")(code.code)
app.command("ingest")(ingest.ingest)
app.command("report")(report.report)
app.command("export")(export.export)
app.command("demo")(demo.demo)
app.command("serve")(serve.serve)
app.add_typer(evaluate.eval_app, name="eval")
app.add_typer(actors.actors_app, name="actors")

err = Console(stderr=True)


@app.callback()
def _main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details."),
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def main() -> None:
    """Entry point: run the app, turning sitrep errors into one clear line and an exit code."""
    try:
        app()
    except SitrepError as e:
        err.print(f"[bold red]error:[/] {escape(str(e))}", highlight=False)
        sys.exit(e.exit_code)


if __name__ == "__main__":
    main()
