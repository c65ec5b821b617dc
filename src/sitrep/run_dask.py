"""Coding on a Dask cluster: ``sitrep code|ingest … --cluster ADDRESS`` or ``--workers N``.

Needs the optional extra ``sitrep[dask]`` (``dask.distributed``). The process that reads the
documents (and, for ingest, the one writer) loads no model: it cuts the new articles into
chunks of ``pipeline.batch_size``, submits them, and takes the finished dispatches back in
input order. Each worker loads the pipeline once (:class:`CoderPlugin`, registered on every
worker, including workers that join later) and codes chunks with ``Coder.code_many``.

* **Order and identity.** Results come back in input order, so the store (and ``sitrep code``'s
  output) is the same as a single-process run on the same input.
* **Failures.** A worker that dies mid-chunk loses nothing: the scheduler reruns the chunk on
  another worker (``distributed.scheduler.allowed-failures``, 3 by default); nothing was stored
  from it, and the writer's content-hash keys would drop a repeat anyway.
* **Threads.** Each worker pins torch, ONNX Runtime (which follows torch's count) and BLAS
  (threadpoolctl) to its thread count (1 for ``--workers``: one process per core), so N workers
  on N cores do not oversubscribe them.
* **Memory.** In flight at once: at most ``2 × workers`` chunks (each ``batch_size`` articles
  and their dispatches). Per worker: the loaded pipeline (about 0.8 GB resident) plus one chunk
  being coded; ``--workers`` gives each worker a ``memory_limit`` (default 2 GiB; the nanny
  restarts a worker past 95% of it, and its chunk is rerun elsewhere).

Example:
    >>> with local_client(n_workers=2) as client:
    ...     for d in code_on_cluster(client, articles, settings=settings):
    ...         print(d.article.id)
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

from sitrep.errors import InputError
from sitrep.ingest.readers import Rejected

if TYPE_CHECKING:
    from distributed import Client, Future

    from sitrep.ingest.article import Article
    from sitrep.pipeline import Coder
    from sitrep.records import Dispatch
    from sitrep.settings import Settings

log = logging.getLogger(__name__)

#: Memory limit of each worker of a ``--workers`` LocalCluster.
WORKER_MEMORY_LIMIT = "2GiB"

_PLUGIN_NAME = "sitrep-coder"

# The Coder of this worker process (set by CoderPlugin.setup, or on first use).
_WORKER: dict[str, Any] = {}


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as e:
        raise InputError(
            "--cluster and --workers need Dask: install the extra with "
            "`pip install 'sitrep[dask]'` (or `make install`)"
        ) from e
    return distributed


def _pin_threads(threads: int) -> None:
    """Pin this process's thread pools (torch, ONNX Runtime via torch, BLAS) to ``threads``."""
    try:
        import torch

        torch.set_num_threads(threads)
    except ImportError:
        pass
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads)


def _worker_coder(settings: Settings, settings_path: str | None, threads: int) -> Coder:
    key = (settings.model_dump_json(), settings_path, threads)
    if _WORKER.get("key") != key:
        from sitrep.pipeline import Coder

        _pin_threads(threads)
        _WORKER["coder"] = Coder(settings, settings_path=settings_path)
        _WORKER["key"] = key
    coder: Coder = _WORKER["coder"]
    return coder


def _plugin_class() -> type:
    distributed = _distributed()

    class CoderPlugin(distributed.WorkerPlugin):  # type: ignore[name-defined]
        """Loads the pipeline once per worker, with its thread pools pinned."""

        name = _PLUGIN_NAME

        def __init__(self, settings: Settings, settings_path: str | None, threads: int) -> None:
            self.settings, self.settings_path, self.threads = settings, settings_path, threads

        def setup(self, worker: Any) -> None:
            _worker_coder(self.settings, self.settings_path, self.threads)

    return CoderPlugin


def _code_chunk(
    chunk: list[Article],
    settings: Settings,
    settings_path: str | None,
    threads: int,
    errors: str,
) -> list[Dispatch | Rejected]:
    from sitrep.run import _code_safely

    coder = _worker_coder(settings, settings_path, threads)
    return _code_safely(coder, chunk, errors)


@contextmanager
def local_client(
    *, n_workers: int, threads_per_worker: int = 1, memory_limit: str = WORKER_MEMORY_LIMIT
) -> Iterator[Client]:
    """A Client of a fresh LocalCluster: ``n_workers`` processes, closed on exit."""
    distributed = _distributed()
    if n_workers < 1:
        raise InputError(f"--workers {n_workers} must be 1 or more")
    # distributed logs its cluster's start and stop at INFO on its own handler: keep them for -v
    quiet = logging.INFO if log.isEnabledFor(logging.INFO) else logging.ERROR
    logging.getLogger("distributed").setLevel(quiet)
    cluster = distributed.LocalCluster(
        n_workers=n_workers,
        threads_per_worker=threads_per_worker,
        processes=True,
        memory_limit=memory_limit,
        dashboard_address=None,
        silence_logs=quiet,
    )
    try:
        with distributed.Client(cluster) as client:
            yield client
    finally:
        cluster.close()


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A Client of the running scheduler at ``address`` (e.g. ``tcp://10.0.0.5:8786``)."""
    distributed = _distributed()
    try:
        client = distributed.Client(address, timeout=30)
    except (OSError, TimeoutError) as e:
        raise InputError(
            f"cannot reach the Dask scheduler at {address!r} ({e}); start one with "
            "`dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`, or use "
            "--workers N for a local cluster"
        ) from e
    with client:
        yield client


def code_on_cluster(
    client: Client,
    articles: Iterable[Article],
    *,
    settings: Settings,
    settings_path: str | None = None,
    batch_size: int | None = None,
    errors: Literal["raise", "reject"] = "reject",
) -> Iterator[Dispatch | Rejected]:
    """Code ``articles`` on the cluster behind ``client``, yielding results in input order.

    Args:
        client: a connected ``distributed.Client``.
        articles: the articles (read lazily; at most ``2 × workers`` chunks in flight).
        settings: the settings the workers build their Coder from.
        settings_path: the TOML file they came from (passed on to the components).
        batch_size: articles per chunk (default: ``pipeline.batch_size``).
        errors: as for :func:`sitrep.run.code_articles`.

    Yields:
        One Dispatch (or Rejected) per article, in input order.
    """
    batch_size = batch_size or settings.pipeline.batch_size
    workers = client.scheduler_info(n_workers=-1)["workers"]
    threads = max((w.get("nthreads", 1) for w in workers.values()), default=1)
    client.register_plugin(_plugin_class()(settings, settings_path, threads), name=_PLUGIN_NAME)
    window = 2 * max(1, sum(w.get("nthreads", 1) for w in workers.values()))
    log.info("coding on %d Dask workers (%d threads each)", len(workers), threads)
    inflight: deque[Future] = deque()
    it = iter(articles)
    try:
        while True:
            chunk = []
            for article in it:
                chunk.append(article)
                if len(chunk) >= batch_size:
                    break
            if chunk:
                inflight.append(
                    client.submit(
                        _code_chunk, chunk, settings, settings_path, threads, errors, pure=False
                    )
                )
            if inflight and (len(inflight) >= window or not chunk):
                future = inflight.popleft()
                yield from future.result()
                future.release()
            if not chunk and not inflight:
                return
    finally:
        for future in inflight:
            future.cancel()
