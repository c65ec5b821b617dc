"""Command-line interface (typer + rich). Only this package writes to the terminal."""
