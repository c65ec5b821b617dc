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
        best: CameoRow | None = None
        best_key = (0, 0, "")
        for row in rows:
            if row.mode and row.mode != mode:
                continue
            if wanted and row.context and not wanted & set(row.context):
                continue
            score = 2 * bool(mode and row.mode == mode) + len(wanted & set(row.context))
            # ties: the broader (shorter) code, then the lower one
            key = (score, -len(row.cameo), "".join(chr(255 - ord(c)) for c in row.cameo))
            if score and key > best_key:
                best, best_key = row, key
        if best is None:
            best = next((r for r in rows if r.default), rows[0])
        return best.cameo, best.quad_class
