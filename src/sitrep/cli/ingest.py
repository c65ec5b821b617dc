"""`sitrep ingest` (placeholder until the owning work lands)."""

import typer


def ingest() -> None:
    """Not yet available."""
    raise typer.Exit(1)
