"""``sitrep ingest PATH... --db FILE``: code documents into the store (idempotent, resumable)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.code import (
    EXIT_INTERRUPTED,
    EXIT_REJECTED,
    check_output,
    err,
    get_coder,
    parse_published,
    print_reject,
    progress_bar,
    settings_from,
    warn_undated,
    workers_for,
)
from sitrep.cli.options import NProcess, Published, SettingsFile
from sitrep.errors import InputError, StoreError
from sitrep.settings import Settings


def run_ingest(
    paths: list[Path],
    *,
    db: Path,
    settings: Settings,
    settings_path: Path | None = None,
    published: str | None = None,
    n_process: int | None = None,
) -> int:
    """Ingest ``paths`` into ``db`` with a progress bar; returns the number of problems."""
    from sitrep.ingest.readers import count_documents
    from sitrep.run import IngestSummary, ingest
    from sitrep.store import Store

    default_date = parse_published(published)
    workers = workers_for(paths, settings, n_process)
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
    coder = get_coder(settings, settings_path)
    with Store(db) as store, progress_bar(count_documents(paths), "ingesting") as progress:
        try:
            for outcome in ingest(
                paths, store=store, coder=coder, n_process=workers, default_published=default_date
            ):
                summary.add(outcome)
                if outcome.dispatch is not None:
                    undated += outcome.dispatch.article.published is None
                if outcome.status in ("rejected", "duplicate"):
                    print_reject(progress.console, outcome.where, outcome.reason or "")
                progress.advance(progress.task_ids[0])
        except KeyboardInterrupt:
            err.print(
                f"[red]interrupted[/] after storing {summary.counts['stored']} articles; "
                f"rerun the same command to finish (stored articles are skipped)",
                soft_wrap=True,
            )
            raise typer.Exit(EXIT_INTERRUPTED) from None
        counts = store.counts()
    c = summary.counts
    warn_undated(undated, c["stored"])
    err.print(
        f"stored {c['stored']}, already stored {c['skipped']}, near duplicates {c['duplicate']}, "
        f"rejected {c['rejected']} → {db} ({counts['articles']} articles, {counts['events']} "
        f"events, {counts['attributions']} claims)",
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
    n_process: NProcess = None,
    settings_file: SettingsFile = None,
) -> None:
    """Code documents into a DuckDB store, each article in one transaction.

    Idempotent and resumable: articles already stored (same content hash) are skipped, so
    rerunning after a crash or kill finishes the job. Near duplicates and bad documents are
    skipped with a reason (recorded in the store's rejects table); exit code 2 when any was.
    """
    settings = settings_from(settings_file)
    problems = run_ingest(
        paths,
        db=db or Path(settings.store.path),
        settings=settings,
        settings_path=settings_file,
        published=published,
        n_process=n_process,
    )
    if problems:
        raise typer.Exit(EXIT_REJECTED)
