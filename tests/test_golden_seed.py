"""Golden test: the reference dispatch (../shared/data/seed/article.txt, published 2022-02-21).

Pins what the project promised analysts for this article (issue "sitrep end to end"): who says
what, according to whom, and which events are reported as happened versus denied, planned or
predicted. The whole-dispatch projection is also compared with ``tests/golden/seed.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from tests.conftest import shared_path

from sitrep.records import Dispatch

GOLDEN = Path(__file__).parent / "golden" / "seed.json"


@pytest.fixture(scope="module")
def seed(coder) -> tuple[str, Dispatch]:
    path = shared_path("seed", "article.txt")
    meta = json.loads((path.parent / "meta.json").read_text("utf-8"))
    text = path.read_text("utf-8")
    return text, coder.code_text(text, published=meta["published"], outlet=meta["outlet"])


def _actors(d: Dispatch) -> dict:
    return {a.id: a for a in d.actors}


def _countries(d: Dispatch, ids: list[str]) -> set[str]:
    actors = _actors(d)
    return {actors[i].country for i in ids if i in actors and actors[i].country}


def _att_by_source(d: Dispatch, word: str):
    """Attributions whose source span, or the name of its resolved actor, contains ``word``."""
    actors = _actors(d)
    out = []
    for att in d.attributions:
        if att.source is None:
            continue
        name = actors[att.source.actor].name if att.source.actor in actors else ""
        if word.lower() in att.source.text.lower() or word.lower() in name.lower():
            out.append(att)
    return out


def test_offsets_index_the_text(seed):
    text, d = seed
    for att in d.attributions:
        for span in [att.cue, *att.content] + ([att.source] if att.source else []):
            assert text[span.start : span.end] == span.text
    for ev in d.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert ev.sentence.start <= ev.trigger.start < ev.sentence.end
    for actor in d.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "source", ["Moscow", "Kyiv", "Washington", "White House", "Kremlin", "Macron", "Newsmax"]
)
def test_attribution_sources(seed, source):
    _, d = seed
    assert _att_by_source(d, source), f"no attribution with source {source!r}"


def test_moscow_claim_about_saboteurs(seed):
    _, d = seed
    claims = [
        a for a in _att_by_source(d, "Moscow") if any("saboteurs" in c.text for c in a.content)
    ]
    assert claims


def test_kyiv_disputes_moscow(seed):
    _, d = seed
    moscow = {
        a.id for a in _att_by_source(d, "Moscow") if any("saboteurs" in c.text for c in a.content)
    }
    kyiv = _att_by_source(d, "Kyiv")
    assert any(a.disputes in moscow and a.stance in ("dispute", "deny") for a in kyiv)


def test_washington_is_reported_by_newsmax(seed):
    _, d = seed
    washington = [
        a for a in _att_by_source(d, "Washington") if any("troops" in c.text for c in a.content)
    ]
    assert washington and all(a.parent is not None for a in washington)


def _events(d: Dispatch, kind: str):
    return [e for e in d.events if e.event == kind]


def test_mobilize_by_russia_sized_and_attributed_to_washington(seed):
    _, d = seed
    washington = {a.id for a in _att_by_source(d, "Washington")}
    hits = [
        e
        for e in _events(d, "MOBILIZE")
        if "RUS" in _countries(d, e.actor)
        and e.size is not None
        and (e.size.min, e.size.max, e.size.unit) == (169000, 190000, "troops")
    ]
    assert hits and any(e.attribution in washington for e in hits)


def test_accuse_russia_to_ukraine(seed):
    _, d = seed
    assert any(
        "RUS" in _countries(d, e.actor) and "UKR" in _countries(d, e.recipient)
        for e in _events(d, "ACCUSE")
    )


def test_reject_by_ukraine(seed):
    _, d = seed
    assert any("UKR" in _countries(d, e.actor) for e in _events(d, "REJECT"))


def test_consult_russia_with_france_or_germany_on_monday(seed):
    _, d = seed
    assert any(
        {"RUS"} <= _countries(d, e.actor + e.recipient)
        and _countries(d, e.actor + e.recipient) & {"FRA", "DEU"}
        and e.date == dt.date(2022, 2, 21)
        for e in _events(d, "CONSULT")
    )


def test_threaten_by_russia(seed):
    _, d = seed
    assert any("RUS" in _countries(d, e.actor) for e in _events(d, "THREATEN"))


def test_planned_recognition_is_support(seed):
    _, d = seed
    assert any(e.modality == "planned" for e in _events(d, "SUPPORT"))


def test_possible_invasion_is_not_asserted(seed):
    _, d = seed
    invasions = [e for e in _events(d, "ASSAULT") if "invade" in e.trigger.text.lower()]
    assert invasions
    assert all(e.modality != "asserted" for e in invasions)
    assert any(e.modality == "predicted" for e in invasions)


def test_five_deaths_claimed_by_moscow(seed):
    _, d = seed
    moscow = {a.id for a in _att_by_source(d, "Moscow")}
    assert any(e.dead == 5 and e.attribution in moscow for e in d.events)


def _projection(d: Dispatch) -> dict:
    """The analyst-visible content of a dispatch, without ids, offsets or confidences."""
    actors = _actors(d)

    def who(ids: list[str]) -> list[str]:
        return sorted(f"{actors[i].country or '-'}/{actors[i].sector or '-'}" for i in ids)

    atts = {a.id: a for a in d.attributions}
    return {
        "attributions": sorted(
            [
                a.source.text if a.source else "",
                a.cue.text,
                a.kind,
                a.stance,
                atts[a.parent].cue.text if a.parent in atts else None,
                atts[a.disputes].cue.text if a.disputes in atts else None,
            ]
            for a in d.attributions
        ),
        "events": sorted(
            [
                e.event,
                e.modality,
                e.trigger.text,
                who(e.actor),
                who(e.recipient),
                str(e.date) if e.date else None,
                [e.size.min, e.size.max, e.size.unit] if e.size else None,
                e.dead,
            ]
            for e in d.events
        ),
    }


def test_whole_dispatch_matches_golden_file(seed):
    """Any change to what sitrep says about the seed article shows up here as a diff to review.

    After a deliberate change (a better model), regenerate with
    ``SITREP_UPDATE_GOLDEN=1 pytest tests/test_golden_seed.py`` and commit the new file.
    """
    import os

    _, d = seed
    got = json.loads(json.dumps(_projection(d)))
    if os.environ.get("SITREP_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        rows = {
            k: ",\n  ".join(json.dumps(r, ensure_ascii=False) for r in v) for k, v in got.items()
        }
        GOLDEN.write_text(
            "{\n" + ",\n".join(f' "{k}": [\n  {v}\n ]' for k, v in rows.items()) + "\n}\n",
            "utf-8",
        )
    want = json.loads(GOLDEN.read_text("utf-8"))
    assert got["attributions"] == want["attributions"]
    assert got["events"] == want["events"]
