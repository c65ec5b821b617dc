"""`sitrep eval events` (placeholder until the owning work lands)."""

import typer


def events() -> None:
    """Not yet available."""
    raise typer.Exit(1)
