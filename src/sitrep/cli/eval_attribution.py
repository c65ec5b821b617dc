"""`sitrep eval attribution` (placeholder until the owning work lands)."""

import typer


def attribution() -> None:
    """Not yet available."""
    raise typer.Exit(1)
