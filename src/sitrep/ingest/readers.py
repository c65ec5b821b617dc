"""Readers: files and directories in, :class:`Article` or :class:`Rejected` out.

Formats by suffix: ``.txt`` (with ``X.meta.json`` sidecars), ``.html``/``.htm``, ``.jsonl``,
RSS/Atom feeds (``.rss``, ``.atom``, ``.xml``; :mod:`sitrep.ingest.feeds`), WARC/ARC web
archives (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``; :mod:`sitrep.ingest.warc`) and
Reuters-style newswire SGML (``.sgm``; :mod:`sitrep.ingest.sgml`). Containers (jsonl, feeds,
archives, SGML) are read one document at a time, in constant memory.

A document we cannot use is not an exception: it comes out as a :class:`Rejected` result with a
reason (empty, binary, not UTF-8, too large, malformed, not a regular file), so a run over a
thousand files reports the three bad ones and goes on. Files are opened only after their type
is checked (a FIFO would block), and read with a byte limit (``stat`` is not trusted: a link to
``/dev/zero`` claims size 0).

Example:
    >>> from sitrep.ingest import read_paths
    >>> for item in read_paths(["examples/"], settings=settings):
    ...     print(item)
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sitrep.ingest.article import Article
from sitrep.settings import IngestSettings

log = logging.getLogger(__name__)

#: File suffixes a directory walk picks up (lower case).
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
SGML_SUFFIXES = (".sgm", ".sgml")
#: Files holding many documents (read one document at a time).
CONTAINER_SUFFIXES = JSONL_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES + SGML_SUFFIXES
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + CONTAINER_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"

#: Metadata keys read from a sidecar ``X.meta.json`` or a jsonl line (others are ignored).
META_KEYS = ("title", "url", "outlet", "published", "language")

#: Publication years accepted (a later year than next year is a typo or a placeholder such as
#: 9999-12-31; news before 1800 is not what sitrep codes).
MIN_YEAR = 1800

# A headline: short, no sentence-final full stop, and not a dateline-only line.
_HEADLINE_MAX_CHARS = 200
_SENTENCE_END = re.compile(r"[.;:,]\s*$")

# Magic numbers of formats people hand over by mistake under a text suffix.
_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data; decompress it first (gunzip)"),
    (b"PK\x03\x04", "a zip archive; unzip it first"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data; decompress it first (unxz)"),
    (b"%PDF-", "a PDF document; extract its text first (e.g. pdftotext)"),
    (b"\x7fELF", "an executable"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def printable(value: str) -> str:
    """``value`` with control characters escaped (``\\n``), for one-line messages.

    A file name may hold a newline; printed raw it would split a reject line in two.
    """
    if not _CONTROL.search(value):
        return value
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], value.replace("\\", "\\\\"))


@dataclass(frozen=True)
class Rejected:
    """A document that was skipped, and why.

    Attributes:
        path: the file (as given or found in a directory walk).
        reason: one line for a human: what is wrong and, where useful, what to do.
        line: the 1-based line of a jsonl file (or the entry of a feed, the record of an
            archive, the article of an SGML file), or None for a whole file.
    """

    path: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        """``path`` or ``path:line``, for messages."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{printable(self.where)}: {self.reason}"


Item = Article | Rejected


# --------------------------------------------------------------------------- decoding and checks


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without a BOM), or UTF-16/UTF-32 when a BOM says so.

    Raises:
        UnicodeDecodeError: the bytes are not in that encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    return data.decode("utf-8")


def _too_large(size: int | None, settings: IngestSettings) -> str:
    """The reason for a document over ``ingest.max_bytes`` (``size`` None: not read to the end)."""
    what = f"{size:,} bytes, over" if size is not None else "more bytes than"
    return (
        f"too large: {what} the limit of {settings.max_bytes:,} (ingest.max_bytes); "
        "split it or raise the limit in your settings file"
    )


def check_bytes(data: bytes, *, settings: IngestSettings) -> str | None:
    """The reason to reject raw document bytes (size, binary, encoding), or None if fine."""
    if len(data) > settings.max_bytes:
        return _too_large(len(data), settings)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary file: {what}; expected UTF-8 text, HTML or JSON lines"
    bom = next((enc for b, enc in _BOMS if data.startswith(b)), None)
    if bom is None and b"\x00" in data:
        return "binary file (contains NUL bytes); expected UTF-8 text, HTML or JSON lines"
    try:
        decode_bytes(data)
    except UnicodeDecodeError as e:
        name = (bom or "utf-8").replace("-sig", "").upper()
        if e.reason == "unexpected end of data":
            return (
                f"truncated {name}: an incomplete character at the end (offset {e.start}); "
                "the file was cut short, get a complete copy"
            )
        byte = data[e.start] if e.start < len(data) else 0
        return (
            f"not {name} (byte 0x{byte:02x} at offset {e.start}); "
            f"convert it first, e.g. `iconv -f latin1 -t utf-8`"
        )
    return None


def check_text(text: str, *, settings: IngestSettings) -> str | None:
    """The reason to reject decoded text (empty, too short, too long), or None if fine."""
    stripped = text.strip()
    if not stripped:
        return "empty document (no text)"
    if len(stripped) < settings.min_chars:
        return f"too short: {len(stripped)} characters, under ingest.min_chars={settings.min_chars}"
    if len(text) > settings.max_chars:
        return (
            f"too long: {len(text):,} characters, over the limit of {settings.max_chars:,} "
            "(ingest.max_chars); split it or raise the limit in your settings file"
        )
    return None


def check_year(value: dt.date, *, raw: Any = None) -> dt.date:
    """``value`` when its year is plausible for news (1800 to next year).

    Raises:
        ValueError: the year is out of range (a placeholder such as 9999-12-31).
    """
    last = dt.date.today().year + 1
    if not MIN_YEAR <= value.year <= last:
        shown = raw if raw is not None else value.isoformat()
        raise ValueError(
            f"published {shown!r} is out of range (year {value.year}); expected a year from "
            f"{MIN_YEAR} to {last}"
        )
    return value


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (``2024-03-02`` or a timestamp starting with one) or None.

    Raises:
        ValueError: the value is set but is not an ISO date, or its year is out of range.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return check_year(value.date())
    if isinstance(value, dt.date):
        return check_year(value)
    if not isinstance(value, str):
        raise ValueError(f"published {value!r} is not a date; expected YYYY-MM-DD")
    try:
        parsed = dt.date.fromisoformat(value.strip()[:10])
    except ValueError as e:
        raise ValueError(f"published {value!r} is not an ISO date; expected YYYY-MM-DD") from e
    return check_year(parsed, raw=value)


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


# ------------------------------------------------------------------------------ opening files

_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO, a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def _kind(mode: int) -> str:
    return next((name for check, name in _FILE_KINDS if check(mode)), "not a regular file")


def os_reason(path: Path, e: OSError) -> str:
    """One line saying why ``path`` cannot be opened (symlink loop, broken link, ...)."""
    if e.errno == errno.ELOOP:
        return "symlink loop (the link points back to itself); fix or remove the link"
    if e.errno == errno.ENOENT:
        if path.is_symlink():
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            return f"broken symlink (points to {printable(target)}, which does not exist)"
        return "no such file or directory"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; check the file's permissions"
    return f"cannot read: {e.strerror or e}"


def open_regular(path: Path, *, settings: IngestSettings) -> IO[bytes] | Rejected:
    """Open a regular file for reading, or say why not (checked BEFORE opening: a FIFO blocks).

    The file is opened non-blocking and checked again on the open descriptor, so a file
    swapped for a FIFO in between cannot hang the run.
    """
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return Rejected(
                str(path), f"not a regular file ({_kind(st.st_mode)}); expected a file to read"
            )
        if st.st_size > settings.max_bytes and not path.name.lower().endswith(CONTAINER_SUFFIXES):
            return Rejected(str(path), _too_large(st.st_size, settings))
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        return Rejected(str(path), os_reason(path, e))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            return Rejected(
                str(path), f"not a regular file ({_kind(st.st_mode)}); expected a file to read"
            )
        return os.fdopen(fd, "rb")
    except OSError as e:
        os.close(fd)
        return Rejected(str(path), os_reason(path, e))


def read_limited(fh: IO[bytes], limit: int) -> bytes | None:
    """Up to ``limit`` bytes of ``fh``; None when there is more (the size is not trusted)."""
    data = fh.read(limit + 1)
    return None if len(data) > limit else data


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


def _read_sidecar(path: Path, *, settings: IngestSettings) -> dict[str, Any] | Rejected:
    sidecar = sidecar_for(path)
    if sidecar is None:
        return {}
    data = _read_bytes(sidecar, settings=settings)
    if isinstance(data, Rejected):
        return Rejected(str(path), f"unreadable metadata sidecar {sidecar.name}: {data.reason}")
    try:
        meta = json.loads(decode_bytes(data))
        if not isinstance(meta, dict):
            raise ValueError("expected a JSON object")
        return _meta_from_mapping(meta)
    except (UnicodeDecodeError, ValueError) as e:
        return Rejected(str(path), f"malformed metadata sidecar {sidecar.name}: {e}")


def _read_bytes(path: Path, *, settings: IngestSettings) -> bytes | Rejected:
    """A regular file's bytes, read with the ``ingest.max_bytes`` limit, or why not."""
    fh = open_regular(path, settings=settings)
    if isinstance(fh, Rejected):
        return fh
    try:
        with fh:
            data = read_limited(fh, settings.max_bytes)
    except OSError as e:
        return Rejected(str(path), os_reason(path, e))
    if data is None:
        return Rejected(str(path), _too_large(None, settings))
    return data


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
    meta = _read_sidecar(p, settings=settings)
    if isinstance(meta, Rejected):
        return meta
    meta.setdefault("title", headline(text))
    return Article(text, path=str(p), **meta)


# -------------------------------------------------------------------------------------- html


def html_article(
    html: str, *, path: str, settings: IngestSettings, line: int | None = None
) -> Item:
    """An Article from an HTML page (main text via trafilatura, with its metadata), or why not.

    Args:
        html: the decoded page.
        path: where it came from (the file, or the archive for a WARC record).
        settings: the ``[ingest]`` settings.
        line: the record number inside a container, for messages and the article path.
    """
    import trafilatura  # heavy import, only when HTML is read

    if not html.strip():
        return Rejected(path, "empty document (no text)", line=line)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        return Rejected(path, f"malformed HTML: {type(e).__name__}: {e}", line=line)
    if doc is None:
        return Rejected(
            path, "no article text found in the HTML (trafilatura extracted none)", line=line
        )
    found = doc if isinstance(doc, dict) else doc.as_dict()
    text = found.get("text") or ""
    reason = check_text(text, settings=settings)
    if reason:
        return Rejected(path, reason, line=line)
    try:
        published = parse_date(found.get("date"))
    except ValueError:
        published = None
    return Article(
        text,
        title=found.get("title") or None,
        url=found.get("url") or None,
        outlet=found.get("sitename") or None,
        published=published,
        path=path if line is None else f"{path}:{line}",
    )


def read_html(path: str | os.PathLike[str], *, settings: IngestSettings) -> Item:
    """Read an HTML page: the main text via trafilatura, with title, date, url and site name."""
    p = Path(path)
    html = _read_text(p, settings=settings)
    if isinstance(html, Rejected):
        return html
    item = html_article(html, path=str(p), settings=settings)
    if isinstance(item, Rejected):
        return item
    meta = _read_sidecar(p, settings=settings)
    if isinstance(meta, Rejected):
        return meta
    for key, value in meta.items():  # the sidecar wins over what the page says
        setattr(item, key, value)
    return item


# ------------------------------------------------------------------------------------- jsonl


def iter_lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, bytes, size)`` of each line; bytes is None for a line over ``limit``.

    An overlong line is skipped in chunks, never held whole in memory.
    """
    n = 0
    while raw := fh.readline(limit + 1):
        n += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield n, raw, len(raw)
            continue
        size = len(raw)
        while chunk := fh.readline(1 << 20):
            size += len(chunk)
            if chunk.endswith(b"\n"):
                break
        yield n, None, size


def _json_reason(e: json.JSONDecodeError) -> str:
    # some messages end with "at" ("Invalid control character at"): do not say "at at"
    msg = e.msg.removesuffix(" at")
    return f"not a JSON object: {msg} at column {e.colno}"


def read_jsonl(path: str | os.PathLike[str], *, settings: IngestSettings) -> Iterator[Item]:
    """Read JSON lines of ``{text, published, title, url, outlet}``, one article per line.

    A bad line (not JSON, no ``text``, a bad date, binary, too large, too short) is rejected
    with its line number; the other lines are read. ``ingest.max_bytes`` applies per line,
    since a jsonl file is a container of documents.
    """
    p = Path(path)
    fh = open_regular(p, settings=settings)
    if isinstance(fh, Rejected):
        yield fh
        return
    seen_any = False
    with fh:
        for n, raw, size in iter_lines(fh, settings.max_bytes):
            if raw is None:
                seen_any = True
                yield Rejected(str(p), _too_large(size, settings), line=n)
                continue
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
                yield Rejected(str(p), _json_reason(e), line=n)
                continue
            except RecursionError:
                yield Rejected(str(p), "not a JSON object: nested too deeply", line=n)
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


def _suffix(p: Path) -> str:
    name = p.name.lower()
    return next((s for s in (".warc.gz", ".arc.gz") if name.endswith(s)), p.suffix.lower())


def is_container(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a file of many documents (jsonl, feed, archive, SGML)."""
    return _suffix(Path(path)) in CONTAINER_SUFFIXES


def read_file(path: str | os.PathLike[str], *, settings: IngestSettings) -> Iterator[Item]:
    """Read one file by its suffix (txt, html/htm, jsonl, rss/atom/xml, warc/arc, sgm)."""
    p = Path(path)
    suffix = _suffix(p)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(p, settings=settings)
    elif suffix in HTML_SUFFIXES:
        yield read_html(p, settings=settings)
    elif suffix in TEXT_SUFFIXES:
        yield read_txt(p, settings=settings)
    elif suffix in FEED_SUFFIXES:
        from sitrep.ingest.feeds import read_feed

        yield from read_feed(p, settings=settings)
    elif suffix in WARC_SUFFIXES:
        from sitrep.ingest.warc import read_warc

        yield from read_warc(p, settings=settings)
    elif suffix in SGML_SUFFIXES:
        from sitrep.ingest.sgml import read_sgml

        yield from read_sgml(p, settings=settings)
    else:
        yield Rejected(
            str(p),
            f"unsupported file type {suffix or '(none)'!r}; expected .txt, .html, .jsonl, "
            ".rss/.atom/.xml, .warc(.gz) or .sgm",
        )


def _is_readable_name(p: Path) -> bool:
    name = p.name.lower()
    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
        return False
    return _suffix(p) in READABLE_SUFFIXES


def walk(path: str | os.PathLike[str]) -> list[Path]:
    """Files a directory holds that sitrep reads, recursively, in sorted order.

    Sidecars (``*.meta.json``), hidden files and other suffixes are left out. Entries with a
    readable name that are not directories are kept even when they are not regular files (a
    FIFO, a broken link): reading them says why they are skipped.
    """
    root = Path(path)
    found = [
        p for p in root.rglob("*") if _is_readable_name(p) and (p.is_symlink() or not p.is_dir())
    ]
    return sorted(found, key=lambda p: p.as_posix())


def _stat(p: Path) -> os.stat_result | Rejected:
    try:
        return os.stat(p)
    except OSError as e:
        return Rejected(str(p), os_reason(p, e))


def read_paths(
    paths: Iterable[str | os.PathLike[str]], *, settings: IngestSettings
) -> Iterator[Item]:
    """Read files and directories in order, yielding Articles and Rejected results.

    Args:
        paths: files (see :func:`read_file`) and directories (walked recursively, sorted).
        settings: the ``[ingest]`` settings (size and length limits).

    Yields:
        One :class:`Article` per document, or a :class:`Rejected` with the reason.
    """
    for path in paths:
        p = Path(path)
        st = _stat(p)
        if isinstance(st, Rejected):
            yield st
        elif stat.S_ISDIR(st.st_mode):
            files = walk(p)
            if not files:
                yield Rejected(str(p), "directory holds no files sitrep reads (.txt, .html, ...)")
            for f in files:
                yield from read_file(f, settings=settings)
        else:
            yield from read_file(p, settings=settings)


def count_documents(paths: Iterable[str | os.PathLike[str]]) -> int:
    """A quick estimate of the documents under ``paths`` (files, and lines of jsonl files).

    Used to size progress bars; nothing is decoded, and only regular files are looked into.
    """
    total = 0
    for path in paths:
        p = Path(path)
        try:
            files = walk(p) if p.is_dir() else [p] if p.exists() else []
        except OSError:
            files = []
        for f in files:
            total += _count_in(f)
    return total


_COUNT_MARKERS = {".jsonl": b"\n", ".sgm": b"<REUTERS", ".sgml": b"<REUTERS"}


def _count_in(f: Path) -> int:
    marker = _COUNT_MARKERS.get(_suffix(f))
    if marker is None:
        return 1
    try:
        if not f.is_file():
            return 1
        n = 0
        with f.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                n += chunk.count(marker)
        return max(n, 1)
    except OSError:
        return 1
