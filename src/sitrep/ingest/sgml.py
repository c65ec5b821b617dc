"""Reuters-style newswire SGML (``.sgm``, as in Reuters-21578): one Article per ``<REUTERS>``.

The file is streamed in chunks and cut at ``</REUTERS>``, so memory stays flat in the size of
the file (one story is held at a time, at most ``ingest.max_bytes``). Each story gives its
``<TITLE>``, its ``<DATE>`` (``26-FEB-1987 15:01:01.79``) as the publication date, outlet
"Reuters", and as text the ``<DATELINE>`` followed by the ``<BODY>`` (or the raw ``<TEXT>`` of an
unprocessed story), the closing "Reuter" signature left out.

The files' odd bytes are handled: the wire's control characters (written as ``&#3;`` or raw)
are dropped, other entities unescaped, and a story that is not UTF-8 (one byte 0xFC in
``reut2-017.sgm``) is read as Latin-1, which every byte decodes in.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

from sitrep.ingest.article import Article
from sitrep.ingest.readers import (
    Item,
    Rejected,
    _too_large,
    check_text,
    check_year,
    headline,
    open_regular,
)
from sitrep.settings import IngestSettings

log = logging.getLogger(__name__)

OUTLET = "Reuters"

_START = b"<REUTERS"
_END = b"</REUTERS>"
_CHUNK = 1 << 16
_CONTROL_ENTITY = re.compile(r"&#(?:[0-8]|1[1-9]|2\d|3[01]|127);")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_SIGNATURE = re.compile(r"\s*\bReuters?\s*$", re.I)
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}


def _field(block: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}(?:\s[^>]*)?>(.*?)</{tag}>", block, flags=re.S | re.I)
    return m.group(1) if m else None


def _clean(value: str) -> str:
    """Wire control characters dropped (entity or raw), other entities unescaped."""
    return _CONTROL.sub("", html.unescape(_CONTROL_ENTITY.sub("", value)))


def stories(fh: object, *, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(n, raw bytes)`` of each ``<REUTERS>`` element of a binary file, streamed.

    A story over ``limit`` bytes comes out as ``(n, None)`` and is skipped, never held whole.
    """
    read = fh.read  # type: ignore[attr-defined]
    buf = b""
    n = 0
    skipping = False
    while True:
        chunk = read(_CHUNK)
        buf += chunk
        while True:
            start = buf.find(_START)
            if start < 0 and not skipping:
                buf = buf[-len(_START) :]  # keep a tag cut at the chunk boundary
                break
            end = buf.find(_END, max(start, 0))
            if end < 0:
                if len(buf) - max(start, 0) > limit:
                    if not skipping:
                        n += 1
                        yield n, None
                    skipping = True
                    buf = buf[-len(_END) :]
                else:
                    buf = buf[max(start, 0) :]
                break
            if skipping:  # the tail of an overlong story
                skipping = False
                buf = buf[end + len(_END) :]
                continue
            n += 1
            yield n, buf[start : end + len(_END)]
            buf = buf[end + len(_END) :]
        if not chunk:
            return


def _date(block: str) -> dt.date | None:
    raw = _field(block, "DATE")
    m = _DATE.search(raw or "")
    if m is None or m.group(2).upper() not in _MONTHS:
        return None
    value = dt.date(int(m.group(3)), _MONTHS[m.group(2).upper()], int(m.group(1)))
    return check_year(value, raw=raw.strip() if raw else None)


def story_article(raw: bytes, *, path: str, n: int, settings: IngestSettings) -> Item:
    """An Article from one ``<REUTERS>`` element, or why not."""
    try:
        block = raw.decode("utf-8")
    except UnicodeDecodeError:
        block = raw.decode("latin-1")
    newid = re.search(r'NEWID="(\d+)"', block[:300])
    label = f" (NEWID {newid.group(1)})" if newid else ""
    body = _field(block, "BODY")
    if body is None:
        text_el = _field(block, "TEXT")
        if text_el is not None and re.search(r'<TEXT[^>]*TYPE="UNPROC"', block, flags=re.I):
            body = text_el
        elif text_el is not None and _field(text_el, "TITLE") is not None:
            return Rejected(path, f"no story body: a headline-only brief{label}", line=n)
        else:
            return Rejected(path, f"no <BODY> or <TEXT> in the story{label}", line=n)
    dateline = _clean(_field(block, "DATELINE") or "").strip()
    text = _SIGNATURE.sub("", _clean(body)).rstrip()
    if dateline:
        text = f"{dateline} {text.lstrip()}"
    reason = check_text(text, settings=settings)
    if reason:
        return Rejected(path, reason + label, line=n)
    try:
        published = _date(block)
    except ValueError as e:
        return Rejected(path, f"{e}{label}", line=n)
    # an unprocessed story (TYPE="UNPROC") has no <TITLE>: its first line is its headline
    title = " ".join(_clean(_field(block, "TITLE") or "").split()) or headline(text)
    return Article(text, title=title, outlet=OUTLET, published=published, path=f"{path}:{n}")


def read_sgml(path: str | os.PathLike[str], *, settings: IngestSettings) -> Iterator[Item]:
    """Read a Reuters-style SGML file, one Article (or Rejected) per ``<REUTERS>`` story.

    Args:
        path: the ``.sgm`` file.
        settings: the ``[ingest]`` settings; ``max_bytes`` applies per story.

    Yields:
        An :class:`Article` per usable story (path ``FILE:N``, N the 1-based story number), a
        :class:`Rejected` per bad story, or one Rejected for a file holding none.
    """
    p = Path(path)
    fh = open_regular(p, settings=settings)
    if isinstance(fh, Rejected):
        yield fh
        return
    found = 0
    with fh:
        try:
            for n, raw in stories(fh, limit=settings.max_bytes):
                found += 1
                if raw is None:
                    yield Rejected(str(p), _too_large(None, settings), line=n)
                    continue
                yield story_article(raw, path=str(p), n=n, settings=settings)
        except OSError as e:
            yield Rejected(str(p), f"cannot read after story {found}: {e.strerror or e}")
            return
    if not found:
        yield Rejected(str(p), "no <REUTERS> stories in the file; expected Reuters-style SGML")
