"""The ``sitrep_attributions`` stage (placeholder: finds nothing until the real one lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.settings import Settings


class AttributionComponent:
    def __init__(self, nlp: Language, name: str, *, settings: Settings) -> None:
        self.name = name
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        doc._.sitrep_attributions = []
        return doc
