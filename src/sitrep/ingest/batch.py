"""Code many articles, in order, on one or several CPU cores.

``Coder.code_many`` batches through ``nlp.pipe``. For several processes we do not use spaCy's
``n_process``: it ships each finished ``Doc`` back with ``Doc.to_bytes``, which cannot serialise
the Python objects the sitrep stages leave in ``doc._`` (an ``ActorTable``, pydantic records).
Instead each worker is a fork of this process (the loaded pipeline is shared copy-on-write, no
model is reloaded), codes a chunk with ``code_many`` and sends back finished ``Dispatch``
records. Chunks go out in a bounded window, so memory stays flat on long inputs, and come back
in input order.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

from sitrep.errors import SitrepError
from sitrep.ingest.article import Article
from sitrep.ingest.readers import Rejected

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

    from sitrep.pipeline import Coder
    from sitrep.records import Dispatch

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
        return list(coder.code_many(chunk, n_process=1))
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
