"""``sitrep ingest PATH... --db FILE``: code documents into the store (idempotent, resumable)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.code import (
    EXIT_INTERRUPTED,
    EXIT_REJECTED,
    check_output,
    coding,
    err,
    interrupted,
    parse_published,
    print_reject,
    progress_bar,
    settings_from,
    throughput,
    warn_undated,
    workers_for,
)
from sitrep.cli.options import Cluster, NProcess, Outlet, Published, SettingsFile, Workers
from sitrep.errors import InputError, StoreError
from sitrep.settings import Settings


def run_ingest(
    paths: list[Path],
    *,
    db: Path,
    settings: Settings,
    settings_path: Path | None = None,
    published: str | None = None,
    outlet: str | None = None,
    n_process: int | None = None,
    workers: int | None = None,
    cluster: str | None = None,
) -> int:
    """Ingest ``paths`` into ``db`` with a progress bar; returns the number of problems.

    No model is loaded until a document not yet stored needs coding (none on a rerun over a
    stored corpus); with ``workers`` or ``cluster`` this process loads none at all.
    """
    from sitrep.ingest.readers import count_documents
    from sitrep.run import IngestSummary, ingest
    from sitrep.store import Store

    started = time.monotonic()
    default_date = parse_published(published)
    n_forked = workers_for(paths, settings, n_process)
    # before any model loads or the store file is made: an output we cannot write, or nothing
    # to read, fails at once (a missing path would otherwise leave an empty store behind)
    check_output(db, option="--db", error=StoreError, makes_folders=True)
    missing = [p for p in paths if not os.path.lexists(p)]
    if len(missing) == len(paths):
        for p in missing:
            print_reject(err, str(p), "no such file or directory")
        raise InputError(f"nothing to ingest: no path given exists; no store was made at {db}")
    summary = IngestSummary()
    undated = 0
    try:
        with (
            Store(db, lock_wait=settings.store.lock_wait) as store,
            coding(
                settings, settings_path, n_process=n_forked, workers=workers, cluster=cluster
            ) as code_with,
            progress_bar(count_documents(paths), "ingesting") as progress,
        ):
            for outcome in ingest(
                paths,
                store=store,
                settings=settings,
                code_with=code_with,
                default_published=default_date,
                default_outlet=outlet,
            ):
                summary.add(outcome)
                if outcome.dispatch is not None:
                    undated += outcome.dispatch.article.published is None
                if outcome.status in ("rejected", "duplicate"):
                    print_reject(progress.console, outcome.where, outcome.reason or "")
                progress.advance(progress.task_ids[0])
            counts = store.counts()
    except (KeyboardInterrupt, RuntimeError) as e:
        if not interrupted(e):
            raise
        err.print(
            f"[red]interrupted[/]: every batch committed so far is kept (at least "
            f"{summary.counts['stored']} articles); rerun the same command to finish (stored "
            "articles are skipped)",
            soft_wrap=True,
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    elapsed = time.monotonic() - started
    c = summary.counts
    warn_undated(undated, c["stored"])
    err.print(
        f"stored {c['stored']}, already stored {c['skipped']}, near duplicates {c['duplicate']}, "
        f"rejected {c['rejected']} → {db} ({counts['articles']} articles, {counts['events']} "
        f"events, {counts['attributions']} claims) {throughput(sum(c.values()), elapsed)}",
        highlight=False,
        soft_wrap=True,
    )
    return summary.problems


def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files (.txt, .html, .jsonl, .rss/.atom/.xml, .warc/.warc.gz, .sgm) or "
            "directories.",
            show_default=False,
        ),
    ],
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", help="The DuckDB store (default: store.path in settings, sitrep.duckdb)."
        ),
    ] = None,
    published: Published = None,
    outlet: Outlet = None,
    n_process: NProcess = None,
    workers: Workers = None,
    cluster: Cluster = None,
    settings_file: SettingsFile = None,
) -> None:
    """Code documents into a DuckDB store, in batches of whole articles (one transaction each).

    Idempotent and resumable: articles already stored (same content hash) are skipped before
    any model loads, so rerunning after a crash or kill finishes the job. Between batches the
    store is free: `sitrep report` and `export` can read it while this runs (they see the last
    committed batch). Near duplicates and bad documents are
    skipped with a reason (recorded in the store's rejects table); exit code 2 when any was.
    """
    settings = settings_from(settings_file)
    problems = run_ingest(
        paths,
        db=db or Path(settings.store.path),
        settings=settings,
        settings_path=settings_file,
        published=published,
        outlet=outlet,
        n_process=n_process,
        workers=workers,
        cluster=cluster,
    )
    if problems:
        raise typer.Exit(EXIT_REJECTED)
