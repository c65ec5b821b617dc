"""The outlet of a dev-set source: what a reader of the outlet's own pages or feed gives as
``Article.outlet``, so the dev sets are coded as an analyst's feed would be."""

from __future__ import annotations

#: The outlet of a dev-set source, as a reader of the outlet's own pages or feed would give it
#: (``Article.outlet``): the BBC corpus is BBC News; PolNeAR's file names start with theirs;
#: Reuters stories are Reuters (sitrep.ingest.sgml does the same).
CORPUS_OUTLETS: dict[str, str | dict[str, str]] = {
    "news/bbc/": "BBC",
    "news/reuters21578/": "Reuters",
    "polnear/": {
        "breitbart": "Breitbart News",
        "huff-post": "HuffPost",
        "nyt": "The New York Times",
        "politico": "Politico",
        "usa-today": "USA Today",
        "wash-post": "The Washington Post",
        "west-journal": "The Western Journal",
    },
}


def source_outlet(source: str) -> str | None:
    """The outlet of a dev-set source reference (:data:`CORPUS_OUTLETS`), or None."""
    for prefix, outlet in CORPUS_OUTLETS.items():
        if not source.startswith(prefix):
            continue
        if isinstance(outlet, str):
            return outlet
        name = source.rsplit("/", 1)[-1]
        return next((o for key, o in outlet.items() if name.startswith(key + "_")), None)
    return None
