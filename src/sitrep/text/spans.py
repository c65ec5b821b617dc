"""Character spans: trimming and offsets.

A span is a ``(start, end)`` pair of character offsets into a text, end exclusive, so the span's
text is always ``text[start:end]``. Trimming only ever shrinks a span (``start`` moves right,
``end`` left) and is idempotent.

Example:
    >>> trim_span('  "Russia will not invade," he said', 0, 26)
    (3, 25)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

CharSpan = tuple[int, int]
#: Where :func:`doc_text` keeps a document's text (``Doc.user_data``).
_TEXT_KEY = "sitrep_text"

#: Whitespace, punctuation and quote marks that surround the content of an annotated span.
EDGE_PUNCT = frozenset(" \t\r\n\u00a0.,;:!?\"'“”‘’«»‹›()[]{}—–-…*")
#: Separators trimmed from the left of a rule-built content span ("…, saying — …").
_SEP_LEFT = frozenset(",;—–-")
#: ... and from its right (a colon before a quote also goes).
_SEP_RIGHT = frozenset(",;:—–-")


class _Token(Protocol):
    @property
    def idx(self) -> int: ...

    @property
    def text(self) -> str: ...


def token_end(token: _Token) -> int:
    """The character offset just after ``token`` (a spaCy Token, or anything with ``idx``/``text``)."""
    return token.idx + len(token.text)


def tokens_span(tokens: Sequence[_Token]) -> CharSpan:
    """The character span from the first token's start to the last token's end.

    Raises:
        ValueError: ``tokens`` is empty.
    """
    if not tokens:
        raise ValueError("tokens_span needs at least one token; got an empty sequence")
    return tokens[0].idx, token_end(tokens[-1])


def strip_span(
    text: str,
    start: int,
    end: int,
    *,
    left: Callable[[str], bool],
    right: Callable[[str], bool] | None = None,
) -> CharSpan:
    """Shrink ``[start, end)`` past characters for which ``left`` (at the start) and ``right``
    (at the end; default ``left``) hold. The result may be empty (``start == end``).

    Args:
        text: The text the span points into.
        start: Start offset (clamped to ``0..len(text)``).
        end: End offset (clamped to ``start..len(text)``).
        left: Whether a character at the start is dropped.
        right: Whether a character at the end is dropped.

    Returns:
        The shrunk span.
    """
    right = right or left
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    while start < end and left(text[start]):
        start += 1
    while end > start and right(text[end - 1]):
        end -= 1
    return start, end


def trim_span(text: str, start: int, end: int) -> CharSpan:
    """Shrink ``[start, end)`` past surrounding whitespace, punctuation and quote marks.

    A span of punctuation only (a colon cue) is kept as it is, less surrounding spaces.
    """
    s, e = strip_span(text, start, end, left=EDGE_PUNCT.__contains__)
    if e > s:
        return s, e
    return strip_span(text, start, end, left=str.isspace)


def trim_separators(text: str, start: int, end: int) -> CharSpan | None:
    """Shrink a span past surrounding spaces and commas/dashes (and a colon at its end), not
    quote marks; None when nothing is left."""
    s, e = strip_span(
        text,
        start,
        end,
        left=lambda c: c.isspace() or c in _SEP_LEFT,
        right=lambda c: c.isspace() or c in _SEP_RIGHT,
    )
    return (s, e) if e > s else None


def doc_text(doc: Any) -> str:
    """``doc.text`` of a spaCy Doc, joined once per document and kept in its ``user_data``
    (``Doc.text`` joins every token on each access: on an 800-word article that is the cost
    of a few thousand token objects, paid by every stage that reads it)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def remember_text(doc: Any, text: str) -> None:
    """Record ``text`` as the text of ``doc`` (the string it was made from) for
    :func:`doc_text`."""
    doc.user_data[_TEXT_KEY] = text
