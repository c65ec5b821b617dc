"""Run: read documents, skip what is stored, code the rest (in order, on one or several cores),
and hand each dispatch to the single writer.

This is the orchestration above the pipeline and the store; neither of them imports it.

* :func:`code_articles` codes articles in input order. For several processes we do not use
  spaCy's ``n_process``: it ships each finished ``Doc`` back with ``Doc.to_bytes``, which cannot
  serialise the Python objects the sitrep stages leave in ``doc._`` (an ``ActorTable``, pydantic
  records). Instead each worker is a fork of this process (the loaded pipeline is shared
  copy-on-write, no model is reloaded), codes a chunk with ``Coder.code_many`` and sends back
  finished ``Dispatch`` records. Chunks go out in a bounded window, so memory stays flat on long
  inputs, and come back in input order.
* :func:`ingest` is idempotent and resumable: articles whose id (content hash) is already stored
  are skipped before any NLP, so rerunning after a crash or ``kill -9`` codes only what is
  missing. Near duplicates of stored (or earlier) articles are rejected with the id they repeat.

Example:
    >>> with Store("news.duckdb") as store:
    ...     for outcome in ingest(["feeds/"], store=store, coder=Coder()):
    ...         print(outcome.status, outcome.where)
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing as mp
import os
import signal
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

from sitrep.errors import SitrepError
from sitrep.ingest.article import Article
from sitrep.ingest.dedupe import NearDuplicates, from_bytes, signature, to_bytes
from sitrep.ingest.readers import Rejected, read_paths

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

    from datasketch import MinHash

    from sitrep.pipeline import Coder
    from sitrep.records import Dispatch
    from sitrep.store import Store

log = logging.getLogger(__name__)

# The coder a forked worker inherits (set in the parent just before the pool forks).
_WORKER_CODER: dict[str, Any] = {}


def _init_worker() -> None:
    # Ctrl-C goes to the parent, which stops the pool; workers would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # one thread per worker: the cores are already shared out between processes
        import torch

        torch.set_num_threads(1)
    except ImportError:  # torch is optional for a pipeline that does not use it
        pass
    # numpy's BLAS too (the attribution role network): two processes each spinning two BLAS
    # threads on two cores made the whole pipeline 2.6-2.9x the bare parse instead of 2.0x
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def _code_safely(coder: Coder, chunk: list[Article], errors: str) -> list[Dispatch | Rejected]:
    """Code a chunk; with ``errors="reject"`` an article a stage fails on becomes a Rejected."""
    try:
        return list(coder.code_many(chunk))
    except Exception:
        if errors != "reject":
            raise
    out: list[Dispatch | Rejected] = []
    for article in chunk:  # find the culprit: code the chunk one article at a time
        try:
            out.append(coder.code(article))
        except SitrepError as e:  # a document we cannot code (too long, ...): its reason
            out.append(Rejected(article.path or article.id, e.message))
        except Exception as e:
            log.exception("coding failed for article %s (%s)", article.id, article.path)
            out.append(
                Rejected(
                    article.path or article.id,
                    f"coding failed ({type(e).__name__}: {e}); please report this with the text",
                )
            )
    return out


def _code_chunk(chunk: list[Article], errors: str) -> list[Dispatch | Rejected]:
    return _code_safely(_WORKER_CODER["coder"], chunk, errors)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def code_articles(
    coder: Coder,
    articles: Iterable[Article],
    *,
    n_process: int = 1,
    batch_size: int | None = None,
    errors: Literal["raise", "reject"] = "raise",
) -> Iterator[Dispatch | Rejected]:
    """Code ``articles`` in input order, on ``n_process`` worker processes when > 1.

    Args:
        coder: a loaded :class:`~sitrep.pipeline.Coder`.
        articles: the articles (any iterable; read lazily).
        n_process: worker processes; 1 codes in this process. Falls back to 1 where ``fork``
            is not available.
        batch_size: documents per ``nlp.pipe`` batch and per worker chunk (default: settings).
        errors: ``"raise"``: a stage error stops the run; ``"reject"``: the article it failed
            on comes out as a :class:`~sitrep.ingest.readers.Rejected` and the run goes on.

    Yields:
        One :class:`~sitrep.records.Dispatch` (or, with ``errors="reject"``, a Rejected) per
        article, in input order.
    """
    batch_size = batch_size or coder.settings.pipeline.batch_size
    # Load lazily loaded models before forking (shared copy-on-write), but run none of them
    # here: a thread pool started in this process (ONNX Runtime, torch) deadlocks forked
    # children. A Coder that has already run its models codes serially instead.
    coder.warm_up()
    if n_process > 1 and not coder.fork_safe():
        log.info("this process already ran the event classifier; coding in one process")
        n_process = 1
    if n_process <= 1 or "fork" not in mp.get_all_start_methods():
        if errors == "raise":
            yield from coder.code_many(articles, batch_size=batch_size)
            return
        for chunk in _chunks(articles, batch_size):
            yield from _code_safely(coder, chunk, errors)
        return
    _WORKER_CODER["coder"] = coder
    ctx = mp.get_context("fork")
    window = 2 * n_process
    try:
        with ctx.Pool(n_process, initializer=_init_worker) as pool:
            inflight: deque[AsyncResult[list[Dispatch | Rejected]]] = deque()
            for chunk in _chunks(articles, batch_size):
                inflight.append(pool.apply_async(_code_chunk, (chunk, errors)))
                if len(inflight) >= window:
                    yield from inflight.popleft().get()
            while inflight:
                yield from inflight.popleft().get()
    finally:
        _WORKER_CODER.clear()


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
