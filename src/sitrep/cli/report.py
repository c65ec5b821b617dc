"""`sitrep report` (placeholder until the owning work lands)."""

import typer


def report() -> None:
    """Not yet available."""
    raise typer.Exit(1)
