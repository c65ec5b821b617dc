"""sitrep: turn news into a situation report — attributed claims and PLOVER-coded events.

Example:
    >>> from sitrep import code_text
    >>> dispatch = code_text("Moscow said on Monday that ...", published="2022-02-21")
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Coder", "__version__", "code_text", "open_store"]

if TYPE_CHECKING:
    from sitrep.pipeline import Coder
    from sitrep.records import Dispatch
    from sitrep.store import Store


def __getattr__(name: str) -> Any:
    # Lazy: importing sitrep must not load spaCy or torch.
    if name == "Coder":
        from sitrep.pipeline import Coder

        return Coder
    raise AttributeError(name)


_CODER: dict[str, Any] = {}


def code_text(text: str, *, published: dt.date | str | None = None, **meta: Any) -> Dispatch:
    """Code one text with a default :class:`Coder` (built once per process)."""
    from sitrep.pipeline import Coder

    if "coder" not in _CODER:
        _CODER["coder"] = Coder()
    return _CODER["coder"].code_text(text, published=published, **meta)


def open_store(path: str, *, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the DuckDB store at ``path``."""
    from sitrep.store import Store

    return Store(path, read_only=read_only)
