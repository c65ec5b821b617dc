"""Command-line options shared by several commands (declared once, same name and help)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

#: ``--settings FILE``: a TOML file overlaying the packaged defaults.
SettingsFile = Annotated[Path | None, typer.Option("--settings", help="A settings TOML file.")]
