"""Readers that turn files (txt, html, jsonl, directories) into :class:`Article` objects.

A document that cannot be used comes out as a :class:`Rejected` result with a reason, never as
an exception; near duplicates are found with :class:`NearDuplicates` (MinHash LSH).
"""

from __future__ import annotations

from typing import Any

from sitrep.ingest.article import Article, article_id

__all__ = [
    "Article",
    "NearDuplicates",
    "Rejected",
    "article_id",
    "read_file",
    "read_paths",
    "signature",
    "walk",
]

# Lazy: `sitrep.pipeline` imports Article from here, and must not pay for datasketch.
_LAZY = {
    "NearDuplicates": "sitrep.ingest.dedupe",
    "signature": "sitrep.ingest.dedupe",
    "Rejected": "sitrep.ingest.readers",
    "read_file": "sitrep.ingest.readers",
    "read_paths": "sitrep.ingest.readers",
    "walk": "sitrep.ingest.readers",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
