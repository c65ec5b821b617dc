"""Reuters-21578 stories as the dev sets index them: one parser for every evaluation.

A dev-set row names a story ``news/reuters21578/FILE.sgm#NEWID``; its offsets index the story's
text as sitrep's own reader gives it (:mod:`sitrep.ingest.sgml`): the ``<DATELINE>``, one space,
then the ``<BODY>`` without the "Reuter" signature, SGML entities decoded. The event dev set
puts the ``<TITLE>`` and a blank line in front (:func:`story_text`).

The SGML files hold control characters and a few non-UTF-8 bytes: latin-1 reads every byte as
one character, so the offsets are stable.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_STORY = re.compile(r"<REUTERS\b[^>]*\bNEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})")
_SIGNATURE = re.compile(r"\s*Reuter\s*\x03?\s*$")
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}


@dataclass(frozen=True)
class Story:
    """One Reuters-21578 story with a body."""

    title: str
    dateline: str
    body: str
    published: dt.date | None

    @property
    def text(self) -> str:
        """The story as the reader gives it: dateline, one space, body."""
        return f"{self.dateline} {self.body}" if self.dateline else self.body

    def titled(self) -> str:
        """The title, a blank line, then :attr:`text` (the event dev set's text)."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text


def _field(block: str, name: str) -> str:
    m = re.search(rf"<{name}>(.*?)</{name}>", block, re.S)
    return html.unescape(m.group(1)) if m else ""


@lru_cache(maxsize=64)
def stories(path: Path) -> dict[str, Story]:
    """The stories with a body of one Reuters-21578 SGML file: ``{NEWID: Story}``."""
    raw = path.read_bytes().decode("latin-1")
    found: dict[str, Story] = {}
    for m in _STORY.finditer(raw):
        block = m.group(2)
        if "<BODY>" not in block:
            continue
        body = _SIGNATURE.sub("", _field(block, "BODY")).rstrip().lstrip()
        date = _DATE.search(block)
        published = None
        if date and date.group(2) in _MONTHS:
            published = dt.date(int(date.group(3)), _MONTHS[date.group(2)], int(date.group(1)))
        found[m.group(1)] = Story(
            title=_field(block, "TITLE").strip(),
            dateline=" ".join(_field(block, "DATELINE").split()),
            body=body,
            published=published,
        )
    return found
