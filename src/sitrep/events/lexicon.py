"""The trigger lexicon: event words whose PLOVER type the codebook makes plain.

``data/events/triggers.tsv`` (written by the sitrep developers from the PLOVER codebook's
definitions) lists word forms (the pipeline runs without a lemmatizer, so inflections are
spelled out), their part of speech and PLOVER event, with optional mode, context and CAMEO code.
It backs up the classifier: a *strong* entry ("invade", "massed", "recognition") decides the
event type; a *weak* one ("talks", "sent") decides it only when no classifier is available, and
otherwise lends its mode/context/CAMEO when the classifier agrees.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from sitrep.errors import ModelError

_PATH = "data/events/triggers.tsv"


@dataclass(frozen=True)
class LexEntry:
    form: str
    pos: str  # VERB or NOUN
    event: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    strong: bool


class TriggerLexicon:
    """Lookup of trigger tokens (and two-word triggers such as "pull back")."""

    def __init__(self, entries: list[LexEntry]) -> None:
        self.entries: dict[tuple[str, str], LexEntry] = {}
        for e in entries:
            self.entries.setdefault((e.form, e.pos), e)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> TriggerLexicon:
        """Load the packaged lexicon (cached).

        Raises:
            ModelError: the TSV is missing or malformed.
        """
        try:
            text = resources.files("sitrep").joinpath(_PATH).read_text("utf-8")
            entries = [
                LexEntry(
                    form=form.strip().lower(),
                    pos=row["pos"],
                    event=row["event"],
                    mode=row["mode"] or None,
                    context=tuple(c for c in row["context"].split(";") if c),
                    cameo=row["cameo"] or None,
                    strong=row["strong"] == "1",
                )
                for row in csv.DictReader(text.splitlines(), delimiter="\t")
                for form in row["forms"].split("|")
            ]
        except (FileNotFoundError, KeyError) as e:
            raise ModelError(
                f"trigger lexicon sitrep/{_PATH} is missing or malformed ({e}); "
                "restore it from git",
                path=_PATH,
                stage="sitrep_events",
            ) from e
        return cls(entries)

    def lookup(self, token: Token) -> LexEntry | None:
        """The entry for a trigger token (verbs also as phrasal verbs: "pulled back")."""
        pos = "VERB" if token.pos_ == "VERB" else "NOUN" if token.pos_ in ("NOUN", "PROPN") else ""
        if not pos:
            return None
        low = token.text.lower()
        if pos == "VERB":
            for child in token.children:
                if child.dep_ == "prt":
                    hit = self.entries.get((f"{low} {child.text.lower()}", pos))
                    if hit:
                        return hit
        elif token.i + 1 < len(token.doc):
            hit = self.entries.get((f"{low} {token.nbor(1).text.lower()}", pos))
            if hit:
                return hit
        return self.entries.get((low, pos))
