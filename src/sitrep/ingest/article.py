"""The Article: one document as read, before any NLP."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

_WS = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """The normal form hashed into an article id: NFC, whitespace collapsed, stripped.

    ``" ".join(s.split())`` is ``_WS.sub(" ", s).strip()`` (both split on exactly the 29
    characters of ``str.isspace``), several times faster: every document read is hashed, also
    on a rerun that skips them all.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str) -> str:
    """16 hex digits of the SHA-256 of the normalised text (SPEC.md ``article.id``)."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """A document to code. ``text`` is kept exactly as read; offsets index into it.

    Example:
        >>> Article("Moscow said on Monday that ...", published=dt.date(2022, 2, 21)).id
        '...'
    """

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str = "en"
    path: str | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)
