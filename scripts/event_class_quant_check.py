"""Check that int8 quantisation does not change the shipped event classifier's decisions.

Compares the argmax of the fp32 and int8 versions of src/sitrep/data/events/classifier on
sentences it was not trained on: ConfliBERT's CAMEO NER train split
(../shared/data/conflibert/cameo_ner_train.txt), with its first source (S) and target (T)
spans marked as <s>…</s> and <t>…</t>.

Usage: nice -n 10 .venv/bin/python scripts/event_class_quant_check.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "conflibert" / "cameo_ner_train.txt"
MODEL = ROOT / "src" / "sitrep" / "data" / "events" / "classifier"


def marked_sentences(path: Path) -> list[str]:
    out: list[str] = []
    toks: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            toks.append((word, tag))
            continue
        if not toks:
            continue
        words, seen = [], set()
        for i, (word, tag) in enumerate(toks):
            role = tag[2:].lower() if tag[:2] in ("B-", "I-") else ""
            prev = toks[i - 1][1][2:].lower() if i and toks[i - 1][1] != "O" else ""
            nxt = toks[i + 1][1] if i + 1 < len(toks) else "O"
            w = word
            if tag.startswith("B-") and role in ("s", "t") and role not in seen:
                w = f"<{role}>" + w
                seen.add(role)
                if not nxt.startswith("I-"):
                    w += f"</{role}>"
            elif tag.startswith("I-") and role in ("s", "t") and prev == role:
                joined = " ".join(words)
                if (
                    not nxt.startswith("I-")
                    and f"<{role}>" in joined
                    and f"</{role}>" not in joined
                ):
                    w += f"</{role}>"
            words.append(w)
        toks = []
        text = " ".join(words)
        if "<s>" in text and "<t>" in text:
            out.append(text)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=600)
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import numpy as np
    import torch

    from sitrep.events.classifier import EventClassifier

    torch.set_num_threads(1)
    texts = marked_sentences(NER)[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32"
        shutil.copytree(MODEL, fp32)
        config = json.loads((fp32 / "config.json").read_text())
        config["quantize"] = False
        (fp32 / "config.json").write_text(json.dumps(config))
        a = EventClassifier(fp32).predict_proba(texts)
    b = EventClassifier(MODEL).predict_proba(texts)
    agree = float(np.mean(a.argmax(1) == b.argmax(1)))
    print(f"{len(texts)} ConfliBERT sentences: int8 and fp32 argmax agree on {agree:.3f}")
    sys.exit(0)


if __name__ == "__main__":
    main()
