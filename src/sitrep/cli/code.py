"""`sitrep code` (placeholder until the owning work lands)."""

import typer


def code() -> None:
    """Not yet available."""
    raise typer.Exit(1)
