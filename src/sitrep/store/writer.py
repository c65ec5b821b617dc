"""The single writer: read documents, code the new ones, store each in one transaction.

``ingest`` is idempotent and resumable: articles whose id (content hash) is already stored are
skipped before any NLP, so rerunning after a crash or ``kill -9`` codes only what is missing.
Near duplicates of stored (or earlier) articles are rejected with the id they repeat.

Example:
    >>> with Store("news.duckdb") as store:
    ...     for outcome in ingest(["feeds/"], store=store, coder=Coder()):
    ...         print(outcome.status, outcome.where)
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from sitrep.ingest.article import Article
from sitrep.ingest.batch import code_articles
from sitrep.ingest.dedupe import NearDuplicates, from_bytes, signature, to_bytes
from sitrep.ingest.readers import Rejected, read_paths
from sitrep.records import Dispatch

if TYPE_CHECKING:
    from datasketch import MinHash

    from sitrep.pipeline import Coder
    from sitrep.store import Store

log = logging.getLogger(__name__)

Status = Literal["stored", "skipped", "duplicate", "rejected"]


@dataclass(frozen=True)
class Outcome:
    """What happened to one document.

    Attributes:
        status: ``stored`` (coded and written), ``skipped`` (already stored, or repeated in
            this run), ``duplicate`` (near duplicate of ``duplicate_of``), ``rejected``.
        where: the file (or ``file:line``).
        article_id: the article id, when the document was read.
        reason: why it was skipped or rejected.
        dispatch: the coded record, for ``stored``.
    """

    status: Status
    where: str
    article_id: str | None = None
    reason: str | None = None
    duplicate_of: str | None = None
    dispatch: Dispatch | None = None


@dataclass
class IngestSummary:
    """Counts of the outcomes of a run, by status."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1

    @property
    def problems(self) -> int:
        """Documents rejected or dropped as near duplicates."""
        return self.counts["rejected"] + self.counts["duplicate"]


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    store: Store,
    coder: Coder,
    n_process: int = 1,
    default_published: dt.date | None = None,
) -> Iterator[Outcome]:
    """Read ``paths``, code the articles not yet stored, and write each in one transaction.

    Args:
        paths: files (.txt, .html, .jsonl) and directories.
        store: an open, writable :class:`~sitrep.store.Store` (the one writer).
        coder: a loaded :class:`~sitrep.pipeline.Coder`.
        n_process: worker processes for coding (the writes stay in this process).
        default_published: a ``datetime.date`` given to articles that carry none.

    Yields:
        One :class:`Outcome` per document (rejects and skips as they are found, stored
        articles as they are written).
    """
    settings = coder.settings.ingest
    stored = store.article_ids()
    index = NearDuplicates(threshold=settings.near_duplicate_threshold)
    for article_id, data in store.minhashes():
        index.add(article_id, from_bytes(data))
    log.info("store %s holds %d articles", store.path, len(stored))

    side: deque[Outcome] = deque()
    pending: deque[tuple[Article, MinHash]] = deque()
    seen: set[str] = set()

    def accepted() -> Iterator[Article]:
        for item in read_paths(paths, settings=settings):
            if isinstance(item, Rejected):
                store.add_reject(item.path, item.reason, line=item.line)
                side.append(Outcome("rejected", item.where, reason=item.reason))
                continue
            article = item
            where = article.path or article.id
            if article.id in stored or article.id in seen:
                reason = "already stored" if article.id in stored else "repeated in this run"
                side.append(Outcome("skipped", where, article.id, reason=reason))
                continue
            sig = signature(article.text)
            dup = index.find(sig)
            if dup is not None:
                other, score = dup
                reason = f"near duplicate of article {other} (Jaccard ≈ {score:.2f})"
                path, _, line = where.rpartition(":") if _is_jsonl_line(where) else (where, "", "")
                store.add_reject(
                    path, reason, line=int(line) if line else None, article_id=article.id
                )
                side.append(Outcome("duplicate", where, article.id, reason, duplicate_of=other))
                continue
            if article.published is None and default_published is not None:
                article.published = default_published
            index.add(article.id, sig)
            seen.add(article.id)
            pending.append((article, sig))
            yield article

    for result in code_articles(coder, accepted(), n_process=n_process, errors="reject"):
        while side:
            yield side.popleft()
        article, sig = pending.popleft()
        where = article.path or article.id
        if isinstance(result, Rejected):
            # never stored: later texts in this run are not duplicates of it, and a rerun
            # codes it again
            index.remove(article.id)
            seen.discard(article.id)
            store.add_reject(result.path, result.reason, line=result.line)
            yield Outcome("rejected", where, article.id, reason=result.reason)
            continue
        store.write(result, article, minhash=to_bytes(sig))
        log.info("stored article %s (%s)", article.id, where)
        yield Outcome("stored", where, article.id, dispatch=result)
    while side:
        yield side.popleft()


def _is_jsonl_line(where: str) -> bool:
    head, sep, tail = where.rpartition(":")
    return bool(sep) and tail.isdigit() and head.lower().endswith(".jsonl")
