"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``): one :class:`Article` per entry.

Parsed with feedparser (lenient about broken feeds, no network: it is given bytes). Each entry
gives title, link, the feed's title as outlet and the entry's publication date; its text is the
entry's full content when present, else its summary, with HTML markup turned into plain text
(paragraphs kept as blank-line-separated blocks). A feed is parsed whole, so the feed file is
held to ``ingest.max_bytes``; an entry that is too short, too long or badly dated is rejected
with its entry number, and the other entries are read.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml.html.defs import block_tags

from sitrep.ingest.article import Article
from sitrep.ingest.readers import Item, Rejected, _read_bytes, check_text, check_year
from sitrep.settings import IngestSettings

log = logging.getLogger(__name__)

#: Elements that break the text into paragraphs: lxml's HTML 4 block elements, the line break
#: and the HTML5 sectioning elements lxml's list predates.
_BLOCKS = block_tags | {"br", "section", "article", "header", "footer", "aside", "nav", "main"}
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, block elements as paragraphs.

    Text that is not HTML comes back with whitespace tidied.
    """
    if "<" not in fragment:
        return _BLANKS.sub("\n\n", _SPACES.sub(" ", fragment)).strip()
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in ("script", "style", ""):  # "": a comment or processing instruction
                continue
            if tag in _BLOCKS:
                parts.append("\n\n")
            if el.text:
                parts.append(el.text)
        else:
            if tag in _BLOCKS:
                parts.append("\n\n")
            if el.tail and el is not root:
                parts.append(el.tail)
    text = _SPACES.sub(" ", "".join(parts))
    return "\n\n".join(p.strip() for p in _BLANKS.split(text) if p.strip())


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or "")


def _entry_date(entry: Any) -> dt.date | None:
    """The entry's publication (else update) date. Raises ValueError when out of range."""
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed is not None:
            value = dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            return check_year(value, raw=entry.get(key) or value.isoformat())
    return None


def read_feed(path: str | os.PathLike[str], *, settings: IngestSettings) -> Iterator[Item]:
    """Read an RSS or Atom feed file, one Article (or Rejected) per entry.

    Args:
        path: the feed file.
        settings: the ``[ingest]`` settings (size and length limits).

    Yields:
        An :class:`Article` per usable entry (path ``FILE:N``, N the 1-based entry number), a
        :class:`Rejected` per bad entry, or one Rejected for a file that is no feed.
    """
    import feedparser

    p = Path(path)
    data = _read_bytes(p, settings=settings)
    if isinstance(data, Rejected):
        yield data
        return
    try:
        feed = feedparser.parse(data)
    except Exception as e:  # feedparser is lenient, but a parser underneath may still raise
        yield Rejected(str(p), f"not an RSS/Atom feed: {type(e).__name__}: {e}")
        return
    entries = feed.get("entries") or []
    if not entries:
        problem = feed.get("bozo_exception")
        why = f" ({problem})" if problem else ""
        yield Rejected(
            str(p), f"no entries: not an RSS/Atom feed, or an empty one{why}; expected <item>s"
        )
        return
    outlet = (feed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries, start=1):
        text = _entry_text(entry)
        reason = check_text(text, settings=settings)
        if reason:
            yield Rejected(str(p), reason, line=n)
            continue
        try:
            published = _entry_date(entry)
        except ValueError as e:
            yield Rejected(str(p), str(e), line=n)
            continue
        yield Article(
            text,
            title=(entry.get("title") or "").strip() or None,
            url=entry.get("link") or None,
            outlet=outlet,
            published=published,
            path=f"{p}:{n}",
        )
