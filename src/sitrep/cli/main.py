"""The ``sitrep`` command line: one module per command, each a thin wrapper over the library.

Exit codes (documented in the README):
    0  success
    1  unexpected error (a bug: please report it with its traceback); `actors resolve` also
       exits 1 when the name is unknown, as grep does when nothing matches
    2  bad input (path, format, encoding); with `code`/`ingest`: some documents were rejected
    3  bad settings file
    4  model or shipped data missing
    5  store error
    6  evaluation data missing or malformed
    130 interrupted (Ctrl-C)
    141 output closed early (a broken pipe: `sitrep code ... | head`), as a shell's SIGPIPE
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import signal
import sys
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from sitrep.cli import actors, code, demo, evaluate, export, ingest, report, serve
from sitrep.cli.code import EXIT_INTERRUPTED
from sitrep.errors import SitrepError

app = typer.Typer(
    name="sitrep",
    help="Turn news into a situation report: attributed claims and PLOVER-coded events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("code")(code.code)
app.command("ingest")(ingest.ingest)
app.command("report")(report.report)
app.command("export")(export.export)
app.command("demo")(demo.demo)
app.command("serve")(serve.serve)
app.add_typer(evaluate.eval_app, name="eval")
app.add_typer(actors.actors_app, name="actors")

err = Console(stderr=True)

#: Exit code when stdout is closed under us (128 + SIGPIPE, what a shell reports).
EXIT_BROKEN_PIPE = 141


class OutputClosed(SitrepError):
    """Stdout was closed by its reader (``sitrep code ... | head``): stop quietly."""

    exit_code = EXIT_BROKEN_PIPE


class _StdoutGuard:
    """sys.stdout, with a broken pipe raised as :class:`OutputClosed`.

    Click turns a BrokenPipeError into exit 1; a SitrepError passes through it to ``main``.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except BrokenPipeError as e:
            raise OutputClosed("stdout closed") from e

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError as e:
            raise OutputClosed("stdout closed") from e

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


#: Libraries that log chatter (trafilatura: "discarding data", "empty HTML tree"; warcio: URI
#: fixes) at WARNING. The CLI reports each rejected document itself, in one line, so these are
#: quieted here, for the command line only (the library leaves logging to its caller); -v
#: shows them again.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability", "warcio")


@app.callback()
def _main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details."),
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.CRITICAL)


def main() -> None:
    """Entry point: run the app, turning sitrep errors into one clear line and an exit code."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)
        sys.unraisablehook = _unraisable
    try:
        code = _run()
    except KeyboardInterrupt:  # a Ctrl-C between the command's end and the exit
        code = EXIT_INTERRUPTED
    _exit(code)


#: Set by a Ctrl-C: Python swallows a KeyboardInterrupt raised while a ``__del__`` runs
#: (printing "Exception ignored in ..."), and the exit code must still say "interrupted".
_interrupted = False


def _on_sigint(signum: int, frame: object) -> None:
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def _unraisable(unraisable: Any) -> None:
    """Drop a KeyboardInterrupt swallowed in a finaliser (noted by :func:`_on_sigint`);
    anything else goes to Python's default hook."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        return
    sys.__unraisablehook__(unraisable)


def _run() -> int:
    """Run the app; its exit code."""
    stdout = sys.stdout
    sys.stdout = _StdoutGuard(stdout)
    code: int
    try:
        app()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except (OutputClosed, BrokenPipeError):
        # the reader of stdout went away (`| head`): stop quietly. Point stdout at /dev/null so
        # the final flush does not raise again (Python's documented recipe).
        sys.stdout = stdout
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        code = EXIT_BROKEN_PIPE
    except SitrepError as e:
        # soft_wrap: one line however narrow the terminal (80 columns when stderr is a file)
        err.print(f"[bold red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
        code = e.exit_code
    finally:
        if isinstance(sys.stdout, _StdoutGuard):
            sys.stdout = stdout
    return code


def _exit(code: int) -> None:
    """End the process with ``code`` once the command is done, without the interpreter's
    teardown.

    Freeing the models and their thread pools takes seconds, and the interpreter restores the
    default SIGINT action before it: a Ctrl-C then would kill the process by the signal (no
    exit 130). So SIGINT is held back, the exit functions run (temporary folders, logging),
    the streams are flushed, and a Ctrl-C that came meanwhile still gives 130.
    """
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    if _interrupted or signal.SIGINT in signal.sigpending():
        code = EXIT_INTERRUPTED
    os._exit(code)


if __name__ == "__main__":
    main()
