"""`sitrep demo` (placeholder until the owning work lands)."""

import typer


def demo() -> None:
    """Not yet available."""
    raise typer.Exit(1)
