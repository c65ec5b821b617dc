"""The attribution cue lexicon (``data/claims/cues.tsv``, built by
``scripts/attribution_build_lexicon.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.errors import ModelError


@dataclass(frozen=True)
class Cue:
    """A cue word form: part of speech (``V``/``N``), stance, and its PolNeAR-train cue rate."""

    form: str
    pos: str
    stance: str
    origin: str
    rate: float


@lru_cache(maxsize=1)
def load_cues() -> dict[tuple[str, str], Cue]:
    """The cue lexicon keyed by ``(lower-cased form, pos)``.

    Raises:
        ModelError: the packaged file is missing or malformed.
    """
    try:
        text = resources.files("sitrep").joinpath("data/claims/cues.tsv").read_text("utf-8")
    except FileNotFoundError as e:
        raise ModelError(
            "cue lexicon sitrep/data/claims/cues.tsv is missing; reinstall sitrep or run "
            "scripts/attribution_build_lexicon.py",
            stage="sitrep_attributions",
        ) from e
    cues: dict[tuple[str, str], Cue] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 6:
            raise ModelError(
                f"cues.tsv line {n} has {len(parts)} columns, expected 6; rebuild it with "
                "scripts/attribution_build_lexicon.py",
                stage="sitrep_attributions",
            )
        form, pos, stance, origin, gold, seen = parts
        rate = int(gold) / int(seen) if int(seen) else 0.5
        cues[(form, pos)] = Cue(form, pos, stance, origin, rate)
    return cues
