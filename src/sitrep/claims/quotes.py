"""A robust quotation matcher: curly, straight and guillemet double quotes (and the two
apostrophes some newswires use for a straight double quote).

Quotes may continue across paragraphs (a paragraph left open whose successor opens with a quote
mark continues the quotation, the newspaper convention), and unbalanced marks never raise: a
quote still open at the end of its paragraph closes there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_OPEN = {"“": "”", "«": "»", "„": "”"}
_CLOSE = {"”", "»"}


@dataclass
class Quote:
    """One quotation: its fragments (one per paragraph), each ``(start, end)`` with the marks."""

    fragments: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


def _is_opening_straight(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-/:":
        return not after.isspace()
    return False


def _opens_paragraph(text: str, i: int) -> bool:
    """A closing mark first in its paragraph and touching a word (``”Mr. Trump is…``) is a
    mistyped opening one."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return (j < 0 or text[j] == "\n") and i + 1 < len(text) and text[i + 1].isalnum()


def find_quotes(text: str, *, min_chars: int = 3) -> list[Quote]:
    """All double-quoted passages of ``text``, in order.

    Args:
        text: the article text.
        min_chars: quotes with fewer inner characters are dropped (scare quotes stay in:
            they are filtered by the caller when they are too short to be content).

    Returns:
        Quotes; a quote continued over paragraphs has one fragment per paragraph.
    """
    quotes: list[Quote] = []
    current: Quote | None = None
    open_at: int | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        width = 1
        if ch == "'" and text.startswith("''", i):
            ch, width = '"', 2  # two apostrophes: the double quote of some newswires
        if ch == "\n":
            if open_at is not None:
                # paragraph ends inside a quote: keep it open only if the next paragraph opens
                j = i
                while j < n and text[j].isspace():
                    j += 1
                frag = (open_at, i)
                cont = j < n and (text[j] in _OPEN or text[j] == '"')
                if current is None:
                    current = Quote()
                current.fragments.append(frag)
                if cont:
                    open_at = None
                    i = j + 1
                    open_at = j
                    continue
                quotes.append(current)
                current, open_at = None, None
            i += 1
            continue
        if (
            ch in _OPEN
            or (ch == '"' and open_at is None and _is_opening_straight(text, i, width))
            or (ch == "”" and open_at is None and _opens_paragraph(text, i))
        ):
            if open_at is not None:
                # a new opening mark while one is open: close the old one just before it
                current = current or Quote()
                current.fragments.append((open_at, i))
                quotes.append(current)
                current = None
            open_at = i
        elif (ch in _CLOSE or ch == '"') and open_at is not None:
            current = current or Quote()
            current.fragments.append((open_at, i + width))
            quotes.append(current)
            current, open_at = None, None
        i += width
    if open_at is not None:
        current = current or Quote()
        current.fragments.append((open_at, n))
        quotes.append(current)
    elif current is not None and current.fragments:
        quotes.append(current)
    return [q for q in quotes if sum(e - s for s, e in q.fragments) - 2 >= min_chars]
