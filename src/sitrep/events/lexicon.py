"""The trigger lexicon: event words whose PLOVER type the codebook makes plain.

``data/events/triggers.tsv`` (written by the sitrep developers from the PLOVER codebook's
definitions) lists word forms (the pipeline runs without a lemmatizer, so inflections are
spelled out), their part of speech and PLOVER event, with optional mode, context and CAMEO code.
``data/events/cameo_verbs.tsv`` (derived by ``scripts/build_cameo_verbs.py`` from the CAMEO verb
dictionary) lists the verb forms that can carry an event at all; other verbs ("shows", "read",
"supposed") are not candidates. The lexicon backs up the classifier: a *strong* entry ("invade", "massed", "recognition") decides the
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
from sitrep.text.lexicon import word_set

# verbs of putting out a speech act: typed by their object noun when the lexicon is sure of it
_ISSUING = word_set("event_arguments", cls="issuing")

_PATH = "data/events/triggers.tsv"
_VERBS_PATH = "data/events/cameo_verbs.tsv"


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

    def __init__(
        self,
        entries: list[LexEntry],
        event_verbs: set[str] | None = None,
        pattern_verbs: set[str] | None = None,
    ) -> None:
        self.entries: dict[tuple[str, str], LexEntry] = {}
        for e in entries:
            self.entries.setdefault((e.form, e.pos), e)
        #: verb forms that can carry an event (CAMEO verb dictionary, plus the lexicon's verbs)
        self.event_verbs: set[str] = set(event_verbs or ()) | {
            form for form, pos in self.entries if pos == "VERB"
        }
        #: of those, verbs that carry an event only in some patterns ("declared a state of
        #: emergency", "returned the artifacts"; not the lexicon's): weak triggers
        self.pattern_verbs: frozenset[str] = frozenset(pattern_verbs or ()) - {
            form for form, pos in self.entries if pos == "VERB"
        }

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
            verbs_text = resources.files("sitrep").joinpath(_VERBS_PATH).read_text("utf-8")
            rows = list(csv.DictReader(verbs_text.splitlines(), delimiter="\t"))
            event_verbs = {row["form"] for row in rows}
            pattern_verbs = {row["form"] for row in rows if row["source"] == "patterns"}
        except (FileNotFoundError, KeyError) as e:
            raise ModelError(
                f"trigger lexicon sitrep/{_PATH} or sitrep/{_VERBS_PATH} is missing or "
                f"malformed ({e}); restore them from git (cameo_verbs.tsv: run "
                "scripts/build_cameo_verbs.py)",
                path=_PATH,
                stage="sitrep_events",
            ) from e
        return cls(entries, event_verbs, pattern_verbs)

    def is_pattern_verb(self, token: Token) -> bool:
        """Whether a verb carries an event only in some of its CAMEO patterns (a weak trigger)."""
        return token.text.lower() in self.pattern_verbs

    def is_event_verb(self, token: Token) -> bool:
        """Whether a verb token can carry an event (CAMEO verb dictionary or this lexicon)."""
        return token.text.lower() in self.event_verbs

    def lookup(self, token: Token) -> LexEntry | None:
        """The entry for a trigger token (verbs also as phrasal or prepositional verbs: "pulled
        back", "called for", or with their object: "struck a deal")."""
        pos = "VERB" if token.pos_ == "VERB" else "NOUN" if token.pos_ in ("NOUN", "PROPN") else ""
        if not pos:
            return None
        low = token.text.lower()
        if pos == "VERB":
            prt = next((c for c in token.children if c.dep_ == "prt"), None)
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if prt is not None and obj is not None:
                # "called off the strike" (not "called a strike", nor "called off the talks")
                hit = self.entries.get((f"{low} {prt.lower_} {obj.text.lower()}", pos))
                if hit:
                    return hit
            for child in token.children:
                if child.dep_ in ("prt", "dobj"):
                    # "pulled back"; with its object's head noun: "struck a deal" (AGREE)
                    hit = self.entries.get((f"{low} {child.text.lower()}", pos))
                    if hit:
                        return hit
                if child.dep_ == "dobj" and low in _ISSUING and child.pos_ == "NOUN":
                    # "issued a broad call to the unions to support the strikers": the
                    # speech act put out, when the lexicon is sure of its noun
                    hit = self.lookup(child)
                    if hit and hit.strong:
                        return hit
            # the preposition right after the verb ("called for", "appealed to", "called on"),
            # or its first after an adverb ("argued vociferously against")
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.pos_ in ("ADP", "SCONJ"):
                hit = self.entries.get((f"{low} {nxt.lower_}", pos))
                if hit:
                    return hit
            prep = next((c for c in token.rights if c.dep_ == "prep"), None)
            if (
                prep is not None
                and prep.i != token.i + 1  # (tried above)
                and all(t.pos_ == "ADV" for t in token.doc[token.i + 1 : prep.i])
            ):
                hit = self.entries.get((f"{low} {prep.lower_}", pos))
                if hit:
                    return hit
        else:
            # a two-word noun is found at its head ("cyber attack": the attack is coercion)
            if token.i > 0:
                hit = self.entries.get((f"{token.nbor(-1).text.lower()} {low}", pos))
                if hit:
                    return hit
            if token.i + 1 < len(token.doc):
                nxt = token.nbor(1)
                hit = self.entries.get((f"{low} {nxt.text.lower()}", pos))
                if hit and not (token.head is nxt and token.dep_ in ("compound", "amod")):
                    return hit  # (else the head finds it)
            if any(_to_infinitive(c) for c in token.children if c.dep_ == "acl"):
                # "a call to the unions to support the strikers": what a "call for" is
                hit = self.entries.get((f"{low} for", pos))
                if hit:
                    return hit
        return self.entries.get((low, pos))


def _to_infinitive(verb: Token) -> bool:
    """A "to" infinitive ("to support"), as a noun's clause."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
