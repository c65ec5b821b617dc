"""``sitrep code PATH...``: code documents and print their Dispatch records (json, jsonl, table).

Also holds the small helpers the other document commands share (progress bar, reject lines).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from sitrep.cli.options import Cluster, NProcess, Outlet, Published, SettingsFile, Workers
from sitrep.errors import InputError, SitrepError
from sitrep.settings import Settings, load_settings

if TYPE_CHECKING:
    from distributed import Client

    from sitrep.ingest.article import Article
    from sitrep.ingest.readers import Rejected
    from sitrep.pipeline import Coder
    from sitrep.records import Dispatch
    from sitrep.run import Coding

#: Exit code when some documents were rejected (the others were processed); see cli/main.py.
EXIT_REJECTED = 2
#: Exit code after Ctrl-C (128 + SIGINT, the shell convention).
EXIT_INTERRUPTED = 130

err = Console(stderr=True)


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    parquet = "parquet"


# ------------------------------------------------------------------------------ shared helpers


def parse_published(value: str | None, *, option: str = "--published") -> dt.date | None:
    """The ``--published`` option (or another date option, named by ``option``) as a date.

    Raises:
        InputError: not an ISO date.
    """
    if value is None:
        return None
    from sitrep.ingest.readers import check_year

    try:
        date = dt.date.fromisoformat(value)
    except ValueError as e:
        raise InputError(
            f"{option} {value!r} is not a date; expected YYYY-MM-DD, e.g. 2025-03-03"
        ) from e
    try:
        return check_year(date, raw=value)
    except ValueError as e:
        raise InputError(f"{option}: {e}") from e


def check_output(
    path: Path, *, option: str, error: type[SitrepError] = InputError, makes_folders: bool = False
) -> None:
    """Fail early, before any model loads, when ``path`` cannot be written.

    Args:
        path: the file the command will create or overwrite.
        option: the option that named it (``--out``, ``--db``), for the message.
        error: the error to raise (its exit code is the command's).
        makes_folders: the command creates missing folders (the store does); else the folder
            must exist.

    Raises:
        SitrepError: (of type ``error``) the path is a directory, or its folder is missing or
            not writable.
    """
    if path.is_dir():
        raise error(f"{option} {path} is a directory; expected a file name", path=str(path))
    if path.exists():
        if not os.access(path, os.W_OK):
            raise error(
                f"{option} {path} is not writable (permission denied); choose another file or "
                "fix its permissions",
                path=str(path),
            )
        return
    folder = path.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing != folder and not makes_folders:
        raise error(
            f"{option} {path}: folder {folder} does not exist; create it first", path=str(path)
        )
    if not existing.is_dir():
        raise error(f"{option} {path}: {existing} is not a folder", path=str(path))
    if not os.access(existing, os.W_OK | os.X_OK):
        what = "folder" if existing == folder else f"cannot create {folder}: folder"
        raise error(
            f"{option} {path}: {what} {existing} is not writable (permission denied); choose "
            "another path",
            path=str(path),
        )


#: Warn about undated input when at least this many articles, and this share of them, lack a
#: publication date (a timeline of "undated" events is not what anyone asked for).
UNDATED_MIN, UNDATED_SHARE = 5, 0.25


def warn_undated(undated: int, total: int) -> None:
    """One warning line on stderr when many coded articles have no publication date."""
    if undated >= UNDATED_MIN and undated >= UNDATED_SHARE * total:
        err.print(
            f"[yellow]warning:[/] {undated} of {total} articles have no publication date: "
            "their relative dates stay unresolved and the report's timeline shows them as "
            "undated; pass --published DATE or give 'published' in sidecars or jsonl",
            highlight=False,
            soft_wrap=True,
        )


def settings_from(path: Path | None) -> Settings:
    """Settings from ``--settings`` (or $SITREP_SETTINGS, or the defaults)."""
    return load_settings(str(path) if path else None)


_CODERS: dict[tuple[int, str | None], Coder] = {}


def get_coder(settings: Settings, settings_path: Path | None) -> Coder:
    """The Coder for these settings, built once per process (commands and tests share it)."""
    from sitrep.pipeline import Coder

    key = (0, str(settings_path) if settings_path else None)
    if key not in _CODERS:
        _CODERS[key] = Coder(settings, settings_path=str(settings_path) if settings_path else None)
    return _CODERS[key]


def workers_for(paths: list[Path], settings: Settings, n_process: int | None) -> int:
    """``--n-process``, else one per core when a directory or jsonl is given, else 1."""
    if n_process is not None:
        if n_process < 1:
            raise InputError(f"--n-process {n_process} must be 1 or more")
        return n_process
    from sitrep.ingest.readers import is_container

    if not any(p.is_dir() or is_container(p) for p in paths):
        return 1
    # as sitrep.pipeline.default_n_process, without importing the pipeline (spaCy, torch: a
    # second or more) before we know that anything needs coding
    n = settings.pipeline.n_process
    return n if n > 0 else max(1, os.cpu_count() or 1)


def print_reject(console: Console, where: str, reason: str, *, label: str = "skipped") -> None:
    """One clear line for a document that was skipped, on stderr (control characters in
    file names escaped, so a name with a newline stays on its line)."""
    from sitrep.ingest.readers import printable

    console.print(
        f"[yellow]{label}[/] {escape(printable(where))}: {escape(printable(reason))}",
        highlight=False,
        soft_wrap=True,
    )


class _RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "… docs/s", style="progress.data.speed")


@contextmanager
def progress_bar(total: int, description: str) -> Iterator[Progress]:
    """A rich progress bar on stderr: count, documents/s, elapsed and remaining time (quiet
    when stderr is not a terminal)."""
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
    with progress:
        progress.add_task(description, total=total or None)
        yield progress


def _advance(progress: Progress) -> None:
    progress.advance(progress.task_ids[0])


def throughput(n: int, seconds: float) -> str:
    """``in 12.3 s, 45.6 docs/s`` for the summary lines."""
    rate = n / seconds if seconds > 0 else 0.0
    return f"in {seconds:.1f} s, {rate:.1f} docs/s"


def interrupted(e: BaseException) -> bool:
    """Ctrl-C, also when DuckDB turned it into an "interrupted" error inside a query."""
    if isinstance(e, KeyboardInterrupt):
        return True
    return "interrupted" in str(e).lower() and type(e).__name__ in (
        "RuntimeError",
        "InterruptException",
    )


@contextmanager
def coding(
    settings: Settings,
    settings_path: Path | None,
    *,
    n_process: int,
    workers: int | None = None,
    cluster: str | None = None,
) -> Iterator[Coding]:
    """How to code the new articles: forked workers (``-j``), or a Dask cluster.

    Nothing is loaded here: with forked workers the Coder is built when the first article
    needs coding; with Dask the workers load it and this process loads no model.
    """
    if workers is not None and cluster is not None:
        raise InputError(
            f"--workers {workers} and --cluster {cluster} both given; use one (--workers starts "
            "a local cluster, --cluster joins a running one)"
        )
    if workers is not None and workers < 1:
        raise InputError(f"--workers {workers} must be 1 or more")
    if workers is None and cluster is None:

        def local(articles: Iterable[Article]) -> Iterator[Dispatch | Rejected]:
            from sitrep.run import code_articles

            coder = get_coder(settings, settings_path)
            yield from code_articles(coder, articles, n_process=n_process, errors="reject")

        yield local
        return
    from sitrep import run_dask

    with ExitStack() as stack:
        clients: list[Client] = []

        def remote(articles: Iterable[Article]) -> Iterator[Dispatch | Rejected]:
            if not clients:  # started on first use: a rerun with nothing new starts no cluster
                clients.append(
                    stack.enter_context(
                        run_dask.local_client(n_workers=workers)
                        if workers is not None
                        else run_dask.connect(cluster or "")
                    )
                )
            yield from run_dask.code_on_cluster(
                clients[0],
                articles,
                settings=settings,
                settings_path=str(settings_path) if settings_path else None,
            )

        yield remote


# ----------------------------------------------------------------------------------- output


def _party(dispatch: Dispatch, ids: list[str]) -> str:
    actors = {a.id: a for a in dispatch.actors}
    names = []
    for i in ids:
        a = actors.get(i)
        if a is None:
            names.append(i)
        else:
            code = " ".join(x for x in (a.country, a.sector) if x)
            names.append(f"{a.name} [{code}]" if code else a.name)
    return ", ".join(names) or "—"


def render_dispatch(console: Console, dispatch: Dispatch) -> None:
    """Print one dispatch as rich tables: its events, then its attributed claims."""
    meta = dispatch.article
    console.print(
        f"[bold]{escape(meta.title or '(untitled)')}[/]  {meta.outlet or ''} "
        f"{meta.published or ''}  [dim]{meta.id}[/]",
        highlight=False,
    )
    attributions = {a.id: a for a in dispatch.attributions}
    events = Table(title=f"{len(dispatch.events)} events", title_justify="left", expand=False)
    for col in ("event", "modality", "actor", "recipient", "trigger", "date", "according to"):
        events.add_column(col, overflow="fold")
    for e in dispatch.events:
        src = attributions.get(e.attribution) if e.attribution else None
        according = src.source.text if src is not None and src.source is not None else ""
        events.add_row(
            e.event, e.modality, _party(dispatch, e.actor), _party(dispatch, e.recipient),
            f"{e.trigger.text} @{e.trigger.start}", str(e.date or ""), according,
        )  # fmt: skip
    console.print(events)
    claims = Table(
        title=f"{len(dispatch.attributions)} attributed claims", title_justify="left", expand=False
    )
    for col in ("source", "cue", "stance", "content"):
        claims.add_column(col, overflow="fold")
    for a in dispatch.attributions:
        content = " … ".join(c.text for c in a.content)
        claims.add_row(
            a.source.text if a.source else "—",
            a.cue.text,
            a.stance + (f" → {a.disputes}" if a.disputes else ""),
            escape(content[:300] + ("…" if len(content) > 300 else "")),
        )
    console.print(claims)
    for w in dispatch.warnings:
        console.print(f"[yellow]warning:[/] {escape(w)}")
    console.print()


class _Writer:
    """Writes dispatches as they come: jsonl lines, a json object/array, or tables."""

    def __init__(self, fh: IO[str], fmt: Format, *, single: bool) -> None:
        self.fh, self.fmt, self.single = fh, fmt, single
        self.n = 0
        self.console = Console(file=fh, width=160 if not fh.isatty() else None)

    def write(self, dispatch: Dispatch) -> None:
        data = dispatch.to_json_dict()
        if self.fmt is Format.jsonl:
            self.fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif self.fmt is Format.json:
            if self.single:
                self.fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            else:
                self.fh.write(
                    ("[\n" if self.n == 0 else ",\n") + json.dumps(data, ensure_ascii=False)
                )
        else:
            render_dispatch(self.console, dispatch)
        self.fh.flush()
        self.n += 1

    def close(self) -> None:
        if self.fmt is Format.json and not self.single:
            self.fh.write("\n]\n" if self.n else "[]\n")
        self.fh.flush()


class _ParquetWriter:
    """Writes dispatches to Parquet files under a folder, partitioned by publication date
    (``DIR/published=YYYY-MM-DD/part-UUID.parquet``; ``published=undated`` for none), one
    file per partition every ``rows`` dispatches, so memory stays flat on long runs. Columns:
    id, title, outlet, url, published (the partition), n_events, n_attributions and the whole
    Dispatch record as JSON (SPEC.md). Read back with DuckDB's
    ``read_parquet('DIR/**/*.parquet', hive_partitioning = true)``."""

    def __init__(self, folder: Path, *, rows: int = 1000) -> None:
        import duckdb

        if folder.exists() and not folder.is_dir():
            raise InputError(
                f"--format parquet writes a folder, but {folder} is a file; give a folder"
            )
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.rows, self.n = folder, rows, 0
        self.pending: list[list[object]] = []
        self.con = duckdb.connect()

    def write(self, dispatch: Dispatch) -> None:
        meta = dispatch.article
        self.pending.append(
            [
                meta.id, meta.title, meta.outlet, meta.url, meta.published,
                len(dispatch.events), len(dispatch.attributions),
                json.dumps(dispatch.to_json_dict(), ensure_ascii=False),
            ]
        )  # fmt: skip
        self.n += 1
        if len(self.pending) >= self.rows:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        types = ["VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "INTEGER", "INTEGER", "JSON"]
        names = ["id", "title", "outlet", "url", "date", "n_events", "n_attributions", "dispatch"]
        select = ", ".join(f"unnest(?::{t}[]) AS {n}" for t, n in zip(types, names, strict=True))
        cols = [list(c) for c in zip(*self.pending, strict=True)]
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE batch AS SELECT {select}", cols)
        target = str(self.folder).replace("'", "''")
        self.con.execute(
            "COPY (SELECT coalesce(strftime(date, '%Y-%m-%d'), 'undated') AS published, id, "
            "title, outlet, url, n_events, n_attributions, dispatch FROM batch) "
            f"TO '{target}' (FORMAT parquet, PARTITION_BY (published), "
            "FILENAME_PATTERN 'part-{uuid}', OVERWRITE_OR_IGNORE)"
        )
        self.pending.clear()

    def close(self) -> None:
        self._flush()
        self.con.close()


# ---------------------------------------------------------------------------------- command


def code(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files (.txt, .html, .jsonl of {text, published, title, url, outlet}, "
            ".rss/.atom/.xml feeds, .warc/.warc.gz archives, .sgm newswire) or directories "
            "(read recursively).",
            show_default=False,
        ),
    ],
    published: Published = None,
    outlet: Outlet = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="json: one Dispatch object for a single document (an array for several); "
            "jsonl: one per line; table: readable tables; parquet: files under the folder --out, "
            "partitioned by publication date. Default: json for one file, else jsonl.",
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")
    ] = None,
    n_process: NProcess = None,
    workers_n: Workers = None,
    cluster: Cluster = None,
    settings_file: SettingsFile = None,
) -> None:
    """Code documents into Dispatch records (attributed claims, events, actors).

    Bad documents (empty, binary, not UTF-8, too large or long, malformed, not a regular file)
    are reported on stderr with a reason and skipped; the run goes on and exits with 2 when any
    was skipped.
    """
    from sitrep.ingest.readers import Rejected, count_documents, is_container, read_paths

    started = time.monotonic()
    settings = settings_from(settings_file)
    default_date = parse_published(published)
    workers = workers_for(paths, settings, n_process)
    single_file = len(paths) == 1 and paths[0].is_file() and not is_container(paths[0])
    fmt = fmt or (Format.json if single_file else Format.jsonl)
    rejected = 0
    undated = 0
    if out:
        check_output(out, option="--out")

    writer: _Writer | _ParquetWriter
    if fmt is Format.parquet:
        if out is None:
            raise InputError("--format parquet needs --out DIR (a folder for the partitions)")
        writer = _ParquetWriter(out)
        fh: IO[str] = sys.stdout
    else:
        fh = out.open("w", encoding="utf-8") if out else sys.stdout
        writer = _Writer(fh, fmt, single=single_file)
    try:
        with (
            coding(
                settings, settings_file, n_process=workers, workers=workers_n, cluster=cluster
            ) as code_with,
            progress_bar(count_documents(paths), "coding") as progress,
        ):

            def articles() -> Iterator:
                nonlocal rejected
                for item in read_paths(paths, settings=settings.ingest):
                    if isinstance(item, Rejected):
                        rejected += 1
                        print_reject(progress.console, item.where, item.reason)
                        _advance(progress)
                        continue
                    if item.published is None:
                        item.published = default_date
                    if item.outlet is None:
                        item.outlet = outlet
                    yield item

            for result in code_with(articles()):
                if isinstance(result, Rejected):
                    rejected += 1
                    print_reject(progress.console, result.where, result.reason)
                else:
                    writer.write(result)
                    undated += result.article.published is None
                _advance(progress)
    except (KeyboardInterrupt, RuntimeError) as e:
        if not interrupted(e):
            raise
        err.print("[red]interrupted[/]")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        writer.close()
        if out and fmt is not Format.parquet:
            fh.close()
    warn_undated(undated, writer.n)
    err.print(
        f"coded {writer.n} document{'s' * (writer.n != 1)}"
        + (f", skipped {rejected}" if rejected else "")
        + f" {throughput(writer.n, time.monotonic() - started)}"
        + (f" → {out}" if out else ""),
        highlight=False,
        soft_wrap=True,
    )
    if rejected:
        raise typer.Exit(EXIT_REJECTED)
