"""Text normalisers: whitespace, accents and lookup keys for names.

Example:
    >>> name_key("  the  Donetsk’s. ")
    "the donetsk's"
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from typing import Literal

_WS = re.compile(r"\s+")
_KEY_EDGES = " \t\n.,;:\"'“”"

UnicodeForm = Literal["NFC", "NFKC", "NFD", "NFKD"]


def collapse_whitespace(text: str, *, form: UnicodeForm | None = None) -> str:
    """``text`` with each run of whitespace made one space, stripped; optionally first put in
    Unicode normal form ``form`` (``"NFC"`` for the article id's normal form)."""
    if form is not None:
        text = unicodedata.normalize(form, text)
    return _WS.sub(" ", text).strip()


def strip_accents(text: str) -> str:
    """``Nausėda`` -> ``Nauseda`` (NFKD, combining marks dropped)."""
    if text.isascii():  # most names: nothing to strip (the actor KB calls this per name)
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The lookup key of a place or name: NFKC, curly apostrophe made straight, edge spaces,
    punctuation and quote marks stripped, whitespace collapsed, lower case."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").strip(_KEY_EDGES)
    return _WS.sub(" ", text).lower()


#: A text is hard-wrapped (newswire, e-mail) when it has at least this many lines …
_WRAP_MIN_LINES = 4
#: … most of which (this share of the lines inside paragraphs: followed by a line that is neither
#: blank nor indented) run on into the next line: no sentence-final mark at the end …
_WRAP_MIN_SHARE = 0.6
#: … and are no longer than this (characters): wrapped text keeps its lines under a column.
_WRAP_MAX_WIDTH = 100
_LINE_END = re.compile(r"[.!?:;\"'”’)]\s*$")
_WRAP_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\s])")


# A single line break inside a sentence is a hard wrap (wire copy wrapped at ~70 characters),
# not a headline boundary, when the next line starts in lower case or the line before is a
# long line of running text (not a capitalised headline).
_WRAP_MIN_LINE = 45


def is_hard_wrap(text: str, start: int, end: int) -> bool:
    """Whether the whitespace ``text[start:end]`` holding a line break is a hard wrap inside
    running text (see above), not a paragraph's or a headline's end."""
    if text.count("\n", start, end) != 1:
        return False  # none, or a blank line: a paragraph or a headline's end
    if text[end : end + 1].islower():
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start].strip()
    if len(line) < _WRAP_MIN_LINE or line[-1:] in (".", "!", "?", ":", ";"):
        return False
    return not line.isupper()


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of hard wrapping made spaces; the same length.

    Wire stories (Reuters-21578) break lines every ~70 characters inside sentences; the parser
    reads such a break as a boundary and loses the sentence's subject. When most lines run on
    into the next one, each single line break between two non-space characters becomes a
    space. Blank lines and breaks before indentation (paragraphs) stay, and so do all offsets.
    Text that is not hard-wrapped comes back unchanged.
    """
    lines = text.split("\n")
    if len(lines) < _WRAP_MIN_LINES:
        return text
    runs_on = 0
    for line, following in pairwise(lines):
        if (
            line.strip()
            and len(line) <= _WRAP_MAX_WIDTH
            and following[:1].strip()
            and not _LINE_END.search(line)
        ):
            runs_on += 1
    # (a line before a blank or indented one ends its paragraph: it could not run on)
    candidates = sum(
        1 for line, following in pairwise(lines) if line.strip() and following[:1].strip()
    )
    if not candidates or runs_on / candidates < _WRAP_MIN_SHARE:
        return text
    return _WRAP_BREAK.sub(" ", text)


#: A line written wholly in capitals (at least two words of two or more capital letters).
_CAPS_LINE = re.compile(r"^(?=(?:.*\b[A-Z][A-Z'.-]+\b){2})[^a-z\n]+$", re.M)
_CAPS_WORD = re.compile(r"[A-Z][A-Z'.&-]*")
#: How many words a name of the ``proper`` callback may have ("NEW ZEALAND").
_MAX_NAME_WORDS = 3


def recase_headlines(text: str, *, proper: Callable[[str], bool]) -> str:
    """``text`` with each line written wholly in capitals (a wire headline: "IRAQ THREATENS
    AIR RAIDS") put in sentence case, the same length: the line's first word and the names
    ``proper`` knows (given in lower case, up to three words: "new zealand") keep an initial
    capital, abbreviations with a dot ("U.S.") stay as written, other words are lower-cased.
    The parser and the entity recogniser read capitals as names; a headline in capitals reads
    as a row of names, and its verb is lost. Other lines come back unchanged.

    Example:
        >>> recase_headlines("IRAQ THREATENS AIR RAIDS", proper={"iraq"}.__contains__)
        'Iraq threatens air raids'
    """

    def recase(match: re.Match[str]) -> str:
        line = match.group(0)
        words = list(_CAPS_WORD.finditer(line))
        out = list(line.lower())
        first = True
        i = 0
        while i < len(words):
            span = 1
            for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
                name = " ".join(w.group(0).lower() for w in words[i : i + n])
                if proper(name):
                    span = n
                    break
            else:
                span = 0
            for w in words[i : i + max(span, 1)]:
                start, end = w.span()
                if "." in w.group(0):
                    out[start:end] = w.group(0)  # "U.S.": as written
                elif span or first:
                    out[start] = w.group(0)[0]
            first = False
            i += max(span, 1)
        return "".join(out)

    if not _CAPS_LINE.search(text):
        return text
    return _CAPS_LINE.sub(recase, text)


#: A dotted abbreviation ("U.S.", "U.K.") and the capitalised word after it ("U.S. Said").
_ABBREV_THEN_WORD = re.compile(r"\b(?:[A-Z]\.){2,}\s([A-Z][a-z]+)\b")
#: Inflections taken off a word to find it in lower case elsewhere ("Attacked": "attack").
_ENDINGS = ("ed", "d", "s", "es", "ing")
#: A capitalised word inside a sentence: after a lower-case word or a comma.
_MID_SENTENCE_CAPS = r"(?<=[a-z,] ){}\b"
#: How far after such a word to look for a name going on ("Home Corp", "Bureau of Mines").
_LOOK_AHEAD = 16


def recase_after_abbreviations(text: str, *, known: Callable[[str], bool] | None = None) -> str:
    """``text`` with a word capitalised only because it follows a dotted abbreviation put back
    in lower case, the same length: "Japan said it understood why the U.S. Attacked an Iranian
    oil platform" (a Reuters-21578 quirk: its typesetting read "U.S." as a sentence end).
    The parser reads "Attacked" as a name and loses the verb. A word is lowered when the
    same text has it (or its stem: "attack") in lower case elsewhere, or, with ``known`` (what
    the actor KB knows as a name, a place, a body or a title: "Navy", "Treasury"), when
    neither it nor the abbreviation with it is known, the abbreviation itself is (a country or
    a body: not initials, "E.F. Hutton and Co") and no capitalised word follows ("51 billion
    U.S. Dlrs", "the U.S. Rose to"; not "U.S. Home Corp"); and never when it is
    capitalised inside a sentence other than after an abbreviation ("U.S. Navy" stays when
    "the Navy" is written too).

    Example:
        >>> recase_after_abbreviations("The U.S. Said it would attack. It said so.")
        'The U.S. said it would attack. It said so.'
    """
    matches = list(_ABBREV_THEN_WORD.finditer(text))
    if not matches:
        return text
    out = list(text)
    # per word, once: lowered wherever it stands ("always"), only where no name goes on after
    # it and the KB knows no name in it ("unknown"), or never (None)
    verdict: dict[str, str | None] = {}
    for match in matches:
        word = match.group(1)
        if word not in verdict:
            lower = word.lower()
            stems = [lower[: -len(end)] for end in _ENDINGS if lower.endswith(end)]
            if re.search(_MID_SENTENCE_CAPS.format(word), text):
                verdict[word] = None
            elif re.search(rf"\b{lower}\b", text) or any(
                re.search(rf"\b{stem}", text) for stem in stems if len(stem) > 2
            ):
                verdict[word] = "always"
            elif known is not None and not known(word):
                verdict[word] = "unknown"
            else:
                verdict[word] = None
        lowered = verdict[word] == "always"
        if verdict[word] == "unknown" and known is not None:
            after = text[match.end(1) : match.end(1) + _LOOK_AHEAD].lstrip(" ")
            abbreviation = match.group(0)[: match.start(1) - match.start(0)].strip()
            lowered = (
                not after[:1].isupper()
                and not re.match(r"of (?:the )?[A-Z]", after)  # ("U.S. Bureau of Mines")
                and not known(match.group(0))
                # (a person's or a firm's initials, not a country's: "E.F. Hutton and Co")
                and known(abbreviation)
            )
        if lowered:
            out[match.start(1)] = word[0].lower()
    return "".join(out)
