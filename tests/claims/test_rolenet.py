"""The attribution role network: numpy inference equals PyTorch's, and the CRF reads it."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from sitrep.claims.crf import OWN_FEATURES, CRFTagger
from sitrep.claims.extract import Extractor
from sitrep.claims.rolenet import RoleNet, arrays_from_state, feature_prefix
from sitrep.errors import ModelError

CLASSES = ("O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON")


def _torch_net(n_features: int, width: int, emb: int, hidden: int, seed: int = 3):
    torch.manual_seed(seed)
    bag = torch.nn.EmbeddingBag(n_features, emb, mode="sum", padding_idx=0)
    lstm = torch.nn.LSTM(width + emb, hidden, batch_first=True, bidirectional=True)
    out = torch.nn.Linear(2 * hidden, len(CLASSES))
    return bag, lstm, out


def _arrays(bag, lstm, out):
    modules = {"emb": bag, "lstm": lstm, "out": out}
    state = {
        f"{m}.{k}": v.detach().numpy()
        for m, mod in modules.items()
        for k, v in mod.state_dict().items()
    }
    return arrays_from_state(state)


def _save(path, bag, lstm, out, vocab, width, *, members=None):
    """One network (arrays as they are), or several stacked on a leading member axis."""
    arrays = _arrays(bag, lstm, out)
    if members:
        every = [arrays] + [_arrays(*m) for m in members]
        arrays = {k: np.stack([a[k] for a in every]) for k in arrays}
    np.savez(
        path,
        **arrays,
        vocab=np.array(vocab),
        classes=np.array(CLASSES),
        prefixes=np.array(["w=", "tag="]),
        width=np.array(width),
    )


def test_numpy_inference_matches_torch(tmp_path):
    vocab = ["tag=NN", "tag=VBD", "w=he", "w=said"]
    width, emb, hidden = 6, 4, 5
    bag, lstm, out = _torch_net(len(vocab) + 1, width, emb, hidden)
    _save(tmp_path / "net.npz", bag, lstm, out, vocab, width)
    net = RoleNet(tmp_path / "net.npz")
    rng = np.random.default_rng(0)
    # two paragraphs of different lengths; "w=unseen" and "dep=x" (not a network prefix) add nothing
    feats = [
        [["w=he", "tag=NN", "dep=x"], ["w=said", "tag=VBD"], ["w=unseen", "tag=NN"]],
        [["w=said", "tag=VBD"]],
    ]
    vecs = [rng.normal(size=(len(f), width)).astype(np.float32) for f in feats]
    got = net.paragraph_probs(vecs, feats)
    index = {f: n + 1 for n, f in enumerate(vocab)}
    with torch.no_grad():
        for vec, fs, probs in zip(vecs, feats, got, strict=True):
            ids = [torch.tensor([index[f] for f in tok if f in index]) for tok in fs]
            e = torch.stack([bag(i.view(1, -1))[0] for i in ids])
            h, _ = lstm(torch.cat([torch.from_numpy(vec), e], -1).unsqueeze(0))
            want = torch.softmax(out(h[0]), -1).numpy()
            assert probs.shape == (len(fs), len(CLASSES))
            np.testing.assert_allclose(probs, want, atol=1e-5)


def test_inconsistent_weights_are_refused(tmp_path):
    bag, lstm, out = _torch_net(3, 6, 4, 5)
    _save(tmp_path / "net.npz", bag, lstm, out, ["w=a", "w=b"], width=7)
    with pytest.raises(ModelError, match="inconsistent"):
        RoleNet(tmp_path / "net.npz")
    (tmp_path / "bad.npz").write_bytes(b"not numpy")
    with pytest.raises(ModelError, match="retrain"):
        RoleNet(tmp_path / "bad.npz")


def test_shipped_network_feeds_the_crf(nlp):
    tagger = CRFTagger.load()
    assert tagger is not None and tagger.net is not None
    text = "“We will not retreat,” the minister said.\n\nShe added that talks would go on."
    doc = nlp(text)
    raws, quotes = Extractor().extract(doc)
    tf = tagger.featurizer.token_features(doc, raws, quotes)
    # the network embeds each token's first OWN_FEATURES features: the kinds it was trained on
    for feats in tf.base:
        assert [feature_prefix(f) for f in feats[:OWN_FEATURES]] == list(tagger.net.prefixes)
    probs = tagger.role_probs(doc, tf.columns)
    assert probs is not None and probs.shape == (len(doc), len(tagger.net.classes))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-4)
    said = next(t.i for t in doc if t.text == "said")
    assert tagger.net.classes[int(probs[said].argmax())] == "B-CUE"
    paras = list(tagger.featurizer.paragraph_features(tf, probs=probs, classes=tagger.net.classes))
    first_token = paras[0][1][0]
    assert any(f.startswith("nnc=") for f in first_token)
    assert any(f.startswith("nnarg=") for f in first_token)


def test_documents_batched_together_get_their_own_probabilities(tmp_path):
    vocab = ["tag=NN", "w=said"]
    width = 6
    bag, lstm, out = _torch_net(len(vocab) + 1, width, 4, 5)
    _save(tmp_path / "net.npz", bag, lstm, out, vocab, width)
    net = RoleNet(tmp_path / "net.npz")
    rng = np.random.default_rng(1)
    docs = []
    for n_tok, paras in ((7, [[0, 1, 2], [4, 5, 6]]), (4, [[0, 1, 2, 3]]), (3, [])):
        tensor = rng.normal(size=(n_tok, width)).astype(np.float32)
        feats = [["w=said", "tag=NN"] if i % 2 else ["tag=NN"] for i in range(n_tok)]
        docs.append((tensor, paras, feats))
    together = net.docs_probs(docs)
    for doc, probs in zip(docs, together, strict=True):
        np.testing.assert_allclose(probs, net.doc_probs(*doc), atol=1e-6)
    # a token outside every paragraph (whitespace) is O
    o = CLASSES.index("O")
    assert together[0][3, o] == 1.0 and (together[2][:, o] == 1.0).all()
    assert not np.allclose(together[0][:3], together[1][:3])


def test_ensemble_averages_its_members(tmp_path):
    vocab = ["tag=NN", "w=said"]
    width, emb, hidden = 6, 4, 5
    first = _torch_net(len(vocab) + 1, width, emb, hidden, seed=3)
    second = _torch_net(len(vocab) + 1, width, emb, hidden, seed=4)
    _save(tmp_path / "a.npz", *first, vocab, width)
    _save(tmp_path / "b.npz", *second, vocab, width)
    _save(tmp_path / "ab.npz", *first, vocab, width, members=[second])
    a, b, ab = (RoleNet(tmp_path / f) for f in ("a.npz", "b.npz", "ab.npz"))
    assert (a.members, ab.members) == (1, 2)
    rng = np.random.default_rng(2)
    feats = [[["w=said", "tag=NN"], ["tag=NN"], ["w=x"]], [["tag=NN"]] * 5]
    vecs = [rng.normal(size=(len(f), width)).astype(np.float32) for f in feats]
    for got, pa, pb in zip(
        ab.paragraph_probs(vecs, feats),
        a.paragraph_probs(vecs, feats),
        b.paragraph_probs(vecs, feats),
        strict=True,
    ):
        np.testing.assert_allclose(got, (pa + pb) / 2, atol=1e-6)
        assert not np.allclose(pa, pb)


def test_work_arrays_kept_between_calls_and_threads_do_not_share_them(tmp_path):
    import threading

    vocab = ["tag=NN", "w=said"]
    width = 6
    _save(tmp_path / "net.npz", *_torch_net(len(vocab) + 1, width, 4, 5), vocab, width)
    net, fresh = RoleNet(tmp_path / "net.npz"), RoleNet(tmp_path / "net.npz")
    rng = np.random.default_rng(5)

    def batch(n_paras, length):
        vecs = [rng.normal(size=(length, width)).astype(np.float32) for _ in range(n_paras)]
        feats = [[["w=said", "tag=NN"] if i % 3 else ["tag=NN"] for i in range(length)]] * n_paras
        return vecs, feats

    big, small = batch(30, 40), batch(2, 7)
    net.paragraph_probs(*big)  # leaves larger work arrays behind
    for got, want in zip(net.paragraph_probs(*small), fresh.paragraph_probs(*small), strict=True):
        np.testing.assert_array_equal(got, want)
    inputs = [batch(3 + k, 10 + 5 * k) for k in range(4)]
    want = [fresh.paragraph_probs(*b) for b in inputs]
    errors: list[int] = []

    def work(k):
        for _ in range(20):
            got = net.paragraph_probs(*inputs[k])
            if not all(np.array_equal(g, w) for g, w in zip(got, want[k], strict=True)):
                errors.append(k)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
