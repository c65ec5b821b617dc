"""PLOVER -> CAMEO code and quad class, from the derived table."""

from __future__ import annotations

import pytest
from tests.conftest import ROOT, shared_path

from sitrep.events.cameo import CameoTable
from sitrep.records import PLOVER_EVENTS


@pytest.mark.parametrize(
    ("event", "mode", "context", "expected"),
    [
        ("CONSULT", "phone", None, ("041", 1)),
        ("CONSULT", None, None, ("040", 1)),
        ("ASSAULT", None, None, ("190", 4)),
        ("ACCUSE", "allege", ["military"], ("1123", 3)),
        ("THREATEN", "violence", ["military"], ("138", 3)),
        ("COERCE", "arrest", None, ("173", 4)),
        ("MOBILIZE", None, None, ("150", 4)),
        ("AGREE", None, None, ("030", 1)),
        ("AID", None, None, ("070", 2)),
        ("PROTEST", "demo", None, ("141", 4)),
        ("NOT_AN_EVENT", None, None, (None, None)),
    ],
)
def test_lookup(event, mode, context, expected):
    assert CameoTable.load().lookup(event, mode=mode, context=context) == expected


def test_every_plover_event_has_a_default():
    table = CameoTable.load()
    for event in PLOVER_EVENTS:
        code, quad = table.lookup(event)
        assert code is not None and quad in (1, 2, 3, 4), event


def test_table_is_derived_from_the_shared_source():
    """Rebuilding from ../shared/data gives the shipped TSV's rows."""
    import importlib.util
    from importlib import resources

    source = shared_path("plover", "CAMEO2PLOVER-2021.txt")
    spec = importlib.util.spec_from_file_location(
        "build_cameo_table", ROOT / "scripts" / "build_cameo_table.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = mod.parse(source.read_text("utf-8"))
    shipped = resources.files("sitrep").joinpath("data/events/cameo_plover.tsv").read_text("utf-8")
    lines = shipped.strip().splitlines()[1:]
    assert [line.split("\t")[:6] for line in lines] == [
        [r["cameo"], r["event"], r["mode"], r["context"], r["quad_class"], r["default"]]
        for r in rows
    ]


def test_event_verbs_are_derived_from_the_shared_dictionary():
    """Rebuilding cameo_verbs.tsv from ../shared/data gives the shipped forms."""
    import importlib.util
    from importlib import resources

    source = shared_path("dictionaries", "oeda", "CAMEO.verbpatterns.txt")
    spec = importlib.util.spec_from_file_location(
        "build_cameo_verbs", ROOT / "scripts" / "build_cameo_verbs.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    verbs = mod.parse(source.read_text("utf-8", errors="replace"))
    shipped = resources.files("sitrep").joinpath("data/events/cameo_verbs.tsv").read_text("utf-8")
    forms = {line.split("\t")[0] for line in shipped.strip().splitlines()[1:]}
    assert forms == set(verbs)
    assert {"invaded", "spoke", "shelled", "arrested"} <= forms
    assert not {"said", "read"} & forms  # statements and non-events are left out
    # a verb whose set has no event code of its own is kept only for its patterns' events
    # ("show support"): a weak trigger, marked so
    source = {line.split("\t")[0]: line.split("\t")[3] for line in shipped.strip().splitlines()[1:]}
    assert source["shows"] == "patterns" and source["declared"] == "patterns"
    assert source["invaded"] == "verb"


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("shell", {"shell", "shells", "shelled", "shelling"}),
        ("plan", {"plans", "planned", "planning"}),
        ("deny", {"denies", "denied", "denying"}),
        ("seize", {"seizes", "seized", "seizing"}),
        ("attach", {"attaches", "attached"}),
    ],
)
def test_inflect(verb, forms):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_cameo_verbs", ROOT / "scripts" / "build_cameo_verbs.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert forms <= mod.inflect(verb)
