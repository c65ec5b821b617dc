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
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

from sitrep.errors import SitrepError
from sitrep.ingest.article import Article
from sitrep.ingest.readers import Rejected, read_paths

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

    from datasketch import MinHash

    from sitrep.ingest.dedupe import NearDuplicates
    from sitrep.pipeline import Coder
    from sitrep.records import Dispatch
    from sitrep.settings import Settings
    from sitrep.store import Reject, Store

log = logging.getLogger(__name__)

# The coder a forked worker inherits (set in the parent just before the pool forks).
_WORKER_CODER: dict[str, Any] = {}


def _init_worker() -> None:
    # Ctrl-C goes to the parent, which stops the pool; workers would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A parent killed with kill -9 takes its workers along at once; otherwise each would finish
    # its chunk and die on the closed pipe with a BrokenPipeError traceback.
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
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


#: Articles per task handed to a worker process (see :func:`code_articles`).
_WORKER_CHUNK = 4


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
        batch_size: documents per ``nlp.pipe`` batch in this process (default: settings);
            workers take chunks of at most ``_WORKER_CHUNK`` (4) of them, with as many
            documents in flight as two batches per worker.
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
    # Workers take small chunks so that they finish together: with chunks of a whole batch
    # (16 articles) one of two workers sat idle for the last 3.5 s of a 19 s run (PolNeAR
    # dev, 84 articles); the parse costs the same per article in batches of 4 or 16.
    chunk_size = max(1, min(batch_size, _WORKER_CHUNK))
    window = 2 * n_process * max(1, batch_size // chunk_size)  # as many articles in flight
    try:
        with ctx.Pool(n_process, initializer=_init_worker) as pool:
            inflight: deque[AsyncResult[list[Dispatch | Rejected]]] = deque()
            for chunk in _chunks(articles, chunk_size):
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


#: Codes articles in input order (one Dispatch or Rejected each): forked workers, Dask, ...
Coding = Callable[[Iterable[Article]], Iterator["Dispatch | Rejected"]]


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    store: Store,
    coder: Coder | Callable[[], Coder] | None = None,
    settings: Settings | None = None,
    code_with: Coding | None = None,
    n_process: int = 1,
    default_published: dt.date | None = None,
    default_outlet: str | None = None,
    release: bool = True,
) -> Iterator[Outcome]:
    """Read ``paths``, code the articles not yet stored, and write them in batches.

    Already stored articles (same content hash) are skipped before any model loads: ``coder``
    may be a function that builds the Coder, called only when the first new article needs
    coding, so a rerun over a stored corpus loads nothing. Coded articles are committed in
    batches (``store.write_batch`` articles or ``store.write_seconds`` seconds, one transaction
    each, with the rejects met meanwhile); with ``release`` the file lock is freed after each
    commit, so readers can open the store between batches.

    Args:
        paths: files (.txt, .html, .jsonl) and directories.
        store: an open, writable :class:`~sitrep.store.Store` (the one writer).
        coder: a loaded :class:`~sitrep.pipeline.Coder`, or a function returning one.
        settings: the settings (default: the coder's; required when ``coder`` is a function).
        code_with: codes the new articles instead of ``coder`` (e.g. a Dask cluster, see
            :mod:`sitrep.run_dask`): given an iterable of articles, yields one Dispatch or
            Rejected per article, in input order.
        n_process: forked worker processes for coding with ``coder`` (writes stay here).
        default_published: a ``datetime.date`` given to articles that carry none.
        default_outlet: the outlet given to articles that name none (a national outlet's
            country is the default home country of a story's actors).
        release: close the store's connection after each commit (readers may then open it).

    Yields:
        One :class:`Outcome` per document (rejects and skips as they are found, stored
        articles once their batch has committed).
    """
    if settings is None:
        if not _is_coder(coder):
            raise TypeError("ingest() needs settings= when coder is not a loaded Coder")
        settings = coder.settings  # type: ignore[union-attr]
    ingest_settings = settings.ingest
    stored = store.article_ids()
    log.info("store %s holds %d articles", store.path, len(stored))
    if release:  # readers may come in while the models load
        store.release()
    index: NearDuplicates | None = None

    def near_duplicates() -> NearDuplicates:
        nonlocal index
        if index is None:  # the stored signatures, loaded once a document needs them
            # (datasketch pulls in scipy: about a second, not spent on a rerun with nothing new)
            from sitrep.ingest.dedupe import NearDuplicates, from_bytes

            index = NearDuplicates(threshold=ingest_settings.near_duplicate_threshold)
            for article_id, data in store.minhashes():
                index.add(article_id, from_bytes(data))
            if release:
                store.release()
        return index

    rejects: list[Reject] = []
    pending: deque[tuple[Article, MinHash]] = deque()
    seen: set[str] = set()

    def screen() -> Iterator[Outcome | Article]:
        for item in read_paths(paths, settings=ingest_settings):
            if isinstance(item, Rejected):
                rejects.append((item.path, item.reason, item.line, None))
                yield Outcome("rejected", item.where, reason=item.reason)
                continue
            article = item
            where = article.path or article.id
            if article.id in stored or article.id in seen:
                reason = "already stored" if article.id in stored else "repeated in this run"
                yield Outcome("skipped", where, article.id, reason=reason)
                continue
            dup_index = near_duplicates()
            from sitrep.ingest.dedupe import signature

            sig = signature(article.text)
            dup = dup_index.find(sig)
            if dup is not None:
                other, score = dup
                reason = f"near duplicate of article {other} (Jaccard ≈ {score:.2f})"
                path, _, line = where.rpartition(":") if _is_jsonl_line(where) else (where, "", "")
                rejects.append((path, reason, int(line) if line else None, article.id))
                yield Outcome("duplicate", where, article.id, reason, duplicate_of=other)
                continue
            if article.published is None and default_published is not None:
                article.published = default_published
            if article.outlet is None and default_outlet is not None:
                article.outlet = default_outlet
            near_duplicates().add(article.id, sig)
            seen.add(article.id)
            pending.append((article, sig))
            yield article

    batch: list[tuple[Dispatch, Article, bytes | None]] = []
    last_commit = time.monotonic()

    def commit() -> list[Outcome]:
        nonlocal last_commit
        done = [Outcome("stored", a.path or a.id, a.id, dispatch=d) for d, a, _ in batch]
        if batch or rejects:
            store.write_many(batch, rejects=rejects)
            for outcome in done:
                log.info("stored article %s (%s)", outcome.article_id, outcome.where)
            batch.clear()
            rejects.clear()
            if release:
                store.release()
        last_commit = time.monotonic()
        return done

    screened = screen()
    first: Article | None = None
    for item in screened:  # skips and rejects pass through until a new article needs coding
        if isinstance(item, Outcome):
            yield item
        else:
            first = item
            break
    if first is None:
        commit()
        return

    side: deque[Outcome] = deque()

    def to_code() -> Iterator[Article]:
        assert first is not None
        yield first
        for item in screened:
            if isinstance(item, Outcome):
                side.append(item)
            else:
                yield item

    if code_with is None:
        if coder is None:
            raise TypeError("ingest() needs coder= or code_with=")
        loaded: Coder = coder if _is_coder(coder) else coder()  # type: ignore[assignment,operator]
        code_with = partial(code_articles, loaded, n_process=n_process, errors="reject")
    write_batch = settings.store.write_batch
    write_seconds = settings.store.write_seconds
    for result in code_with(to_code()):
        while side:
            yield side.popleft()
        article, sig = pending.popleft()
        where = article.path or article.id
        if isinstance(result, Rejected):
            # never stored: later texts in this run are not duplicates of it, and a rerun
            # codes it again
            near_duplicates().remove(article.id)
            seen.discard(article.id)
            rejects.append((result.path, result.reason, result.line, None))
            yield Outcome("rejected", where, article.id, reason=result.reason)
            continue
        batch.append((result, article, _signature_bytes(sig)))
        if len(batch) >= write_batch or time.monotonic() - last_commit >= write_seconds:
            yield from commit()
    yield from commit()
    while side:
        yield side.popleft()


def _signature_bytes(sig: MinHash) -> bytes:
    from sitrep.ingest.dedupe import to_bytes

    return to_bytes(sig)


def _is_coder(coder: object) -> bool:
    """A loaded Coder rather than a function building one (without importing the pipeline)."""
    return hasattr(coder, "code_many") and hasattr(coder, "settings")


def _is_jsonl_line(where: str) -> bool:
    head, sep, tail = where.rpartition(":")
    return bool(sep) and tail.isdigit() and head.lower().endswith(".jsonl")
