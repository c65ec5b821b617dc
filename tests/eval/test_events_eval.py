"""The end-to-end event scorers: record matching, levels, error kinds, and the dev-set file."""

from __future__ import annotations

import json

import pytest
from tests.conftest import ROOT, SHARED, shared_path

from sitrep.errors import EvalError
from sitrep.eval.events import (
    LEVELS,
    MODALITIES,
    PLOVER_TYPES,
    Record,
    compatible,
    compatible_gsr,
    count_levels,
    error_kinds,
    max_matching,
    parse_gold_record,
    read_news_devset,
    read_source,
    score_news,
    split_sentences,
    unmark,
)

DEVSET = ROOT / "bench" / "devsets" / "news_events.jsonl"

RUS_MIL = ("RUS", "MIL")
UKR_GOV = ("UKR", "GOV")
UKR_CVL = ("UKR", "CVL")
USA_GOV = ("USA", "GOV")


def rec(event, actor=(), recipient=(), modality="asserted"):
    return Record(event, frozenset(actor), frozenset(recipient), modality)


GOLD = rec("ASSAULT", [RUS_MIL], [UKR_CVL])


@pytest.mark.parametrize(
    ("pred", "levels"),
    [
        (rec("ASSAULT", [RUS_MIL], [UKR_CVL]), set(LEVELS)),
        (rec("ASSAULT", [RUS_MIL], [UKR_CVL], "predicted"), set(LEVELS) - {"full"}),
        (rec("ASSAULT", [RUS_MIL], [UKR_GOV]), {"type", "type+actor"}),
        (rec("ASSAULT", [RUS_MIL]), {"type", "type+actor"}),
        (rec("ASSAULT", [("RUS", None)], [UKR_CVL]), {"type"}),
        (rec("ASSAULT", [], [UKR_CVL]), {"type"}),
        (rec("COERCE", [RUS_MIL], [UKR_CVL]), set()),
        # compound actor: one member in common is enough
        (rec("ASSAULT", [RUS_MIL, ("BLR", "MIL")], [UKR_CVL]), set(LEVELS)),
    ],
)
def test_levels_of_one_pair(pred, levels):
    assert {lv for lv in LEVELS if compatible(pred, GOLD, lv)} == levels


def test_gold_without_recipient_needs_none_predicted():
    gold = rec("REQUEST", [USA_GOV])
    assert compatible(rec("REQUEST", [USA_GOV]), gold, "full")
    assert not compatible(rec("REQUEST", [USA_GOV], [UKR_GOV]), gold, "type+actor+recipient")
    assert compatible(rec("REQUEST", [USA_GOV], [UKR_GOV]), gold, "type+actor")


def test_matching_is_one_to_one_and_maximal():
    # greedy in order would pair p0-g0 and leave g1 unmatched; the maximum matching pairs both
    golds = [rec("ACCUSE", [USA_GOV]), rec("ACCUSE", [UKR_GOV])]
    preds = [rec("ACCUSE", [USA_GOV, UKR_GOV]), rec("ACCUSE", [USA_GOV])]
    pairs = max_matching(preds, golds, lambda p, g: compatible(p, g, "type+actor"))
    assert sorted(pairs) == [(0, 1), (1, 0)]
    # two predictions of one gold event: only one counts
    dup = [rec("ACCUSE", [USA_GOV]), rec("ACCUSE", [USA_GOV])]
    assert len(max_matching(dup, golds[:1], lambda p, g: compatible(p, g, "full"))) == 1


def test_count_levels_precision_recall():
    sentences = [
        ([GOLD, rec("MOBILIZE", [RUS_MIL])], [GOLD]),  # one right, one extra
        ([], [rec("REQUEST", [USA_GOV], [UKR_GOV])]),  # a miss
        ([rec("CONSULT", [USA_GOV])], []),  # an event coded in a no-event sentence
    ]
    counts = {lv: c.as_dict() for lv, c in count_levels(sentences).items()}
    assert counts["full"]["matched"] == 1
    assert counts["full"]["predicted"] == 3 and counts["full"]["gold"] == 2
    assert counts["full"]["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert counts["type"]["recall"] == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("preds", "golds", "kinds"),
    [
        ([GOLD], [GOLD], []),
        ([], [GOLD], ["missed ASSAULT"]),
        ([rec("CONSULT", [USA_GOV])], [], ["non-event coded CONSULT"]),
        ([rec("ACCUSE", [RUS_MIL], [UKR_CVL])], [GOLD], ["wrong type ASSAULT->ACCUSE"]),
        ([rec("ASSAULT", [], [UKR_CVL])], [GOLD], ["actor missing"]),
        ([rec("ASSAULT", [("RUS", "GOV")], [UKR_CVL])], [GOLD], ["actor sector wrong"]),
        ([rec("ASSAULT", [(None, "MIL")], [UKR_CVL])], [GOLD], ["actor without country"]),
        ([rec("ASSAULT", [RUS_MIL], [UKR_GOV])], [GOLD], ["recipient sector wrong"]),
        ([rec("ASSAULT", [RUS_MIL], [UKR_CVL], "negated")], [GOLD], ["modality asserted->negated"]),
        ([GOLD, rec("ASSAULT", [RUS_MIL])], [GOLD], ["extra ASSAULT"]),
    ],
)
def test_error_kinds(preds, golds, kinds):
    assert error_kinds(preds, golds) == kinds


def test_gsr_party_without_sector_matches_any_sector():
    gold = rec("ACCUSE", [("USA", None)], [("IGO", None)])
    assert compatible_gsr(rec("ACCUSE", [USA_GOV], [("UNO", "IGO")]), gold, "full")
    assert not compatible_gsr(rec("ACCUSE", [("FRA", "GOV")], [("UNO", "IGO")]), gold, "full")


def test_parse_gold_record_checks_labels():
    r = parse_gold_record(
        {
            "event": "COERCE",
            "actor": {"country": "IRN", "sector": "COP"},
            "recipient": [{"country": None, "sector": "CVL"}],
            "modality": "asserted",
        },  # fmt: skip
        where="t",
    )
    assert r == rec("COERCE", [("IRN", "COP")], [(None, "CVL")])
    with pytest.raises(EvalError, match="YIELD"):
        parse_gold_record({"event": "YIELD"}, where="t")
    with pytest.raises(EvalError, match="maybe"):
        parse_gold_record({"event": "AID", "modality": "maybe"}, where="t")
    with pytest.raises(EvalError, match="Iran"):
        parse_gold_record({"event": "AID", "actor": {"country": "Iran", "sector": None}}, where="t")
    # a supranational code of four letters, as SPEC.md and the actors stage have it
    nato = parse_gold_record(
        {"event": "AID", "actor": {"country": "NATO", "sector": "IGO"}, "modality": "asserted"},
        where="t",
    )
    assert nato == rec("AID", [("NATO", "IGO")], [])


def test_unmark_gives_the_spans_in_the_raw_text():
    text, s, t = unmark("Yesterday <s>the navy</s> shelled <t>the port</t> again.")
    assert text == "Yesterday the navy shelled the port again."
    assert text[s[0] : s[1]] == "the navy" and text[t[0] : t[1]] == "the port"
    assert unmark("<s>Rebels</s> regrouped.")[2] is None


def test_split_sentences_keeps_abbreviations_and_paragraphs():
    text = "Talks end\n\nThe U.S. envoy met Mr. Lee in Seoul. He left on Jan. 5 for\nTokyo."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == [
        "Talks end",
        "The U.S. envoy met Mr. Lee in Seoul.",
        "He left on Jan. 5 for\nTokyo.",
    ]


def test_score_news_bookkeeping(coder, tmp_path):
    """The scorer codes each article once and counts gold and no-event sentences (the model's
    output is not asserted: accuracy lives in bench/)."""
    text = (
        "The defence ministry said on Tuesday that soldiers arrested twelve protesters in "
        "the capital. Heavy rain is expected over the weekend."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    first = text.index(".") + 1
    second = (first + 1, len(text))
    rows = [
        {"id": "x1", "source": "a.txt", "start": 0, "end": first, "split": "dev",
         "gold": [{"event": "COERCE", "actor": {"country": None, "sector": "MIL"},
                   "recipient": {"country": None, "sector": "CVL"}, "modality": "asserted"}]},
        {"id": "x2", "source": "a.txt", "start": second[0], "end": second[1], "split": "dev",
         "gold": []},
        {"id": "x3", "source": "a.txt", "start": 0, "end": 5, "split": "test", "gold": []},
    ]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = read_news_devset(path, split="dev")
    assert [s.id for s in gold] == ["x1", "x2"]
    scores = score_news(coder, gold, data_dir=tmp_path)
    assert scores["articles"] == 1 and scores["sentences"] == 2
    assert scores["no_event"]["sentences"] == 1
    assert all(scores["levels"][lv]["gold"] == 1 for lv in LEVELS)
    full, typ = scores["levels"]["full"], scores["levels"]["type"]
    assert full["matched"] <= typ["matched"] <= 1
    assert typ["predicted"] == sum(len(d["predicted"]) for d in scores["details"])


def test_read_news_devset_rejects_bad_lines(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "source": "x", "start": 5, "end": 2, "split": "dev"}\n')
    with pytest.raises(EvalError, match="offsets"):
        read_news_devset(path, split=None)


# --------------------------------------------------------------------------- the dev-set file


def _devset_rows() -> list[dict]:
    return [json.loads(line) for line in DEVSET.read_text("utf-8").splitlines() if line.strip()]


def test_devset_labels_are_valid():
    rows = _devset_rows()
    assert len(rows) >= 400
    assert len({r["id"] for r in rows}) == len(rows)
    judged = [r for r in rows if r["judged"]]
    assert len(judged) >= 400
    assert sum(not r["gold"] for r in judged) >= 0.3 * len(judged)
    for r in judged:
        assert r["split"] in ("dev", "test")
        assert r["note"], r["id"]
        for g in r["gold"]:
            assert g["event"] in PLOVER_TYPES and g["modality"] in MODALITIES
    # every record parses, and both splits are read
    assert len(read_news_devset(DEVSET, split=None)) == len(judged)
    # whole articles share a split
    split_of: dict[str, set[str]] = {}
    for r in rows:
        split_of.setdefault(r["source"], set()).add(r["split"])
    assert all(len(s) == 1 for s in split_of.values())
    share = sum(r["split"] == "test" for r in rows) / len(rows)
    assert 0.15 < share < 0.35


def test_devset_offsets_are_sentences_of_the_sources():
    shared_path("polnear")
    shared_path("news")
    for r in _devset_rows():
        text, _ = read_source(SHARED, r["source"])
        assert 0 <= r["start"] < r["end"] <= len(text), r["id"]
        assert (r["start"], r["end"]) in split_sentences(text), r["id"]


# --------------------------------------------------------------------------- the CLI


def test_cli_end_to_end_modes_together(tmp_path):
    """`sitrep eval events` with --plv --end-to-end, --news and --gsr in one run (one Coder)."""
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    plv = tmp_path / "plv.tsv"
    plv.write_text(
        "marked_sentence\tgold_root\n"
        "<s>The coast guard</s> detained <t>two fishermen</t> near the reef.\tCOERCE\n"
        "<s>Farmers</s> blocked the highway on Monday.\tPROTEST\n",
        encoding="utf-8",
    )
    gsr = tmp_path / "gsr.json"
    gsr.write_text(
        json.dumps(
            [
                {"id": "d", "event": "DOCUMENT"},
                {
                    "id": "x",
                    "event": "DEMAND",
                    "text": "The union demanded higher wages.",
                    "source": [{"actorText": "union", "code": "", "sector": "LAB"}],
                    "target": "",
                },
            ]
        ),  # fmt: skip
        encoding="utf-8",
    )
    text = "Ministers met in Oslo on Friday. The weather was mild."
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    news = tmp_path / "news.jsonl"
    news.write_text(
        json.dumps(
            {
                "id": "n1",
                "source": "n.txt",
                "start": 33,
                "end": len(text),
                "split": "dev",
                "gold": [],
                "note": "weather",
            }
        )
        + "\n",  # fmt: skip
        encoding="utf-8",
    )
    args = ["eval", "events", "--plv", str(plv), "--end-to-end", "--news", str(news),
            "--data-dir", str(tmp_path), "--gsr", str(gsr), "--json"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["plv"]["n"] == 2 and 0 <= scores["plv"]["full_recall"] <= 1
    assert scores["news"]["no_event"]["sentences"] == 1
    assert scores["gsr"]["n"] == 1 and scores["gsr"]["levels"]["type"]["gold"] == 1


def test_cli_without_gold_is_an_eval_error():
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    result = CliRunner().invoke(app, ["eval", "events"])
    assert result.exit_code != 0
    assert "--plv" in str(result.exception) or "--plv" in result.output


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("news/bbc/politics/001.txt", "BBC"),
        ("news/reuters21578/reut2-000.sgm#5", "Reuters"),
        ("polnear/dev/text/wash-post_2016-10-05_x.txt", "The Washington Post"),
        ("polnear/dev/text/unknown_2016-10-05_x.txt", None),
        ("somewhere/else.txt", None),
    ],
)
def test_a_dev_set_source_is_coded_with_its_outlet(source, outlet):
    from sitrep.eval.outlets import source_outlet

    assert source_outlet(source) == outlet


def test_strata_count_types_found_and_disasters_coded_as_harm():
    from collections import Counter

    from sitrep.eval.events import _count_stratum, _stratum_figures

    violence, disaster = Counter(), Counter()
    _count_stratum(violence, [GOLD], [GOLD])  # found with its type
    _count_stratum(violence, [rec("ACCUSE", [RUS_MIL])], [GOLD])  # another type: not found
    _count_stratum(disaster, [rec("ASSAULT", [], [UKR_CVL])], [])  # an earthquake as an attack
    _count_stratum(disaster, [rec("ASSAULT", [], [UKR_CVL], "predicted")], [])  # not asserted
    _count_stratum(disaster, [], [])
    assert _stratum_figures(violence) == {"sentences": 2, "type_recall": 0.5}
    figures = _stratum_figures(disaster)
    assert figures["no_event_sentences"] == 3
    assert figures["asserted_harm_rate"] == round(1 / 3, 4)
