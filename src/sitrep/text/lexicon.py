"""One loader for the word lists shipped in ``sitrep/data/lexicons/*.tsv``.

Every lexicon is a tab-separated file: ``#`` lines are comments, the first other line is the
header, and each row is one entry. The header's first column is ``lemma`` and its last is
``source`` (who wrote the entry, or where it comes from); columns in between are the lexicon's
own (a class, a value, a stance, ...). Two of them have a meaning for the loader:

* ``pos`` — ``V`` (verb) or ``N`` (noun) generates the regular inflections of the lemma (see
  :func:`inflect`); anything else (``-``, ``ADJ``, ...) gives the lemma only.
* ``forms`` — extra word forms separated by ``|`` (irregular forms: ``said``, ``wrote``). A
  value starting with ``=`` lists *all* forms of the entry instead: nothing is generated and the
  lemma itself counts only if it is listed.

Values with several items (``forms``, classes) separate them by ``|``. Lexicons are loaded once
per process (cached) and are immutable.

Example:
    >>> lex = load_lexicon("reporting_verbs")
    >>> "argued" in lex.words(cls="say")
    True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from sitrep.errors import ModelError

_IRREGULAR_3SG = re.compile(r"(s|sh|ch|x|z)$")
_CONS_Y = re.compile(r"[^aeiou]y$")
# one syllable ending in a single vowel and a consonant: "plan" -> "planned", "planning"
_DOUBLING = re.compile(r"[^aeiouy]*[aeiou][bdglmnprt]")


def inflect(lemma: str, pos: str) -> tuple[str, ...]:
    """The regular forms of ``lemma``: base, 3sg, past, gerund for verbs; base, plural for nouns.

    A one-syllable lemma ending in one vowel and a consonant doubles it ("planned"); irregular
    forms and the doubling of longer words ("admitted") go in the ``forms`` column. A multi-word
    lemma ("call off") inflects its first word.

    Args:
        lemma: The base form.
        pos: ``V`` or ``N``; any other value gives the base form only.

    Returns:
        The forms, base first, without duplicates.
    """
    head, sep, rest = lemma.partition(" ")
    if pos == "V":
        if head.endswith("e"):
            heads = [head, head + "s", head + "d", head[:-1] + "ing"]
        elif _CONS_Y.search(head):
            heads = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
        elif _IRREGULAR_3SG.search(head):
            heads = [head, head + "es", head + "ed", head + "ing"]
        elif _DOUBLING.fullmatch(head):
            heads = [head, head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
        else:
            heads = [head, head + "s", head + "ed", head + "ing"]
    elif pos == "N":
        if _CONS_Y.search(head) and not rest:
            heads = [head, head[:-1] + "ies"]
        elif _IRREGULAR_3SG.search(head):
            heads = [head, head + "es"]
        else:
            heads = [head, head + "s"]
    else:
        heads = [head]
    return tuple(dict.fromkeys(h + sep + rest for h in heads))


@dataclass(frozen=True)
class Entry:
    """One row of a lexicon: its lemma, all its word forms, its other columns and its source."""

    lemma: str
    forms: tuple[str, ...]
    fields: Mapping[str, str]
    source: str

    def values(self, column: str) -> tuple[str, ...]:
        """The ``|``-separated items of ``column`` (empty when the column is blank)."""
        value = self.fields.get(column, "")
        return tuple(v for v in value.split("|") if v)


@dataclass(frozen=True)
class Lexicon:
    """A loaded lexicon: its name, its columns and its entries in file order."""

    name: str
    columns: tuple[str, ...]
    entries: tuple[Entry, ...]

    def select(self, **where: str | tuple[str, ...]) -> tuple[Entry, ...]:
        """The entries whose column ``key`` holds (one of) the given value(s).

        Keyword names are column names; ``cls`` stands for the column ``class``.
        """
        out = []
        for entry in self.entries:
            for key, wanted in where.items():
                column = "class" if key == "cls" else key
                if column not in self.columns:
                    raise KeyError(f"lexicon {self.name!r} has no column {column!r}")
                allowed = (wanted,) if isinstance(wanted, str) else wanted
                if not set(entry.values(column)) & set(allowed):
                    break
            else:
                out.append(entry)
        return tuple(out)

    def words(self, **where: str | tuple[str, ...]) -> frozenset[str]:
        """Every word form of the entries matching ``where`` (see :meth:`select`)."""
        return frozenset(f for e in self.select(**where) for f in e.forms)

    def lemmas(self, **where: str | tuple[str, ...]) -> tuple[str, ...]:
        """The lemmas of the entries matching ``where``, in file order."""
        return tuple(e.lemma for e in self.select(**where))

    def items(self, column: str) -> frozenset[str]:
        """Every ``|``-separated item of ``column`` over all entries (a column of word forms)."""
        if column not in self.columns:
            raise KeyError(f"lexicon {self.name!r} has no column {column!r}")
        return frozenset(v for e in self.entries for v in e.values(column))

    def mapping(self, column: str) -> dict[str, str]:
        """Each word form -> the entry's value in ``column`` (later rows win)."""
        return {f: e.fields[column] for e in self.entries for f in e.forms}


def parse_lexicon(text: str, *, name: str = "<text>") -> Lexicon:
    """Parse the text of a lexicon file (see the module docstring for the format).

    Args:
        text: The file's content.
        name: The lexicon's name, for error messages.

    Returns:
        The lexicon.

    Raises:
        ModelError: no header, a header not starting with ``lemma`` and ending with ``source``,
            a row with the wrong number of columns, or an empty lemma.
    """
    columns: tuple[str, ...] = ()
    entries: list[Entry] = []
    # rows end at "\n" only (not at the other characters str.splitlines() breaks on)
    for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not columns:
            if cells[0] != "lemma" or cells[-1] != "source" or len(cells) < 2:
                raise ModelError(
                    f"lexicon {name!r}: header {cells!r} must start with 'lemma' and end with "
                    "'source'; fix the file in sitrep/data/lexicons/",
                    stage="lexicon",
                )
            columns = tuple(cells)
            continue
        if len(cells) != len(columns):
            raise ModelError(
                f"lexicon {name!r} line {n} has {len(cells)} columns, expected {len(columns)} "
                f"({', '.join(columns)}); fix the file in sitrep/data/lexicons/",
                stage="lexicon",
            )
        fields = dict(zip(columns, cells, strict=True))
        lemma = fields["lemma"]
        if not lemma:
            raise ModelError(f"lexicon {name!r} line {n} has no lemma", stage="lexicon")
        listed = fields.get("forms", "")
        if listed.startswith("="):
            forms = tuple(dict.fromkeys(f for f in listed[1:].split("|") if f))
        else:
            generated = inflect(lemma, fields.get("pos", ""))
            forms = tuple(dict.fromkeys([*generated, *(f for f in listed.split("|") if f)]))
        entries.append(Entry(lemma, forms, MappingProxyType(fields), fields["source"]))
    if not columns:
        raise ModelError(f"lexicon {name!r} has no header line", stage="lexicon")
    return Lexicon(name, columns, tuple(entries))


@cache
def load_lexicon(name: str) -> Lexicon:
    """The packaged lexicon ``sitrep/data/lexicons/<name>.tsv`` (cached per process).

    Args:
        name: The file's stem, e.g. ``"reporting_verbs"``.

    Returns:
        The lexicon.

    Raises:
        ModelError: the file is missing or malformed.
    """
    path = resources.files("sitrep").joinpath(f"data/lexicons/{name}.tsv")
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as e:
        raise ModelError(
            f"lexicon sitrep/data/lexicons/{name}.tsv is missing; reinstall sitrep",
            stage="lexicon",
        ) from e
    return parse_lexicon(text, name=name)


def word_set(name: str, **where: str | tuple[str, ...]) -> frozenset[str]:
    """Shorthand: every word form of lexicon ``name`` (optionally of matching entries)."""
    return load_lexicon(name).words(**where)
