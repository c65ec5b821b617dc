"""`sitrep actors` (placeholder until the owning work lands)."""

import typer

actors_app = typer.Typer(help="Look up actors in the knowledge base.", no_args_is_help=True)
