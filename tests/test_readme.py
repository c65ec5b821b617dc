"""Docs are tested: every CLI command is documented, and the README's example commands run."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def _commands() -> list[str]:
    """Lines starting with ``sitrep `` inside the README's console blocks."""
    blocks = re.findall(r"```console\n(.*?)```", README, flags=re.S)
    return [
        line.split("#")[0].strip()
        for block in blocks
        for line in block.splitlines()
        if line.startswith("sitrep ")
    ]


def _cli_command_names() -> list[str]:
    from typer.main import get_command

    from sitrep.cli.main import app

    group = get_command(app)
    names = []
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(cmd, "commands", None)
        names.extend(f"{name} {s}" for s in sub) if sub else names.append(name)
    return names


@pytest.mark.parametrize("name", _cli_command_names())
def test_every_command_is_in_the_readme(name):
    assert f"sitrep {name}" in README


def test_readme_has_the_two_commands():
    assert "make demo" in README and "make test" in README


def test_readme_example_commands_run(tmp_path):
    commands = _commands()
    assert len(commands) >= 4
    if not (ROOT.parent / "shared" / "data" / "seed" / "article.txt").exists():
        pytest.skip("the README examples read ../shared/data, which is absent here")
    for command in commands:
        args = shlex.split(command)[1:]
        args = [
            str(tmp_path / a) if a.endswith((".duckdb", ".parquet", ".csv")) else a for a in args
        ]
        proc = subprocess.run(
            [sys.executable, "-m", "sitrep.cli.main", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, f"{command!r} exited {proc.returncode}: {proc.stderr[-2000:]}"
        assert (proc.stdout + proc.stderr).strip(), f"{command!r} printed nothing"
