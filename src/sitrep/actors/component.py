"""The ``sitrep_actors`` stage (first cut: NER entities as unresolved actors)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.actors.table import ActorTable, Resolution
from sitrep.settings import Settings

_KINDS = {"GPE": "state", "NORP": "group", "ORG": "org", "PERSON": "person", "LOC": "place"}


class ActorsComponent:
    def __init__(self, nlp: Language, name: str, *, settings: Settings) -> None:
        self.name = name
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        table = ActorTable()
        for ent in doc.ents:
            if ent.label_ in _KINDS:
                res = Resolution(name=ent.text, kind=_KINDS[ent.label_], ner=ent.label_, known=False)
                table.add_mention(ent.start_char, ent.end_char, ent.text, res)
        doc._.sitrep_actors = table
        return doc
