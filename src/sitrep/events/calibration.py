"""Calibrated event confidence: the probability that a coded record is right as a whole.

The classifier's probability says how sure it is of the type *given* that the candidate is an
event between the spans it was shown; on raw news most errors are candidates that are no event
at all, events whose arguments are not political actors, and events of the right type with a
wrong or missing actor or recipient. The calibrator maps what the events stage knows about a
record — the classifier's (or the trigger lexicon's) score, whether the actor and recipient are
coded actors (with a country, a sector), whether a type that takes a recipient has none, the
modality, whether the event sits in a quote, its quad class, how many sentences report it — to the probability that a careful coder would write this
record: its type, actor, recipient and modality (the scorer's ``full`` level; logistic
regression, fitted on the judged news dev sets by ``scripts/calibrate_events.py``, which writes
``data/events/calibration.json`` with its cross-validated reliability table and the types that
take a recipient).

``Event.confidence`` is this probability when the calibration file is installed (the raw score
otherwise). The report and the exports count events with ``confidence >= report.min_confidence``
(0.5 by default: more likely right than wrong); ``--all-events`` shows every event.

Example:
    >>> cal = Calibrator.load()
    >>> x = features(event, raw=0.83, lexicon=False, actors=table.actors,
    ...              recipient_types=cal.recipient_types)
    >>> 0.0 <= cal.probability(x) <= 1.0
    True
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sitrep.errors import ModelError
from sitrep.records import Actor, Event

_EPS = 1e-4
_PATH = "data/events/calibration.json"


def features(
    event: Event,
    *,
    raw: float,
    lexicon: bool,
    actors: Mapping[str, Actor],
    recipient_types: frozenset[str],
) -> dict[str, float]:
    """The calibration features of one event, by name (the calibration file stores the names
    it was fitted on, in the order of its coefficients).

    Args:
        event: the event record (type, actors, recipients, modality, attribution, quad class).
        raw: the score that typed it (classifier probability, or the lexicon's confidence).
        lexicon: whether the trigger lexicon typed it (no classifier probability).
        actors: the document's actors by id.
        recipient_types: the event types whose records name a recipient (the calibrator's
            :attr:`Calibrator.recipient_types`): one of them with none is less likely right.
    """
    p = min(max(raw, _EPS), 1 - _EPS)
    acts = [actors[a] for a in event.actor if a in actors]
    recs = [actors[a] for a in event.recipient if a in actors]
    quad = event.quad_class or 0
    return {
        "logit_score": math.log(p / (1 - p)),
        "lexicon": float(lexicon),
        "actor_country": float(any(a.country for a in acts)),
        "actor_sector": float(any(a.sector and a.sector != "UNK" for a in acts)),
        "actor_known": float(any(a.wikidata or a.kind == "state" for a in acts)),
        "recipient": float(bool(recs)),
        "recipient_country": float(any(r.country for r in recs)),
        "recipient_sector": float(any(r.sector and r.sector != "UNK" for r in recs)),
        "recipient_missing": float(event.event in recipient_types and not recs),
        "actor_missing": float(not acts),
        "asserted": float(event.modality == "asserted"),
        "quoted": float(event.attribution is not None),
        "quad_2": float(quad == 2),
        "quad_3": float(quad == 3),
        "quad_4": float(quad == 4),
        # (an act the dispatch reports in several sentences: headline, lede, body)
        "log_mentions": math.log(max(1, len(event.mentions))),
    }


@dataclass(frozen=True)
class Calibrator:
    """A logistic calibrator over named features (see :func:`features`)."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    #: event types whose dev-set records name a recipient (see :func:`features`)
    recipient_types: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path | None = None) -> Calibrator | None:
        """The shipped calibrator (``data/events/calibration.json``), or None when absent.

        Raises:
            ModelError: the file exists but is malformed.
        """
        if path is None:
            ref = resources.files("sitrep").joinpath(_PATH)
            if not ref.is_file():
                return None
            raw = ref.read_text(encoding="utf-8")
            where = "sitrep/data/events/calibration.json"
        else:
            raw = path.read_text(encoding="utf-8")
            where = str(path)
        try:
            data = json.loads(raw)
            names = tuple(str(n) for n in data["features"])
            coef = tuple(float(c) for c in data["coef"])
            intercept = float(data["intercept"])
            recipient_types = frozenset(str(t) for t in data.get("recipient_types", ()))
        except (ValueError, KeyError, TypeError) as e:
            raise ModelError(f"event calibration {where} is malformed ({e})") from e
        if len(coef) != len(names):
            raise ModelError(
                f"event calibration {where}: {len(names)} features, {len(coef)} weights"
            )
        return cls(names=names, coef=coef, intercept=intercept, recipient_types=recipient_types)

    def probability(self, x: Mapping[str, float]) -> float:
        """P(the record is right: type, actor, recipient, modality) for one event's features.

        Raises:
            ModelError: the features are not those the calibrator was fitted on.
        """
        if set(x) != set(self.names):
            raise ModelError(
                "the event calibration was fitted on other features "
                f"({', '.join(self.names)}); rerun scripts/calibrate_events.py"
            )
        z = self.intercept + sum(c * x[n] for n, c in zip(self.names, self.coef, strict=True))
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        ez = math.exp(z)
        return ez / (1.0 + ez)
