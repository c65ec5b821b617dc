"""WARC and ARC web archives (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``).

Streamed record by record with warcio (gzip handled, constant memory in the size of the
archive): every HTTP ``response`` (ARC: every record) with status 200 and an HTML content
type goes through the same HTML extractor as an ``.html`` file (:func:`html_article`), with the
record's target URI as URL. Other records (requests, metadata, images, redirects) are not
documents and are passed over silently; an HTML page that is too large, not decodable or holds
no article is rejected with its record number and URI, and the other records are read.
"""

from __future__ import annotations

import logging
import os
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.ingest.readers import (
    Item,
    Rejected,
    _too_large,
    check_bytes,
    decode_bytes,
    html_article,
    open_regular,
    read_limited,
)
from sitrep.settings import IngestSettings

log = logging.getLogger(__name__)

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _decode(body: bytes, content_type: str) -> str | None:
    """The page's text: the charset the server declared, else UTF-8 (None: undecodable)."""
    m = _CHARSET.search(content_type)
    if m:
        try:
            return body.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_bytes(body)
    except UnicodeDecodeError:
        return None


def _is_html_response(record: Any) -> tuple[bool, str]:
    """Whether a record is a 200 HTML response, and its content type."""
    if record.rec_type not in ("response", "resource"):
        return False, ""
    http = record.http_headers
    if http is not None:
        status = (http.get_statuscode() or "").strip()
        content_type = http.get_header("Content-Type") or ""
        if status != "200":
            return False, content_type
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower(), content_type


def _archive_kind(head: bytes) -> str | None:
    """``warc`` or ``arc`` from a file's first bytes (gzip members inflated), else None."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return None
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):
        return "arc"
    return None


def read_warc(path: str | os.PathLike[str], *, settings: IngestSettings) -> Iterator[Item]:
    """Read the HTML pages of a WARC/ARC file, one Article (or Rejected) per page.

    Args:
        path: the archive (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``).
        settings: the ``[ingest]`` settings; ``max_bytes`` applies per page.

    Yields:
        An :class:`Article` per usable page (path ``FILE:N``, N the 1-based record number), a
        :class:`Rejected` per bad page, or one Rejected for a file that is no archive.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    p = Path(path)
    fh = open_regular(p, settings=settings)
    if isinstance(fh, Rejected):
        yield fh
        return
    pages = 0
    n = 0
    with fh:
        head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
        if _archive_kind(head) is None:
            yield Rejected(
                str(p), "not a WARC/ARC archive (no 'WARC/' or 'filedesc://' header at the start)"
            )
            return
        try:
            for n, record in enumerate(ArchiveIterator(fh, arc2warc=True), start=1):
                ok, content_type = _is_html_response(record)
                if not ok:
                    continue
                pages += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or None
                body = read_limited(record.content_stream(), settings.max_bytes)
                if body is None:
                    yield Rejected(str(p), f"{uri}: {_too_large(None, settings)}", line=n)
                    continue
                html = _decode(body, content_type)
                if html is None:
                    reason = check_bytes(body, settings=settings) or "not decodable"
                    yield Rejected(str(p), f"{uri}: {reason}", line=n)
                    continue
                item = html_article(html, path=str(p), settings=settings, line=n)
                if isinstance(item, Rejected):
                    yield Rejected(str(p), f"{uri}: {item.reason}", line=n)
                    continue
                item.url = uri or item.url
                yield item
        except ArchiveLoadFailed as e:
            where = f" after record {n}" if n else ""
            yield Rejected(str(p), f"not a WARC/ARC archive{where}: {str(e).strip()}")
            return
        except Exception as e:  # warcio raises assorted errors on damaged input (an
            # AttributeError for a record without a URI, zlib errors for a cut gzip member)
            yield Rejected(str(p), f"damaged archive after record {n}: {type(e).__name__}: {e}")
            return
    if not pages:
        log.info("%s holds no HTML responses", p)
        yield Rejected(str(p), "no HTML pages (no 200 text/html responses) in the archive")
