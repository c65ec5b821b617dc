"""The lexicon loader: every shipped lexicon loads, the same way each time, and the format's rules
(lemma first, source last, generated inflections, exact forms) hold."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.errors import ModelError
from sitrep.text.lexicon import inflect, load_lexicon, parse_lexicon

# the machine is shared and slow at times: no deadlines, no speed health check
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

SHIPPED = sorted(
    p.name.removesuffix(".tsv")
    for p in resources.files("sitrep").joinpath("data/lexicons").iterdir()
    if p.name.endswith(".tsv")
)


def test_lexicons_are_shipped() -> None:
    assert "reporting_verbs" in SHIPPED and len(SHIPPED) >= 10


@pytest.mark.parametrize("name", SHIPPED)
def test_every_lexicon_loads_stably(name: str) -> None:
    lex = load_lexicon(name)
    assert lex.columns[0] == "lemma" and lex.columns[-1] == "source"
    assert lex.entries and all(e.source for e in lex.entries)
    assert all(e.forms for e in lex.entries)
    text = resources.files("sitrep").joinpath(f"data/lexicons/{name}.tsv").read_text("utf-8")
    again = parse_lexicon(text, name=name)
    assert again == lex  # parsing is deterministic
    assert load_lexicon(name) is lex  # and cached


@pytest.mark.parametrize("name", SHIPPED)
def test_every_lexicon_is_listed_in_the_data_readme(name: str) -> None:
    readme = resources.files("sitrep").joinpath("data/README.md").read_text("utf-8")
    assert f"lexicons/{name}.tsv" in readme


@pytest.mark.parametrize(
    ("lemma", "pos", "forms"),
    [
        ("argue", "V", ("argue", "argues", "argued", "arguing")),
        ("deny", "V", ("deny", "denies", "denied", "denying")),
        ("plan", "V", ("plan", "plans", "planned", "planning")),
        ("stress", "V", ("stress", "stresses", "stressed", "stressing")),
        ("call off", "V", ("call off", "calls off", "called off", "calling off")),
        ("ship", "N", ("ship", "ships")),
        ("country", "N", ("country", "countries")),
        ("likely", "-", ("likely",)),
    ],
)
def test_inflect(lemma: str, pos: str, forms: tuple[str, ...]) -> None:
    assert inflect(lemma, pos) == forms


def test_forms_column() -> None:
    lex = parse_lexicon(
        "# comment\nlemma\tpos\tforms\tclass\tsource\n"
        "say\tV\t=say|says|said|saying\tsay\tus\n"
        "show\tV\tshown\tevidence|say\tus\n"
        "remarks\tN\t=remarks\t\tus\n",
        name="t",
    )
    assert lex.words(cls="say") == {"say", "says", "said", "saying", "show", "shows", "showed",
                                    "showing", "shown"}  # fmt: skip
    assert lex.words(cls="evidence") == {"show", "shows", "showed", "showing", "shown"}
    assert lex.words(pos="N") == {"remarks"}  # "=" lists every form: no "remark"
    assert lex.lemmas(pos="V") == ("say", "show")
    assert lex.mapping("class")["shown"] == "evidence|say"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only comments\n",
        "word\tsource\nx\ty\n",  # first column not 'lemma'
        "lemma\tclass\nx\ty\n",  # last column not 'source'
        "lemma\tclass\tsource\nx\ty\n",  # short row
        "lemma\tsource\n\tus\n",  # empty lemma
    ],
)
def test_malformed_lexicons_are_model_errors(text: str) -> None:
    with pytest.raises(ModelError, match="lexicon 'bad'"):
        parse_lexicon(text, name="bad")


def test_missing_lexicon() -> None:
    with pytest.raises(ModelError, match="no_such_list.tsv is missing"):
        load_lexicon("no_such_list")


_CELL = st.text(alphabet=st.characters(blacklist_characters="\t\n\r|=#", blacklist_categories=["Cs"]), min_size=1, max_size=8).filter(lambda s: s.strip() == s)  # fmt: skip


@RELAXED
@given(st.lists(st.tuples(_CELL, st.sampled_from(["V", "N", "-"]), _CELL), min_size=1, max_size=8))
def test_parse_is_stable_and_generates_the_lemma(rows: list[tuple[str, str, str]]) -> None:
    text = "lemma\tpos\tclass\tsource\n" + "".join(f"{a}\t{p}\t{c}\tus\n" for a, p, c in rows)
    lex = parse_lexicon(text, name="gen")
    assert parse_lexicon(text, name="gen") == lex
    assert [e.lemma for e in lex.entries] == [a for a, _, _ in rows]
    for entry, (_, pos, _) in zip(lex.entries, rows, strict=True):
        assert entry.forms[0] == entry.lemma
        assert entry.forms == inflect(entry.lemma, pos)


def test_one_reporting_verb_list() -> None:
    """Attribution cues, event candidates and modality read the same list: each verb of saying
    is a cue, not an event candidate, and a frame for modality."""
    from sitrep.claims.lexicon import load_cues
    from sitrep.events import candidates, modality

    lex = load_lexicon("reporting_verbs")
    cues = load_cues()
    say = lex.words(cls="say", pos="V")
    assert {"argue", "argued", "say", "said", "explain"} <= say
    assert say <= candidates._SPEECH and say <= modality._REPORTING
    for entry in lex.select(pos="V"):
        if entry.fields["stance"]:
            assert all((f, "V") in cues for f in entry.forms), entry.lemma
