"""Readers that turn files (txt, html, jsonl, directories) into :class:`Article` objects."""

from sitrep.ingest.article import Article, article_id

__all__ = ["Article", "article_id"]
