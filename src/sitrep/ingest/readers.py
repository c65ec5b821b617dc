"""Readers: files (txt, html, jsonl) and directories in, :class:`Article` or :class:`Rejected` out.

A document we cannot use is not an exception: it comes out as a :class:`Rejected` result with a
reason (empty, binary, not UTF-8, too large, malformed), so a run over a thousand files reports
the three bad ones and goes on.

Example:
    >>> from sitrep.ingest import read_paths
    >>> for item in read_paths(["examples/"], settings=settings):
    ...     print(item)
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.ingest.article import Article
from sitrep.settings import IngestSettings

log = logging.getLogger(__name__)

#: File suffixes a directory walk picks up (lower case).
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SIDECAR_SUFFIX = ".meta.json"

#: Metadata keys read from a sidecar ``X.meta.json`` or a jsonl line (others are ignored).
META_KEYS = ("title", "url", "outlet", "published", "language")

# A headline: short, no sentence-final full stop, and not a dateline-only line.
_HEADLINE_MAX_CHARS = 200
_SENTENCE_END = re.compile(r"[.;:,]\s*$")


@dataclass(frozen=True)
class Rejected:
    """A document that was skipped, and why.

    Attributes:
        path: the file (as given or found in a directory walk).
        reason: one line for a human: what is wrong and, where useful, what to do.
        line: the 1-based line of a jsonl file, or None for a whole file.
    """

    path: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        """``path`` or ``path:line``, for messages."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


Item = Article | Rejected


# --------------------------------------------------------------------------- decoding and checks


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without a BOM).

    Raises:
        UnicodeDecodeError: the bytes are not UTF-8.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig")
    return data.decode("utf-8")


def check_bytes(data: bytes, *, settings: IngestSettings) -> str | None:
    """The reason to reject raw document bytes (size, binary, encoding), or None if fine."""
    if len(data) > settings.max_bytes:
        return (
            f"too large: {len(data):,} bytes, over the limit of {settings.max_bytes:,} "
            f"(ingest.max_bytes); split it or raise the limit in your settings file"
        )
    if b"\x00" in data:
        return "binary file (contains NUL bytes); expected UTF-8 text, HTML or JSON lines"
    try:
        decode_bytes(data)
    except UnicodeDecodeError as e:
        return (
            f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            f"convert it first, e.g. `iconv -f latin1 -t utf-8`"
        )
    return None


def check_text(text: str, *, settings: IngestSettings) -> str | None:
    """The reason to reject decoded text (empty or too short), or None if fine."""
    stripped = text.strip()
    if not stripped:
        return "empty document (no text)"
    if len(stripped) < settings.min_chars:
        return f"too short: {len(stripped)} characters, under ingest.min_chars={settings.min_chars}"
    return None


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (``2024-03-02`` or a timestamp starting with one) or None.

    Raises:
        ValueError: the value is set but is not an ISO date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published {value!r} is not a date; expected YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as e:
        raise ValueError(f"published {value!r} is not an ISO date; expected YYYY-MM-DD") from e


def _meta_from_mapping(data: dict[str, Any]) -> dict[str, Any]:
    """Article keyword arguments from a metadata mapping (sidecar or jsonl line).

    Raises:
        ValueError: a field has the wrong type or the date is not ISO.
    """
    meta: dict[str, Any] = {}
    for key in META_KEYS:
        value = data.get(key)
        if value is None:
            continue
        if key == "published":
            meta[key] = parse_date(value)
        elif isinstance(value, str):
            meta[key] = value.strip() or None
        else:
            raise ValueError(f"field {key!r} is {type(value).__name__}; expected a string")
    return meta


# --------------------------------------------------------------------------------------- txt


def headline(text: str) -> str | None:
    """The first line of ``text`` when it looks like a headline, else None.

    A headline is a short first line (at most 200 characters) not ending like a sentence
    (``.``, ``,``, ``;``, ``:``), followed by more text.
    """
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not first or not sep or not rest.strip():
        return None
    if len(first) > _HEADLINE_MAX_CHARS or _SENTENCE_END.search(first):
        return None
    return first


def sidecar_for(path: Path) -> Path | None:
    """The metadata sidecar of ``path``: ``X.meta.json`` or ``X.txt.meta.json``, if present."""
    for candidate in (
        path.with_name(path.stem + SIDECAR_SUFFIX),
        path.with_name(path.name + SIDECAR_SUFFIX),
    ):
        if candidate.is_file():
            return candidate
    return None


def _read_sidecar(path: Path) -> dict[str, Any] | Rejected:
    sidecar = sidecar_for(path)
    if sidecar is None:
        return {}
    try:
        data = json.loads(sidecar.read_text("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        return _meta_from_mapping(data)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        return Rejected(str(path), f"malformed metadata sidecar {sidecar.name}: {e}")


def _read_bytes(path: Path, *, settings: IngestSettings) -> bytes | Rejected:
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            return Rejected(
                str(path),
                f"too large: {size:,} bytes, over the limit of {settings.max_bytes:,} "
                f"(ingest.max_bytes); split it or raise the limit in your settings file",
            )
        return path.read_bytes()
    except OSError as e:
        return Rejected(str(path), f"cannot read: {e.strerror or e}")


def _read_text(p: Path, *, settings: IngestSettings) -> str | Rejected:
    """A file's text, decoded, or why it is rejected (too large, binary, not UTF-8)."""
    data = _read_bytes(p, settings=settings)
    if isinstance(data, Rejected):
        return data
    reason = check_bytes(data, settings=settings)
    if reason:
        return Rejected(str(p), reason)
    return decode_bytes(data)


def read_txt(path: str | os.PathLike[str], *, settings: IngestSettings) -> Item:
    """Read a plain-text article (and its ``X.meta.json`` sidecar, if any).

    The text is kept exactly as decoded (offsets index into it); the title is the sidecar's, or
    the first line when it looks like a headline.
    """
    p = Path(path)
    text = _read_text(p, settings=settings)
    if isinstance(text, Rejected):
        return text
    reason = check_text(text, settings=settings)
    if reason:
        return Rejected(str(p), reason)
    meta = _read_sidecar(p)
    if isinstance(meta, Rejected):
        return meta
    meta.setdefault("title", headline(text))
    return Article(text, path=str(p), **meta)


# -------------------------------------------------------------------------------------- html


def read_html(path: str | os.PathLike[str], *, settings: IngestSettings) -> Item:
    """Read an HTML page: the main text via trafilatura, with title, date, url and site name."""
    import trafilatura  # heavy import, only when HTML is read

    p = Path(path)
    html = _read_text(p, settings=settings)
    if isinstance(html, Rejected):
        return html
    if not html.strip():
        return Rejected(str(p), "empty document (no text)")
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        return Rejected(str(p), f"malformed HTML: {e}")
    if doc is None:
        return Rejected(str(p), "no article text found in the HTML (trafilatura extracted none)")
    found = doc if isinstance(doc, dict) else doc.as_dict()
    text = found.get("text") or ""
    reason = check_text(text, settings=settings)
    if reason:
        return Rejected(str(p), reason)
    meta = _read_sidecar(p)
    if isinstance(meta, Rejected):
        return meta
    try:
        published = parse_date(found.get("date"))
    except ValueError:
        published = None
    meta.setdefault("title", found.get("title") or None)
    meta.setdefault("url", found.get("url") or None)
    meta.setdefault("outlet", found.get("sitename") or None)
    meta.setdefault("published", published)
    return Article(text, path=str(p), **meta)


# ------------------------------------------------------------------------------------- jsonl


def read_jsonl(path: str | os.PathLike[str], *, settings: IngestSettings) -> Iterator[Item]:
    """Read JSON lines of ``{text, published, title, url, outlet}``, one article per line.

    A bad line (not JSON, no ``text``, a bad date, binary, too large, too short) is rejected
    with its line number; the other lines are read. ``ingest.max_bytes`` applies per line,
    since a jsonl file is a container of documents.
    """
    p = Path(path)
    try:
        fh = p.open("rb")
    except OSError as e:
        yield Rejected(str(p), f"cannot read: {e.strerror or e}")
        return
    seen_any = False
    with fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            seen_any = True
            reason = check_bytes(raw, settings=settings)
            if reason:
                yield Rejected(str(p), reason, line=n)
                continue
            try:
                data = json.loads(decode_bytes(raw))
            except json.JSONDecodeError as e:
                yield Rejected(str(p), f"not a JSON object: {e.msg} at column {e.colno}", line=n)
                continue
            if not isinstance(data, dict):
                yield Rejected(str(p), "expected a JSON object with a 'text' field", line=n)
                continue
            text = data.get("text")
            if not isinstance(text, str):
                yield Rejected(str(p), "missing 'text' (a string) in the JSON object", line=n)
                continue
            reason = check_text(text, settings=settings)
            if reason:
                yield Rejected(str(p), reason, line=n)
                continue
            try:
                meta = _meta_from_mapping(data)
            except ValueError as e:
                yield Rejected(str(p), str(e), line=n)
                continue
            yield Article(text, path=f"{p}:{n}", **meta)
    if not seen_any:
        yield Rejected(str(p), "empty document (no JSON lines)")


# -------------------------------------------------------------------------------- dispatching


def read_file(path: str | os.PathLike[str], *, settings: IngestSettings) -> Iterator[Item]:
    """Read one file by its suffix (``.txt``, ``.html``/``.htm``, ``.jsonl``)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(p, settings=settings)
    elif suffix in HTML_SUFFIXES:
        yield read_html(p, settings=settings)
    elif suffix in TEXT_SUFFIXES:
        yield read_txt(p, settings=settings)
    else:
        yield Rejected(
            str(p), f"unsupported file type {suffix or '(none)'!r}; expected .txt, .html or .jsonl"
        )


def _is_readable_name(p: Path) -> bool:
    name = p.name.lower()
    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
        return False
    return p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


def walk(path: str | os.PathLike[str]) -> list[Path]:
    """Files a directory holds that sitrep reads, recursively, in sorted order.

    Sidecars (``*.meta.json``), hidden files and other suffixes are left out.
    """
    root = Path(path)
    found = [p for p in root.rglob("*") if p.is_file() and _is_readable_name(p)]
    return sorted(found, key=lambda p: p.as_posix())


def read_paths(
    paths: Iterable[str | os.PathLike[str]], *, settings: IngestSettings
) -> Iterator[Item]:
    """Read files and directories in order, yielding Articles and Rejected results.

    Args:
        paths: files (.txt, .html, .jsonl) and directories (walked recursively, sorted).
        settings: the ``[ingest]`` settings (size and length limits).

    Yields:
        One :class:`Article` per document, or a :class:`Rejected` with the reason.
    """
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files = walk(p)
            if not files:
                yield Rejected(str(p), "directory holds no .txt, .html or .jsonl files")
            for f in files:
                yield from read_file(f, settings=settings)
        elif p.exists():
            yield from read_file(p, settings=settings)
        else:
            yield Rejected(str(p), "no such file or directory")


def count_documents(paths: Iterable[str | os.PathLike[str]]) -> int:
    """A quick upper bound of the documents under ``paths`` (files, and lines of jsonl files).

    Used to size progress bars; nothing is decoded.
    """
    total = 0
    for path in paths:
        p = Path(path)
        files = walk(p) if p.is_dir() else [p] if p.exists() else []
        for f in files:
            if f.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for raw in fh if raw.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
