"""Calibrated event confidence (sitrep.events.calibration) with the shipped calibrator."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from tests.conftest import EXAMPLES

from sitrep.errors import ModelError
from sitrep.events.calibration import Calibrator, features
from sitrep.ingest.article import Article
from sitrep.records import Actor, Event, SentenceSpan, TextSpan


def _event(**kw):
    base = dict(
        id="e1", event="ASSAULT", actor=["x1"], recipient=["x2"],
        trigger=TextSpan(start=0, end=6, text="shells"), sentence=SentenceSpan(start=0, end=20),
        modality="asserted", quad_class=4, confidence=0.9,
    )  # fmt: skip
    return Event(**(base | kw))


ACTORS = {
    "x1": Actor(id="x1", name="Russia", country="RUS", sector="GOV", kind="state"),
    "x2": Actor(id="x2", name="Ukraine", country="UKR", sector="GOV", kind="state"),
}


def test_shipped_calibrator_is_monotone_in_what_matters():
    cal = Calibrator.load()
    assert cal is not None and set(cal.names) == set(
        features(_event(), raw=0.5, lexicon=False, actors=ACTORS, recipient_types=frozenset())
    )
    p = cal.probability(
        features(_event(), raw=0.9, lexicon=False, actors=ACTORS, recipient_types=frozenset())
    )
    assert 0.0 < p < 1.0
    # an event reported as not having happened is less likely a true event of its type
    negated = cal.probability(
        features(
            _event(modality="negated"),
            raw=0.9,
            lexicon=False,
            actors=ACTORS,
            recipient_types=frozenset(),
        )
    )
    assert negated < p


def test_a_record_that_lacks_the_recipient_its_type_takes_is_less_likely_right():
    """The confidence is that of the whole record (type, actor, recipient, modality): a
    demand with no one asked is less likely a record a careful coder would write."""
    cal = Calibrator.load()
    assert cal is not None and "REQUEST" in cal.recipient_types
    asked = _event(event="REQUEST", quad_class=3)
    unasked = _event(event="REQUEST", quad_class=3, recipient=[])
    p_asked = cal.probability(
        features(asked, raw=0.8, lexicon=False, actors=ACTORS, recipient_types=cal.recipient_types)
    )
    p_unasked = cal.probability(
        features(
            unasked, raw=0.8, lexicon=False, actors=ACTORS, recipient_types=cal.recipient_types
        )
    )
    assert p_unasked < p_asked


def test_fitted_on_the_dev_split_only_with_its_reliability():
    from importlib import resources

    data = json.loads(
        resources.files("sitrep").joinpath("data/events/calibration.json").read_text("utf-8")
    )
    assert data["fitted_on"]["split"] == "dev" and data["label"] == "full"
    cv = data["cv"]["calibrated (5-fold, out of fold)"]
    assert cv["ece"] < data["cv"]["raw score"]["ece"]


def test_a_calibration_file_for_other_features_is_refused(tmp_path):
    bad = tmp_path / "calibration.json"
    bad.write_text(json.dumps({"features": ["x"], "coef": [1.0], "intercept": 0.0}))
    cal = Calibrator.load(bad)
    assert cal is not None
    with pytest.raises(ModelError, match="other features"):
        cal.probability(
            features(_event(), raw=0.9, lexicon=False, actors=ACTORS, recipient_types=frozenset())
        )
    bad.write_text(json.dumps({"features": ["x", "y"], "coef": [1.0], "intercept": 0.0}))
    with pytest.raises(ModelError, match="2 features, 1 weights"):
        Calibrator.load(bad)
    bad.write_text("{not json")
    with pytest.raises(ModelError, match="malformed"):
        Calibrator.load(bad)


def test_coded_events_carry_the_calibrated_probability(coder):
    text = (EXAMPLES / "01_border_troops.txt").read_text(encoding="utf-8")
    component = coder.nlp.get_pipe("sitrep_events")
    calibrated = coder.code(Article(text, published=dt.date(2025, 3, 3)))
    saved = component.calibrator
    try:
        component.calibrator = None
        raw = coder.code(Article(text, published=dt.date(2025, 3, 3)))
    finally:
        component.calibrator = saved
    assert [e.event for e in calibrated.events] == [e.event for e in raw.events]
    assert calibrated.events, "no events in the demo dispatch"
    assert all(0.0 <= e.confidence <= 1.0 for e in calibrated.events)
    assert [e.confidence for e in calibrated.events] != [e.confidence for e in raw.events]
