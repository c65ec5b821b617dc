"""Span trimming shared by attribution merging and PolNeAR scoring.

A span is compared and stored without surrounding whitespace, punctuation and quote marks, as
PolNeAR's scoring does (``sitrep.eval.polnear``).
"""

from __future__ import annotations

_TRIM = set(" \t\r\n\u00a0.,;:!?\"'“”‘’«»‹›()[]{}—–-…*")

Span = tuple[int, int]


def trim_span(text: str, start: int, end: int) -> Span:
    """Shrink ``[start, end)`` past surrounding whitespace, punctuation and quote marks.

    A span of punctuation only (a colon cue) is kept as it is, less surrounding spaces.
    """
    s, e = start, end
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    if e > s:
        return s, e
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
