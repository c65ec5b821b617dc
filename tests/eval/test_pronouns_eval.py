"""The pronoun scorer (sitrep.eval.pronouns): which record a pronoun joined, against the gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import EvalError
from sitrep.eval.pronouns import GoldPronoun, is_entity, read_devset, score
from sitrep.records import Actor, Mention

ROOT = Path(__file__).resolve().parents[2]


def _actor(
    aid: str, name: str, mentions: list[tuple[int, int, str]], kind: str = "person"
) -> Actor:
    return Actor(
        id=aid,
        name=name,
        kind=kind,  # type: ignore[arg-type]
        mentions=[Mention(start=s, end=e, text=t) for s, e, t in mentions],
    )


def _gold(pid: str, start: int, referent: str, text: str = "he") -> GoldPronoun:
    return GoldPronoun(pid, "src", "2005-01-01", start, start + len(text), text, "dev", referent)


def test_a_pronoun_is_right_only_in_the_record_of_its_referent():
    morris = _actor("x1", "Dick Morris", [(0, 11, "Dick Morris"), (40, 42, "he"), (60, 62, "he")])
    silk = _actor("x2", "Robert Kilroy Silk", [(20, 38, "Robert Kilroy Silk"), (80, 82, "he")])
    gold = [
        _gold("p1", 40, "Dick Morris | Mr Morris"),  # right
        _gold("p2", 60, "Mr Morris"),  # right (a surname the record's name ends with)
        _gold("p3", 80, "Dick Morris"),  # the wrong agent
        _gold("p4", 90, "Dick Morris"),  # unresolved
        _gold("p5", 95, "NONE", text="it"),  # unresolved, rightly
    ]
    result = score(gold, {"src": [morris, silk]})
    s = result.summary()
    assert (s["pronouns"], s["agents"], s["resolved"], s["right"]) == (5, 4, 3, 2)
    assert s["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["recall"] == pytest.approx(0.5)
    assert s["wrong_agent"] == 1 and s["attached_to_no_agent"] == 0
    assert {e["id"]: e["kind"] for e in result.errors} == {"p3": "wrong agent", "p4": "unresolved"}


def test_a_pronoun_attached_where_the_gold_names_no_agent_is_wrong():
    uk = _actor("x1", "United Kingdom", [(0, 7, "Britain"), (30, 32, "it")], kind="state")
    result = score([_gold("p1", 30, "NONE", text="it")], {"src": [uk]})
    s = result.summary()
    assert (s["resolved"], s["right"], s["attached_to_no_agent"]) == (1, 0, 1)


def test_a_plural_is_right_when_it_holds_exactly_the_entities_it_stands_for():
    us = _actor("x1", "United States", [(0, 2, "US"), (30, 34, "they")], kind="state")
    jp = _actor("x2", "Japan", [(10, 15, "Japan"), (30, 34, "they")], kind="state")
    both = _gold("p1", 30, "Washington | the United States + Tokyo | Japan", text="they")
    assert score([both], {"src": [us, jp]}).right == 1
    assert score([both], {"src": [us]}).right == 0  # only one of the two


def test_names_match_word_by_word_not_by_letters():
    lab = _actor("x1", "Labour Party", [(0, 6, "Labour")], kind="org")
    assert is_entity(lab, ["the Labour party"])
    assert not is_entity(lab, ["the Liberal Democrats"])
    assert not is_entity(_actor("x2", "Ian", [(0, 3, "Ian")]), ["Brian Smith"])


def test_the_dev_set_is_well_formed():
    path = ROOT / "bench" / "devsets" / "news_pronouns.jsonl"
    rows = read_devset(path, split=None)
    assert len(rows) == 534 + 343 and {r.split for r in rows} == {"dev", "test"}
    assert all(r.referent for r in rows)
    assert sum(r.split == "test" for r in rows) < sum(r.split == "dev" for r in rows)
    # (two batches: "a" BBC and Reuters, "r" Reuters only; each with its own test articles)
    for batch in ("a", "r"):
        of = [r for r in rows if r.id.startswith(batch)]
        assert {r.split for r in of} == {"dev", "test"}
        assert len({r.source for r in of}) == len({(r.source, r.split) for r in of})


def test_a_malformed_row_is_refused(tmp_path):
    bad = tmp_path / "p.jsonl"
    bad.write_text(json.dumps({"id": "x", "source": "s"}) + "\n")
    with pytest.raises(EvalError, match="not a pronoun row"):
        read_devset(bad)
    with pytest.raises(EvalError, match="split"):
        read_devset(ROOT / "bench" / "devsets" / "news_pronouns.jsonl", split="train")


def test_every_gold_span_holds_its_pronoun():
    """The offsets still point at the pronoun in the shared data's text (the dev set keeps no
    text of its own)."""
    from sitrep.eval.events import read_source

    data = ROOT.parent / "shared" / "data"
    if not data.exists():
        pytest.skip("../shared/data not found")
    texts: dict[str, str] = {}
    for r in read_devset(ROOT / "bench" / "devsets" / "news_pronouns.jsonl", split=None):
        if r.source not in texts:
            texts[r.source] = read_source(data, r.source)[0]
        assert texts[r.source][r.start : r.end] == r.text, r.id


def test_cli_refuses_an_unknown_split():
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    result = CliRunner().invoke(app, ["eval", "pronouns", "--split", "train", "--data", str(ROOT)])
    # main() turns an EvalError into exit code 6; the bare app raises it
    assert isinstance(result.exception, EvalError)
    assert "split" in str(result.exception)


def test_cli_scores_a_written_article(tmp_path):
    """End to end on a written article: the real pipeline codes it and each pronoun is scored."""
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    text = "Mayor Ana Brell visited the port on Monday. She said the council would act."
    (tmp_path / "written.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "p.jsonl"
    start = text.index("She")
    row = {"id": "w1", "source": "written.txt", "published": "2005-01-01", "start": start,
           "end": start + 3, "text": "She", "split": "dev", "referent": "Ana Brell"}  # fmt: skip
    gold.write_text(json.dumps(row) + "\n")
    args = ["eval", "pronouns", "--gold", str(gold), "--data", str(tmp_path), "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["pronouns"], summary["resolved"], summary["right"]) == (1, 1, 1)
