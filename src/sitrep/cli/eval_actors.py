"""`sitrep eval actors` (placeholder until the owning work lands)."""

import typer


def actors() -> None:
    """Not yet available."""
    raise typer.Exit(1)
