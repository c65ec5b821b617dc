"""Text normalisers: whitespace, accents and lookup keys for names.

Example:
    >>> name_key("  the  Donetsk’s. ")
    "the donetsk's"
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

_WS = re.compile(r"\s+")
_KEY_EDGES = " \t\n.,;:\"'“”"

UnicodeForm = Literal["NFC", "NFKC", "NFD", "NFKD"]


def collapse_whitespace(text: str, *, form: UnicodeForm | None = None) -> str:
    """``text`` with each run of whitespace made one space, stripped; optionally first put in
    Unicode normal form ``form`` (``"NFC"`` for the article id's normal form)."""
    if form is not None:
        text = unicodedata.normalize(form, text)
    return _WS.sub(" ", text).strip()


def strip_accents(text: str) -> str:
    """``Nausėda`` -> ``Nauseda`` (NFKD, combining marks dropped)."""
    if text.isascii():  # most names: nothing to strip (the actor KB calls this per name)
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The lookup key of a place or name: NFKC, curly apostrophe made straight, edge spaces,
    punctuation and quote marks stripped, whitespace collapsed, lower case."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").strip(_KEY_EDGES)
    return _WS.sub(" ", text).lower()
