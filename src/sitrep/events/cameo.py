"""PLOVER -> CAMEO: the CAMEO code and quad class of a coded event.

The table ``data/events/cameo_plover.tsv`` is derived by ``scripts/build_cameo_table.py`` from the
PLOVER project's CAMEO conversion table. A PLOVER event maps to many CAMEO codes; the most
specific row agreeing with the event's mode and context wins, else the event's default row.

Example:
    >>> table = CameoTable.load()
    >>> table.lookup("MOBILIZE", mode="troops")
    ('154', 4)
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.errors import ModelError

_PATH = "data/events/cameo_plover.tsv"


@dataclass(frozen=True)
class CameoRow:
    cameo: str
    event: str
    mode: str
    context: tuple[str, ...]
    quad_class: int
    default: bool
    description: str


class CameoTable:
    """The CAMEO rows of each PLOVER event."""

    def __init__(self, rows: list[CameoRow]) -> None:
        self.rows = rows
        self._by_event: dict[str, list[CameoRow]] = {}
        for row in rows:
            self._by_event.setdefault(row.event, []).append(row)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> CameoTable:
        """Load the packaged table (cached).

        Raises:
            ModelError: the packaged TSV is missing or malformed.
        """
        try:
            text = resources.files("sitrep").joinpath(_PATH).read_text("utf-8")
            rows = [
                CameoRow(
                    cameo=r["cameo"],
                    event=r["event"],
                    mode=r["mode"],
                    context=tuple(c for c in r["context"].split(";") if c),
                    quad_class=int(r["quad_class"]),
                    default=r["default"] == "1",
                    description=r["description"],
                )
                for r in csv.DictReader(text.splitlines(), delimiter="\t")
            ]
        except (FileNotFoundError, KeyError, ValueError) as e:
            raise ModelError(
                f"CAMEO table sitrep/{_PATH} is missing or malformed ({e}); "
                "rebuild it with `python scripts/build_cameo_table.py`",
                path=_PATH,
                stage="sitrep_events",
            ) from e
        return cls(rows)

    def row(self, cameo: str) -> CameoRow | None:
        """The table row of a CAMEO code, or None."""
        return next((r for r in self.rows if r.cameo == cameo), None)

    def lookup(
        self, event: str, *, mode: str | None = None, context: list[str] | None = None
    ) -> tuple[str | None, int | None]:
        """The CAMEO code and quad class for a PLOVER event with optional mode and context.

        Args:
            event: a PLOVER event type, e.g. ``"ASSAULT"``.
            mode: the PLOVER mode, e.g. ``"troops"``, if known.
            context: PLOVER contexts, e.g. ``["military"]``.

        Returns:
            ``(cameo, quad_class)``, or ``(None, None)`` for an unknown event type.
        """
        rows = self._by_event.get(event)
        if not rows:
            return None, None
        wanted = set(context or [])
        scored: list[tuple[int, CameoRow]] = []
        for row in rows:
            if row.mode and row.mode != mode:
                continue
            if wanted and row.context and not wanted & set(row.context):
                continue
            score = 2 * bool(mode and row.mode == mode) + len(wanted & set(row.context))
            if score:
                # a row with contexts nobody asked for ranks below an exact one
                scored.append((score * 10 - len(set(row.context) - wanted), row))
        best: CameoRow | None = None
        if scored:
            top = max(s for s, _ in scored)
            tied = [r for s, r in scored if s == top]
            shortest = min(len(r.cameo) for r in tied)
            tied = [r for r in tied if len(r.cameo) == shortest]
            # several equally good codes (THREATEN+violence: 137 repression or 138 military
            # force) say no more than the event's default code
            best = tied[0] if len(tied) == 1 else None
        if best is None:
            best = next((r for r in rows if r.default), rows[0])
        return best.cameo, best.quad_class
