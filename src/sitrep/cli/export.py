"""`sitrep export` (placeholder until the owning work lands)."""

import typer


def export() -> None:
    """Not yet available."""
    raise typer.Exit(1)
