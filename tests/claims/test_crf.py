"""Feature columns and the array CRF: the same features and tags as python-crfsuite's."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import numpy as np
import pytest

from sitrep.claims.crf import CRFModel, CRFTagger, _check_network, decode
from sitrep.claims.extract import Extractor
from sitrep.claims.features import OWN_KINDS, Featurizer, edges, rule_labels, token_strings
from sitrep.errors import ModelError

TEXTS = [
    "“We will not retreat,” the minister said on Monday.\n\n"
    "She added that talks would go on, according to the agency.",
    "Moscow denied the report. Kyiv dismissed the claims as fake news, a spokesman said.\n"
    "The United States says 169,000 troops are massed near the border.",
    "“Nothing happened,” a spokesman said. Officials warned that strikes could resume "
    "unless the convoy turned back.\n\nThe ministry, which had warned of provocations, "
    "accused Ukraine of shelling a village.",
]


def test_subtree_edges_match_spacy(nlp):
    doc = nlp(
        "The ministry, which had warned of provocations, said on Monday that troops seen near "
        "the border were returning to their bases. “Nothing happened,” a spokesman added."
    )
    left, right = edges(np.array([t.head.i for t in doc]))
    assert left.tolist() == [t.left_edge.i for t in doc]
    assert right.tolist() == [t.right_edge.i for t in doc]


def test_columns_hold_each_tokens_features(nlp):
    doc = nlp(TEXTS[0])
    raws, quotes = Extractor().extract(doc)
    cols = Featurizer().columns(doc, raws, quotes)
    strings = token_strings(cols.own, range(len(doc)))
    assert tuple(c.kind for c in cols.own[: len(OWN_KINDS)]) == OWN_KINDS  # what the network reads
    said = next(t.i for t in doc if t.text == "said")
    retreat = next(t.i for t in doc if t.text == "retreat")
    by_kind = {f.split("=")[0]: f for f in strings[said] if "=" in f}
    assert by_kind["w"] == "w=said" and by_kind["tag"] == "tag=VBD"
    assert by_kind["lex"].startswith("lex=V") and by_kind["hw"] == "hw=said"
    assert by_kind["r"] == "r=" + rule_labels(doc, raws)[said] == "r=B-CUE"
    assert "q=1" in strings[retreat] and "q=0" in strings[said]
    assert "bias" in strings[said]
    # one value per kind and token
    for feats in strings:
        kinds = [f.split("=")[0] if "=" in f else f for f in feats]
        assert len(kinds) == len(set(kinds))
    # window: the paragraph's edges pad, the next paragraph is not a neighbour
    window = cols.window()
    first, second = cols.paragraphs[0].tokens, cols.paragraphs[1].tokens
    edge = token_strings(window, [first[-1], second[0]])
    assert "1pad" in edge[0] and "2pad" in edge[0]
    assert "-1pad" in edge[1] and "-2pad" in edge[1]
    assert f"-1w={doc[first[-2]].lower_}" in edge[0]


def _train(nlp, path):
    """A small crfsuite model over the rule extractor's roles (labels to learn from)."""
    pycrfsuite = pytest.importorskip("pycrfsuite")  # a dev dependency (training only)
    featurizer, extractor = Featurizer(), Extractor()
    trainer = pycrfsuite.Trainer(verbose=False)
    for text in TEXTS[:2]:
        doc = nlp(text)
        raws, quotes = extractor.extract(doc)
        labels = rule_labels(doc, raws)
        for para, feats in featurizer.doc_features(doc, raws, quotes):
            trainer.append(feats, [labels.get(i, "O") for i in para.tokens])
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 40})
    trainer.train(str(path))


def test_array_crf_reads_crfsuite_weights_and_tags_alike(nlp, tmp_path):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    _train(nlp, tmp_path / "m.crfsuite")
    model = CRFModel.from_crfsuite(tmp_path / "m.crfsuite")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    info = tagger.info()
    assert model.labels == tuple(tagger.labels())
    lab = {name: k for k, name in enumerate(model.labels)}
    assert info.state_features and (model.weights != 0).sum() == len(info.state_features)
    for (attr, label), w in info.state_features.items():
        assert model.weights[model.index[attr], lab[label]] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert model.transitions[lab[a], lab[b]] == pytest.approx(w, abs=1e-6)
    model.save(tmp_path / "m.npz")
    model = CRFModel.load(tmp_path / "m.npz")

    featurizer, extractor = Featurizer(), Extractor()
    n_tokens, predicted = 0, set()
    for text in TEXTS:  # the third text was not trained on
        doc = nlp(text)
        raws, quotes = extractor.extract(doc)
        cols = featurizer.columns(doc, raws, quotes)
        scores = model.scores(cols.own + cols.window(), len(doc))
        paras = list(featurizer.doc_features(doc, raws, quotes))
        paths = model.viterbi([scores[p.tokens] for p, _ in paras])
        for (para, feats), path in zip(paras, paths, strict=True):
            # columns and feature strings score alike, to the bit
            assert (scores[para.tokens] == model.item_scores(feats)).all()
            tags = [model.labels[k] for k in path]
            assert tags == tagger.tag(feats)
            n_tokens += len(para.tokens)
            predicted.update(tags)
    assert n_tokens > 80 and {"B-CUE", "B-SRC", "I-CON"} <= predicted


def test_viterbi_finds_the_best_path_of_every_sequence():
    rng = np.random.default_rng(0)
    labels = ("O", "B-CUE", "I-CUE")
    model = CRFModel(labels, ["a"], np.zeros((1, 3)), rng.normal(size=(3, 3)))
    seqs = [rng.normal(size=(n, 3)) for n in (4, 1, 3, 4, 2)]
    together = model.viterbi(seqs)
    for seq, path in zip(seqs, together, strict=True):
        assert (model.viterbi([seq])[0] == path).all()

        def total(p, seq=seq):
            return seq[np.arange(len(p)), list(p)].sum() + sum(
                model.transitions[a, b] for a, b in itertools.pairwise(p)
            )

        best = max(itertools.product(range(3), repeat=len(seq)), key=total)
        assert tuple(path.tolist()) == best
    assert model.viterbi([]) == []


def test_unreadable_model_is_a_model_error(tmp_path):
    (tmp_path / "bad.npz").write_bytes(b"not numpy")
    with pytest.raises(ModelError, match="retrain"):
        CRFModel.load(tmp_path / "bad.npz")
    with pytest.raises(ValueError, match="not a crfsuite"):
        CRFModel.from_crfsuite(tmp_path / "bad.npz")
    header = b"lCRF" + bytes(4) + b"FOMC" + (100).to_bytes(4, "little")
    (tmp_path / "cut.crfsuite").write_bytes(header + bytes(36) + b"FEAT")
    with pytest.raises(ValueError, match="truncated|string table|feature chunk"):
        CRFModel.from_crfsuite(tmp_path / "cut.crfsuite")
    (tmp_path / "v2.crfsuite").write_bytes(header[:12] + (200).to_bytes(4, "little") + bytes(32))
    with pytest.raises(ValueError, match="version 200"):
        CRFModel.from_crfsuite(tmp_path / "v2.crfsuite")


def test_models_that_do_not_fit_together_are_refused():
    model = CRFModel(("O", "B-CUE"), ["bias"], np.zeros((1, 2)), np.zeros((2, 2)))
    fits = SimpleNamespace(classes=("O", "B-CUE", "I-CUE"), prefixes=OWN_KINDS)
    _check_network(model, fits, "crf.npz")  # type: ignore[arg-type]
    for net in (
        SimpleNamespace(classes=("O", "I-CUE"), prefixes=OWN_KINDS),
        SimpleNamespace(classes=fits.classes, prefixes=("w=", "tag=")),
    ):
        with pytest.raises(ModelError, match="retrain both"):
            _check_network(model, net, "crf.npz")  # type: ignore[arg-type]


def test_network_log_probabilities_join_the_crf_scores(nlp):
    tagger = CRFTagger.load()
    assert tagger is not None and tagger.net is not None
    assert tagger.model.net_weight == 1.0
    doc = nlp(TEXTS[2])
    raws, quotes = Extractor().extract(doc)
    tf = tagger.featurizer.token_features(doc, raws, quotes)
    probs = tagger.role_probs(doc, tf.columns)
    assert probs is not None
    classes = tagger.net.classes
    feats = list(tagger.featurizer.paragraph_features(tf, probs=probs, classes=classes))
    of_label = [classes.index(lab) for lab in tagger.model.labels]

    def by_hand(weight):
        spans = []
        for para, items in feats:
            scores = tagger.model.item_scores(items)
            scores += weight * np.log(probs[para.tokens][:, of_label] + 1e-4)
            path = tagger.model.viterbi([scores])[0]
            spans += decode(doc, para, [tagger.model.labels[k] for k in path])
        return spans

    assert tagger.tag(doc, raws, quotes) == by_hand(1.0)
    tagger.model.net_weight = 0.0  # the CRF alone: python-crfsuite's decision
    assert tagger.tag(doc, raws, quotes) == by_hand(0.0)


def test_documents_tagged_together_get_their_own_spans(nlp):
    tagger = CRFTagger.load()
    assert tagger is not None
    extractor = Extractor()
    texts = ["", "  \n\n ", "Said.", TEXTS[0], "\n\nKyiv denied it.\n", TEXTS[1]]
    items = []
    for text in texts:
        doc = nlp(text)
        raws, quotes = extractor.extract(doc)
        items.append((doc, raws, quotes, None))
    together = tagger.tag_many(items)
    assert together == [tagger.tag(d, r, q) for d, r, q, _ in items]
    assert together[0] == [] and together[1] == []
    assert any(role == "CUE" for role, *_ in together[3])


def test_shipped_tagger_finds_cue_source_and_content(nlp):
    tagger = CRFTagger.load()
    assert tagger is not None
    doc = nlp("Moscow said saboteurs had tried to cross the border.")
    raws, quotes = Extractor().extract(doc)
    spans = {(role, doc.text[s:e]) for role, s, e in tagger.tag(doc, raws, quotes)}
    assert ("CUE", "said") in spans and ("SRC", "Moscow") in spans
    assert any(role == "CON" and "saboteurs" in text for role, text in spans)
