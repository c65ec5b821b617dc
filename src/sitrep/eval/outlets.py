"""The outlet of a dev-set source: what a reader of the outlet's own pages or feed gives as
``Article.outlet``, so the dev sets are coded as an analyst's feed would be (the lexicon
``sitrep/data/lexicons/corpus_outlets.tsv``: the BBC corpus is BBC News, Reuters stories are
Reuters, PolNeAR's file names start with their outlet's)."""

from __future__ import annotations

from sitrep.text.lexicon import load_lexicon


def source_outlet(source: str) -> str | None:
    """The outlet of a dev-set source reference, or None for a corpus without one."""
    name = source.split("#", 1)[0].rsplit("/", 1)[-1]
    for entry in load_lexicon("corpus_outlets").entries:
        corpus = entry.fields["corpus"]
        if source.startswith(corpus) and (entry.lemma == "*" or name.startswith(entry.lemma)):
            return entry.fields["outlet"]
    return None
