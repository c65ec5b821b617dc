"""Evaluation: scorers for public and project gold, end to end (used by the CLI and bench/; no production module imports this package)."""
