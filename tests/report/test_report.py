"""Situation report: timeline, dyad balance and contested claims, each traceable to its text."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from tests.conftest import EXAMPLES
from tests.store.dispatches import TEXT_A, standoff

from sitrep.report import build_report, party_label
from sitrep.run import ingest
from sitrep.store import Store


@pytest.fixture
def small_store(tmp_path):
    with Store(tmp_path / "r.duckdb") as store:
        for article, dispatch in standoff():
            store.write(dispatch, article)
        yield store


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    """The demo dispatches coded as `make demo` codes them: with the demo's knowledge-base
    overlay (examples/sitrep.toml), which gives the invented states their codes."""
    from sitrep.pipeline import Coder
    from sitrep.settings import load_settings

    coder = Coder(load_settings(EXAMPLES / "sitrep.toml"))
    path = tmp_path_factory.mktemp("report") / "examples.duckdb"
    with Store(path) as store:
        for _ in ingest([EXAMPLES], store=store, coder=coder):
            pass
    with Store(path, read_only=True) as store:
        yield store


def test_timeline_by_day_with_modality_and_refs(small_store, settings):
    report = build_report(small_store, settings=settings)
    assert list(report.timeline) == [dt.date(2025, 3, 4), dt.date(2025, 3, 8)]
    day1 = report.timeline[dt.date(2025, 3, 4)]
    assert [(e.event, e.modality) for e in day1] == [
        ("ACCUSE", "asserted"),
        ("REJECT", "asserted"),
        ("ASSAULT", "asserted"),
        ("ASSAULT", "predicted"),
    ]
    first = day1[0]
    assert (first.actor, first.recipient, first.according_to) == ("VAL GOV", "KES GOV", "Wire")
    start, end = first.sentence_start, first.sentence_end
    assert (
        TEXT_A[start:end]
        == first.excerpt
        == "Valdoria accused Kestria of shelling the village of Dren."
    )
    assert first.ref == f"{first.article_id}:{start}-{end}"
    assert (report.first_day, report.last_day) == (dt.date(2025, 3, 4), dt.date(2025, 3, 8))
    assert report.outlets == {"Ledger": 1, "Wire": 1}


def test_dyad_balance_counts_only_what_happened(small_store, settings):
    report = build_report(small_store, settings=settings)
    dyads = {(d.actor, d.recipient): d for d in report.dyads}
    kv = dyads[("KES", "VAL")]  # REJECT 3, ASSAULT 4 (asserted), RETREAT 2; predicted not
    assert (kv.events, kv.cooperation, kv.conflict) == (3, 1, 2)
    assert kv.balance == pytest.approx(-1 / 3)
    assert kv.types == {"ASSAULT": 1, "REJECT": 1, "RETREAT": 1}
    assert (kv.actor_label, kv.recipient_label) == ("KES (GOV)", "VAL (GOV)")
    vk = dyads[("VAL", "KES")]  # ACCUSE 3, CONSULT 1
    assert (vk.events, vk.cooperation, vk.conflict, vk.balance) == (2, 1, 1, 0.0)
    everything = build_report(small_store, settings=settings, asserted_only=False)
    assert {(d.actor, d.recipient): d.events for d in everything.dyads}[("KES", "VAL")] == 4


def test_contested_claim_shows_both_sides(small_store, settings):
    report = build_report(small_store, settings=settings)
    assert len(report.contested) == 1
    c = report.contested[0]
    assert c.how == "linked"
    assert (c.rejection.source, c.rejection.stance) == ("Kestria", "deny")
    assert c.claim is not None and c.claim.source == "Valdoria"
    assert TEXT_A[c.claim.start : c.claim.end].startswith("Valdoria accused")
    assert "denied" in TEXT_A[c.rejection.start : c.rejection.end]


def test_markdown_and_json(small_store, settings):
    report = build_report(small_store, settings=settings)
    md = report.to_markdown()
    for heading in ("# Situation report", "## Timeline", "### 2025-03-04", "## Top dyads",
                    "## Contested claims"):  # fmt: skip
        assert heading in md
    assert "[predicted]" in md
    assert "| KES (GOV) | VAL (GOV) | 3 | 1 | 2 | -0.33 |" in md
    data = json.loads(json.dumps(report.to_dict()))
    assert list(data["timeline"]) == ["2025-03-04", "2025-03-08"]
    assert data["dyads"][0]["balance"] in (-0.333, 0.0)


def test_per_day_keeps_the_most_confident(small_store, settings):
    report = build_report(small_store, settings=settings, per_day=2)
    assert len(report.timeline[dt.date(2025, 3, 4)]) == 2
    assert report.timeline_omitted == {dt.date(2025, 3, 4): 2}


def test_since_until(small_store, settings):
    report = build_report(small_store, settings=settings, since=dt.date(2025, 3, 5))
    assert list(report.timeline) == [dt.date(2025, 3, 8)]


@pytest.mark.parametrize(
    ("name", "country", "sector", "expected"),
    [("Valdoria", "VAL", "GOV", "VAL GOV"), ("Kestria", None, None, "Kestria"),
     ("Red Cross", None, "NGO", "Red Cross (NGO)"), (None, None, None, "?"),
     ("France", "FRA", None, "FRA")],
)  # fmt: skip
def test_party_label(name, country, sector, expected):
    assert party_label(name, country, sector) == expected


def test_report_on_coded_examples_is_traceable(examples_store, settings):
    """On the demo dispatches coded by the real pipeline, every line points at its own words."""
    report = build_report(examples_store, settings=settings)
    assert report.articles == len(list(EXAMPLES.glob("*.txt")))
    assert len(report.outlets) >= 4
    entries = [e for day in report.timeline.values() for e in day]
    assert entries, "the pipeline found no events in the demo dispatches"
    for e in entries:
        text = examples_store.article_text(e.article_id)
        assert text is not None
        sentence = " ".join(text[e.sentence_start : e.sentence_end].split())
        assert e.excerpt.strip("…") in sentence or sentence.startswith(e.excerpt[:40])
        if e.day is not None:  # sane dates: the dispatches span 3-9 March 2025
            assert dt.date(2025, 2, 17) <= e.day <= dt.date(2025, 3, 23)
    for c in report.contested:
        assert c.rejection.stance in ("deny", "dispute") or c.how == "linked"
        for side in (c.rejection, c.claim):
            if side is not None:
                text = examples_store.article_text(side.article_id)
                assert text is not None and 0 <= side.start < side.end <= len(text)


def test_events_below_the_confidence_threshold_are_left_out_unless_asked(tmp_path, settings):
    with Store(tmp_path / "c.duckdb") as store:
        for article, dispatch in standoff():
            for e in dispatch.events:
                if e.event == "ASSAULT" and e.modality == "asserted":
                    e.confidence = 0.2  # below report.min_confidence (0.5)
            store.write(dispatch, article)
        default = build_report(store, settings=settings)
        everything = build_report(store, settings=settings, all_events=True)

    def shown(r):
        return [e.event for day in r.timeline.values() for e in day]

    assert default.min_confidence == settings.report.min_confidence == 0.5
    assert everything.min_confidence is None and everything.below_confidence == 0
    assert (
        default.below_confidence
        == shown(everything).count("ASSAULT") - shown(default).count("ASSAULT")
        == 1
    )
    kv = {(d.actor, d.recipient): d for d in default.dyads}[("KES", "VAL")]
    assert "ASSAULT" not in kv.types
    kv_all = {(d.actor, d.recipient): d for d in everything.dyads}[("KES", "VAL")]
    assert kv_all.types["ASSAULT"] == 1  # the asserted one (modalities are a separate switch)
    assert "1 below it left out" in default.to_markdown()
