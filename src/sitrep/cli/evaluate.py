"""``sitrep eval``: attribution, events, actors and pronouns evaluations (SPEC.md)."""

from __future__ import annotations

import typer

from sitrep.cli.eval_actors import actors
from sitrep.cli.eval_attribution import attribution
from sitrep.cli.eval_events import events
from sitrep.cli.eval_pronouns import pronouns

eval_app = typer.Typer(
    help="Score sitrep against gold data and write predictions.", no_args_is_help=True
)
eval_app.command("attribution")(attribution)
eval_app.command("events")(events)
eval_app.command("actors")(actors)
eval_app.command("pronouns")(pronouns)
