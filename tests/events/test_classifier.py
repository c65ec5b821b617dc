"""The PLOVER event classifier with the shipped weights: clear cases, NONE, interface, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import EvalError, ModelError
from sitrep.eval.plv import best_event, evaluate_plv, score_plv
from sitrep.events.classifier import LABELS, EventClassifier, encode_markers
from sitrep.records import PLOVER_EVENTS


@pytest.fixture(scope="module")
def clf(settings):
    return EventClassifier.load(settings)


CLEAR = [
    ("<s>Russia</s> launched missile strikes on <t>Kyiv</t>, killing four people.", "ASSAULT"),
    (
        "<s>Russia</s> has massed tens of thousands of troops near <t>Ukraine</t>'s border.",
        "MOBILIZE",
    ),
    (
        "<s>The foreign minister</s> accused <t>Washington</t> of meddling in the election.",
        "ACCUSE",
    ),
    ("<s>The president</s> met <t>the German chancellor</t> in Berlin for talks.", "CONSULT"),
    ("<s>Hamas</s> rejected <t>Israel</t>'s latest ceasefire proposal.", "REJECT"),
    ("<s>Poland</s> expelled <t>two Russian diplomats</t> over the spying case.", "SANCTION"),
    ("<s>Japan</s> sent food and medicine to <t>flood victims</t> in Pakistan.", "AID"),
    ("<s>Police</s> arrested <t>dozens of demonstrators</t> outside parliament.", "COERCE"),
    (
        "<s>North Korea</s> threatened to attack <t>South Korea</t> if the drills continued.",
        "THREATEN",
    ),
    ("<s>The UN</s> urged <t>both sides</t> to halt the fighting.", "REQUEST"),
    (
        "<s>Thousands of workers</s> went on strike against <t>the government</t>'s pension plan.",
        "PROTEST",
    ),
    ("<s>Iran</s> agreed to resume talks with <t>the IAEA</t> next month.", "AGREE"),
]


@pytest.mark.parametrize(("marked", "expected"), CLEAR)
def test_clear_sentences(clf, marked, expected):
    probs = clf.predict([marked])[0]
    assert best_event(probs) == expected


def test_yield_is_concede_or_retreat(clf):
    probs = clf.predict(["<s>The rebels</s> released <t>the kidnapped aid workers</t> on Sunday."])[
        0
    ]
    assert best_event(probs) in ("CONCEDE", "RETREAT")


NONE_CASES = [
    "<s>The minister</s> was born in <t>Lyon</t> in 1958 and studied law.",
    "<s>Mongolia</s> lies between <t>China</t> and Russia.",
]


@pytest.mark.parametrize("marked", NONE_CASES)
def test_background_sentences_are_none(clf, marked):
    probs = clf.predict([marked])[0]
    assert max(probs, key=probs.get) == "NONE"


def test_output_shape(clf):
    out = clf.predict(["<s>A</s> attacked <t>B</t>.", "no markers at all", "<t>only target</t> x"])
    assert len(out) == 3
    for probs in out:
        assert set(probs) == set(PLOVER_EVENTS) | {"NONE"}
        assert sum(probs.values()) == pytest.approx(1.0, abs=1e-4)
    assert clf.predict([]) == []
    assert tuple(LABELS[:-1]) == PLOVER_EVENTS


def test_batch_equals_single(clf):
    texts = [m for m, _ in CLEAR[:5]]
    batched = clf.predict(texts)
    for text, probs in zip(texts, batched, strict=True):
        single = clf.predict([text])[0]
        assert best_event(single) == best_event(probs)
        assert single == pytest.approx(probs, abs=1e-5)


NEIGHBOURS = [
    "<s>Protesters</s> marched on <t>the ministry</t>.",
    "<s>The long-serving foreign minister of the small coastal republic</s> said on Tuesday, after "
    "a night of negotiations that ran well past midnight, that <t>the neighbouring government</t> "
    "had broken every promise it made during the previous round of talks in the capital.",
    "nothing marked here",
    "<s>Rebels</s> shelled <t>the town</t> again.",
]


@pytest.mark.parametrize("text", [m for m, _ in CLEAR[::3]])
def test_scores_do_not_depend_on_batch_neighbours(clf, text):
    # Full precision (no per-batch int8 activation scale): a sentence's scores are the same
    # whatever shares its batch, up to float rounding from the padded length.
    alone = clf.predict_proba([text])[0]
    for k in range(1, len(NEIGHBOURS) + 1):
        batch = [*NEIGHBOURS[:k], text, *NEIGHBOURS[k:]]
        row = clf.predict_proba(batch)[k]
        assert row.argmax() == alone.argmax()
        assert row == pytest.approx(alone, abs=1e-5)
    assert not clf.quantized


def _predict_with(clf, *, backend, onnx_path, texts):
    saved = clf.backend, clf._onnx_path, clf._sessions
    clf.backend, clf._onnx_path, clf._sessions = backend, onnx_path, {}
    try:
        return clf.predict_proba(texts)
    finally:
        clf.backend, clf._onnx_path, clf._sessions = saved


def test_onnx_fp32_graph_matches_torch(clf):
    # The exported ONNX graph is the same fp32 network as the torch path.
    pytest.importorskip("onnx")
    assert clf.backend == "onnx"
    fp32 = clf._fp32_onnx_path if clf.int8 else clf._onnx_path
    texts = [m for m, _ in CLEAR] + NEIGHBOURS
    graph = _predict_with(clf, backend="onnx", onnx_path=fp32, texts=texts)
    reference = _predict_with(clf, backend="torch", onnx_path=None, texts=texts)
    assert (graph.argmax(1) == reference.argmax(1)).all()
    assert graph == pytest.approx(reference, abs=1e-4)


def test_shipped_int8_path_agrees_with_fp32(clf):
    # The shipped config quantises the graph to int8; on clear cases it must pick the fp32 type.
    pytest.importorskip("onnx")
    assert clf.int8 and clf.batch_size == 1
    texts = [m for m, _ in CLEAR]
    shipped = clf.predict_proba(texts)
    reference = _predict_with(clf, backend="torch", onnx_path=None, texts=texts)
    assert (shipped.argmax(1) == reference.argmax(1)).all()
    assert float(abs(shipped - reference).max()) < 0.2


def test_int8_scores_do_not_depend_on_batch_neighbours(clf):
    texts = [m for m, _ in CLEAR]
    together = clf.predict_proba(texts)
    alone = [clf.predict_proba([t])[0] for t in texts[:3]]
    for row, single in zip(together[:3], alone, strict=True):
        assert (row == single).all()


def test_load_is_cached(settings, clf):
    assert EventClassifier.load(settings) is clf


def test_missing_weights_raise_model_error(settings, tmp_path):
    bad = settings.model_copy(deep=True)
    bad.events.model_dir = str(tmp_path / "nowhere")
    with pytest.raises(ModelError, match="weights not found"):
        EventClassifier.load(bad)


def test_predict_mode(clf):
    marked = ["<s>Russia</s> massed troops near <t>Ukraine</t>.", "<s>A</s> met <t>B</t>."]
    modes = clf.predict_mode(marked, ["MOBILIZE", None])
    assert len(modes) == 2
    assert modes[1] is None


def test_score_plv_merges_yield():
    scores = score_plv(["YIELD", "YIELD", "ACCUSE"], ["CONCEDE", "RETREAT", "REJECT"])
    assert scores["accuracy"] == pytest.approx(2 / 3)
    assert scores["per_label"]["YIELD"]["f1"] == 1.0
    assert scores["macro_f1"] == pytest.approx(0.5)


def test_eval_events_small_file(clf, tmp_path):
    path = tmp_path / "plv.tsv"
    rows = ["marked_sentence\tgold_root"] + [f"{m}\t{g}" for m, g in CLEAR[:4]]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    scores, preds = evaluate_plv(path, clf)
    assert scores["n"] == 4 and scores["accuracy"] == 1.0
    assert [p["row"] for p in preds] == [0, 1, 2, 3]
    json.dumps(preds)


def test_eval_events_bad_file(clf, tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("sentence\tlabel\nx\ty\n", encoding="utf-8")
    with pytest.raises(EvalError, match="marked_sentence"):
        evaluate_plv(path, clf)
    with pytest.raises(EvalError, match="does not exist"):
        evaluate_plv(Path(tmp_path / "missing.tsv"), clf)


MARKERS = [
    ("<s>Russia</s> massed troops near <t>Ukraine</t>.", "Russia", "Ukraine"),
    ("x <t> a b </t> and <s>c</s>", "c", "a b"),
    ("no markers here", None, None),
    ("<s></s> empty source, <t>Kyiv</t>", None, "Kyiv"),
]


@pytest.mark.parametrize(("marked", "source", "target"), MARKERS)
@pytest.mark.parametrize("compact", [True, False])
def test_encode_markers(marked, source, target, compact):
    text, s_rng, t_rng = encode_markers(marked, compact=compact)
    assert (text[s_rng[0] : s_rng[1]] if s_rng else None) == source
    assert (text[t_rng[0] : t_rng[1]] if t_rng else None) == target
    if compact:
        assert "<s>" not in text and "<t>" not in text


def test_onnx_failure_falls_back_to_torch(tmp_path, monkeypatch, caplog):
    import torch

    from sitrep.events.classifier import resolve_model_dir

    def broken_export(*args, **kwargs):
        raise RuntimeError("simulated ONNX export failure")

    # a fresh cache (nothing exported yet) and an export that fails: the torch path runs
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(torch.onnx, "export", broken_export)
    with caplog.at_level("WARNING", logger="sitrep.events.classifier"):
        fallback = EventClassifier(resolve_model_dir("events/classifier"))
    assert fallback.backend == "torch"
    assert any("running it in torch" in r.getMessage() for r in caplog.records)
    assert best_event(fallback.predict([CLEAR[0][0]])[0]) == CLEAR[0][1]
